package extract

import "strings"

// build turns one trigger into claims: it decides the voice, finds the actor
// (subject, "by" agent, or the sentence's speaker) and the targets (object,
// or passive subject), and applies the kind's own checks.
func (x *ClaimExtractor) build(s sentence, ms []mention, k int, tg trigger, ctx *docContext, sofar []Claim) ([]Claim, string) {
	toks := s.toks
	if requestedOnly(toks, k) {
		return nil, "only requested by someone else (urged/asked ... to)"
	}
	if inConditional(toks, k) {
		return nil, "inside an if/unless clause: a condition, not a claim"
	}
	switch tg.form {
	case formModal:
		return x.buildModal(toks, ms, k, tg, ctx)
	case formNoun:
		return x.buildNoun(toks, ms, k, tg, ctx, sofar)
	}
	neg := negatedAt(toks, k)
	aux := passiveAux(toks, k, tg)
	if aux < 0 && tg.form == formPast && k > 0 && k+1 < len(toks) && toks[k+1].low == "by" && !authEndsAt(ms, k) {
		// a reduced relative: "among eight companies fined by the regulator"
		aux = k
	}
	switch tg.lemma {
	case "tell", "instruct", "direct", "urge":
		if !infinitiveAfter(toks, k) || aux < 0 && !objectThenTo(toks, ms, k) {
			return nil, "tell/instruct without \"to\" + verb: reported speech, not an order"
		}
	case "take":
		if wordWithin(toks, k+1, 6, "court") && wordWithin(toks, k+1, 6, "to") && !wordWithin(toks, k+1, 3, "case") {
			// "has taken Google to court": a suit
			tg = trigger{lemma: "sue", authKind: KindProbe, firmKind: KindAction, form: tg.form}
			break
		}
		if !wordWithin(toks, k+1, 4, "case", "appeal", "fight") {
			return nil, ""
		}
	case "ask":
		if courtObject(toks, ms, k) {
			// "asked a court to order Google to sell ...": the authority sues
			tg = trigger{lemma: "sue", authKind: KindProbe, form: tg.form}
			if t := firmsAfter(ms, k); len(t) > 0 {
				if a := nearestAuth(toks, ms, k, false); a != nil && a.Type != TypeCourt {
					return []Claim{{Kind: KindProbe, Actor: *a, Targets: t, Action: "sue", Negated: negatedAt(toks, k), Confidence: 0.65, Rule: "probe/ask-court"}}, ""
				}
			}
			return nil, "asked a court, but no firm or authority"
		}
		if !infinitiveAfter(toks, k) || aux < 0 && !objectThenTo(toks, ms, k) {
			return nil, "asked without \"to\" + verb: a question, not an order"
		}
	case "target":
		if aux < 0 {
			return nil, ""
		}
	case "bring":
		return x.buildCaseBroughtBy(toks, ms, k, ctx, sofar)
	case "rule", "find":
		return x.buildRuledLiable(toks, ms, k)
	case "seize", "freeze", "confiscate":
		// a penalty only on a firm's assets ("froze $725 million in assets belonging to Xiaomi"), not evidence
		if !wordWithin(toks, k+1, 9, "assets", "accounts", "funds", "bank", "property", "properties", "shares", "stake", "deposits", "cash", "crypto", "tokens") {
			return nil, "seized/froze something other than a firm's assets"
		}
	case "pay":
		return x.buildPaidToSettle(toks, ms, k, neg)
	case "receive", "face":
		return x.buildReceivedFrom(toks, ms, k, tg, neg)
	case "give":
		// "gave Microsoft the green light", "gave the go-ahead to the merger of X and Y"
		if !wordWithin(toks, k+1, 7, "green", "go-ahead", "approval", "nod", "clearance", "permission", "greenlight") {
			return nil, ""
		}
	case "lift":
		// "lifted a ban on Huawei", "lifted restrictions on TikTok": an approval
		b := -1
		for i := k + 1; i < len(toks) && i <= k+4; i++ {
			switch toks[i].low {
			case "ban", "bans", "restrictions", "suspension", "sanctions", "moratorium", "embargo", "freeze":
				b = i
			}
		}
		if b < 0 {
			return nil, "lift without a ban"
		}
		idx := objectMentions(toks, ms, b, true)
		targets := onlyTargets(entitiesOf(ms, idx, isFirmish, "firm"), nil)
		if len(targets) == 0 {
			return nil, "lifted ban on no firm"
		}
		a := nearestAuthExcept(toks, ms, k, false, idx)
		if a == nil {
			return nil, "lifted by no authority"
		}
		return []Claim{{Kind: KindApproval, Actor: *a, Targets: targets, Action: "lift ban", Negated: neg, Confidence: 0.7, Rule: "approval/lift-ban"}}, ""
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
	if aux >= 0 {
		rule = "-passive"
		targets = passiveTargets(toks, ms, aux)
		agent := agentAfter(toks, ms, k)
		switch {
		case len(agent) > 0:
			if a := entitiesOf(ms, agent, isAuth, "auth"); len(a) > 0 && tg.authKind != "" && (ms[agent[0]].class == mAuth || ms[agent[0]].class == mPlace) {
				actors, actorKind = a, "auth"
			} else if f := entitiesOf(ms, agent, isFirmish, "firm"); len(f) > 0 && tg.firmKind != "" {
				actors, actorKind = f, "firm"
			}
		}
		if actors == nil && tg.authKind != "" && len(agent) == 0 && byFollows(toks, k) {
			return nil, "the \"by\" agent is neither an authority nor a firm"
		}
		if actors == nil && tg.authKind != "" {
			if a := nearestAuth(toks, ms, k, true); a != nil {
				actors, actorKind = []Entity{*a}, "auth"
				conf -= 0.1
			} else if a := ctx.recentAuth(); a != nil && explicitPassiveSubject(toks, ms, aux) {
				// an agentless passive about a firm named here ("TV channels were
				// banned"): the authority the article was just talking about
				actors, actorKind = []Entity{*a}, "auth"
				conf -= 0.3
				rule += "-context"
			}
		}
	} else {
		subj := subjectBefore(toks, ms, k, func(m mention) bool {
			return m.class == mAuth || m.class == mFirm || m.class == mName || (m.class == mPlace && k-m.j <= 1)
		}, 8)
		if len(subj) > 0 {
			first := ms[subj[len(subj)-1]]
			switch {
			case first.class == mPron && tg.authKind != "" && first.authRef != nil && !first.plural && (tg.firmKind == "" || first.firmRef == nil || isSubjectStart(toks, first.i)):
				actors, actorKind = []Entity{*first.authRef}, "auth"
			case (first.class == mAuth || first.class == mPlace) && tg.authKind != "":
				actors, actorKind = entitiesOf(ms, subj, isAuth, "auth"), "auth"
			case (first.class == mFirm || first.class == mName && tg.firmKind == KindResponse || first.class == mPron) && tg.firmKind != "":
				// an action needs a known firm as its actor; unknown names act only in responses
				actors, actorKind = entitiesOf(ms, subj, func(m mention) bool { return m.class == mFirm || m.class == mName && tg.firmKind == KindResponse }, "firm"), "firm"
			}
		}
		if actors == nil && tg.firmKind != "" && weBefore(toks, k) {
			// '"We will appeal," the company said.': the quoted firm speaks
			if f := quotedSpeakerFirm(toks, ms, k); f != nil {
				actors, actorKind = []Entity{*f}, "firm"
			}
		}
		if actors == nil && tg.authKind != "" {
			if a := nearestAuthExcept(toks, ms, k, false, objectMentions(toks, ms, k, true)); a != nil {
				actors, actorKind = []Entity{*a}, "auth"
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
			targets = entitiesOf(ms, idx, func(m mention) bool { return m.class == mFirm || m.class == mName || m.class == mAuth }, "firm")
		} else {
			targets = entitiesOf(ms, idx, isFirmish, "firm")
		}
	}
	if len(actors) == 0 {
		return nil, "no actor fits the trigger"
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
		if kind == KindMandate && objectIsInquiry(toks, k) {
			return nil, "ordering an inquiry is the inquiry itself (probe)"
		}
		if kind == KindProbe && tg.lemma == "accuse" {
			return nil, "an accusation restates the act it follows"
		}
		if len(onlyTargets(targets, actors)) == 0 && kind == KindApproval && wordWithin(toks, k+1, 5, "settlement", "settlements") {
			// "approved a $725 million settlement resolving a class action that accused Meta"
			if t := firmsAfter(ms, k); len(t) > 0 {
				targets = t[:1]
				rule += "-settlement"
			}
		}
		if len(onlyTargets(targets, actors)) == 0 && dealNear(toks, k) {
			// "the deal was cleared", "which the regulator approved": the parties of the last deal
			if d := lastDeal(sofar, ctx.claims); d != nil {
				targets = append([]Entity{d.Actor}, d.Targets...)
				rule += "-deal"
			}
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
	case "firm":
		kind := tg.firmKind
		if kind == KindResponse {
			return x.buildResponse(toks, ms, k, tg, actors, targets, neg, ctx, sofar, rule)
		}
		var ft []Entity
		for _, t := range targets {
			if t.Type == TypeFirm && !sameEntityAny(t, actors) && !sameName(t, ft) {
				ft = append(ft, t)
			}
		}
		if len(ft) == 0 {
			return nil, "no other firm is acted upon"
		}
		if onlyUnknownNames(ms, append(append([]Entity(nil), actors...), ft...)) {
			return nil, "neither side is a known or suffixed firm"
		}
		for _, a := range actors {
			out = append(out, Claim{Kind: KindAction, Actor: a, Targets: ft, Action: tg.lemma, Negated: neg, Confidence: conf - 0.1, Rule: "action/" + tg.lemma + rule})
		}
	}
	return out, ""
}

// requestedOnly: "urged the FTC to scrutinize" is a request, not an act.
func requestedOnly(toks []token, k int) bool {
	if k == 0 || toks[k-1].low != "to" {
		return false
	}
	if k >= 2 {
		switch toks[k-2].low {
		case "authority", "power", "powers", "right", "ability", "mandate", "jurisdiction", "attempt", "bid", "effort":
			return true // "has broad authority to investigate": a power, not an act
		}
	}
	for i := k - 2; i >= 0 && i >= k-10; i-- {
		if urgeWords[toks[i].low] {
			return true
		}
	}
	return false
}

// negatedAt: "did not order", "has not been fined", "was not targeted".
func negatedAt(toks []token, k int) bool {
	for i := k - 1; i >= 0 && i >= k-4; i-- {
		w := toks[i].low
		if w == "not" || w == "never" || strings.HasSuffix(w, "n't") || w == "no" {
			return true
		}
		// "refused to approve", "declined to order", "has yet to approve", "failed to comply"
		if i == k-2 && toks[k-1].low == "to" && (w == "refused" || w == "declined" || w == "yet" || w == "failed" || w == "refuses" || w == "declines" || w == "fails") {
			return true
		}
		if toks[i].kind == tokPunct {
			return false
		}
	}
	return false
}

// passiveAux returns the index of the "be" auxiliary of a passive trigger, or -1.
func passiveAux(toks []token, k int, tg trigger) int {
	if tg.form != formPast {
		return -1
	}
	for i := k - 1; i >= 0 && i >= k-4; i-- {
		w := toks[i].low
		switch {
		case w == "was" || w == "were" || w == "been" || w == "be" || w == "is" || w == "are" || w == "being" || w == "get" || w == "got" || w == "gets":
			return i
		case w == "not" || w == "also" || w == "each" || w == "all" || w == "both" || w == "already" || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "n't") || w == "never" || w == "later" || w == "since":
			continue
		default:
			return -1
		}
	}
	return -1
}

var clauseOpeners = toSet(`that after before while because although though since when if unless ; : said says told added stated noted however but whereas`)

// passiveTargets collects the firms of a passive subject: from the clause's
// start up to the auxiliary, skipping relative clauses (", which ... ,").
func passiveTargets(toks []token, ms []mention, aux int) []Entity {
	start := 0
	for i := aux - 1; i >= 0; i-- {
		if clauseOpeners[toks[i].low] {
			start = i + 1
			break
		}
	}
	if start == aux && start > 0 && (toks[start-1].low == "after" || toks[start-1].low == "before" || toks[start-1].low == "while") {
		// "after being ordered": the main clause's subject
		for i := range ms {
			if isFirmish(ms[i]) && !(ms[i].poss && i+1 < len(ms) && ms[i+1].i == ms[i].j) {
				return []Entity{asFirm(ms[i])}
			}
		}
		return nil
	}
	// relative clauses to skip
	skip := make([]bool, aux+1)
	for i := start; i < aux; i++ {
		if (toks[i].low == "which" || toks[i].low == "who") && i > 0 && toks[i-1].text == "," {
			e := i
			for e < aux && toks[e].text != "," {
				skip[e] = true
				e++
			}
		}
	}
	var idx []int
	for i := range ms {
		m := ms[i]
		if m.i >= start && m.j <= aux && !skip[m.i] {
			idx = append(idx, i)
		}
	}
	var out []Entity
	for n, i := range idx {
		m := ms[i]
		if m.poss && n+1 < len(idx) && ms[idx[n+1]].i == m.j && ms[idx[n+1]].class != mSector && ms[idx[n+1]].class != mPlace {
			continue
		}
		if m.class == mName && m.j < len(toks) && firmHeads[toks[m.j].low] {
			continue // "Pringles maker Kellanova": a product named before a role
		}
		if m.class == mPron {
			if m.plural {
				out = append(out, m.group...)
			} else if m.firmRef != nil {
				out = append(out, *m.firmRef)
			}
			continue
		}
		if isFirmish(m) {
			out = append(out, asFirm(m))
		}
	}
	return out
}

func asFirm(m mention) Entity {
	e := m.ent
	if m.class == mName {
		e.Type = TypeFirm
	}
	return e
}

// agentAfter finds "by X [and Y]" after a passive trigger.
func agentAfter(toks []token, ms []mention, k int) []int {
	for i := k + 1; i < len(toks) && i < k+16; i++ {
		w := toks[i].low
		if w == "by" {
			for j := range ms {
				if ms[j].i == i+1 || (ms[j].i == i+2 && (toks[i+1].low == "the" || toks[i+1].low == "a")) {
					return listFrom(toks, ms, j)
				}
				if ms[j].i > i+2 {
					break
				}
			}
			return nil
		}
		if w == "that" || w == "which" || w == "after" || w == "because" || w == "while" || toks[i].text == ";" {
			return nil
		}
	}
	return nil
}

// nearestAuth returns the authority mention nearest to k in the sentence
// (a place standing for a government only right before k).
func nearestAuth(toks []token, ms []mention, k int, preferAfter bool) *Entity {
	return nearestAuthExcept(toks, ms, k, preferAfter, nil)
}

// nearestAuthExcept is nearestAuth skipping the mentions in skip (the
// verb's own object: "sued the Trump administration" is not sued by it).
func nearestAuthExcept(toks []token, ms []mention, k int, preferAfter bool, skip []int) *Entity {
	best := -1
	bestD := 1 << 30
	for i, m := range ms {
		if containsInt(skip, i) {
			continue
		}
		if m.class != mAuth && !(m.class == mPron && m.authRef != nil && !m.plural && isSubjectStart(toks, m.i)) {
			continue
		}
		d := k - m.j
		if m.i > k {
			d = m.i - k
			if !preferAfter {
				d += 5
			}
		}
		if d < bestD {
			best, bestD = i, d
		}
	}
	if best < 0 {
		return nil
	}
	if ms[best].class == mPron {
		e := *ms[best].authRef
		return &e
	}
	e := ms[best].ent
	return &e
}

// isSubjectStart: a pronoun at a sentence or clause start ("It also ordered",
// "said it had ordered").
func isSubjectStart(toks []token, i int) bool {
	if i == 0 {
		return true
	}
	p := toks[i-1].low
	return p == "said" || p == "says" || p == "that" || p == "and" || p == "," || p == "added" || p == "but"
}

// onlyTargets keeps firms and classes of firms, dropping the actors themselves.
func onlyTargets(ts []Entity, actors []Entity) []Entity {
	var out []Entity
	seen := map[string]bool{}
	for _, t := range ts {
		if t.Type != TypeFirm && t.Type != TypeSector {
			continue
		}
		if sameEntityAny(t, actors) {
			continue
		}
		key := strings.ToLower(t.Canonical + "|" + t.Name)
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, t)
	}
	return out
}

func sameEntityAny(e Entity, list []Entity) bool {
	for _, a := range list {
		if strings.EqualFold(a.Canonical, e.Canonical) || strings.EqualFold(a.Name, e.Name) {
			return true
		}
	}
	return false
}

// orderToPay: "ordered X to pay ..." is a penalty; "... and to set up" adds a mandate.
func orderToPay(toks []token, k int) (bool, bool) {
	for i := k + 1; i < len(toks) && i < k+10; i++ {
		if toks[i].low == "to" && i+1 < len(toks) {
			w := toks[i+1].low
			if w == "pay" || w == "compensate" || w == "refund" || w == "repay" || w == "disgorge" {
				for j := i + 2; j+2 < len(toks); j++ {
					if toks[j].low == "and" && toks[j+1].low == "to" && toks[j+2].low != "pay" {
						return true, true
					}
				}
				return true, false
			}
			return false, false
		}
	}
	return false, false
}

// stopsAfter: the mandate's content is a "must not" ("to stop", "not to", "to halt").
func stopsAfter(toks []token, k int) bool {
	for i := k + 1; i < len(toks) && i < k+12; i++ {
		switch toks[i].low {
		case "stop", "halt", "cease", "suspend", "refrain", "end", "not", "never", "remove", "withdraw", "divest", "sell":
			if toks[i].low == "sell" || toks[i].low == "divest" || toks[i].low == "remove" || toks[i].low == "withdraw" || toks[i].low == "end" {
				continue
			}
			if i > 0 && (toks[i-1].low == "to" || toks[i-1].low == "not" || toks[i].low == "not") {
				return true
			}
		}
	}
	return false
}

// buildModal handles "X must (not) ...": the subject is bound, the actor is
// the authority the sentence cites.
func (x *ClaimExtractor) buildModal(toks []token, ms []mention, k int, tg trigger, ctx *docContext) ([]Claim, string) {
	if k > 0 && toks[k-1].low == "and" {
		return nil, "coordinated \"and must\" repeats the first requirement"
	}
	e := k
	for e > 0 {
		w := toks[e-1].low
		if w == "also" || w == "now" || w == "still" || w == "all" || strings.HasSuffix(w, "ly") {
			e--
			continue
		}
		if w == "," {
			// skip an appositive back to the previous comma
			p := e - 2
			for p >= 0 && toks[p].text != "," {
				p--
			}
			if p >= 0 {
				e = p
				continue
			}
		}
		break
	}
	subj := subjectBefore(toks, ms, e, func(m mention) bool { return isFirmish(m) }, 0)
	if len(subj) > 0 && k+2 < len(toks) && toks[k+1].low == "be" && (ms[subj[len(subj)-1]].class == mPron || ms[subj[len(subj)-1]].class == mName) {
		return nil, "\"it must be said\" / \"X must be treated\": not a requirement on a firm"
	}
	if len(subj) == 0 {
		return nil, "no firm or class of firms before \"must\""
	}
	targets := entitiesOf(ms, subj, isFirmish, "firm")
	a := nearestAuth(toks, ms, k, true)
	rule := "mandate/must"
	if a == nil {
		// a law or rule itself when no authority is named ("Under the new rules, ...")
		a = lawActor(toks)
		rule = "mandate/must-under-law"
	}
	if a == nil {
		return nil, "no authority in the sentence imposes the \"must\""
	}
	targets = onlyTargets(targets, []Entity{*a})
	if len(targets) == 0 {
		return nil, "no firm or class of firms is bound"
	}
	proh := k+1 < len(toks) && (toks[k+1].low == "not" || toks[k+1].low == "stop" || toks[k+1].low == "cease" || toks[k+1].low == "halt")
	return []Claim{{Kind: KindMandate, Actor: *a, Targets: targets, Action: "must", Prohibition: proh, Negated: false, Confidence: 0.75, Rule: rule}}, ""
}

// buildNoun handles "opened an investigation into X", "a cybersecurity
// review of X", and deals: "Broadcom's acquisition of VMware".
func (x *ClaimExtractor) buildNoun(toks []token, ms []mention, k int, tg trigger, ctx *docContext, sofar []Claim) ([]Claim, string) {
	idx := objectMentions(toks, ms, k, true)
	// only what hangs on the noun with of/into/against/on
	if k+1 < len(toks) {
		p := toks[k+1].low
		if p != "of" && p != "into" && p != "against" && p != "on" {
			idx = nil
		}
	}
	if tg.lemma == "deal" {
		return x.buildDealWith(toks, ms, k)
	}
	if tg.authKind == KindPenalty || tg.lemma == "impose" {
		cs, why := x.buildPenaltyNoun(toks, ms, k)
		if tg.lemma == "impose" {
			// "imposed restrictions on Huawei": a mandate, binding and mostly prohibitive
			for i := range cs {
				cs[i].Kind, cs[i].Action, cs[i].Amount, cs[i].Prohibition = KindMandate, "impose", nil, toks[k].low != "obligations" && toks[k].low != "requirements"
				cs[i].Rule = "mandate/impose-restrictions"
			}
		}
		return cs, why
	}
	if tg.firmKind == KindAction {
		// possessor before the noun: "Broadcom's $61 billion acquisition of VMware"
		var actor *mention
		for i := len(ms) - 1; i >= 0; i-- {
			m := ms[i]
			if m.j > k {
				continue
			}
			if m.poss && k-m.j <= 4 && isFirmish(m) {
				actor = &ms[i]
			}
			break
		}
		if actor == nil || len(idx) == 0 {
			return nil, "deal noun without a buyer and a bought firm"
		}
		var ts []Entity
		for _, t := range entitiesOf(ms, idx, func(m mention) bool { return m.class == mFirm || m.class == mName }, "firm") {
			if !sameEntityAny(t, []Entity{actor.ent}) {
				ts = append(ts, t)
			}
		}
		if len(ts) == 0 || (actor.class == mName && allNames(ms, idx)) {
			return nil, "deal noun without a bought firm"
		}
		return []Claim{{Kind: KindAction, Actor: asFirm(*actor), Targets: ts, Action: "acquire", Confidence: 0.7, Rule: "action/acquire-noun"}}, ""
	}
	targets := onlyTargets(entitiesOf(ms, idx, isFirmish, "firm"), nil)
	var actor *Entity
	if a := nearestAuth(toks, ms, k, false); a != nil {
		actor = a
	}
	if len(targets) == 0 {
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
	return []Claim{{Kind: KindProbe, Actor: *actor, Targets: targets, Action: "investigate", Confidence: 0.75, Rule: "probe/inquiry-noun"}}, ""
}

func allNames(ms []mention, idx []int) bool {
	for _, i := range idx {
		if ms[i].class != mName {
			return false
		}
	}
	return true
}

// words in a response's object that show it answers an authority's act.
var answerWords = toSet(`penalty penalties fine fines decision order orders requirements requirement terms ruling rulings
 charges charge rules rule demands demand lawsuit case allegations accusations regulators regulator findings
 law laws settlement measures directive directives guidance injunction verdict judgment sanctions ban probe
 investigation matter request wrongdoing regulation regulations instructions instruction`)

// buildResponse makes a firm's answer to an authority; its target is the
// authority named in the object, else the one whose act concerned the firm.
func (x *ClaimExtractor) buildResponse(toks []token, ms []mention, k int, tg trigger, actors, objs []Entity, neg bool, ctx *docContext, sofar []Claim, rule string) ([]Claim, string) {
	idx := objectMentions(toks, ms, k, false)
	var auths []Entity
	hasFirmObj := false
	for _, i := range idx {
		m := ms[i]
		if m.class == mAuth {
			auths = append(auths, m.ent)
		}
		if (m.class == mFirm || m.class == mName) && !sameEntityAny(m.ent, actors) {
			hasFirmObj = true
		}
	}
	// the words after the verb, up to the clause end
	end := clauseEnd(toks, k+1)
	obj := toks[k+1 : end]
	answers := hasWord(obj, answerWords) || len(auths) > 0
	switch tg.lemma {
	case "call", "describe":
		// "called the FTC's attempt 'a political stunt'": only with a dismissive word
		if !hasWord(toks[k+1:min(len(toks), k+20)], dismissiveWords) {
			return nil, ""
		}
		if !answers {
			return nil, "no authority's act is answered"
		}
	case "accept", "support", "agree", "allow":
		if hasFirmObj {
			if tg.lemma == "accept" || tg.lemma == "allow" {
				var ft []Entity
				for _, i := range idx {
					if (ms[i].class == mFirm || ms[i].class == mName) && !sameEntityAny(ms[i].ent, actors) {
						ft = append(ft, asFirm(ms[i]))
					}
				}
				var out []Claim
				for _, a := range actors {
					out = append(out, Claim{Kind: KindAction, Actor: a, Targets: ft, Action: tg.lemma, Negated: neg, Confidence: 0.7, Rule: "action/" + tg.lemma + rule})
				}
				return out, ""
			}
			return nil, "agreement with another firm, not an answer to an authority"
		}
		if !answers {
			return nil, "no authority's act is answered"
		}
	case "deny", "refuse", "fight", "challenge", "dispute", "contest", "reject":
		if !answers && !(k+1 < len(toks) && (toks[k+1].low == "it" || toks[k+1].low == "them")) {
			return nil, "no authority's act is answered"
		}
	case "implement", "pledge":
		if !answers {
			return nil, "no authority's act is answered"
		}
	}
	for _, a := range actors {
		if a.Type != TypeFirm {
			return nil, "the responder is not a firm"
		}
	}
	if len(auths) == 0 {
		// this sentence's own acts first ("Meta, which was fined by the DPC, said it would appeal")
		auths = (&docContext{claims: sofar}).authsActingOn(actors)
		if len(auths) == 0 {
			auths = ctx.authsActingOn(actors)
		}
		rule += "-context"
		if tg.lemma == "appeal" {
			// one appeals a ruling: prefer the courts among the candidates
			var courts []Entity
			for _, a := range auths {
				if a.Type == TypeCourt {
					courts = append(courts, a)
				}
			}
			if len(courts) > 0 {
				auths = courts
			}
		}
	}
	if len(auths) == 0 {
		return nil, "no authority acted on this firm earlier in the article"
	}
	var out []Claim
	for _, a := range actors {
		out = append(out, Claim{Kind: KindResponse, Actor: a, Targets: auths, Action: tg.lemma, Stance: tg.stance, Negated: neg, Confidence: 0.75, Rule: "response/" + tg.lemma + rule})
	}
	return out, ""
}

// authsActingOn returns the authorities of the latest claims about one of
// the firms; failing that, the actor of the latest authority claim.
func (c *docContext) authsActingOn(firms []Entity) []Entity {
	for i := len(c.claims) - 1; i >= 0; i-- {
		cl := c.claims[i]
		if cl.Kind == KindResponse || cl.Kind == KindAction {
			continue
		}
		hit := false
		for _, t := range cl.Targets {
			if sameEntityAny(t, firms) || ownerMatch(t, firms) {
				hit = true
			}
		}
		if !hit {
			continue
		}
		// every authority acting on the firm in that same sentence
		var out []Entity
		for j := i; j >= 0 && c.claims[j].Sentence == cl.Sentence; j-- {
			cj := c.claims[j]
			if cj.Kind == KindResponse || cj.Kind == KindAction || sameEntityAny(cj.Actor, out) {
				continue
			}
			out = append([]Entity{cj.Actor}, out...)
		}
		return out
	}
	return nil
}

func ownerMatch(t Entity, firms []Entity) bool {
	for _, f := range firms {
		if strings.EqualFold(f.Canonical, t.Canonical) {
			return true
		}
	}
	return false
}

// recentAuth is the last authority named, for agentless passives; with
// none, the government of the last country named ("TV channels were banned"
// in a report about Pakistan).
func (c *docContext) recentAuth() *Entity {
	if a := c.lastAuth(""); a != nil {
		return a
	}
	if len(c.places) > 0 {
		p := c.places[len(c.places)-1]
		return &Entity{Name: p.Name, Canonical: p.Canonical, Type: TypeGovernment, Country: p.Country}
	}
	return nil
}

// infinitiveAfter: "told X to stop": a "to" + verb follows before a clause break.
func infinitiveAfter(toks []token, k int) bool {
	for i := k + 1; i < len(toks)-1 && i < k+25; i++ {
		w := toks[i].low
		if w == "that" || w == ";" {
			return false
		}
		if w == "to" && toks[i+1].kind == tokWord && !toks[i+1].upper && !objectGap[toks[i+1].low] {
			return true
		}
	}
	return false
}

func wordWithin(toks []token, from, n int, words ...string) bool {
	for i := from; i < len(toks) && i < from+n; i++ {
		for _, w := range words {
			if toks[i].low == w {
				return true
			}
		}
	}
	return false
}

// onlyUnknownNames: every entity came from an unknown capitalized name.
func onlyUnknownNames(ms []mention, es []Entity) bool {
	for _, e := range es {
		known := true
		for _, m := range ms {
			if m.ent.Name == e.Name && m.class == mName {
				known = false
			}
		}
		if known {
			return false
		}
	}
	return true
}

var caseNouns = toSet(`case lawsuit suit complaint action claim petition challenge`)

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
	case mFirm:
		var ft []Entity
		for _, t := range targets {
			if !sameEntityAny(t, []Entity{a.ent}) {
				ft = append(ft, t)
			}
		}
		if len(ft) == 0 {
			return nil, "case brought by a firm against no other firm"
		}
		return []Claim{{Kind: KindAction, Actor: a.ent, Targets: ft, Action: "sue", Confidence: 0.55, Rule: "action/case-brought-by"}}, ""
	}
	return nil, "brought/filed by neither an authority nor a firm"
}

var inquiryNouns = toSet(`investigation investigations inquiry probe review audit audits inspection inspections proceedings`)

// objectIsInquiry: "ordered a detailed investigation into Amazon".
func objectIsInquiry(toks []token, k int) bool {
	for i := k + 1; i < len(toks) && i < k+5; i++ {
		if inquiryNouns[toks[i].low] {
			return true
		}
		if toks[i].kind == tokPunct || toks[i].upper {
			return false
		}
	}
	return false
}

// buildPenaltyNoun: "slapped a fine of 42 billion won on Google", "imposed
// a $220 million penalty on Meta": the fine's subject is the actor, the
// firm after on/against the target.
func (x *ClaimExtractor) buildPenaltyNoun(toks []token, ms []mention, k int) ([]Claim, string) {
	// the noun must follow an imposing verb or a determiner/amount, and be followed by on/against
	if k == 0 {
		return nil, ""
	}
	// "Amazon was hit with a €746 million fine by Luxembourg's data protection authority"
	for i := k - 1; i >= 1 && i >= k-8; i-- {
		if toks[i].low == "with" && (toks[i-1].low == "hit" || toks[i-1].low == "slapped") {
			aux := i - 2
			for aux >= 0 && aux >= i-5 && !beForms[toks[aux].low] {
				aux--
			}
			if aux < 0 || !beForms[toks[aux].low] {
				break
			}
			targets := onlyTargets(passiveTargets(toks, ms, aux), nil)
			agent := agentAfter(toks, ms, k)
			if len(targets) == 0 || len(agent) == 0 || ms[agent[0]].class != mAuth {
				break
			}
			amt, _ := findAmount(toks, i)
			var out []Claim
			for _, a := range entitiesOf(ms, agent, isAuth, "auth") {
				out = append(out, Claim{Kind: KindPenalty, Actor: a, Targets: targets, Action: "fine", Amount: amt, Negated: negatedAt(toks, i-1), Confidence: 0.7, Rule: "penalty/hit-with-fine"})
			}
			return out, ""
		}
	}
	// "a €2.4 billion fine imposed on Google by the European Commission"
	if k+3 < len(toks) && (toks[k+1].low == "imposed" || toks[k+1].low == "levied" || toks[k+1].low == "handed") && toks[k+2].low == "on" {
		var idx []int
		for n := range ms {
			if ms[n].i == k+3 || ms[n].i == k+4 && toks[k+3].low == "the" {
				idx = listFrom(toks, ms, n)
				break
			}
		}
		targets := onlyTargets(entitiesOf(ms, idx, isFirmish, "firm"), nil)
		agent := agentAfter(toks, ms, k+1)
		if len(targets) > 0 && len(agent) > 0 && (ms[agent[0]].class == mAuth || ms[agent[0]].class == mPlace) {
			amt, _ := findAmount(toks, max(0, k-6))
			var out []Claim
			for _, a := range entitiesOf(ms, agent, isAuth, "auth") {
				out = append(out, Claim{Kind: KindPenalty, Actor: a, Targets: targets, Action: "fine", Amount: amt, Confidence: 0.7, Rule: "penalty/fine-imposed-on-by"})
			}
			return out, ""
		}
	}
	on := -1
	for i := k + 1; i < len(toks) && i < k+10; i++ {
		if toks[i].low == "on" || toks[i].low == "against" {
			on = i
			break
		}
		if toks[i].kind == tokPunct && toks[i].text != "(" && toks[i].text != ")" && toks[i].text != "$" && toks[i].text != "€" && toks[i].text != "£" {
			break
		}
	}
	if on < 0 {
		return nil, "fine/penalty noun without \"on\" a firm"
	}
	imposing := false
	for i := k - 1; i >= 0 && i >= k-7; i-- {
		switch toks[i].low {
		case "imposed", "imposes", "impose", "imposing", "slapped", "slaps", "slap", "levied", "levies", "levy", "issued", "issues", "handed", "hands", "meted", "announced":
			imposing = true
		}
	}
	if !imposing {
		return nil, "fine/penalty noun without an imposing verb"
	}
	var idx []int
	for i := range ms {
		if ms[i].i == on+1 || (ms[i].i == on+2 && toks[on+1].low == "the") {
			idx = listFrom(toks, ms, i)
			break
		}
	}
	targets := onlyTargets(entitiesOf(ms, idx, isFirmish, "firm"), nil)
	if len(targets) == 0 {
		return nil, "fine/penalty on no firm"
	}
	a := nearestAuth(toks, ms, k, false)
	if a == nil {
		// "The EU imposed sanctions on ...": a country or union as the subject
		for _, m := range ms {
			if m.class == mPlace && m.j <= k && k-m.j <= 5 {
				e := m.ent
				a = &e
			}
		}
	}
	if a == nil {
		return nil, "fine/penalty by no authority"
	}
	amt, _ := findAmount(toks, max(0, k-6))
	return []Claim{{Kind: KindPenalty, Actor: *a, Targets: targets, Action: "fine", Amount: amt, Confidence: 0.7, Rule: "penalty/impose-fine"}}, ""
}

// buildDealWith: "Samsung signed an agreement with Nvidia", "X's
// partnership with Y": a firm partners with another firm.
func (x *ClaimExtractor) buildDealWith(toks []token, ms []mention, k int) ([]Claim, string) {
	if k+2 >= len(toks) || toks[k+1].low != "with" {
		return nil, "deal noun without \"with\" a firm"
	}
	var target *mention
	for i := range ms {
		if ms[i].i == k+2 || (ms[i].i == k+3 && toks[k+2].low == "the") {
			target = &ms[i]
			break
		}
	}
	if target == nil || target.class != mFirm {
		return nil, "deal with no known firm"
	}
	subj := subjectBefore(toks, ms, k, func(m mention) bool { return m.class == mFirm }, 8)
	var actor *Entity
	if len(subj) > 0 {
		m := ms[subj[len(subj)-1]]
		if m.class == mFirm {
			e := m.ent
			actor = &e
		} else if m.class == mPron && m.firmRef != nil {
			actor = m.firmRef
		}
	}
	if actor == nil || sameEntityAny(target.ent, []Entity{*actor}) {
		return nil, "deal with no firm on the other side"
	}
	return []Claim{{Kind: KindAction, Actor: *actor, Targets: []Entity{target.ent}, Action: "partner", Confidence: 0.6, Rule: "action/deal-with"}}, ""
}

var liabilityWords = toSet(`illegally unlawfully violated violates breached breaches broke infringed infringes abused abuses
 liable guilty monopolized monopolised misled defrauded discriminated colluded`)

// buildRuledLiable: "a U.S. judge ruled that Google illegally monopolized
// search", "the court found Meta liable": a court rules a firm liable.
func (x *ClaimExtractor) buildRuledLiable(toks []token, ms []mention, k int) ([]Claim, string) {
	i := k + 1
	if i < len(toks) && toks[i].low == "that" {
		i++
	}
	var subj *mention
	for n := range ms {
		if ms[n].i == i || (ms[n].i == i+1 && toks[i].low == "the") {
			subj = &ms[n]
			break
		}
	}
	if subj == nil || !(subj.class == mFirm || subj.class == mPron && subj.firmRef != nil) {
		return nil, ""
	}
	if !wordWithin(toks, subj.j, 5, keysOf(liabilityWords)...) {
		return nil, ""
	}
	var a *Entity
	for n := len(ms) - 1; n >= 0; n-- {
		if ms[n].j <= k && ms[n].class == mAuth && ms[n].ent.Type == TypeCourt {
			e := ms[n].ent
			a = &e
			break
		}
	}
	if a == nil {
		return nil, "ruled/found by no court"
	}
	target := subj.ent
	if subj.class == mPron {
		target = *subj.firmRef
	}
	return []Claim{{Kind: KindMandate, Actor: *a, Targets: []Entity{target}, Action: "rule liable", Confidence: 0.65, Rule: "mandate/ruled-liable"}}, ""
}

func keysOf(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

var lawNouns = toSet(`law laws rules rule regulation regulations act directive bill decree guidelines legislation code order`)

// lawActor finds "under the new rules", "under the Digital Markets Act":
// the law itself is the actor when no authority is named.
func lawActor(toks []token) *Entity {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].low != "under" {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+7; j++ {
			if toks[j].kind == tokPunct && toks[j].text != "-" {
				break
			}
			if lawNouns[toks[j].low] {
				start := i + 1
				if toks[start].low == "the" || toks[start].low == "a" {
					start++
				}
				name := span(toks, start, j+1)
				return &Entity{Name: name, Canonical: name, Type: TypeOther}
			}
		}
	}
	return nil
}

// courtObject: the verb at k is followed by a court ("asked a court to").
func courtObject(toks []token, ms []mention, k int) bool {
	for _, m := range ms {
		if m.i > k && m.i <= k+3 && m.class == mAuth && m.ent.Type == TypeCourt {
			return true
		}
	}
	for i := k + 1; i < len(toks) && i <= k+4; i++ {
		if toks[i].low == "court" || toks[i].low == "tribunal" || toks[i].low == "judge" {
			return true
		}
	}
	return false
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

func containsInt(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

// objectThenTo: "told Alibaba and Tencent to stop": right after the
// object (and any appositive) comes "to" + verb; "tells UN it reserves
// the right to respond" is reported speech.
func objectThenTo(toks []token, ms []mention, k int) bool {
	idx := objectMentions(toks, ms, k, false)
	i := k + 1
	if len(idx) > 0 {
		i = ms[idx[len(idx)-1]].j
	} else {
		// an object that is no mention ("them", "the carriers"): up to four words
		for i < len(toks) && i < k+5 && toks[i].low != "to" && toks[i].kind != tokPunct {
			i++
		}
	}
	if i+1 < len(toks) && toks[i].text == "," && toks[i+1].low == "to" {
		i++ // "several lenders, including A and B, to tighten"
	} else if i < len(toks) && toks[i].text == "," {
		// skip an appositive (", the fintech affiliate of Alibaba,")
		j := i + 1
		for j < len(toks) && toks[j].text != "," && j < i+12 {
			j++
		}
		i = j + 1
	}
	return i+1 < len(toks) && toks[i].low == "to" && toks[i+1].kind == tokWord && !toks[i+1].upper
}

var dealWords = toSet(`deal deals merger mergers acquisition acquisitions takeover takeovers transaction purchase tie-up buyout`)

// dealNear: a deal noun within ten tokens of the trigger.
func dealNear(toks []token, k int) bool {
	for i := max(0, k-10); i < len(toks) && i <= k+6; i++ {
		if dealWords[toks[i].low] {
			return true
		}
	}
	return false
}

// lastDeal returns the latest acquisition-like action, in this sentence first.
func lastDeal(sofar, before []Claim) *Claim {
	for _, list := range [][]Claim{sofar, before} {
		for i := len(list) - 1; i >= 0; i-- {
			c := list[i]
			if c.Kind != KindAction {
				continue
			}
			switch c.Action {
			case "acquire", "buy", "purchase", "merge", "combine", "partner":
				return &list[i]
			}
		}
	}
	return nil
}

// explicitPassiveSubject: the passive's subject names a firm or class of
// firms itself, not through a pronoun ("they were not authorized to talk").
func explicitPassiveSubject(toks []token, ms []mention, aux int) bool {
	for i := aux - 1; i >= 0 && i >= aux-12; i-- {
		if clauseOpeners[toks[i].low] {
			break
		}
		for _, m := range ms {
			if m.i <= i && i < m.j {
				if m.class == mFirm || m.class == mSector {
					return true
				}
			}
		}
	}
	return false
}

func sameName(e Entity, list []Entity) bool {
	for _, a := range list {
		if strings.EqualFold(a.Name, e.Name) {
			return true
		}
	}
	return false
}

// words with which a firm dismisses an authority's act ("called the order
// a political stunt", "described the fine as unjustified").
var dismissiveWords = toSet(`stunt attack overreach baseless unfounded flawed meritless unjustified unfair absurd
 misguided unlawful illegal excessive disproportionate politically political harassment witch-hunt
 discriminatory arbitrary unprecedented wrong erroneous groundless`)

// byFollows: a "by" agent follows the passive verb ("was blocked by striking staff").
func byFollows(toks []token, k int) bool {
	for i := k + 1; i < len(toks) && i <= k+3; i++ {
		if toks[i].low == "by" {
			return true
		}
		if toks[i].kind == tokPunct {
			return false
		}
	}
	return false
}

// inConditional: the trigger sits in an "if"/"unless" clause ("if only Yahoo
// had bought Snapchat", "if it fails to comply"): a condition, not a claim.
func inConditional(toks []token, k int) bool {
	for i := k - 1; i >= 0 && i >= k-12; i-- {
		w := toks[i].low
		if w == "if" || w == "unless" {
			return true
		}
		if toks[i].kind == tokPunct || w == "then" || w == "and" && i < k-6 {
			return false
		}
	}
	return false
}

// nouns a firm receives or faces from an authority, and the kind they make.
var receivedNouns = map[string]string{
	"approval": KindApproval, "approvals": KindApproval, "clearance": KindApproval, "licence": KindApproval,
	"license": KindApproval, "permit": KindApproval, "go-ahead": KindApproval, "nod": KindApproval, "green": KindApproval,
	"subpoena": KindProbe, "subpoenas": KindProbe, "probe": KindProbe, "investigation": KindProbe, "inquiry": KindProbe,
	"scrutiny": KindProbe, "lawsuit": KindProbe, "charges": KindProbe,
	"fine": KindPenalty, "penalty": KindPenalty, "fines": KindPenalty, "sanctions": KindPenalty,
	"order": KindMandate, "directive": KindMandate, "ban": KindMandate, "notice": KindMandate,
}

// buildReceivedFrom: "Nvidia received approval from China's market regulator",
// "Tesla faces a probe by the SEC", "won clearance from the CMA": the
// subject firm is the target, the authority after from/by the actor.
func (x *ClaimExtractor) buildReceivedFrom(toks []token, ms []mention, k int, tg trigger, neg bool) ([]Claim, string) {
	kind, noun := "", -1
	for i := k + 1; i < len(toks) && i <= k+5; i++ {
		if kd, ok := receivedNouns[toks[i].low]; ok {
			kind, noun = kd, i
			break
		}
		if toks[i].kind == tokPunct && toks[i].text != "$" && toks[i].text != "-" {
			break
		}
	}
	if kind == "" {
		return nil, ""
	}
	if tg.lemma == "face" && kind == KindApproval {
		return nil, ""
	}
	var agent []int
	for i := noun + 1; i < len(toks) && i <= noun+4; i++ {
		if toks[i].low == "from" || toks[i].low == "by" {
			for n := range ms {
				if ms[n].i == i+1 || ms[n].i == i+2 && toks[i+1].low == "the" {
					agent = listFrom(toks, ms, n)
					break
				}
			}
			break
		}
	}
	if len(agent) == 0 || ms[agent[0]].class != mAuth && ms[agent[0]].class != mPlace {
		return nil, "received/faced from no authority"
	}
	subj := subjectBefore(toks, ms, k, func(m mention) bool { return m.class == mFirm || m.class == mName }, 8)
	targets := onlyTargets(entitiesOf(ms, subj, isFirmish, "firm"), nil)
	if len(targets) == 0 {
		return nil, "received/faced by no firm"
	}
	var out []Claim
	for _, a := range entitiesOf(ms, agent, isAuth, "auth") {
		c := Claim{Kind: kind, Actor: a, Targets: targets, Action: toks[k].low + " " + toks[noun].low, Negated: neg, Confidence: 0.65, Rule: kind + "/received-from"}
		if kind == KindPenalty {
			c.Amount, _ = findAmount(toks, k)
		}
		out = append(out, c)
	}
	return out, ""
}

// buildPaidToSettle: "Coinbase agreed to pay $100 million to settle charges
// brought by New York's financial regulator": a penalty by the authority
// the settlement is with. A settlement with no authority (a class action)
// is no penalty.
func (x *ClaimExtractor) buildPaidToSettle(toks []token, ms []mention, k int, neg bool) ([]Claim, string) {
	if !wordWithin(toks, k+1, 12, "settle", "resolve", "settling", "resolving", "penalty", "fine", "penalties") {
		return nil, ""
	}
	var auth *Entity
	for _, m := range ms {
		if m.i > k && m.class == mAuth && m.ent.Type != TypeCourt {
			e := m.ent
			auth = &e
			break
		}
	}
	if auth == nil {
		return nil, "paid to settle with no authority"
	}
	subj := subjectBefore(toks, ms, k, func(m mention) bool { return m.class == mFirm }, 8)
	targets := onlyTargets(entitiesOf(ms, subj, func(m mention) bool { return m.class == mFirm }, "firm"), nil)
	if len(targets) == 0 {
		return nil, "paid by no firm"
	}
	amt, _ := findAmount(toks, k)
	return []Claim{{Kind: KindPenalty, Actor: *auth, Targets: targets, Action: "pay to settle", Amount: amt, Negated: neg, Confidence: 0.6, Rule: "penalty/paid-to-settle"}}, ""
}

// authEndsAt: an authority mention ends right before token k (its subject).
func authEndsAt(ms []mention, k int) bool {
	for _, m := range ms {
		if m.j == k && (m.class == mAuth || m.class == mPlace) {
			return true
		}
	}
	return false
}

// weBefore: "we" is the subject just before the trigger.
func weBefore(toks []token, k int) bool {
	for i := k - 1; i >= 0 && i >= k-4; i-- {
		if toks[i].low == "we" {
			return true
		}
	}
	return false
}

// quotedSpeakerFirm finds the firm that says a quote: a firm (or "the
// company") after the closing quote, next to said/says/added.
func quotedSpeakerFirm(toks []token, ms []mention, k int) *Entity {
	q := -1
	for i := k + 1; i < len(toks); i++ {
		if toks[i].low == "\"" || toks[i].text == "\u201d" {
			q = i
			break
		}
	}
	if q < 0 {
		return nil
	}
	for _, m := range ms {
		if m.i > q && m.i <= q+4 && m.class == mFirm && wordWithin(toks, m.j, 3, "said", "says", "added", "stated") {
			e := m.ent
			return &e
		}
	}
	return nil
}
