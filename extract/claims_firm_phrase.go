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
		if precededBy(toks, m.i, k, preps...) {
			return i
		}
	}
	return -1
}
