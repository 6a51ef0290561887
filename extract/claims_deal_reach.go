package extract

// A deal noun reached past what reporters put around it: the signing verb
// stands several modifiers before the noun ("has signed a five-year
// exclusive delivery agreement with Y", so the subject is more than a few
// words from the noun) and the partner's "with" may follow a time phrase
// ("signed a partnership last year with Y", "a codeshare in March with Y").

// dealSignVerbs sign, strike or reach a deal.
var dealSignVerbs = toSet(`signed sign signs signing struck strike strikes striking inked ink inks inking reached reach reaches
 sealed seal seals clinched clinch entered enter enters concluded conclude forged forge agreed has have had`)

// dealTimeThenWith: the index of the "with" that follows a time phrase of
// at most three words right after the deal noun at k, or -1.
func dealTimeThenWith(toks []token, k int) int {
	q := k + 1
	if q >= len(toks) || !inquiryTimeOpeners[toks[q].low] {
		return -1
	}
	for i := q + 1; i < len(toks) && i <= q+3; i++ {
		if toks[i].low == "with" {
			if inquiryTimeHeads[toks[i-1].low] || isYear(toks[i-1].text) {
				return i
			}
			return -1
		}
		if toks[i].kind == tokPunct {
			return -1
		}
	}
	return -1
}

// isYear: a four-digit year of this or the last century.
func isYear(s string) bool {
	return len(s) == 4 && (s[:2] == "19" || s[:2] == "20") && s[2] >= '0' && s[2] <= '9' && s[3] >= '0' && s[3] <= '9'
}

// dealSignVerbBefore: the signing verb whose object is the deal noun at k,
// past an article and lowercase modifiers ("a 10-year exclusive supply"),
// or -1.
func dealSignVerbBefore(toks []token, k int) int {
	for q := k - 1; q >= 0 && q >= k-8; q-- {
		t := toks[q]
		if dealSignVerbs[t.low] {
			if t.low == "has" || t.low == "have" || t.low == "had" {
				return -1 // "has a deal" is no signing
			}
			return q
		}
		if t.kind == tokPunct && t.text != "-" || t.upper {
			return -1
		}
	}
	return -1
}
