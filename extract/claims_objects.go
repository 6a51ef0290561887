package extract

import (
	"slices"
	"strings"
)

// Objects of an authority's act that the plain object rule misses: a
// single unknown name right after the verb ("told Kinetix"), the firm whose
// directors or licence the act concerns ("barred two of its directors",
// "cancelled the licence of X"), the firm something is done at ("froze
// onboarding at X", "took legal action against X").

// objectFallback finds the firms bound by the authority's act at k when
// the object holds none.
func (x *ClaimExtractor) objectFallback(toks []token, ms []mention, k int, idx []int, tg trigger, direct bool) []Entity {
	// "instructed lenders to stop ...": a bare class of firms as the object
	// (only of the authority's own verb, not of one inside its order)
	if direct && k+1 < len(toks) && sectorHeads[toks[k+1].low] && !toks[k+1].upper && (len(idx) == 0 || ms[idx[0]].i > k+1) &&
		(tg.authKind == KindMandate) && infinitiveAfterWord(toks, k+2) {
		return []Entity{{Name: toks[k+1].text, Canonical: toks[k+1].low, Type: TypeSector}}
	}
	// a single capitalized word the typing rules set aside, directly the object
	if len(idx) > 0 {
		m := ms[idx[0]]
		if m.class == mOther && m.src == "name" && nameLen(&m) == 1 && m.i == k+1 && !nonFirmWords[toks[m.i].low] && !capStop[toks[m.i].low] &&
			!strings.Contains(toks[m.i].text, "-") && (m.poss || m.j >= len(toks) || toks[m.j].kind != tokWord || objectGapAfterName[toks[m.j].low]) {
			// ("told Kinetix on Thursday", "ordered Telenorte to"; not "clearing Republican-dominated chambers")
			return []Entity{asFirm(mention{ent: m.ent, class: mName})}
		}
	}
	// "granted digital banking licences on Thursday to three lenders - A, B
	// and C -": the class's members after a dash or colon
	if m := classMembersAfterTo(toks, ms, k); len(m) > 0 {
		return m
	}
	// "barred two of its directors", "summoned their executives": the firm they serve
	for i := k + 1; i < len(toks) && i <= k+5; i++ {
		if (toks[i].low == "its" || toks[i].low == "their") && i+1 < len(toks) && personNouns[toks[i+1].low] {
			for n := len(ms) - 1; n >= 0; n-- {
				if ms[n].j <= k && ms[n].firmOrName() {
					return []Entity{asFirm(ms[n])}
				}
			}
		}
		if toks[i].kind == tokPunct {
			break
		}
	}
	// "the FDA had suspended its warehouse licence", "a notice that revoked
	// its permit": the licence's owner is the firm named before
	if (tg.lemma == "suspend licence" || tg.lemma == "revoke" || tg.lemma == "cancel") && k+2 < len(toks) && toks[k+1].low == "its" && wordWithin(toks, k+2, 4, licenceWords...) {
		for n := 0; n < len(ms) && ms[n].j <= k; n++ {
			if ms[n].firmOrName() {
				return []Entity{asFirm(ms[n])}
			}
		}
	}
	// "cancelled the banking licence of X", "froze onboarding at X", "action against X"
	var preps []string
	switch tg.lemma {
	case "cancel", "revoke":
		preps = []string{"of"}
	case "freeze", "suspend", "suspend licence":
		preps = []string{"at", "of", "by"}
	case "seize", "confiscate":
		preps = []string{"from", "of"} // "seized 5,551 crore rupees from Xiaomi's local unit"
	case "sue":
		preps = []string{"against"}
	case "block":
		if k+2 < len(toks) && toks[k+1].low == "access" && toks[k+2].low == "to" {
			preps = []string{"to"} // "blocked access to crypto exchange Huobi Global"
		}
	case "intervene":
		preps = []string{"in"}
	case "fine":
		if a, at := findAmount(toks, k+1); a != nil && at <= k+4 && strings.HasPrefix(toks[k].low, "dock") {
			preps = []string{"from"} // "docked £8 million from X's allowed revenue" (not points)
		}
	case "remove board", "decree":
		preps = []string{"of", "at"}
	}
	if len(preps) == 0 {
		return nil
	}
	if i := firmInPhraseAfter(toks, ms, k, 10, preps...); i >= 0 {
		return entitiesOf(ms, listFrom(toks, ms, i), isFirmish, "firm")
	}
	return nil
}

// words that may follow a bare one-word object name.
var objectGapAfterName = toSet(`to on of for over in after that and from with by at about last this`)

// deadlineAfter: "gave X until March 31 to ...", "gave the company three
// months to ...", "gave them a deadline to ...".
func deadlineAfter(toks []token, k int) bool {
	until := false
	for i := k + 1; i < len(toks) && i <= k+14; i++ {
		w := toks[i].low
		switch {
		case w == "until" || w == "till" || w == "deadline" || w == "ultimatum":
			until = true
		case timeUnits[w] && i > k+1 && (toks[i-1].kind == tokNum || numberWords[toks[i-1].low] || toks[i-1].low == "a"):
			until = true
		case w == "to" && until && i+1 < len(toks) && toks[i+1].kind == tokWord && !toks[i+1].upper:
			return true
		case toks[i].kind == tokPunct && w != "," && w != "." && w != "-":
			return false
		}
	}
	return false
}

var timeUnits = toSet(`day days week weeks month months year years hours hour`)

var numberWords = toSet(`one two three four five six seven eight nine ten twelve fifteen twenty thirty sixty ninety few several`)

// thatMustAfter: "told X (on Thursday) that it must ...": a that-clause
// whose verb is must / has to / would have to.
func thatMustAfter(toks []token, k int) bool {
	that := wordIndexWithin(toks, k+1, 8, "that")
	if that < 0 {
		return false
	}
	for i := that + 1; i < len(toks) && i <= that+6; i++ {
		switch toks[i].low {
		case "must":
			return true
		case "has", "have", "had":
			if i+1 < len(toks) && toks[i+1].low == "to" {
				return true
			}
		}
	}
	return false
}

// nameInPhraseAfter: the firm, or a single capitalized word the typing rules
// set aside, opening a phrase with one of preps within n tokens after k
// ("on Telvix smart TVs").
func nameInPhraseAfter(toks []token, ms []mention, k, n int, preps ...string) *Entity {
	for i := range ms {
		m := ms[i]
		if m.i <= k+1 || m.i > k+n {
			continue
		}
		if !(m.firmOrName() || m.class == mOther && m.src == "name" && nameLen(&m) == 1 && !nonFirmWords[toks[m.i].low]) {
			continue
		}
		back := 3
		if m.i >= 2 && toks[m.i-1].low == "'s" {
			back = 5 // "with Abu Dhabi's Khaleej Space": a place's possessive between
		}
		for q := m.i - 1; q > k && q >= m.i-back; q-- {
			if toks[q].kind == tokPunct && toks[q].low != "'s" {
				break
			}
			if slices.Contains(preps, toks[q].low) {
				if m.class == mOther && i+1 < len(ms) && ms[i+1].firmOrName() && modifierBeforeName(toks, m.j, ms[i+1].i) {
					// "with the Thai QR payment system PromptPay": the acronym
					// only describes the system named after it
					m = ms[i+1]
				}
				e := asFirm(mention{ent: m.ent, class: mName})
				if m.class == mFirm {
					e = m.ent
				}
				return &e
			}
		}
	}
	return nil
}

// clearedWithout: the sentence says an examination ended with no
// objection ("without objections", "raised no concerns", "unconditionally").
func clearedWithout(toks []token, k int) bool {
	for i := k + 1; i < len(toks); i++ {
		switch toks[i].low {
		case "unconditionally":
			return true
		case "without", "no":
			if wordWithin(toks, i+1, 3, "objection", "objections", "conditions", "remedies", "concerns", "action") {
				return true
			}
		}
	}
	return false
}

// subjectOfInquiry: "X is (now) the subject of a[n] [AUTH] inquiry": the
// firm X, found before "is the subject of" within a few words of the noun.
func subjectOfInquiry(toks []token, ms []mention, k int) *Entity {
	s := -1
	for i := k - 1; i >= 1 && i >= k-10; i-- {
		if toks[i].low == "subject" && i+1 < len(toks) && toks[i+1].low == "of" && toks[i-1].low == "the" {
			s = i - 1
			break
		}
	}
	if s < 1 || !beForms[toks[s-1].low] && !(s >= 2 && beForms[toks[s-2].low]) {
		return nil
	}
	subj := subjectBefore(toks, ms, s, func(m mention) bool { return m.firmOrName() }, 3)
	if len(subj) == 0 {
		return nil
	}
	m := ms[subj[len(subj)-1]]
	if m.class == mPron {
		return m.firmRef
	}
	e := asFirm(m)
	return &e
}

// acronymSpeaker: an unknown acronym that opens the sentence as the
// speaker ("NASA said ..."), before the trigger at k.
func acronymSpeaker(toks []token, ms []mention, k int) *Entity {
	for _, m := range ms {
		if m.i > 1 || m.j >= k {
			break
		}
		if m.class == mName && !m.poss && isAcronym(span(toks, m.i, m.j)) && m.j < len(toks) && (toks[m.j].low == "said" || toks[m.j].low == "says" || toks[m.j].low == "announced") {
			e := m.ent
			e.Type = TypeRegulator
			return &e
		}
	}
	return nil
}

func infinitiveAfterWord(toks []token, i int) bool {
	return i+1 < len(toks) && toks[i].low == "to" && toks[i+1].kind == tokWord && !toks[i+1].upper
}

// pulledFrom reads "pulled its catalogue from X" (X the target) and
// "removed X from its app store" (the object the target); ok is false when
// the sentence has no from-phrase after the verb.
func pulledFrom(toks []token, ms []mention, k int, actors, objects []Entity) ([]Entity, bool) {
	from := -1
	for i := k + 1; i < len(toks) && i <= k+12; i++ {
		if toks[i].low == "from" {
			from = i
			break
		}
		if toks[i].kind == tokPunct {
			break
		}
	}
	if from < 0 || from+1 >= len(toks) {
		return nil, false
	}
	if toks[from+1].low == "its" || toks[from+1].low == "their" {
		return objects, len(objects) > 0
	}
	if e := nameInPhraseAfter(toks, ms, from-1, 3, "from"); e != nil && !sameEntityAny(*e, actors) {
		return []Entity{*e}, true
	}
	return nil, false
}

// premisesOwner: the passive subject before aux is "its/their <premises>"
// ("its Hanover offices had been searched"); the firm is the last firm
// named before it in the sentence.
func premisesOwner(toks []token, ms []mention, aux int) *Entity {
	for i := aux - 1; i >= 0 && i >= aux-5; i-- {
		if !premisesNouns[toks[i].low] {
			continue
		}
		for p := i - 1; p >= 0 && p >= i-3; p-- {
			if toks[p].low != "its" && toks[p].low != "their" {
				continue
			}
			for n := len(ms) - 1; n >= 0; n-- {
				if ms[n].j <= p && ms[n].firmOrName() {
					e := asFirm(ms[n])
					return &e
				}
			}
		}
	}
	return nil
}

var premisesNouns = toSet(`offices office premises headquarters facilities facility plants plant warehouses sites site
 branches stores servers`)

// personsCompany: "Kylie Jenner's cosmetics company" in the object of k: a
// person's firm, named by the phrase (persons are never targets; their firm is).
func personsCompany(toks []token, ms []mention, idx []int) *Entity {
	for _, i := range idx {
		m := ms[i]
		if m.class != mPerson || !m.poss {
			continue
		}
		for h := m.j; h < len(toks) && h <= m.j+2; h++ {
			if companyHeads[toks[h].low] {
				return &Entity{Name: span(toks, m.i, h+1), Canonical: span(toks, m.i, h+1), Type: TypeFirm}
			}
			if toks[h].kind != tokWord || toks[h].upper {
				break
			}
		}
	}
	return nil
}

var companyHeads = toSet(`company firm label brand business startup venture empire`)

// payWithOn: "shoppers on Jumla Market will be able to pay with M-Pesa",
// "customers of X can now pay using Y": the platform X lets its users use
// the other firm's payment service Y.
func payWithOn(toks []token, ms []mention, k int, neg bool) []Claim {
	if k+2 >= len(toks) || (toks[k+1].low != "with" && toks[k+1].low != "using" && toks[k+1].low != "via" && toks[k+1].low != "through") {
		return nil
	}
	if !wordWithin(toks, max(0, k-4), min(4, k), "able", "can", "could", "allowed") {
		return nil
	}
	var platform, service *Entity
	for i := range ms {
		m := ms[i]
		if m.j <= k && m.firmOrName() && usersOf(toks, m.i) {
			e := asFirm(m)
			platform = &e
		}
		if m.i == k+2 && (m.firmOrName() || m.class == mOther && m.src == "name") {
			e := asFirm(mention{ent: m.ent, class: mName})
			if m.class == mFirm {
				e = m.ent
			}
			service = &e
		}
	}
	if platform == nil || service == nil || sameEntity(*service, *platform) {
		return nil
	}
	return []Claim{{Kind: KindAction, Actor: *platform, Targets: []Entity{*service}, Action: "allow", Negated: neg, Confidence: 0.6, Rule: "action/pay-with"}}
}

// usersOf: the name at i follows "<users> on|of [descriptors]" ("shoppers
// on Kenyan e-commerce site Jumla Market").
func usersOf(toks []token, i int) bool {
	for p := i - 1; p >= 1 && p >= i-5; p-- {
		if toks[p].kind != tokWord {
			return false
		}
		if toks[p].low == "on" || toks[p].low == "of" {
			switch toks[p-1].low {
			case "users", "customers", "shoppers", "buyers", "subscribers", "merchants", "riders", "passengers", "sellers", "drivers":
				return true
			}
			return false
		}
	}
	return false
}

// askedForRecords: "asked both companies for records of ...", "asked Meta
// for details of ...": an authority demanding documents orders the firm to
// hand them over (a mandate), unlike "asked whether" or "asked about".
func askedForRecords(toks []token, k int) bool {
	for i := k + 1; i < len(toks) && i <= k+6; i++ {
		if toks[i].low == "for" {
			return wordWithin(toks, i+1, 3, "records", "documents", "information", "details", "data", "explanation", "explanations", "clarification", "clarifications", "answers", "files", "submissions")
		}
		if toks[i].kind == tokPunct && toks[i].text != "-" {
			return false
		}
	}
	return false
}

// probeOfIts: "while the State Bank of Vietnam reviews its
// anti-money-laundering controls", "is examining its lending practices":
// an inquiry into what a firm does ("its" + a conduct noun) examines the
// firm named last, not the authority ("reviewing its rules" is the
// authority's own business and binds no one).
func probeOfIts(toks []token, ms []mention, k int, ctx *docContext) []Entity {
	i := k + 1
	if i < len(toks) && (toks[i].low == "into" || toks[i].low == "at") {
		i++
	}
	if i >= len(toks) || toks[i].low != "its" {
		return nil
	}
	conduct := false
	for q := i + 1; q < len(toks) && q <= i+4; q++ {
		if firmConductNouns[toks[q].low] {
			conduct = true
			break
		}
		if toks[q].kind == tokPunct && toks[q].text != "-" {
			break
		}
	}
	if !conduct {
		return nil
	}
	named := false
	for n := range ms {
		if ms[n].class == mAuth && !ms[n].ref && ms[n].j <= k {
			named = true // the authority examining is named before the verb
		}
	}
	if !named {
		return nil // "Gulf Pearl had hired an auditor to review its procedures"
	}
	for n := len(ms) - 1; n >= 0; n-- {
		if ms[n].j <= k && (ms[n].class == mFirm || ms[n].class == mName && nameLen(&ms[n]) >= 2 || ms[n].class == mName && hasInnerCap(ms[n].ent.Name)) {
			return []Entity{asFirm(ms[n])}
		}
	}
	if f := ctx.lastFirm(); f != nil {
		return []Entity{*f}
	}
	return nil
}

var firmConductNouns = toSet(`controls practices practice conduct pricing lending accounts books operations dealings activities
 handling disclosures disclosure systems procedures sales marketing billing fees prices contracts algorithms
 compliance safeguards treatment`)

// ongoingInquiry: the inquiry noun at k opens the sentence ("The review",
// "Its investigation", "The agency's probe") and is said to go on ("is
// still under way", "continues", "is ongoing").
func ongoingInquiry(toks []token, k int) bool {
	if k == 0 || k > 4 || k+1 >= len(toks) {
		return false
	}
	if d := toks[0].low; d != "the" && d != "its" && d != "their" {
		return false
	}
	for q := k + 1; q < len(toks) && q <= k+5; q++ {
		switch toks[q].low {
		case "continues", "continue", "continuing", "ongoing", "underway", "pending", "still", "remains":
			return true
		case "under":
			return q+1 < len(toks) && toks[q+1].low == "way"
		}
		if toks[q].kind == tokPunct {
			return false
		}
	}
	return false
}

// lastActOf: the latest act (not a firm's response or deal) by actor, or
// by any authority when actor is nil, with firms it bound.
func (c *docContext) lastActOf(actor *Entity) *Claim {
	for i := len(c.claims) - 1; i >= 0; i-- {
		cl := c.claims[i]
		if cl.Kind == KindResponse || cl.Kind == KindAction || len(cl.Targets) == 0 {
			continue
		}
		if actor != nil && !sameEntity(cl.Actor, *actor) {
			continue
		}
		return &c.claims[i]
	}
	return nil
}

// ongoingReview: a sentence opened by "The review ..." said to go on is
// the inquiry of the authority that last acted, into the firms it bound.
func ongoingReview(toks []token, ctx *docContext) *Claim {
	for k := 1; k < len(toks) && k <= 4; k++ {
		if toks[k].low != "review" || !ongoingInquiry(toks, k) {
			continue
		}
		if c := ctx.lastActOf(nil); c != nil {
			return &Claim{Kind: KindProbe, Actor: c.Actor, Targets: c.Targets, Action: "investigate", Confidence: 0.55, Rule: "probe/ongoing-review"}
		}
	}
	return inquiryAfterOwnAct(toks, ctx)
}

// rivalOfRelative: a block aimed at a rival through the people tied to it
// ("blocked drivers who also work for rival Sayyara", "cut off suppliers
// that sell to rival X"): the rival named in the relative clause.
func rivalOfRelative(toks []token, ms []mention, k int) *Entity {
	rel := -1
	for q := k + 1; q < len(toks) && q <= k+5; q++ {
		if toks[q].low == "who" || toks[q].low == "that" {
			rel = q
			break
		}
		if toks[q].kind == tokPunct {
			return nil
		}
	}
	if rel < 0 {
		return nil
	}
	for _, m := range ms {
		if m.i <= rel+1 || m.i > rel+8 || !m.firmOrName() {
			continue
		}
		if w := toks[m.i-1].low; w == "rival" || w == "competitor" || w == "rivals" {
			e := asFirm(m)
			return &e
		}
	}
	return nil
}

// tieWithAfter: a tie between firms follows the verb at k ("dropping a
// code-share with X", "ended its supply deal with X"): the partner after
// "with" is the other side.
func tieWithAfter(toks []token, k int) bool {
	for q := k + 1; q < len(toks) && q <= k+5; q++ {
		if tieNouns[toks[q].low] {
			return q+1 < len(toks) && toks[q+1].low == "with"
		}
	}
	return false
}

var tieNouns = toSet(`code-share codeshare partnership deal agreement alliance contract pact tie-up venture arrangement`)

// modifierBeforeName: two to four lower-case words between a name and the
// next ("QR payment system PromptPay", "UPI payments app Paytm"), ending in
// a head noun, make the first a modifier of the description of the second.
func modifierBeforeName(toks []token, a, b int) bool {
	if describesNext(toks, a, b) {
		return true
	}
	if b-a < 1 || b-a > 4 {
		return false
	}
	for q := a; q < b; q++ {
		if toks[q].kind != tokWord || toks[q].upper || capStop[toks[q].low] {
			return false
		}
	}
	return systemHeads[toks[b-1].low]
}

// systemHeads name things a firm runs rather than firms.
var systemHeads = toSet(`system network platform scheme app wallet service standard protocol`)

// classMembersAfterTo: "to three lenders - A, B and C" (or ": A, B and C")
// within a dozen words after k: the firms listed for the class.
func classMembersAfterTo(toks []token, ms []mention, k int) []Entity {
	for n := range ms {
		m := ms[n]
		if m.i <= k || m.i > k+12 || m.class != mSector || m.i == 0 || toks[m.i-1].low != "to" && toks[m.i-1].low != "for" {
			continue
		}
		if m.j+1 >= len(toks) || !(toks[m.j].low == "-" || toks[m.j].text == ":" || toks[m.j].text == "\u2013" || toks[m.j].text == "\u2014") {
			return nil
		}
		if n+1 < len(ms) && ms[n+1].i == m.j+1 && ms[n+1].firmOrName() {
			return entitiesOf(ms, listFrom(toks, ms, n+1), func(x mention) bool { return x.firmOrName() }, "firm")
		}
		return nil
	}
	return nil
}
