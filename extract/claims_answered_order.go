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

// answeredAct: the act behind the response c told at k, when the first
// authority after k owns one of answeredActNouns a few words on and the
// article has told no order or penalty on the firm before; nil otherwise.
func answeredAct(toks []token, ms []mention, k int, c Claim, ctx *docContext) *Claim {
	if c.Kind != KindResponse || c.Negated || c.Actor.Type != TypeFirm {
		return nil
	}
	if len(ctx.authsActingOnKind([]Entity{c.Actor}, map[string]bool{KindMandate: true, KindPenalty: true}, "")) > 0 {
		return nil // "ordered to pay ... accepted the court's orders": the act already told
	}
	for _, m := range ms {
		if m.i <= k {
			continue
		}
		if m.i > k+8 || m.class != mAuth || !m.poss || m.ent.Type == TypeCourt {
			return nil // (a court's order answered is the case's venue, told as such)
		}
		for q := m.j; q < len(toks) && q <= m.j+3; q++ {
			t := toks[q]
			if kind, ok := answeredActNouns[t.low]; ok {
				out := Claim{Kind: kind, Actor: m.ent, Targets: []Entity{c.Actor}, Action: "order", Confidence: 0.6, Rule: kind + "/answered-act"}
				if kind == KindPenalty {
					out.Action = "fine"
					out.Amount, _ = findAmount(toks, q)
				}
				return &out
			}
			if t.text == "'s" || t.kind == tokWord && !t.upper && !verbCue[t.low] {
				continue // "the CAC's rectification demands"
			}
			return nil
		}
		return nil
	}
	return nil
}
