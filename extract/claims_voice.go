package extract

import (
	"strings"
)

// Voice and clause helpers: passives, agents, negation, conditions,
// requests, and who the nearest authority is.

// requestedOnly: "urged the FTC to scrutinize" is a request, not an act.
func requestedOnly(toks []token, k int) bool {
	if k == 0 || toks[k-1].low != "to" {
		return false
	}
	if k >= 2 {
		switch toks[k-2].low {
		case "authority", "power", "powers", "right", "ability", "mandate", "jurisdiction", "attempt", "bid", "effort":
			if toks[k-2].low == "authority" && k >= 3 && (toks[k-3].upper || authModifiers[toks[k-3].low]) {
				break // "won approval from Kenya's competition authority to buy X": the body, not a power
			}
			return true // "has broad authority to investigate": a power, not an act
		}
	}
	for i := k - 2; i >= 0 && i >= k-10; i-- {
		if urgeWords[toks[i].low] {
			return !ownArmAsked(toks, i)
		}
	}
	// "is asking the Tribunal for the Defense of Free Competition (TDLC) to
	// fine the companies": a long court name between the plea and its "to"
	for i := k - 11; i >= 0 && i >= k-16; i-- {
		if (toks[i].low == "asking" || toks[i].low == "asked" || toks[i].low == "asks" || toks[i].low == "urged" || toks[i].low == "urging") && wordWithin(toks, i+1, 3, "tribunal", "court", "judge") {
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
		if i == k-2 && toks[k-1].low == "to" && (w == "refused" || w == "declined" || w == "yet" || w == "failed" || w == "refuses" || w == "declines" || w == "fails") &&
			!((w == "refused" || w == "refuses" || w == "declined" || w == "declines") && (toks[k].low == "let" || toks[k].low == "allow")) {
			// (a refusal to let a firm do something is a block, told positively)
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
	if (k == 0 || k == 1 && isOpener(toks[0].text)) && k+1 < len(toks) && toks[k+1].low == "by" {
		return k // "Ordered by the central bank to ..., X said": a fronted participle
	}
	if h := hadItsAux(toks, k); h >= 0 {
		return h
	}
	if h := coordPassiveAux(toks, k); h >= 0 {
		return h
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
	if aux >= 2 && (toks[aux-1].low == "which" || toks[aux-1].low == "who" || toks[aux-1].low == "that") && toks[aux-2].text == "," {
		// "Moravia Direct, which was bought by Kärntner Strom last year, said":
		// the relative's antecedent
		for i := range ms {
			if ms[i].j == aux-2 && isFirmish(ms[i]) {
				return []Entity{asFirm(ms[i])}
			}
		}
	}
	if aux == 0 || aux == 1 && isOpener(toks[0].text) {
		// "Ordered by the central bank to raise capital, Acme Bank said ...":
		// a fronted participle binds the subject after its comma
		for q := aux + 1; q < len(toks) && q < aux+25; q++ {
			if toks[q].text != "," {
				continue
			}
			for i := range ms {
				if ms[i].i == q+1 && isFirmish(ms[i]) {
					return entitiesOf(ms, listFrom(toks, ms, i), isFirmish, "firm")
				}
			}
			return nil
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
			if b := m.i - 1 - btoi(m.i > 1 && toks[m.i-1].low == "the"); b > 0 && toks[b].low == "by" && isParticiple(toks[b-1].low) {
				continue // "obtained by the Ottawa Citizen": an agent, not the subject
			}
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
		if n > 0 && ownerApposition(toks, m) {
			continue // "Flipkart, Walmart's e-commerce unit, was asked": Flipkart only
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

// agentAfter finds "by X [and Y]" after a passive trigger.
func agentAfter(toks []token, ms []mention, k int) []int {
	for i := k + 1; i < len(toks) && i < k+16; i++ {
		w := toks[i].low
		if w == "by" {
			// "by the country's Insurance Supervisory Board": its country only describes it
			s := i + 1
			if s < len(toks) && (toks[s].low == "both" || toks[s].low == "jointly") {
				s++ // "greenlit by both the Competition Bureau and the CRTC": two agents
			}
			if s+2 < len(toks) && toks[s].low == "the" && (toks[s+1].low == "country" || toks[s+1].low == "nation") && toks[s+2].low == "'s" {
				s += 3
			}
			if s < len(toks) && (toks[s].low == "both" || toks[s].low == "either") {
				s++ // "greenlit by both the Competition Bureau and the CRTC": each agent acts
			}
			s = groupLedBy(toks, s) // "by a consortium led by X": X
			for _, m := range ms {
				if m.i == s && demonymDescriptor(toks, m) {
					s = m.j // "by Austrian utility Kärntner Strom": the place only describes
				}
			}
			if j := describedNameAfter(toks, ms, s); j >= 0 && ms[j].i > s {
				s = ms[j].i // "by Japanese trading house Tachibana Shoji": what it is, then its name
			}
			if d := describedAgentStart(toks, ms, s); d > s {
				s = d // "brought by telecoms regulator Anatel", "by rival Grab"
			}
			for j := range ms {
				if ms[j].i == s || (ms[j].i == s+1 && (toks[s].low == "the" || toks[s].low == "a")) || ms[j].i > i && ms[j].i < s && ms[j].j > s {
					// (the last: a descriptor that takes in "the nation's" itself)
					// "by Nigeria's Consumer Credit Authority": the place owns the agent
					if ms[j].class == mPlace && ms[j].poss && j+1 < len(ms) && ms[j+1].i == ms[j].j && ms[j+1].class == mAuth {
						j++
					}
					return listFrom(toks, ms, j)
				}
				if ms[j].i > s+1 {
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

// isParticiple: a past participle by its ending ("obtained", "taken"),
// as opposed to a noun ("the takeover of Quill by Halden").
func isParticiple(w string) bool {
	return len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "wn"))
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

// orderToPay: "ordered X to pay ..." is a penalty; "... and to set up" adds a mandate.
func orderToPay(toks []token, k int) (bool, bool) {
	// (the window reaches past a list of bound firms and a time phrase:
	// "ordered A, B and C on Thursday to pay surcharges")
	for i := k + 1; i < len(toks) && i < k+26; i++ {
		if toks[i].low == "that" || toks[i].low == ";" || toks[i].low == "from" ||
			toks[i].low == "and" && i+1 < len(toks) && strings.HasSuffix(toks[i+1].low, "ed") {
			// "barred X from ... and ordered it to refund": the later verb's own object
			return false, false
		}
		if toks[i].low == "to" && i+1 < len(toks) {
			v := i + 1
			if v+1 < len(toks) && strings.HasSuffix(toks[v].low, "ly") && len(toks[v].low) > 4 {
				v++ // "directed them to jointly disgorge"
			}
			w := toks[v].low
			if w == "repay" && wordWithin(toks, v+1, 3, "deposits", "depositors", "savers") {
				// a lender wound down is told to give savers their money back: an order, not a sanction
				return false, false
			}
			if w == "pay" && leviedSum(toks, v) {
				// "a law requiring chains to pay an extra 4.5% levy": a tax is no punishment
				return false, false
			}
			if w == "pay" || w == "compensate" || w == "refund" || w == "repay" || w == "disgorge" || w == "reimburse" || moneyBack(toks, v) {
				for j := i + 2; j+2 < len(toks); j++ {
					if toks[j].low == "and" && toks[j+1].low == "to" && toks[j+2].low != "pay" {
						return true, true
					}
					if toks[j].low == "and" && bareOrderVerbs[toks[j+1].low] {
						// "to compensate subscribers and submit an improvement plan"
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

// leviedNouns are sums owed by law, not imposed as punishment.
var leviedNouns = toSet(`levy levies tax taxes duty duties royalty royalties tariff tariffs`)

// leviedSum: the payment after the verb at v is a levy or tax (within six
// words) and no fine or penalty is named with it (within ten: "back taxes
// and fines").
func leviedSum(toks []token, v int) bool {
	levy := false
	for j := v + 1; j < len(toks) && j <= v+10; j++ {
		switch {
		case leviedNouns[toks[j].low] && j <= v+6:
			levy = true
		case toks[j].low == "fine" || toks[j].low == "fines" || toks[j].low == "penalty" || toks[j].low == "penalties" || toks[j].low == "surcharge" || toks[j].low == "surcharges":
			return false
		}
	}
	return levy
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
	if len(idx) > 1 && toThrough(toks, ms[idx[0]].j) {
		// "asked Maya Bank, the lender that runs the Maya wallet, to submit":
		// the appositive holds mentions of its own
		return true
	}
	return toThrough(toks, objectEnd(toks, ms, k, idx))
}

// objectEnd is where the object of the verb at k ends: after its last
// mention, or up to four plain words.
func objectEnd(toks []token, ms []mention, k int, idx []int) int {
	i := k + 1
	if len(idx) > 0 {
		i = ms[idx[len(idx)-1]].j
	} else {
		// an object that is no mention ("them", "the carriers"): up to four words
		for i < len(toks) && i < k+5 && toks[i].low != "to" && toks[i].kind != tokPunct {
			i++
		}
	}
	return i
}

// toThrough: from i, past a bracketed short form or a comma-closed
// appositive, comes "to" + verb.
func toThrough(toks []token, i int) bool {
	// a short form in brackets after the object ("the Tamil Nadu Power
	// Distribution Corporation (TNPDCL) to pay") still leaves "to" next
	if i < len(toks) && toks[i].text == "(" {
		for j := i + 1; j < len(toks) && j < i+8; j++ {
			if toks[j].text == ")" {
				i = j + 1
				break
			}
		}
	} else if i < len(toks) && toks[i].text == ")" {
		i++
	} else if i > 0 && i < len(toks) && toks[i].text == "." && abbrevForms[toks[i-1].low] {
		i++ // "told Indus Exchange Co. to shut": the legal form's full stop
	}
	if i < len(toks) && inquiryTimeOpeners[toks[i].low] {
		// "directed A, B and C last week to compensate": the day stands
		// between the object and its "to"
		for j := i; j < len(toks) && j <= i+3; j++ {
			if inquiryTimeHeads[toks[j].low] {
				i = j + 1
				break
			}
		}
	}
	if i+2 < len(toks) && toks[i].text == "," && (toks[i+1].low == "not" || toks[i+1].low == "never") && toks[i+2].low == "to" {
		i++ // "told retailers, including A and B, not to raise": a prohibition
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
	if i+1 < len(toks) && (toks[i].low == "not" || toks[i].low == "never") {
		i++ // "directed A and B not to block"
	}
	return i+1 < len(toks) && toks[i].low == "to" && toks[i+1].kind == tokWord && !toks[i+1].upper
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

// authEndsAt: an authority mention ends right before token k (its subject).
func authEndsAt(ms []mention, k int) bool {
	for _, m := range ms {
		if m.j == k && (m.class == mAuth || m.class == mPlace) {
			return true
		}
	}
	return false
}

// describedAgentStart: where the name starts after a lower-case description
// that opens a by-phrase at s ("telecoms regulator Anatel", "rival Grab");
// s when there is none.
func describedAgentStart(toks []token, ms []mention, s int) int {
	for _, m := range ms {
		if m.i == s || m.i == s+1 && s < len(toks) && (toks[s].low == "the" || toks[s].low == "a") {
			return s // a mention starts right there
		}
	}
	for q := s; q < len(toks) && q <= s+2; q++ {
		t := toks[q]
		if t.kind != tokWord || t.upper {
			return s
		}
		if _, ok := authHeads[t.low]; ok || firmHeads[t.low] {
			if q+1 < len(toks) && toks[q+1].upper {
				return q + 1
			}
			return s
		}
	}
	return s
}

// moneyBack: "return 3 million euros", "reimburse $2 million", "hand back
// 40 billion won": giving a sum back is paying it (a penalty per the spec,
// as an order to refund is); "return to profit" or "return the devices"
// is not.
func moneyBack(toks []token, v int) bool {
	w := toks[v].low
	from := v + 1
	switch w {
	case "return", "reimburse":
	case "hand", "give":
		if from >= len(toks) || toks[from].low != "back" {
			return false
		}
		from++
	default:
		return false
	}
	for q := from; q < len(toks) && q <= from+2; q++ {
		if toks[q].kind == tokNum && !goodsAfter(toks, q) || currencySymbols[toks[q].text] != "" {
			return true // (not "hand back 4,000 tonnes of beans")
		}
	}
	return false
}

// bareOrderVerbs are what an order adds after "to pay ... and": "and submit
// a plan", "and stop the renewals" (not "and interest").
var bareOrderVerbs = toSet(`submit stop halt cease publish file provide restore notify inform appoint implement suspend
 remove fix upgrade report disclose end withdraw improve overhaul hire install`)

// ownArmAsked: the request at i goes to the asker's own arm ("asked its
// investigation unit to look into X", "told its director general to probe"):
// the body acts through it, so the act stays the asker's.
func ownArmAsked(toks []token, i int) bool {
	if i+2 >= len(toks) || toks[i+1].low != "its" {
		return false
	}
	for j := i + 2; j < len(toks) && j <= i+4; j++ {
		if ownArmWords[toks[j].low] {
			return true
		}
	}
	return false
}

var ownArmWords = toSet(`investigation investigations investigative investigating enforcement inspectorate inspectors
 director director-general prosecutor prosecutors`)
