package extract

// Inquiries told without their agent. Reporters everywhere write "after
// inspectors found ...", "inspectors had found ..." or "the regulator said
// an audit had found ..." and leave the inspectors' employer to the act or
// the speaker beside them; the firm's own staff ("its inspectors", "an
// internal audit" in a firm's words) examine nobody on an authority's
// behalf.

// peopleFound: "inspectors found", "investigators had found", "examiners
// have found": the people at k are told by what they found.
func peopleFound(toks []token, k int) bool {
	v := inquiryFound(toks, k)
	if v == k+1 {
		return true
	}
	if v != k+2 {
		return false
	}
	switch toks[k+1].low {
	case "had", "have", "has", "also", "later":
		return true
	}
	return false
}

// agentlessPeople: inspectors or investigators at k whom no body owns in
// the words before them ("inspectors found", not "its inspectors" or "FDA
// inspectors").
func agentlessPeople(toks []token, ms []mention, k int) bool {
	switch toks[k].low {
	case "inspectors", "investigators", "examiners":
	default:
		return false
	}
	if k == 0 {
		return true
	}
	switch toks[k-1].low {
	case "its", "their", "our", "own", "'s", "internal", "company", "independent":
		return false
	}
	for _, m := range ms {
		if m.j == k {
			return false
		}
	}
	return true
}

// speakerOfInquiry: "BaFin said an audit had found ...", "The regulator said
// that an inspection showed ...": an inquiry with no agent of its own,
// told in the words of the authority that is the sentence's subject, is
// that authority's. It returns the authority, or nil when the speaker is
// not one (a firm's "internal audit" stays the firm's).
func speakerOfInquiry(toks []token, ms []mention, k int) *Entity {
	q := k - 1
	for n := 0; q >= 0 && n < 3 && toks[q].kind == tokWord && !attributionVerbs[toks[q].low]; n++ {
		switch toks[q].low {
		case "internal", "independent", "own", "its", "their", "company":
			return nil
		}
		q--
	}
	if q >= 0 && toks[q].low == "that" {
		q--
	}
	if q < 1 || !saidVerbs[toks[q].low] {
		return nil
	}
	for _, m := range ms {
		if m.j != q {
			continue
		}
		if m.class == mAuth && !m.poss {
			e := m.ent
			return &e
		}
		if m.class == mPron && m.authRef != nil && m.firmRef == nil {
			e := *m.authRef
			return &e
		}
	}
	return nil
}

// saidVerbs tell what a speaker stated.
var saidVerbs = toSet(`said says added stated noted explained`)

// inquiryStartedWords tell an inquiry was set going, in the passive after
// its noun ("a forensic audit had been ordered", "an inspection was
// launched").
var inquiryStartedWords = toSet(`ordered launched opened started begun commissioned initiated`)

// spokenInquiryStarted: "The markets regulator said a forensic audit had
// been ordered": an agentless inquiry the speaking authority reports as
// set going examines the firm that authority last acted on.
func spokenInquiryStarted(toks []token, ms []mention, k int, ctx *docContext) []Claim {
	q := k + 1
	for q < len(toks) && q <= k+3 && beForms[toks[q].low] {
		q++
	}
	if q == k+1 || q >= len(toks) || !inquiryStartedWords[toks[q].low] {
		return nil
	}
	a := speakerOfInquiry(toks, ms, k)
	if a == nil {
		return nil
	}
	f := ctx.lastActedOn()
	if f == nil || !sameEntityAny(*a, ctx.authsActingOn([]Entity{*f})) {
		return nil
	}
	return []Claim{{Kind: KindProbe, Actor: *a, Targets: []Entity{*f}, Action: "investigate", Confidence: 0.55, Rule: "probe/inquiry-started-said"}}
}
