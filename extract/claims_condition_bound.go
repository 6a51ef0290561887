package extract

import "strings"

// Conditions of a clearance told without "on condition that": the firm
// bound stands as the subject of a gerund ("subject to X selling ..."), as
// the object of the approval noun ("The approval requires X to keep ...")
// or after a requirement noun among the conditions ("conditions, including
// a requirement that X spend ..."). Writers in every region use these as
// freely as "on condition that"; each binds the firm it names, and each is
// the approving authority's mandate. A condition naming no firm ("subject
// to the sale of two plants", "subject to conditions protecting jobs")
// binds nobody by name, as dev annotates it.

// conditionBoundForm reports whether toks[k] opens one of these forms and,
// when it does, the mandate it tells (nil when the form binds no firm).
func conditionBoundForm(toks []token, ms []mention, k int, sofar []Claim, ctx *docContext) ([]Claim, bool) {
	var start int
	switch toks[k].low {
	case "subject":
		// "subject to X selling": the approval must be this sentence's
		if k+2 >= len(toks) || toks[k+1].low != "to" || lastApproval(sofar) == nil {
			return nil, true
		}
		start = k + 2
	case "requires", "required", "obliges", "obliged", "compels", "binds":
		// "The approval requires X to ...": the approval noun is the subject
		if !approvalNounBefore(toks, k) {
			return nil, false
		}
		start = k + 1
	case "requirement":
		// "came with conditions, including a requirement that X ..."
		if k+2 >= len(toks) || toks[k+1].low != "that" || !wordWithin(toks, max(0, k-6), 6, "conditions", "condition") && !approvalCameWith(toks, k, sofar) {
			return nil, true
		}
		start = k + 2
	default:
		return nil, false
	}
	auth := lastApproval(sofar)
	if auth == nil && ctx != nil {
		auth = lastApproval(ctx.claims)
	}
	if auth == nil {
		return nil, true
	}
	var before []Claim
	if ctx != nil {
		before = ctx.claims
	}
	deal := lastDeal(sofar, before)
	if deal == nil && len(auth.Targets) > 0 {
		// no deal told apart ("the Tribunal's approval of X's bid for a
		// stake in Y"): the approval's own sides, buyer first
		deal = &Claim{Actor: auth.Targets[0], Targets: auth.Targets[1:]}
	}
	firm, end := conditionBoundFirm(toks, ms, start, deal)
	if firm == nil || end >= len(toks) {
		return nil, true
	}
	switch toks[k].low {
	case "subject":
		// the bound firm must act: "X selling", "the merged group keeping"
		if !strings.HasSuffix(toks[end].low, "ing") || len(toks[end].low) < 5 {
			return nil, true
		}
	case "requirement":
	default:
		if toks[end].low != "to" {
			return nil, true
		}
	}
	return []Claim{{Kind: KindMandate, Actor: auth.Actor, Targets: []Entity{*firm}, Action: "impose condition", Confidence: 0.6, Rule: "mandate/condition-bound"}}, true
}

// approvalNounBefore: an approval noun opens the clause just before the
// verb at k ("The approval requires", "The CMA's clearance obliges").
func approvalNounBefore(toks []token, k int) bool {
	for q := k - 1; q >= 0 && q >= k-3; q-- {
		switch toks[q].low {
		case "approval", "clearance", "authorisation", "authorization", "consent", "go-ahead", "decision", "ruling":
			return q == k-1
		}
	}
	return false
}

// combinedNouns are the heads of "the combined company"-style references to
// the firm a merger makes, which the condition binds through its buyer.
var combinedNouns = toSet(`company group entity lender bank firm business operator carrier insurer airline`)

// conditionBoundFirm: the firm named from token s ("Tata Steel", "the
// buyer", "the merged group", "it") and the token just after its name; nil
// when no firm stands there. A short form of a side of the deal is that
// side, and the merged firm is the buyer.
func conditionBoundFirm(toks []token, ms []mention, s int, deal *Claim) (*Entity, int) {
	q := s
	if q < len(toks) && toks[q].low == "the" {
		q++
	}
	if q+1 < len(toks) && deal != nil {
		switch toks[q].low {
		case "buyer", "acquirer", "purchaser", "bidder":
			return &deal.Actor, q + 1
		case "combined", "merged", "enlarged", "new":
			if combinedNouns[toks[q+1].low] {
				return &deal.Actor, q + 2
			}
		}
	}
	for i := range ms {
		m := ms[i]
		if m.i != s && m.i != q {
			continue
		}
		switch {
		case (m.firmOrName() || m.class == mOther && m.src == "name") && dealPartyNamed(deal, toks[m.i].text) != nil:
			return dealPartyNamed(deal, toks[m.i].text), m.j
		case m.firmOrName():
			e := asFirm(m)
			return &e, m.j
		case m.class == mPron && !m.plural && deal != nil:
			return &deal.Actor, m.j
		case m.class == mPron && m.firmRef != nil:
			return m.firmRef, m.j
		}
		return nil, 0
	}
	return nil, 0
}
