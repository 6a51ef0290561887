package extract

// A firm that "consented to a cease-and-desist order" or "agreed to a
// permanent injunction sought by the CFTC" is bound by it: the order is
// the authority's mandate on the firm, told from the firm's side.

// consentOrders are the orders a firm consents to.
var consentOrders = toSet(`order orders cease-and-desist injunction injunctions decree censure undertaking undertakings`)

// consentedToOrder reads "<firm> consented/agreed to a <order>" at the
// verb k; the authority is the agent after the order ("sought by",
// "issued by", "from"), the sentence's speaker, or the one authority named.
func consentedToOrder(toks []token, ms []mention, k int) []Claim {
	if k+2 >= len(toks) || toks[k+1].low != "to" {
		return nil
	}
	o := -1
	for q := k + 2; q < len(toks) && q <= k+7; q++ {
		if consentOrders[toks[q].low] {
			o = q
			break
		}
		if toks[q].kind == tokPunct && toks[q].text != "-" {
			break
		}
	}
	if o < 0 || toks[o].low == "order" && o > 0 && (toks[o-1].low == "in" || toks[o-1].low == "purchase") {
		return nil
	}
	subj := subjectBefore(toks, ms, k, func(m mention) bool { return m.firmOrName() }, 6)
	if len(subj) == 0 {
		return nil
	}
	ts := onlyTargets(entitiesOf(ms, subj, isFirmish, "firm"), nil)
	if len(ts) == 0 {
		return nil
	}
	var auth *Entity
	if a := agentAfter(toks, ms, o); len(a) > 0 && ms[a[0]].class == mAuth {
		e := ms[a[0]].ent
		auth = &e
	}
	if auth == nil {
		// "..., the SEC said": the one authority in the sentence
		for i := range ms {
			if ms[i].class == mAuth && ms[i].ent.Type != TypeCourt {
				if auth != nil && auth.Canonical != ms[i].ent.Canonical {
					return nil
				}
				e := ms[i].ent
				auth = &e
			}
		}
	}
	if auth == nil {
		return nil
	}
	return []Claim{{Kind: KindMandate, Actor: *auth, Targets: ts, Action: "order", Prohibition: toks[o].low == "cease-and-desist", Confidence: 0.6, Rule: "mandate/consented-to-order"}}
}

// orderDocNouns are an authority's documents that can be a sentence's subject
// ordering something.
var orderDocNouns = toSet(`order decision ruling directive circular notice regulation judgment judgement resolution decree`)

// documentSubject: the sentence opens with "The/This/Its <document>" and,
// past an optional comma-closed aside and adverbs, the verb at k follows
// ("The order, which follows an inspection, also directs the company to").
func documentSubject(toks []token, k int) bool {
	if k < 2 || (toks[0].low != "the" && toks[0].low != "this" && toks[0].low != "its") || !orderDocNouns[toks[1].low] {
		return false
	}
	i := 2
	if toks[i].text == "," {
		j := i + 1
		for j < k && toks[j].text != "," {
			j++
		}
		if j >= k {
			return false
		}
		i = j + 1
	}
	for i < k && (toks[i].low == "also" || toks[i].low == "further" || toks[i].low == "additionally" || toks[i].low == "then") {
		i++
	}
	return i == k
}

// requestNouns are what a firm asks an authority for.
var requestNouns = toSet(`request requests application applications bid petition proposal proposals plea bids`)

// authorityRejected: an authority that "rejected a request by X to raise
// tariffs", "turned down X's application for a licence" or "rejected the
// application of X" denied X an approval: a negated approval.
func authorityRejected(toks []token, ms []mention, k int) []Claim {
	v := k
	if toks[k].low == "turned" || toks[k].low == "turns" || toks[k].low == "turn" {
		if k+1 >= len(toks) || toks[k+1].low != "down" {
			return nil
		}
		v = k + 1
	}
	subj := subjectBefore(toks, ms, k, func(m mention) bool { return m.class == mAuth }, 8)
	if len(subj) == 0 || ms[subj[len(subj)-1]].class != mAuth {
		return nil
	}
	auth := ms[subj[len(subj)-1]].ent
	n := -1
	for q := v + 1; q < len(toks) && q <= v+6; q++ {
		if requestNouns[toks[q].low] {
			n = q
			break
		}
		if toks[q].kind == tokPunct && toks[q].text != "'s" && toks[q].text != "'" {
			return nil
		}
	}
	if n < 0 {
		return nil
	}
	var firm *Entity
	for i := range ms {
		m := ms[i]
		if m.class != mFirm && m.class != mName {
			continue
		}
		// "X's application", "the application of/by/from X"
		if m.poss && m.j <= n && n-m.j <= 2 && m.i > v || m.i > n && m.i <= n+4 && wordWithin(toks, n+1, 2, "by", "from", "of") {
			e := asFirm(m)
			firm = &e
			break
		}
	}
	if firm == nil {
		return nil
	}
	return []Claim{{Kind: KindApproval, Actor: auth, Targets: []Entity{*firm}, Action: "approve", Negated: true, Confidence: 0.6, Rule: "approval/rejected-request"}}
}

// appealedOrder: "rejected Lufthansa's appeal against the Federal Cartel
// Office's order to open up its slots": the order the firm appealed is the
// authority's mandate on that firm.
func appealedOrder(toks []token, ms []mention, k int) []Claim {
	w := toks[k].low
	if w != "order" && w != "orders" && w != "ban" && w != "directive" && w != "directives" {
		return nil
	}
	var auth *Entity
	a0 := -1
	for i := range ms {
		m := ms[i]
		if m.class == mAuth && m.poss && m.j <= k && k-m.j <= 1 && m.ent.Type != TypeCourt {
			e := m.ent
			auth, a0 = &e, m.i
		}
	}
	if auth == nil {
		return nil
	}
	// "X's appeal/challenge against the <auth>'s order"
	p := a0 - 1
	if p >= 0 && toks[p].low == "the" {
		p--
	}
	if p < 1 || toks[p].low != "against" && toks[p].low != "of" || !(toks[p-1].low == "appeal" || toks[p-1].low == "challenge" || toks[p-1].low == "appeals" || toks[p-1].low == "challenges") {
		return nil
	}
	for i := range ms {
		m := ms[i]
		if m.poss && m.j == p-1 && m.firmOrName() {
			return []Claim{{Kind: KindMandate, Actor: *auth, Targets: []Entity{asFirm(m)}, Action: "order", Confidence: 0.6, Rule: "mandate/appealed-order"}}
		}
	}
	return nil
}
