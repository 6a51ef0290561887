package extract

// An act an authority may take if a condition is broken ("must keep 42
// flights a week, or the ACCC can revoke it", "comply within 30 days,
// otherwise the regulator may suspend the licence") is a consequence held
// over the firm, not an act done: the sentence told the condition, and the
// act is only its alternative.

// consequenceModals open an alternative act.
var consequenceModals = toSet(`can could may might will would`)

// consequenceAct: the act at k stands after "or"/"otherwise" and a modal,
// with at most a short subject between ("or the ACCC can revoke it",
// "otherwise it could lose its licence").
func consequenceAct(toks []token, k int, c Claim) bool {
	if c.Kind != KindPenalty && c.Kind != KindMandate && c.Kind != KindProbe {
		return false
	}
	q := k - 1
	for q >= 0 && powerAdverbs[toks[q].low] {
		q--
	}
	if q < 1 || !consequenceModals[toks[q].low] {
		return false
	}
	for p := q - 1; p >= 0 && p >= q-6; p-- {
		switch toks[p].low {
		case "or", "otherwise", "else":
			// the alternative follows a clause (", or the ACCC can"), not a
			// joined subject ("Either the ACCC or the courts will penalise X")
			return p > 0 && (toks[p-1].text == "," || toks[p-1].text == ";" || toks[p].low != "or")
		}
		if toks[p].kind == tokPunct && toks[p].text != "'" && toks[p].text != "’" {
			return false
		}
	}
	return false
}
