package extract

// Firms bound right after an authority acted on them, told by a definite
// description instead of their names: "The Central Bank granted licences
// to A, B and C. The lenders must cap rates", "X fined A and B. The two
// operators have 30 days to pay". The description can only mean the firms
// the article just named, and the requirement is the acting authority's
// (its licence's terms, its fine's deadline).

// lastActOnFirms is the article's latest claim when it is an authority's
// approval, penalty or mandate on named firms, with only those firms as
// targets; nil otherwise (another claim came between, or no firm was named).
func (c *docContext) lastActOnFirms() *Claim {
	if len(c.claims) == 0 {
		return nil
	}
	cl := c.claims[len(c.claims)-1]
	if cl.Negated || cl.Actor.Type == TypeFirm || !(cl.Kind == KindApproval || cl.Kind == KindPenalty || cl.Kind == KindMandate) {
		return nil
	}
	var firms []Entity
	for _, t := range cl.Targets {
		if t.Type == TypeFirm {
			firms = append(firms, t)
		}
	}
	if len(firms) == 0 {
		return nil
	}
	cl.Targets = firms
	return &cl
}

// definiteClassSubject: the mentions subj are one class of firms told as
// known ("The lenders", "the two operators"), not a class in general
// ("Lenders", "all banks").
func definiteClassSubject(toks []token, ms []mention, subj []int) bool {
	if len(subj) != 1 {
		return false
	}
	m := ms[subj[0]]
	if m.ent.Type != TypeSector {
		return false
	}
	return toks[m.i].low == "the" || m.i > 0 && toks[m.i-1].low == "the"
}

// boundAfterAct: the authority and firms a definite class subject stands
// for, when the sentence cites no one else; nil when it does not apply.
func boundAfterAct(toks []token, ms []mention, subj []int, ctx *docContext) *Claim {
	if !definiteClassSubject(toks, ms, subj) {
		return nil
	}
	if who, _ := attribution(toks, ms); who != "" {
		return nil // "..., analysts said": their view, not a requirement
	}
	return ctx.lastActOnFirms()
}

// termsNouns name the instrument whose terms a sentence opening "Under
// the ..." states.
var termsNouns = toSet(`licence license licences licenses permit approval clearance authorisation authorization terms conditions`)

// licenceMayNot: "Under the licence, Zilpay may not offer loans": toks[k]
// is "may" before "not" in a sentence that opens by citing the licence or
// approval whose terms it states.
func licenceMayNot(toks []token, k int) bool {
	if k+1 >= len(toks) || toks[k+1].low != "not" || len(toks) < 3 || toks[0].low != "under" {
		return false
	}
	for q := 1; q < k && q <= 5; q++ {
		if termsNouns[toks[q].low] {
			return true
		}
	}
	return false
}

// licenceTerms: "Under the licence, Zilpay may not offer loans": the firm
// before "may not" is bound by the authority that licensed it.
func licenceTerms(toks []token, ms []mention, k int, ctx *docContext) ([]Claim, string) {
	subj := subjectBefore(toks, ms, k, func(m mention) bool { return m.firmOrName() || m.class == mOther && m.src == "name" }, 0)
	if len(subj) != 1 || ms[subj[0]].class == mPron {
		return nil, "licence terms binding no named firm"
	}
	f := asFirm(ms[subj[0]])
	as := ctx.authsActingOnKind([]Entity{f}, map[string]bool{KindApproval: true}, "")
	if len(as) == 0 {
		return nil, "licence terms with no authority that licensed the firm"
	}
	return []Claim{{Kind: KindMandate, Actor: as[len(as)-1], Targets: []Entity{f}, Action: "must", Prohibition: true, Confidence: 0.6, Rule: "mandate/licence-terms"}}, ""
}

// groupPassiveAuthority: the authority whose latest act fell on the firms
// a plural reference opening the sentence stands for ("The companies have
// been told to ..."), or nil. Only the sentence's subject, told before the
// passive's auxiliary, counts.
func groupPassiveAuthority(toks []token, ms []mention, aux int, ctx *docContext) *Entity {
	for _, m := range ms {
		if m.j > aux {
			break
		}
		if m.class != mPron || !m.plural || len(m.group) < 2 || m.i > 1 {
			continue
		}
		if as := ctx.authsActingOn(m.group); len(as) > 0 {
			return &as[len(as)-1]
		}
	}
	return nil
}
