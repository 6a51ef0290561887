package extract

// Pronouns resolved within one sentence: the speaker, a relative's antecedent, a deal's owner.

// resolveInSentence: "it" after an unknown firm named earlier in the same
// sentence may stand for that firm ("fined Yurtici Kargo ... and ordered it
// to ..."); the article's memory only learns the name after the sentence.
func resolveInSentence(toks []token, ms []mention) {
	var last, speaker *mention
	skipped := false
	for n := range ms {
		m := &ms[n]
		switch {
		case m.class == mPron && !m.plural && speakerClausePronoun(toks, m.i) && openingSpeaker(toks, ms, speaker, m.i) != nil:
			// "X said it would restore Y, although it still disagreed": the speaker
			e := openingSpeaker(toks, ms, speaker, m.i).ent
			e.Type = TypeFirm
			m.firmRef = &e
		case m.class == mPron && !m.plural && last != nil && m.i >= 1 && directiveVerbs[toks[m.i-1].low] && firstActObject(toks, ms, m.i) != nil:
			// "authorised X to take over Y, but ordered it to ...": the firm the
			// authority's first act fell on, not the last name before "it"
			e := firstActObject(toks, ms, m.i).ent
			e.Type = TypeFirm
			m.firmRef = &e
		case m.class == mFirm && m.ref && m.i >= 1 && toks[m.i].low == "the" && directiveVerbs[toks[m.i-1].low] && firstActObject(toks, ms, m.i) != nil && !sameEntity(m.ent, asFirm(*firstActObject(toks, ms, m.i))):
			// "ruled that MTN breached its deal with Globacom, and ordered the
			// country's largest operator to pay": the firm the first act fell on
			m.ent = asFirm(*firstActObject(toks, ms, m.i))
			last, skipped = m, false
		case m.class == mName || m.class == mFirm:
			if last != nil && !last.poss && byAgent(toks, m) {
				skipped = true // "X infringed patents owned by Y and ordered it to pay": it is X
				continue
			}
			last, skipped = m, false
		case m.class == mPron && !m.plural && speakerThroughMedium(toks, ms, m.i) != nil:
			// "BYD said in a post on Weibo that it ...": the speaker, not the platform
			e := speakerThroughMedium(toks, ms, m.i).ent
			e.Type = TypeFirm
			m.firmRef = &e
		case m.class == mPron && !m.plural && speakerBinds(toks, ms, m.i) != nil:
			// "Banco Azteca, part of Grupo Salinas, said it ...", "Galana said
			// supplies were held up at the terminal but that it would comply"
			speaker = speakerBinds(toks, ms, m.i)
			e := speaker.ent
			e.Type = TypeFirm
			m.firmRef = &e
		case m.class == mPron && !m.plural && skipped && last.class == mFirm:
			e := last.ent
			m.firmRef = &e
		case m.class == mPron && !m.plural && relativeSpeaker(toks, ms, m.i) != nil:
			// "Moravia Direct, which was bought by Kärntner Strom, said it ...":
			// the speaker is the relative's antecedent
			speaker = relativeSpeaker(toks, ms, m.i)
			e := speaker.ent
			e.Type = TypeFirm
			m.firmRef = &e
		case m.class == mPron && !m.plural && last != nil && last.class == mFirm && !last.poss && m.i >= 2 && speaksOfItself(toks, last.j, m.i):
			// "Taishin said it welcomed ...": the speaker speaks of itself
			e := last.ent
			m.firmRef = &e
			speaker = last
		case m.class == mPron && !m.plural && last != nil && partnerOfPossessed(toks, ms, last) != nil:
			// "cleared the carrier's tie-up with Three after it pledged": the
			// deal's owner, not its partner after "with"
			e := partnerOfPossessed(toks, ms, last).ent
			e.Type = TypeFirm
			m.firmRef = &e
		case m.class == mPron && !m.plural && last != nil && last.class == mName && !(m.i > 0 && toks[m.i-1].low == "which"):
			// (not "Meetup, which it acquired": the relative's subject is someone else)
			e := last.ent
			e.Type = TypeFirm
			m.firmRef = &e
		}
	}
}

// speaksOfItself: the words between a firm and a pronoun are a speech verb
// and at most a time and "that" ("X said it", "X confirmed on Tuesday
// that it"): the speaker speaks of itself.
func speaksOfItself(toks []token, from, to int) bool {
	if to <= from || to-from > 6 || !attributionVerbs[toks[from].low] && !(toks[from].low == "confirmed" || toks[from].low == "announced") {
		return false
	}
	for q := from + 1; q < to; q++ {
		switch toks[q].low {
		case "that", "on", "in", "late", "early", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "last", "week":
		default:
			return false
		}
	}
	return true
}

// relativeSpeaker: for a pronoun at p right after a speech verb that
// follows a relative clause (", which ... , said it"), the firm before
// ", which"; nil otherwise.
func relativeSpeaker(toks []token, ms []mention, p int) *mention {
	v := p - 1
	if v < 3 || !attributionVerbs[toks[v].low] || toks[v-1].text != "," {
		return nil
	}
	for q := v - 2; q >= 1 && q >= v-25; q-- {
		if toks[q].text == "," {
			if q+1 < len(toks) && (toks[q+1].low == "which" || toks[q+1].low == "who") {
				for i := range ms {
					if ms[i].j == q && ms[i].firmOrName() && !ms[i].poss {
						return &ms[i]
					}
				}
			}
			return nil
		}
	}
	return nil
}

// partnerDealNouns: deals a firm has "with" another.
var partnerDealNouns = toSet(`tie-up tieup merger deal partnership agreement venture alliance combination contract pact`)

// partnerOfPossessed: when p is named after "with" following another
// firm's possessed deal noun ("the carrier's tie-up with Three"), that
// firm; else nil.
func partnerOfPossessed(toks []token, ms []mention, p *mention) *mention {
	w := p.i - 1
	if w < 2 || toks[w].low != "with" {
		return nil
	}
	d := w - 1
	if !partnerDealNouns[toks[d].low] && !(d >= 1 && toks[d].low == "up" && toks[d-1].low == "tie") {
		return nil
	}
	for n := range ms {
		o := &ms[n]
		if o.poss && o.firmOrName() && o.j <= d && d-o.j <= 3 {
			return o
		}
	}
	return nil
}
