package extract

// firstFrames are the checks and lemma-specific frames build tries before
// the general voice-and-arguments path: vetoes that end the trigger (a
// request by someone else, a condition), modals and nouns with their own
// builders, and verbs whose special readings ("rejected a request by X",
// "settle SEC charges") win over the plain one. done reports that build
// must return cs and why as they are.
func (x *ClaimExtractor) firstFrames(s sentence, ms []mention, k int, tg trigger, ctx *docContext, sofar []Claim) (cs []Claim, why string, done bool) {
	toks := s.toks
	if requestedOnly(toks, k) {
		return nil, "only requested by someone else (urged/asked ... to)", true
	}
	if inConditional(toks, k) {
		return nil, "inside an if/unless clause: a condition, not a claim", true
	}
	if why := notTheActorsAct(toks, ms, k, tg); why != "" {
		return nil, why, true
	}
	if tg.lemma == "object" || tg.lemma == "objection" || tg.lemma == "oppose" {
		if cs, ok := noObjection(toks, ms, k); ok {
			return cs, "", true
		}
		if tg.lemma == "objection" || k > 0 && (toks[k-1].low == "an" || toks[k-1].low == "the") {
			return nil, "", true
		}
	}
	switch tg.form {
	case formModal:
		cs, why := x.buildModal(toks, ms, k, tg, ctx)
		return cs, why, true
	case formNoun:
		cs, why := x.buildNoun(toks, ms, k, tg, ctx, sofar)
		return cs, why, true
	}
	if tg.firmKind == KindAction && tg.authKind == "" && tg.form != formNoun && marketMove(toks, k) {
		return nil, "a percentage moved: a price, not an act on a firm", true
	}
	if tg.lemma == "refuse" || tg.lemma == "stop" {
		// "refused to carry gas for X", "stopped leasing fibre to X"
		if cs := withheldService(toks, ms, k); cs != nil {
			return cs, "", true
		}
		if tg.lemma == "stop" {
			return nil, "", true
		}
	}
	if tg.lemma == "reject" || tg.lemma == "turndown" || tg.lemma == "veto" {
		// "vetoed/rejected/turned down X's takeover of Y": a blocked deal
		if cs := authorityKilledDeal(toks, ms, k); cs != nil {
			return cs, "", true
		}
		if tg.lemma == "veto" {
			return nil, "vetoed no deal", true
		}
	}
	if tg.lemma == "reject" || tg.lemma == "refuse" || tg.lemma == "turndown" {
		if cs := authorityRejected(toks, ms, k); cs != nil {
			return cs, "", true
		}
		if tg.lemma == "turndown" {
			return nil, "", true
		}
	}
	if tg.lemma == "seek" || tg.lemma == "ask" {
		if cs := soughtInformation(toks, ms, k); cs != nil {
			return cs, "", true
		}
	}
	if tg.lemma == "order" || tg.lemma == "ban" {
		if cs := appealedOrder(toks, ms, k); cs != nil {
			return cs, "", true
		}
	}
	if tg.lemma == "consent" || tg.lemma == "agree" {
		if cs := consentedToOrder(toks, ms, k); cs != nil {
			return cs, "", true
		}
		if tg.lemma == "consent" {
			return nil, "", true
		}
	}
	if tg.lemma == "license" {
		if cs := licensedRightsTo(toks, ms, k); cs != nil {
			return cs, "", true
		}
	}
	if tg.lemma == "charge" {
		if cs := settledCharges(toks, ms, k); cs != nil {
			return cs, "", true
		}
	}
	return nil, "", false
}
