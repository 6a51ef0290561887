package extract

// firmInPhraseAfter finds the first firm (or unknown name) within n tokens
// after k that opens a phrase with one of preps, a descriptor ("digital
// lender") allowed in between; -1 when there is none or a clause ends first.
func firmInPhraseAfter(toks []token, ms []mention, k, n int, preps ...string) int {
	for i := range ms {
		m := ms[i]
		if m.i <= k || m.i > k+n {
			continue
		}
		if m.class != mFirm && m.class != mName {
			continue
		}
		for p := m.i - 1; p > k && p >= m.i-4; p-- {
			if toks[p].kind == tokPunct {
				break
			}
			for _, w := range preps {
				if toks[p].low == w {
					return i
				}
			}
		}
	}
	return -1
}
