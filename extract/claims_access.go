package extract

// Access acts between firms told without a firm as the verb's object: a
// firm that lets its users do something with another firm's service ("will
// let shoppers pay with Boost") opens itself to that firm; one that stops
// taking, carrying or supplying another firm's service ("stopped accepting
// vouchers issued by Fawry", "would not carry AT&T's service", "cut the
// interconnection link with Zamlink") shuts that firm out. The trigger
// frames want the firm right after the verb, so the people, goods or links
// in between hide it from them; this pass reads the whole clause.

// accessUsers: the people a firm lets do something; they are no party.
var accessUsers = toSet(`users customers shoppers merchants members subscribers consumers clients sellers drivers
 developers passengers riders players buyers travellers travelers viewers listeners retailers restaurants
 advertisers depositors cardholders guests diners vendors traders publishers creators holders owners people`)

// letVerbs open a service to users; allow and enable take "to" before the
// users' verb.
var letVerbs = toSet(`let lets letting allow allows allowing enable enables enabling`)

// takenVerbs: what a firm does with another firm's service that it can
// stop doing.
var takenVerbs = toSet(`accept accepting offer offering carry carrying support supporting process processing
 honour honouring honor honoring sell selling stock stocking supply supplying distribute distributing list
 listing host hosting serve serving`)

// stopCues right before a taken verb end it ("stopped accepting").
var stopCues = toSet(`stop stops stopped stopping cease ceases ceased ceasing halt halts halted halting end ends ended`)

// cutVerbs with a link word after them cut another firm off.
var cutVerbs = toSet(`cut cuts cutting sever severs severed severing disconnect disconnects disconnected
 suspend suspends suspended suspending terminate terminates terminated block blocks blocked blocking
 throttle throttles throttled throttling`)

// linkWords: what runs between two firms' services ("blocking links to
// X", "cut the interconnection with X", "suspended transfers to X").
var linkWords = toSet(`interconnection link links connection connections access interconnect supply supplies feed
 transfers payments calls traffic messages`)

// accessPreps open the phrase that names the other firm.
var accessPreps = []string{"with", "to", "into", "through", "via", "from", "using", "on", "at", "as", "like", "by", "for", "of"}

// orderedCues before a stop make it what someone orders or wants, not the
// firm's own act ("ordered Jumia to stop offering ...").
var orderedCues = toSet(`ordered order orders told tell directed direct required require requires forced force
 asked ask instructed instruct compelled compel urged urge must barred prohibited demanded demand wants want
 calls called should if unless whether`)

// clauseBreaks end the phrase a target is looked for in.
var clauseBreaks = toSet(`, ; : . ( ) while but after because which who when before`)

// accessActs returns the access acts of a sentence that no claim in found
// already ties between the same firms, each with its trigger position.
func accessActs(toks []token, ms []mention, found []Claim) []fallbackClaim {
	if len(ms) < 2 {
		return nil // a tie between firms names both; most sentences name fewer, and this pass is hot
	}
	var out []fallbackClaim
	add := func(c *Claim, k int) {
		if c == nil {
			return
		}
		var ts []Entity
		for _, t := range c.Targets {
			if !actionTies(found, c.Actor, t) && !actionTiesOut(out, c.Actor, t) {
				ts = append(ts, t)
			}
		}
		if len(ts) == 0 {
			return
		}
		c.Targets = ts
		out = append(out, fallbackClaim{c: *c, k: k})
	}
	for k, t := range toks {
		if t.lex&lxAccessCue == 0 {
			continue
		}
		switch {
		case letVerbs[t.low]:
			add(letUsers(toks, ms, k, found), k)
		case takenVerbs[t.low]:
			add(stoppedTaking(toks, ms, k), k)
		case cutVerbs[t.low]:
			add(cutLink(toks, ms, k), k)
		case shutOutVerbs[t.low]:
			add(shutOut(toks, ms, k), k)
		case t.low == "lifted" || t.low == "lifts" || t.low == "lift" || t.low == "lifting":
			add(liftedOwnBlock(toks, ms, k), k)
		}
	}
	return out
}

// actionTies: some action in cs already has actor a and target t.
func actionTies(cs []Claim, a, t Entity) bool {
	for _, c := range cs {
		if c.Kind == KindAction && sameEntity(c.Actor, a) && sameEntityAny(t, c.Targets) {
			return true
		}
	}
	return false
}

func actionTiesOut(fs []fallbackClaim, a, t Entity) bool {
	for _, f := range fs {
		if sameEntity(f.c.Actor, a) && sameEntityAny(t, f.c.Targets) {
			return true
		}
	}
	return false
}

// accessActor: the firm that is the subject of the verb at k (a firm's
// pronoun stands for it). An authority or nothing gives nil.
func accessActor(toks []token, ms []mention, k int) *Entity {
	subj := subjectBefore(toks, ms, k, func(m mention) bool { return m.firmOrName() || m.class == mAuth || m.class == mPlace }, 3)
	if len(subj) == 0 {
		return nil
	}
	m := ms[subj[len(subj)-1]]
	if m.class == mPron {
		if m.plural || m.firmRef == nil {
			return nil
		}
		e := *m.firmRef
		return &e
	}
	if !m.firmOrName() {
		return nil
	}
	e := asFirm(m)
	return &e
}

// accessTargets: the firms named in the clause from..to that open a phrase
// with one of accessPreps or own what is named ("Optus's service"), with
// the firms listed with them; none that is the actor or its own product
// ("its own wallet, KitaPay").
func accessTargets(toks []token, ms []mention, from, to int, actor Entity) []Entity {
	var out []Entity
	chain := -1 // where the names run from the last target found ends
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if m.i < from || m.i >= to {
			continue
		}
		if !accessParty(toks, m) {
			if chain >= 0 && m.i-chain <= 2 {
				chain = m.j // "Touch 'n Go eWallet": a name the tokens broke up
			}
			continue
		}
		// "with Touch 'n Go eWallet and Boost": a name after "and" that
		// continues the run of the last target
		listed := chain >= 0 && m.i >= 1 && m.i-1 == chain && (toks[m.i-1].low == "and" || toks[m.i-1].low == "or")
		if !(m.poss || m.i == from || listed || precededBy(toks, m.i, from-1, accessPreps...)) {
			if chain >= 0 && m.i-chain <= 2 {
				chain = m.j
			}
			continue
		}
		if ownBefore(toks, m.i) {
			// "into its Teams and Excel products": the whole list is the actor's
			l := listFrom(toks, ms, i)
			i = max(i, l[len(l)-1])
			continue
		}
		for _, j := range listFrom(toks, ms, i) {
			if j < i || ms[j].i >= to || !accessParty(toks, ms[j]) || ownBefore(toks, ms[j].i) {
				continue
			}
			e := asFirm(mention{ent: ms[j].ent, class: mName})
			if ms[j].class == mFirm {
				e = ms[j].ent
			}
			if !sameEntity(e, actor) && !sameEntityAny(e, out) {
				out = append(out, e)
			}
			chain = ms[j].j
			if j > i {
				i = j
			}
		}
	}
	return out
}

// accessParty: a firm, an unknown name, or a one-word name the typing rules
// set aside as a modifier ("Paymob's local card network").
func accessParty(toks []token, m mention) bool {
	if m.firmOrName() && !m.ref {
		return true
	}
	// ("QR payments": a name modifying a plain noun is no party)
	return m.class == mOther && m.src == "name" && nameLen(&m) == 1 && !nonFirmWords[toks[m.i].low] && (m.poss || !modifiesNext(toks, m.j))
}

// ownBefore: "its own" or "their own" before q, or "its" right before it
// ("on its Prague-Brno trains"): the actor's own thing.
func ownBefore(toks []token, q int) bool {
	if q > 0 && (toks[q-1].low == "its" || toks[q-1].low == "their") {
		return true
	}
	for p := q - 1; p >= 0 && p >= q-3; p-- {
		if toks[p].low == "own" {
			return true
		}
		if toks[p].kind == tokPunct {
			return false
		}
	}
	return false
}

// accessClauseEnd: the first clause break after k, at most n tokens on.
func accessClauseEnd(toks []token, k, n int) int {
	e := k + 1
	for ; e < len(toks) && e <= k+n; e++ {
		if clauseBreaks[toks[e].low] && toks[e].text != "'s" {
			break
		}
	}
	return e
}

// orderedBefore: the verb at k is what someone orders, asks or wants, or a
// condition ("ordered X to stop offering ...", "if X stops ...").
func orderedBefore(toks []token, k int) bool {
	for p := k - 1; p >= 0 && p >= k-25; p-- {
		// (a long list of the firms ordered may stand between)
		if orderedCues[toks[p].low] {
			return true
		}
	}
	return false
}

// letUsers: "X will let shoppers pay with Y", "X will allow customers to
// send money to Y", "X lets riders book through Y".
func letUsers(toks []token, ms []mention, k int, found []Claim) *Claim {
	u := -1
	for q := k + 1; q < len(toks) && q <= k+5; q++ {
		if accessUsers[toks[q].low] {
			u = q
			break
		}
		if toks[q].kind == tokPunct || verbCue[toks[q].low] {
			return nil
		}
	}
	if u < 0 || u+2 >= len(toks) {
		return nil
	}
	v := u + 1
	for v < len(toks) && v <= u+4 && toks[v].kind == tokWord && toks[v].low != "to" && !toks[v].upper && !accessUsers[toks[v-1].low] {
		v++ // "merchants in Brazil to accept"
	}
	if toks[k].low[0] != 'l' {
		// allow, enable: "allow customers to send"
		for v < len(toks) && v <= u+6 && toks[v].low != "to" {
			v++
		}
		if v >= len(toks) || toks[v].low != "to" {
			return nil
		}
		v++
	}
	if orderedBefore(toks, k) || negatedAt(toks, k) {
		return nil
	}
	actor := accessActor(toks, ms, k)
	if actor == nil && k >= 3 && (toks[k-1].low == "also" || verbCue[toks[k-1].low]) {
		// "X will accept PayPay ..., and will also let members ...": the
		// firm that acted earlier in the sentence
		for p := k - 1; p >= 0 && p >= k-4; p-- {
			if toks[p].low == "and" {
				if len(found) > 0 && found[len(found)-1].Kind == KindAction {
					a := found[len(found)-1].Actor
					actor = &a
				}
				break
			}
		}
	}
	if actor == nil {
		return nil
	}
	ts := accessTargets(toks, ms, v, accessClauseEnd(toks, v, 16), *actor)
	if len(ts) == 0 {
		return nil
	}
	return &Claim{Kind: KindAction, Actor: *actor, Targets: ts, Action: "allow", Confidence: 0.55, Rule: "action/let-users"}
}

// stoppedTaking: "X stopped accepting vouchers issued by Y", "X will no
// longer accept tickets sold through Y", "X would not carry Y's service".
func stoppedTaking(toks []token, ms []mention, k int) *Claim {
	if k < 2 {
		return nil
	}
	cue := -1
	switch p := toks[k-1].low; {
	case stopCues[p] && (len(toks[k].low) > 3 && toks[k].low[len(toks[k].low)-3:] == "ing"):
		cue = k - 1
	case p == "longer" && toks[k-2].low == "no":
		cue = k - 2
	case (p == "not" || p == "never") && (toks[k-2].low == "would" || toks[k-2].low == "will"):
		cue = k - 2
	case p == "won't" || p == "wouldn't":
		cue = k - 1
	}
	if cue < 0 || orderedBefore(toks, cue) || negatedAt(toks, cue) && toks[k-1].low != "not" && toks[k-1].low != "never" {
		return nil
	}
	actor := accessActor(toks, ms, cue)
	if actor == nil {
		return nil
	}
	ts := accessTargets(toks, ms, k+1, accessClauseEnd(toks, k, 12), *actor)
	if len(ts) == 0 {
		return nil
	}
	return &Claim{Kind: KindAction, Actor: *actor, Targets: ts, Action: "restrict", Confidence: 0.55, Rule: "action/stopped-taking"}
}

// cutLink: "X cut the interconnection link with Y", "X severed its
// connection to Y", "X suspended API access for Y".
func cutLink(toks []token, ms []mention, k int) *Claim {
	l := -1
	for q := k + 1; q < len(toks) && q <= k+4; q++ {
		if linkWords[toks[q].low] {
			l = q
			break
		}
	}
	if l < 0 || orderedBefore(toks, k) || negatedAt(toks, k) {
		return nil
	}
	actor := accessActor(toks, ms, k)
	if actor == nil {
		return nil
	}
	e := accessClauseEnd(toks, l, 8)
	var ts []Entity
	for _, t := range accessTargets(toks, ms, l+1, e, *actor) {
		ts = append(ts, t)
	}
	if len(ts) == 0 {
		return nil
	}
	return &Claim{Kind: KindAction, Actor: *actor, Targets: ts, Action: "block", Confidence: 0.55, Rule: "action/cut-link"}
}

// liftedOwnBlock: "X has lifted its block on transfers to Y": a firm that
// ends its own block unblocks the other firm (an authority's lift is an
// approval, told elsewhere).
func liftedOwnBlock(toks []token, ms []mention, k int) *Claim {
	if k+3 >= len(toks) || toks[k+1].low != "its" && toks[k+1].low != "their" {
		return nil
	}
	switch toks[k+2].low {
	case "block", "blockade", "ban", "restrictions", "suspension", "freeze":
	default:
		return nil
	}
	if orderedBefore(toks, k) || negatedAt(toks, k) {
		return nil
	}
	actor := accessActor(toks, ms, k)
	if actor == nil {
		return nil
	}
	ts := accessTargets(toks, ms, k+3, accessClauseEnd(toks, k+2, 10), *actor)
	if len(ts) == 0 {
		return nil
	}
	return &Claim{Kind: KindAction, Actor: *actor, Targets: ts, Action: "unblock", Confidence: 0.55, Rule: "action/lifted-own-block"}
}
