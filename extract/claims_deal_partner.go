package extract

// Partnering deals: two firms named together as the subject of a deal, a
// firm's deal "with" another, and the partner a deal's terms name.

// verbs by which two firms named together make a deal between them.
var jointDealVerbs = toSet(`formed form forming set setting signed sign signing struck strike striking created create
 creating launched launch launching announced announce agreed agree entered enter build built building will`)

// buildJointDeal: "A and B formed a joint venture", "A and B signed a
// partnership", "A and B will build a plant together": the two firms named
// as one subject act on each other (scored either way round).
func (x *ClaimExtractor) buildJointDeal(toks []token, ms []mention, k int) ([]Claim, string) {
	if c := underDeal(toks, ms, k); c != nil {
		return []Claim{*c}, ""
	}
	verb := -1
	if toks[k].low == "jointly" {
		verb = k // "A and B will jointly develop ..."
	}
	for i := k - 1; i >= 0 && i >= k-12 && verb < 0; i-- {
		if jointDealVerbs[toks[i].low] {
			verb = i
			break
		}
		if toks[i].kind == tokPunct && toks[i].text != "-" && currencySymbols[toks[i].text] == "" && toks[i].text != "%" {
			break
		}
	}
	if verb < 0 {
		// "MTN Group and Vodacom said they would share towers under a
		// network-sharing agreement": the firms the sentence opens with
		if len(ms) > 0 && ms[0].i <= 1 && ms[0].firmOrName() {
			if l := listFrom(toks, ms, 0); len(l) >= 2 && ms[l[len(l)-1]].j < k && l[len(l)-1] < len(ms) && !agencyPair(toks, ms, l) {
				var firms []Entity
				for _, i := range l {
					if e := asFirm(ms[i]); ms[i].firmOrName() && !sameEntityAny(e, firms) {
						firms = append(firms, e)
					}
				}
				if len(firms) >= 2 {
					return []Claim{{Kind: KindAction, Actor: firms[0], Targets: firms[1:], Action: "partner", Confidence: 0.55, Rule: "action/partner-subjects"}}, ""
				}
			}
		}
		return nil, "deal noun without a partner named"
	}
	subj := subjectBefore(toks, ms, verb, func(m mention) bool { return m.firmOrName() }, 3)
	firms := subjectFirms(ms, subj, false)
	if len(firms) == 1 {
		// "X signed an agreement under which Y will use its towers": the
		// partner is named in the clause that spells the deal out
		if p := partnerInTerms(toks, ms, k); p >= 0 && !sameEntityAny(asFirm(ms[p]), firms) {
			return []Claim{{Kind: KindAction, Actor: firms[0], Targets: []Entity{asFirm(ms[p])}, Action: "partner", Confidence: 0.55, Rule: "action/partner-terms"}}, ""
		}
	}
	if len(firms) < 2 {
		return nil, "deal noun without two firms as its subject"
	}
	return []Claim{{Kind: KindAction, Actor: firms[0], Targets: firms[1:], Action: "partner", Confidence: 0.6, Rule: "action/partner-joint"}}, ""
}

// buildDealWith: "Samsung signed an agreement with Nvidia", "X's
// partnership with Y": a firm partners with another firm.
func (x *ClaimExtractor) buildDealWith(toks []token, ms []mention, k int) ([]Claim, string) {
	if k+3 < len(toks) && toks[k].low == "memorandum" && toks[k+1].low == "of" && toks[k+2].low == "understanding" {
		k += 2 // "signed a memorandum of understanding with X": the noun ends two words on
	}
	noun := k
	if w := dealTimeThenWith(toks, k); w > 0 && firmInPhraseAfter(toks, ms, w-1, 6, "with") >= 0 {
		k = w - 1 // "signed a partnership last year with X": read "with" as if right after the noun
	}
	if k+2 >= len(toks) || toks[k+1].low != "with" && !contractParty(toks, ms, k) {
		return x.buildJointDeal(toks, ms, k)
	}
	var target *mention
	for i := range ms {
		if ms[i].i == k+2 || (ms[i].i == k+3 && toks[k+2].low == "the") {
			target = &ms[i]
			break
		}
	}
	if target == nil || target.class == mPlace || target.class == mOther && !isAcronym(toks[target.i].text) {
		// "a tie-up with Indonesian airline Nusantara Jet", "with Houston
		// grocery chain Bayou Market": past a description
		if i := firmInPhraseAfter(toks, ms, k, 6, "with"); i >= 0 {
			target = &ms[i]
		}
	}
	if target == nil || !(target.firmOrName() || target.class == mOther && target.src == "name" && isAcronym(toks[target.i].text)) {
		return nil, "deal with no known firm"
	}
	var actor *Entity
	if o, _ := dealWithParties(toks, ms, k); o >= 0 {
		// "Savanna Tel's proposed tie-up with Kilima Mobile": the possessor is the other side
		e := asFirm(ms[o])
		actor = &e
	}
	// a name the catalogue lacks may partner when it has two words or more ("Kinabalu Air")
	subj := subjectBefore(toks, ms, k, func(m mention) bool {
		return m.class == mFirm || m.class == mName && (nameLen(&m) >= 2 || hasInnerCap(toks[m.i].text))
	}, 8)
	if len(subj) == 0 && dealAsMeans(toks, k) {
		// "X sells its monitor in Japan and Korea through a distribution
		// partnership with Y": the deal is the means of the clause's subject
		subj = subjectBefore(toks, ms, k, func(m mention) bool {
			return m.class == mFirm || m.class == mName && (nameLen(&m) >= 2 || hasInnerCap(toks[m.i].text))
		}, 20)
	}
	if len(subj) == 0 || noun != k {
		if v := dealSignVerbBefore(toks, noun); v >= 0 {
			// "X has signed a five-year exclusive agreement with Y": the verb's subject
			// (a one-word name may sign: the verb, not the noun, makes it the subject)
			subj = subjectBefore(toks, ms, v, func(m mention) bool { return m.firmOrName() }, 4)
		}
	}
	if len(subj) > 0 && actor == nil {
		m := ms[subj[len(subj)-1]]
		if m.firmOrName() {
			e := m.ent
			actor = &e
		} else if m.class == mPron && m.firmRef != nil {
			actor = m.firmRef
		}
	}
	if actor == nil || sameEntity(target.ent, *actor) {
		return nil, "deal with no firm on the other side"
	}
	return []Claim{{Kind: KindAction, Actor: *actor, Targets: []Entity{asFirm(mention{ent: target.ent, class: mName})}, Action: "partner", Confidence: 0.6, Rule: "action/deal-with"}}, ""
}

// jointSubjects: "A and B are in talks to merge", "A and B have teamed up":
// a partnering verb with no object joins the firms of its subject
// (scored either way round).
func jointSubjects(actors []Entity, tg trigger, neg bool, conf float64, rule string) []Claim {
	switch tg.lemma {
	case "partner", "merge", "combine", "pool", "integrate", "interconnect":
		// ("A and B agreed to share/pool their networks", "OLX and Vinted
		// will integrate their listings": a tie between them)
	default:
		return nil
	}
	var firms []Entity
	for _, a := range actors {
		if a.Type == TypeFirm && !sameEntityAny(a, firms) {
			firms = append(firms, a)
		}
	}
	if len(firms) < 2 {
		return nil
	}
	return []Claim{{Kind: KindAction, Actor: firms[0], Targets: firms[1:], Action: tg.lemma, Negated: neg, Confidence: conf - 0.15, Rule: "action/" + tg.lemma + "-joint" + rule}}
}

// underDeal: "Dangote Cement has agreed to supply clinker to Ashanti
// Cement under a five-year partnership", "X leases fibre to Y under a
// ten-year contract": the subject and the other firm its clause names are
// partners.
func underDeal(toks []token, ms []mention, k int) *Claim {
	u := -1
	for q := k - 1; q >= 0 && q >= k-5; q-- {
		if toks[q].low == "under" {
			u = q
			break
		}
		if toks[q].kind == tokPunct && toks[q].text != "-" {
			return nil
		}
	}
	if u < 0 {
		return nil
	}
	var subj *mention
	for i := range ms {
		m := ms[i]
		if m.j > u {
			break
		}
		if subj == nil && m.class == mPlace {
			continue
		}
		if subj == nil {
			if (m.class != mFirm && m.class != mName) || m.poss {
				return nil // the sentence's subject is no firm ("The CEB buys ... from A and B under contracts")
			}
			for q := 0; q < m.i; q++ {
				if objectStops[toks[q].low] || verbCue[toks[q].low] {
					return nil // a firm after a verb or preposition is no subject
				}
			}
			subj = &ms[i]
			continue
		}
		if subj != nil && m.firmOrName() && !sameEntity(asFirm(m), asFirm(*subj)) && !(m.poss && i+1 < len(ms) && ms[i+1].i == m.j) {
			// every firm of the list the clause names ("from A and B under contracts")
			var ts []Entity
			for _, j := range listFrom(toks, ms, i) {
				if e := asFirm(ms[j]); ms[j].firmOrName() && !ms[j].poss && !sameEntity(e, asFirm(*subj)) {
					ts = append(ts, e)
				}
			}
			if len(ts) == 0 {
				ts = []Entity{asFirm(m)}
			}
			return &Claim{Kind: KindAction, Actor: asFirm(*subj), Targets: ts, Action: "partner", Confidence: 0.55, Rule: "action/partner-under-deal"}
		}
	}
	return nil
}

// partnerInTerms: the first firm in an "under which / whereby" clause right
// after the deal noun at k, or -1.
func partnerInTerms(toks []token, ms []mention, k int) int {
	q := k + 1
	if q+1 < len(toks) && toks[q].low == "under" && toks[q+1].low == "which" {
		q += 2
	} else if q < len(toks) && toks[q].low == "whereby" {
		q++
	} else {
		return -1
	}
	for i := range ms {
		if ms[i].i >= q && ms[i].i <= q+3 && ms[i].firmOrName() && !ms[i].poss {
			return i
		}
	}
	return -1
}

// dealAsMeans: the deal noun at k follows "through", "via" or "under" and
// at most an article and two modifiers ("through a distribution
// partnership", "under a long-term supply agreement").
func dealAsMeans(toks []token, k int) bool {
	for q := k - 1; q >= 0 && q >= k-4; q-- {
		switch toks[q].low {
		case "through", "via", "under":
			return true
		}
		if toks[q].kind == tokPunct || toks[q].upper {
			return false
		}
	}
	return false
}
