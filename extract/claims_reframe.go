package extract

import "strings"

// reframe changes a verb trigger's kind when its object decides it, per the
// claims spec's kind boundaries: suspending a licence, permit or
// registration is a penalty (as revoking one is), not an order.
//
// Phrasal verbs count only with their particle: "waved through" and
// "signed off on" approve, "snapped up" and "scooped up" acquire; ok is
// false for the bare verb ("waved at", "signed a letter").
func reframe(toks []token, k int, tg trigger) (trigger, bool) {
	next := ""
	if k+1 < len(toks) {
		next = toks[k+1].low
	}
	if t, ok, handled := actionPhrasal(toks, k, tg); handled {
		return t, ok
	}
	switch tg.lemma {
	case "oppose":
		if dealNounAt(toks, k) >= 0 && !negatedAt(toks, k) {
			// "the authority opposed the proposed merger of A and B": a deal an
			// authority opposes is blocked (a firm opposing one answers nobody;
			// "would not oppose" is a clearance, read by noObjection)
			return trigger{lemma: "block", authKind: KindMandate, prohibition: true, form: tg.form}, true
		}
	case "suspend":
		if licenceNear(toks, k) {
			return trigger{lemma: "suspend licence", authKind: KindPenalty, form: tg.form}, true
		}
		if supplyCutAt(toks, k) {
			// "suspended shipments to X", "suspended cashless services at X": a firm cutting another off
			return trigger{lemma: "block", authKind: KindMandate, firmKind: KindAction, prohibition: true, form: tg.form}, true
		}
	case "halt":
		if supplyCutAt(toks, k) {
			// "halted deliveries to discount chain X"
			return trigger{lemma: "block", authKind: KindMandate, firmKind: KindAction, prohibition: true, form: tg.form}, true
		}
	case "wave":
		return trigger{lemma: "approve", authKind: KindApproval, form: tg.form}, next == "through"
	case "sign":
		// "signed off on the deal", "had signed off in August" (the deal told before)
		return trigger{lemma: "approve", authKind: KindApproval, form: tg.form}, next == "off" && (k+2 >= len(toks) || toks[k+2].low == "on" || toks[k+2].low == "in" || toks[k+2].low == "last" || toks[k+2].kind == tokPunct)
	case "set":
		if next == "aside" {
			// "would seek to have the order set aside": a challenge
			return trigger{lemma: "appeal", firmKind: KindResponse, stance: "resist", form: tg.form}, true
		}
		// "set the company a three-month deadline to delete the records"
		return trigger{lemma: "set deadline", authKind: KindMandate, form: tg.form}, wordWithin(toks, k+1, 9, "deadline", "ultimatum", "deadlines")
	case "take":
		if caseAgainstAfter(toks, k) && wordWithin(toks, k+1, 2, "legal", "court") {
			// "has taken legal action against Mahindra": a case filed
			return trigger{lemma: "bring", authKind: KindProbe, firmKind: KindAction, form: tg.form}, true
		}
		if wordWithin(toks, k+1, 3, "responsibility") {
			// "took full responsibility for the failures": the firm accepts the finding
			return trigger{lemma: "accept", firmKind: KindResponse, stance: "comply", form: tg.form}, true
		}
		if courtAfterTo(toks, k+1, 10) {
			if !wordWithin(toks, k+1, 5, challengedActs...) {
				// "is preparing to take Qantara Airways to court": a suit on
				// the party named, not a challenge of a decision
				return trigger{lemma: "sue", authKind: KindProbe, firmKind: KindAction, form: tg.form}, true
			}
			// "would take the decision to the administrative courts": a challenge
			return trigger{lemma: "appeal", firmKind: KindResponse, stance: "resist", form: tg.form}, true
		}
	case "move":
		// "said it would move the high court" (South Asian usage): a challenge
		return trigger{lemma: "appeal", firmKind: KindResponse, stance: "resist", form: tg.form}, (next == "the" || next == "a") && wordWithin(toks, k+2, 3, "court", "courts", "tribunal")
	case "seek":
		if caseAgainstAfter(toks, k) {
			// "is seeking arbitration against Brookfield", "would pursue
			// arbitration against Boeing": a case filed, as "filed" is
			return trigger{lemma: "bring", authKind: KindProbe, firmKind: KindAction, form: tg.form}, true
		}
		// "would seek a temporary restraining order", "sought to overturn the fine"
		// ("pursue" only as a case against a party: "would pursue all options")
		return tg, !strings.HasPrefix(toks[k].low, "pursu") && wordWithin(toks, k+1, 7, challengeWords...)
	case "bow":
		// "bowed to pressure from the authority", "caved in to the
		// regulator's demands": the firm yields to an act (not "bowed out")
		q := k + 1
		if q < len(toks) && toks[q].low == "in" {
			q++
		}
		return tg, q < len(toks) && toks[q].low == "to" && wordWithin(toks, q+1, 4, "pressure", "demands", "demand", "order", "orders", "requests", "request", "ultimatum")
	case "file", "lodge":
		if caseAgainstAfter(toks, k) {
			// "is filing a lawsuit against Mercari", "lodged a claim against
			// its former partner": a case filed, as "filed" is
			return trigger{lemma: "bring", authKind: KindProbe, firmKind: KindAction, form: tg.form}, true
		}
		// "would file a motion for reconsideration", "lodged an appeal"
		return trigger{lemma: "appeal", firmKind: KindResponse, stance: "resist", form: tg.form}, wordWithin(toks, k+1, 5, challengeWords...)
	case "bring":
		if (toks[k].low == "filed" || toks[k].low == "launched" || toks[k].low == "initiated" || toks[k].low == "commenced") && wordWithin(toks, k+1, 4, challengeWords...) && !wordWithin(toks, k+1, 5, "lawsuit", "suit", "complaint", "case", "charges") && !caseAgainstAfter(toks, k) {
			// ("launched arbitration against Gazprom" is a case filed against a party)
			return trigger{lemma: "appeal", firmKind: KindResponse, stance: "resist", form: tg.form}, true
		}
	case "intervene":
		// "intervened in Banco Territorial, taking control of the lender": the
		// authority takes the firm over (a mandate, as placing under administration)
		return tg, next == "in"
	case "charge":
		// a criminal or regulatory charge ("charged X with fraud", "charged
		// over ..."), not a price ("the prices it charges rival providers",
		// "what sellers can charge")
		if k > 0 && (toks[k-1].low == "can" || toks[k-1].low == "to" || toks[k-1].low == "it" || toks[k-1].low == "they" || toks[k-1].low == "could") {
			return tg, false
		}
		// ("has been charged by the CAK": the passive names its author)
		return tg, (wordWithin(toks, k+1, 10, "with", "over", "in") || k > 0 && k+1 < len(toks) && toks[k+1].low == "by" && passiveBe[toks[k-1].low]) && !wordWithin(toks, k+1, 5, "prices", "fees", "rates", "customers", "users", "sellers", "providers", "consumers", "subscribers", "interest")
	case "go":
		// "said it would go to court", "will go to the courts": a challenge
		return trigger{lemma: "appeal", firmKind: KindResponse, stance: "resist", form: tg.form}, next == "to" && wordWithin(toks, k+2, 2, "court", "courts")
	case "defend":
		// "would defend the case", "vowed to defend itself": resisting a case
		return trigger{lemma: "appeal", firmKind: KindResponse, stance: "resist", form: tg.form}, wordWithin(toks, k+1, 4, "case", "itself", "lawsuit", "suit", "claims", "allegations", "charges", "position", "themselves",
			"proceedings", "action", "accusations", "complaint", "cases", "lawsuits", "decision", "ruling", "claim", "charge", "fine", "penalty", "order", "findings", "allegation")
	case "consider", "explore", "evaluate":
		// "would consider its legal options", "is exploring legal action": a
		// challenge in view (a firm's stance, as "plans to appeal")
		return trigger{lemma: "appeal", firmKind: KindResponse, stance: "resist", form: tg.form}, wordWithin(toks, k+1, 3, "legal") && wordWithin(toks, k+2, 3, "options", "option", "action", "steps", "recourse", "remedies", "avenues", "challenge")
	case "remove":
		if wordWithin(toks, k+1, 3, "board", "directors", "management", "chief", "ceo", "chairman") {
			// "the central bank removed the board of Islami Bank": the authority takes control
			return trigger{lemma: "remove board", authKind: KindMandate, form: tg.form}, true
		}
		return trigger{lemma: "remove", firmKind: KindAction, form: tg.form}, true
	case "drop", "delist":
		// a firm dropping or delisting another firm's channels, app or products
		// (dropping an inquiry is handled as its noun)
		return trigger{lemma: "remove", firmKind: KindAction, form: tg.form}, true
	case "decree":
		// "decreed the extrajudicial liquidation of Banco Master": the authority takes the firm over
		return trigger{lemma: "decree", authKind: KindMandate, form: tg.form}, wordWithin(toks, k+1, 4, "liquidation", "intervention", "closure", "suspension", "administration", "receivership", "dissolution")
	case "shut":
		// "would shut down the online lending app Cashwagon": closing a firm's business
		// "shut a cold store belonging to X", "shut X's abattoir": closing its premises
		return trigger{lemma: "shut down", authKind: KindMandate, prohibition: true, form: tg.form}, next == "down" || shutPremisesAfter(toks, k)
	case "accept":
		// an authority accepting a firm's commitments or remedies clears it;
		// a firm accepting a ruling answers it (the actor decides which)
		if !wordWithin(toks, k+1, 4, "commitments", "remedies", "undertakings", "pledges", "concessions", "offer", "proposals") || !wordWithin(toks, k+1, 6, "from", "by") {
			return trigger{lemma: "accept", firmKind: KindResponse, stance: "comply", form: tg.form}, true
		}
		return trigger{lemma: "accept commitments", authKind: KindApproval, firmKind: KindResponse, stance: "comply", form: tg.form}, true
	case "join":
		// "have joined forces": a partnership of the subjects
		return trigger{lemma: "partner", firmKind: KindAction, form: tg.form}, next == "forces" || next == "hands"
	case "swap":
		// "will swap shares worth 300 billion won each": a cross-holding ties
		// the firms that swap (a partnership of the subjects)
		return trigger{lemma: "partner", firmKind: KindAction, form: tg.form}, wordWithin(toks, k+1, 3, "shares", "stakes", "equity")
	case "snap", "scoop":
		return trigger{lemma: "acquire", firmKind: KindAction, form: tg.form}, next == "up"
	case "endorse":
		// an authority endorsing a deal or plan of a firm; opinions of others are not claims
		return trigger{lemma: "approve", authKind: KindApproval, form: tg.form}, true
	}
	return tg, true
}

// licenceNear: a licence-like noun just after the verb ("suspended the
// operating licence of X", "suspended X's banking licence") or just before
// it in the passive ("X's permit was suspended").
func licenceNear(toks []token, k int) bool {
	if wordWithin(toks, k+1, 9, licenceWords...) {
		return true
	}
	for i := k - 1; i >= 0 && i >= k-4; i-- {
		if licenceSet[toks[i].low] {
			return true
		}
	}
	return false
}

var licenceWords = []string{"licence", "license", "licences", "licenses", "permit", "permits", "registration",
	"registrations", "authorisation", "authorization", "accreditation", "concession", "charter", "franchise"}

var licenceSet = toSet(`licence license licences licenses permit permits registration registrations authorisation
 authorization accreditation concession charter franchise`)

// agentByFrame: an unknown multi-word name that fines, penalizes or
// sanctions in the passive ("was fined by the Financial Crimes Enforcement
// Network") is an authority by what it does: only authorities fine.
func agentByFrame(ms []mention, agent []int, tg trigger) *Entity {
	if tg.firmKind != "" || tg.authKind != KindPenalty || len(agent) == 0 {
		return nil
	}
	m := ms[agent[0]]
	if m.class != mName || nameLen(&m) < 2 {
		return nil
	}
	e := m.ent
	e.Type = TypeRegulator
	return &e
}

// mustFromContext: the authority behind a firm's "must" when the sentence
// names none, or names only an order or settlement ("under the consent
// order, the company must ..."): the authority whose act on that firm the
// article reported last. nil keeps the sentence's own actor.
func mustFromContext(a *Entity, targets []Entity, ctx *docContext) *Entity {
	if a != nil && !(a.Type == TypeOther || a.Type == "law") {
		return nil
	}
	if a != nil {
		n := strings.ToLower(a.Name)
		if !strings.Contains(n, "order") && !strings.Contains(n, "settlement") && !strings.Contains(n, "agreement") && !strings.Contains(n, "decree") {
			return nil
		}
	}
	var firms []Entity
	for _, t := range targets {
		if t.Type == TypeFirm {
			firms = append(firms, t)
		}
	}
	if len(firms) == 0 {
		return nil
	}
	if as := ctx.authsActingOn(firms); len(as) > 0 {
		return &as[len(as)-1]
	}
	return nil
}

// words of a legal challenge after "seek", "file", "lodge".
// courtAfterTo: "to (the) [adjective] court(s)" within n tokens of i.
func courtAfterTo(toks []token, i, n int) bool {
	for q := i; q < len(toks) && q < i+n; q++ {
		if toks[q].low == "to" && wordWithin(toks, q+1, courtNameReach(toks, q+1), "court", "courts", "tribunal", "tribunals", "conseil", "cassation", "arbitration", "judiciary") {
			return true
		}
		if toks[q].low == "to" && wordWithin(toks, q+1, 2, "council") && wordWithin(toks, q+2, 3, "state") {
			return true // "to the Council of State", the highest administrative court
		}
		if toks[q].kind == tokPunct && toks[q].text != "-" {
			return false // (a hyphen joins words: "took Perth-based X to court")
		}
	}
	return false
}

// courtNameReach: how far past "to" a court's head noun may lie: three
// words, or as many capitalized words as follow "the" ("to the National
// High Court", "to the Federal Administrative Court"), up to six.
func courtNameReach(toks []token, i int) int {
	n := 3
	q := i
	if q < len(toks) && toks[q].low == "the" {
		q++
	}
	for ; q < len(toks) && q < i+6 && toks[q].upper; q++ {
	}
	return max(n, q-i+1)
}

// challengedActs are what a firm takes to court when it challenges.
var challengedActs = []string{"decision", "decisions", "ruling", "rulings", "fine", "fines", "order", "orders", "penalty", "matter", "case", "dispute", "verdict", "sanction", "ban", "it", "this", "that"}

// The remedies of other legal systems name a challenge as plainly: an
// amparo (Latin America), a writ (South Asia), a claim of illegality
// (Chile), cassation (civil-law supreme courts).
var challengeWords = []string{"restraining", "injunction", "overturn", "annul", "annulment", "reconsideration", "appeal",
	"objection", "review", "stay", "quash", "reverse", "aside", "challenge", "redress",
	"amparo", "writ", "illegality", "nullity", "unconstitutionality", "cassation", "certiorari", "arbitration"}

// countrysBody: a one-word unknown name right after a country's
// possessive ("Switzerland's Finma", "Brazil's Cade"); with a verb only
// authorities use it is that country's authority.
func (x *ClaimExtractor) countrysBody(toks []token, m mention) bool {
	return nameLen(&m) == 1 && m.i >= 2 && toks[m.i-1].low == "'s" && x.cat.countryOf[toks[m.i-2].low] != ""
}

// notTheActorsAct: the verb at k is not an act of the sentence's actor:
// the aim of a suit or request ("sued to block the purchase": the suit is
// the act), or the verb of a relative clause whose subject is a thing
// ("agreements that required phone makers to ..."). It returns why, or "".
func notTheActorsAct(toks []token, ms []mention, k int, tg trigger) string {
	if tg.form == formNoun || k < 2 {
		return ""
	}
	if tg.firmKind == KindResponse && tg.authKind == "" && toks[k-1].low == "to" {
		switch toks[k-2].low {
		case "failure", "failing", "failed", "fails", "fail", "refusal", "inability":
			// "revoked its licence, citing failure to meet capital rules": the reason for the act
			return "a failure to comply is the act's reason, not an answer"
		}
	}
	if tg.firmKind == KindResponse && tg.authKind == "" {
		// "barred Apple from selling ... until it meets local-content rules": a condition, no answer
		for i := k - 1; i >= 0 && i >= k-3; i-- {
			switch toks[i].low {
			case "until", "unless", "once", "before", "if":
				return "a condition for lifting an act, not the firm's answer"
			}
		}
	}
	if tg.authKind != "" {
		// "recommended that the tribunal prohibit the merger": a proposal, not an act
		for i := k - 1; i >= 1 && i >= k-8; i-- {
			if toks[i].low == "that" && (toks[i-1].low == "recommended" || toks[i-1].low == "recommends" || toks[i-1].low == "proposed" || toks[i-1].low == "proposes" || toks[i-1].low == "urged" || toks[i-1].low == "asked" || toks[i-1].low == "demanded") {
				return "a recommendation that someone else act"
			}
		}
	}
	if toks[k-1].low == "to" {
		q := k - 2
		for q > 0 && k-q <= 5 && (toks[q].low == "on" || toks[q].low == "last" || toks[q].low == "this" || toks[q].low == "week" || toks[q].low == "today" || toks[q].upper && q > 1) {
			q-- // "sued on Monday to block"
		}
		switch toks[q].low {
		case "sued", "sues", "suing", "sue", "seeks", "sought", "seeking", "moved", "moves", "petitioned", "applied":
			return "the aim of a suit or request, not an act"
		}
		for q := k - 2; q >= 0 && q >= k-8; q-- {
			switch toks[q].low {
			case "sued", "sues", "suing", "petitioned", "lobbied":
				// "sued the Trump administration to shut down the pipeline"
				return "the aim of a suit or request, not an act"
			}
		}
	}
	if (toks[k-1].low == "that" || toks[k-1].low == "which") && toks[k-2].kind == tokWord && !toks[k-2].upper {
		for _, m := range ms {
			if m.j == k-1 || m.j == k-2 && toks[k-2].low != "," {
				return ""
			}
		}
		if tg.authKind != "" {
			return "a relative clause whose subject is a thing, not the authority"
		}
	}
	return ""
}

// caseAgainstAfter: a case noun follows k closely and "against" follows it
// ("a lawsuit against", "legal proceedings against", "a damages claim
// against"): the verb at k files a case on whoever is named next.
func caseAgainstAfter(toks []token, k int) bool {
	for q := k + 1; q < len(toks) && q <= k+4; q++ {
		switch toks[q].low {
		case "lawsuit", "suit", "action", "proceedings", "case", "claim", "complaint", "arbitration":
			if toks[q].low == "arbitration" && q+1 < len(toks) && caseNouns[toks[q+1].low] {
				continue // "arbitration proceedings against"
			}
			return q+1 < len(toks) && toks[q+1].low == "against"
		}
		if toks[q].kind != tokWord {
			return false
		}
	}
	return false
}
