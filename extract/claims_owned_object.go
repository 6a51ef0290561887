package extract

// abbrevForms are legal forms written with a full stop ("Indus Exchange
// Co.", "Acme Corp."): the stop ends the name, not the sentence.
var abbrevForms = toSet(`co corp inc ltd bhd pty llc plc`)
