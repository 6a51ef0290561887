package extract

// A firm answering "the decision" (appeal it, challenge it, accept it)
// when the act itself was told in words no rule turns into a claim ("said
// it had opposed the proposed merger", "rejected the tie-up"): if the
// article has named one authority only, "the decision" can be only its.
// With two or more authorities the answer stays unresolved, as before.

// loneActNouns are the acts "the ..." refers back to.
var loneActNouns = toSet(`decision ruling order verdict judgment judgement fine penalty directive sanction sanctions
 ban findings finding resolution`)

// loneAuthAnswered: the authority of a response whose object opens with
// "the <act noun>" (after at most a preposition), when the article has
// named exactly one authority so far (courts the answer goes to aside) and
// no act of it was read: an authority whose act on some firm was read has
// that firm answer it, not a bystander ("AT&T, one of the carriers that
// asked for access, welcomed the ruling"); nil otherwise.
func loneAuthAnswered(toks []token, k int, ctx *docContext, venues []Entity) *Entity {
	q := k + 1
	if q < len(toks) && (toks[q].low == "with" || toks[q].low == "against" || toks[q].low == "to" || toks[q].low == "by") {
		q++
	}
	if q+1 >= len(toks) || toks[q].low != "the" || !loneActNouns[toks[q+1].low] {
		return nil
	}
	if q+2 < len(toks) && (toks[q+2].low == "of" || toks[q+2].low == "by" || toks[q+2].low == "from") {
		return nil // "the decision of the board": someone else's act, named
	}
	var a *Entity
	for i := range ctx.auths {
		e := &ctx.auths[i]
		if e.Type == TypeGovernment && e.Name == e.Country || sameEntityAny(*e, venues) {
			continue
		}
		if a != nil && !sameEntity(*a, *e) {
			return nil
		}
		a = e
	}
	if a == nil {
		return nil
	}
	for _, c := range ctx.claims {
		if sameEntity(c.Actor, *a) {
			return nil
		}
	}
	return a
}
