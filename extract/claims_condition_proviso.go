package extract

// Provisos and requirements that ride on an approval without the word
// "condition": "approved the merger, provided the combined carrier gives
// up slots", "gave X approval in principle, provided it raises its
// capital", "The approval ... came with a requirement that the combined
// lender keep its branches". The firm bound is named the ways a condition
// names it (the merged firm and a bare "it" are the buyer, or the one firm
// approved when no deal was told).

// provisoBoundFirm: the firm a proviso opening at s binds, or nil when it
// names none of the approved parties' forms.
func provisoBoundFirm(toks []token, ms []mention, s int, auth, deal *Claim) *Entity {
	if deal == nil && len(auth.Targets) > 0 {
		// no deal told apart: the approved firm (first the buyer of a bid)
		deal = &Claim{Actor: auth.Targets[0], Targets: auth.Targets[1:]}
	}
	firm, end := conditionBoundFirm(toks, ms, s, deal)
	if firm == nil || end >= len(toks) || firm.Type == TypeSector {
		return nil
	}
	// the bound firm must act next: "it raises", "the combined carrier gives
	// up", "X sells", "X will keep"
	if w := toks[end]; w.kind != tokWord || w.upper {
		return nil
	}
	return firm
}

// approvalCameWith: "The Central Bank's approval of X's takeover came with
// a requirement that ...": the approval this sentence told carries the
// requirement at k.
func approvalCameWith(toks []token, k int, sofar []Claim) bool {
	if lastApproval(sofar) == nil {
		return false
	}
	return wordWithin(toks, max(0, k-4), 4, "with", "includes", "included", "including", "carries", "carried", "imposed", "attached")
}

// itAfterApproval: "authorised A to take over B, but ordered it to keep B's
// brands": a bare "it" bound in the sentence of a deal's approval is the
// buyer the authority let in, whichever name came last. It returns the
// buyer when the object at idx is such an "it" standing for another side.
func itAfterApproval(toks []token, ms []mention, idx []int, sofar []Claim) *Entity {
	if len(idx) != 1 {
		return nil
	}
	m := ms[idx[0]]
	if m.class != mPron || m.plural || toks[m.i].low != "it" || m.firmRef == nil {
		return nil
	}
	// the sides approved in this sentence (one claim or one per side)
	var sides []Entity
	for _, c := range sofar {
		if c.Kind == KindApproval && !c.Negated {
			sides = append(sides, c.Targets...)
		}
	}
	if len(sides) == 0 {
		return nil
	}
	buyer := sides[0]
	if d := lastDeal(sofar, nil); d != nil {
		// "authorised A to take over B": the approval names A, the deal both
		buyer = d.Actor
		sides = append(sides, d.Actor)
		sides = append(sides, d.Targets...)
	}
	if sameEntity(*m.firmRef, buyer) || !sameEntityAny(*m.firmRef, sides) {
		return nil
	}
	return &buyer
}

// mergedFirmMust: "The authority said the combined entity must keep
// supplying grocers" after a cleared deal: the merged firm is the buyer of
// the last deal told (or the first firm approved), bound by the authority
// the sentence names or, failing one, the one that approved.
func mergedFirmMust(toks []token, ms []mention, k, e int, ctx *docContext) *Claim {
	if e < 3 || toks[e-3].low != "the" || !combinedNouns[toks[e-1].low] {
		return nil
	}
	switch toks[e-2].low {
	case "combined", "merged", "enlarged":
	default:
		return nil
	}
	appr := lastApproval(ctx.claims)
	var firm *Entity
	if d := lastDeal(nil, ctx.claims); d != nil {
		firm = &d.Actor
	} else if appr != nil && len(appr.Targets) > 0 {
		firm = &appr.Targets[0]
	}
	if firm == nil || firm.Type != TypeFirm {
		return nil
	}
	a := nearestAuth(toks, ms, k, true)
	if a == nil && appr != nil {
		a = &appr.Actor
	}
	if a == nil {
		return nil
	}
	proh := k+1 < len(toks) && (toks[k+1].low == "not" || toks[k+1].low == "stop")
	return &Claim{Kind: KindMandate, Actor: *a, Targets: []Entity{*firm}, Action: "must", Prohibition: proh, Confidence: 0.6, Rule: "mandate/must-merged-firm"}
}

// grantedDocumentAfter: "gave X a provisional licence", "has given the
// lender a permit to ...": a licence or permit given is granted, as
// "approval" given is.
func grantedDocumentAfter(toks []token, k int) bool {
	for q := k + 1; q < len(toks) && q <= k+7; q++ {
		switch toks[q].low {
		case "licence", "license", "licences", "licenses", "permit", "permits", "authorisation", "authorization", "waiver", "exemption":
			return true
		}
		if toks[q].kind == tokPunct && toks[q].text != "-" && toks[q].text != "'s" {
			return false
		}
	}
	return false
}
