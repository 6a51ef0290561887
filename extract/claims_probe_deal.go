package extract

// An inquiry into a deal examines both its sides. Writers name the deal by
// its buyer's possessive ("an in-depth investigation into Van Dijk's bid
// for Skagerrak", "a review of Tirreno Telecom's planned takeover of
// Adriafibra"); the noun's object then reads as the buyer alone, though
// the authority reviews the deal, and with it the firm being bought.

// dealOtherSide: when the inquiry's one firm target stands as the
// possessive of a deal noun after the inquiry at k ("X's $2 billion bid
// for Y"), the deal's other side; nil otherwise.
func dealOtherSide(toks []token, ms []mention, k int, target Entity) *Entity {
	for i := range ms {
		m := ms[i]
		if m.i <= k || m.i > k+14 {
			continue
		}
		if !m.poss || !m.firmOrName() || !sameEntity(asFirm(m), target) {
			continue
		}
		n := -1
		for q := m.j; q < len(toks) && q <= m.j+5; q++ {
			if dealNounWords[toks[q].low] && toks[q].low != "deal" && toks[q].low != "sale" {
				n = q
				break
			}
		}
		if n < 0 || n+1 >= len(toks) || !possModifiersOnly(toks, m.j, n) {
			return nil
		}
		prep := toks[n+1].low
		if prep != "of" && prep != "for" && prep != "with" {
			return nil
		}
		o := firmInPhraseAfter(toks, ms, n, 7, prep)
		if o < 0 {
			return nil
		}
		e := asFirm(ms[o])
		if sameEntity(e, target) {
			return nil
		}
		return &e
	}
	return nil
}
