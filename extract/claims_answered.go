package extract

import "strings"

// What a response answers: the authority acts the article has told on a
// firm (latest first, by the kind the answer names, on its class), and the
// act named with its author in the answering sentence itself.

// actIssuedBy finds, in the clause after k (up to end), an act noun with
// its author: "a corrective order issued by the KFTC", "the fine imposed
// by the regulator", "the ruling handed down by X". It returns the author
// and the kind of claim the act makes (mandate for orders, penalty for fines).
func actIssuedBy(toks []token, ms []mention, k, end int) (*Entity, string, string) {
	for n := k + 1; n < end && n <= k+10; n++ {
		kind, action := "", ""
		switch toks[n].low {
		case "order", "orders", "directive", "directives", "injunction", "instruction", "instructions", "ruling", "decision":
			if n > 0 && reliefNouns[toks[n-1].low] && toks[n-1].low != "order" {
				continue // "sought a stay order from the High Court": relief asked for, no act
			}
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
		if len(agent) == 0 || ms[agent[0]].i > n+6 || reviewerAt(toks, ms[agent[0]].i) {
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
	firms = c.withOwners(firms)
	for i := len(c.claims) - 1; i >= 0; i-- {
		cl := c.claims[i]
		if cl.Kind == KindResponse || cl.Kind == KindAction {
			continue
		}
		if !targetsOneOf(cl.Targets, firms) {
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
		if len(cl.Targets) == 0 || onlySectors(cl.Targets) {
			return []Entity{cl.Actor}
		}
	}
	return nil
}

// answeredKinds: the kinds of act the first words of a response's object
// name ("the conditions" an approval, "the fine" a penalty, "the ruling" a
// court's act, keyed as "court"); nil when they name none.
// answeredNoun is the stem of the act noun answeredKinds read ("condition").
func answeredNoun(obj []token) string {
	for i, t := range obj {
		if i >= 5 {
			break
		}
		if answeredKinds(obj[i:i+1]) != nil {
			return strings.TrimSuffix(t.low, "s")
		}
	}
	return ""
}

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
func (c *docContext) authsActingOnKind(firms []Entity, kinds map[string]bool, noun string) []Entity {
	// two passes: an act whose telling names the thing answered ("approves
	// X's takeover, with conditions" for "accepted the conditions"), then
	// the latest of the kind
	for pass := 0; pass < 2; pass++ {
		for i := len(c.claims) - 1; i >= 0; i-- {
			cl := c.claims[i]
			if cl.Kind == KindResponse || cl.Kind == KindAction || cl.Negated {
				continue
			}
			if !kinds[cl.Kind] && !(kinds["court"] && cl.Actor.Type == TypeCourt) {
				continue
			}
			if pass == 0 && (noun == "" || !strings.Contains(strings.ToLower(cl.Sentence), noun)) {
				continue
			}
			if targetsOneOf(cl.Targets, firms) {
				return []Entity{cl.Actor}
			}
		}
	}
	return nil
}

// targetsOneOf: a target is one of firms, under its own name, its
// canonical one or a shortened one, as a firm's answer names it loosely.
func targetsOneOf(ts, firms []Entity) bool {
	for _, t := range ts {
		if sameEntityAny(t, firms) || ownerMatch(t, firms) || shortFormOf(t, firms) || innerNameOf(t, firms) || tailFormOf(t, firms) {
			return true
		}
	}
	return false
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
	// "PT Lintas Nusantara Digital" is "Lintas Nusantara": a legal form
	// written before the name (Indonesia, Russia, Ukraine) is no part of it
	pa, pb := dropLegalPrefix(a), dropLegalPrefix(b)
	if (pa != a || pb != b) && pa == pb && len(pa) >= 4 {
		return true
	}
	a, b = pa, pb
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

// lastCourtExcept: the last court the article named, other than those given.
func (c *docContext) lastCourtExcept(not []Entity) *Entity {
	for i := len(c.auths) - 1; i >= 0; i-- {
		if a := c.auths[i]; a.Type == TypeCourt && !sameEntityAny(a, not) {
			return &a
		}
	}
	return nil
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

// nameLegalPrefixes: legal forms written before a firm's name.
var nameLegalPrefixes = []string{"pt ", "pt. ", "cv ", "ooo ", "oao ", "zao ", "pjsc ", "pao ", "jsc ", "ojsc ", "tov ", "ao "}

// dropLegalPrefix: a lower-case name without a leading legal form.
func dropLegalPrefix(s string) string {
	for _, p := range nameLegalPrefixes {
		if strings.HasPrefix(s, p) && len(s) > len(p)+3 {
			return s[len(p):]
		}
	}
	return s
}
