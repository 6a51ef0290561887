package extract

import "strings"

// Conditions attached to an approval of a deal, and the firm they bind.

// buildCondition: "approved the purchase ..., on condition that the buyer
// sells 40 stores": the authority that approved binds the firm named after
// "that".
func (x *ClaimExtractor) buildCondition(toks []token, ms []mention, k int, sofar []Claim, ctx *docContext) ([]Claim, string) {
	if cs, ok := conditionBoundForm(toks, ms, k, sofar, ctx); ok {
		return cs, ""
	}
	if toks[k].low == "provided" || toks[k].low == "providing" {
		return provisoOfApproval(toks, ms, k, sofar)
	}
	if k+2 < len(toks) && toks[k+1].low == "of" && conditionOfClearing(toks, k+2) {
		return mustAsCondition(toks, ms, k)
	}
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
	if d := lastDeal(sofar, nil); d != nil && boundIsMergedFirm(toks, k+1) && toks[k+2].low == "the" {
		// "on condition that the enlarged group keeps supplying ...": the buyer
		// that becomes it
		return []Claim{{Kind: KindMandate, Actor: auth.Actor, Targets: []Entity{d.Actor}, Action: "impose condition", Confidence: 0.6, Rule: "mandate/condition-merged"}}, ""
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
			case (m.firmOrName() || m.class == mOther && m.src == "name") && dealPartyNamed(lastDeal(sofar, nil), toks[m.i].text) != nil:
				// "purchase by Sumber Alfaria Trijaya ..., on condition that
				// Alfaria keeps": a short form of a side of the deal
				ts = []Entity{*dealPartyNamed(lastDeal(sofar, nil), toks[m.i].text)}
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

// dealPartyNamed: the side of deal d whose name holds word w ("Alfaria" in
// "Sumber Alfaria Trijaya"), or nil.
func dealPartyNamed(d *Claim, w string) *Entity {
	if d == nil || len(w) < 3 {
		return nil
	}
	for _, e := range append([]Entity{d.Actor}, d.Targets...) {
		for _, f := range strings.Fields(e.Name) {
			if strings.EqualFold(strings.TrimSuffix(f, "'s"), w) {
				return &e
			}
		}
	}
	return nil
}

// provisoOfApproval: "approved X's purchase of Y, provided (that) X sells
// two brands": a proviso in the sentence of an approval binds the firm it
// names first, as "on condition that" does. A proviso with no approval
// before it is the speaker's own ("would keep staff provided sales grow").
func provisoOfApproval(toks []token, ms []mention, k int, sofar []Claim) ([]Claim, string) {
	auth := lastApproval(sofar)
	if auth == nil {
		return nil, "a proviso with no approval before it"
	}
	s := k + 1
	if s < len(toks) && toks[s].low == "that" {
		s++
	}
	if t := provisoBoundFirm(toks, ms, s, auth, lastDeal(sofar, nil)); t != nil {
		return []Claim{{Kind: KindMandate, Actor: auth.Actor, Targets: []Entity{*t}, Action: "impose condition", Confidence: 0.6, Rule: "mandate/proviso"}}, ""
	}
	for i := range ms {
		m := ms[i]
		if m.i != s && !(m.i == s+1 && toks[s].low == "the") {
			continue
		}
		var t *Entity
		switch {
		case (m.firmOrName() || m.class == mOther && m.src == "name") && dealPartyNamed(lastDeal(sofar, nil), toks[m.i].text) != nil:
			t = dealPartyNamed(lastDeal(sofar, nil), toks[m.i].text)
		case m.firmOrName():
			e := asFirm(m)
			t = &e
		case m.class == mPron && !m.plural && lastDeal(sofar, nil) != nil:
			t = &lastDeal(sofar, nil).Actor
		}
		if t == nil {
			break
		}
		return []Claim{{Kind: KindMandate, Actor: auth.Actor, Targets: []Entity{*t}, Action: "impose condition", Confidence: 0.6, Rule: "mandate/proviso"}}, ""
	}
	return nil, "a proviso binding no firm"
}

// conditionOfClearing: toks from i name a clearance ("clearing",
// "approval", "the approval", "regulatory approval").
func conditionOfClearing(toks []token, i int) bool {
	for q := i; q < len(toks) && q < i+3; q++ {
		switch toks[q].low {
		case "clearing", "approving", "approval", "clearance", "authorising", "authorizing", "authorisation", "authorization":
			return true
		case "the", "its", "their", "regulatory", "antitrust", "merger":
			continue
		}
		return false
	}
	return false
}

// mustAsCondition: "the Commission said Vantix must sell its unit as a
// condition of clearing its takeover": what the firm before the modal
// must do is the clearing authority's condition on it. The authority is
// the one named before the firm (the speaker).
func mustAsCondition(toks []token, ms []mention, k int) ([]Claim, string) {
	modal := -1
	for q := k - 1; q > 0 && q >= k-14; q-- {
		if toks[q].low == "must" || (toks[q].low == "have" || toks[q].low == "has") && q+1 < k && toks[q+1].low == "to" || toks[q].low == "required" && q+1 < k && toks[q+1].low == "to" {
			modal = q
			break
		}
	}
	if modal < 0 {
		return nil, ""
	}
	var firm, auth *mention
	for i := range ms {
		m := &ms[i]
		if m.j > modal {
			break
		}
		if m.class == mAuth {
			auth = m
		}
		firm = m
	}
	end := modal
	if end > 0 && toks[end-1].low == "will" {
		end--
	}
	if firm == nil || auth == nil || firm == auth || firm.j != end || !(firm.firmOrName() || firm.class == mOther && firm.src == "name") {
		return nil, "a condition of clearing with no authority and firm before the modal"
	}
	return []Claim{{Kind: KindMandate, Actor: auth.ent, Targets: []Entity{asFirm(*firm)}, Action: "impose condition", Confidence: 0.6, Rule: "mandate/must-as-condition"}}, ""
}
