package extract

// A firm's own act told as answering an authority's act that is named only
// as a noun: "Indus Ride has suspended its service to comply with a Punjab
// government ban on bike taxis", "X halted sales after the FTC's order on
// Monday", "X has withdrawn the adverts following an order from the
// ministry", "X dropped the fee in response to the probe by the
// regulator". The noun tells the authority's act on the firm (no verb
// does), and the firm's act is its answer: it complies.

// complyLinks open the phrase that ties the firm's act to the authority's;
// the value says whether a probe may be answered through it (only a reply
// "in response to" an inquiry is one: "fell after the probe" is not).
var complyLinks = map[string]bool{"after": false, "following": false, "response": true, "comply": true, "compliance": true}

// complyNouns are the authority's acts a firm's course change answers.
var complyNouns = map[string]string{
	"order": KindMandate, "orders": KindMandate, "ban": KindMandate, "directive": KindMandate, "directives": KindMandate,
	"instruction": KindMandate, "instructions": KindMandate, "demand": KindMandate, "demands": KindMandate,
	"injunction": KindMandate, "ultimatum": KindMandate,
	"probe": KindProbe, "investigation": KindProbe, "inquiry": KindProbe,
}

// complyingNounActs builds, for the sentence's opening firm, the act the
// noun names and the firm's complying answer, each unless already told.
func complyingNounActs(toks []token, ms []mention, out []Claim, ctx *docContext) []Claim {
	if len(ms) == 0 || ms[0].i > 2 || ms[0].poss || !(ms[0].class == mFirm || ms[0].class == mName) {
		return nil
	}
	f := asFirm(ms[0])
	v := ms[0].j
	for v < len(toks) && (toks[v].low == "has" || toks[v].low == "have" || toks[v].low == "had" || toks[v].kind == tokWord && len(toks[v].low) > 2 && toks[v].low[len(toks[v].low)-2:] == "ly") {
		v++
	}
	if v >= len(toks) || beForms[toks[v].low] || toks[v].kind != tokWord {
		return nil // "X was founded after the ban": not its act
	}
	for p := v + 1; p+2 < len(toks); p++ {
		switch toks[p].low {
		case "not", "n't", "never", "refused", "declined", "rejected", "denied":
			return nil // "would not change its fees after an order": no answer given
		}
		probeOK, ok := complyLinks[toks[p].low]
		if !ok || !complyLinkAt(toks, p) {
			continue
		}
		for n := p + 1; n < len(toks) && n <= p+6; n++ {
			kind := complyNouns[toks[n].low]
			if kind == "" {
				continue
			}
			if kind == KindProbe && !probeOK {
				return nil
			}
			a := complyAuthority(toks, ms, p, n)
			if a == nil || otherFirmBound(toks, ms, n, f) {
				return nil
			}
			var add []Claim
			if !hasActOn(out, kind, *a, f) && !hasActOn(ctx.claims, kind, *a, f) {
				add = append(add, Claim{Kind: kind, Actor: *a, Targets: []Entity{f}, Action: toks[n].low, Prohibition: toks[n].low == "ban", Confidence: 0.55, Rule: kind + "/complied-noun"})
			}
			if !hasActOn(out, KindResponse, f, *a) {
				add = append(add, Claim{Kind: KindResponse, Actor: f, Targets: []Entity{*a}, Action: "comply", Stance: "comply", Confidence: 0.55, Rule: "response/complied-noun"})
			}
			return add
		}
		return nil
	}
	return nil
}

// complyLinkAt: the word at p opens the tie as used here: "after",
// "following", "in response to", "to comply with", "in compliance with".
func complyLinkAt(toks []token, p int) bool {
	switch toks[p].low {
	case "response":
		return p > 0 && toks[p-1].low == "in" && p+1 < len(toks) && toks[p+1].low == "to"
	case "comply":
		return p > 0 && toks[p-1].low == "to" && p+1 < len(toks) && toks[p+1].low == "with"
	case "compliance":
		return p > 0 && toks[p-1].low == "in" && p+1 < len(toks) && toks[p+1].low == "with"
	}
	return true
}

// complyAuthority: the authority owning the noun at n: possessive or
// modifier right before it ("the FTC's order", "a Punjab government ban"),
// or after "by"/"from" right after it ("an order from the ministry").
func complyAuthority(toks []token, ms []mention, p, n int) *Entity {
	for _, m := range ms {
		if m.i > p && m.j <= n && n-m.j <= 1 && (m.class == mAuth || m.class == mPlace && m.j == n) {
			e := m.ent
			return &e
		}
	}
	if n >= p+3 && toks[n-1].low == "government" && toks[n-2].upper && toks[n-2].kind == tokWord {
		// "a Punjab government ban": a region's government the catalogue lacks
		name := toks[n-2].text + " government"
		return &Entity{Name: name, Canonical: name, Type: TypeGovernment}
	}
	if n+2 < len(toks) && (toks[n+1].low == "by" || toks[n+1].low == "from") {
		s := n + 2
		for _, m := range ms {
			if m.class == mPlace && m.poss && (m.i == s || m.i == s+1 && toks[s].low == "the") {
				s = m.j
				continue
			}
			if m.class == mAuth && (m.i == s || m.i == s+1 && toks[s].low == "the") {
				e := m.ent
				return &e
			}
		}
	}
	return nil
}

// otherFirmBound: the noun names another firm it falls on ("after the
// FTC's order against Kaaspay"): the opening firm answers nothing of its own.
func otherFirmBound(toks []token, ms []mention, n int, f Entity) bool {
	if n+2 >= len(toks) || toks[n+1].low != "on" && toks[n+1].low != "against" && toks[n+1].low != "into" {
		return false
	}
	for _, m := range ms {
		if m.i == n+2 || m.i == n+3 && toks[n+2].low == "the" {
			return m.firmOrName() && m.class != mPron && !sameEntity(asFirm(m), f)
		}
	}
	return false
}

func hasActOn(cs []Claim, kind string, actor, target Entity) bool {
	for _, c := range cs {
		if c.Kind != kind || !sameEntity(c.Actor, actor) {
			continue
		}
		for _, t := range c.Targets {
			if sameEntity(t, target) {
				return true
			}
		}
	}
	return false
}
