package extract

// "The Commission made Aspen's commitments legally binding": the authority
// turns a firm's own offer into an obligation, a requirement on the firm
// (mandate) even though no ordering verb is used. Often told with a second
// act in the same sentence (", ending a four-year investigation"), which
// endedInquiryActs reads from the claim made here.

// commitmentNouns name a firm's offer to an authority.
var commitmentNouns = toSet(`commitments commitment undertakings undertaking pledges remedies promises concessions`)

// bindingCommitments: the mandate told by "made [X's] commitments [legally]
// binding" or "made legally binding the commitments offered by X", and the
// index of "made"; nil when no authority made them binding or no firm
// offered them.
func bindingCommitments(toks []token, ms []mention, out []Claim) (*Claim, int) {
	for v := 1; v+3 < len(toks); v++ {
		switch toks[v].low {
		case "made", "makes", "make", "making", "rendered":
		default:
			continue
		}
		noun, bind := -1, -1
		for i := v + 1; i < len(toks) && i <= v+12; i++ {
			w := toks[i].low
			if commitmentNouns[w] && noun < 0 {
				noun = i
			}
			if w == "binding" || w == "enforceable" {
				bind = i
			}
			if toks[i].kind == tokPunct && toks[i].text != "'" && toks[i].text != "’" {
				break
			}
		}
		if noun < 0 || bind < 0 {
			continue
		}
		var firm *Entity
		for n, m := range ms {
			if m.j == noun && m.poss && m.firmOrName() || m.j == noun-1 && m.poss && m.firmOrName() {
				e := asFirm(ms[n])
				firm = &e
				break
			}
			if m.i > noun && m.i <= noun+4 && m.firmOrName() && wordWithin(toks, noun+1, m.i-noun-1, "by", "from", "of") {
				e := asFirm(ms[n])
				firm = &e
				break
			}
		}
		if firm == nil {
			continue
		}
		subj := subjectBefore(toks, ms, v, isAuth, 6)
		auths := entitiesOf(ms, subj, isAuth, "auth")
		if len(auths) == 0 {
			continue
		}
		for _, c := range out {
			if c.Kind == KindMandate && sameEntityAny(*firm, c.Targets) {
				return nil, 0
			}
		}
		return &Claim{Kind: KindMandate, Actor: auths[0], Targets: []Entity{*firm}, Action: "make commitments binding", Confidence: 0.6, Rule: "mandate/commitments-binding"}, v
	}
	return nil, 0
}
