package extract

// An inquiry told by what it found: "An inspection by the central bank
// found that RendaFácil had failed to ...", "A technical investigation by
// the NTRA found that the outage at Nile Mobile ...", "Ofgem said its
// investigation had uncovered ...", "Inspectors found that one in five
// cylinders at X's depot ...". The inquiry happened: its author examined
// the firm the finding is about.

// findingVerbs report what an inquiry established.
var findingVerbs = toSet(`found finds find uncovered uncovers revealed reveals showed shows shown concluded concludes
 identified identifies established establishes discovered discovers determined detected`)

// inquiryFound: the noun at k is followed, within a few words, by a
// finding verb; it returns the verb's index or -1.
func inquiryFound(toks []token, k int) int {
	for q := k + 1; q < len(toks) && q <= k+8; q++ {
		if findingVerbs[toks[q].low] {
			return q
		}
		if toks[q].text == "," && q == k+1 {
			// "The inspection, which began in March, found ...": past the aside
			if e := asideEnd(toks, q); e > 0 && e+1 < len(toks) && findingVerbs[toks[e+1].low] {
				return e + 1
			}
		}
		if toks[q].kind == tokPunct && toks[q].text != "-" && toks[q].text != "'s" {
			return -1
		}
	}
	return -1
}

// inspectorsFromFound: "Inspectors from the county's health department
// found ...": the people of a named body, told by what they found.
func inspectorsFromFound(toks []token, k int) bool {
	return k+2 < len(toks) && toks[k+1].low == "from" && inquiryFound(toks, k) > 0
}

// asideOpeners begin a clause set off by commas after a noun.
var asideOpeners = toSet(`which that carried conducted launched begun started opened made done completed ordered covering`)

// asideEnd: toks[c] is a comma opening an aside ("which began in March");
// it returns the index of the comma closing it within 14 words, or -1.
func asideEnd(toks []token, c int) int {
	if c+1 >= len(toks) || !asideOpeners[toks[c+1].low] {
		return -1
	}
	for q := c + 2; q < len(toks) && q <= c+14; q++ {
		if toks[q].text == "," {
			return q
		}
		if toks[q].kind == tokPunct && toks[q].text != "-" && toks[q].text != "'s" {
			return -1
		}
	}
	return -1
}

// inquiryAuthor: who made the inquiry at k: "by <authority>" after it, an
// authority's possessive or "its"/"their" standing for one before it.
func inquiryAuthor(toks []token, ms []mention, k int, ctx *docContext) *Entity {
	if k+2 < len(toks) && (toks[k+1].low == "by" || toks[k+1].low == "from") {
		for _, m := range ms {
			if m.i == k+2 || m.i == k+3 && toks[k+2].low == "the" {
				if m.class == mAuth {
					e := m.ent
					return &e
				}
				if (m.class == mName || m.class == mOther && m.src == "name") && isAcronym(toks[m.i].text) {
					// "an investigation by the NTRA": an acronym that investigates
					e := m.ent
					e.Type = TypeRegulator
					return &e
				}
			}
		}
	}
	if v := inquiryFound(toks, k); v > 0 && k+1 < len(toks) && toks[k+1].low == "from" {
		// "Inspectors from the county's Environmental Services Department
		// found": the first body named before the finding verb
		for _, m := range ms {
			if m.i > k+1 && m.j <= v {
				if m.class == mAuth {
					e := m.ent
					return &e
				}
				break
			}
		}
	}
	for _, m := range ms {
		if m.j == k && !m.poss && (m.class == mAuth || (m.class == mName || m.class == mOther && m.src == "name") && isAcronym(toks[m.i].text)) {
			// "an Ofwat review found", "DVSA examiners found": the body
			// whose review or staff it is
			e := m.ent
			if m.class != mAuth {
				e.Type = TypeRegulator
			}
			return &e
		}
		if m.j > k || k-m.j > 3 || !m.poss && m.class != mPron {
			continue
		}
		if m.class == mAuth {
			e := m.ent
			return &e
		}
		if m.class == mPron && m.authRef != nil && (toks[m.i].low == "its" || toks[m.i].low == "their") {
			e := *m.authRef
			return &e
		}
	}
	if k > 0 && (toks[k-1].low == "its" || toks[k-1].low == "their") {
		// "Ofgem said its investigation had uncovered": the speaker's own
		for i := len(ms) - 1; i >= 0; i-- {
			if ms[i].j <= k-1 && ms[i].class == mAuth {
				e := ms[i].ent
				return &e
			}
		}
	}
	if toks[k].low == "inspectors" || toks[k].low == "investigators" {
		// agentless "Inspectors found ...": the authority the article is about
		if a := ctx.recentAuth(); a != nil {
			return a
		}
	}
	return nil
}

// buildFinding: the probe an inquiry's finding shows, or nil.
func buildFinding(toks []token, ms []mention, k int, ctx *docContext, sofar []Claim) []Claim {
	v := inquiryFound(toks, k)
	if v < 0 {
		return nil
	}
	a := inquiryAuthor(toks, ms, k, ctx)
	var same *Claim
	if a == nil {
		a = speakerOfInquiry(toks, ms, k)
	}
	people := agentlessPeople(toks, ms, k)
	for i := len(sofar) - 1; i >= 0; i-- {
		if sofar[i].Kind != KindResponse && sofar[i].Kind != KindAction && sofar[i].Actor.Type != TypeFirm && (a == nil || people || sameEntity(sofar[i].Actor, *a)) {
			// "has fined X after inspectors found ...": the act this sentence told
			same = &sofar[i]
			break
		}
	}
	if same != nil && (a == nil || toks[k].low == "inspectors" || toks[k].low == "investigators") {
		a = &same.Actor
	}
	if a == nil {
		return nil
	}
	var targets []Entity
	for _, m := range ms {
		if m.i <= v || m.i > v+16 {
			continue
		}
		if m.class == mName && same != nil && people && !sameEntityAny(asFirm(m), same.Targets) {
			// "suspended X's licence after inspectors found diesel at its
			// stations along the Great North Road": a place the act's firm
			// owns things at, not another firm
			break
		}
		if m.firmOrName() || m.class == mOther && m.src == "name" && m.poss && !isAcronym(toks[m.i].text) {
			// "found that RendaFácil had ...", "at its depot": the firm found at
			// fault, with the firms listed with it ("found that A and B had")
			targets = append(targets, listMatesOf(toks, ms, asFirm(m), m.j)...)
			break
		}
		if m.class == mPron && m.firmRef != nil && !m.plural && (toks[m.i].low == "it" || toks[m.i].low == "its") {
			targets = append(targets, *m.firmRef)
			break
		}
	}
	if len(targets) == 0 && same != nil {
		targets = same.Targets
	}
	if len(targets) == 0 {
		if f := ctx.lastActedOn(); f != nil && sameEntityAny(*a, ctx.authsActingOn([]Entity{*f})) {
			// "its investigation had uncovered failures": the firm it acted on
			targets = []Entity{*f}
		}
	}
	targets = onlyTargets(targets, []Entity{*a})
	if len(targets) == 0 || targets[0].Type != TypeFirm {
		return nil
	}
	return []Claim{{Kind: KindProbe, Actor: *a, Targets: targets, Action: "investigate", Confidence: 0.6, Rule: "probe/inquiry-found"}}
}

// authorsInquiryOnSubject: "DigiTel Pinoy rejected the findings of a
// National Telecommunications Commission audit", "X is cooperating with an
// SEC investigation": an inquiry named by its authority, with no object,
// examines the firm the sentence opens with.
func authorsInquiryOnSubject(toks []token, ms []mention, k int) *Claim {
	var auth *mention
	for i := range ms {
		if ms[i].j == k && ms[i].class == mAuth && !ms[i].poss {
			auth = &ms[i]
		}
	}
	if auth == nil {
		return nil
	}
	for i := range ms {
		m := ms[i]
		if m.i >= auth.i {
			break
		}
		if m.class == mPlace {
			continue
		}
		if (m.class != mFirm && m.class != mName) || m.poss {
			return nil
		}
		for q := 0; q < m.i; q++ {
			if objectStops[toks[q].low] || verbCue[toks[q].low] {
				return nil // only the sentence's subject
			}
		}
		return &Claim{Kind: KindProbe, Actor: auth.ent, Targets: []Entity{asFirm(m)}, Action: "investigate", Confidence: 0.6, Rule: "probe/authority-inquiry-on-subject"}
	}
	return nil
}
