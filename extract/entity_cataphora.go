package extract

// A fronted clause may name its firm only by a pronoun that the main
// clause's subject resolves ("After the regulator fined it, Kestrel Bank
// replaced its chief", "When the watchdog ordered it to stop, the app
// complied"). Read left to right, that "it" found no firm yet, so the
// act it takes had no party.

// frontedSubordinators open such a clause within the sentence's first
// words ("After ...", "Days after ...", "Shortly before ...").
var frontedSubordinators = toSet(`after before when since although though because once while until as`)

// resolveCataphora gives the pronouns of a fronted clause that found no
// firm the firm opening the main clause after its comma.
func resolveCataphora(toks []token, out []mention) {
	sub := -1
	for q := 0; q < len(toks) && q < 4; q++ {
		if frontedSubordinators[toks[q].low] && (q == 0 || toks[q].low != "as") {
			sub = q
			break
		}
		if toks[q].kind == tokPunct {
			return
		}
	}
	if sub < 0 {
		return
	}
	comma := -1
	for q := sub + 1; q < len(toks); q++ {
		if toks[q].text == "," {
			comma = q
			break
		}
		if toks[q].text == ";" || toks[q].text == ":" {
			return
		}
	}
	if comma < 0 {
		return
	}
	var subj *Entity
	for _, m := range out {
		if m.i <= comma {
			continue
		}
		if (m.i == comma+1 || m.i == comma+2 && toks[comma+1].low == "the") && (m.class == mFirm || m.class == mName) && !m.poss {
			e := m.ent
			subj = &e
		}
		break
	}
	if subj == nil {
		return
	}
	for n := range out {
		m := &out[n]
		if m.i >= comma {
			break
		}
		if m.class == mPron && !m.plural && m.firmRef == nil && (toks[m.i].low == "it" || toks[m.i].low == "its") {
			m.firmRef = subj
		}
	}
}
