package extract

// Probes told without an inquiry verb on the firm: charges the firm settled
// or faced ("agreed to settle SEC charges", "settled charges brought by
// FINRA"), the authority's inquiry the firm helped ("co-operated with the
// regulator's investigation"), and the authority's own inquiry into an
// incident of the firm it holds to account ("held SK Telecom responsible,
// announcing the results of its investigation into the breach").

// settleVerbs precede charges the firm answered, not ones it laid.
var settleVerbs = toSet(`settle settled settles settling resolve resolved resolves resolving face faces faced facing`)

// chargeAnswerVerbs: a firm's plea or denial of charges an authority
// brought ("pleaded guilty to 14 charges brought by", "denies charges
// filed by") shows it is the party charged, as settling them does.
var chargeAnswerVerbs = toSet(`pleaded pleads plead pleading admitted admits denied denies deny denying contested contests
 contest contesting disputed disputes`)

// settledCharges reads "settle <authority> charges" and "settled charges
// brought/filed by <authority>" at the noun "charges" (index k): the
// authority charged the sentence's subject firm.
func settledCharges(toks []token, ms []mention, k int) []Claim {
	if toks[k].low != "charges" && toks[k].low != "allegations" {
		return nil
	}
	settled := false
	for p := k - 1; p >= 0 && p >= k-8; p-- {
		if settleVerbs[toks[p].low] {
			settled = true
			break
		}
		if toks[p].kind == tokPunct {
			break
		}
	}
	if !settled {
		return nil
	}
	var auth *Entity
	for i := range ms {
		m := ms[i]
		if m.class == mAuth && m.ent.Type != TypeCourt && (m.j == k || m.j == k-1 && toks[k-1].low == "'s") {
			e := m.ent
			auth = &e
		}
	}
	if auth == nil && k+2 < len(toks) && (toks[k+1].low == "brought" || toks[k+1].low == "filed" || toks[k+1].low == "laid") && toks[k+2].low == "by" || auth == nil && k+1 < len(toks) && toks[k+1].low == "from" {
		if a := agentAfter(toks, ms, k); len(a) > 0 && ms[a[0]].class == mAuth {
			e := ms[a[0]].ent
			auth = &e
		}
	}
	if auth == nil {
		return nil
	}
	var firm *Entity
	for i := range ms {
		m := ms[i]
		if m.j > k {
			break
		}
		if m.firmOrName() {
			e := asFirm(m)
			firm = &e
			break
		}
	}
	if firm == nil {
		return nil
	}
	return []Claim{{Kind: KindProbe, Actor: *auth, Targets: []Entity{*firm}, Action: "charge", Confidence: 0.65, Rule: "probe/settled-charges"}}
}

// helpVerbs tell a firm taking part in an authority's inquiry.
var helpVerbs = toSet(`cooperate cooperated cooperates cooperating co-operate co-operated co-operates co-operating
 assist assisted assists assisting help helped helping helps support supporting supported
 engage engaged engaging respond responded responding participate participated participating`)

// incidentNouns are what an authority's own inquiry may be "into" when
// the firm is named elsewhere in the sentence.
var incidentNouns = toSet(`breach breaches outage outages incident incidents accident accidents leak leaks hack hacking attack
 attacks crash crashes collapse failure failures fire explosion spill disruption blackout derailment`)

// ownedInquiry handles the inquiry noun at k owned by an authority: "the
// regulator's investigation" a firm co-operated with, or the authority's
// "its investigation into the breach" in a sentence about one firm.
func ownedInquiry(toks []token, ms []mention, k int) []Claim {
	// "the regulator's investigation", "the Swedish Competition Authority's
	// (two-year) inquiry"
	for i := range ms {
		m := ms[i]
		if m.class != mAuth || !m.poss || m.j > k || k-m.j > 2 || m.ent.Type == TypeCourt {
			continue
		}
		helped := false
		for p := m.i - 1; p >= 0 && p >= m.i-4; p-- {
			if helpVerbs[toks[p].low] {
				helped = true
				break
			}
		}
		if !helped {
			return nil
		}
		subj := subjectBefore(toks, ms, m.i, func(n mention) bool { return n.firmOrName() }, 12)
		if len(subj) == 0 {
			return nil
		}
		ts := onlyTargets(entitiesOf(ms, subj[len(subj)-1:], isFirmish, "firm"), []Entity{m.ent})
		if len(ts) == 0 {
			return nil
		}
		return []Claim{{Kind: KindProbe, Actor: m.ent, Targets: ts, Action: "investigate", Confidence: 0.6, Rule: "probe/helped-inquiry"}}
	}
	// "its two-month investigation into the breach" with the authority the
	// subject and the firm named before
	own := false
	for p := k - 1; p >= 0 && p >= k-3; p-- {
		if toks[p].low == "its" {
			own = true
			break
		}
	}
	if !own || k+2 >= len(toks) || toks[k+1].low != "into" && toks[k+1].low != "of" || !setWithin(toks, k+2, 3, incidentNouns) {
		return nil
	}
	auth, firm := authThenFirm(ms, k, false)
	if auth == nil || firm == nil {
		return nil
	}
	return []Claim{{Kind: KindProbe, Actor: *auth, Targets: []Entity{*firm}, Action: "investigate", Confidence: 0.6, Rule: "probe/own-inquiry-into-incident"}}
}

// authThenFirm: in a sentence about an authority's own inquiry ("its
// investigation"), the first authority and then the first firm named,
// both ending by k; courts hear cases rather than run inquiries.
// skipPoss passes over a possessive firm ("X's dominance"), which owns
// something rather than being the one examined.
func authThenFirm(ms []mention, k int, skipPoss bool) (auth, firm *Entity) {
	for i := range ms {
		m := ms[i]
		if m.j > k {
			break
		}
		if auth == nil && m.class == mAuth && m.ent.Type != TypeCourt {
			e := m.ent
			auth = &e
			continue
		}
		if auth != nil && firm == nil && m.firmOrName() && !(skipPoss && m.poss) {
			e := asFirm(m)
			firm = &e
		}
	}
	return auth, firm
}

// settlingSubject: before the case noun ahead of k a settle/face verb, and
// before that the firm that settled or faces the case.
func settlingSubject(toks []token, ms []mention, k int) *Entity {
	v := -1
	for p := k - 1; p >= 0 && p >= k-6; p-- {
		if settleVerbs[toks[p].low] || chargeAnswerVerbs[toks[p].low] {
			v = p
			break
		}
	}
	if v < 0 {
		return nil
	}
	for i := range ms {
		if ms[i].j > v {
			break
		}
		if ms[i].firmOrName() {
			e := asFirm(ms[i])
			return &e
		}
	}
	return nil
}

// issuedVerbs tell an authority putting out rules.
var issuedVerbs = toSet(`issued issues issue published publishes released releases unveiled unveils introduced introduces
 announced announces adopted adopts finalised finalized notified notifies approved approves tightened tightens`)

// rulesHeads are what such a sentence says was put out.
var rulesHeads = toSet(`rules regulations guidelines circular directive directives norms framework requirements code
 regulation guideline instructions standards`)

// issuedRulesBy: the sentence's subject authority issued rules ("The
// Reserve Bank of India on Monday issued draft norms on ...").
func issuedRulesBy(toks []token, ms []mention) *Entity {
	for k := 1; k < len(toks); k++ {
		if toks[k].lex&lxIssuedVerb == 0 || !setWithin(toks, k+1, 5, rulesHeads) {
			continue
		}
		for i := len(ms) - 1; i >= 0; i-- {
			m := ms[i]
			if m.j > k || k-m.j > 4 {
				continue
			}
			if m.class == mAuth && m.ent.Type != TypeCourt {
				e := m.ent
				return &e
			}
			break
		}
		return nil
	}
	return nil
}

// infoNouns are what an authority examining a firm asks it for.
var infoNouns = toSet(`information details documents data records explanation explanations clarification clarifications answers`)

// soughtInformation: an authority that "sought (additional) information
// from X" or "asked X for documents" examines X: a probe.
func soughtInformation(toks []token, ms []mention, k int) []Claim {
	if !setWithin(toks, k+1, 4, infoNouns) {
		return nil
	}
	subj := subjectBefore(toks, ms, k, func(m mention) bool { return m.class == mAuth }, 8)
	if len(subj) == 0 || ms[subj[len(subj)-1]].class != mAuth || ms[subj[len(subj)-1]].ent.Type == TypeCourt {
		return nil
	}
	auth := ms[subj[len(subj)-1]].ent
	var ts []Entity
	if i := firmInPhraseAfter(toks, ms, k, 10, "from"); i >= 0 {
		ts = onlyTargets(entitiesOf(ms, listFrom(toks, ms, i), isFirmish, "firm"), []Entity{auth})
	}
	if len(ts) == 0 {
		return nil
	}
	return []Claim{{Kind: KindProbe, Actor: auth, Targets: ts, Action: "request information", Negated: negatedAt(toks, k), Confidence: 0.6, Rule: "probe/sought-information"}}
}

// inquiryFoundThat: "An inspection had found that the lender failed to
// ...": the inquiry examined the firm the finding is about; the authority
// is the one named in the sentence or the one that acted on that firm.
func inquiryFoundThat(toks []token, ms []mention, k int, ctx *docContext) []Claim {
	f := -1
	for q := k + 1; q < len(toks) && q <= k+3; q++ {
		switch toks[q].low {
		case "found", "showed", "revealed", "uncovered", "concluded", "established":
			f = q
		}
	}
	if f < 0 || f+2 >= len(toks) || toks[f+1].low != "that" {
		return nil
	}
	var t *Entity
	for i := range ms {
		m := ms[i]
		if m.i != f+2 && !(m.i == f+3 && toks[f+2].low == "the") {
			continue
		}
		switch {
		case m.firmOrName():
			e := asFirm(m)
			t = &e
		case m.class == mPron && !m.plural && m.firmRef != nil:
			e := *m.firmRef
			t = &e
		}
		break
	}
	if t == nil {
		return nil
	}
	var a *Entity
	if n := nearestAuth(toks, ms, k, false); n != nil {
		a = n
	} else if as := ctx.authsActingOn([]Entity{*t}); len(as) > 0 {
		a = &as[len(as)-1]
	}
	if a == nil || sameEntity(*t, *a) {
		return nil
	}
	return []Claim{{Kind: KindProbe, Actor: *a, Targets: listMatesOf(toks, ms, *t, len(toks)), Action: "investigate", Confidence: 0.55, Rule: "probe/inquiry-found-that"}}
}

// closeVerbs end an authority's own inquiry.
var closeVerbs = toSet(`closed closes close concluded concludes completed completes ended ends dropped drops wrapped`)

// closedOwnInquiry: "The commission found no evidence that CP abused its
// dominance and closed its investigation": an inquiry of the firm named,
// ended (still an investigation of it).
func closedOwnInquiry(toks []token, ms []mention, k int) []Claim {
	if k < 2 || toks[k-1].low != "its" || !closeVerbs[toks[k-2].low] && !(k >= 3 && toks[k-2].low == "up" && toks[k-3].low == "wrapped") {
		return nil
	}
	auth, firm := authThenFirm(ms, k, true)
	if auth == nil || firm == nil {
		return nil
	}
	return []Claim{{Kind: KindProbe, Actor: *auth, Targets: listMatesOf(toks, ms, *firm, k), Action: "investigate", Confidence: 0.55, Rule: "probe/closed-own-inquiry"}}
}

// classThenMembers: after "against/accusing" within 12 words of k, a class
// in plain words and then, past a dash or colon, the first member's
// mention index; -1 when not so told.
func classThenMembers(toks []token, ms []mention, k int) int {
	for p := k + 1; p < len(toks) && p <= k+12; p++ {
		w := toks[p].low
		if w != "against" && w != "accusing" && w != "charging" {
			continue
		}
		for q := p + 1; q < len(toks) && q <= p+8; q++ {
			t := toks[q]
			if t.text == "—" || t.text == "–" || t.text == ":" || t.text == "-" && q+1 < len(toks) && toks[q+1].upper ||
				t.text == "," && q > p+1 && pluralFirmHead(toks[q-1].low) && q+1 < len(toks) && toks[q+1].upper {
				// (also "against two concrete suppliers, Harbour City Concrete
				// and Kiwi Aggregates": the members in apposition to the class)
				for i := range ms {
					if ms[i].i == q+1 && (ms[i].firmOrName() || ms[i].class == mOther && ms[i].src == "name") {
						return i
					}
				}
				return -1
			}
			if t.kind == tokPunct || t.upper {
				return -1
			}
		}
		return -1
	}
	return -1
}
