package extract

// A bare "both" opening a clause ("Both must now report quarterly", "...,
// and said both must stop registering users") stands for the two firms
// just named, as "both companies" does; "both the fine and the order" is a
// determiner and no subject.

// bothOpensClause: "both" at k begins a clause (sentence start, or after a
// comma, a conjunction or a reporting verb).
func bothOpensClause(toks []token, k int) bool {
	if k == 0 {
		return true
	}
	switch toks[k-1].low {
	case ",", ";", "and", "but", "that", "while", "said", "says", "added":
		return true
	}
	return false
}

// pairBefore: the two firms named before k in this sentence when exactly
// two are, else the article's latest group when it holds two.
func pairBefore(toks []token, ms []mention, k int, ctx *docContext) []Entity {
	var in []Entity
	for _, m := range ms {
		if m.i >= k {
			break
		}
		if m.class == mFirm && !m.poss && !hasEntity(in, m.ent) {
			in = append(in, m.ent)
		}
	}
	if len(in) == 2 {
		return in
	}
	if len(in) > 2 {
		return nil
	}
	if g := ctx.firmGroup(); len(g) == 2 {
		return g
	}
	return nil
}
