package extract

// A firm told by its owner's name: "ordered Carlos Slim's company to share
// its towers", "billionaire Gautam Adani's conglomerate", "Elon Musk's
// carmaker". Reporters vary a famous firm's name this way after naming it;
// the owner is a person (never a party) and the phrase is the firm named
// last before it in the sentence.

// ownedFirmHeads are the nouns an owner's firm is called by.
var ownedFirmHeads = toSet(`company firm group conglomerate empire business carrier operator lender bank
 carmaker automaker retailer airline telecoms telco network platform insurer miner`)

// ownerCompanyRefs rewrites a person's possessive followed by such a noun
// into a reference to the last firm named before it in the sentence. A
// two-word unknown name counts as a person here only when the sentence
// names that firm first, which is what licenses the reading.
func ownerCompanyRefs(toks []token, ms []mention) {
	for p := range ms {
		m := &ms[p]
		if !m.poss || m.j >= len(toks) || !ownedFirmHeads[toks[m.j].low] || m.ref {
			continue
		}
		if m.class != mPerson && !(m.class == mName && nameLen(m) == 2 && personLikeOwner(toks, m)) {
			continue
		}
		last := -1
		for q := range ms {
			if ms[q].j <= m.i && (ms[q].class == mFirm || ms[q].class == mName && nameLen(&ms[q]) >= 2) && !ms[q].poss && !ms[q].ref {
				last = q
			}
		}
		if last < 0 {
			continue
		}
		// (keeping the antecedent's class, so a later "it" still finds an unknown name)
		*m = mention{i: m.i, j: m.j + 1, class: ms[last].class, ent: asFirm(ms[last]), ref: true, src: "ref"}
	}
}

// ownerOnlyHeads name what a person owns, seldom what a firm's own unit is
// called ("Tembo Mobile's network" is the firm's network, not Tembo Mobile).
var ownerOnlyHeads = toSet(`company conglomerate empire`)

// personLikeOwner: an unknown two-word possessive reads as a person when a
// title or a known first name leads it, or when only an owner's noun
// follows and the name ends in no business word.
func personLikeOwner(toks []token, m *mention) bool {
	last := toks[m.j-2].low
	if businessHeads[last] || corpSuffixes[last] {
		return false
	}
	if m.i > 0 && toks[m.i-1].lex&lxPersonTitle != 0 || firstNames[toks[m.i].low] {
		return true
	}
	return ownerOnlyHeads[toks[m.j].low]
}
