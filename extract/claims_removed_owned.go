package extract

// What a platform removes often belongs to, or points at, another firm and
// names it inside the removed phrase rather than as the object itself:
// "removing links to rival Coupang Eats", "pulled the catalogue of Rotana
// Music", "removed mini-programs run by rival Kuaiyu", "delisted products
// made by Anker". The firm so named is the one acted on.

// removedOwnerCues stand right before the firm the removed thing belongs to.
var removedOwnerCues = toSet(`of rival rivals competitor competitors`)

// removedMakerVerbs: "run by", "made by", "owned by" ... name the owner.
var removedMakerVerbs = toSet(`run made owned operated developed published sold offered produced supplied built`)

// removedParticles after the verb make another phrasal verb ("pulled out of").
var removedParticles = toSet(`out back ahead up down off away together through`)

// removedOwnersFirm: the firm named as owner or maker inside the object of
// the removal verb at k, before the clause ends, or nil.
func removedOwnersFirm(toks []token, ms []mention, k int, actors []Entity) *Entity {
	if k+1 >= len(toks) || removedParticles[toks[k+1].low] {
		return nil
	}
	for i := range ms {
		m := ms[i]
		if m.i <= k+1 {
			continue
		}
		if m.i > k+9 || clauseBreakBetween(toks, k, m.i) {
			return nil
		}
		if !m.firmOrName() {
			continue
		}
		e := asFirm(m)
		if sameEntityAny(e, actors) {
			continue
		}
		p := toks[m.i-1].low
		if removedOwnerCues[p] || p == "to" && m.i >= 2 && removedOwnerCues[toks[m.i-2].low] ||
			p == "by" && m.i >= 2 && removedMakerVerbs[toks[m.i-2].low] ||
			p == "by" && m.i >= 3 && removedOwnerCues[toks[m.i-2].low] && removedMakerVerbs[toks[m.i-3].low] {
			return &e
		}
		if p == "to" && m.i >= 2 && (toks[m.i-2].low == "links" || toks[m.i-2].low == "link") {
			return &e // "removed links to Coupang Eats"
		}
	}
	return nil
}
