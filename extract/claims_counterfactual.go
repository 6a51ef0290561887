package extract

// Acts that did not happen: what "could have"/"would have"/"might have"
// happened ("without remedies the deal could have allowed Jinling to cut
// off rivals") is a counterfactual, no claim at all.

// counterfactual: a modal and "have" govern the act at k, as its own verb
// ("could have blocked X") or as the verb whose infinitive it is ("would
// have allowed X to cut off Y"), with no clause break between.
func counterfactual(toks []token, k int) bool {
	for q := k - 1; q >= 1 && q >= k-8; q-- {
		t := toks[q]
		if t.kind == tokPunct {
			return false
		}
		if t.low == "have" {
			switch toks[q-1].low {
			case "could", "would", "might", "should":
				return true
			}
		}
	}
	return false
}
