package extract

import "strings"

// Per-sentence claim building: sentenceClaims and the helpers it leans on.

// sentenceClaims builds the claims of one sentence.
func (x *ClaimExtractor) sentenceClaims(s sentence, field string, ctx *docContext, tr *SentenceTrace) []Claim {
	toks := s.toks
	ms := x.findMentions(toks, ctx)
	ms = appositiveAuthorities(toks, ms, ctx)
	ms = extraReferences(toks, ms, ctx)
	ctx.shortNames(toks, ms)
	markPersons(toks, ms, ctx.midCaps, ctx.firmy, ctx.persons)
	ownerCompanyRefs(toks, ms)
	listedAcronymFirms(toks, ms)
	promoteActingBodies(toks, ms, ctx)
	genericSpeakerActs(toks, ms)
	datelinePlace(toks, ms)
	speakingName(toks, ms, ctx.persons)
	resolveInSentence(toks, ms)
	speakerPronouns(toks, ms)
	ctx.notePersons(toks, ms)
	ctx.noteNames(toks, ms)
	ctx.noteBrands(toks, ms)
	if tr != nil {
		for _, m := range ms {
			te := TraceEntity{Text: span(toks, m.i, m.j), Class: m.classString(), Name: m.ent.Name, Canonical: m.ent.Canonical, Type: m.ent.Type, Source: m.src}
			if m.class == mPron {
				// show what the reference may stand for
				var alts []string
				if m.firmRef != nil {
					alts = append(alts, "firm "+m.firmRef.Name)
				}
				if m.authRef != nil {
					alts = append(alts, "authority "+m.authRef.Name)
				}
				for _, g := range m.group {
					alts = append(alts, g.Name)
				}
				te.Canonical, te.Type = strings.Join(alts, " | "), "reference"
			}
			tr.Entities = append(tr.Entities, te)
		}
	}
	if len(toks) == 0 || toks[len(toks)-1].text == "?" {
		if tr != nil && len(toks) > 0 {
			tr.Dropped = append(tr.Dropped, DroppedCandidate{Reason: "question: not a claim"})
		}
		return nil
	}
	covered := make([]int8, len(toks)) // 1 inside a mention
	endsAt := make([]bool, len(toks)+1)
	for _, m := range ms {
		for k := m.i; k < m.j; k++ {
			covered[k] = 1
		}
		endsAt[m.j] = true
	}
	who, reported := attribution(toks, ms)
	if !reported && ctx.prevReported && (strings.HasPrefix(strings.ToLower(who), "they") || strings.HasPrefix(strings.ToLower(who), "he") || strings.HasPrefix(strings.ToLower(who), "she")) {
		reported = true
	}
	ctx.prevReported = reported
	if ctx.rulesLeft > 0 {
		ctx.rulesLeft--
	}
	if a := issuedRulesBy(toks, ms); a != nil {
		ctx.rulesBy, ctx.rulesLeft = a, 3
	}
	topics := topicsOutside(toks, ms)
	var out []Claim
	var later []pendingTrigger
	// answered places a claim built outside the trigger loop (responses and
	// acts read from the whole sentence) in this sentence: the trigger's
	// hedges do not apply, only the sentence's attribution.
	answered := func(c Claim) Claim {
		c.Field = field
		if field == "text" {
			c.Field = ""
		}
		c.Sentence, c.Start, c.End, c.Topics, c.Attribution = s.text, s.start, s.end, topics, who
		c.Certainty = Asserted
		if reported {
			c.Certainty = Reported
		}
		return c
	}
	finish := func(c Claim, k int) Claim {
		c = answered(c)
		if hedgeBefore(toks, hedgeIndex(toks, k, c)) || (c.Kind != KindResponse && c.Kind != KindAction && draftHedges(toks, k)) || c.Kind == KindAction && dealHalted(toks, k) {
			c.Certainty = Hedged
		}
		return c
	}
	for k := range toks {
		if covered[k] == 1 {
			continue
		}
		afterMention := endsAt[k] || (k > 0 && endsAt[k-1] && toks[k-1].kind == tokWord && strings.HasSuffix(toks[k-1].low, "ly"))
		for _, tg := range x.lx.triggerAt(toks, k, afterMention) {
			if tr != nil {
				tr.Triggers = append(tr.Triggers, tg.lemma+"@"+toks[k].text)
			}
			if tg.authKind != "" && tg.firmKind == "" && strings.HasSuffix(toks[k].low, "ing") && k > 0 && ceaseWords[toks[k-1].low] {
				// "ordered it to stop requiring developers to ...": what the
				// firm must cease, not an act of its own
				if tr != nil {
					tr.Dropped = append(tr.Dropped, DroppedCandidate{Kind: tg.authKind, Trigger: tg.lemma, Reason: "a practice to cease ('stop requiring'), not an act"})
				}
				continue
			}
			if tg.authKind == KindMandate && personsBound(toks, k) {
				// "barred two of its former directors from managing ...":
				// persons are bound, no firm
				if tr != nil {
					tr.Dropped = append(tr.Dropped, DroppedCandidate{Kind: tg.authKind, Trigger: tg.lemma, Reason: "persons are bound, not a firm"})
				}
				continue
			}
			if inWhetherClause(toks, k) {
				if tr != nil {
					tr.Dropped = append(tr.Dropped, DroppedCandidate{Kind: firstNonEmpty(tg.authKind, tg.firmKind), Trigger: tg.lemma, Reason: "an open question ('whether X fined ...'), not an act"})
				}
				continue
			}
			cs, why := x.build(s, ms, k, tg, ctx, out)
			cs = grantedRequest(toks, ms, k, cs)
			for n := range cs {
				// "authorised 14 operators, including Betano and Superbet": the named members too
				if named := namedClassMembers(toks, ms, k, cs[n]); len(named) > 0 {
					cs[n].Targets = append(cs[n].Targets, named...)
				}
			}
			if why == whyNoActor && waitsForAgent(s, ms, k, tg) {
				ctx.agentless = append(ctx.agentless, headAnswer{s: s, ms: ms, k: k, tg: tg})
			}
			if why == whyNoAuthYet {
				// the act answered may come later in this sentence ("pledged to
				// refund ..., a day after the regulator ordered it to")
				later = append(later, pendingTrigger{k, tg})
			}
			if why != "" && tr != nil {
				tr.Dropped = append(tr.Dropped, DroppedCandidate{Kind: firstNonEmpty(tg.authKind, tg.firmKind), Trigger: tg.lemma, Reason: why})
			}
			for _, c := range cs {
				c, emptied := trimNonParties(venueAnswered(toks, k, c, ctx))
				if emptied {
					if tr != nil {
						tr.Dropped = append(tr.Dropped, DroppedCandidate{Kind: c.Kind, Trigger: tg.lemma, Reason: "every target is a region's adjective or the actor's own unit"})
					}
					continue
				}
				if standingPower(toks, k, c) || standingState(toks, k, c) {
					if tr != nil {
						tr.Dropped = append(tr.Dropped, DroppedCandidate{Kind: c.Kind, Trigger: tg.lemma, Reason: "a standing power over a class ('can fine operators'), not an act"})
					}
					continue
				}
				if consequenceAct(toks, k, c) {
					if tr != nil {
						tr.Dropped = append(tr.Dropped, DroppedCandidate{Kind: c.Kind, Trigger: tg.lemma, Reason: "a consequence held over a condition ('or the regulator can revoke it'), not an act"})
					}
					continue
				}
				if why := firstNonEmpty(firstNonEmpty(vetoClaim(toks, k, c), vetoUnperformed(toks, k, c)), vetoNotAct(toks, k, c)); why != "" {
					if tr != nil {
						tr.Dropped = append(tr.Dropped, DroppedCandidate{Kind: c.Kind, Trigger: tg.lemma, Reason: why})
					}
					if why == whyOrderedInfinitive {
						ctx.claims = append(ctx.claims, finish(c, k)) // still an act a firm may answer
					}
					continue
				}
				c = markNounNegation(toks, k, compensationIsPenalty(toks, k, c))
				out = append(out, finish(c, k))
				if a := answeredAct(toks, ms, k, c, ctx); a != nil {
					out = append(out, finish(*a, k)) // "accepted the regulator's order": the order too
				}
			}
		}
	}
	if len(out) == 0 || onlyLoneAuthorityAnswers(out) {
		// (an answer given to the article's only authority still leaves its
		// search of the firm's premises to be read)
		for _, c := range premisesVisited(toks, ms, ctx) {
			out = append(out, finish(c, 0))
		}
	}
	if len(later) > 0 && hasAuthorityAct(out) {
		for _, p := range later {
			cs, _ := x.build(s, ms, p.k, p.tg, ctx, out)
			for _, c := range cs {
				if c.Kind != KindResponse {
					continue
				}
				c.Rule += "-later"
				out = append(out, finish(c, p.k))
				if tr != nil {
					tr.Dropped = append(tr.Dropped, DroppedCandidate{Kind: c.Kind, Trigger: p.tg.lemma, Reason: "(kept on a second pass: the act answered comes later in the sentence)"})
				}
			}
		}
	}
	if s.later != nil && !hasKindIn(out, KindResponse) {
		// a headline answer ("Rongai Gas to appeal competition fine") whose
		// act the body tells after it: kept for a pass after the body
		for _, p := range later {
			*s.later = append(*s.later, headAnswer{s: s, ms: ms, k: p.k, tg: p.tg})
		}
	}
	if s.head && field == "text" {
		ctx.headAct = noteHeadAct(toks, ms, out) // a headline's act waiting for the body's authority
	} else if h := ctx.headAct; h != nil {
		ctx.headAct = nil
		for _, c := range headActOwned(h, toks, ms, ctx) {
			out = append(out, finish(c, 0))
		}
	}
	for _, c := range alsoAppliesActs(toks, ms, out, ctx.claims) {
		// "in a ruling that also applies to X and Y": the act extended
		out = append(out, answered(c))
	}
	if c, at := bindingCommitments(toks, ms, out); c != nil {
		// "made Aspen's commitments legally binding": a requirement on the firm
		out = append(out, finish(*c, at))
	}
	for _, c := range endedInquiryActs(toks, ms, out) {
		// "accepted X's commitments, ending a two-year investigation": the act's inquiry
		out = append(out, c)
	}
	for _, c := range pleaChargeActs(toks, ms, out) {
		// "will plead guilty to three charges as part of a $8 billion settlement with the DOJ"
		out = append(out, c)
	}
	for _, c := range complyingNounActs(toks, ms, out, ctx) {
		// a firm's act answering an authority's act told as a noun ("to comply with a Punjab government ban")
		out = append(out, finish(c, 0))
	}
	for _, c := range nounByActs(toks, ms, out) {
		// an act told as a noun with its "by" authority ("the approval of X's bid by the KFTC")
		out = append(out, finish(c, 0))
	}
	for _, fc := range accessActs(toks, ms, out) {
		// a firm opening its service to, or shutting out, another firm's
		if vetoClaim(toks, fc.k, fc.c) != "" {
			continue // ("ordered A, B and C to block calls made through X")
		}
		out = append(out, finish(fc.c, fc.k))
	}
	for _, fc := range namedDealActs(toks, ms, out) {
		// a deal whose noun names its parties in ways the frames miss
		out = append(out, finish(fc.c, fc.k))
	}
	for _, fc := range firmTieActs(toks, ms, out, ctx.claims) {
		// a tie whose other firm stands outside the verb's object
		out = append(out, finish(fc.c, fc.k))
	}
	for _, fc := range dealIntentActs(toks, ms, out) {
		// a planned deal whose one-word actor the typing rules set aside
		out = append(out, finish(fc.c, fc.k))
	}
	for _, fc := range conductActs(toks, ms, out) {
		// the rival shut out by the conduct an authority acts on
		c := finish(fc.c, fc.k)
		if allegedBefore(toks, fc.k) {
			c.Certainty = Hedged
		}
		out = append(out, c)
	}
	for _, c := range suitToldActs(toks, ms, ctx, out) {
		// "after a suit by Dabur India", "Globacom filed the suit two years ago"
		out = append(out, finish(c, 0))
	}
	for _, c := range appealNounResponses(toks, ms) {
		out = append(out, finish(c, 0))
		if a := answeredAct(toks, ms, -1, c, ctx); a != nil {
			out = append(out, finish(*a, 0)) // "an appeal by X against the Commission's decision to block"
		}
	}
	for _, c := range restoredFirmActs(toks, ms, out) {
		// "ordered X to restore rival Y's access": X had cut Y off
		out = append(out, finish(c, 0))
	}
	for _, c := range rebuffedBids(toks, ms, out) {
		out = append(out, finish(c, 0))
	}
	lawClaims, lawAt := lawSubjectMandate(toks, ms, out)
	for _, c := range lawClaims {
		c = finish(c, lawAt)
		if modalBefore(toks, lawAt) {
			c.Certainty = Hedged
		}
		out = append(out, c)
	}
	for _, c := range namedUnlicensed(toks, ms, out) {
		out = append(out, finish(c, 0))
	}
	for _, c := range deniedGrants(toks, ms, out) {
		out = append(out, finish(c, 0))
	}
	denied, rest := deniedOrders(toks, ms, out)
	out = rest
	for _, c := range denied {
		out = append(out, finish(c, 0))
	}
	if len(out) == 0 {
		for _, c := range amongActed(toks, ms) {
			out = append(out, finish(c, 0))
		}
		sim, at := similarActs(toks, ms, ctx.claims)
		for _, c := range sim {
			out = append(out, finish(c, at))
		}
		for _, c := range underInquiry(toks, ms, ctx) {
			out = append(out, finish(c, 0))
		}
	}
	if !hasKindIn(out, KindResponse) {
		for _, c := range settlementOpener(toks, ms) {
			out = append(out, finish(c, 0))
		}
	}
	out = gappedMembers(toks, ms, followedBy(toks, ms, namedMembers(toks, ms, vetoSentence(approvedDealParties(out)))))
	for _, c := range exemptedParties(toks, ms, ctx, out) {
		out = append(out, finish(c, 0))
	}
	for _, c := range append(compliesAfter(toks, ms, out), lawyersContest(toks, out)...) {
		out = append(out, answered(c))
	}
	if len(out) == 0 {
		// "The review is still under way": a noun the lexicon reads as a verb
		if c := ongoingReview(toks, ctx); c != nil {
			r := answered(*c)
			r.Certainty = Asserted
			out = append(out, r)
		}
	}
	// "... on five cement makers. A, B, C, D and E were ...": the class's members
	for _, c := range classMembers(toks, ms, ctx, s.start, out) {
		c.Sentence, c.Start, c.End, c.Topics = s.text, s.start, s.end, topics
		out = append(out, c)
	}
	if len(out) == 0 || onlyRule(out, "mandate/time-to-comply") || onlyRule(out, "mandate/received-context") || onlyKind(out, KindAction) {
		// (also "had blocked the sites within hours of receiving the order",
		// and a firm's own act told with its answer: "would let users pick
		// rival browsers, following a decision by the Commission")
		// (acts found in the sentence may be what the firm answers: "The
		// company, which has two months to comply with the CNIL's injunction,
		// said it had already changed its banner")
		ctxNow := &docContext{claims: append(append([]Claim(nil), ctx.claims...), out...), auths: ctx.auths, places: ctx.places}
		for _, c := range remedialResponse(toks, ms, ctxNow) {
			out = append(out, weighed(answered(c)))
		}
	}
	if tr != nil {
		tr.Attribution = who
		if reported {
			tr.Certainty = Reported
		}
	}
	for _, c := range laterClauseResponses(toks, ms, ctx, out) {
		// "Rongai said it would appeal, while Kiambu said it would pay"
		out = append(out, weighed(answered(c)))
	}
	out = groundsInquiry(toks, vetoSentence(findingGrounds(preferExplicitResponses(out))))
	for _, c := range append(inquiryBeforeAct(toks, ms, out), casePartyActs(toks, ms, ctx, out)...) {
		// "After a two-year investigation, X fined A and B", "Y was also
		// named as a defendant", "is not pursuing charges against Z"
		out = append(out, finish(c, 0))
	}
	for _, fc := range x.fallbackClaims(s, ms, ctx, out) {
		if fc.c.Kind == KindResponse && hasRule(out, "mandate/denied-receiving") {
			continue // the denial of an order received is no stance
		}
		c, emptied := trimNonParties(fc.c)
		if emptied || vetoNotAct(toks, fc.k, c) != "" {
			continue // (the wordings that tell no act tell none to the fallback either)
		}
		out = append(out, finish(markNounNegation(toks, fc.k, c), fc.k))
	}
	out = dropFirmSuitAnswers(toks, productOwners(toks, ms, out), ctx.claims)
	// remember lists of firms named together, for "they"
	for _, c := range out {
		if len(c.Targets) >= 2 {
			var g []Entity
			for _, t := range c.Targets {
				if t.Type == TypeFirm {
					g = append(g, t)
				}
			}
			if len(g) >= 2 {
				ctx.claimGroups = append(ctx.claimGroups, g)
			}
		}
		if g := jointDealSides(c); g != nil {
			ctx.claimGroups = append(ctx.claimGroups, g)
		}
	}
	if g := firmList(toks, ms); len(g) >= 2 {
		ctx.groups = append(ctx.groups, g)
	}
	if u := upheldBy(toks, ms); u != nil {
		// for the article's memory only: run() keeps it out of the result
		out = append(out, *u)
	}
	return out
}

// personsBound reports whether the object right after a mandate verb is a
// group of former staff: "barred two of its former directors", "banned the
// bank's ex-executives".
func personsBound(toks []token, k int) bool {
	former := false
	for n := k + 1; n < len(toks) && n <= k+7; n++ {
		w := toks[n].low
		if w == "former" || w == "ex" {
			former = true
		}
		if personNouns[w] || w == "individuals" || w == "bankers" || w == "brokers" || w == "traders" || w == "people" {
			// a firm's present executives stand for it ("summoned the
			// executives of X"); its former ones do not
			return former
		}
		if toks[n].kind == tokNum || personsLead[w] {
			continue
		}
		return false
	}
	return false
}

// personsLead may precede persons as a verb's object.
var personsLead = toSet(`two three four five six seven eight nine ten several some all of its their the a former ex - senior top 's bank company firm`)

// ceaseWords before a gerund name a practice someone must end.
var ceaseWords = toSet(`stop stops stopped stopping cease ceased end ended ending quit avoid refrain from`)

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func (m mention) classString() string {
	switch m.class {
	case mAuth:
		return "authority"
	case mFirm:
		return "firm"
	case mSector:
		return "sector"
	case mPerson:
		return "person"
	case mPlace:
		return "place"
	case mPron:
		return "reference"
	case mName:
		return "name"
	case mOther:
		return "other"
	}
	return "?"
}

// preferExplicitResponses drops a firm's responses whose authority was only
// inferred from context when the same sentence names the authority it
// answers ("complying ... support the Ministry's decision").
func preferExplicitResponses(cs []Claim) []Claim {
	explicit := map[string]bool{}
	for _, c := range cs {
		if c.Kind == KindResponse && !strings.HasSuffix(c.Rule, "-context") {
			explicit[strings.ToLower(c.Actor.Canonical)] = true
		}
	}
	if len(explicit) == 0 {
		return cs
	}
	out := cs[:0]
	for _, c := range cs {
		if c.Kind == KindResponse && strings.HasSuffix(c.Rule, "-context") && explicit[strings.ToLower(c.Actor.Canonical)] {
			continue
		}
		out = append(out, c)
	}
	return out
}

// inWhetherClause: the trigger at k sits in a finite clause after
// "whether" ("an inquiry into whether Intel's pricing penalized cloud
// providers that bought chips from AMD"): what is asked is no act. "whether
// to appeal" (a choice weighed) is left to the response rules.
func inWhetherClause(toks []token, k int) bool {
	for i := k - 1; i >= 0 && i >= k-25; i-- {
		switch toks[i].low {
		case "whether":
			// "weighing whether to fine X" is a hedged act; "has until May to
			// decide whether to approve" only names the open question
			return i+1 < k && (toks[i+1].low != "to" || decidesWhether(toks, i))
		case ";", ":":
			return false
		case ",":
			if i+1 < len(toks) && (toks[i+1].low == "and" || toks[i+1].low == "but" || toks[i+1].low == "according" || toks[i+1].low == "which" || toks[i+1].low == "while") {
				return false
			}
		}
	}
	return false
}

// pendingTrigger is a response trigger left for a second pass over the
// sentence, once the acts named after it are known.
type pendingTrigger struct {
	k  int
	tg trigger
}

// hasAuthorityAct: some claim is an authority's act on a firm.
func hasAuthorityAct(cs []Claim) bool {
	for _, c := range cs {
		if c.Kind != KindResponse && c.Kind != KindAction && !c.Negated {
			return true
		}
	}
	return false
}

// onlyRule: every claim came from one rule.
func onlyRule(cs []Claim, rule string) bool {
	for _, c := range cs {
		if c.Rule != rule {
			return false
		}
	}
	return len(cs) > 0
}

// hasKindIn: some claim is of kind.
func hasKindIn(cs []Claim, kind string) bool {
	for _, c := range cs {
		if c.Kind == kind {
			return true
		}
	}
	return false
}

// hasRule: some claim came from rule.
func hasRule(cs []Claim, rule string) bool {
	for _, c := range cs {
		if c.Rule == rule {
			return true
		}
	}
	return false
}

// weighed hedges an appeal the firm only weighs.
func weighed(c Claim) Claim {
	if c.Action == "consider appeal" {
		c.Certainty = Hedged
	}
	return c
}
