package extract

// A deal told as a firm's possessed noun names the firm bought or merged
// with right after its preposition, often as a bare name behind a
// country's possessive ("X's takeover of Norway's Fjordtank", "X's bid for
// Peru's Costamar", "X's merger with Chile's Andalue"). One unknown word
// there has no other sign of being a firm, so the typing rules leave it
// untyped and an act on the deal (a probe, a clearance, a block) reaches
// only the buyer. The object of a firm's deal noun is a firm; a word that
// modifies a noun after it ("Namibia's Walvis Bay depot") is not.

// dealObjectNouns: deal nouns whose object is the other firm ("sale of
// diesel" names goods as often as a firm, so "sale" is left out).
var dealObjectNouns = toSet(`acquisition takeover purchase merger buyout bid tie-up combination`)

// promoteDealObjects types as firms the untyped names that are the object
// of a deal noun a firm owns.
func promoteDealObjects(toks []token, ms []mention, persons map[string]bool) {
	for n := range ms {
		m := &ms[n]
		if m.class != mOther || m.src != "name" || m.poss || m.ref || nameLen(m) > 3 || modifiesNext(toks, m.j) {
			continue
		}
		w := toks[m.i].low
		if nonFirmWords[w] || persons[w] || chineseSurnames[w] || mediaWords[w] {
			continue
		}
		p := m.i - 1
		if n > 0 && ms[n-1].class == mPlace && ms[n-1].poss && ms[n-1].j == m.i {
			p = ms[n-1].i - 1 // "of Norway's Fjordtank"
		}
		for g := 0; g < 2 && p > 0 && (rivalWords[toks[p].low] || toks[p].low == "the"); g++ {
			p-- // "of rival Quillon"
		}
		if p < 1 || (toks[p].low != "of" && toks[p].low != "for" && toks[p].low != "with") || !dealObjectNouns[toks[p-1].low] {
			continue
		}
		if !dealOwnedByFirm(toks, ms, p-1) {
			continue
		}
		m.class = mFirm
		m.ent.Type = TypeFirm
	}
}

// dealOwnedByFirm: a firm's possessive (or its/their) owns the deal noun
// at d, with only amounts and plain modifiers between ("Karoo Freight's R4
// billion purchase", "its planned takeover").
func dealOwnedByFirm(toks []token, ms []mention, d int) bool {
	if ownDealNoun(toks, d) {
		return true
	}
	for o := range ms {
		if ms[o].j > d || ms[o].j < d-6 || !ownerPoss(ms[o]) {
			continue
		}
		if possModifiersOnly(toks, ms[o].j, d) {
			return true
		}
	}
	return false
}
