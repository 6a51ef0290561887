package extract

// Where a verb's arguments begin and end when the words around them mislead:
// a legal form's full stop inside an object ("told Indus Exchange Co. to
// shut") and the subject a second, coordinated verb shares with the first
// ("has ordered X to stop ... and filed charges against the company").

// abbrevForms are legal forms written with a full stop ("Indus Exchange
// Co.", "Acme Corp."): the stop ends the name, not the sentence.
var abbrevForms = toSet(`co corp inc ltd bhd pty llc plc`)

// sentenceSubject: the first party the sentence names (places aside),
// which a verb far after it may share as subject; -1 when none.
func sentenceSubject(ms []mention) int {
	for i := range ms {
		if ms[i].class != mPlace {
			return i
		}
	}
	return -1
}
