package extract

// Members of a counted class named only in part. Reporters list the firms
// an act fell on after the class, with what the class was of between
// ("fines on three suppliers of industrial solvents - A, B and C -"), or
// name some of them in the next sentence and say so ("A, B and C were
// among those penalised; the other two were not named"). Either way the
// named firms are bound.

// ofPhraseEnd: past "of <lower-case words>" after a class ending at e
// ("three suppliers of industrial solvents -"), the index where the
// phrase ends; e itself when no such phrase follows.
func ofPhraseEnd(toks []token, e int) int {
	if e >= len(toks) || toks[e].low != "of" {
		return e
	}
	for q := e + 1; q < len(toks) && q <= e+5; q++ {
		if toks[q].kind == tokPunct {
			if q == e+1 {
				return e
			}
			return q
		}
		if toks[q].upper || toks[q].kind != tokWord {
			return e
		}
	}
	return e
}

// partialMembers: the sentence says its list is only part of the class
// ("were among those fined", "included A and B", "the other two were not
// named").
func partialMembers(toks []token) bool {
	for q, t := range toks {
		switch t.low {
		case "among", "included", "include", "includes", "including":
			if q > 0 && (toks[q-1].low == "not" || toks[q-1].low == "never" || toks[q-1].low == "n't") {
				return false // "said they were not among them"
			}
			return true
		case "other":
			if q > 0 && toks[q-1].low == "the" && q+1 < len(toks) && (classCounts[toks[q+1].low] > 0 || toks[q+1].kind == tokNum) {
				return true
			}
		}
	}
	return false
}
