package extract

import "strings"

// A firm answering "the decision" (appeal it, challenge it, accept it)
// when the act itself was told in words no rule turns into a claim ("said
// it had opposed the proposed merger", "rejected the tie-up"): if the
// article has named one authority only, "the decision" can be only its.
// With two or more authorities the answer stays unresolved, as before.

// loneActNouns are the acts "the ..." refers back to.
var loneActNouns = toSet(`decision ruling order verdict judgment judgement fine penalty directive sanction sanctions
 ban findings finding resolution allegations accusations charges direction directions instruction instructions
 suit lawsuit refusal cancellation revocation suspension decree notice`)

// bareAnswers are the answering verbs that take a stance with no object
// ("said it was complying", "had complied immediately", "would appeal").
var bareAnswers = toSet(`comply complied complying complies appeal appealed appealing cooperate cooperating cooperated`)

// bareAnswer: the answering verb at k has no object: the clause ends, or
// an adverb, a conjunction or a participle follows.
func bareAnswer(toks []token, k int) bool {
	if k+1 >= len(toks) {
		return true
	}
	switch n := toks[k+1]; {
	case n.kind == tokPunct:
		return true
	case n.low == "immediately" || n.low == "fully" || n.low == "and" || n.low == "but" || n.low == "saying" || n.low == "arguing":
		return true
	}
	return false
}

// venueCourts: the courts and tribunals the sentence names as where an
// answer goes ("would appeal to the Administrative Review Tribunal",
// "contest the penalty at the Standards Tribunal"); they did not act, so
// they are no second authority the answer could be to.
func venueCourts(toks []token, ms []mention, k int) []Entity {
	var out []Entity
	for _, m := range ms {
		if m.class == mAuth && m.i > k && m.ent.Type == TypeCourt && venueBefore(toks, m.i) {
			out = append(out, m.ent)
		}
	}
	return out
}

// bareToVenue: the answering verb at k goes straight to a venue ("would
// appeal to the tribunal", "appealed before the High Court"), naming no act.
func bareToVenue(toks []token, k int, venues []Entity) bool {
	if len(venues) == 0 || k+1 >= len(toks) {
		return false
	}
	switch toks[k+1].low {
	case "to", "before", "at", "in":
		return true
	}
	return false
}

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
	if bareAnswers[toks[k].low] && (bareAnswer(toks, k) || bareToVenue(toks, k, venues)) {
		// "said it had complied immediately": no object names the act
	} else if q+1 >= len(toks) || toks[q].low != "the" || !loneActNouns[toks[q+1].low] {
		return nil
	} else if q+2 < len(toks) && (toks[q+2].low == "of" || toks[q+2].low == "by" || toks[q+2].low == "from") {
		return nil // "the decision of the board": someone else's act, named
	}
	// allegations may be a rival's, told in its suit before a court: only
	// an authority that is no court makes them
	allegation := q+1 < len(toks) && (toks[q+1].low == "allegations" || toks[q+1].low == "accusations" || toks[q+1].low == "charges")
	a := loneAuthority(ctx, venues)
	if a == nil || allegation && a.Type == TypeCourt {
		return nil
	}
	return a
}

// loneAuthority: the one authority the article has named so far (courts
// an answer goes to aside), if no act of it was read; nil otherwise.
func loneAuthority(ctx *docContext, venues []Entity) *Entity {
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

// onlyLoneAuthorityAnswers: every claim of cs is an answer whose authority
// was guessed as the article's only one.
func onlyLoneAuthorityAnswers(cs []Claim) bool {
	for _, c := range cs {
		if !strings.HasSuffix(c.Rule, "-lone-authority") {
			return false
		}
	}
	return len(cs) > 0
}
