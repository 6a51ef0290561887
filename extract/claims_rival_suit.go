package extract

// A firm defending itself in a case a rival brought answers the rival, not
// an authority: "Rhine Logistics sued Danube Freight ... Danube Freight said
// it would defend itself before the court", "Sahyadri, which received
// tentative approval from the FDA, said it would vigorously defend itself".
// A court named as the venue, or an authority that only approved the firm,
// is then no act the firm resists. Resisting needs an adverse act (a probe,
// penalty or mandate) on the firm; without one, a rival's suit is what the
// defence answers.

// defendsRivalSuit: a firm's suit targets one of firms, and no authority's
// probe, penalty or mandate on them is told in the article so far.
func defendsRivalSuit(ctx *docContext, sofar []Claim, firms []Entity) bool {
	sued := false
	for _, cs := range [][]Claim{ctx.claims, sofar} {
		for _, c := range cs {
			if !targetsOneOf(c.Targets, firms) || c.Negated {
				continue
			}
			switch c.Kind {
			case KindProbe, KindPenalty, KindMandate:
				return false
			case KindAction:
				if c.Action == "sue" && c.Actor.Type == TypeFirm {
					sued = true
				}
			}
		}
	}
	return sued
}
