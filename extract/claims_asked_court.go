package extract

// A firm asking a court to review, overturn or suspend an act ("said it
// would ask a federal appeals court to review the denial", "asked the High
// Court to quash the order") challenges the authority whose act it is; the
// court is only where the challenge goes.

// undoVerbs are what a court is asked to do to an act.
var undoVerbs = toSet(`review overturn quash annul reverse suspend stay void invalidate nullify cancel revoke set`)

// askedCourtToUndo: the firm subject of "ask" at k asking a court to undo
// an act: its resisting answer to the authority acting on it, or to the
// article's only other authority; nil otherwise.
func askedCourtToUndo(toks []token, ms []mention, k int, neg bool, ctx *docContext) []Claim {
	undo := false
	for q := k + 2; q+1 < len(toks) && q <= k+9; q++ {
		if toks[q].low == "to" && undoVerbs[toks[q+1].low] {
			undo = toks[q+1].low != "set" || q+2 < len(toks) && toks[q+2].low == "aside"
			break
		}
	}
	if !undo {
		return nil
	}
	subj := subjectBefore(toks, ms, k, func(m mention) bool { return m.firmOrName() }, 8)
	if len(subj) == 0 {
		return nil
	}
	s := ms[subj[len(subj)-1]]
	var firm Entity
	switch {
	case s.class == mPron && !s.plural && s.firmRef != nil:
		firm = *s.firmRef
	case s.firmOrName() && !s.poss:
		firm = asFirm(s)
	default:
		return nil
	}
	var courts []Entity
	for _, m := range ms {
		if m.class == mAuth && m.i > k && m.i <= k+6 {
			courts = append(courts, m.ent)
		}
	}
	auths := ctx.authsActingOn([]Entity{firm})
	if len(auths) == 0 {
		if a := loneAuthority(ctx, courts); a != nil {
			auths = []Entity{*a}
		}
	}
	if len(auths) == 0 {
		return nil
	}
	return []Claim{{Kind: KindResponse, Actor: firm, Targets: auths, Action: "appeal", Stance: "resist", Negated: neg, Confidence: 0.55, Rule: "response/asked-court-to-undo"}}
}
