package extract

import "strings"

// Noun and phrase patterns: inquiries into firms, fines imposed on them.
// Cases filed or brought and courts ruling firms liable are in
// claims_cases.go; deals in claims_deal.go; what a firm receives, faces or
// pays in claims_received.go.

// buildNoun handles "opened an investigation into X", "a cybersecurity
// review of X", and deals: "Broadcom's acquisition of VMware".
func (x *ClaimExtractor) buildNoun(toks []token, ms []mention, k int, tg trigger, ctx *docContext, sofar []Claim) ([]Claim, string) {
	if tg.lemma == "approvalnoun" {
		return x.buildApprovalNoun(toks, ms, k)
	}
	if tg.lemma == "authcase" {
		return authorityCaseAgainst(toks, ms, k)
	}
	idx := objectMentions(toks, ms, k, true)
	// only what hangs on the noun with of/into/against/on
	if k+1 < len(toks) {
		p := toks[k+1].low
		if p != "of" && p != "into" && p != "against" && p != "on" && !(p == "at" && tg.authKind == KindProbe) {
			idx = nil // "inspections at tyre makers" is where the inquiry went
		}
	}
	if tg.lemma == "investigation" && endedBefore(toks, k) {
		return nil, "an inquiry dropped or ended is no probe"
	}
	if len(idx) == 0 && tg.lemma == "investigation" && k+1 < len(toks) && (toks[k+1].low == "in" || toks[k+1].low == "before" || toks[k+1].low == "at") {
		// "launched civil penalty proceedings in the Federal Court against Entain":
		// past the venue to what the case is against
		if i := firmInPhraseAfter(toks, ms, k, 9, "against"); i >= 0 {
			idx = listFrom(toks, ms, i)
		}
	}
	if tg.lemma == "acquisition" && toks[k].low == "merger" && k+1 < len(toks) && toks[k+1].low == "with" {
		// "completed its merger with X": the other side follows "with", as in a deal
		if cs, why := x.buildDealWith(toks, ms, k); cs != nil {
			for i := range cs {
				cs[i].Action, cs[i].Rule = "merge", "action/merger-with"
			}
			return cs, why
		}
	}
	if tg.lemma == "deal" {
		if k+1 < len(toks) && (toks[k+1].low == "between" || toks[k+1].low == "of" && (toks[k].low == "venture" || toks[k].low == "alliance" || toks[k].low == "consortium")) {
			// "a venture between A and B", "a joint venture of A, B and C"
			return x.buildDealOf(toks, ms, k)
		}
		return x.buildDealWith(toks, ms, k)
	}
	if tg.lemma == "issue" {
		return x.buildIssued(toks, ms, k)
	}
	if tg.lemma == "condition" {
		return x.buildCondition(toks, ms, k, sofar, ctx)
	}
	if tg.lemma == "rescue" {
		return x.buildRescue(toks, ms, k)
	}
	if tg.authKind == KindPenalty {
		if cs := deniedFine(toks, ms, k, sofar, ctx); cs != nil {
			return cs, "" // "but did not impose a fine", "escaped a fine"
		}
	}
	if tg.authKind == KindPenalty || tg.lemma == "impose" {
		cs, why := x.buildPenaltyNoun(toks, ms, k, sofar)
		if tg.lemma == "impose" {
			// "imposed restrictions on Huawei": a mandate, binding and mostly prohibitive
			for i := range cs {
				cs[i].Kind, cs[i].Action, cs[i].Amount, cs[i].Prohibition = KindMandate, "impose", nil, toks[k].low != "obligations" && toks[k].low != "requirements"
				cs[i].Rule = "mandate/impose-restrictions"
			}
		}
		return cs, why
	}
	if tg.firmKind == KindAction && ownDealNoun(toks, k) && k+1 < len(toks) && toks[k+1].low == "of" {
		// "completed its acquisition of Y", "won approval for its takeover of Y": the subject buys
		s := subjectBefore(toks, ms, k, func(m mention) bool { return m.firmOrName() }, 14)
		if len(s) == 0 {
			// "sent objections to Volturna over its 2023 purchase of Y": the firm "its" stands for
			s = itsOwner(toks, ms, k)
		}
		if len(s) == 0 || ms[s[len(s)-1]].class == mPron && ms[s[len(s)-1]].plural {
			// "A and B asked ... to stop ... reviewing their joint purchase of Y": each buys Y
			if cs := theirBuyers(toks, ms, k, idx); cs != nil {
				return cs, ""
			}
		}
		if len(s) > 0 {
			buyer := ms[s[len(s)-1]]
			if buyer.class == mPron && buyer.firmRef != nil && !buyer.plural {
				// "X said it closed its purchase of Y"
				buyer = mention{i: buyer.i, j: buyer.j, class: mFirm, ent: *buyer.firmRef}
			}
			if buyer.class != mPron && len(idx) > 0 {
				var ts []Entity
				for _, t := range entitiesOf(ms, idx, func(m mention) bool { return m.firmOrName() }, "firm") {
					if !sameEntity(t, asFirm(buyer)) {
						ts = append(ts, t)
					}
				}
				if len(ts) > 0 {
					return []Claim{{Kind: KindAction, Actor: asFirm(buyer), Targets: ts, Action: "acquire", Confidence: 0.65, Rule: "action/acquire-its-noun"}}, ""
				}
			}
		}
	}
	if tg.firmKind == KindAction {
		if b, _ := bidParties(toks, ms, k); b >= 0 {
			// "the takeover bid launched by X for Y", "X's offer for Y"
			return x.buildDealOf(toks, ms, k)
		}
	}
	if tg.firmKind == KindAction && (sellNouns[toks[k].low] || buyNouns[toks[k].low]) {
		// "Petrobras' sale of its Bahia refinery to Mubadala": Mubadala buys
		// from Petrobras; "Life Healthcare's purchase of 12 hospitals from
		// Mediclinic": Life Healthcare buys from Mediclinic
		if sides := possessedDealSides(toks, ms, k); len(sides) == 2 && (sellNouns[toks[k].low] || sideAfter(toks, ms, k, "from") != nil) {
			buyer, seller := sides[0], sides[1]
			if sellNouns[toks[k].low] {
				buyer, seller = sides[1], sides[0]
			}
			return []Claim{{Kind: KindAction, Actor: buyer, Targets: []Entity{seller}, Action: "acquire", Confidence: 0.6, Rule: "action/asset-deal"}}, ""
		}
	}
	if tg.firmKind == KindAction && toks[k].low == "sale" {
		// "the sale of X to Y": a possessor here is the seller, not the buyer
		return x.buildDealOf(toks, ms, k)
	}
	if tg.firmKind == KindAction {
		if c, ok := dealObjectBuyer(toks, ms, k); ok {
			// "is exploring an acquisition of Y": the subject buys
			return []Claim{*c}, ""
		}
	}
	if tg.firmKind == KindAction {
		// possessor before the noun: "Broadcom's $61 billion acquisition of VMware"
		var actor *mention
		for i := len(ms) - 1; i >= 0; i-- {
			m := ms[i]
			if m.j > k {
				continue
			}
			if m.poss && (k-m.j <= 4 || k-m.j <= 7 && moneyBefore(toks, m.j, k)) && isFirmish(m) && possModifiersOnly(toks, m.j, k) {
				actor = &ms[i]
			}
			break
		}
		if actor == nil || k+1 < len(toks) && toks[k+1].low == "with" {
			return x.buildDealOf(toks, ms, k)
		}
		if len(idx) == 0 && (toks[k].low == "acquisition" || toks[k].low == "purchase" || toks[k].low == "takeover") {
			// "Raghav Cement's acquisition of two plants from Deccan Grey Cements": the seller
			if e := nameInPhraseAfter(toks, ms, k, 10, "from"); e != nil && !sameEntity(*e, actor.ent) && e.Type == TypeFirm {
				return []Claim{{Kind: KindAction, Actor: asFirm(*actor), Targets: []Entity{*e}, Action: "acquire", Confidence: 0.65, Rule: "action/acquire-noun-from"}}, ""
			}
		}
		if len(idx) == 0 {
			return nil, "deal noun without a buyer and a bought firm"
		}
		var ts []Entity
		for _, t := range entitiesOf(ms, idx, func(m mention) bool { return m.firmOrName() }, "firm") {
			if !sameEntity(t, actor.ent) {
				ts = append(ts, t)
			}
		}
		tight := k+1 < len(toks) && toks[k+1].low == "of" && dealNouns[toks[k].low] && len(idx) > 0 && ms[idx[0]].i <= k+5
		if len(ts) == 0 || (actor.class == mName && allNames(ms, idx) && !tight) {
			return nil, "deal noun without a bought firm"
		}
		return []Claim{{Kind: KindAction, Actor: asFirm(*actor), Targets: ts, Action: "acquire", Confidence: 0.7, Rule: "action/acquire-noun"}}, ""
	}
	if k > 0 && toks[k-1].low == "under" && k+2 < len(toks) && (toks[k+1].low == "by" || toks[k+1].low == "from") {
		// "X is under investigation by the regulator"
		agent := agentAfter(toks, ms, k)
		v := k - 1
		for v > 1 && underAux[toks[v-1].low] {
			v-- // from the first auxiliary, so an appositive before it is passed ("X, a cargo shipper, is under investigation by")
		}
		subj := subjectBefore(toks, ms, v, func(m mention) bool { return m.firmOrName() }, 3)
		ts := onlyTargets(entitiesOf(ms, subj, isFirmish, "firm"), nil)
		if len(agent) > 0 && ms[agent[len(agent)-1]].class == mAuth && len(ts) > 0 {
			var out []Claim
			for _, a := range entitiesOf(ms, agent, func(m mention) bool { return m.class == mAuth }, "auth") {
				out = append(out, Claim{Kind: KindProbe, Actor: a, Targets: ts, Action: "investigate", Confidence: 0.7, Rule: "probe/under-investigation"})
			}
			return out, ""
		}
	}
	if k > 0 && toks[k-1].low == "under" {
		// "X is under investigation over its pricing, the FTC said": the authority telling it
		subj := subjectBefore(toks, ms, k-1, func(m mention) bool { return m.firmOrName() }, 3)
		ts := onlyTargets(entitiesOf(ms, subj, isFirmish, "firm"), nil)
		if a := speakingAuthority(toks, ms, k); a != nil && len(ts) > 0 {
			return []Claim{{Kind: KindProbe, Actor: *a, Targets: ts, Action: "investigate", Confidence: 0.6, Rule: "probe/under-investigation-said"}}, ""
		}
	}
	if tg.lemma == "until" {
		return x.buildHasUntil(toks, ms, k, ctx)
	}
	targets := onlyTargets(entitiesOf(ms, idx, isFirmish, "firm"), nil)
	if len(targets) == 0 && tg.lemma == "investigation" {
		targets = inquiryObjectAfterTime(toks, ms, k) // "an investigation on Wednesday into X"
	}
	var actor *Entity
	if a := nearestAuth(toks, ms, k, false); a != nil {
		actor = a
		if a.Type == TypeCourt {
			// "launched Federal Court proceedings": the court is the venue, the subject acts
			if s := subjectBefore(toks, ms, k, func(m mention) bool { return m.class == mAuth && m.ent.Type != TypeCourt }, 12); len(s) > 0 {
				e := ms[s[len(s)-1]].ent
				actor = &e
			}
		}
	}
	if actor == nil && len(targets) > 0 {
		// "Hungary's GVH has launched an investigation into X": an unknown
		// acronym opening an inquiry is an authority by what it does
		if s := subjectBefore(toks, ms, k, func(m mention) bool {
			return (m.class == mName || m.class == mOther && m.src == "name") && (isAcronym(toks[m.i].text) || x.countrysBody(toks, m))
		}, 6); len(s) > 0 {
			if m := ms[s[len(s)-1]]; m.class != mPron && (isAcronym(toks[m.i].text) || x.countrysBody(toks, m)) {
				e := m.ent
				e.Type = TypeRegulator
				actor = &e
			}
		}
	}
	if actor == nil && len(targets) > 0 && tg.lemma == "investigation" {
		// "The order, which follows an inspection of the insurer's books": the
		// one authority the article has shown acting on that firm
		if as := ctx.authsActingOn(targets); len(as) == 1 {
			actor = &as[0]
		}
	}
	if len(targets) == 0 && actor != nil {
		// "WeWork is the subject of a U.S. SEC inquiry": the subject is examined
		if t := subjectOfInquiry(toks, ms, k); t != nil {
			return []Claim{{Kind: KindProbe, Actor: *actor, Targets: []Entity{*t}, Action: "investigate", Confidence: 0.7, Rule: "probe/subject-of-inquiry"}}, ""
		}
	}
	if len(targets) == 0 && actor != nil && k+3 < len(toks) && (toks[k+1].low == "into" || toks[k+1].low == "of") && toks[k+2].low == "the" && (conductNouns[toks[k+3].low] || inspectedNouns[toks[k+3].low]) {
		// "The agency's inquiry into the scheme is still under way": the
		// conduct of the firm the authority acted on before
		for i := len(ctx.claims) - 1; i >= 0; i-- {
			c := ctx.claims[i]
			if c.Kind != KindResponse && c.Kind != KindAction && sameEntity(c.Actor, *actor) && len(c.Targets) > 0 {
				return []Claim{{Kind: KindProbe, Actor: *actor, Targets: c.Targets, Action: "investigate", Confidence: 0.55, Rule: "probe/inquiry-into-conduct"}}, ""
			}
		}
	}
	if len(targets) == 0 && ongoingInquiry(toks, k) {
		// "The review is still under way", "Its investigation continues": the
		// inquiry of the authority into the firms it last acted on
		if c := ctx.lastActOf(actor); c != nil {
			return []Claim{{Kind: KindProbe, Actor: c.Actor, Targets: c.Targets, Action: "investigate", Confidence: 0.55, Rule: "probe/ongoing-inquiry"}}, ""
		}
	}
	if len(targets) == 0 && tg.lemma == "investigation" {
		if cs := buildFinding(toks, ms, k, ctx, sofar); cs != nil {
			return cs, ""
		}
		if cs := spokenInquiryStarted(toks, ms, k, ctx); cs != nil {
			return cs, "" // "The regulator said a forensic audit had been ordered"
		}
		if c := authorsInquiryOnSubject(toks, ms, k); c != nil {
			return []Claim{*c}, ""
		}
		if cs := ownedInquiry(toks, ms, k); cs != nil {
			return cs, ""
		}
		if cs := inquiryFoundThat(toks, ms, k, ctx); cs != nil {
			return cs, ""
		}
		if cs := closedOwnInquiry(toks, ms, k); cs != nil {
			return cs, ""
		}
	}
	if len(targets) == 0 && actor != nil && tg.lemma == "investigation" && k+2 < len(toks) && toks[k+1].low == "into" {
		// "an investigation into how state-owned Hidroelectrica sold power"
		targets = probeObjectReach(toks, ms, k+2)
	}
	if len(targets) == 0 && k > 0 && toks[k-1].low != "pending" && toks[k-1].kind == tokWord && !isModifierNoun(toks, k) {
		// an agentless inquiry in a sentence about a penalty or order is that authority's
		for i := len(sofar) - 1; i >= 0; i-- {
			c := sofar[i]
			if c.Kind == KindPenalty || c.Kind == KindMandate {
				return []Claim{{Kind: KindProbe, Actor: c.Actor, Targets: c.Targets, Action: "investigate", Negated: c.Negated, Confidence: 0.6, Rule: "probe/inquiry-noun-context"}}, ""
			}
		}
		return nil, "inquiry noun without a firm examined"
	}
	if actor == nil {
		return nil, "inquiry noun without an authority"
	}
	targets = onlyTargets(targets, []Entity{*actor})
	if len(targets) == 0 {
		return nil, "inquiry noun without a firm examined"
	}
	if len(targets) == 1 {
		if o := dealOtherSide(toks, ms, k, targets[0]); o != nil {
			targets = append(targets, *o) // "an investigation into X's bid for Y"
		}
	}
	targets = whetherSubjectOnly(toks, ms, k, targets) // (claims_whether_thing.go) "into whether X failed to fix the Y jet"
	out := []Claim{{Kind: KindProbe, Actor: *actor, Targets: targets, Action: "investigate", Confidence: 0.75, Rule: "probe/inquiry-noun"}}
	if neitherNor(toks, k) {
		// "Neither the SEC nor the FTC has opened an investigation": each denies its own
		var each []Claim
		for _, i := range subjectBefore(toks, ms, k, isAuth, 12) {
			if ms[i].class != mAuth {
				continue // "Brazil's CADE": the place only says whose
			}
			each = append(each, Claim{Kind: KindProbe, Actor: ms[i].ent, Targets: targets, Action: "investigate", Confidence: 0.75, Rule: "probe/inquiry-noun"})
		}
		if len(each) > 1 {
			out = each
		}
	}
	return out, ""
}

// isModifierNoun: the noun before k is a plain noun modifying it ("engine
// inspections", "safety audit" of a thing), not a determiner or adjective
// of an inquiry into a firm.
func isModifierNoun(toks []token, k int) bool {
	w := toks[k-1].low
	switch w {
	case "a", "an", "the", "its", "their", "new", "formal", "full", "antitrust", "further", "separate", "criminal", "own":
		return false
	}
	if strings.Contains(w, "-") {
		return false // "four-month", "on-site": adjectives
	}
	return !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "al") && !strings.HasSuffix(w, "ive") && !strings.HasSuffix(w, "ory")
}

func allNames(ms []mention, idx []int) bool {
	for _, i := range idx {
		if ms[i].class != mName {
			return false
		}
	}
	return true
}

var inquiryNouns = toSet(`investigation investigations inquiry probe review audit audits inspection inspections proceedings`)

// objectIsInquiry: "ordered a detailed investigation into Amazon".
func objectIsInquiry(toks []token, k int) bool {
	for i := k + 1; i < len(toks) && i < k+5; i++ {
		if inquiryNouns[toks[i].low] {
			return true
		}
		if toks[i].kind == tokPunct || toks[i].upper || toks[i].low == "to" {
			// ("orders the company to review its claims": what the firm must do)
			return false
		}
	}
	return false
}

func keysOf(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// courtObject: the verb at k is followed by a court ("asked a court to").
func courtObject(toks []token, ms []mention, k int) bool {
	for _, m := range ms {
		if m.i > k && m.i <= k+3 && m.class == mAuth && m.ent.Type == TypeCourt {
			return true
		}
	}
	return wordWithin(toks, k+1, 4, "court", "tribunal", "judge")
}

// firmsAfter returns the known firms named after token k.
func firmsAfter(ms []mention, k int) []Entity {
	var out []Entity
	for _, m := range ms {
		if m.i > k && m.class == mFirm && !sameEntityAny(m.ent, out) {
			out = append(out, m.ent)
		}
	}
	return out
}

// ownDealNoun: "its/their" owns the deal noun at k, with only amounts and
// plain modifiers between ("its $14 billion acquisition", "their planned merger").
func ownDealNoun(toks []token, k int) bool {
	for i := k - 1; i >= 0 && i >= k-6; i-- {
		t := toks[i]
		if t.low == "its" || t.low == "their" {
			return true
		}
		if t.low == "the" && i >= 1 && completionVerbs[toks[i-1].low] {
			return true // "had completed the purchase of ...": the subject's own deal
		}
		if t.kind == tokNum || currencySymbols[t.text] != "" || t.text == "-" || t.kind == tokWord && !t.upper && !capStop[t.low] {
			continue
		}
		if t.kind == tokPunct && len(t.text) == 1 && strings.ContainsAny(t.text, "$€£¥") {
			continue
		}
		return false
	}
	return false
}

// endedBefore: the inquiry noun at k is the object of a verb that drops it
// ("dropped an investigation", "to drop the investigation").
func endedBefore(toks []token, k int) bool {
	for i := k - 1; i >= 0 && i >= k-4; i-- {
		switch toks[i].low {
		case "dropped", "drop", "drops", "dropping", "abandoned", "abandon", "halted", "terminated", "shelved", "discontinued", "scrapped":
			// (an inquiry closed or concluded still took place: "closing a two-year investigation into X")
			return true
		}
		if toks[i].kind == tokPunct {
			return false
		}
	}
	return false
}

var completionVerbs = toSet(`completed completes complete completing closed finalised finalized finalizes finalises sealed announced agreed`)

// nouns for a firm's conduct an inquiry may be "into".
var conductNouns = toSet(`scheme practice practices plan plans conduct policy policies programme program pricing matter deal arrangement contracts agreements`)

// moneyBefore: a sum stands between a possessor and its deal noun
// ("Tasman Health Fund's A$410 million acquisition", "Aviva's £3.7 billion
// takeover"), which makes the gap longer than modifiers alone do.
func moneyBefore(toks []token, from, to int) bool {
	for q := from; q < to; q++ {
		if toks[q].kind == tokNum {
			return true
		}
	}
	return false
}

// underAux: the verbs before "under investigation" ("is", "has been", "remains").
var underAux = toSet(`is are was were be been being has have had remains remain remained now also still`)
