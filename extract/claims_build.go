package extract

import "strings"

// build turns one trigger into claims: it decides the voice, finds the actor
// (subject, "by" agent, or the sentence's speaker) and the targets (object,
// or passive subject), and applies the kind's own checks.
func (x *ClaimExtractor) build(s sentence, ms []mention, k int, tg trigger, ctx *docContext, sofar []Claim) ([]Claim, string) {
	toks := s.toks
	if cs, why, done := x.firstFrames(s, ms, k, tg, ctx, sofar); done {
		return cs, why
	}
	tg, ok := reframe(toks, k, tg)
	if !ok {
		return nil, ""
	}
	neg := negatedAt(toks, k)
	aux := passiveAux(toks, k, tg)
	if aux < 0 && tg.form == formPast && k > 0 && k+1 < len(toks) && toks[k+1].low == "by" && !authEndsAt(ms, k) {
		// a reduced relative: "among eight companies fined by the regulator"
		aux = k
	}
	if aux < 0 && s.head && tg.form == formPast && headlinePassive(toks, ms, k) {
		// headline-ese drops the auxiliary: "Uber ordered to reinstate drivers
		// by Kenyan court", "Pelican Air fined $4.5 million by DOT"
		aux = k
	}
	var (
		cs   []Claim
		why  string
		done bool
	)
	if tg, cs, why, done = x.lemmaFrames(toks, ms, k, aux, tg, neg, ctx, sofar); done {
		return cs, why
	}
	if aux >= 0 && wordWithin(toks, max(0, k-8), min(8, k), "should", "ought") {
		return nil, "\"should be\": a demand by someone, not an act"
	}
	if tg.lemma == "oblige" && aux >= 0 {
		// "Apple said it was obliged to follow the laws": the firm complies
		subj := passiveTargets(toks, ms, aux)
		var firms []Entity
		for _, e := range subj {
			if e.Type == TypeFirm {
				firms = append(firms, e)
			}
		}
		if len(firms) == 0 {
			return nil, "obliged: no firm"
		}
		return x.buildResponse(toks, ms, k, trigger{lemma: "comply", firmKind: KindResponse, stance: "comply"}, firms, nil, neg, ctx, sofar, "-obliged")
	}
	rule := ""
	var actors, targets []Entity
	actorKind := ""
	conf := 0.85
	premises := false
	if aux >= 0 {
		rule = "-passive"
		targets = passiveTargets(toks, ms, aux)
		if len(onlyTargets(targets, nil)) == 0 && tg.authKind == KindProbe {
			// "X confirmed that its offices had been searched": the firm owning the premises
			if f := premisesOwner(toks, ms, aux); f != nil {
				targets, premises = []Entity{*f}, true
			}
		}
		agent := agentAfter(toks, ms, k)
		switch {
		case len(agent) > 0:
			if a := entitiesOf(ms, agent, isAuth, "auth"); len(a) > 0 && tg.authKind != "" && (ms[agent[0]].class == mAuth || ms[agent[0]].class == mPlace) {
				actors, actorKind = a, "auth"
			} else if f := entitiesOf(ms, agent, isFirmish, "firm"); len(f) > 0 && tg.firmKind != "" {
				actors, actorKind = f, "firm"
			} else if a := agentByFrame(ms, agent, tg); a != nil {
				actors, actorKind = []Entity{*a}, "auth"
				conf -= 0.15
			}
		}
		if actors == nil && tg.authKind != "" && byFollows(toks, k) && (len(agent) == 0 || !authorityApposed(toks, ms, agent)) {
			// (also a named agent that is no authority: "buses ordered by
			// Kraków" is a purchase, not an order the article's regulator gave)
			return nil, "the \"by\" agent is neither an authority nor a firm"
		}
		if actors == nil && tg.authKind != "" && tg.firmKind == "" && len(agent) == 0 {
			// 'NASA said the firms had been selected': an unknown acronym
			// speaking of an authority's act is that authority
			if a := acronymSpeaker(toks, ms, k); a != nil && nearestAuth(toks, ms, k, true) == nil {
				actors, actorKind = []Entity{*a}, "auth"
				conf -= 0.15
			}
		}
		if actors == nil && tg.authKind != "" {
			if a := nearestAuthExcept(toks, ms, k, true, courtVenuesAfter(toks, ms, k)); a != nil {
				actors, actorKind = []Entity{*a}, "auth"
				conf -= 0.1
			} else if a := ctx.recentAuth(); a != nil && (explicitPassiveSubject(toks, ms, aux) || premises) {
				// an agentless passive about a firm named here ("TV channels were
				// banned"): the authority the article was just talking about
				actors, actorKind = []Entity{*a}, "auth"
				conf -= 0.3
				rule += "-context"
			} else if a := groupPassiveAuthority(toks, ms, aux, ctx); a != nil {
				// "The companies have been told to hand over contracts" after the
				// probe into both: the authority that acted on that group
				actors, actorKind = []Entity{*a}, "auth"
				conf -= 0.3
				rule += "-group-context"
			}
		}
	} else {
		subjOK := func(m mention) bool {
			return m.class == mAuth || m.class == mFirm || m.class == mName || (m.class == mPlace && (k-m.j <= 1 || onlyAuxBetween(toks, m.j, k))) ||
				m.class == mOther && m.src == "name" && tg.authKind != "" && tg.firmKind == "" && (isAcronym(toks[m.i].text) || x.countrysBody(toks, m))
		}
		subj := subjectBefore(toks, ms, k, subjOK, 8)
		if len(subj) == 0 && (coordinatedVerb(toks, k) || appositiveBefore(toks, k) || tg.firmKind == KindResponse && progressBefore(toks, k)) {
			// "it had fixed the shortcomings found by the watchdog and would not
			// appeal": a second verb shares the first one's subject
			subj = subjectBefore(toks, ms, k, subjOK, 20)
		}
		if (len(subj) == 0 || ms[subj[len(subj)-1]].class == mAuth) && tg.firmKind == KindAction && tg.authKind == "" && k > 0 && toks[k-1].low == "to" {
			// "X won approval from the regulator on Wednesday to acquire Y": the
			// infinitive's subject is the firm that won it
			subj = subjectBefore(toks, ms, k, func(m mention) bool { return m.class == mFirm || m.class == mName && nameLen(&m) >= 2 }, 20)
		}
		if len(subj) > 0 {
			first := ms[subj[len(subj)-1]]
			switch {
			case first.class == mPron && tg.authKind != "" && first.authRef != nil && !first.plural && (tg.firmKind == "" || first.firmRef == nil || isSubjectStart(toks, first.i)):
				actors, actorKind = []Entity{*first.authRef}, "auth"
			case (first.class == mAuth || first.class == mPlace) && tg.authKind != "":
				actors, actorKind = entitiesOf(ms, subj, isAuth, "auth"), "auth"
			case (first.class == mName || first.class == mOther && first.src == "name") && tg.authKind != "" && tg.firmKind == "" && (isAcronym(span(toks, first.i, first.j-btoi(first.poss))) || x.countrysBody(toks, first)) && !first.poss && acronymActsAt(toks, first.j, k):
				// an acronym the catalogue lacks that fines, orders or approves
				// is an authority by what it does ("NASA selected ...")
				e := first.ent
				e.Type = TypeRegulator
				actors, actorKind = []Entity{e}, "auth"
				conf -= 0.15
			case (first.firmOrName() || first.class == mPron) && tg.firmKind != "":
				// an unknown name acts as a firm; whether the claim stands is
				// decided by what it is done to (see the action checks below)
				actors, actorKind = entitiesOf(ms, subj, func(m mention) bool {
					return m.class == mFirm || m.class == mName && (tg.firmKind == KindResponse || unknownActs[tg.lemma])
				}, "firm"), "firm"
			}
		}
		if actors == nil && tg.firmKind == KindResponse && answerParticipleAfterComma(toks, k) {
			// "The insurer said it would file suit before the Santiago Court of
			// Appeals, contesting both the fine and the order": the participle's
			// subject is the speaking firm, not the last name before it
			if f, at, _ := stanceSpeaker(toks, ms); f != nil && at < k {
				actors, actorKind = []Entity{*f}, "firm"
			}
		}
		if actors == nil && tg.firmKind != "" && weBefore(toks, k) {
			// '"We will appeal," the company said.': the quoted firm speaks
			if f := quotedSpeakerFirm(toks, ms, k); f != nil {
				actors, actorKind = []Entity{*f}, "firm"
			} else if f := speakerBeforeQuote(toks, ms, k); f != nil {
				actors, actorKind = []Entity{*f}, "firm"
			}
		}
		if actors == nil && tg.authKind != "" {
			if a := nearestAuthExcept(toks, ms, k, false, objectMentions(toks, ms, k, true)); a != nil {
				actors, actorKind = []Entity{*a}, "auth"
				conf -= 0.1
			}
		}
		if actors == nil && tg.authKind == KindMandate && documentSubject(toks, k) && len(ctx.auths) > 0 {
			// "The order, which follows an inspection ..., also directs the
			// company to re-examine ...": the authority whose order it is
			actors, actorKind = []Entity{ctx.auths[len(ctx.auths)-1]}, "auth"
			conf -= 0.15
		}
		if actors == nil && tg.firmKind == KindAction {
			// "Having agreed to acquire X, Y raised debt": the main clause's subject
			if f := frontedClauseSubject(toks, ms, k); f != nil {
				actors, actorKind = []Entity{*f}, "firm"
				conf -= 0.1
			}
		}
		idx := objectMentions(toks, ms, k, tg.authKind == KindProbe && actorKind == "auth")
		if len(idx) == 0 && k+2 < len(toks) && toks[k+1].low == "that" && tg.authKind == KindMandate {
			// "demanding that Google sell ...": the that-clause's subject is bound
			for i := range ms {
				if ms[i].i == k+2 || (ms[i].i == k+3 && toks[k+2].low == "the") {
					idx = listFrom(toks, ms, i)
					break
				}
			}
		}
		if actorKind == "firm" {
			targets = entitiesOf(ms, idx, func(m mention) bool { return m.firmOrName() || m.class == mAuth }, "firm")
			if len(targets) == 0 && tg.lemma == "block" && supplyCutAt(toks, k) {
				// "halted deliveries to discount chain X", "suspended services at Nairobi's X"
				if i := firmInPhraseAfter(toks, ms, k, 12, "to", "at", "with"); i >= 0 {
					targets = entitiesOf(ms, listFrom(toks, ms, i), func(m mention) bool { return m.firmOrName() }, "firm")
				}
			}
		} else {
			targets = entitiesOf(ms, idx, isFirmish, "firm")
			if b := itAfterApproval(toks, ms, idx, sofar); b != nil && tg.authKind == KindMandate {
				targets = []Entity{*b} // "authorised A to take over B but ordered it to": A
			}
			if o := ownedThingOwner(toks, ms, k); o != nil && actorKind == "auth" && (len(idx) == 0 || ms[idx[0]].j <= k+8 && !ms[idx[0]].firmOrName() || nameLen(&ms[idx[0]]) == 1 && isAcronym(ms[idx[0]].ent.Name)) {
				targets = o // "grounded five ATR aircraft operated by X": the owner, not the maker
			} else if o := premisesOfOwner(toks, ms, k, tg.lemma); o != nil && actorKind == "auth" {
				targets = o // "sealed three outlets of fast-food chain X": the owner of the premises
			}
			if len(targets) == 0 && actorKind == "auth" {
				targets = x.objectFallback(toks, ms, k, idx, tg, conf >= 0.85)
			}
			if len(targets) == 0 && actorKind == "auth" && tg.authKind == KindProbe {
				targets = probeOfIts(toks, ms, k, ctx)
			}
			if len(targets) == 0 && actorKind == "auth" && conf >= 0.85 && (tg.lemma == "demand" || tg.lemma == "summon") {
				// "demanding answers from wireless providers"
				for i := range ms {
					if ms[i].i > k+1 && ms[i].i <= k+5 && toks[ms[i].i-1].low == "from" && isFirmish(ms[i]) {
						targets = entitiesOf(ms, listFrom(toks, ms, i), isFirmish, "firm")
						break
					}
				}
			}
		}
	}
	if len(actors) == 0 {
		return nil, whyNoActor
	}
	var out []Claim
	switch actorKind {
	case "auth":
		kind := tg.authKind
		action := tg.lemma
		prohibition := tg.prohibition
		extraMandate := false
		if kind == KindMandate {
			if p, more := orderToPay(toks, k); p {
				kind, action, extraMandate = KindPenalty, "order to pay", more
			} else if stopsAfter(toks, k) {
				prohibition = true
			}
			if tg.lemma == "block" {
				prohibition = true
			}
		}
		if kind == KindApproval && tg.lemma == "clear" && clearedOfCharge(toks, k) {
			kind, neg = KindPenalty, true // "cleared X of the accusations": no sanction
		}
		if kind == KindMandate && objectIsInquiry(toks, k) {
			return nil, "ordering an inquiry is the inquiry itself (probe)"
		}
		if kind == KindProbe && tg.lemma == "accuse" && (actedBefore(sofar, actors) || aux >= 0 || tg.form == formIng || conf < 0.85 && !relativeAfterComma(toks, k) || k > 0 && toks[k-1].text == ",") {
			// ", accusing X of ...", "was accused by": restating the act before it;
			// an authority's own accusation in a sentence of its own, or another
			// authority's ("granting an application by the EFCC, which accuses
			// the marketer of fraud"), is a charge
			return nil, "an accusation restates the act it follows"
		}
		if kind == KindApproval || kind == KindMandate || kind == KindProbe {
			// "approved the purchase of X by Y", "blocked the merger of A and B": the parties
			if dt := dealTargets(toks, ms, k); len(dt) > 0 && aux < 0 {
				targets = dt
				rule += "-deal-noun"
			}
		}
		if len(onlyTargets(targets, actors)) == 0 && tg.lemma == "accept commitments" {
			// "accepted commitments from Microsoft": the firm that offered them
			if i := firmInPhraseAfter(toks, ms, k, 8, "from", "by"); i >= 0 {
				targets = entitiesOf(ms, listFrom(toks, ms, i), isFirmish, "firm")
			}
		}
		if kind == KindApproval && (tg.lemma == "grant" || tg.lemma == "award" || tg.lemma == "issue") && aux < 0 {
			// the recipients' list replaces an object it extends ("a licence to
			// A and approval to B and C")
			if r := grantRecipients(toks, ms, k); len(r) > 0 && (len(onlyTargets(targets, actors)) == 0 || len(r) > len(targets) && sameEntityAny(targets[0], r)) {
				targets = r
				rule += "-to"
			}
		}
		if len(onlyTargets(targets, actors)) == 0 && (kind == KindApproval || tg.lemma == "set deadline") {
			// "approved licence renewals for A, B and C", "granted permits to A",
			// "approved a tariff increase requested by utility Zesco"
			if i := firmInPhraseAfter(toks, ms, k, 12, "for", "to"); i >= 0 || kind == KindApproval && wordWithin(toks, k+1, 10, "requested", "sought", "proposed", "submitted", "filed", "led") {
				if i < 0 {
					// "a tariff increase requested by utility Zesco", "licences to
					// three consortiums led by A, B and C"
					i = firmInPhraseAfter(toks, ms, k, 14, "by")
				}
				if i >= 0 {
					targets = entitiesOf(ms, listFrom(toks, ms, i), isFirmish, "firm")
					rule += "-for"
				}
			}
		}
		if len(onlyTargets(targets, actors)) == 0 && (kind == KindPenalty || kind == KindMandate) && (tg.lemma == "revoke" || tg.lemma == "suspend" || tg.lemma == "cancel" || tg.lemma == "withdraw") {
			if h := licenceHolder(toks, ms, k); len(h) > 0 {
				targets = h // "revoked 12 licences, including one held by X"
				rule += "-holder"
			}
		}
		if len(onlyTargets(targets, actors)) == 0 && kind == KindMandate && aux < 0 && len(actors) == 1 && bannedConduct(toks, k) {
			// "also issued a corrective order banning the practice": the firm
			// whose conduct this authority just acted on
			if c := lastActBy(actors[0], sofar, ctx); c != nil {
				targets = c.Targets
				rule += "-conduct"
			}
		}
		if len(onlyTargets(targets, actors)) == 0 && kind == KindApproval && wordWithin(toks, k+1, 5, "settlement", "settlements") {
			// "approved a $725 million settlement resolving a class action that accused Meta"
			if t := firmsAfter(ms, k); len(t) > 0 {
				targets = t[:1]
				rule += "-settlement"
			}
		}
		if len(onlyTargets(targets, actors)) == 0 && (dealNear(toks, k) || kind == KindMandate && boundIsMergedFirm(toks, k)) {
			// "the deal was cleared", "which the regulator approved": the parties of the last deal
			if d := lastDeal(sofar, ctx.claims); d != nil {
				targets = append([]Entity{d.Actor}, d.Targets...)
				if kind == KindMandate && boundIsMergedFirm(toks, k) {
					targets = []Entity{d.Actor} // "required the combined group to ...": the buyer
				}
				rule += "-deal"
			}
		}
		var buyerAct *Claim
		if kind == KindApproval && aux < 0 {
			if b, o := approvedBuying(toks, ms, k); b >= 0 {
				buyer, bought := asFirm(ms[b]), asFirm(ms[o])
				targets = []Entity{buyer, bought}
				rule += "-buying"
				buyerAct = &Claim{Kind: KindAction, Actor: buyer, Targets: []Entity{bought}, Action: "acquire", Negated: neg, Confidence: 0.65, Rule: "action/approved-buying"}
			}
		}
		var whetherClass []Entity
		if kind == KindProbe && aux < 0 && k+1 < len(toks) && (toks[k+1].low == "whether" || toks[k+1].low == "how") && onlySectors(onlyTargets(targets, actors)) {
			// "examining whether the arrangements gave some sellers an edge":
			// the sellers only if no firm acted on is meant
			whetherClass, targets = targets, nil
		}
		if len(onlyTargets(targets, actors)) == 0 && kind == KindProbe && aux < 0 && (tg.lemma == "look" || tg.lemma == "review" || tg.lemma == "examine" || tg.lemma == "investigate") && k+1 < len(toks) {
			// "looking into complaints about call drops on Jio's network"
			from := k + 1
			if toks[from].low == "into" || toks[from].low == "at" {
				from++
			}
			if r := probeObjectReach(toks, ms, from); len(r) > 0 {
				targets = r
				rule += "-object-reach"
			} else if len(actors) == 1 && actedConductAfter(toks, ms, from) {
				// "The watchdog is examining whether the arrangements ...":
				// the firm this authority just acted on
				if c := lastActBy(actors[0], sofar, ctx); c != nil {
					targets = c.Targets
					rule += "-acted-firm"
				}
			}
		}
		if len(targets) == 0 && whetherClass != nil {
			targets = whetherClass
		}
		if len(onlyTargets(targets, actors)) == 0 && kind == KindApproval && aux < 0 {
			if m := licensedName(toks, ms, k); m != nil {
				// "granted Norway's Scatec a licence", "approved a licence for Tamara"
				targets = []Entity{asFirm(*m)}
				rule += "-licensed-name"
			}
		}
		if len(onlyTargets(targets, actors)) == 0 && len(actors) == 1 && kind != KindApproval && coordinatedPassive(toks, k) {
			// "was fined 150,000 rials by the central bank and ordered to appoint ...":
			// the second participle shares the first's subject and agent
			if c := lastActBy(actors[0], sofar, ctx); c != nil && strings.HasSuffix(c.Rule, "-passive") {
				targets = c.Targets
				rule += "-coordinated-passive"
			}
		}
		if len(onlyTargets(targets, actors)) == 0 && aux < 0 && len(actors) == 1 && (kind == KindMandate || kind == KindPenalty) && describedObjectTo(toks, k) {
			// "and ordered the publisher to publish the odds": the firm this authority just acted on
			if c := lastActBy(actors[0], sofar, ctx); c != nil && len(c.Targets) == 1 {
				targets = c.Targets
				rule += "-described"
			}
		}
		if len(onlyTargets(targets, actors)) == 0 && kind == KindApproval && aux < 0 {
			if o := approvedThingOwner(toks, ms, k); o >= 0 {
				// "gave the nod to initial public offerings by X, Y and Z"
				targets = entitiesOf(ms, listFrom(toks, ms, o), isFirmish, "firm")
				rule += "-thing-owner"
			}
		}
		if len(onlyTargets(targets, actors)) == 0 && aux < 0 {
			// "a law requiring retail chains with sales above X, including A, B
			// and C, to pay": the class's named members, the object of the verb
			if mem := membersBeforeInfinitive(toks, ms, k); len(mem) > 0 {
				targets = mem
				rule += "-members"
			}
		}
		if len(onlyTargets(targets, actors)) == 0 && aux < 0 && kind == KindMandate && thatSubjunctiveFirm(toks, ms, k) >= 0 {
			// "demanded that X withdraw the tariff": the that-clause's subject
			targets = entitiesOf(ms, listFrom(toks, ms, thatSubjunctiveFirm(toks, ms, k)), isFirmish, "firm")
			rule += "-that"
		}
		if len(onlyTargets(targets, actors)) == 0 && aux < 0 {
			if o := objectMaker(toks, ms, k); len(o) > 0 {
				// "approved a generic version of drug X made by Y": the maker (claims_object_maker.go)
				targets = o
				rule += "-maker"
			}
		}
		if kind == KindProbe {
			// "reviewing X's ties to Y": X, not Y (claims_counterparty.go)
			targets = dropCounterparties(toks, ms, k, targets)
		}
		targets = onlyTargets(targets, actors)
		if len(targets) == 0 {
			return nil, "no firm or class of firms is bound"
		}
		if (strings.Contains(rule, "-context") || tg.lemma == "ask") && onlyUnknownNames(ms, targets) {
			return nil, "only unknown names bound, by an authority inferred or merely asking"
		}
		for _, a := range actors {
			c := Claim{Kind: kind, Actor: a, Targets: targets, Action: action, Prohibition: prohibition, Negated: neg, Confidence: conf, Rule: kind + "/" + tg.lemma + rule}
			if kind == KindPenalty {
				c.Amount, _ = findAmount(toks, k)
			}
			out = append(out, c)
			if extraMandate {
				m := c
				m.Kind, m.Action, m.Amount, m.Rule = KindMandate, "order", nil, "mandate/order-and-to"
				out = append(out, m)
			}
		}
		if buyerAct != nil {
			out = append(out, *buyerAct)
		}
	case "firm":
		kind := tg.firmKind
		if kind == KindResponse {
			return x.buildResponse(toks, ms, k, tg, actors, targets, neg, ctx, sofar, rule)
		}
		if a := suedAuthority(tg, targets, aux); a != nil {
			return suitAgainstAuthority(toks, k, actors, *a, neg), ""
		}
		var ft []Entity
		for _, t := range targets {
			if t.Type == TypeFirm && !sameEntityAny(t, actors) && !sameName(t, ft) {
				ft = append(ft, t)
			}
		}
		if tg.lemma == "integrate" && prenominalParticiple(toks, k) {
			return nil, "a participle before a noun ('with integrated Bluetooth'), no act"
		}
		if (tg.lemma == "pull" || tg.lemma == "remove") && pulledRecord(toks, k) {
			return nil, "a program moving records ('pulls the task from the queue'), no firm's act"
		}
		if tg.lemma == "pull" || tg.lemma == "remove" {
			// "pulled its catalogue from X", "removed X from its app store": one
			// side is named in the from-phrase, the other owns the thing moved
			if ft2, ok := pulledFrom(toks, ms, k, actors, ft); ok {
				ft = ft2
			} else if e := removedOwnersFirm(toks, ms, k, actors); e != nil {
				ft = []Entity{*e} // "removed mini-programs run by rival X"
			} else if onlyUnknownNames(ms, actors) && !tieWithAfter(toks, k) {
				return nil, "pulled/removed with no from-phrase: too loose for a name the catalogue lacks"
			}
		}
		if len(ft) == 0 && aux < 0 {
			// "took a majority stake in Kylie Jenner's cosmetics company"
			if e := personsCompany(toks, ms, objectMentions(toks, ms, k, false)); e != nil {
				ft = append(ft, *e)
			}
		}
		if len(ft) == 0 && (tg.lemma == "buy" || tg.lemma == "purchase" || tg.lemma == "acquire") {
			// "bought the rights to a drug from Lindqvist Biotech"
			if e := nameInPhraseAfter(toks, ms, k, 10, "from"); e != nil && !sameEntityAny(*e, actors) {
				ft = append(ft, *e)
			}
		}
		if len(ft) == 0 && k >= 3 && (toks[k-2].low == "which" || toks[k-2].low == "that") && toks[k-3].text == "," {
			// "Meetup, which it acquired in 2017": the antecedent is the object
			for i := range ms {
				if ms[i].j == k-3 && (ms[i].firmOrName() || ms[i].class == mOther && ms[i].src == "name") && !sameEntityAny(asFirm(ms[i]), actors) {
					ft = append(ft, asFirm(mention{ent: ms[i].ent, class: mName}))
				}
			}
		}
		if len(ft) == 0 && tg.lemma == "acquire" && k+1 < len(toks) && toks[k+1].low == "over" {
			// "took over rival X": the object follows the particle
			for _, t := range entitiesOf(ms, objectMentions(toks, ms, k+1, false), func(m mention) bool { return m.firmOrName() }, "firm") {
				if !sameEntityAny(t, actors) {
					ft = append(ft, t)
				}
			}
		}
		if len(ft) == 0 && tg.lemma == "sue" && toks[k].low == "won" {
			// "won a court case against X": the other side follows "against"
			if e := nameInPhraseAfter(toks, ms, k, 6, "against"); e != nil && !sameEntityAny(*e, actors) {
				ft = append(ft, *e)
			}
		}
		if len(ft) == 0 && k+1 < len(toks) && phrasalParticle(toks[k].low, toks[k+1].low) {
			// "swooped on X", "switched off X": the object follows the particle
			if e := nameInPhraseAfter(toks, ms, k, 3, toks[k+1].low); e != nil && !sameEntityAny(*e, actors) {
				ft = append(ft, *e)
			}
		}
		if len(ft) == 0 && (tg.lemma == "partner" || tg.lemma == "merge" || tg.lemma == "combine" || tg.lemma == "integrate") {
			// "has partnered with Chilean utility Andes Power"
			if e := nameInPhraseAfter(toks, ms, k, 6, "with"); e != nil && !sameEntityAny(*e, actors) {
				ft = append(ft, *e)
			}
		}
		if len(ft) == 0 && tg.lemma == "open" && k+1 < len(toks) && (toks[k+1].low == "its" || toks[k+1].low == "their" || toks[k+1].low == "up") {
			// "opened its Pix infrastructure to rival fintechs including A and
			// B" (its own asset, not "opened the season")
			if i := firmInPhraseAfter(toks, ms, k, 12, "to"); i >= 0 {
				for _, t := range entitiesOf(ms, listFrom(toks, ms, i), isFirmish, "firm") {
					if !sameEntityAny(t, actors) {
						ft = append(ft, t)
					}
				}
			}
		}
		if len(ft) == 0 && (tg.lemma == "block" || tg.lemma == "restrict" || tg.lemma == "remove" || tg.lemma == "pull" || tg.lemma == "unblock") {
			// "blocked its app from running on Telvix smart TVs", "cut off
			// interconnection with rival X", "blocked users from paying with X"
			if e := nameInPhraseAfter(toks, ms, k, 9, "on", "from", "with"); e != nil && !sameEntityAny(*e, actors) {
				ft = append(ft, *e)
			} else if e := rivalOfRelative(toks, ms, k); e != nil && !sameEntityAny(*e, actors) {
				ft = append(ft, *e)
			}
		}
		if len(ft) == 0 {
			if cs := jointSubjects(actors, tg, neg, conf, rule); cs != nil {
				return cs, ""
			}
			return nil, "no other firm is acted upon"
		}
		if onlyUnknownNames(ms, append(append([]Entity(nil), actors...), ft...)) && !namesLookFirmy(ms, append(append([]Entity(nil), actors...), ft...), ctx.firmy) {
			return nil, "neither side is a known or suffixed firm"
		}
		for _, a := range actors {
			out = append(out, Claim{Kind: KindAction, Actor: a, Targets: ft, Action: tg.lemma, Negated: neg, Confidence: conf - 0.1, Rule: "action/" + tg.lemma + rule})
		}
	}
	return out, ""
}
