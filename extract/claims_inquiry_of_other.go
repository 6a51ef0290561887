package extract

import "strings"

// inquiryOfOther: an inquiry noun read from the sentence's context ("fined
// Deloitte for failings during its audit of a listed logistics group")
// whose own "of"/"into" object names none of the claim's targets is an
// inquiry into that object (here the auditor's own work), not into them;
// nor is an inquiry noun that only names a firm's trade ("audit firm X").
func inquiryOfOther(toks []token, k int, c Claim) bool {
	if c.Kind != KindProbe || c.Rule != "probe/inquiry-noun-context" || k+2 >= len(toks) || len(c.Targets) == 0 {
		return false
	}
	if firmHeads[toks[k+1].low] {
		return true // "audit firm Fjord Revisjon": the noun only describes a firm's trade
	}
	if w := toks[k+1].low; w != "of" && w != "into" {
		return false
	}
	end := k + 2
	for end < len(toks) && end < k+10 && toks[end].kind != tokPunct {
		end++
	}
	for _, t := range c.Targets {
		first := strings.Fields(t.Name)
		if len(first) == 0 {
			return false
		}
		for q := k + 2; q < end; q++ {
			if toks[q].text == first[0] {
				return false
			}
		}
	}
	// the object must be something else named or newly described ("a listed
	// group"), not the target told again ("the supplier's plant", "its books")
	switch o := toks[k+2].low; {
	case o == "a" || o == "an":
		return true
	case o == "the" || o == "its" || o == "their":
		for q := k + 3; q < end; q++ {
			if firmHeads[toks[q].low] || toks[q].low == "'s" {
				return false
			}
		}
		return o == "the"
	}
	return toks[k+2].upper
}
