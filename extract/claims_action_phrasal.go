package extract

// Firm-to-firm acts that reporters tell with a phrasal verb or a verb
// whose object decides the reading: "swooped on X" and "picked up a stake
// in X" (a purchase), "raised its stake in X" (a purchase of more),
// "tied up with X" (a partnership), "will supply X with" (a supply deal),
// "switched off X's access" and "denied X access to" (a cut-off). The bare
// verbs ("swooped low", "picked up the phone", "raised prices", "tied the
// knot", "denied the claims") are no acts, so each counts only in its
// frame. Lookups stay within a few tokens of the verb.

// actionPhrasal reframes tg when its lemma is one of these verbs: handled
// says whether it was; ok false drops the trigger.
func actionPhrasal(toks []token, k int, tg trigger) (_ trigger, ok, handled bool) {
	next := ""
	if k+1 < len(toks) {
		next = toks[k+1].low
	}
	act := func(lemma string) trigger { return trigger{lemma: lemma, firmKind: KindAction, form: tg.form} }
	switch tg.lemma {
	case "swoop":
		// "swooped on X", "swooped for X": a takeover in headline-ese
		return act("acquire"), (next == "on" || next == "for") && nameSoon(toks, k+2, 2), true
	case "pick":
		// "picked up a (minority) stake in X"
		return act("acquire"), next == "up" && stakeIn(toks, k+2), true
	case "increase":
		// "increased its stake in X to 51%": buying more of the firm
		return act("acquire"), stakeIn(toks, k+1), true
	case "tie":
		// "tied up with X": a partnership ("tied to", "ties with" are not)
		return act("partner"), next == "up" && k+2 < len(toks) && toks[k+2].low == "with", true
	case "supply":
		// "will supply X with cement", "supplies X": a supply deal told by
		// its verb; the firm must follow at once ("supplied by", "supply
		// of water" are no act of a firm on a firm)
		// (the present, "does not currently supply X", tells a standing
		// relation, not an act: the base form counts after "will"/"to")
		future := k > 0 && (toks[k-1].low == "will" || toks[k-1].low == "to" || toks[k-1].low == "would")
		return act("supply"), (tg.form == formPast || tg.form == formIng || future) && nameSoon(toks, k+1, 1), true
	case "switch":
		// "switched off X's access": a cut-off
		return act("block"), next == "off" && nameSoon(toks, k+2, 2), true
	case "receive":
		// "won a court case against X": the winner had sued X (an
		// authority's won case is its suit too); "won a contract" stays
		if toks[k].low == "won" && wordWithin(toks, k+1, 3, "case", "lawsuit", "suit") && wordWithin(toks, k+2, 4, "against") {
			return trigger{lemma: "sue", authKind: KindProbe, firmKind: KindAction, form: tg.form}, true, true
		}
	case "deny":
		// "denied X access to its pipeline": a cut-off; "denied the
		// claims" stays a firm's answer
		if nameSoon(toks, k+1, 1) && wordWithin(toks, k+2, 4, "access") {
			return act("block"), true, true
		}
	}
	return tg, true, false
}

// stakeIn: "a (minority/controlling) stake in" within a few tokens of i.
func stakeIn(toks []token, i int) bool {
	s := wordIndexWithin(toks, i, 4, "stake", "stakes", "holding", "shareholding", "interest")
	return s >= 0 && s+1 < len(toks) && toks[s+1].low == "in"
}

// phrasalParticle: the verb form and the particle after it are one of the
// phrasal acts above whose object follows the particle.
func phrasalParticle(verb, particle string) bool {
	switch verb {
	case "swooped", "swoops", "swooping":
		return particle == "on" || particle == "for"
	case "switched", "switches", "switching":
		return particle == "off"
	}
	return false
}

// contractParty: "awarded a contract to X", "won a contract from X": a
// contract's other side may follow "to" or "from" as a deal's follows
// "with", but only when a name comes at once ("a contract to build a
// plant" names no party).
func contractParty(toks []token, ms []mention, k int) bool {
	if (toks[k].low != "contract" && toks[k].low != "contracts") || k+2 >= len(toks) || (toks[k+1].low != "to" && toks[k+1].low != "from") {
		return false
	}
	for i := range ms {
		if ms[i].i == k+2 || ms[i].i == k+3 && toks[k+2].low == "the" {
			return ms[i].firmOrName()
		}
	}
	return false
}
