package extract

// Cases and rulings told as nouns and clauses: a case filed against a firm
// or brought by someone (an authority suing is a probe), and a court ruling
// a firm liable. Split from claims_nouns.go, which keeps the inquiry and
// deal nouns.

var caseNouns = toSet(`case lawsuit suit complaint action claim petition challenge charges proceedings`)

// buildCaseFiled: "the attorney general filed a lawsuit accusing X of ...",
// "filed a complaint against X": an authority sues, a probe.
func (x *ClaimExtractor) buildCaseFiled(toks []token, ms []mention, k int, neg bool) ([]Claim, string) {
	// "filed a civil antitrust lawsuit against", "filed a patent infringement suit against"
	if !wordWithin(toks, k+1, 5, "lawsuit", "suit", "complaint", "case", "charges", "petition", "lawsuits", "suits", "action", "claim", "complaints", "petitions", "cases", "proceedings", "arbitration") {
		return nil, "filed something other than a case"
	}
	subj := subjectBefore(toks, ms, k, func(m mention) bool { return m.class == mAuth || m.class == mFirm || m.class == mName }, 6)
	if coordinatedVerb(toks, k) {
		// "has ordered X to stop ... and filed formal charges against the
		// company": the second verb shares the first one's subject, not
		// the first one's object
		if n := sentenceSubject(ms); n >= 0 && ms[n].class == mAuth && ms[n].j < k {
			subj = []int{n}
		}
	}
	if len(subj) == 0 || ms[subj[len(subj)-1]].ent.Type == TypeCourt {
		return nil, "case filed by no authority or firm"
	}
	if s := ms[subj[len(subj)-1]]; s.firmOrName() || s.class == mPron && s.firmRef != nil && (s.authRef == nil || s.i >= 1 && attributionVerbs[toks[s.i-1].low]) {
		// "Magazine Luiza said it had filed a lawsuit against ...": the speaking firm sues
		return x.buildFirmSuit(toks, ms, k, subj, neg)
	}
	// (past a venue: "filed a criminal complaint with the Department of
	// Special Investigation against X")
	i := firmInPhraseAfter(toks, ms, k, 18, "against", "accusing", "charging", "alleging")
	if i < 0 {
		// "accusing three salmon farmers — A, B and C — of ...": the class
		// named, then its members after a dash or colon
		i = classThenMembers(toks, ms, k)
	}
	if i < 0 {
		return nil, "case filed against no firm"
	}
	targets := onlyTargets(entitiesOf(ms, listFrom(toks, ms, i), isFirmish, "firm"), nil)
	if len(targets) == 0 {
		return nil, "case filed against no firm"
	}
	var out []Claim
	for _, a := range entitiesOf(ms, subj, isAuth, "auth") {
		out = append(out, Claim{Kind: KindProbe, Actor: a, Targets: targets, Action: "sue", Negated: neg, Confidence: 0.7, Rule: "probe/case-filed"})
	}
	return out, ""
}

// buildCaseBroughtBy: "a lawsuit brought by the attorney general", "the
// case was filed by Ele.me": the agent sues the firms the sentence (or the
// one before) is about.
func (x *ClaimExtractor) buildCaseBroughtBy(toks []token, ms []mention, k int, ctx *docContext, sofar []Claim) ([]Claim, string) {
	hasCase := false
	for i := k - 1; i >= 0 && i >= k-4; i-- {
		if caseNouns[toks[i].low] {
			hasCase = true
		}
	}
	if !hasCase || k+1 >= len(toks) || toks[k+1].low != "by" {
		return nil, "brought/filed without a case and an agent"
	}
	agent := agentAfter(toks, ms, k)
	if len(agent) == 0 {
		return nil, "brought/filed by no one named"
	}
	a := ms[agent[0]]
	var targets []Entity
	pool := sofar
	if len(pool) == 0 && len(ctx.claims) > 0 {
		last := ctx.claims[len(ctx.claims)-1].Sentence
		for _, c := range ctx.claims {
			if c.Sentence == last {
				pool = append(pool, c)
			}
		}
	}
	if len(pool) == 0 {
		// "The lawsuit, filed by the DOJ, accuses Google of ...": the first firm after the agent
		last := ms[agent[len(agent)-1]].j
		for n := range ms {
			if ms[n].i >= last && ms[n].class == mFirm {
				targets = append(targets, ms[n].ent)
				break
			}
		}
	}
	if len(pool) == 0 && len(targets) == 0 {
		// "Kestrel has settled charges brought by FINRA": the firm that settled
		// or faces them
		if t := settlingSubject(toks, ms, k); t != nil {
			targets = append(targets, *t)
		}
	}
	for _, c := range pool {
		if c.Kind == KindResponse || c.Kind == KindAction {
			if c.Kind == KindResponse && !sameEntityAny(c.Actor, targets) {
				targets = append(targets, c.Actor)
			}
			continue
		}
		for _, t := range c.Targets {
			if t.Type == TypeFirm && !sameEntityAny(t, targets) {
				targets = append(targets, t)
			}
		}
	}
	switch a.class {
	case mAuth:
		targets = onlyTargets(targets, []Entity{a.ent})
		if len(targets) == 0 {
			return nil, "case brought by an authority against no known firm"
		}
		return []Claim{{Kind: KindProbe, Actor: a.ent, Targets: targets, Action: "sue", Confidence: 0.6, Rule: "probe/case-brought-by"}}, ""
	case mFirm, mName:
		// ("a lawsuit brought by rival Pinewood Analytics": a name the
		// catalogue lacks sues as a firm)
		ae := asFirm(a)
		var ft []Entity
		for _, t := range targets {
			if !sameEntity(t, ae) {
				ft = append(ft, t)
			}
		}
		if len(ft) == 0 {
			return nil, "case brought by a firm against no other firm"
		}
		return []Claim{{Kind: KindAction, Actor: ae, Targets: ft, Action: "sue", Confidence: 0.55, Rule: "action/case-brought-by"}}, ""
	}
	return nil, "brought/filed by neither an authority nor a firm"
}

var liabilityWords = toSet(`illegally unlawfully violated violates breached breaches broke infringed infringes abused abuses
 liable guilty monopolized monopolised misled defrauded discriminated colluded`)

// buildRuledLiable: "a U.S. judge ruled that Google illegally monopolized
// search", "the court found Meta liable": a court rules a firm liable.
func (x *ClaimExtractor) buildRuledLiable(toks []token, ms []mention, k int) ([]Claim, string) {
	i := afterRulingDate(toks, k+1)
	if i < len(toks) && toks[i].low == "that" {
		i++
	}
	var subj *mention
	for n := range ms {
		if ms[n].i == i || (ms[n].i == i+1 && toks[i].low == "the") || ms[n].i > i && rulingDescriptor(toks, i, ms[n].i) {
			subj = &ms[n]
			break
		}
	}
	if subj == nil || !(subj.firmOrName() || subj.class == mPron && subj.firmRef != nil) {
		return nil, ""
	}
	if !wordWithin(toks, subj.j, 5, keysOf(liabilityWords)...) && !(wordWithin(toks, subj.j, 3, "engaged") && toks[k].low == "ruled") {
		return nil, ""
	}
	var a *Entity
	for n := len(ms) - 1; n >= 0; n-- {
		if ms[n].j <= k && ms[n].class == mAuth && (ms[n].ent.Type == TypeCourt || toks[k].low == "ruled" && k-ms[n].j <= 2) {
			// a court's finding, or a regulator's own ruling ("the agency
			// ruled it had engaged in unfair competition"); a regulator that
			// merely "found" reports an inquiry (below)
			e := ms[n].ent
			a = &e
			break
		}
	}
	target := asFirm(*subj)
	if subj.class == mPron {
		target = *subj.firmRef
	}
	if a == nil && toks[k].low == "found" {
		// "the competition commission has found that X abused ...": an
		// investigation's finding, the regulator's probe of the firm
		for n := len(ms) - 1; n >= 0; n-- {
			if ms[n].j <= k && k-ms[n].j <= 3 && ms[n].class == mAuth {
				return []Claim{{Kind: KindProbe, Actor: ms[n].ent, Targets: []Entity{target}, Action: "find", Confidence: 0.6, Rule: "probe/found-that"}}, ""
			}
		}
	}
	if a == nil {
		return nil, "ruled/found by no court"
	}
	return []Claim{{Kind: KindMandate, Actor: *a, Targets: []Entity{target}, Action: "rule liable", Confidence: 0.65, Rule: "mandate/ruled-liable"}}, ""
}

// afterRulingDate skips the date a ruling is told with ("ruled on Tuesday
// that", "found last week that") and returns the index after it.
func afterRulingDate(toks []token, i int) int {
	switch {
	case i+1 < len(toks) && toks[i].low == "on" && dayNames[toks[i+1].low]:
		return i + 2
	case i+1 < len(toks) && toks[i].low == "last" && (toks[i+1].low == "week" || toks[i+1].low == "month" || toks[i+1].low == "year"):
		return i + 2
	case i < len(toks) && (toks[i].low == "yesterday" || toks[i].low == "today"):
		return i + 1
	}
	return i
}

// rulingDescriptor: toks[from:to] is what the firm ruled against does, in
// lower-case words ("that medical-device maker Orvane ...", "that the lender
// Kivuko Bank ..."), so the name after it is the ruling's subject.
func rulingDescriptor(toks []token, from, to int) bool {
	if to-from > 4 || from >= to {
		return false
	}
	for q := from; q < to; q++ {
		t := toks[q]
		if t.kind != tokWord || t.upper || verbCue[t.low] || t.low == "that" || t.low == "it" {
			return false
		}
	}
	return true
}
