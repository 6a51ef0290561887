package extract

// What someone asks, urges or petitions an authority to do has not been
// done: "hotel groups wrote to the Commission asking it to examine X's
// clauses", "lawmakers urged the FTC to investigate X", "rivals called on
// the regulator to block the deal". The act named after "to" is the wish.

var askVerbs = toSet(`asking asked asks ask urging urged urges urge petitioned petitioning petitions pressing pressed
 lobbying lobbied requesting requested requests inviting invited encouraging encouraged`)

// askedToAct: the trigger at k follows "to", and a verb of asking stands
// before it in the same clause, with no order verb between (an order to
// act is the act of the one who orders, read by its own frame).
func askedToAct(toks []token, k int) bool {
	if k < 2 || toks[k-1].low != "to" {
		return false
	}
	for q := k - 2; q >= 0 && q >= k-8; q-- {
		w := toks[q].low
		if askVerbs[w] && ownArmAsked(toks, q) {
			return false // "asked its investigation unit to look into X": its own act
		}
		if askVerbs[w] || (w == "on" || w == "upon") && q > 0 && (toks[q-1].low == "called" || toks[q-1].low == "calling" || toks[q-1].low == "calls") {
			return true
		}
		if orderVerbs[w] || toks[q].text == ";" || toks[q].text == "." {
			return false
		}
	}
	return false
}
