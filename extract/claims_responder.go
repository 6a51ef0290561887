package extract

import "strings"

// Who answers: a firm quoted as "we", the firm whose spokesperson speaks,
// and the speakers whose words are no firm's answer (a person's opinion, a
// sports club, an authority's own participle).

// weBefore: "we" is the subject just before the trigger.
func weBefore(toks []token, k int) bool {
	for i := k - 1; i >= 0 && i >= k-4; i-- {
		if toks[i].low == "we" {
			return true
		}
	}
	// '"we have received an inquiry ... and are cooperating"': the quote's
	// only subject is "we"
	for i := k - 1; i >= 0 && i >= k-25; i-- {
		switch toks[i].text {
		case "\"", "\u201c":
			return i+1 < len(toks) && toks[i+1].low == "we"
		case ".", ";":
			return false
		}
	}
	return false
}

// quotedSpeakerFirm finds the firm that says a quote: a firm (or "the
// company") after the closing quote, next to said/says/added.
func quotedSpeakerFirm(toks []token, ms []mention, k int) *Entity {
	q := -1
	for i := k + 1; i < len(toks); i++ {
		if toks[i].low == "\"" || toks[i].text == "\u201d" {
			q = i
			break
		}
	}
	if q < 0 {
		return nil
	}
	for _, m := range ms {
		if m.i > q && m.i <= q+12 && m.firmOrName() && (m.i <= q+7 && wordWithin(toks, m.j, 3, "said", "says", "added", "stated", "spokesperson", "spokesman", "spokeswoman", "representative") || m.i >= 2 && toks[m.i-1].low == "for" && spokesNouns[toks[m.i-2].low]) {
			// ('"We will appeal," Allegro said', '"...," a spokeswoman for Allegro said')
			e := m.ent
			return &e
		}
	}
	return nil
}

// speakerBeforeQuote: 'A company spokesperson said that "we ...': the firm
// (or "the company") whose spokesperson opens the sentence before the quote.
func speakerBeforeQuote(toks []token, ms []mention, k int) *Entity {
	open := -1
	for i := k - 1; i >= 0; i-- {
		if toks[i].text == "\"" || toks[i].text == "\u201c" {
			open = i
			break
		}
	}
	if open < 0 {
		return nil
	}
	for _, m := range ms {
		if m.j <= open && m.class == mFirm && wordWithin(toks, m.j, 2, "spokesperson", "spokesman", "spokeswoman", "representative", "said", "says", "statement") {
			e := m.ent
			return &e
		}
	}
	return nil
}

// subjectIsReference: the sentence opens with a described firm ("The
// carmaker", "The company") before the response verb at k.
func subjectIsReference(toks []token, ms []mention, k int) bool {
	return len(ms) > 0 && ms[0].ref && ms[0].class == mFirm && ms[0].i <= 1 && ms[0].j < k && toks[ms[0].i].low == "the"
}

// opinionVerbs answer an authority only when a firm itself speaks; persons
// (politicians, founders) use them of courts and regulators all the time.
var opinionVerbs = toSet(`criticise condemn slam decry denounce protest oppose object question dismiss`)

// personBefore: a person's pronoun stands before k ("his platform to criticise").
func personBefore(toks []token, k int) bool {
	for i := 0; i < k; i++ {
		switch toks[i].low {
		case "he", "his", "him", "she", "her":
			return true
		}
	}
	return false
}

// speakerParticiple: ", rejecting claims ..." right after "X told reporters"
// or "X said": the participle is the speaker's, and the speaker is no firm.
func speakerParticiple(toks []token, ms []mention, k int) bool {
	if k < 2 || toks[k-1].text != "," || !strings.HasSuffix(toks[k].low, "ing") {
		return false
	}
	a := clauseStart(toks, k-1)
	for v := a; v < k-1; v++ {
		if !attributionVerbs[toks[v].low] {
			continue
		}
		for _, m := range ms {
			if m.i >= a && m.j <= v && m.firmOrName() && !m.poss {
				return false
			}
		}
		return true
	}
	return false
}

// clubSubject: the answerer is "the club" or "the team" (sports, where
// leagues discipline players and clubs: no firm answers an authority).
func clubSubject(toks []token, k int) bool {
	for i := 1; i < k; i++ {
		if toks[i-1].low == "the" && (toks[i].low == "club" || toks[i].low == "team" || toks[i].low == "franchise") {
			return true
		}
	}
	return false
}

// docNouns after an authority make it a modifier of a document ("a court filing").
var docNouns = toSet(`filing filings document documents papers records record statement transcript`)

// authSpeakerBefore: an authority is the subject of a speech verb that
// introduces the clause of k ("The regulator said the company had agreed").
func authSpeakerBefore(toks []token, ms []mention, k int) *Entity {
	for v := k - 1; v > 0 && v >= k-24; v-- {
		// (24: "X said nine distributors, including A, B and C, had agreed")
		if !speechVerbs[toks[v].low] {
			continue
		}
		for _, m := range ms {
			if m.j > v || m.poss {
				continue
			}
			// the speaker right before the verb, or the sentence's subject
			// ("The FMA has censured X ... and said the company had agreed")
			subject := m.i == 0 || m.i <= 3 && toks[m.i-1].low == "'s" || m.i == 1 && toks[0].low == "the"
			if m.class == mAuth && (m.j == v || subject) {
				e := m.ent
				return &e
			}
		}
		return nil
	}
	return nil
}

// agreedRemedies: what a firm agrees to do for an authority ("agreed to repay").
var agreedRemedies = toSet(`pay repay refund compensate reimburse comply abide implement change stop cease end scrap drop
 remove withdraw halt suspend amend revise correct fix rectify overhaul strengthen improve appoint disclose publish
 restore return divest`)

// appositionFirms: the firms named in a comma-set apposition right after
// one of the actors ("One97 Communications, Paytm's parent, said").
func appositionFirms(toks []token, ms []mention, actors []Entity) []Entity {
	if f := unitOfParent(toks, ms, actors); f != nil {
		return []Entity{*f}
	}
	for _, m := range ms {
		if !m.firmOrName() || m.poss || m.j >= len(toks) || toks[m.j].text != "," || !sameEntityAny(asFirm(m), actors) {
			continue
		}
		var out []Entity
		for _, n := range ms {
			if n.i > m.j && n.i <= m.j+6 && n.firmOrName() {
				end := n.j
				if end < len(toks) && (toks[end].text == "," || toks[end].low == "parent" || toks[end].low == "owner" || toks[end].low == "unit") {
					out = append(out, asFirm(n))
				}
			}
		}
		return out
	}
	return nil
}
