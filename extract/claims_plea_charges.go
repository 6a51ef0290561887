package extract

import "strings"

// A plea tells more than the firm's answer: "Purdue will plead guilty to
// three federal criminal charges as part of a settlement worth $8 billion
// with the Justice Department" is the department's charge (probe), the sum
// (penalty) and the plea (response). The plea claim already found names
// the firm and the authority answered; these acts reuse them.

// pleaChargeActs: for each plea to charges answered to an authority (not a
// court), the authority's charge on the firm; and for a plea "as part of a
// settlement worth $N with" that authority, its penalty.
func pleaChargeActs(toks []token, ms []mention, out []Claim) []Claim {
	var adds []Claim
	for _, c := range out {
		if c.Kind != KindResponse || c.Action != "plead" || len(c.Targets) != 1 || c.Targets[0].Type == TypeCourt || c.Actor.Type == TypeCourt {
			continue
		}
		auth, firm := c.Targets[0], c.Actor
		p := -1
		for i := range toks {
			if strings.HasPrefix(toks[i].low, "plead") {
				p = i
				break
			}
		}
		if p < 0 {
			continue
		}
		if wordIndexWithin(toks, p+1, 8, "charges", "charge", "counts", "count", "offences", "offenses") >= 0 && !hasClaimOn(out, KindProbe, auth, firm) {
			adds = append(adds, Claim{Kind: KindProbe, Actor: auth, Targets: []Entity{firm}, Action: "charge", Certainty: c.Certainty, Attribution: c.Attribution, Confidence: 0.55, Rule: "probe/plea-charges"})
		}
		s := wordIndexWithin(toks, p+1, 30, "settlement", "deal", "agreement")
		if s < 0 || hasClaimOn(out, KindPenalty, auth, firm) {
			continue
		}
		w := wordIndexWithin(toks, s+1, 12, "with")
		amt, at := findAmount(toks, s+1)
		if w < 0 || amt == nil || at > w || !authMentionAt(ms, w+1, auth) {
			continue // a sum told with the settlement, before the authority it is made with
		}
		adds = append(adds, Claim{Kind: KindPenalty, Actor: auth, Targets: []Entity{firm}, Action: "settle", Amount: amt, Certainty: c.Certainty, Attribution: c.Attribution, Confidence: 0.55, Rule: "penalty/plea-settlement"})
	}
	return adds
}

// hasClaimOn: out holds a claim of kind by actor on target.
func hasClaimOn(out []Claim, kind string, actor, target Entity) bool {
	for _, c := range out {
		if c.Kind == kind && sameEntityAny(c.Actor, []Entity{actor}) && sameEntityAny(target, c.Targets) {
			return true
		}
	}
	return false
}

// authMentionAt: an authority mention starting at i (or after "the") is
// the entity e.
func authMentionAt(ms []mention, i int, e Entity) bool {
	for _, m := range ms {
		if (m.i == i || m.i == i+1) && isAuth(m) && sameEntityAny(m.ent, []Entity{e}) {
			return true
		}
	}
	return false
}
