package extract

// Measurement units written with a capital ("26 GHz spectrum", "a 300 MW
// plant", "120 GWh of storage") follow a number; read as a capitalized
// word they would become a firm's name and the target of the act that
// names the quantity.

var unitWords = toSet(`ghz mhz khz thz hz mw gw kw tw mwh gwh kwh twh mwp gwp kwp mva kv mbps gbps kbps tbps tb gb mb pb
 mtpa mmscfd bcm tcf mmbtu teu teus`)

// unitAfterNumber: toks[k] is a unit right after a number ("26 GHz").
func unitAfterNumber(toks []token, k int) bool {
	return k > 0 && toks[k-1].kind == tokNum && unitWords[toks[k].low]
}
