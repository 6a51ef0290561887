package extract

// Orders a firm denies receiving and grants an authority withholds are
// negated claims, as the spec keeps denied acts.

// deniedOrders: "MTN denied receiving any order from the commission",
// "Glo denies being told by the regulator to ...": the firm denies the
// authority's order, which the spec keeps as a negated mandate; the denial
// of receipt takes no stance, so a deny response read from it goes.
func deniedOrders(toks []token, ms []mention, sofar []Claim) ([]Claim, []Claim) {
	for d := 1; d+3 < len(toks); d++ {
		w := toks[d].low
		if w != "denied" && w != "denies" && w != "deny" && w != "denying" {
			continue
		}
		v := toks[d+1].low
		if v != "receiving" && v != "getting" && v != "having" {
			continue
		}
		noun := -1
		for q := d + 2; q < len(toks) && q <= d+5; q++ {
			switch toks[q].low {
			case "order", "orders", "directive", "directives", "instruction", "instructions", "directions", "request", "requests":
				noun = q
			}
			if noun >= 0 {
				break
			}
		}
		if noun < 0 {
			continue
		}
		var auth *Entity
		for _, m := range ms {
			if m.i > noun && m.i <= noun+3 && m.class == mAuth && (toks[m.i-1].low == "from" || toks[m.i-1].low == "by" || toks[m.i-1].low == "the" && m.i >= 2 && (toks[m.i-2].low == "from" || toks[m.i-2].low == "by")) {
				e := m.ent
				auth = &e
				break
			}
		}
		subj := subjectBefore(toks, ms, d, func(m mention) bool { return m.firmOrName() }, 6)
		if auth == nil || len(subj) == 0 {
			continue
		}
		firms := entitiesOf(ms, subj, isFirmish, "firm")
		kept := sofar[:0:0]
		negated := false
		for _, c := range sofar {
			if c.Kind == KindResponse && c.Action == "deny" && sameEntityAny(c.Actor, firms) {
				continue
			}
			if c.Kind == KindMandate && sameEntity(c.Actor, *auth) && anySame(c.Targets, firms) {
				// "denies getting a directive from X to freeze ...": the order
				// read from the noun is the one denied
				c.Negated, c.Rule, negated = true, "mandate/denied-receiving", true
			}
			kept = append(kept, c)
		}
		if negated {
			return nil, kept
		}
		return []Claim{{Kind: KindMandate, Actor: *auth, Targets: firms, Action: "order", Negated: true, Confidence: 0.6, Rule: "mandate/denied-receiving"}}, kept
	}
	return nil, sofar
}

// grantNouns are what an authority grants a firm.
var grantNouns = toSet(`licence license licences licenses permit permits approval permission clearance authorisation authorization registration concession spectrum`)

// grantVerbs are what an authority does when it grants by a verb.
var grantVerbs = toSet(`license licence authorise authorize permit register approve clear`)

// deniedGrants: "the central bank denied Binance a licence", "the
// regulator refused Starlink a permit", "refused to license Starlink",
// "declined to authorise X": a negated approval of the firm.
func deniedGrants(toks []token, ms []mention, sofar []Claim) []Claim {
	for v := 1; v+2 < len(toks); v++ {
		w := toks[v].low
		var firmAt int
		switch {
		case (w == "refused" || w == "refuses" || w == "declined" || w == "declines") && toks[v+1].low == "to" && grantVerbs[toks[v+2].low]:
			firmAt = v + 3
		case w == "denied" || w == "denies" || w == "refused" || w == "refuses" || w == "withheld":
			firmAt = v + 1
		default:
			continue
		}
		var firm *mention
		for n := range ms {
			if ms[n].i == firmAt && ms[n].firmOrName() {
				firm = &ms[n]
				break
			}
		}
		if firm == nil {
			continue
		}
		if firmAt == v+1 && !(firm.j+2 < len(toks) && (grantNouns[toks[firm.j].low] || grantNouns[toks[firm.j+1].low] || grantNouns[toks[firm.j+2].low])) {
			continue // "denied Binance's claims": no grant withheld
		}
		if firm.poss {
			continue
		}
		subj := subjectBefore(toks, ms, v, func(m mention) bool { return m.class == mAuth }, 6)
		if len(subj) == 0 {
			continue
		}
		actor := ms[subj[len(subj)-1]].ent
		target := asFirm(*firm)
		dup := false
		for _, c := range sofar {
			if c.Kind == KindApproval && sameEntity(c.Actor, actor) && sameEntityAny(target, c.Targets) {
				dup = true
			}
		}
		if !dup {
			return []Claim{{Kind: KindApproval, Actor: actor, Targets: []Entity{target}, Action: "license", Negated: true, Confidence: 0.6, Rule: "approval/denied-grant"}}
		}
	}
	return nil
}

// unlicensedWords mark a firm as lacking an authority's grant.
var unlicensedWords = toSet(`unlicensed unlicenced unauthorised unauthorized unregistered unapproved illegal`)

// namedUnlicensed: an authority naming or listing a firm as unlicensed
// ("naming Bybit as an unlicensed operator", "added Binance to its list of
// unauthorised firms", "flagged X as unregistered") denies it a grant: a
// negated approval.
func namedUnlicensed(toks []token, ms []mention, sofar []Claim) []Claim {
	for n, m := range ms {
		if m.class != mFirm && m.class != mName || m.i < 1 || m.j+1 >= len(toks) {
			continue
		}
		v := toks[m.i-1].low
		switch v {
		case "naming", "named", "names", "listing", "listed", "lists", "flagging", "flagged", "flags", "adding", "added", "adds", "declaring", "declared", "designating", "designated":
		default:
			continue
		}
		p := toks[m.j].low
		if p != "as" && p != "to" && p != "on" {
			continue
		}
		if !setWithin(toks, m.j+1, 6, unlicensedWords) {
			continue
		}
		subj := subjectBefore(toks, ms, m.i-1, func(x mention) bool { return x.class == mAuth }, 40)
		if len(subj) == 0 {
			continue
		}
		sm := ms[subj[len(subj)-1]]
		actor := sm.ent
		if sm.class == mPron {
			if sm.authRef == nil {
				continue
			}
			actor = *sm.authRef // "it said in an investor alert, naming Bybit as ..."
		}
		if actor.Name == "" {
			continue
		}
		target := asFirm(ms[n])
		for _, c := range sofar {
			if c.Kind == KindApproval && sameEntityAny(target, c.Targets) {
				return nil
			}
		}
		return []Claim{{Kind: KindApproval, Actor: actor, Targets: []Entity{target}, Action: "license", Negated: true, Confidence: 0.55, Rule: "approval/named-unlicensed"}}
	}
	return nil
}
