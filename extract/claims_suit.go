package extract

// Suits by firms. Per the claims spec a firm suing a firm is an action, and
// a firm suing its regulator (or the state) is a response that resists it.

// buildFirmSuit: "Nintendo has filed a patent lawsuit against Pocketpair"
// (action), "Lari Capital filed a suit against the National Bank of
// Georgia" (response, resist).
func (x *ClaimExtractor) buildFirmSuit(toks []token, ms []mention, k int, subj []int, neg bool) ([]Claim, string) {
	actors := entitiesOf(ms, subj, func(m mention) bool { return m.firmOrName() }, "firm")
	if len(actors) == 0 {
		return nil, "case filed by no firm"
	}
	for a := k + 1; a < len(toks) && a <= k+6; a++ {
		if toks[a].low != "against" {
			continue
		}
		// "filed a lawsuit against a rival marketplace, Souq Al Khaleej,"
		if d := describedName(toks, ms, a+1); d >= 0 && !sameEntityAny(asFirm(ms[d]), actors) {
			return []Claim{{Kind: KindAction, Actor: actors[0], Targets: []Entity{asFirm(ms[d])}, Action: "sue", Negated: neg, Confidence: 0.7, Rule: "action/case-filed"}}, ""
		}
		break
	}
	for i := range ms {
		m := ms[i]
		if m.i <= k || m.i > k+12 || !precededBy(toks, m.i, k, "against") {
			continue
		}
		switch {
		case m.class == mAuth && m.ent.Type != TypeCourt:
			return append(suitAgainstAuthority(toks, k, actors, m.ent, neg), coDefendants(toks, ms, i, actors, neg)...), ""
		case m.firmOrName():
			var ts []Entity
			for _, e := range entitiesOf(ms, listFrom(toks, ms, i), isFirmish, "firm") {
				if e.Type == TypeFirm && !sameEntityAny(e, actors) {
					ts = append(ts, e)
				}
			}
			if len(ts) == 0 {
				return nil, "case filed against the firm itself"
			}
			return []Claim{{Kind: KindAction, Actor: actors[0], Targets: ts, Action: "sue", Negated: neg, Confidence: 0.7, Rule: "action/case-filed"}}, ""
		}
	}
	return nil, "case filed against no firm or authority"
}

// suitAgainstAuthority: each suing firm resists the authority it sues; a
// suit "over a fine" (or penalty) also tells that the authority fined it.
func suitAgainstAuthority(toks []token, k int, actors []Entity, auth Entity, neg bool) []Claim {
	var out []Claim
	for _, a := range actors {
		out = append(out, Claim{Kind: KindResponse, Actor: a, Targets: []Entity{auth}, Action: "sue", Stance: "resist", Negated: neg, Confidence: 0.7, Rule: "response/sue-authority"})
	}
	if f := fineContested(toks, k); f >= 0 && !neg {
		c := Claim{Kind: KindPenalty, Actor: auth, Targets: actors, Action: "fine", Confidence: 0.6, Rule: "penalty/contested-fine"}
		c.Amount, _ = findAmount(toks, f)
		out = append(out, c)
	}
	return out
}

// fineContested: the fine or penalty noun of "over/against a fine" within
// the clause after k, or -1.
func fineContested(toks []token, k int) int {
	over := false
	for i := k + 1; i < len(toks) && i <= k+16; i++ {
		w := toks[i].low
		if toks[i].text == ";" || w == "which" || w == "while" || w == "but" {
			break
		}
		if w == "over" || w == "against" || w == "challenging" || w == "contesting" {
			over = true
		}
		if over && (w == "fine" || w == "penalty" || w == "fines" || w == "penalties") {
			return i
		}
	}
	return -1
}

// suedAuthority: the authority (not a court, which is only the venue) a
// firm sues in the active voice ("Lari Capital has sued the National Bank
// of Georgia"), or nil.
func suedAuthority(tg trigger, targets []Entity, aux int) *Entity {
	if tg.lemma != "sue" || aux >= 0 {
		return nil
	}
	for i := range targets {
		switch targets[i].Type {
		case TypeRegulator, TypeGovernment, TypeLegislature:
			return &targets[i]
		}
	}
	return nil
}

// coDefendants: firms sued together with the authority ("against the
// regulator and NNPC Ltd"): a suit by a firm against a firm, an action.
func coDefendants(toks []token, ms []mention, a int, actors []Entity, neg bool) []Claim {
	var out []Claim
	for i := a + 1; i < len(ms) && ms[i].i <= ms[a].j+8; i++ {
		m := ms[i]
		if !m.firmOrName() || m.ref || m.i < 1 || toks[m.i-1].low != "and" {
			continue
		}
		// only names and an acronym in brackets between the authority and "and"
		for q := ms[a].j; q < m.i-1; q++ {
			if t := toks[q]; !(t.text == "(" || t.text == ")" || t.upper) {
				return out
			}
		}
		if e := asFirm(m); !sameEntityAny(e, actors) {
			out = append(out, Claim{Kind: KindAction, Actor: actors[0], Targets: []Entity{e}, Action: "sue", Negated: neg, Confidence: 0.6, Rule: "action/case-filed-co-defendant"})
		}
		break
	}
	return out
}
