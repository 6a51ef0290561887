package extract

// A deal noun as the object of the buyer's own verb: "Emirates NBD is
// exploring an acquisition of Anadolu Katılım Bankası", "Grupo Bimbo has
// proposed a purchase of Canada Bread". The noun's parties rules look for
// a possessor or a "by" agent and, with neither, read the firm after "of"
// as the deal's first party; here the buyer is the verb's subject.
// Certainty comes from the verb and attribution (certainty.go).

// dealObjectVerbs: verbs whose subject is the buyer of the deal noun they
// take as object.
var dealObjectVerbs = toSet(`exploring explore explores explored considering consider considers considered weighing weigh weighs
 weighed mulling mull mulls mulled studying study studies studied eyeing eye eyes eyed pursuing pursue pursues pursued
 seeking seek seeks sought evaluating evaluate evaluates evaluated discussing discuss discusses discussed proposing propose
 proposes proposed planning plans plan planned announced announce announces announcing completed complete completes completing`)

// dealObjectBuyer returns the acquisition told at the buy noun k when it
// stands as "<verb> a/an <noun> of <firm>" after a firm subject; ok=false
// leaves the noun to the other deal rules.
func dealObjectBuyer(toks []token, ms []mention, k int) (c *Claim, ok bool) {
	if k < 2 || k+2 >= len(toks) || toks[k+1].low != "of" || !buyNouns[toks[k].low] {
		return nil, false
	}
	if a := toks[k-1].low; a != "a" && a != "an" || !dealObjectVerbs[toks[k-2].low] {
		return nil, false
	}
	s := subjectBefore(toks, ms, k-2, func(m mention) bool { return m.firmOrName() || m.class == mAuth }, 4)
	if len(s) == 0 {
		return nil, false
	}
	m := ms[s[len(s)-1]]
	var buyer Entity
	switch {
	case m.firmOrName():
		buyer = asFirm(m)
	case m.class == mPron && !m.plural && m.firmRef != nil && m.authRef == nil:
		buyer = *m.firmRef
	default:
		return nil, false // (an authority "considering" a deal reviews it)
	}
	i := firmInPhraseAfter(toks, ms, k, 8, "of")
	if i < 0 {
		return nil, false
	}
	bought := asFirm(ms[i])
	if sameEntity(bought, buyer) {
		return nil, false
	}
	return &Claim{Kind: KindAction, Actor: buyer, Targets: []Entity{bought}, Action: "acquire", Confidence: 0.65, Rule: "action/acquire-noun-object"}, true
}

// theirBuyers: "PLDT and Globe Telecom asked the court to stop the
// commission from reviewing their joint purchase of San Miguel's telecoms
// business": "their" before the buy noun at k stands for the firms the
// sentence opens with, each of which buys the firms after "of" (idx). One
// claim per buyer, as for any list of actors; nil when the sentence does
// not open with two or more firms.
func theirBuyers(toks []token, ms []mention, k int, idx []int) []Claim {
	if len(idx) == 0 || !wordWithin(toks, max(0, k-6), min(6, k), "their") {
		return nil
	}
	var buyers []Entity
	for i := len(ms) - 1; i >= 0 && len(buyers) == 0; i-- {
		// "A and B said they had completed their acquisition of Y": the firms "they" stands for
		if m := ms[i]; m.j <= k && m.class == mPron && m.plural && len(m.group) >= 2 {
			buyers = append(buyers, m.group...)
		}
	}
	if s := sentenceSubject(ms); len(buyers) == 0 && s >= 0 && ms[s].firmOrName() && ms[s].i <= 1 {
		for _, i := range listFrom(toks, ms, s) {
			if ms[i].j < k && ms[i].firmOrName() && !sameEntityAny(asFirm(ms[i]), buyers) {
				buyers = append(buyers, asFirm(ms[i]))
			}
		}
	}
	if len(buyers) < 2 {
		return nil
	}
	var out []Claim
	for _, b := range buyers {
		var ts []Entity
		for _, t := range entitiesOf(ms, idx, func(m mention) bool { return m.firmOrName() }, "firm") {
			if !sameEntityAny(t, buyers) {
				ts = append(ts, t)
			}
		}
		if len(ts) == 0 {
			return nil
		}
		out = append(out, Claim{Kind: KindAction, Actor: b, Targets: ts, Action: "acquire", Confidence: 0.6, Rule: "action/acquire-their-noun"})
	}
	return out
}
