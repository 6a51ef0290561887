package extract

// Inquiries told beside the act they led to, with the firm left to that
// act: "After a two-year investigation into tenders, the authority fined A
// and B" (the inquiry comes first, so no act is known when it is read),
// and "The ministry said it had begun an inspection of the plant's safety
// systems" after its order on the plant's owner (the premises, books or
// systems of the firm it acted on).

// inspectedNouns are what an inquiry into a firm looks at in place of the
// firm: "an inspection of the plant", "a review of the company's books".
var inspectedNouns = toSet(`plant plants factory factories site sites facility facilities mine refinery depot warehouse
 premises offices books accounts records systems terminal mill`)

// inquiryOpeners open a sentence with the inquiry that led to its act.
var inquiryOpeners = toSet(`after following`)

// inquiryBeforeAct: "After a two-year investigation into X's tenders, the
// regulator fined A and B": an agentless inquiry in the opening phrase is
// the inquiry of the authority whose penalty or order the sentence tells,
// into the firms it fell on.
func inquiryBeforeAct(toks []token, ms []mention, out []Claim) []Claim {
	if len(toks) < 5 || !inquiryOpeners[toks[0].low] {
		return nil
	}
	switch toks[1].low {
	case "a", "an", "the", "its", "their", "months", "years", "weeks":
	default:
		return nil // "After it opened an inquiry, ...": a clause, not the inquiry named
	}
	k := -1
	for q := 1; q < len(toks) && q <= 5; q++ {
		switch toks[q].low {
		case "investigation", "inquiry", "probe", "review", "audit", "inspection", "inspections", "investigations", "examination":
			k = q
		}
		if k >= 0 || toks[q].kind == tokPunct && toks[q].text != "-" {
			break
		}
	}
	if k < 0 {
		return nil
	}
	if k+2 < len(toks) && (toks[k+1].low == "by" || toks[k+1].low == "from") {
		return nil // the inquiry names its author
	}
	for _, c := range out {
		if c.Kind == KindProbe {
			return nil
		}
	}
	// the sentence's main act is told last (a place read as an actor before
	// the authority's name comes first)
	for i := len(out) - 1; i >= 0; i-- {
		c := out[i]
		if (c.Kind != KindPenalty && c.Kind != KindMandate) || c.Negated || c.Actor.Type == TypeFirm {
			continue
		}
		var firms []Entity
		for _, t := range c.Targets {
			if t.Type == TypeFirm {
				firms = append(firms, t)
			}
		}
		if len(firms) == 0 {
			continue
		}
		return []Claim{{Kind: KindProbe, Actor: c.Actor, Targets: firms, Action: "investigate", Confidence: 0.55, Rule: "probe/inquiry-before-act"}}
	}
	return nil
}
