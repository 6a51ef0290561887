package extract

import "strings"

// Remedies: after an authority has acted on a firm, the firm's own account
// of putting things right ("said it had already separated the accounts",
// "has taken steps to strengthen its controls", "would submit an
// improvement plan", "was working closely with the watchdog") complies with
// that authority, though no answering verb (comply, accept) is used.

// remedialResponse returns the comply response of a firm speaking of its
// remedy in this sentence (or the resisting one of firms weighing an
// appeal), or nil.
func remedialResponse(toks []token, ms []mention, ctx *docContext) []Claim {
	after := 0
	if len(ms) > 0 {
		after = ms[0].j
		if after < len(toks) && pluralFirmHead(toks[after].low) {
			after++ // "The two cooperatives said"
		}
	}
	if len(ms) > 0 && ms[0].class == mPron && ms[0].plural && len(ms[0].group) > 1 && ms[0].i <= 1 && after < len(toks) && attributionVerbs[toks[after].low] && weighsChallenge(toks, after+1) {
		// "The two cooperatives said they were considering ... an appeal"
		var out []Claim
		for _, f := range ms[0].group {
			if auths := ctx.authsActingOn([]Entity{f}); len(auths) > 0 {
				out = append(out, Claim{Kind: KindResponse, Actor: f, Targets: auths, Action: "consider appeal", Stance: "resist", Confidence: 0.55, Rule: "response/weighs-appeal-context"})
			}
		}
		return out
	}
	firm, at := remedySpeaker(toks, ms)
	if firm == nil {
		return stanceResponse(toks, ms, ctx)
	}
	if deniesReach(toks, at) {
		// "DeepSeek said European law did not apply to it": the firm rejects
		// the authority's reach over it
		if auths := ctx.authsActingOn([]Entity{*firm}); len(auths) > 0 {
			return []Claim{{Kind: KindResponse, Actor: *firm, Targets: auths, Action: "reject", Stance: "resist", Confidence: 0.6, Rule: "response/denies-reach"}}
		}
		return nil
	}
	if weighsChallenge(toks, at) {
		// "said it was considering its options, including an appeal"
		if auths := ctx.authsActingOn([]Entity{*firm}); len(auths) > 0 {
			return []Claim{{Kind: KindResponse, Actor: *firm, Targets: auths, Action: "consider appeal", Stance: "resist", Confidence: 0.55, Rule: "response/weighs-appeal-context"}}
		}
		return nil
	}
	if !remedyCue(toks, at) {
		return stanceResponse(toks, ms, ctx)
	}
	for q := at; q < len(toks); q++ {
		if toks[q].low == "not" || toks[q].low == "never" || toks[q].low == "n't" || toks[q].low == "denied" {
			return nil // "said it had not yet fixed ...": no remedy claimed
		}
	}
	if ctx.onlyHedgedActsOn([]Entity{*firm}) {
		return nil // "is considering fining X ... X said it had notified users"
	}
	auths := ctx.authsActingOn([]Entity{*firm})
	if len(auths) == 0 {
		// "said it had removed the listings flagged by the trade ministry":
		// the authority whose finding the remedy answers
		if a := pressureFrom(toks, ms); a != nil {
			auths = []Entity{*a}
		}
	}
	if len(auths) == 0 {
		return nil
	}
	return []Claim{{Kind: KindResponse, Actor: *firm, Targets: auths, Action: "rectify", Stance: "comply", Confidence: 0.6, Rule: "response/remedy-context"}}
}

// remedySpeaker: the firm that opens the sentence and speaks ("Korona
// Invest said it ...", "The lender said ...", "UBS said on Monday it ...");
// at is the token after the speech verb.
func remedySpeaker(toks []token, ms []mention) (*Entity, int) {
	if len(ms) == 0 {
		return nil, 0
	}
	m := ms[0]
	if m.i > 1 {
		return nil, 0
	}
	var e *Entity
	switch {
	case m.firmOrName():
		// a one-word name too: the firm must be one an authority acted on
		f := asFirm(m)
		e = &f
	case m.class == mPron && m.firmRef != nil && !m.plural:
		e = m.firmRef
	default:
		return nil, 0
	}
	if m.j >= len(toks) {
		return nil, 0
	}
	switch toks[m.j].low {
	case "said", "says", "added", "stated":
		return e, m.j + 1
	case "apologised", "apologized", "apologises", "apologizes":
		return e, m.j // "The carrier apologised and said ...": the apology is the cue
	}
	return nil, 0
}

// remedyCue: the words after the speech verb tell of a remedy done or
// promised.
func remedyCue(toks []token, from int) bool {
	for q := from; q < len(toks); q++ {
		w := toks[q].low
		switch w {
		case "already":
			// "had already separated", "has already begun", "had already filed"
			for r := q + 1; r < len(toks) && r <= q+2; r++ {
				v := toks[r].low
				if tradeVerbs[v] {
					break // "had already signed supply contracts": business, no remedy
				}
				if strings.HasSuffix(v, "ed") || v == "begun" || v == "taken" || v == "paid" || v == "made" || v == "set" {
					return !otherReason(toks, q)
				}
			}
		case "steps", "measures":
			if q > from && (toks[q-1].low == "taken" || toks[q-1].low == "taking" || toks[q-1].low == "take" || toks[q-1].low == "took") {
				return true
			}
		case "plan", "plans":
			if q > from && (toks[q-1].low == "improvement" || toks[q-1].low == "remediation" || toks[q-1].low == "corrective" || toks[q-1].low == "compliance" || toks[q-1].low == "repair") {
				return true
			}
		case "working", "cooperating", "engaging":
			if wordWithin(toks, q+1, 3, "with") && remedyPartner(toks, q+1) {
				return true
			}
		case "assisting", "helping", "assist", "help", "assisted", "helped", "supporting":
			// "said it was assisting the commission", "would help investigators"
			if q > from && remedyPartner(toks, q+1) && !wordWithin(toks, q+1, 3, "customers", "clients", "users", "consumers") {
				return true
			}
		case "begun", "started", "began", "commenced":
			// "had begun crediting affected customers", "had started the
			// registration process": the first steps of what was asked
			// (not "had begun processing orders": ordinary business)
			if q+1 < len(toks) && (remedyGerunds[toks[q+1].low] || wordWithin(toks, q+1, 4, "process", "procedure", "procedures", "refunds", "repairs", "recall")) {
				return !otherReason(toks, q)
			}
		case "apologised", "apologized", "apologises", "apologizes", "apologise", "apologize":
			// "The carrier apologised and said it would submit a plan"
			return true
		case "follow", "observe", "obey", "respect":
			// "would follow all regulatory requirements", "would observe the
			// regulator's instructions" (not "follow its own roadmap")
			if setWithin(toks, q+1, 4, answerWords) {
				return true
			}
		case "recalled", "refunded", "remedied", "rectified", "fixed", "strengthened", "replaced", "suspended", "halted", "withdrawn", "removed",
			"submitted", "registered", "paid", "applied", "corrected", "amended", "deleted", "stopped", "ended",
			"reinstated", "restored", "reconnected", "unblocked", "reversed":
			if w == "applied" && q+1 < len(toks) && (toks[q+1].low == "to" || toks[q+1].low == "for") {
				// "has applied to register", "applied for a licence": asking the
				// authority, not remedying anything
				continue
			}
			if !remedyVerbSlot(toks, q, from) {
				continue // "400,000 registered users": an adjective (claims_response_business.go)
			}
			return !otherReason(toks, q)
		}
	}
	return false
}

// remedyGerunds are the first steps of a remedy after "begun" / "started".
var remedyGerunds = toSet(`crediting refunding repaying compensating reimbursing recalling removing blocking unblocking
 registering notifying implementing complying returning restoring reconnecting reinstating deleting correcting fixing
 withdrawing suspending halting closing dismantling divesting disconnecting verifying replacing repairing cleaning
 relabelling relabeling rebranding renaming`)

// remedyPartner: "with the watchdog/regulator/authority/ministry ..." follows.
func remedyPartner(toks []token, from int) bool {
	return setWithin(toks, from, 5, authRefHeads)
}

// weighsChallenge: the speaker weighs a legal challenge ("considering its
// options, including an appeal", "weighing legal action", "studying an appeal").
func weighsChallenge(toks []token, from int) bool {
	for q := from; q < len(toks); q++ {
		switch toks[q].low {
		case "considering", "weighing", "mulling", "exploring", "evaluating", "assessing":
			return wordWithin(toks, q+1, 8, "appeal", "challenge", "lawsuit") || wordWithin(toks, q+1, 3, "legal") && wordWithin(toks, q+1, 5, "action", "options", "steps")
		}
	}
	return false
}

// deniesReach: the speaker says the rules or the authority do not reach it
// ("the law did not apply to it", "was not subject to the regulator's
// jurisdiction", "the authority had no jurisdiction over it").
func deniesReach(toks []token, from int) bool {
	for q := from; q+2 < len(toks); q++ {
		w := toks[q].low
		if (w == "not" || w == "n't") && (toks[q+1].low == "apply" || toks[q+1].low == "applied" || toks[q+1].low == "applicable") && wordWithin(toks, q+2, 2, "to") {
			return true
		}
		if (w == "not" || w == "n't") && toks[q+1].low == "subject" && toks[q+2].low == "to" {
			return true
		}
		if w == "no" && (toks[q+1].low == "jurisdiction" || toks[q+1].low == "authority") && wordWithin(toks, q+2, 2, "over") {
			return true
		}
	}
	return false
}

// stanceResponse: a firm speaking of an authority's act in words that take
// a stance without a verb of answering (see stanceCue), answering the
// authority that acted on it earlier or whose pressure the sentence names.
func stanceResponse(toks []token, ms []mention, ctx *docContext) []Claim {
	// "In response, Allegro cut its fees by half"
	firm, at := answerOpener(toks, ms)
	opener := firm != nil
	if !opener {
		if firm, at, _ = stanceSpeaker(toks, ms); firm == nil {
			return nil
		}
	}
	stance, action, _, ok := stanceCue(toks, ms, at)
	if !ok && opener && !negatedAt(toks, at) {
		stance, action, ok = "comply", "comply", true
	}
	if !ok && remedyCue(toks, at) {
		// a remedy told by a speaker the plain rule misses ("The company,
		// which has two months to comply, said it had already changed ...")
		stance, action, ok = "comply", "rectify", true
	}
	if !ok {
		return nil
	}
	if stance == "comply" && ok {
		for q := at; q < len(toks); q++ {
			if w := toks[q].low; w == "not" || w == "never" || w == "n't" || w == "denied" || w == "no" && !(q+1 < len(toks) && toks[q+1].low == "longer") {
				return nil // "said it would not refund ...": no remedy claimed
			}
		}
	}
	auths := ctx.authsActingOn([]Entity{*firm})
	if len(auths) == 0 {
		if a := pressureFrom(toks, ms); a != nil {
			auths = []Entity{*a}
		}
	}
	if len(auths) == 0 {
		// "asked the High Court to quash the Competition Authority's order",
		// "has settled with the Competition Authority": the authority named
		// with its act (or as the party settled with) in the words said
		if a := namedActAuthor(toks, ms, at); a != nil {
			auths = []Entity{*a}
		} else if a := namedActAuthor(toks, ms, 0); a != nil && opener {
			auths = []Entity{*a} // "Following the regulator's order, ..."
		}
	}
	if len(auths) == 0 {
		// "ordered telecom providers to block Telegram. Telegram said it was
		// surprised by the move": the act on a class the firm is touched by
		auths = ctx.authOfLatestClassAct()
	}
	if len(auths) == 0 {
		return nil
	}
	auths = courtsIfJudged(toks[at:], auths)
	return []Claim{{Kind: KindResponse, Actor: *firm, Targets: auths, Action: action, Stance: stance, Confidence: 0.55, Rule: "response/stance-context"}}
}

// namedActAuthor: an authority named from at on as the author of an act
// ("the Competition Authority's order", "a directive from the central
// bank") or as the party a firm settled with; courts asked to act are venues.
func namedActAuthor(toks []token, ms []mention, at int) *Entity {
	for _, m := range ms {
		if m.class != mAuth || m.i < at {
			continue
		}
		if m.poss && m.j < len(toks) && answerWords[toks[m.j].low] {
			e := m.ent
			return &e
		}
		p := m.i - 1
		for _, pl := range ms {
			if pl.class == mPlace && pl.poss && pl.j == m.i {
				p = pl.i - 1 // "an order from Colombia's SIC"
			}
		}
		if p >= 0 && (toks[p].low == "the" || toks[p].low == "a") {
			p--
		}
		if p >= 1 && (toks[p].low == "from" || toks[p].low == "by" || toks[p].low == "of") && answerWords[toks[p-1].low] ||
			p >= 1 && toks[p].low == "with" && withAuthWords[toks[p-1].low] {
			e := m.ent
			return &e
		}
	}
	return nil
}

// withAuthWords before "with" make the authority after it the party a firm
// settled or works with ("reached a settlement with the competition
// commission", "would work closely with the regulator").
var withAuthWords = toSet(`settled settles settlement settlements work works worked working closely`)

// otherReason: the change has a reason of its own ("stopped selling in
// Uganda because of low demand"), so it answers no authority.
func otherReason(toks []token, from int) bool {
	for q := from; q+1 < len(toks); q++ {
		w := toks[q].low
		if w == "because" || (w == "due" || w == "owing") && toks[q+1].low == "to" || w == "amid" || w == "citing" && !wordWithin(toks, q+1, 4, "order", "ruling", "decision", "regulator", "directive") {
			return true
		}
	}
	return false
}
