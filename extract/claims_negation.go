package extract

import "strings"

// Negation of acts told with a noun ("did not impose a fine", "has not
// opened an investigation", "no fine was imposed") and of bids a firm turned
// away ("rebuffed a takeover offer from X"). The spec keeps a denied act as
// a claim with negated set, so these are marked, not dropped.

// lightVerbs carry an act named by the noun after them: "opened an
// investigation", "imposed a fine", "received an order".
var lightVerbs = toSet(`open opened opening launch launched launching start started initiate initiated begin began begun
 commence commenced impose imposed imposing levy levied slap slapped issue issued issuing hand handed announce announced
 take taken took file filed bring brought conduct conducted grant granted give given receive received pursue pursued
 seek sought make made order ordered`)

// nounActNegated: the noun trigger at k names an act a negated light verb
// before it carries ("did not impose a $5 million fine", "has never
// launched a probe") or that "no" quantifies ("no fine was imposed", "no
// formal investigation").
func nounActNegated(toks []token, k int) bool {
	for q := k - 1; q >= 0 && q >= k-7; q-- {
		t := toks[q]
		if t.low == "no" && !(q+1 < len(toks) && (toks[q+1].low == "longer" || toks[q+1].low == "doubt")) {
			// "no fine", "no formal investigation": only modifiers between
			return k-q <= 3
		}
		if lightVerbs[t.low] {
			return q < k-1 && negatedAt(toks, q) && !onlyAfterNot(toks, q)
		}
		if t.kind == tokPunct && t.text != "$" && t.text != "-" && t.text != "." && t.text != "," && t.text != "€" && t.text != "£" {
			return false
		}
		if t.low == "and" || t.low == "or" || t.low == "but" || t.low == "not" || t.low == "never" || t.low == "that" || t.low == "which" {
			return false
		}
	}
	return false
}

// onlyAfterNot: "not only imposed a fine but also ...": no denial.
func onlyAfterNot(toks []token, v int) bool {
	for q := v - 1; q >= 0 && q >= v-3; q-- {
		if toks[q].low == "not" {
			return q+1 < len(toks) && toks[q+1].low == "only"
		}
	}
	return false
}

// markNounNegation sets Negated on a claim built from a noun trigger whose
// carrying verb is denied.
func markNounNegation(toks []token, k int, c Claim) Claim {
	if c.Rule == "approval/no-objection" {
		return c // "raised no objection to the deal": the "no" is the clearance itself
	}
	if !c.Negated && nounActNegated(toks, k) {
		c.Negated = true
	}
	if !c.Negated && c.Kind != KindResponse && inDeniedClause(toks, k) {
		c.Negated = true
	}
	if !c.Negated && (forgoneAct(toks, k) || neitherNor(toks, k)) {
		c.Negated = true
	}
	if !c.Negated && c.Kind == KindProbe && k >= 2 && toks[k-1].low == "under" && negatedAt(toks, k-1) {
		// "said it was not under investigation by the DEA"
		c.Negated = true
	}
	return c
}

// rebuffVerbs turn a bid away: "rebuffed", "rejected", "spurned",
// "snubbed", "turned down", "declined", "refused", "dismissed".
var rebuffVerbs = toSet(`rebuffed rebuffs rebuff rebuffing rejected rejects reject rejecting spurned spurns spurn snubbed snubs
 declined declines refused refuses dismissed rebuked repelled fended`)

// bidNouns name an approach to buy or to invest in a firm.
var bidNouns = toSet(`offer offers bid bids approach approaches proposal proposals overture overtures advances`)

// rebuffedBids: a firm that turned away another firm's bid for it ("Snapchat
// rebuffed a $3 billion takeover offer from Facebook", "Unilever turned down
// Kraft Heinz's $143 billion approach", "Anglo American's board rejected a
// bid by BHP") is the target of a negated acquisition by the bidder. A
// positive acquisition already read from the bid noun is negated instead of
// repeated.
func rebuffedBids(toks []token, ms []mention, sofar []Claim) []Claim {
	var out []Claim
	for r := 1; r < len(toks); r++ {
		w := toks[r].low
		end := r
		if (w == "turned" || w == "turns" || w == "turn" || w == "turning") && r+1 < len(toks) && toks[r+1].low == "down" {
			end = r + 1
		} else if (w == "walked" || w == "walks") && r+2 < len(toks) && toks[r+1].low == "away" && toks[r+2].low == "from" {
			end = r + 2
		} else if toks[r].lex&lxRebuffVerb == 0 {
			continue
		}
		noun := -1
		for q := end + 1; q < len(toks) && q <= end+9; q++ {
			if bidNouns[toks[q].low] {
				noun = q
				break
			}
			if toks[q].kind == tokPunct && toks[q].text != "$" && toks[q].text != "." && toks[q].text != "," && toks[q].text != "-" && toks[q].text != "'" && toks[q].text != "’" {
				break
			}
		}
		if noun < 0 || !bidContext(toks, end+1, noun) {
			continue
		}
		bidder := bidderOf(toks, ms, end+1, noun)
		if bidder == nil {
			continue
		}
		t := rebuffer(toks, ms, r)
		if t == nil {
			continue
		}
		target := *t
		if sameEntityAny(target, []Entity{*bidder}) {
			continue
		}
		merged := false
		for i := range sofar {
			c := &sofar[i]
			if c.Kind == KindAction && sameEntityAny(c.Actor, []Entity{*bidder}) && sameEntityAny(target, c.Targets) {
				c.Negated, merged = true, true
			}
		}
		if !merged {
			out = append(out, Claim{Kind: KindAction, Actor: *bidder, Targets: []Entity{target}, Action: "acquire", Negated: true, Confidence: 0.6, Rule: "action/bid-rebuffed"})
		}
	}
	return out
}

// bidContext: the bid is one to buy ("takeover offer", "$3 billion bid",
// "offer to buy it", "acquisition proposal"), not an offer of a job or a
// settlement.
func bidContext(toks []token, from, noun int) bool {
	for q := from; q < noun; q++ {
		switch toks[q].low {
		case "takeover", "buyout", "acquisition", "merger", "purchase", "buy-out", "tender", "cash", "all-cash", "unsolicited", "hostile":
			return true
		}
		if toks[q].text == "$" || toks[q].text == "€" || toks[q].text == "£" || toks[q].kind == tokNum {
			return true
		}
	}
	for q := noun + 1; q+1 < len(toks) && q <= noun+5; q++ {
		if toks[q].low == "to" {
			v := toks[q+1].low
			return strings.HasPrefix(v, "buy") || strings.HasPrefix(v, "acquir") || v == "take" || strings.HasPrefix(v, "purchas") || v == "merge"
		}
	}
	return false
}

// bidderOf: the firm whose bid it is, as a possessor before the noun
// ("BHP's bid") or after it with from/by ("an offer from Facebook").
func bidderOf(toks []token, ms []mention, from, noun int) *Entity {
	for _, m := range ms {
		if m.i >= from && m.j <= noun && m.poss && (m.class == mFirm || m.class == mName) {
			e := asFirm(m)
			return &e
		}
	}
	for q := noun + 1; q < len(toks) && q <= noun+3; q++ {
		if toks[q].low != "from" && toks[q].low != "by" {
			continue
		}
		for _, m := range ms {
			if m.i > q && m.i <= q+2 && (m.class == mFirm || m.class == mName) {
				e := asFirm(m)
				return &e
			}
		}
	}
	return nil
}

// rebuffer: the firm that turned the bid away, as the subject before r, or
// the firm of the executive who did ("Snapchat CEO Evan Spiegel, who
// rebuffed ...").
func rebuffer(toks []token, ms []mention, r int) *Entity {
	for i := len(ms) - 1; i >= 1; i-- {
		m := ms[i]
		if m.j > r {
			continue
		}
		if r-m.j > 4 {
			break
		}
		if m.class == mPerson && ms[i-1].j == m.i && ms[i-1].class == mFirm {
			e := asFirm(ms[i-1])
			return &e
		}
		break
	}
	subj := subjectBefore(toks, ms, r, func(m mention) bool { return m.class == mFirm || m.class == mName }, 8)
	if len(subj) == 0 {
		return nil
	}
	e := asFirm(ms[subj[len(subj)-1]])
	return &e
}

// auxWords may stand between a subject and its verb without breaking the
// clause ("Beijing has not told", "Seoul had already ordered").
var auxWords = toSet(`has have had did does do is was were are not n't never also already will would has reportedly previously recently now yet`)

// onlyAuxBetween: toks[from:to] holds only auxiliaries, negation and such
// adverbs (at most four).
func onlyAuxBetween(toks []token, from, to int) bool {
	if to-from > 4 || to <= from {
		return false
	}
	for q := from; q < to; q++ {
		if !auxWords[toks[q].low] {
			return false
		}
	}
	return true
}

// amongVerbs: an authority's past act told in a relative clause after
// "among the companies (that) the regulator ...", and its kind.
var amongVerbs = map[string]string{
	"investigated": KindProbe, "probed": KindProbe, "examined": KindProbe, "raided": KindProbe, "searched": KindProbe,
	"inspected": KindProbe, "audited": KindProbe, "charged": KindProbe, "sued": KindProbe, "summoned": KindProbe,
	"fined": KindPenalty, "penalised": KindPenalty, "penalized": KindPenalty, "sanctioned": KindPenalty,
	"ordered": KindMandate, "told": KindMandate, "directed": KindMandate, "banned": KindMandate, "barred": KindMandate,
	"suspended": KindMandate, "blocked": KindMandate, "warned": KindMandate, "instructed": KindMandate,
	"approved": KindApproval, "cleared": KindApproval, "licensed": KindApproval, "authorised": KindApproval, "authorized": KindApproval,
}

// amongActed: "Kakao Mobility was not among the companies the Korea Fair
// Trade Commission investigated", "Safaricom is among the firms that
// Kenya's regulator fined": the firm is (or, denied, is not) the target of
// the authority's act told in the relative clause.
func amongActed(toks []token, ms []mention) []Claim {
	for a := 2; a+2 < len(toks); a++ {
		if toks[a].low != "among" {
			continue
		}
		v := a - 1
		neg := false
		if toks[v].low == "not" || toks[v].low == "n't" || toks[v].low == "never" {
			neg, v = true, v-1
		}
		if v < 1 || !(toks[v].low == "was" || toks[v].low == "were" || toks[v].low == "is" || toks[v].low == "are" || toks[v].low == "been") {
			continue
		}
		subj := subjectBefore(toks, ms, v, func(m mention) bool { return m.class == mFirm || m.class == mName }, 3)
		if len(subj) == 0 {
			continue
		}
		var firms []Entity
		for _, i := range subj {
			if ms[i].class == mFirm || ms[i].class == mName {
				firms = append(firms, asFirm(ms[i]))
			}
		}
		// the relative clause: [the] [N] noun(s) [that|which] <authority> <verb>
		for _, m := range ms {
			if m.i <= a || m.i > a+7 || m.class != mAuth {
				continue
			}
			gapOK := true
			for q := a + 1; q < m.i; q++ {
				if toks[q].kind == tokPunct || toks[q].upper && toks[q].low != "the" {
					gapOK = false
				}
			}
			if !gapOK || m.j >= len(toks) {
				break
			}
			vb := m.j
			if vb < len(toks) && (toks[vb].low == "had" || toks[vb].low == "has" || toks[vb].low == "have") {
				vb++
			}
			if vb >= len(toks) {
				break
			}
			kind, ok := amongVerbs[toks[vb].low]
			if !ok {
				break
			}
			return []Claim{{Kind: kind, Actor: m.ent, Targets: firms, Action: toks[vb].low, Negated: neg, Confidence: 0.6, Rule: kind + "/among-acted"}}
		}
	}
	return nil
}

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
		subj := subjectBefore(toks, ms, d, func(m mention) bool { return m.class == mFirm || m.class == mName }, 6)
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
			if c.Kind == KindMandate && sameEntityAny(c.Actor, []Entity{*auth}) && anySame(c.Targets, firms) {
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

func hasRule(cs []Claim, rule string) bool {
	for _, c := range cs {
		if c.Rule == rule {
			return true
		}
	}
	return false
}

// inDeniedClause: the trigger at k tells what someone denies ("Glo denied
// that it had been fined by the NCC", "Binance denies it is under
// investigation by the SEC"): the act is denied, so negated.
func inDeniedClause(toks []token, k int) bool {
	for q := k - 1; q >= 0 && q >= k-10; q-- {
		w := toks[q].low
		switch w {
		case "denied", "denies", "deny", "denying":
			if q+1 >= k {
				return false
			}
			n := toks[q+1].low
			if n == "on" || n == "in" || n == "late" || n == "earlier" || n == "again" || n == "publicly" || n == "strongly" {
				// "denied on Monday that it had instructed ..."
				return wordWithin(toks, q+2, 3, "that")
			}
			return n == "that" || n == "it" || n == "they" || n == "being" || n == "having" || n == "ever"
		case "that":
			// "contradicting a statement by X's chairman that the deal had
			// been cleared", "disputing reports that it had been fined"
			for r := q - 1; r >= 0 && r >= q-10; r-- {
				v := toks[r].low
				if strings.HasPrefix(v, "contradict") || strings.HasPrefix(v, "disput") || strings.HasPrefix(v, "refut") || v == "denying" || v == "rejecting" || v == "dismissing" {
					return true
				}
			}
		case "but", "while", "although", "though", "after", "before", "because", "and", "which", "who":
			return false
		}
		if toks[q].kind == tokPunct && (toks[q].text == ";" || toks[q].text == ":" || toks[q].text == ",") {
			return false
		}
	}
	return false
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
			if ms[n].i == firmAt && (ms[n].class == mFirm || ms[n].class == mName) {
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
			if c.Kind == KindApproval && sameEntityAny(c.Actor, []Entity{actor}) && sameEntityAny(target, c.Targets) {
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
		found := false
		for q := m.j + 1; q < len(toks) && q <= m.j+6; q++ {
			if unlicensedWords[toks[q].low] {
				found = true
				break
			}
		}
		if !found {
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

// forgoneAct: the trigger is an act the actor stopped short of or chose
// something else over ("stopped short of fining", "warned it instead of
// fining it", "rather than ordering", "decided against fining", "without
// imposing a fine").
func forgoneAct(toks []token, k int) bool {
	if k < 2 {
		return false
	}
	at := k
	if !strings.HasSuffix(toks[k].low, "ing") {
		// "without imposing a fine": the light verb before the noun
		at = -1
		for q := k - 1; q >= 1 && q >= k-4; q-- {
			if lightVerbs[toks[q].low] && strings.HasSuffix(toks[q].low, "ing") {
				at = q
				break
			}
		}
		if at < 2 {
			return false
		}
	}
	p, pp := toks[at-1].low, toks[at-2].low
	switch {
	case p == "of" && (pp == "short" || pp == "instead"):
		return true
	case p == "than" && pp == "rather":
		return true
	case p == "against" && (pp == "decided" || pp == "decides" || pp == "opted" || pp == "voted" || pp == "chose"):
		return true
	case p == "without":
		return true
	}
	return false
}

// neitherNor: "Neither the SEC nor the CFTC has charged Kraken": a
// "neither ... nor" before the trigger in its clause denies it.
func neitherNor(toks []token, k int) bool {
	nor := false
	for q := k - 1; q >= 0 && q >= k-14; q-- {
		switch toks[q].low {
		case "nor":
			nor = true
		case "neither":
			return nor
		}
		if toks[q].text == ";" || toks[q].text == "." {
			return false
		}
	}
	return false
}
