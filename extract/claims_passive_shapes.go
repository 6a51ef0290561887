package extract

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
