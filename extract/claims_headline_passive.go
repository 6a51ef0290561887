package extract

import "strings"

// headlinePassive: in a headline, a firm (or firms) opening it stands right
// before the past participle at k, with no authority before it.
func headlinePassive(toks []token, ms []mention, k int) bool {
	firm := false
	for _, m := range ms {
		if m.i >= k {
			break
		}
		switch m.class {
		case mAuth:
			return false
		case mFirm, mName:
			firm = true
			if m.j != k && !(m.j+1 == k && toks[m.j].kind == tokWord && strings.HasSuffix(toks[m.j].low, "ly")) {
				// another word between the firm and the verb: only a list goes on
				if m.j < k && toks[m.j].low != "," && toks[m.j].low != "and" {
					return false
				}
			}
		}
	}
	return firm
}
