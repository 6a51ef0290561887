package extract

// What a firm receives, faces, pays or is issued by an authority, told
// from the firm's side: "received approval from", "faces a probe by", "agreed
// to pay ... to settle charges by", "has until Friday to", "issued an
// ultimatum to".

// nouns a firm receives or faces from an authority, and the kind they make.
var receivedNouns = map[string]string{
	"approval": KindApproval, "approvals": KindApproval, "clearance": KindApproval, "licence": KindApproval,
	"license": KindApproval, "permit": KindApproval, "go-ahead": KindApproval, "nod": KindApproval, "green": KindApproval,
	"subpoena": KindProbe, "subpoenas": KindProbe, "probe": KindProbe, "investigation": KindProbe, "inquiry": KindProbe,
	"scrutiny": KindProbe, "lawsuit": KindProbe, "charges": KindProbe,
	"fine": KindPenalty, "penalty": KindPenalty, "fines": KindPenalty, "sanctions": KindPenalty,
	"order": KindMandate, "directive": KindMandate, "ban": KindMandate, "notice": KindMandate,
	// the many ways reporters say an authority let a firm or deal through
	"blessing": KindApproval, "consent": KindApproval, "authorisation": KindApproval, "authorization": KindApproval,
	"permission": KindApproval, "sign-off": KindApproval, "greenlight": KindApproval, "green-light": KindApproval,
	"endorsement": KindApproval, "assent": KindApproval, "licences": KindApproval, "licenses": KindApproval,
	"permits": KindApproval, "backing": KindApproval, "okay": KindApproval, "ok": KindApproval, "thumbs-up": KindApproval,
	"exemption": KindApproval, "waiver": KindApproval,
	"summons": KindMandate, "injunction": KindMandate, "ultimatum": KindMandate, "warning": KindMandate,
	"raid": KindProbe, "raids": KindProbe, "audit": KindProbe, "inspection": KindProbe, "complaint": KindProbe,
	// losing a licence for a while or for good punishes as a fine does
	"suspension": KindPenalty, "suspensions": KindPenalty, "revocation": KindPenalty,
}

// buildHasUntil: "X has until Friday to submit a plan, the ministry said":
// a deadline on X set by the authority the sentence cites.
func (x *ClaimExtractor) buildHasUntil(toks []token, ms []mention, k int, ctx *docContext) ([]Claim, string) {
	if toks[k].low != "until" && hasSpanTo(toks, k) {
		// "The two operators have 30 days to pay": a deadline told by its length
		k--
	}
	if k == 0 || (toks[k-1].low != "has" && toks[k-1].low != "have" && toks[k-1].low != "had") {
		return nil, ""
	}
	to := -1
	for i := k + 1; i < len(toks) && i <= k+6; i++ {
		if toks[i].low == "to" && i+1 < len(toks) && toks[i+1].kind == tokWord && !toks[i+1].upper {
			to = i
			break
		}
	}
	if to < 0 {
		return nil, "has until ... without what to do"
	}
	if rightToAnswer(toks, to+1) {
		return nil, "time to appeal or answer is the firm's right, not an order ('has 30 days to respond')"
	}
	subj := subjectBefore(toks, ms, k-1, func(m mention) bool { return isFirmish(m) }, 1)
	ts := onlyTargets(entitiesOf(ms, subj, isFirmish, "firm"), nil)
	if len(ts) == 0 {
		return nil, "has until ... with no firm"
	}
	a := nearestAuth(toks, ms, k, true)
	if c := boundAfterAct(toks, ms, subj, ctx); a == nil && c != nil {
		// "X fined A and B. The two operators have 30 days to pay."
		a, ts = &c.Actor, c.Targets
	}
	if a == nil {
		// "Vodafone has until 14 March to offer remedies" after the CMA opened
		// its probe: the authority that acted on the firm sets the deadline
		if as := ctx.authsActingOn(ts); len(as) > 0 {
			a = &as[len(as)-1]
		}
	}
	if a == nil {
		return nil, "a deadline no authority set"
	}
	return []Claim{{Kind: KindMandate, Actor: *a, Targets: ts, Action: "set deadline", Confidence: 0.6, Rule: "mandate/has-until"}}, ""
}

// hasSpanTo: toks[k] is "days"/"weeks"/... in "has 30 days to <verb>".
func hasSpanTo(toks []token, k int) bool {
	if k < 2 || k+2 >= len(toks) || toks[k+1].low != "to" || toks[k+2].kind != tokWord || toks[k+2].upper {
		return false
	}
	n := toks[k-1]
	if !(n.kind == tokNum || numberWords[n.low]) {
		return false
	}
	if rightVerbs[toks[k+2].low] {
		return false // "has 14 days to appeal": a right, not a requirement
	}
	h := toks[k-2].low
	return h == "has" || h == "have" || h == "had"
}

// rightVerbs are what a firm may do within a time, not what it must: an
// appeal, or paying a fine already told as the penalty.
var rightVerbs = toSet(`appeal challenge contest object lodge file request seek apply pay`)

// buildReceivedFrom: "Nvidia received approval from China's market regulator",
// "Tesla faces a probe by the SEC", "won clearance from the CMA": the
// subject firm is the target, the authority after from/by the actor.
func (x *ClaimExtractor) buildReceivedFrom(toks []token, ms []mention, k int, tg trigger, neg bool, ctx *docContext) ([]Claim, string) {
	kind, noun := "", -1
	for i := k + 1; i < len(toks) && i <= k+5; i++ {
		if kd, ok := receivedNouns[toks[i].low]; ok {
			kind, noun = kd, i
			break
		}
		if toks[i].kind == tokPunct && currencySymbols[toks[i].text] == "" && toks[i].text != "-" {
			break
		}
	}
	if kind == "" {
		return nil, ""
	}
	if tg.lemma == "face" && kind == KindApproval {
		return nil, ""
	}
	if tg.lemma == "face" && kind == KindPenalty && statutoryMaximum(toks, k, noun) {
		return nil, "the legal ceiling of a fine not imposed ('could face fines of up to 10% of turnover')"
	}
	var agent []int
	for i := noun + 1; i < len(toks) && i <= noun+4; i++ {
		if toks[i].low == "from" || toks[i].low == "by" || toks[i].low == "of" && kind == KindApproval && i == noun+1 {
			// "won the blessing of the ACCC and the FIRB"
			for n := range ms {
				if ms[n].i == i+1 || ms[n].i == i+2 && toks[i+1].low == "the" {
					agent = listFrom(toks, ms, n)
					break
				}
			}
			break
		}
	}
	if len(agent) == 0 && tg.lemma == "face" && kind == KindPenalty {
		// "faces a fine of up to 5% after Mali's mines ministry found breaches":
		// the one authority the sentence names
		var auths []int
		for n := range ms {
			if ms[n].class == mAuth && ms[n].i > noun {
				auths = append(auths, n)
			}
		}
		if len(auths) == 1 {
			agent = auths
		}
	}
	if len(agent) == 0 {
		// "faces a fresh EU antitrust probe", "received a SEBI notice": the
		// authority named as a modifier of the noun
		for n := range ms {
			if ms[n].i > k && ms[n].j <= noun && (ms[n].class == mAuth || ms[n].class == mPlace && !ms[n].poss) {
				agent = []int{n}
			}
		}
	}
	if len(agent) == 0 && kind != KindApproval && noun > 0 && toks[noun-1].low != "no" {
		// "One Store received a corrective order but no fine": the authority
		// the article has shown acting on the firm
		subj := subjectBefore(toks, ms, k, func(m mention) bool { return m.firmOrName() }, 8)
		if ts := onlyTargets(entitiesOf(ms, subj, isFirmish, "firm"), nil); len(ts) > 0 && !hasAuthMention(ms) {
			if a := ctx.recentAuth(); a != nil {
				c := Claim{Kind: kind, Actor: *a, Targets: ts, Action: toks[k].low + " " + toks[noun].low, Negated: neg, Confidence: 0.5, Rule: kind + "/received-context"}
				if kind == KindPenalty {
					c.Amount, _ = findAmount(toks, k)
				}
				return []Claim{c}, ""
			}
		}
	}
	if len(agent) == 0 || ms[agent[0]].class != mAuth && ms[agent[0]].class != mPlace {
		return nil, "received/faced from no authority"
	}
	subj := subjectBefore(toks, ms, k, func(m mention) bool { return m.firmOrName() }, 8)
	targets := onlyTargets(entitiesOf(ms, subj, isFirmish, "firm"), nil)
	if len(targets) == 0 {
		return nil, "received/faced by no firm"
	}
	if kind == KindApproval {
		// "won approval from X for its takeover of Lakeshore": the bought firm too
		for i := range ms {
			if ms[i].i > noun && ms[i].i <= noun+12 && ms[i].firmOrName() && k+1 < len(toks) &&
				wordWithin(toks, max(noun, ms[i].i-4), 4, "of") && dealNounAt(toks, noun) >= 0 && !sameEntityAny(asFirm(ms[i]), targets) {
				targets = append(targets, asFirm(ms[i]))
				break
			}
		}
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
func (x *ClaimExtractor) buildPaidToSettle(toks []token, ms []mention, k int, neg bool, ctx *docContext) ([]Claim, string) {
	// ("under a consent decree/order/agreement with the authority" settles too)
	payees := authPayees(toks, ms, k)
	if !wordWithin(toks, k+1, 16, "settle", "resolve", "settling", "resolving", "penalty", "fine", "penalties", "settlement", "settlements", "consent") && !endsACase(toks, k) &&
		(len(payees) == 0 || !wordWithin(toks, k+1, len(toks), "settle", "resolve", "settling", "resolving")) {
		if c := paidUnderOrder(toks, ms, k, neg, ctx); c != nil {
			return []Claim{*c}, ""
		}
		return nil, ""
	}
	if k >= 2 && toks[k-1].low == "to" && wordWithin(toks, max(0, k-8), min(8, k), "ordered", "orders", "order", "required", "told", "directed", "forced") {
		// "the court ordered Optus to pay A$38 million in penalties": the order is the penalty
		return nil, "an order to pay, not a settlement"
	}
	var auth *Entity
	for _, m := range ms {
		if m.i > k && m.class == mAuth && m.ent.Type != TypeCourt {
			e := m.ent
			auth = &e
			break
		}
	}
	if auth == nil && wordWithin(toks, k+1, 7, "penalty", "fine", "penalties", "fines") {
		// "... and the engine maker agreed to pay a $1.67 billion civil penalty":
		// the authority the sentence named before
		auth = nearestAuth(toks, ms, k, false)
	}
	if auth == nil {
		auth = nationalProsecutors(toks, ms, k) // "to settle a Dutch prosecution"
	}
	if auth == nil {
		return nil, "paid to settle with no authority"
	}
	subj := subjectBefore(toks, ms, k, func(m mention) bool { return m.firmOrName() }, 8)
	targets := onlyTargets(entitiesOf(ms, subj, func(m mention) bool { return m.firmOrName() }, "firm"), nil)
	if len(targets) == 0 {
		targets = x.coordinatedPayer(toks, ms, k)
	}
	if len(targets) == 0 {
		return nil, "paid by no firm"
	}
	amt, _ := findAmount(toks, k)
	out := []Claim{{Kind: KindPenalty, Actor: *auth, Targets: targets, Action: "pay to settle", Amount: amt, Negated: neg, Confidence: 0.6, Rule: "penalty/paid-to-settle"}}
	if c := settledProbe(toks, k, *auth, targets, neg); c != nil {
		out = append(out, *c)
	}
	for _, p := range payees {
		// each authority the sum is paid to settles with the firm
		if !sameEntityAny(p, []Entity{*auth}) {
			out = append(out, Claim{Kind: KindPenalty, Actor: p, Targets: targets, Action: "pay to settle", Negated: neg, Confidence: 0.6, Rule: "penalty/paid-to-settle-payee"})
		}
	}
	if !neg && wordWithin(toks, max(0, k-3), min(3, k), "agreed", "agrees", "agree", "agreeing") {
		// "agreed to pay $40 million to the regulator to settle": the firm complies
		for _, t := range targets {
			out = append(out, Claim{Kind: KindResponse, Actor: t, Targets: []Entity{*auth}, Action: "agree", Stance: "comply", Confidence: 0.6, Rule: "response/agreed-to-settle"})
		}
	}
	return out, ""
}

// buildIssued: "the ministry issued an ultimatum to companies", "issued a
// directive to banks": a mandate on the firms or class it is issued to (a
// bare class named later in the sentence counts: "... if companies do not
// comply").
func (x *ClaimExtractor) buildIssued(toks []token, ms []mention, k int) ([]Claim, string) {
	issued := false
	for i := k - 1; i >= 0 && i >= k-4; i-- {
		switch toks[i].low {
		case "issued", "issues", "issue", "sent", "delivered", "handed", "gave", "served", "issuing", "serving", "sending", "handing":
			issued = true
		}
	}
	if !issued {
		return possessedOrderAgainst(toks, ms, k)
	}
	idx := objectMentions(toks, ms, k, true)
	targets := onlyTargets(entitiesOf(ms, idx, isFirmish, "firm"), nil)
	if len(targets) == 0 {
		for i := k + 1; i < len(toks); i++ {
			if sectorHeads[toks[i].low] && !toks[i].upper {
				targets = []Entity{{Name: toks[i].text, Canonical: toks[i].text, Type: TypeSector}}
				break
			}
		}
	}
	if len(targets) == 0 {
		return nil, "issued to no firm or class of firms"
	}
	a := nearestAuthExcept(toks, ms, k, false, idx)
	if a == nil {
		// "Brazil's Senacon issued an order ...": a country's one-word body issuing orders
		if s := subjectBefore(toks, ms, k, func(m mention) bool { return m.class == mOther || m.class == mName }, 6); len(s) > 0 {
			if m := ms[s[len(s)-1]]; x.countrysBody(toks, m) || isAcronym(toks[m.i].text) && !m.poss {
				e := m.ent
				e.Type = TypeRegulator
				a = &e
			}
		}
	}
	if a == nil {
		return nil, "issued by no authority"
	}
	return []Claim{{Kind: KindMandate, Actor: *a, Targets: targets, Action: "issue " + toks[k].low, Confidence: 0.6, Rule: "mandate/issued"}}, ""
}

// possessedOrderAgainst: "the Bundeskartellamt's order against X", "the
// CMA's injunction on X": an authority's own order told by its noun binds
// the firm right after "against"/"on".
func possessedOrderAgainst(toks []token, ms []mention, k int) ([]Claim, string) {
	if k+2 >= len(toks) || toks[k+1].low != "against" && toks[k+1].low != "on" || !authPossessorOf(toks, ms, k) {
		return nil, ""
	}
	var a *Entity
	for i := range ms {
		if ms[i].class == mAuth && ms[i].poss && ms[i].j <= k {
			a = &ms[i].ent
		}
	}
	for _, m := range ms {
		if m.i == k+2 || m.i == k+3 && toks[k+2].low == "the" {
			if a == nil || !m.firmOrName() {
				return nil, ""
			}
			return []Claim{{Kind: KindMandate, Actor: *a, Targets: []Entity{asFirm(m)}, Action: toks[k].low, Confidence: 0.6, Rule: "mandate/possessed-order"}}, ""
		}
	}
	return nil, ""
}

func hasAuthMention(ms []mention) bool {
	for _, m := range ms {
		if m.class == mAuth {
			return true
		}
	}
	return false
}

// paidUnderOrder: "Zenora agreed to the order without admitting wrongdoing
// and will pay $2.1 million", "X will pay 5 million rand under the
// consent order": a firm paying a sum under an authority's order (told in
// the sentence or the article) is penalised by the authority that bound it.
func paidUnderOrder(toks []token, ms []mention, k int, neg bool, ctx *docContext) *Claim {
	amt, at := findAmount(toks, k)
	if amt == nil || at <= k || at > k+4 {
		return nil // a sum paid, right after the verb
	}
	if !wordWithin(toks, 0, len(toks), "order", "orders", "decision", "ruling", "directive", "consent") {
		return nil
	}
	if hasAuthMention(ms) {
		return nil // an authority named here is the settle/order rules' to read
	}
	subj := subjectBefore(toks, ms, k, func(m mention) bool { return m.firmOrName() }, 16)
	targets := onlyTargets(entitiesOf(ms, subj, func(m mention) bool { return m.firmOrName() }, "firm"), nil)
	if len(targets) == 0 {
		return nil
	}
	as := ctx.authsActingOn(targets)
	if len(as) != 1 {
		return nil
	}
	return &Claim{Kind: KindPenalty, Actor: as[0], Targets: targets, Action: "pay", Amount: amt, Negated: neg, Confidence: 0.55, Rule: "penalty/paid-under-order"}
}

// caseEnders end a case the way "settle" does when a case noun follows:
// "to end a Justice Department investigation", "to close the inquiry", "to
// conclude charges brought by ASIC" (a contract ended is no case).
var caseEnders = toSet(`end ending ends close closing closes conclude concluding concludes`)

// endsACase: a case-ending verb within 16 words of the payment at k whose
// object (within five words) is an inquiry or a charge.
func endsACase(toks []token, k int) bool {
	for i := k + 1; i < len(toks) && i <= k+16; i++ {
		if !caseEnders[toks[i].low] {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+5; j++ {
			if inquiryOrCase[toks[j].low] || chargeNouns[toks[j].low] || toks[j].low == "prosecution" {
				return true
			}
		}
	}
	return false
}

// authPayees: the authorities a sum is paid to, "pay <sum> to the Justice
// Department, the SEC and the FCA": the list right after the sum's "to"
// (courts are venues, not payees); nil when the sum goes elsewhere.
func authPayees(toks []token, ms []mention, k int) []Entity {
	_, at := findAmount(toks, k)
	if at < 0 || at > k+5 {
		return nil
	}
	to := -1
	for i := at + 1; i < len(toks) && i <= at+5; i++ {
		if toks[i].low == "to" {
			to = i
			break
		}
	}
	if to < 0 {
		return nil
	}
	s := to + 1
	if s < len(toks) && toks[s].low == "the" {
		s++
	}
	for n := range ms {
		if ms[n].i == s && ms[n].class == mPlace && ms[n].poss {
			s = ms[n].j // "to Germany's Federal Cartel Office"
		}
	}
	for n := range ms {
		if ms[n].i != s {
			continue
		}
		if ms[n].class != mAuth {
			return nil
		}
		var out []Entity
		for _, q := range listFrom(toks, ms, n) {
			if ms[q].class == mAuth && ms[q].ent.Type != TypeCourt {
				out = append(out, ms[q].ent)
			}
		}
		return out
	}
	return nil
}
