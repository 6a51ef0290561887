package extract

// Responses read from the shape of the sentence rather than a verb of
// answering: a later course change, or the firm's lawyers in a filing.

// compliesAfter returns the comply response of a firm that, as the
// sentence's subject, changes course "after" an authority bound it in the
// same sentence: "Google will allow rival billing after KPPU ordered it to
// ...", "Uber has begun registering drivers after a court required it to".
// The later act is the answer even without a word like "comply".
func compliesAfter(toks []token, ms []mention, out []Claim) []Claim {
	if len(ms) == 0 || ms[0].i > 1 || ms[0].class != mFirm {
		return nil
	}
	f := ms[0].ent
	for _, c := range out {
		if c.Kind == KindResponse && c.Actor.Canonical == f.Canonical {
			return nil // the firm answered in words already
		}
	}
	// the firm's own verb: a future or begun change, not speech or a result
	v := ms[0].j
	if v < len(toks) && toks[v].low == "'s" {
		return nil // "Google's shares fell after ..."
	}
	if v >= len(toks) || !changeOpeners[toks[v].low] {
		return nil
	}
	if v+1 < len(toks) && (toks[v+1].low == "not" || toks[v+1].low == "n't" || resistAfterModal[toks[v+1].low]) {
		return nil
	}
	after := -1
	for n := v + 1; n < len(toks); n++ {
		if toks[n].low == "after" {
			after = n
			break
		}
		if attributionVerbs[toks[n].low] {
			return nil
		}
	}
	if after < 0 {
		return nil
	}
	var res []Claim
	seen := map[string]bool{}
	for _, c := range out {
		if c.Kind != KindMandate && c.Kind != KindPenalty || c.Negated || seen[c.Actor.Canonical] {
			continue
		}
		bound := false
		for _, t := range c.Targets {
			if t.Canonical == f.Canonical {
				bound = true
			}
		}
		if !bound || !namedAfter(toks, ms, after, c.Actor) {
			continue
		}
		seen[c.Actor.Canonical] = true
		res = append(res, Claim{Kind: KindResponse, Actor: f, Targets: []Entity{c.Actor}, Action: "comply", Stance: "comply", Confidence: 0.6, Rule: "response/complies-after"})
	}
	return res
}

// changeOpeners start the firm's own course change: "will allow", "has
// begun", "agreed to", "dropped", "scrapped".
var changeOpeners = toSet(`will is has have agreed began started plans dropped scrapped removed suspended halted stopped withdrew lowered cut refunded changed ended pulled opened lifted`)

// resistAfterModal: "will appeal after ..." is a resisting answer the
// lexicon already reads.
var resistAfterModal = toSet(`appeal challenge contest fight face appealing challenging contesting fighting facing`)

// namedAfter reports whether the authority is named after token n.
func namedAfter(toks []token, ms []mention, n int, a Entity) bool {
	for _, m := range ms {
		if m.i > n && m.class == mAuth && m.ent.Canonical == a.Canonical {
			return true
		}
	}
	return false
}

// lawyersContest returns the resisting response of a firm whose lawyers
// speak in a legal filing about an authority's act on it: "..., the
// company's lawyers said in a complaint filed with a Kyiv court".
func lawyersContest(toks []token, out []Claim) []Claim {
	lawyers, filing := false, false
	for n, t := range toks {
		switch t.low {
		case "lawyers", "lawyer", "attorneys", "attorney", "counsel":
			// the lawyers speak ("lawyers said", "lawyers for X argued"), not
			// an "Attorney General" who acts
			for q := n + 1; q < len(toks) && q <= n+4; q++ {
				if attributionVerbs[toks[q].low] || toks[q].low == "argued" || toks[q].low == "alleged" {
					lawyers = true
				}
			}
		case "complaint", "filing", "lawsuit", "petition", "appeal", "suit", "motion":
			filing = true
		}
	}
	if !lawyers || !filing {
		return nil
	}
	var res []Claim
	if hasKindIn(out, KindResponse) {
		return nil // the firm's answer is read already
	}
	for _, c := range out {
		if c.Kind != KindPenalty && c.Kind != KindMandate && c.Kind != KindProbe || c.Negated || len(c.Targets) != 1 || c.Targets[0].Type != TypeFirm {
			continue
		}
		res = append(res, Claim{Kind: KindResponse, Actor: c.Targets[0], Targets: []Entity{c.Actor}, Action: "contest", Stance: "resist", Confidence: 0.55, Rule: "response/lawyers-filing"})
	}
	return res
}
