package extract

import "strings"

// Suits told beside the court's ruling: a court's act on one firm often
// names the firm that sued only as the bringer of the case, either in the
// same sentence ("has barred Vedanshi Herbals from selling ... after a suit
// by Dabur India", "in a case brought by X") or in a later one that refers
// back to the case with a definite noun ("Globacom filed the suit two years
// ago", "iQiyi, which is controlled by Baidu, filed the lawsuit in 2023").
// Either way the bringer sues the firms the court acted on.

// suitNouns: a case one party brings against another.
var suitNouns = toSet(`suit lawsuit case complaint claim action petition proceedings litigation`)

// suitBringVerbs bring a case.
var suitBringVerbs = toSet(`filed brought lodged launched initiated instituted`)

// suitToldActs returns the suits the sentence tells by their bringer.
func suitToldActs(toks []token, ms []mention, ctx *docContext, out []Claim) []Claim {
	if c := suitByInSentence(toks, ms, out); c != nil {
		return []Claim{*c}
	}
	if c := suitReferredBack(toks, ms, ctx, out); c != nil {
		return []Claim{*c}
	}
	return nil
}

// suitByInSentence: "a suit by X", "a case brought by X", "a lawsuit filed
// by X" beside a court's act on other firms in the same sentence.
func suitByInSentence(toks []token, ms []mention, out []Claim) *Claim {
	for q := 0; q+2 < len(toks); q++ {
		if toks[q].lex&lxSuitNoun == 0 {
			continue
		}
		by := q + 1
		if suitBringVerbs[toks[by].low] {
			by++
		}
		if by >= len(toks) || toks[by].low != "by" {
			continue
		}
		for _, m := range ms {
			if m.i != by+1 || !m.firmOrName() {
				continue
			}
			bringer := asFirm(m)
			if ts := courtTargets(out, bringer, ""); len(ts) > 0 {
				return &Claim{Kind: KindAction, Actor: bringer, Targets: ts, Action: "sue", Confidence: 0.55, Rule: "action/suit-by"}
			}
		}
	}
	return nil
}

// suitReferredBack: a sentence opened by a firm that "filed the suit" (a
// definite case, no other party named) after a court ruled on other firms
// in a sentence that named this firm too.
func suitReferredBack(toks []token, ms []mention, ctx *docContext, out []Claim) *Claim {
	if len(out) > 0 || len(ms) == 0 || ms[0].i > 1 || !ms[0].firmOrName() || ms[0].poss {
		return nil
	}
	for _, m := range ms[1:] {
		if m.firmOrName() && !inRelative(toks, m.i) || m.class == mAuth && !(m.j < len(toks) && speechVerbs[toks[m.j].low]) {
			return nil // another party named: the trigger frames read it
		}
	}
	q := ms[0].j
	if q < len(toks) && toks[q].text == "," && q+1 < len(toks) && (toks[q+1].low == "which" || toks[q+1].low == "who") {
		for q++; q < len(toks) && toks[q].text != ","; q++ {
		}
		q++
	}
	for q < len(toks) && (toks[q].low == "had" || toks[q].low == "has" || toks[q].low == "originally" || toks[q].low == "first") {
		q++
	}
	if q+2 >= len(toks) || !suitBringVerbs[toks[q].low] && toks[q].low != "sued" {
		return nil
	}
	if toks[q].low != "sued" && !(toks[q+1].low == "the" || toks[q+1].low == "its" || toks[q+1].low == "that") {
		return nil
	}
	if toks[q].low != "sued" && !(suitNouns[toks[q+2].low] || q+3 < len(toks) && suitNouns[toks[q+3].low]) {
		return nil
	}
	bringer := asFirm(ms[0])
	ts := courtTargets(ctx.claims, bringer, strings.ToLower(bringer.Name))
	if len(ts) == 0 {
		return nil
	}
	return &Claim{Kind: KindAction, Actor: bringer, Targets: ts, Action: "sue", Confidence: 0.5, Rule: "action/suit-referred"}
}

// courtTargets: the firms the latest court act in cs fell on, other than
// the bringer; when named is set, only an act whose sentence names it.
func courtTargets(cs []Claim, bringer Entity, named string) []Entity {
	for n := len(cs) - 1; n >= 0; n-- {
		c := cs[n]
		if c.Actor.Type != TypeCourt || c.Kind != KindMandate && c.Kind != KindPenalty || c.Negated {
			continue
		}
		if named != "" && !strings.Contains(strings.ToLower(c.Sentence), named) {
			continue
		}
		var ts []Entity
		for _, t := range c.Targets {
			if t.Type == TypeFirm && !sameEntity(t, bringer) && !shortFormOf(t, []Entity{bringer}) {
				ts = append(ts, t)
			}
		}
		return ts
	}
	return nil
}
