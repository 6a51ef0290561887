package extract

// "Scania is still under investigation", "Another 14 lending apps remain
// under investigation, it added": a firm, or a counted class of firms,
// said to be under an inquiry with no authority in the sentence is under
// the inquiry of the authority the article told acting before.

var underInquiryNouns = toSet(`investigation investigations inquiry inquiries probe scrutiny review`)

var underInquiryVerbs = toSet(`is are was were remain remains remained stay stays stayed`)

// underInquiry: the probe of the article's latest authority on the
// subject of "<subject> is/remains (still) under investigation".
func underInquiry(toks []token, ms []mention, ctx *docContext) []Claim {
	for u := 2; u+1 < len(toks); u++ {
		if toks[u].low != "under" || !underInquiryNouns[toks[u+1].low] {
			continue
		}
		v := u - 1
		if toks[v].low == "still" || toks[v].low == "also" || toks[v].low == "now" {
			v--
		}
		if v < 1 || !underInquiryVerbs[toks[v].low] {
			return nil
		}
		for _, m := range ms {
			if (m.class == mAuth || m.class == mPlace) && m.i < u {
				return nil // the sentence names its authority: the frames' business
			}
		}
		subj := subjectBefore(toks, ms, v, func(m mention) bool { return m.firmOrName() || m.class == mSector }, 1)
		var targets []Entity
		for _, i := range subj {
			if ms[i].firmOrName() || ms[i].class == mSector {
				targets = append(targets, asFirm(ms[i]))
			}
		}
		a := ctx.lastAuth("")
		if len(targets) == 0 || a == nil {
			return nil
		}
		return []Claim{{Kind: KindProbe, Actor: *a, Targets: targets, Action: "investigate", Confidence: 0.6, Rule: KindProbe + "/under-inquiry"}}
	}
	return nil
}
