package extract

import "strings"

// A firm's act told in a fronted participle clause has its actor after
// the comma: "Having agreed to acquire X, Y raised fresh debt", "After
// buying X, Y cut jobs". The clause has no subject of its own, so the
// main clause's subject — the name right after the comma — is who acts.

// frontedClauseSubject: the firm that opens the main clause when k lies
// in a sentence-initial participle clause ("Having ...", "After/Since/
// Before/Upon ...ing ..."), or nil.
func frontedClauseSubject(toks []token, ms []mention, k int) *Entity {
	if len(toks) < 4 || k < 1 {
		return nil
	}
	switch toks[0].low {
	case "having":
	case "after", "before", "since", "upon":
		if !strings.HasSuffix(toks[1].low, "ing") {
			return nil
		}
	default:
		return nil
	}
	c := -1
	for i := 1; i < len(toks) && i <= k+12; i++ {
		if toks[i].text == "," {
			c = i
			break
		}
	}
	if c <= k {
		return nil
	}
	for i := range ms {
		if ms[i].i == c+1 || ms[i].i == c+2 && toks[c+1].low == "the" {
			if !ms[i].firmOrName() || ms[i].poss {
				return nil
			}
			e := asFirm(ms[i])
			return &e
		}
	}
	return nil
}
