package extract

import "strings"

// Passive shapes the auxiliary scan of passiveAux does not see: the
// firm that "had" something done to it, and a second participle sharing
// the first one's auxiliary.

// hadItsAux: "X has had its licence revoked", "had their permits
// suspended": the firm that had the thing done to it is the passive's
// subject, so "had" stands as the auxiliary.
func hadItsAux(toks []token, k int) int {
	for i := k - 1; i >= 1 && i >= k-5; i-- {
		switch toks[i].low {
		case "its", "their":
			switch toks[i-1].low {
			case "had", "having":
				// ("would have their licences revoked" is a threat, not an act)
				if i+1 < k {
					return i - 1
				}
			}
			return -1
		}
		if toks[i].kind != tokWord {
			return -1
		}
	}
	return -1
}

// coordPassiveAux: "was publicly reprimanded and fined HK$4.8 million by
// the SFC", "were censured and fined": the second participle shares the
// first one's auxiliary, so the firm before it is still the one acted on.
func coordPassiveAux(toks []token, k int) int {
	if k < 3 || toks[k-1].low != "and" || toks[k-2].kind != tokWord || !strings.HasSuffix(toks[k-2].low, "ed") {
		return -1
	}
	for i := k - 3; i >= 0 && i >= k-6; i-- {
		w := toks[i].low
		switch {
		case w == "was" || w == "were" || w == "been" || w == "is" || w == "are" || w == "being":
			return i
		case w == "also" || w == "both" || strings.HasSuffix(w, "ly"):
			continue
		default:
			return -1
		}
	}
	return -1
}
