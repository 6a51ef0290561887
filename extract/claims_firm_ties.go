package extract

import "strings"

// Ties between firms told with the other firm outside the verb's object,
// where the trigger frames do not look: work done "jointly with" or
// "together with" a firm; another firm's service built into one's own
// ("integrated QR payments from X", "combines X's platform with models from
// Y"); two firms' units as one subject of a deal ("A's cloud unit and B's
// digital arm signed a deal"); a purchase of assets "from" the seller
// ("completed its purchase of 40 stores from X"); and a countersuit, which
// answers the firm that sued first.

// jointWords make a partner of the firm after "with".
var jointWords = toSet(`jointly co-develop co-develops co-developed co-developing co-produce co-produces co-produced
 co-producing co-design co-designs co-designed co-build co-builds co-built co-building co-operate co-operates`)

// builtInVerbs put another firm's service into one's own.
var builtInVerbs = toSet(`integrate integrates integrated integrating embed embeds embedded embedding combine combines
 combined combining`)

// counterWords: a suit that answers one filed first.
var counterWords = toSet(`countersue countersues countersued countersuing counter-sue counter-sued countersuit
 countersuits counter-suit counterclaim counterclaims`)

// unitNouns stand for a firm's part after its possessive ("Alibaba's cloud unit").
var unitNouns = toSet(`unit units arm arms division divisions subsidiary subsidiaries business businesses branch
 affiliate affiliates venture subsidiary`)

// firmTieActs returns the ties of a sentence that no claim in found (this
// sentence) already makes; before holds the article's earlier claims.
func firmTieActs(toks []token, ms []mention, found, before []Claim) []fallbackClaim {
	var out []fallbackClaim
	few := len(ms) < 2 // only a countersuit finds its other firm outside the sentence; this pass is hot
	for k, t := range toks {
		if t.lex&lxTieCue == 0 || few && t.lex&lxCounterCue == 0 {
			continue
		}
		var c *Claim
		switch {
		case jointWords[t.low] || t.low == "together" && k+1 < len(toks) && toks[k+1].low == "with":
			c = jointWith(toks, ms, k, found)
		case builtInVerbs[t.low]:
			c = builtInFrom(toks, ms, k)
		case boughtNouns[t.low]:
			c = purchaseFrom(toks, ms, k)
		case counterWords[t.low]:
			c = counterSuit(toks, ms, k, append(append([]Claim(nil), before...), found...))
		case t.low == "deal" || t.low == "agreement" || t.low == "partnership" || t.low == "venture" || t.low == "pact" || t.low == "alliance":
			c = unitsDeal(toks, ms, k)
		}
		if c == nil {
			continue
		}
		out = appendUntied(out, found, c, k)
	}
	return out
}

// coordinatedActor: the subject of the verb at k, or, for a verb joined by
// "and" to an earlier act of this sentence, that act's firm ("X will buy a
// stake in Y and build a plant together with Z").
func coordinatedActor(toks []token, ms []mention, k int, found []Claim) *Entity {
	if a := accessActor(toks, ms, k); a != nil {
		return a
	}
	for p := k - 1; p >= 0 && p >= k-6; p-- {
		if toks[p].kind == tokPunct {
			return nil
		}
		if toks[p].low == "and" {
			for i := len(found) - 1; i >= 0; i-- {
				if found[i].Kind == KindAction && found[i].Actor.Type == TypeFirm {
					a := found[i].Actor
					return &a
				}
			}
			return nil
		}
	}
	return nil
}

// jointWith: "would jointly develop trucks with X", "will co-develop chips
// with X", "build a plant together with X".
func jointWith(toks []token, ms []mention, k int, found []Claim) *Claim {
	if orderedBefore(toks, k) || negatedAt(toks, k) {
		return nil
	}
	v := k
	if toks[k].low == "together" {
		// the verb is earlier in the clause: its subject is the actor
		for v = k - 1; v > 0 && v >= k-8; v-- {
			if toks[v].kind == tokPunct {
				return nil
			}
			if toks[v-1].low == "and" || verbCue[toks[v-1].low] {
				break
			}
		}
	}
	actor := coordinatedActor(toks, ms, v, found)
	if actor == nil {
		return nil
	}
	w := -1
	for i := range ms {
		if ms[i].i > k && ms[i].i <= k+10 && !ms[i].ref && dealSide(toks, ms[i]) && nearestPrep(toks, ms[i].i, k) == "with" {
			w = i
			break
		}
	}
	if w < 0 || accessClauseEnd(toks, k, 10) < ms[w].i {
		return nil
	}
	var ts []Entity
	for _, j := range listFrom(toks, ms, w) {
		if dealSide(toks, ms[j]) {
			if e := dealEntity(ms[j]); !sameEntity(e, *actor) {
				ts = append(ts, e)
			}
		}
	}
	if len(ts) == 0 {
		return nil
	}
	return &Claim{Kind: KindAction, Actor: *actor, Targets: ts, Action: "partner", Confidence: 0.55, Rule: "action/partner-jointly-with"}
}

// builtInFrom: "integrated QR payments from X into its app", "embedded X's
// wallet in its checkout", "combines X's platform with models from Y and Z"
// (the possessor acts when the subject is a product).
func builtInFrom(toks []token, ms []mention, k int) *Claim {
	if orderedBefore(toks, k) || negatedAt(toks, k) || k > 0 && (toks[k-1].low == "the" || toks[k-1].low == "an" || toks[k-1].low == "a" || prepositions[toks[k-1].low]) {
		return nil // "with integrated Bluetooth": an adjective
	}
	if strings.HasSuffix(toks[k].low, "ed") && k > 0 && !pastAux[toks[k-1].low] && !mentionEndsAt(ms, k) {
		return nil // "and embedded Wi-Fi chips": a participle, no act
	}
	actor := accessActor(toks, ms, k)
	from := k + 1
	if strings.HasPrefix(toks[k].low, "combin") && k+1 < len(toks) {
		// "combines UiPath's platform with models from X": the platform's
		// owner ties with X, whatever the subject
		for i := range ms {
			if m := ms[i]; m.i == k+1 && m.poss && dealSide(toks, m) && wordWithin(toks, m.j, 6, "with") {
				e := dealEntity(m)
				actor, from = &e, m.j
			}
		}
	}
	if actor == nil {
		// "The assistant combines X's platform with ...": X's own product
		for i := range ms {
			m := ms[i]
			if m.i < k+1 {
				continue
			}
			if m.i <= k+2 && m.poss && dealSide(toks, m) {
				e := dealEntity(m)
				actor, from = &e, m.j
			}
			break
		}
		if actor == nil || !wordWithin(toks, from, 6, "with") {
			return nil
		}
	}
	ts := accessTargets(toks, ms, from, accessClauseEnd(toks, k, 14), *actor)
	if len(ts) == 0 {
		return nil
	}
	return &Claim{Kind: KindAction, Actor: *actor, Targets: ts, Action: "integrate", Confidence: 0.55, Rule: "action/integrate-from"}
}

// purchaseFrom: "completed its purchase of 40 stores from rival X": the
// subject buys assets from the seller named after "from".
func purchaseFrom(toks []token, ms []mention, k int) *Claim {
	if k+2 >= len(toks) || toks[k+1].low != "of" || !ownDealNoun(toks, k) {
		return nil
	}
	s := firmInPhraseAfter(toks, ms, k+1, 10, "from")
	if s < 0 || ms[s].ref {
		return nil
	}
	for i := range ms {
		if ms[i].i > k+1 && ms[i].i < ms[s].i && ms[i].firmOrName() {
			return nil // a firm bought: the frames' own case
		}
	}
	subj := subjectBefore(toks, ms, k, func(m mention) bool { return m.firmOrName() }, 8)
	if len(subj) == 0 {
		return nil
	}
	m := ms[subj[len(subj)-1]]
	var actor Entity
	switch {
	case m.class == mPron && m.firmRef != nil && !m.plural:
		actor = *m.firmRef
	case m.firmOrName():
		actor = asFirm(m)
	default:
		return nil
	}
	seller := asFirm(ms[s])
	if sameEntity(actor, seller) {
		return nil
	}
	return &Claim{Kind: KindAction, Actor: actor, Targets: []Entity{seller}, Action: "acquire", Confidence: 0.55, Rule: "action/acquire-from-seller"}
}

// counterSuit: "X said it would countersue", "X filed a countersuit": X
// sues the firm whose suit against X the article told before.
func counterSuit(toks []token, ms []mention, k int, before []Claim) *Claim {
	if negatedAt(toks, k) {
		return nil
	}
	actor := accessActor(toks, ms, k)
	for v := k - 1; actor == nil && v > 0 && v >= k-3 && strings.Contains(toks[k].low, "suit") || actor == nil && strings.Contains(toks[k].low, "claim") && v > 0 && v >= k-3; v-- {
		// "X filed a countersuit": the subject of the verb before the noun
		actor = accessActor(toks, ms, v)
	}
	cands := []*Entity{actor}
	if len(ms) > 0 && ms[0].i <= 2 && ms[0].firmOrName() {
		// "X called the suit baseless and said it would countersue": the
		// clause's subject, when "it" was read as the first suer
		e := asFirm(ms[0])
		cands = append(cands, &e)
	}
	for _, a := range cands {
		if a == nil {
			continue
		}
		for i := len(before) - 1; i >= 0; i-- {
			c := before[i]
			if c.Kind == KindAction && c.Action == "sue" && !c.Negated && sameEntityAny(*a, c.Targets) && !sameEntity(c.Actor, *a) {
				return &Claim{Kind: KindAction, Actor: *a, Targets: []Entity{c.Actor}, Action: "sue", Confidence: 0.55, Rule: "action/countersue"}
			}
		}
	}
	return nil
}

// unitsDeal: "A's cloud unit and B's digital arm have signed a deal": the
// owners of the two units that sign together partner.
func unitsDeal(toks []token, ms []mention, k int) *Claim {
	v := -1
	for q := k - 1; q >= 0 && q >= k-5; q-- {
		if jointDealVerbs[toks[q].low] {
			v = q
			break
		}
	}
	if v < 1 {
		return nil
	}
	q := v - 1
	for q >= 0 && (toks[q].low == "have" || toks[q].low == "has" || toks[q].low == "had" || toks[q].low == "will" || toks[q].low == "would") {
		q--
	}
	// q ends the subject: "B's <words> unit"
	var owners []Entity
	for len(owners) < 2 && q >= 0 {
		if !unitNouns[toks[q].low] {
			return nil
		}
		// the owner's possessive right before the unit's modifiers
		o := -1
		for i := range ms {
			if ms[i].poss && ms[i].j <= q && q-ms[i].j <= 3 {
				o = i
			}
		}
		if o < 0 || !dealSide(toks, ms[o]) {
			return nil
		}
		for p := ms[o].j; p < q; p++ {
			if toks[p].kind != tokWord || toks[p].upper || toks[p].low == "and" {
				return nil
			}
		}
		e := dealEntity(ms[o])
		if sameEntityAny(e, owners) {
			return nil
		}
		owners = append(owners, e)
		q = ms[o].i - 1
		if len(owners) == 1 {
			if q < 0 || toks[q].low != "and" {
				return nil
			}
			q--
		}
	}
	if len(owners) < 2 {
		return nil
	}
	return &Claim{Kind: KindAction, Actor: owners[1], Targets: []Entity{owners[0]}, Action: "partner", Confidence: 0.5, Rule: "action/partner-units"}
}

// nearestPrep: the preposition nearest before q, after k ("with its
// engineers in Ulsan": "in", so Ulsan is no partner).
func nearestPrep(toks []token, q, k int) string {
	for p := q - 1; p > k && p >= q-4; p-- {
		if prepositions[toks[p].low] {
			return toks[p].low
		}
		if toks[p].kind == tokPunct {
			return ""
		}
	}
	return ""
}

// pastAux before a past form make it a verb ("has integrated").
var pastAux = toSet(`has have had was were is are be been also already recently now quietly`)

func mentionEndsAt(ms []mention, k int) bool {
	for _, m := range ms {
		if m.j == k {
			return true
		}
	}
	return false
}

// appendUntied adds c (found at token k) to out with only the targets no
// action in found or out already ties to its actor, either way round; a
// claim left with no target is dropped.
func appendUntied(out []fallbackClaim, found []Claim, c *Claim, k int) []fallbackClaim {
	var ts []Entity
	for _, e := range c.Targets {
		if !actionTies(found, c.Actor, e) && !actionTies(found, e, c.Actor) && !actionTiesOut(out, c.Actor, e) {
			ts = append(ts, e)
		}
	}
	if len(ts) == 0 {
		return out
	}
	c.Targets = ts
	return append(out, fallbackClaim{c: *c, k: k})
}
