package extract

import "strings"

// An authority's inquiry told in a sentence of its own after it acted on a
// firm, owned by the authority but naming no firm: "Its investigation found
// that ..., the authority said", "The regulator's inspection teams found
// ...", "The commission said its inquiry began after a tip-off". Reporters
// everywhere tell the grounds of a fine or order this way; the inquiry is
// the acting authority's probe of the firms it bound (dev's background
// probe). A firm's own review ("the company said its internal audit
// showed") and an inquiry with no act of that authority before it are none.

// ownedInquiryNouns are the inquiry nouns such a sentence opens with.
var ownedInquiryNouns = toSet(`investigation investigations inquiry enquiry probe inspection inspections audit examination review`)

// ownedInquiryCrews may follow the noun ("inspection teams found").
var ownedInquiryCrews = toSet(`teams team officers staff services`)

// ownedInquiryVerbs tell what the inquiry found or when it began.
var ownedInquiryVerbs = toSet(`found finds showed shows revealed reveals uncovered established concluded determined began started`)

// inquiryAfterOwnAct returns the probe the sentence tells, or nil.
func inquiryAfterOwnAct(toks []token, ctx *docContext) *Claim {
	for q := 1; q < len(toks) && q <= 8; q++ {
		if toks[q].lex&lxInquiryNoun == 0 {
			continue
		}
		v := q + 1
		if v < len(toks) && ownedInquiryCrews[toks[v].low] {
			v++
		}
		if v < len(toks) && (toks[v].low == "had" || toks[v].low == "has") {
			v++
		}
		if v >= len(toks) || !ownedInquiryVerbs[toks[v].low] {
			continue
		}
		act := ctx.lastActOf(nil)
		if act == nil || (act.Kind != KindPenalty && act.Kind != KindMandate) || act.Negated || act.Certainty == Hedged || act.Actor.Type == TypeFirm || act.Actor.Type == TypeCourt {
			return nil
		}
		if !inquiryOwnedBy(toks, q, act.Actor) {
			return nil
		}
		var ts []Entity
		for _, t := range act.Targets {
			if t.Type == TypeFirm && !probeTold(ctx.claims, act.Actor, t) {
				ts = append(ts, t)
			}
		}
		if len(ts) == 0 {
			return nil
		}
		return &Claim{Kind: KindProbe, Actor: act.Actor, Targets: ts, Action: "investigate", Confidence: 0.55, Rule: "probe/owned-inquiry"}
	}
	return nil
}

// inquiryOwnedBy: the inquiry noun at q belongs to authority a, by a
// possessive naming it ("The regulator's", "EPRA's") or by "its"/"their"
// with a speaker that is a ("the authority said", "The commission said its").
func inquiryOwnedBy(toks []token, q int, a Entity) bool {
	p := q - 1
	if p > 0 && (toks[p].low == "own" || toks[p].low == "latest" || toks[p].low == "earlier") {
		p--
	}
	switch {
	case toks[p].low == "'s" && p > 0:
		return namesAuthority(toks[p-1], a)
	case toks[p].low == "its" || toks[p].low == "their":
		for s := 1; s < len(toks); s++ {
			if attributionVerbs[toks[s].low] && (s < p || s > q) && namesAuthority(toks[s-1], a) {
				return true
			}
		}
	}
	return false
}

// namesAuthority: the word w is a's head ("regulator", "commission") or a
// word of its name ("ACMA", "EPRA").
func namesAuthority(w token, a Entity) bool {
	if authRefHeads[w.low] && !w.upper {
		return true
	}
	if w.kind != tokWord || !w.upper || len(w.low) < 3 {
		return false
	}
	for _, f := range strings.Fields(strings.ToLower(a.Name + " " + a.Canonical)) {
		if f == w.low {
			return true
		}
	}
	return strings.EqualFold(initialsOf(a.Name), w.text) || strings.EqualFold(initialsOf(a.Canonical), w.text)
}

// probeTold: cs already holds a's probe of t.
func probeTold(cs []Claim, a, t Entity) bool {
	for _, c := range cs {
		if c.Kind != KindProbe || !sameEntity(c.Actor, a) {
			continue
		}
		for _, x := range c.Targets {
			if sameEntity(x, t) {
				return true
			}
		}
	}
	return false
}
