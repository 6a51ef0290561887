package extract

import (
	"strings"
)

// Responses: a firm answering an authority's act, found through the
// authority named in the object or the acts on the firm earlier in the article.

// words in a response's object that show it answers an authority's act.
var answerWords = toSet(`penalty penalties fine fines decision order orders requirements requirement terms ruling rulings
 charges charge rules rule demands demand lawsuit case allegations accusations regulators regulator findings
 law laws settlement measures directive directives guidance injunction verdict judgment sanctions ban probe
 investigation matter request wrongdoing regulation regulations instructions instruction deadline deadlines
 conditions condition suspension revocation closure notice penalties suit suits complaint inquiry proceedings audit
 responsibility failures failings shortcomings breaches lapses remedies remedy commitments undertakings recommendations
 claim claims judgment judgement verdicts sanction summons warning warnings directions decree decrees resolution edict
 moratorium freeze restrictions restriction prohibition conviction indictment assessment demands tax bill
 accusation allegation complaints`)

// whyNoAuthYet: a response found no act to answer, so far.
const whyNoAuthYet = "no authority acted on this firm earlier in the article"

// buildResponse makes a firm's answer to an authority; its target is the
// authority named in the object, else the one whose act concerned the firm.
func (x *ClaimExtractor) buildResponse(toks []token, ms []mention, k int, tg trigger, actors, objs []Entity, neg bool, ctx *docContext, sofar []Claim, rule string) ([]Claim, string) {
	if timeToRespond(toks, k) {
		if tg.lemma == "comply" && !neg {
			// "Cdiscount, which has two months to comply with the CNIL's
			// injunction": the firm is bound by the act it must comply with
			if a := actAuthorAfter(toks, ms, k); a != nil {
				var out []Claim
				for _, f := range actors {
					out = append(out, Claim{Kind: KindMandate, Actor: *a, Targets: []Entity{f}, Action: "order", Confidence: 0.6, Rule: "mandate/time-to-comply"})
				}
				return out, ""
			}
		}
		return nil, "a time allowed to answer (\"has 30 days to appeal\"), no stance taken"
	}
	if speakerParticiple(toks, ms, k) {
		return nil, "a participle of the speaker who is no firm (\"the chairman told reporters, rejecting claims\")"
	}
	if clubSubject(toks, k) {
		return nil, "a sports club or team answering its league, no firm"
	}
	if opinionVerbs[tg.lemma] && personBefore(toks, k) {
		return nil, "a person's opinion (\"using his platform to criticise ...\"), not a firm's answer"
	}
	idx := objectMentions(toks, ms, k, false)
	var auths []Entity
	hasFirmObj := false
	for _, i := range idx {
		m := ms[i]
		if m.class == mAuth && !(m.j < len(toks) && docNouns[toks[m.j].low]) {
			// (not "a court filing showed": the court only names the document)
			auths = append(auths, m.ent)
		}
		if (m.class == mFirm || m.class == mName) && !sameEntityAny(m.ent, actors) {
			hasFirmObj = true
		}
	}
	// the words after the verb, up to the clause end
	end := clauseEnd(toks, k+1)
	if tg.lemma == "appeal" && len(auths) > 0 {
		// "would appeal to the administrative court": the court is where the
		// appeal goes; the act answered is the authority's that acted on the firm
		venue := true
		for _, i := range idx {
			if m := ms[i]; m.class == mAuth && !(m.i > 1 && (toks[m.i-1].low == "to" || toks[m.i-1].low == "the" && toks[m.i-2].low == "to")) {
				venue = false
			}
		}
		if a := (&docContext{claims: sofar}).authsActingOn(actors); venue && len(a) == 0 {
			if a = ctx.authsActingOn(actors); len(a) > 0 {
				auths = a
			} else if c := ctx.lastCourtExcept(auths); c != nil {
				// "was upheld by the Court of Appeal ... would take the case to
				// the Council of State": a further appeal answers the court below
				auths = []Entity{*c}
			} else {
				return nil, "an appeal to a court with no act on the firm to answer"
			}
		} else if venue && len(a) > 0 {
			auths = a
		}
	}
	if len(auths) == 0 {
		// "comply with the regulator's order", "appeal against the commission's ruling"
		for _, m := range ms {
			if m.class == mAuth && m.i > k && m.i < end && m.i <= k+4 {
				auths = append(auths, m.ent)
			}
		}
	}
	if len(auths) == 0 {
		// "complied with a directive from the Central Bank of Kenya", "the
		// findings of the watchdog": an act named with its author further on
		for _, m := range ms {
			if m.class != mAuth || m.i <= k+1 || m.i >= end || m.i > k+10 {
				continue
			}
			p := m.i - 1
			if toks[p].low == "the" || toks[p].low == "a" {
				p--
			}
			if p > k && (toks[p].low == "from" || toks[p].low == "of" || toks[p].low == "by") && p-1 > k && answerWords[toks[p-1].low] {
				auths = append(auths, m.ent)
				break
			}
		}
	}
	if len(auths) == 0 {
		// "Bowing to pressure from the regulator, X agreed to refund", "at the
		// request of the ministry": the authority whose pressure is answered
		if a := pressureFrom(toks, ms); a != nil {
			auths = []Entity{*a}
		}
	}
	var issued []Claim
	{
		// "complying with a corrective order issued by the KFTC", "rejected a
		// demand from the DPC to suspend ...": the act answered is named with
		// its author; it also binds the answering firm
		if a, kind, action := actIssuedBy(toks, ms, k, end); a != nil {
			if len(auths) == 0 {
				auths = []Entity{*a}
			}
			if !neg && kind != "" {
				for _, f := range actors {
					issued = append(issued, Claim{Kind: kind, Actor: *a, Targets: []Entity{f}, Action: action, Confidence: 0.6, Rule: kind + "/issued-by"})
				}
			}
		}
	}
	obj := toks[k+1 : end]
	if len(auths) == 0 && (tg.lemma == "agree" || tg.lemma == "pledge") && k+2 < len(toks) && toks[k+1].low == "to" && agreedRemedies[toks[k+2].low] {
		// "The FMA ... said the company had agreed to repay NZ$2.1 million":
		// the firm's undertaking told by the authority it was made to
		if a := authSpeakerBefore(toks, ms, k); a != nil {
			auths = []Entity{*a}
		}
	}
	answers := hasWord(obj, answerWords) || len(auths) > 0
	if !answers && (tg.lemma == "agree" || tg.lemma == "pledge" || tg.lemma == "implement") {
		// "will pay $2 million to settle ... and has agreed to change its ads":
		// agreeing right after an authority's act on the firm answers it
		answers = len((&docContext{claims: sofar}).authsActingOn(actors)) > 0
	}
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
		if !hasFirmObj && (tg.lemma == "accept" || tg.lemma == "allow") {
			// "stopped accepting payments from Airtel Money wallets": the firm the payments come from
			if e := nameInPhraseAfter(toks, ms, k, 6, "from", "via", "through"); e != nil && !sameEntityAny(*e, actors) && !answersWordAt(toks, k) {
				var out []Claim
				for _, a := range actors {
					out = append(out, Claim{Kind: KindAction, Actor: a, Targets: []Entity{*e}, Action: tg.lemma, Negated: neg, Confidence: 0.65, Rule: "action/" + tg.lemma + "-from"})
				}
				return out, ""
			}
		}
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
	case "deny", "refuse", "fight", "challenge", "dispute", "contest", "reject",
		"oppose", "protest", "criticise", "condemn", "slam", "dismiss", "rebut", "refute", "defy", "resist", "object", "decry", "denounce":
		if !answers && !(k+1 < len(toks) && (toks[k+1].low == "it" || toks[k+1].low == "them")) &&
			!(tg.lemma == "fight" && (k+1 >= len(toks) || toks[k+1].kind == tokPunct || toks[k+1].low == "back" || toks[k+1].low == "on")) {
			// ("Coinbase said it would fight.", "vowed to fight back")
			return nil, "no authority's act is answered"
		}
	case "push":
		if k+1 >= len(toks) || toks[k+1].low != "back" || !answers {
			return nil, "push without \"back\" against an authority's act"
		}
	case "meet":
		if !hasWord(obj, answerWords) {
			return nil, "met someone, not a deadline or demand"
		}
	case "implement", "pledge", "heed", "honour", "adhere", "fulfil":
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
			if kinds := answeredKinds(obj); kinds != nil {
				// "accepted the conditions" answers the approval, "would pay the
				// fine" the penalty, though a later act on the firm was another's
				if a := ctx.authsActingOnKind(actors, kinds); len(a) > 0 {
					auths = a
				}
			}
		}
		if len(auths) == 0 && hasWord(obj, answerWords) {
			// "pushed back against the rule" after a rule binding a class of firms
			// it belongs to: the authority of the latest act on a class
			auths = ctx.authOfLatestClassAct()
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
			if len(courts) == 0 {
				// the latest court ruling on the firm anywhere before ("A judge
				// ordered X ... The ruling came in a case brought by Anatel. X
				// said it would appeal": the judge's ruling is appealed)
				courts = ctx.courtActingOn(actors)
			}
			if len(courts) > 0 {
				auths = courts
			}
		}
	}
	if len(auths) == 0 && subjectIsReference(toks, ms, k) {
		// "The carmaker said it welcomed the decision": a described firm
		// answering is the firm the last authority act fell on
		if f, a := ctx.lastActedOnFirm(); f != nil {
			actors, auths = []Entity{*f}, []Entity{*a}
			rule += "-target"
		}
	}
	if len(auths) == 0 {
		return nil, whyNoAuthYet
	}
	var out []Claim
	for _, a := range actors {
		out = append(out, Claim{Kind: KindResponse, Actor: a, Targets: auths, Action: tg.lemma, Stance: tg.stance, Negated: neg, Confidence: 0.75, Rule: "response/" + tg.lemma + rule})
	}
	return append(out, issued...), ""
}

// actIssuedBy finds, in the clause after k (up to end), an act noun with
// its author: "a corrective order issued by the KFTC", "the fine imposed
// by the regulator", "the ruling handed down by X". It returns the author
// and the kind of claim the act makes (mandate for orders, penalty for fines).
func actIssuedBy(toks []token, ms []mention, k, end int) (*Entity, string, string) {
	for n := k + 1; n < end && n <= k+10; n++ {
		kind, action := "", ""
		switch toks[n].low {
		case "order", "orders", "directive", "directives", "injunction", "instruction", "instructions", "ruling", "decision":
			kind, action = KindMandate, "order"
		case "ban", "bans", "suspension", "restriction", "restrictions", "moratorium", "prohibition":
			kind, action = KindMandate, "ban"
		case "notice", "notices", "warning", "warnings":
			// "contested a notice from the FDA": an authority's act answered,
			// whose kind the notice itself does not say
			if n+1 >= len(toks) || toks[n+1].low != "from" {
				continue
			}
		case "demand", "demands", "request", "requests", "call", "calls":
			if n+1 >= len(toks) || toks[n+1].low != "from" {
				continue // "a request for comment", "calls grew"
			}
			kind, action = KindMandate, "order"
		case "fine", "fines", "penalty", "penalties", "sanction", "sanctions":
			kind, action = KindPenalty, "fine"
		default:
			continue
		}
		if n+2 >= len(toks) {
			return nil, "", ""
		}
		if kind == KindMandate && requiringWords[toks[n+1].low] {
			// "a Colombian court ruling requiring it to ...", "the
			// regulator's order forcing it to ...": the author precedes the act
			if obj := toks[n+2].low; obj != "it" && obj != "them" && obj != "the" {
				continue
			}
			for _, m := range ms {
				if m.class == mAuth && (m.i == n+2 || m.i == n+3) {
					return nil, "", "" // "a ruling requiring the Communications Authority to"
				}
			}
			for _, m := range ms {
				if m.class == mAuth && m.j == n {
					e := m.ent
					return &e, kind, action
				}
			}
			continue
		}
		if toks[n+1].low == "from" {
			if a := demandFrom(toks, ms, n, kind); a != nil {
				return a, kind, action
			}
			continue
		}
		switch toks[n+1].low {
		case "issued", "imposed", "handed", "given", "levied", "made", "announced", "ordered", "served", "by":
		default:
			continue
		}
		agent := agentAfter(toks, ms, n)
		if len(agent) == 0 || ms[agent[0]].i > n+6 {
			continue
		}
		m := ms[agent[0]]
		if m.class != mAuth {
			// only authorities impose fines: "a fine imposed by OEFA" makes
			// the unknown name (an acronym or a longer name) an authority
			if kind != KindPenalty || !isNameLike(toks, m) || !isAcronym(span(toks, m.i, m.j-btoi(m.poss))) && nameLen(&m) < 2 {
				continue
			}
			m.ent.Type = TypeRegulator
		}
		e := m.ent
		return &e, kind, action
	}
	return nil, "", ""
}

// requiringWords follow an act that binds its reader: "a ruling requiring it to".
var requiringWords = toSet(`requiring ordering forcing obliging compelling directing telling instructing barring banning`)

// demandFrom finds the authority in "an order from Ireland's DPC to
// suspend ...", "a demand from the ministry that it ...": the act must say
// what it asks for (to/that), and a fine from one must be an authority's.
func demandFrom(toks []token, ms []mention, n int, kind string) *Entity {
	s := n + 2
	if s < len(toks) && (toks[s].low == "the" || toks[s].low == "a") {
		s++
	}
	for j := range ms {
		m := ms[j]
		if m.i < s {
			continue
		}
		if m.i > s {
			return nil
		}
		if m.class == mPlace && m.poss && j+1 < len(ms) && ms[j+1].i == m.j {
			m = ms[j+1] // "from Ireland's Data Protection Commission"
		}
		if m.class != mAuth {
			return nil
		}
		if kind == KindMandate && (m.j >= len(toks) || toks[m.j].low != "to" && toks[m.j].low != "that") {
			return nil
		}
		e := m.ent
		return &e
	}
	return nil
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
			if sameEntityAny(t, firms) || ownerMatch(t, firms) || shortFormOf(t, firms) {
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

// authOfLatestClassAct is the actor of the latest authority claim that
// binds only a class of firms ("ordered ride-hailing platforms to ..."),
// though acts on other named firms came after it.
func (c *docContext) authOfLatestClassAct() []Entity {
	for i := len(c.claims) - 1; i >= 0; i-- {
		cl := c.claims[i]
		if cl.Kind == KindResponse || cl.Kind == KindAction || cl.Negated {
			continue
		}
		class := true
		for _, t := range cl.Targets {
			if t.Type != TypeSector {
				class = false
			}
		}
		if class {
			return []Entity{cl.Actor}
		}
	}
	return nil
}

// answeredKinds: the kinds of act the first words of a response's object
// name ("the conditions" an approval, "the fine" a penalty, "the ruling" a
// court's act, keyed as "court"); nil when they name none.
func answeredKinds(obj []token) map[string]bool {
	for i, t := range obj {
		if i >= 5 {
			break
		}
		switch t.low {
		case "conditions", "condition", "remedies", "approval", "clearance":
			return map[string]bool{KindApproval: true}
		case "fine", "fines", "penalty", "penalties":
			return map[string]bool{KindPenalty: true}
		case "investigation", "probe", "inquiry", "audit", "raid", "raids", "lawsuit", "suit", "charges", "allegations", "proceedings":
			return map[string]bool{KindProbe: true}
		case "ruling", "judgment", "judgement", "verdict":
			return map[string]bool{"court": true}
		case "order", "orders", "directive", "directives", "injunction", "instruction", "instructions", "ban", "requirement", "requirements":
			// (an order to pay is a penalty)
			return map[string]bool{KindMandate: true, KindPenalty: true}
		}
	}
	return nil
}

// authsActingOnKind: the authority of the latest claim of one of kinds on
// one of the firms ("court": any act by a court).
func (c *docContext) authsActingOnKind(firms []Entity, kinds map[string]bool) []Entity {
	for i := len(c.claims) - 1; i >= 0; i-- {
		cl := c.claims[i]
		if cl.Kind == KindResponse || cl.Kind == KindAction || cl.Negated {
			continue
		}
		if !kinds[cl.Kind] && !(kinds["court"] && cl.Actor.Type == TypeCourt) {
			continue
		}
		for _, t := range cl.Targets {
			if sameEntityAny(t, firms) || ownerMatch(t, firms) || shortFormOf(t, firms) {
				return []Entity{cl.Actor}
			}
		}
	}
	return nil
}

// shortFormOf: one name is the other's leading words ("Volta Petroleum"
// for "Volta Petroleum Partners"), as articles shorten firm names.
func shortFormOf(t Entity, firms []Entity) bool {
	for _, f := range firms {
		for _, x := range []string{t.Name, t.Canonical} {
			for _, y := range []string{f.Name, f.Canonical} {
				if leadingWordsOf(strings.ToLower(x), strings.ToLower(y)) {
					return true
				}
			}
		}
	}
	return false
}

// leadingWordsOf: the shorter of a and b opens the longer, ending at a
// word break ("booking" of "booking.com", "volta petroleum" of "volta
// petroleum partners").
func leadingWordsOf(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < 4 || len(a) == len(b) || !strings.HasPrefix(b, a) {
		return false
	}
	switch b[len(a)] {
	case ' ', '.', '-':
		return true
	}
	return false
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

// words with which a firm dismisses an authority's act ("called the order
// a political stunt", "described the fine as unjustified").
var dismissiveWords = toSet(`stunt attack overreach baseless unfounded flawed meritless merit unjustified unfair absurd
 misguided unlawful illegal excessive disproportionate politically political harassment witch-hunt
 discriminatory arbitrary unprecedented wrong erroneous groundless`)

// weBefore: "we" is the subject just before the trigger.
func weBefore(toks []token, k int) bool {
	for i := k - 1; i >= 0 && i >= k-4; i-- {
		if toks[i].low == "we" {
			return true
		}
	}
	// '"we have received an inquiry ... and are cooperating"': the quote's
	// only subject is "we"
	for i := k - 1; i >= 0 && i >= k-25; i-- {
		switch toks[i].text {
		case "\"", "\u201c":
			return i+1 < len(toks) && toks[i+1].low == "we"
		case ".", ";":
			return false
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
		if m.i > q && m.i <= q+7 && (m.class == mFirm || m.class == mName) && (wordWithin(toks, m.j, 3, "said", "says", "added", "stated", "spokesperson", "spokesman", "spokeswoman", "representative") || m.i >= 2 && toks[m.i-1].low == "for" && spokesNouns[toks[m.i-2].low]) {
			// ('"We will appeal," Allegro said', '"...," a spokeswoman for Allegro said')
			e := m.ent
			return &e
		}
	}
	return nil
}

// speakerBeforeQuote: 'A company spokesperson said that "we ...': the firm
// (or "the company") whose spokesperson opens the sentence before the quote.
func speakerBeforeQuote(toks []token, ms []mention, k int) *Entity {
	open := -1
	for i := k - 1; i >= 0; i-- {
		if toks[i].text == "\"" || toks[i].text == "\u201c" {
			open = i
			break
		}
	}
	if open < 0 {
		return nil
	}
	for _, m := range ms {
		if m.j <= open && m.class == mFirm && wordWithin(toks, m.j, 2, "spokesperson", "spokesman", "spokeswoman", "representative", "said", "says", "statement") {
			e := m.ent
			return &e
		}
	}
	return nil
}

// timeToRespond: the answer is only a right with a deadline ("has 11 days
// to appeal", "have until March 3 to challenge", "was given two weeks in
// which to contest", "can appeal within 30 days"): the firm takes no stance.
func timeToRespond(toks []token, k int) bool {
	if k+2 < len(toks) && toks[k+1].low == "within" && (toks[k+2].kind == tokNum || numberWords[toks[k+2].low]) {
		for i := k - 1; i >= 0 && i >= k-2; i-- {
			if toks[i].low == "can" || toks[i].low == "may" || toks[i].low == "could" {
				return true
			}
		}
	}
	if k < 2 || toks[k-1].low != "to" {
		return false
	}
	for i := k - 2; i >= 0 && i >= k-8; i-- {
		switch toks[i].low {
		case "days", "weeks", "months", "day", "week", "month", "until", "till", "deadline", "time", "chance", "right", "opportunity":
			for j := i - 1; j >= 0 && j >= i-6; j-- {
				switch toks[j].low {
				case "has", "have", "had", "given", "gets", "get", "got", "granted", "allowed", "having", "a", "the":
					return true
				}
			}
		case "said", "plans", "plan", "intends", "decided", "will", "would":
			return false
		}
	}
	return false
}

// answersWordAt: the object right after k is an authority's act ("accepted
// the ruling from ..."), so a from-phrase names its author, not a firm.
func answersWordAt(toks []token, k int) bool {
	return hasWord(toks[k+1:min(len(toks), k+4)], answerWords)
}

// subjectIsReference: the sentence opens with a described firm ("The
// carmaker", "The company") before the response verb at k.
func subjectIsReference(toks []token, ms []mention, k int) bool {
	return len(ms) > 0 && ms[0].ref && ms[0].class == mFirm && ms[0].i <= 1 && ms[0].j < k && toks[ms[0].i].low == "the"
}

// lastActedOnFirm: the first firm target of the article's latest
// authority claim, and that claim's authority.
func (c *docContext) lastActedOnFirm() (*Entity, *Entity) {
	for i := len(c.claims) - 1; i >= 0; i-- {
		cl := c.claims[i]
		if cl.Kind == KindResponse || cl.Kind == KindAction {
			continue
		}
		for _, t := range cl.Targets {
			if t.Type == TypeFirm {
				f, a := t, cl.Actor
				return &f, &a
			}
		}
		return nil, nil
	}
	return nil, nil
}

// courtActingOn: the court of the latest claim on one of the firms, if any.
func (c *docContext) courtActingOn(firms []Entity) []Entity {
	for i := len(c.claims) - 1; i >= 0; i-- {
		cl := c.claims[i]
		if cl.Actor.Type != TypeCourt || cl.Kind == KindResponse || cl.Kind == KindAction {
			continue
		}
		for _, t := range cl.Targets {
			if sameEntityAny(t, firms) || ownerMatch(t, firms) {
				return []Entity{cl.Actor}
			}
		}
	}
	return nil
}

// pressureFrom: an authority named as the source of pressure, a demand or a
// request anywhere in the sentence ("pressure from Kyrgyzstan's
// regulator", "at the request of the ministry", "demands from the watchdog").
// flaggedBy: findings an authority made, which a firm then answers.
var flaggedBy = toSet(`flagged identified found raised cited highlighted criticised criticized questioned listed spotted uncovered detected`)

func pressureFrom(toks []token, ms []mention) *Entity {
	for _, m := range ms {
		if m.class != mAuth || m.i < 2 {
			continue
		}
		p := m.i - 1
		if toks[p].low == "'s" && p >= 2 {
			p -= 2 // "pressure from Kyrgyzstan's regulator"
		}
		if toks[p].low == "the" && p > 0 {
			p--
		}
		if toks[p].low == "from" && p > 0 && (toks[p-1].low == "pressure" || toks[p-1].low == "demands" || toks[p-1].low == "demand" || toks[p-1].low == "request" || toks[p-1].low == "requests" || toks[p-1].low == "orders") ||
			toks[p].low == "of" && p > 0 && toks[p-1].low == "request" ||
			toks[p].low == "by" && p > 0 && flaggedBy[toks[p-1].low] {
			// "pledged to rectify practices flagged by the regulator"
			e := m.ent
			return &e
		}
	}
	return nil
}

// opinionVerbs answer an authority only when a firm itself speaks; persons
// (politicians, founders) use them of courts and regulators all the time.
var opinionVerbs = toSet(`criticise condemn slam decry denounce protest oppose object question dismiss`)

// personBefore: a person's pronoun stands before k ("his platform to criticise").
func personBefore(toks []token, k int) bool {
	for i := 0; i < k; i++ {
		switch toks[i].low {
		case "he", "his", "him", "she", "her":
			return true
		}
	}
	return false
}

// speakerParticiple: ", rejecting claims ..." right after "X told reporters"
// or "X said": the participle is the speaker's, and the speaker is no firm.
func speakerParticiple(toks []token, ms []mention, k int) bool {
	if k < 2 || toks[k-1].text != "," || !strings.HasSuffix(toks[k].low, "ing") {
		return false
	}
	a := clauseStart(toks, k-1)
	for v := a; v < k-1; v++ {
		if !attributionVerbs[toks[v].low] {
			continue
		}
		for _, m := range ms {
			if m.i >= a && m.j <= v && (m.class == mFirm || m.class == mName) && !m.poss {
				return false
			}
		}
		return true
	}
	return false
}

// lastCourtExcept: the last court the article named, other than those given.
func (c *docContext) lastCourtExcept(not []Entity) *Entity {
	for i := len(c.auths) - 1; i >= 0; i-- {
		if a := c.auths[i]; a.Type == TypeCourt && !sameEntityAny(a, not) {
			return &a
		}
	}
	return nil
}

// clubSubject: the answerer is "the club" or "the team" (sports, where
// leagues discipline players and clubs: no firm answers an authority).
func clubSubject(toks []token, k int) bool {
	for i := 1; i < k; i++ {
		if toks[i-1].low == "the" && (toks[i].low == "club" || toks[i].low == "team" || toks[i].low == "franchise") {
			return true
		}
	}
	return false
}

// actAuthorAfter: "comply with the CNIL's injunction", "comply with an order
// from the regulator": the authority whose binding act follows k.
func actAuthorAfter(toks []token, ms []mention, k int) *Entity {
	end := clauseEnd(toks, k+1)
	for _, m := range ms {
		if m.class != mAuth || m.i <= k || m.i > k+5 || m.j >= end {
			continue
		}
		if m.poss && m.j < len(toks) && bindingActs[toks[m.j].low] {
			e := m.ent
			return &e
		}
	}
	if a, kind, _ := actIssuedBy(toks, ms, k, end); a != nil && kind == KindMandate {
		return a
	}
	return nil
}

// bindingActs are an authority's acts that bind the firm they name.
var bindingActs = toSet(`injunction order orders directive directives decision ruling instruction instructions requirements demand notice decree`)

// docNouns after an authority make it a modifier of a document ("a court filing").
var docNouns = toSet(`filing filings document documents papers records record statement transcript`)

// authSpeakerBefore: an authority is the subject of a speech verb that
// introduces the clause of k ("The regulator said the company had agreed").
func authSpeakerBefore(toks []token, ms []mention, k int) *Entity {
	for v := k - 1; v > 0 && v >= k-12; v-- {
		if !speechVerbs[toks[v].low] {
			continue
		}
		for _, m := range ms {
			if m.j > v || m.poss {
				continue
			}
			// the speaker right before the verb, or the sentence's subject
			// ("The FMA has censured X ... and said the company had agreed")
			subject := m.i == 0 || m.i <= 3 && toks[m.i-1].low == "'s" || m.i == 1 && toks[0].low == "the"
			if m.class == mAuth && (m.j == v || subject) {
				e := m.ent
				return &e
			}
		}
		return nil
	}
	return nil
}

// agreedRemedies: what a firm agrees to do for an authority ("agreed to repay").
var agreedRemedies = toSet(`pay repay refund compensate reimburse comply abide implement change stop cease end scrap drop
 remove withdraw halt suspend amend revise correct fix rectify overhaul strengthen improve appoint disclose publish
 restore return divest`)
