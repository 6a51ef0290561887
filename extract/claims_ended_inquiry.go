package extract

// An authority's act told with a participle clause that closes its own
// inquiry carries two claims: "The Commission accepted Corvina's
// commitments, ending a two-year investigation into its pricing" is the
// acceptance and the Commission's investigation of Corvina. The inquiry
// noun names no firm of its own ("into its pricing"), so the act already
// found in the sentence lends its authority and firms, instead of the
// noun being read again.

// endingParticiples open a clause telling that the act closed an inquiry.
var endingParticiples = toSet(`ending closing concluding completing terminating ended closed concluded`)

// endedInquiryNouns: what such a clause closes that is the authority's own
// examination of the firm ("review" is left out: a merger review ended by
// a clearance is the clearance alone in most writers' reading).
var endedInquiryNouns = toSet(`investigation investigations probe probes inquiry inquiries case proceedings proceeding`)

// endedInquiryActs: a probe by the authority of the sentence's last act on
// its firms, for ", ending [a/its] [N-year] investigation ..." after it.
func endedInquiryActs(toks []token, ms []mention, out []Claim) []Claim {
	q := -1
	for i := 1; i+1 < len(toks); i++ {
		if toks[i-1].text == "," && endingParticiples[toks[i].low] {
			q = i
			break
		}
	}
	if q < 0 {
		return nil
	}
	noun := -1
	for i := q + 1; i < len(toks) && i <= q+6; i++ {
		if endedInquiryNouns[toks[i].low] {
			noun = i
			break
		}
		if toks[i].kind == tokPunct && toks[i].text != "-" {
			return nil
		}
	}
	if noun < 0 {
		return nil
	}
	var act *Claim
	for n := len(out) - 1; n >= 0; n-- {
		c := &out[n]
		if (c.Kind == KindApproval || c.Kind == KindMandate || c.Kind == KindPenalty) && !c.Negated && len(c.Targets) > 0 && c.Actor.Type != TypeFirm {
			act = c
			break
		}
	}
	if act == nil {
		return nil
	}
	for _, m := range ms {
		// "ending its probe into Lakeshore": the noun names a firm of its
		// own, read by the inquiry rules, not lent by the act
		if m.i > noun && m.i <= noun+4 && m.firmOrName() && !sameEntityAny(asFirm(m), act.Targets) && m.class != mPron {
			return nil
		}
	}
	for _, c := range out {
		if c.Kind == KindProbe && len(c.Targets) > 0 && sameEntityAny(c.Actor, []Entity{act.Actor}) && sameEntityAny(c.Targets[0], act.Targets) {
			return nil // already told
		}
	}
	return []Claim{{Kind: KindProbe, Actor: act.Actor, Targets: act.Targets, Action: "investigate", Certainty: act.Certainty, Attribution: act.Attribution, Confidence: 0.55, Rule: "probe/ended-inquiry"}}
}
