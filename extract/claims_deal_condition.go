package extract

// Conditions attached to an approval of a deal, and the firm they bind.

// buildCondition: "approved the purchase ..., on condition that the buyer
// sells 40 stores": the authority that approved binds the firm named after
// "that".
func (x *ClaimExtractor) buildCondition(toks []token, ms []mention, k int, sofar []Claim, ctx *docContext) ([]Claim, string) {
	if k == 0 || !(toks[k-1].low == "on" || toks[k-1].low == "the" && k > 1 && toks[k-2].low == "on") || k+2 >= len(toks) || toks[k+1].low != "that" {
		if k+2 >= len(toks) || toks[k+1].low != "that" || !approvalCarriesCondition(toks, k) {
			return nil, ""
		}
		// "The approval came with a condition that Helios keep ...", "The
		// clearance is subject to the condition that X ...": the approval
		// told before binds the firm named after "that"
		if sofar == nil || lastApproval(sofar) == nil {
			sofar = ctx.claims
		}
	}
	auth := lastApproval(sofar)
	if auth == nil {
		return nil, "a condition with no approval before it"
	}
	if toks[k+2].low == "the" && k+3 < len(toks) {
		// "on condition that the buyer sells ...": a side of the deal just approved
		if d := lastDeal(sofar, nil); d != nil {
			switch toks[k+3].low {
			case "buyer", "acquirer", "purchaser":
				return []Claim{{Kind: KindMandate, Actor: auth.Actor, Targets: []Entity{d.Actor}, Action: "impose condition", Confidence: 0.6, Rule: "mandate/condition"}}, ""
			case "seller", "target":
				return []Claim{{Kind: KindMandate, Actor: auth.Actor, Targets: d.Targets, Action: "impose condition", Confidence: 0.6, Rule: "mandate/condition"}}, ""
			case "companies", "parties", "firms":
				return []Claim{{Kind: KindMandate, Actor: auth.Actor, Targets: append([]Entity{d.Actor}, d.Targets...), Action: "impose condition", Confidence: 0.6, Rule: "mandate/condition"}}, ""
			}
		}
	}
	for i := range ms {
		if ms[i].i == k+2 || ms[i].i == k+3 && toks[k+2].low == "the" {
			var ts []Entity
			switch m := ms[i]; {
			case m.firmOrName():
				ts = []Entity{asFirm(m)}
			case m.class == mPron && !m.plural && lastDeal(sofar, nil) != nil:
				// "approved X's purchase of Y on condition that it keep ...":
				// the buyer the authority let in is bound, not the last name
				ts = []Entity{lastDeal(sofar, nil).Actor}
			case m.class == mPron && m.firmRef != nil:
				ts = []Entity{*m.firmRef}
			}
			if len(ts) == 0 {
				break
			}
			return []Claim{{Kind: KindMandate, Actor: auth.Actor, Targets: ts, Action: "impose condition", Confidence: 0.6, Rule: "mandate/condition"}}, ""
		}
	}
	return nil, "a condition binding no firm"
}

// lastApproval is the latest approval among cs.
func lastApproval(cs []Claim) *Claim {
	for i := len(cs) - 1; i >= 0; i-- {
		if cs[i].Kind == KindApproval {
			return &cs[i]
		}
	}
	return nil
}

// approvalCarriesCondition: the sentence opens with the approval noun
// ("The approval/clearance/go-ahead ...") and the condition is its own
// ("came with a condition", "is subject to the condition", "was conditional
// on the condition").
func approvalCarriesCondition(toks []token, k int) bool {
	open := false
	for q := 0; q < k && q < 3; q++ {
		switch toks[q].low {
		case "approval", "clearance", "go-ahead", "nod", "authorisation", "authorization", "licence", "license", "permit":
			open = true
		}
	}
	return open && wordWithin(toks, max(0, k-4), 4, "with", "subject", "under", "carries", "carried", "includes", "included")
}
