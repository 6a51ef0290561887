package extract

// Who a state case is against, told apart from the verb that files it:
// "X was also named as a defendant" (or "was not named") after an
// authority's suit, and "is (not) pursuing charges against X". Both are
// the authority's suit on the firm, negated when the words deny it.

// casePartyActs returns the probes these forms tell in one sentence.
func casePartyActs(toks []token, ms []mention, ctx *docContext, out []Claim) []Claim {
	for _, c := range out {
		if c.Kind == KindProbe {
			return nil // the sentence's own frames read the case
		}
	}
	for k := 1; k+2 < len(toks); k++ {
		switch toks[k].low {
		case "named":
			if c := namedDefendant(toks, ms, k, ctx); c != nil {
				return []Claim{*c}
			}
		case "pursue", "pursues", "pursued", "pursuing":
			if c := pursuedCharges(toks, ms, k, ctx); c != nil {
				return []Claim{*c}
			}
		}
	}
	return nil
}

// namedDefendant: "Fulton Trust Bank was (also / not) named as a
// defendant": the firm before the passive is a party to the suit the
// article's authority brought.
func namedDefendant(toks []token, ms []mention, k int, ctx *docContext) *Claim {
	if toks[k+1].low != "as" || !wordWithin(toks, k+2, 3, "defendant", "defendants", "respondent", "respondents") {
		return nil
	}
	aux := -1
	for q := k - 1; q >= 0 && q >= k-4; q-- {
		if toks[q].low == "was" || toks[q].low == "were" || toks[q].low == "been" || toks[q].low == "is" || toks[q].low == "are" {
			aux = q
			break
		}
	}
	if aux < 1 {
		return nil
	}
	var firms []Entity
	for _, i := range subjectBefore(toks, ms, aux, func(m mention) bool { return m.firmOrName() }, 3) {
		if ms[i].firmOrName() {
			firms = append(firms, asFirm(ms[i]))
		}
	}
	if len(firms) == 0 {
		return nil
	}
	for i := len(ctx.claims) - 1; i >= 0; i-- {
		c := ctx.claims[i]
		if c.Kind == KindProbe && c.Action == "sue" && c.Actor.Type != TypeFirm {
			return &Claim{Kind: KindProbe, Actor: c.Actor, Targets: firms, Action: "sue", Negated: negatedAt(toks, k), Confidence: 0.55, Rule: "probe/named-defendant"}
		}
	}
	return nil
}

// pursuedCharges: "the agency said it was not pursuing charges against
// X": an authority (the sentence's subject, or the "it" standing for one)
// pressing or dropping a case against a firm.
func pursuedCharges(toks []token, ms []mention, k int, ctx *docContext) *Claim {
	if !wordWithin(toks, k+1, 3, "charges", "case", "cases", "action", "proceedings", "prosecution") {
		return nil
	}
	t := firmInPhraseAfter(toks, ms, k, 8, "against")
	if t < 0 {
		return nil
	}
	var actor *Entity
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if m.j > k {
			continue
		}
		if m.class == mAuth {
			e := m.ent
			actor = &e
		} else if m.class == mPron && m.authRef != nil {
			actor = m.authRef
		}
		break
	}
	if actor == nil {
		return nil
	}
	return &Claim{Kind: KindProbe, Actor: *actor, Targets: []Entity{asFirm(ms[t])}, Action: "sue", Negated: negatedAt(toks, k), Confidence: 0.55, Rule: "probe/pursued-charges"}
}
