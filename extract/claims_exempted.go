package extract

// Firms set outside an act told just before: "Grameenphone and Robi were
// not subject to the ban", "The directive does not apply to Gojek and
// Grab", "A and B were exempt from the fine". The authority that acted
// denies acting on them: a negated claim of the act's kind, one per firm
// named, by the authority of the latest such act.

// exemptNouns name the act a firm is outside of, by kind.
var exemptNouns = map[string]string{
	"ban": KindMandate, "bans": KindMandate, "directive": KindMandate, "order": KindMandate, "orders": KindMandate,
	"rule": KindMandate, "rules": KindMandate, "requirement": KindMandate, "requirements": KindMandate,
	"restriction": KindMandate, "restrictions": KindMandate, "measure": KindMandate, "measures": KindMandate,
	"suspension": KindMandate, "cap": KindMandate, "instruction": KindMandate, "instructions": KindMandate,
	"fine": KindPenalty, "fines": KindPenalty, "penalty": KindPenalty, "penalties": KindPenalty,
	"sanction": KindPenalty, "sanctions": KindPenalty,
	"investigation": KindProbe, "probe": KindProbe, "inquiry": KindProbe, "review": KindProbe, "raids": KindProbe,
}

// exemptedParties finds the exemption phrases of one sentence and returns
// the negated claims they make.
func exemptedParties(toks []token, ms []mention, ctx *docContext, out []Claim) []Claim {
	var res []Claim
	for p := 1; p+2 < len(toks); p++ {
		var kind string
		var idx []int
		switch {
		case toks[p].low == "not" && toks[p+1].low == "subject" && toks[p+2].low == "to":
			// "A and B were not subject to the ban"
			kind = exemptNounAt(toks, p+3)
			if kind != "" && toks[p-1].lex&lxBeForm != 0 {
				idx = subjectBefore(toks, ms, p-1, func(m mention) bool { return m.firmOrName() }, 0)
			}
		case (toks[p].low == "exempt" || toks[p].low == "exempted") && toks[p+1].low == "from" && toks[p-1].lex&lxBeForm != 0:
			// "A and B were exempt from the fine"
			kind = exemptNounAt(toks, p+2)
			if kind != "" {
				idx = subjectBefore(toks, ms, p-1, func(m mention) bool { return m.firmOrName() }, 0)
			}
		case toks[p].low == "not" && toks[p+1].low == "apply" && toks[p+2].low == "to" && p >= 2:
			// "The directive does not apply to A and B"
			if w := toks[p-1].low; w != "does" && w != "do" && w != "did" && w != "will" && w != "would" {
				continue
			}
			for q := p - 2; q >= 0 && q >= p-4; q-- {
				if kind = exemptNounAt(toks, q); kind != "" {
					break
				}
			}
			if kind != "" {
				for n := range ms {
					if ms[n].i == p+3 && ms[n].firmOrName() {
						idx = listFrom(toks, ms, n)
						break
					}
				}
			}
		}
		if kind == "" || len(idx) == 0 {
			continue
		}
		act := latestAct(kind, ctx.claims, out)
		if act == nil {
			continue // nothing told before that they could be outside of
		}
		var ts []Entity
		for _, n := range idx {
			if e := asFirm(ms[n]); ms[n].firmOrName() && !sameEntityAny(e, act.Targets) {
				ts = append(ts, e)
			}
		}
		if len(ts) == 0 {
			continue
		}
		res = append(res, Claim{Kind: kind, Actor: act.Actor, Targets: ts, Action: act.Action, Negated: true, Confidence: 0.6, Rule: kind + "/exempted"})
	}
	return res
}

// exemptNounAt: the kind of the act noun at q, past "the", "its", "this"
// and one plain modifier ("the new ban"); "" when none.
func exemptNounAt(toks []token, q int) string {
	if q < len(toks) && (toks[q].low == "the" || toks[q].low == "its" || toks[q].low == "this" || toks[q].low == "that" || toks[q].low == "any") {
		q++
	}
	for n := 0; n < 2 && q < len(toks); n, q = n+1, q+1 {
		if k := exemptNouns[toks[q].low]; k != "" {
			return k
		}
		if toks[q].kind != tokWord || toks[q].upper {
			return ""
		}
	}
	return ""
}

// latestAct: the last non-negated authority act of kind told in this
// sentence or before it.
func latestAct(kind string, before, now []Claim) *Claim {
	for _, cs := range [][]Claim{now, before} {
		for i := len(cs) - 1; i >= 0; i-- {
			c := &cs[i]
			if c.Kind == kind && !c.Negated && c.Actor.Type != TypeFirm && c.Actor.Name != "" {
				return c
			}
		}
	}
	return nil
}
