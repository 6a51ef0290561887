package extract

// An authority's act named only as the thing a firm answers: "accepted the
// regulator's order to appoint an auditor", "pledged to implement the
// CAC's rectification demands", "will appeal the SIC's fine". The answer
// presupposes the act, and the possessive names who made it.

// answeredActNouns are acts a firm answers, and the kind each one is.
var answeredActNouns = map[string]string{
	"order": KindMandate, "orders": KindMandate, "directive": KindMandate, "directives": KindMandate,
	"demands": KindMandate, "demand": KindMandate, "instructions": KindMandate, "instruction": KindMandate,
	"requirements": KindMandate, "requirement": KindMandate, "ban": KindMandate,
	"fine": KindPenalty, "fines": KindPenalty, "penalty": KindPenalty, "penalties": KindPenalty,
}

// answeredAct: the act behind the response c told at k (-1: told as a
// noun, so from the authority it answers), when the first authority after k owns one of answeredActNouns a few words on and the
// article has told no order or penalty on the firm before; nil otherwise.
func answeredAct(toks []token, ms []mention, k int, c Claim, ctx *docContext) *Claim {
	if c.Kind != KindResponse || c.Negated || c.Actor.Type != TypeFirm {
		return nil
	}
	if len(ctx.authsActingOnKind([]Entity{c.Actor}, map[string]bool{KindMandate: true, KindPenalty: true}, "")) > 0 {
		return nil // "ordered to pay ... accepted the court's orders": the act already told
	}
	if k < 0 {
		// a nominal answer ("an appeal by X against the Commission's
		// decision"): from the possessed authority it answers
		if len(c.Targets) == 0 {
			return nil
		}
		for _, m := range ms {
			if m.class == mAuth && m.poss && sameEntity(m.ent, c.Targets[0]) {
				k = m.i - 1
				break
			}
		}
		if k < 0 {
			return nil
		}
	}
	for _, m := range ms {
		if m.i <= k {
			continue
		}
		if m.i > k+14 || m.class != mAuth || !m.poss || m.ent.Type == TypeCourt {
			return nil // (a court's order answered is the case's venue, told as such)
		}
		for q := m.j; q < len(toks) && q <= m.j+3; q++ {
			t := toks[q]
			if kind := decisionTo(toks, q); kind != "" {
				// "the Commission's 2023 decision to block their merger"
				return &Claim{Kind: kind, Actor: m.ent, Targets: []Entity{c.Actor}, Action: toks[q+2].low, Prohibition: kind == KindMandate, Confidence: 0.6, Rule: kind + "/answered-decision"}
			}
			if kind, ok := answeredActNouns[t.low]; ok {
				out := Claim{Kind: kind, Actor: m.ent, Targets: []Entity{c.Actor}, Action: "order", Confidence: 0.6, Rule: kind + "/answered-act"}
				if kind == KindPenalty {
					out.Action = "fine"
					out.Amount, _ = findAmount(toks, q)
				}
				return &out
			}
			if t.text == "'s" || t.kind == tokWord && !t.upper && !verbCue[t.low] || t.kind == tokNum {
				continue // "the CAC's rectification demands"
			}
			return nil
		}
		return nil
	}
	return nil
}

// decidedActs are what an authority's "decision to ..." may do to a firm,
// and the kind it is.
var decidedActs = map[string]string{
	"block": KindMandate, "ban": KindMandate, "bar": KindMandate, "prohibit": KindMandate, "order": KindMandate,
	"force": KindMandate, "require": KindMandate, "stop": KindMandate,
	"fine": KindPenalty, "penalise": KindPenalty, "penalize": KindPenalty, "revoke": KindPenalty, "suspend": KindPenalty,
}

// decisionTo: toks[q] opens "decision/ruling to <act>"; the act's kind or "".
func decisionTo(toks []token, q int) string {
	if q+2 >= len(toks) || toks[q].low != "decision" && toks[q].low != "ruling" || toks[q+1].low != "to" {
		return ""
	}
	return decidedActs[toks[q+2].low]
}
