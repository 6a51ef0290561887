package extract

import "strings"

// Where a challenge is heard is not whom it answers; a right to appeal
// the law gives is no stance.

// rightToAppeal: "The firm may appeal before the tribunal", "X can appeal
// the decision within 30 days": the law's offer, not the firm's stance,
// unless someone says it ("said it may appeal").
func rightToAppeal(toks []token, k int) bool {
	if k < 1 || (toks[k-1].low != "may" && toks[k-1].low != "can") || !strings.HasPrefix(toks[k].low, "appeal") {
		return false
	}
	for q := 0; q < len(toks); q++ {
		if sayVerbs[toks[q].low] || toks[q].low == "say" || toks[q].low == "says" {
			return false
		}
	}
	return true
}

// venueAnswered: a response whose only targets are the court it goes to
// ("would oppose it before the tribunal", "an appeal to the Court of
// Justice") answers the authority that acted on the firm, not the venue.
func venueAnswered(toks []token, k int, c Claim, ctx *docContext) Claim {
	if c.Kind != KindResponse || len(c.Targets) == 0 {
		return c
	}
	for _, t := range c.Targets {
		if t.Type != TypeCourt || !namedAsVenue(toks, k, t) {
			return c
		}
	}
	var auths []Entity
	acting := ctx.authsActingOn([]Entity{c.Actor})
	if obj := toks[k+1 : clauseEnd(toks, k+1)]; answeredKinds(obj) != nil {
		// "would appeal the fine to the Lombardy administrative court" after a
		// fine and a later probe by another authority: the fine's is answered
		if b := ctx.authsActingOnKind([]Entity{c.Actor}, answeredKinds(obj), answeredNoun(obj)); len(b) > 0 {
			acting = b
		}
	}
	for _, a := range acting {
		if !sameEntityAny(a, c.Targets) {
			auths = append(auths, a) // (a lower court that ruled is answered too)
		}
	}
	for i := len(ctx.auths) - 1; i >= 0 && len(auths) == 0; i-- {
		// no act on the firm was read: the last authority named that is no court
		if a := ctx.auths[i]; a.Type != TypeCourt {
			auths = append(auths, a)
		}
	}
	if len(auths) > 0 {
		c.Targets = auths
	}
	return c
}

// courtAsModifier: a court named only to say where the firm goes.
var courtAsModifier = toSet(`review challenge challenges action battle fight case proceedings petition bid hearing`)

// namedAsVenue: the court t is named after k behind "before/to/at/in
// (the/a)", or as the modifier of the challenge ("a court review").
func namedAsVenue(toks []token, k int, t Entity) bool {
	first := strings.ToLower(strings.Fields(t.Name + " x")[0])
	for q := k + 1; q < len(toks); q++ {
		if toks[q].low != first && !(toks[q].low == "the" && q+1 < len(toks) && toks[q+1].low == first) {
			continue
		}
		if n := q + len(strings.Fields(t.Name)); toks[q].low != "the" && n < len(toks) && courtAsModifier[toks[n].low] {
			return true // "seek a court review", "file a court challenge"
		}
		p := q - 1
		for n := 0; toks[q].low != "the" && n < 2 && p > 0 && toks[p].upper && toks[p].kind == tokWord; n++ {
			p-- // "to the Lombardy administrative court": the place only says which court
		}
		if toks[q].low != "the" && p >= 0 && (toks[p].low == "the" || toks[p].low == "a" || toks[p].low == "an") {
			p-- // "in a federal court"
		}
		if p >= 0 {
			switch toks[p].low {
			case "before", "to", "at", "in", "with":
				return true
			}
		}
	}
	return false
}
