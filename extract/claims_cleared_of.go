package extract

// "Cleared X of the accusations" is no approval: nothing is allowed, the
// authority finds the firm did not break the rules, which is a sanction
// ruled out (a negated penalty). "Cleared X's purchase of Y" and "cleared X
// to sell" stay approvals.

// clearedOfCharge: the "clear" at k takes a firm and then "of" an
// accusation ("clearing rival Inca of similar accusations", "cleared the
// bank of any wrongdoing").
func clearedOfCharge(toks []token, k int) bool {
	for i := k + 1; i < len(toks) && i <= k+9; i++ {
		if toks[i].kind == tokPunct && toks[i].text != "'" && toks[i].text != "’" {
			return false
		}
		if toks[i].low != "of" {
			continue
		}
		if i > 0 && (toks[i-1].low == "purchase" || toks[i-1].low == "acquisition" || toks[i-1].low == "sale" || toks[i-1].low == "takeover") {
			return false // "cleared the purchase of X": the deal
		}
		for j := i + 1; j < len(toks) && j <= i+3; j++ {
			if chargeNouns[toks[j].low] {
				return true
			}
		}
		return false
	}
	return false
}

// chargeNouns: what a firm is cleared of when it is exonerated.
var chargeNouns = toSet(`accusation accusations allegation allegations charge charges wrongdoing wrong-doing misconduct
 breaching breach breaches violating violation violations colluding collusion cartel price-fixing fraud manipulation
 abuse abusing irregularities irregularity suspicion suspicions complaint complaints liability infringement infringements
 infringing misleading anticompetitive anti-competitive bid-rigging rigging dumping`)
