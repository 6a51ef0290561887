package extract

// lemmaFrames are the verbs whose reading hangs on the words around them
// ("told X to ..." vs reported speech, "cut ties with", "gave X until March
// to", "lifted a ban on"): each either settles the trigger (done: build
// returns the claims and reason as they are) or reframes it (tg) for the
// general voice-and-arguments path.
func (x *ClaimExtractor) lemmaFrames(toks []token, ms []mention, k, aux int, tg trigger, neg bool, ctx *docContext, sofar []Claim) (_ trigger, cs []Claim, why string, done bool) {
	doneWith := func(cs []Claim, why string) (trigger, []Claim, string, bool) { return tg, cs, why, true }
	switch tg.lemma {
	case "settle", "resolve":
		// "A and B settled their dispute", "resolved its lawsuit against B"
		if cs, why, ok := settledDispute(toks, ms, k, neg); ok {
			return doneWith(cs, why)
		}
		if tg.lemma == "settle" {
			return doneWith(nil, "")
		}
	case "tell", "instruct", "direct", "urge":
		if tg.lemma != "urge" && thatMustAfter(toks, k) {
			break // "told Kinetix that it must let developers ...": an order in reported form
		}
		if (!infinitiveAfter(toks, k) || aux < 0) && !(aux < 0 && objectThenTo(toks, ms, k)) {
			// (an appositive with "that" before the "to": "asked G-Xchange, the unit that runs GCash, to submit")
			return doneWith(nil, "tell/instruct without \"to\" + verb: reported speech, not an order")
		}
	case "restore":
		// "restored access to Telegram", "restored the services of X": lifting a block
		if !wordWithin(toks, k+1, 3, "access", "services", "operations", "connection", "connectivity") || firmInPhraseAfter(toks, ms, k, 8, "to", "of", "for") < 0 {
			return doneWith(nil, "")
		}
		tg = trigger{lemma: "lift ban", authKind: KindApproval, form: tg.form}
	case "renew", "extend", "reinstate":
		// "renewed X's licence", "the licence of X was renewed": a grant
		// again; "renewed its concerns", "extended the deadline" are not
		if !wordWithin(toks, k+1, 7, renewedGrants...) && (aux < 0 || !wordWithin(toks, max(0, aux-6), 6, renewedGrants...)) {
			return doneWith(nil, "")
		}
		tg = trigger{lemma: "license", authKind: KindApproval, form: tg.form}
	case "blacklist":
		if blacklistedFor(toks, k) {
			// "blacklisted three bureaux for failing to report": a sanction for
			// past conduct; "blacklisted from public tenders" bars (mandate)
			tg = trigger{lemma: "blacklist", authKind: KindPenalty, form: tg.form}
		}
	case "drag", "haul":
		// "dragged rival X to the Commercial Court", "hauled X before a tribunal": a suit
		reach := 9
		if c := wordIndexWithin(toks, k+2, 6, ","); c >= 0 && c+1 < len(toks) && !toks[c+1].upper {
			// (a described firm; "the Inspector-General of Police, Ibrahim Idris," names a person)
			reach = 17 // "hauled A and B, two Lagos taxi apps, into the Federal High Court": past the appositive
		}
		if !wordWithin(toks, k+1, reach, "court", "courts", "tribunal", "arbitration") || !wordWithin(toks, k+1, reach-1, "to", "before", "into") {
			return doneWith(nil, "")
		}
		tg = trigger{lemma: "sue", authKind: KindProbe, firmKind: KindAction, form: tg.form}
	case "team":
		// "teamed up with X"
		if k+1 >= len(toks) || toks[k+1].low != "up" {
			return doneWith(nil, "")
		}
		tg = trigger{lemma: "partner", firmKind: KindAction, form: tg.form}
	case "cut":
		// "cut off X's access": a block; "cut ties with X", "cut the
		// interconnection link to X": the same, told by what is severed
		if k+1 >= len(toks) || toks[k+1].low != "off" && !(wordWithin(toks, k+1, 3, "ties", "links", "link", "connection", "connections") && wordWithin(toks, k+2, 4, "with", "to")) {
			return doneWith(nil, "")
		}
		tg = trigger{lemma: "block", firmKind: KindAction, form: tg.form}
	case "strip":
		// "stripped X of its licence"
		if !wordWithin(toks, k+1, 8, "licence", "license", "licences", "licenses", "permit", "permits", "registration", "accreditation", "concession") && !strippedOfAfterAside(toks, k) {
			return doneWith(nil, "")
		}
	case "refer":
		// "referred X to prosecutors": handing a firm to a criminal inquiry
		w := 8
		if c := wordIndexWithin(toks, k+1, 14, "to"); c > k+8 && c+4 < len(toks) && listOnlyBefore(toks, k, c) {
			w = c - k + 4 // "referred feed producer A and broiler farmer B Co to the public prosecutor": past a described list
		}
		if wordWithin(toks, k+1, 3, "against") {
			w = 16 // "referred a complaint against Table Bay Poultry to the Competition Tribunal for prosecution"
		}
		if !wordWithin(toks, k+1, w, "prosecutors", "prosecutor", "police", "court", "tribunal", "prosecution") && !(wordWithin(toks, k+1, 2, "for") && wordWithin(toks, k+2, 4, "investigation", "inquiry", "probe", "review")) {
			// "referred X to prosecutors"; "could be referred for an in-depth investigation by the CMA"
			return doneWith(nil, "")
		}
	case "take":
		if k+1 < len(toks) && toks[k+1].low == "over" {
			// "took over rival X"
			tg = trigger{lemma: "acquire", firmKind: KindAction, form: tg.form}
			break
		}
		if wordWithin(toks, k+1, 3, "control") && wordWithin(toks, k+2, 3, "of") && !wordWithin(toks, k+1, 3, "regulatory", "quality", "cost", "costs", "pricing") {
			// "took (full) control of X", "took majority control of X": an acquisition
			// (an authority taking control is handled as an intervention)
			tg = trigger{lemma: "acquire", firmKind: KindAction, authKind: KindMandate, form: tg.form}
			break
		}
		if (wordWithin(toks, k+1, 6, "court") && wordWithin(toks, k+1, 6, "to") || venueAfterList(toks, k)) && !wordWithin(toks, k+1, 3, "case") {
			// "has taken Google to court": a suit
			tg = trigger{lemma: "sue", authKind: KindProbe, firmKind: KindAction, form: tg.form}
			break
		}
		if wordWithin(toks, k+1, 4, "stake", "stakes") && wordWithin(toks, k+2, 9, "in") {
			// "took a majority stake in X": an acquisition
			tg = trigger{lemma: "acquire", firmKind: KindAction, form: tg.form}
			break
		}
		if wordWithin(toks, k+1, 3, "action", "actions") && wordWithin(toks, k+2, 4, "against") {
			// "may take legal action against X": a suit, by an authority a probe
			tg = trigger{lemma: "sue", authKind: KindProbe, firmKind: KindAction, form: tg.form}
			break
		}
		if !wordWithin(toks, k+1, 4, "case", "appeal", "fight") {
			return doneWith(nil, "")
		}
	case "sell":
		return doneWith(x.buildSale(toks, ms, k, neg))
	case "send":
		if cs, why := x.buildHanded(toks, ms, k, aux, neg); cs != nil {
			return doneWith(cs, why)
		}
		return doneWith(x.buildInfoRequest(toks, ms, k, neg))
	case "hand":
		return doneWith(x.buildHanded(toks, ms, k, aux, neg))
	case "ask":
		if courtObject(toks, ms, k) {
			// "asked a court to order Google to sell ...": the authority sues
			tg = trigger{lemma: "sue", authKind: KindProbe, form: tg.form}
			if t := firmsAfter(ms, k); len(t) > 0 {
				if a := nearestAuth(toks, ms, k, false); a != nil && a.Type != TypeCourt {
					return doneWith([]Claim{{Kind: KindProbe, Actor: *a, Targets: t, Action: "sue", Negated: negatedAt(toks, k), Confidence: 0.65, Rule: "probe/ask-court"}}, "")
				}
			}
			if cs := askedCourtToUndo(toks, ms, k, neg, ctx); cs != nil {
				// "Nordic Leaf said it would ask a federal appeals court to review the denial"
				return doneWith(cs, "")
			}
			return doneWith(nil, "asked a court, but no firm or authority")
		}
		if !askedForRecords(toks, k) && (!infinitiveAfter(toks, k) || aux < 0) && !(aux < 0 && objectThenTo(toks, ms, k)) {
			return doneWith(nil, "asked without \"to\" + verb: a question, not an order")
		}
	case "target":
		if aux < 0 {
			return doneWith(nil, "")
		}
	case "bring":
		if k+1 < len(toks) && toks[k+1].low != "by" && aux < 0 {
			return doneWith(x.buildCaseFiled(toks, ms, k, neg))
		}
		return doneWith(x.buildCaseBroughtBy(toks, ms, k, ctx, sofar))
	case "rule", "find":
		return doneWith(x.buildRuledLiable(toks, ms, k))
	case "select":
		// "had been selected (by NASA) to join ... contracts": an award
		if aux < 0 || !wordWithin(toks, k+1, 16, "contract", "contracts", "program", "programme", "tender", "licence", "license", "licenses", "licences", "concession", "concessions") {
			return doneWith(nil, "")
		}
	case "close":
		// "closed its review of the venture between A and B without objections": a clearance
		if !wordWithin(toks, k+1, 3, "review", "investigation", "probe", "inquiry", "examination") || !clearedWithout(toks, k) {
			return doneWith(nil, "")
		}
	case "enlist":
		// "added X to its entity list", "put X on its unreliable entity list"
		if !sanctionListAfter(toks, k) {
			return doneWith(nil, "")
		}
	case "place":
		if sanctionListAfter(toks, k) {
			// "placed X on its sanctions list": a sanction
			tg = trigger{lemma: "enlist", authKind: KindPenalty, form: tg.form}
			break
		}
		if wordWithin(toks, k+1, 8, "investigation", "probe", "inquiry", "scrutiny") && wordWithin(toks, k+1, 6, "under") {
			// "has placed Zhejiang Hengyu under investigation": a probe
			tg = trigger{lemma: "investigate", authKind: KindProbe, form: tg.form}
			break
		}
		// "placed X under receivership / statutory management": the authority takes control
		if !wordWithin(toks, k+1, 8, "receivership", "administration", "curatorship", "conservatorship", "management", "supervision", "liquidation", "intervention") || !wordWithin(toks, k+1, 6, "under", "into", "in") {
			return doneWith(nil, "")
		}
	case "cancel":
		if !wordWithin(toks, k+1, 4, cancelledGrants...) && !((aux >= 0 || k+1 < len(toks) && toks[k+1].low == "by") && wordWithin(toks, max(0, k-6), k-max(0, k-6), cancelledGrants...)) {
			// ("had its registration cancelled by", "permits held by X were
			// cancelled": the grant told before the passive verb)
			return doneWith(nil, "cancelled something other than a licence")
		}
	case "withdraw":
		// "withdrew the licence of X", "withdrew X's banking licence": a revocation
		// ("withdrew its appeal", "withdrew from the market" are not)
		if !wordWithin(toks, k+1, 5, renewedGrants...) {
			return doneWith(nil, "")
		}
		tg = trigger{lemma: "revoke", authKind: KindPenalty, form: tg.form}
	case "dock":
		// "docked BT £2 million": a fine
		if amt, at := findAmount(toks, k); amt == nil || at <= k || at > k+6 {
			return doneWith(nil, "")
		}
		tg = trigger{lemma: "fine", authKind: KindPenalty, form: tg.form}
	case "seize", "freeze", "confiscate":
		// a penalty only on a firm's assets ("froze $725 million in assets belonging to Xiaomi"), not evidence
		if amt, at := findAmount(toks, k); !wordWithin(toks, k+1, 9, "assets", "accounts", "funds", "bank", "property", "properties", "shares", "stake", "deposits", "cash", "crypto", "tokens") && !(amt != nil && at > k && at <= k+6) {
			// ("seized 5,551 crore rupees from Xiaomi's local unit": money is an asset)
			if tg.lemma == "freeze" && wordWithin(toks, k+1, 4, "onboarding", "operations", "lending", "sales", "activities", "business", "loans", "registrations", "expansion") {
				// "froze new customer onboarding at X": a halt ordered on the firm
				tg = trigger{lemma: "freeze", authKind: KindMandate, prohibition: true, form: tg.form}
				break
			}
			return doneWith(nil, "seized/froze something other than a firm's assets")
		}
	case "pay":
		if cs := payWithOn(toks, ms, k, neg); cs != nil {
			return doneWith(cs, "")
		}
		if k+2 < len(toks) && (toks[k+1].low == "the" || toks[k+1].low == "its") && (toks[k+2].low == "fine" || toks[k+2].low == "penalty" || toks[k+2].low == "fines") {
			// "the bottler said it had paid the fine": a firm complying
			subj := subjectBefore(toks, ms, k, func(m mention) bool { return m.firmOrName() }, 6)
			if firms := entitiesOf(ms, subj, func(m mention) bool { return m.firmOrName() }, "firm"); len(firms) > 0 {
				return doneWith(x.buildResponse(toks, ms, k, trigger{lemma: "pay", firmKind: KindResponse, stance: "comply"}, firms, nil, neg, ctx, sofar, ""))
			}
		}
		return doneWith(x.buildPaidToSettle(toks, ms, k, neg, ctx))
	case "receive", "face":
		return doneWith(x.buildReceivedFrom(toks, ms, k, tg, neg, ctx))
	case "give":
		// "gave Microsoft the green light", "gave the go-ahead to the merger of X and Y"
		if !wordWithin(toks, k+1, 7, "green", "go-ahead", "approval", "nod", "clearance", "permission", "greenlight") && !grantedDocumentAfter(toks, k) {
			if givenOrderTo(toks, k) {
				// "gave X a formal direction to comply": an order given
				tg = trigger{lemma: "direct", authKind: KindMandate, form: tg.form}
			} else if !deadlineAfter(toks, k) {
				return doneWith(nil, "")
			} else {
				// "gave X until March 31 to ...", "gave the company 60 days to ...": a deadline is an order
				tg = trigger{lemma: "set deadline", authKind: KindMandate, form: tg.form}
			}
		}
	case "lift":
		// "lifted a ban on Huawei", "lifted restrictions on TikTok": an approval
		b := -1
		for i := k + 1; i < len(toks) && i <= k+4; i++ {
			switch toks[i].low {
			case "ban", "bans", "restrictions", "suspension", "sanctions", "moratorium", "embargo", "freeze",
				"cap", "caps", "limit", "limits", "curbs", "curb", "restriction", "ceiling", "prohibition":
				b = i
			}
		}
		if b < 0 {
			return doneWith(nil, "lift without a ban")
		}
		idx := objectMentions(toks, ms, b, true)
		targets := onlyTargets(entitiesOf(ms, idx, isFirmish, "firm"), nil)
		if len(targets) == 0 {
			// "lifted a ban on new loans at digital lender X": the firm the banned thing is at
			if i := firmInPhraseAfter(toks, ms, b, 10, "at", "by", "for", "of", "on"); i >= 0 {
				idx = listFrom(toks, ms, i)
				targets = onlyTargets(entitiesOf(ms, idx, isFirmish, "firm"), nil)
			}
		}
		if len(targets) == 0 {
			if cs := liftedRelativeBan(toks, ms, k, b, neg); cs != nil {
				return doneWith(cs, "") // "lifted the restrictions that barred X from ..."
			}
			return doneWith(nil, "lifted ban on no firm")
		}
		a := nearestAuthExcept(toks, ms, k, false, idx)
		if a == nil {
			return doneWith(nil, "lifted by no authority")
		}
		return doneWith([]Claim{{Kind: KindApproval, Actor: *a, Targets: targets, Action: "lift ban", Negated: neg, Confidence: 0.7, Rule: "approval/lift-ban"}}, "")
	}
	return tg, nil, "", false
}

// cancelledGrants: what an authority cancels when it revokes ("cancelled
// the registration of X", "had its permit cancelled by").
var cancelledGrants = []string{"licence", "license", "licences", "licenses", "permit", "permits", "registration", "authorisation", "authorization"}

// listOnlyBefore: the words from k+1 to c hold no clause break besides
// list joins ("A and B", "A, B and C").
func listOnlyBefore(toks []token, k, c int) bool {
	for q := k + 1; q < c; q++ {
		switch toks[q].low {
		case "that", "which", "who", "because", "after", "before", "while", ";", ":":
			return false
		}
	}
	return true
}
