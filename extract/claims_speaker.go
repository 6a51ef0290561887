package extract

import "strings"

// Who speaks: the sentence-level readings that tie "it", "they" and "the
// company" to the speaker of "said", keep dateline cities and one-word
// speakers in their place, and tell relative clauses from subjects.

// speakingName: a single unknown word opening the sentence that speaks of
// itself as "it" ("Pirelli confirmed that its Milan offices had been
// visited and said it was cooperating") is a firm: persons say "his" or
// "her", places and outlets are typed before this.
func speakingName(toks []token, ms []mention, persons map[string]bool) {
	if len(ms) == 0 {
		return
	}
	// past a dateline ("RABAT - Glovo said it would comply"): its place
	// opens the sentence, the speaker opens what follows the dash
	f := 0
	for f+1 < len(ms) && ms[f].i == 0 && (ms[f].class == mPlace || ms[f].class == mOther && allCapsName(toks, ms[f])) && ms[f+1].i > 0 && isOpener(toks[ms[f+1].i-1].text) {
		f++
	}
	m := &ms[f]
	if m.i != 0 && (f == 0 || !isOpener(toks[m.i-1].text)) || m.class != mOther || m.src != "name" || m.poss || nameLen(m) != 1 || m.j >= len(toks) {
		return
	}
	v := m.j
	if toks[v].text == "," && v+1 < len(toks) && (toks[v+1].low == "which" || toks[v+1].low == "who") {
		// "Allegro, which was fined by UOKiK on Monday, said it ..."
		v++
		for v < len(toks) && toks[v].text != "," {
			v++
		}
		v++
	}
	if v >= len(toks) || !speechVerbs[toks[v].low] {
		return
	}
	w := toks[m.i].low
	if nonFirmWords[w] || persons[w] || mediaWords[w] || chineseSurnames[w] || isAcronym(toks[m.i].text) && len(w) <= 3 {
		return
	}
	itself := false
	for _, t := range toks[m.j:] {
		switch t.low {
		case "it", "its", "itself":
			itself = true
		case "he", "his", "him", "she", "her", "they", "their", "we", "i":
			return
		}
	}
	if itself {
		m.class = mName
		m.ent.Type = TypeFirm
	}
}

// speakerPronouns: "it" opening what a speaker says ("Tōtara said it fully
// accepted ...", "The regulator said on Monday that it had fined ...") is
// the speaker: a firm speaking is no authority, and the reverse.
func speakerPronouns(toks []token, ms []mention) {
	for n := range ms {
		p := &ms[n]
		described := p.class == mFirm && p.ref && toks[p.i].low == "the" // "said the company ..."
		they := p.class == mPron && p.plural && toks[p.i].low == "they"  // "X's lawyers said they ..."
		if !described && !they && (p.class != mPron || p.plural || toks[p.i].low != "it") || p.i < 2 {
			continue
		}
		v := p.i - 1
		if toks[v].low == "that" {
			v--
		}
		for v > 0 && v >= p.i-5 && !speechVerbs[toks[v].low] && !announceVerbs[toks[v].low] && toks[v].kind == tokWord && (!toks[v].upper || dayNames[toks[v].low]) {
			v-- // "said on Monday it", "said in a statement that it"
		}
		if v <= 0 || !speechVerbs[toks[v].low] && !announceVerbs[toks[v].low] {
			continue
		}
		// the speaker: the last mention ending before the verb, in its clause
		for q := n - 1; q >= 0; q-- {
			m := ms[q]
			if q > 0 && !they && m.class == mPerson && (roleHeads[toks[m.i].low] || toks[m.i].low == "chief") && ms[q-1].i <= 1 && ms[q-1].j == m.i && ms[q-1].firmOrName() && !ms[q-1].poss {
				// "Toyota Chairman Akio Toyoda apologised and said the company
				// would cooperate": the officer the firm's name opens speaks for it
				e := asFirm(ms[q-1])
				if described {
					p.ent = e
				} else {
					p.firmRef, p.authRef = &e, nil
				}
				break
			}
			if q > 0 && departmentOf(toks, ms, q) && !described && !they && spokesBetween(toks, m.i, v) {
				// "X's Global Government Affairs team said it": the firm whose team speaks
				e := asFirm(ms[q-1])
				p.firmRef, p.authRef = &e, nil
				break
			}
			appositive := false
			if a := appositiveHost(toks, ms, q, v); a >= 0 {
				// "Gojek, now part of GoTo Group, said it": the firm the
				// apposition describes speaks, not the one inside it
				m, appositive = ms[a], true
			}
			if m.j > v {
				continue
			}
			if !appositive && (m.j < v-4 && !(m.j < v && spokesBetween(toks, m.j, v)) || inRelative(toks, m.i)) {
				break // (an agent inside "X, which was fined by Y on Monday, said it")
			}
			switch {
			case they:
				// "Eko Petroleum's lawyers said they would seek ...": the firm
				// its lawyers or spokespeople speak for
				if m.firmOrName() && m.poss && spokesBetween(toks, m.j, v) {
					p.group = []Entity{asFirm(m)}
				} else if g := speakingList(toks, ms, q, v); len(g) > 1 {
					// "Asiacell and Zain Iraq said they would comply": the
					// firms listed as the speakers
					p.group = g
				}
			case described:
				// "Padma Mobile's chief corporate affairs officer said the
				// company ...": the firm whose officer speaks
				if m.firmOrName() && m.poss && spokesBetween(toks, m.j, v) {
					p.ent = asFirm(m)
				}
			case m.firmOrName() && !m.poss || m.firmOrName() && m.poss && spokesBetween(toks, m.j, v):
				e := asFirm(m)
				p.firmRef, p.authRef = &e, nil
			case m.class == mAuth && !m.poss || m.class == mAuth && m.poss && spokesBetween(toks, m.j, v):
				e := m.ent
				p.authRef, p.firmRef = &e, nil
			case m.class == mPron && m.firmRef != nil && m.authRef == nil:
				p.firmRef, p.authRef = m.firmRef, nil
			case m.class == mPron && m.plural && len(m.group) > 1 && toks[m.i].low == "each" && !described:
				// "Each said it would appeal": every firm of the group
				p.plural, p.group, p.firmRef, p.authRef = true, m.group, nil, nil
			}
			break
		}
	}
}

// spokesBetween: only a spokesperson, time or statement words stand
// between a speaker's name and its verb ("X's spokeswoman said", "X on Monday said").
func spokesBetween(toks []token, a, b int) bool {
	title := false // "chief corporate affairs officer": a role's words before its head
	for i := a; i < b; i++ {
		w := toks[i].low
		switch {
		case spokesNouns[w] || roleHeads[w]:
			title = false
		case w == "chief" || w == "senior" || w == "deputy" || w == "head" || toks[i].upper && toks[i].kind == tokWord && deptAhead(toks, i, b):
			// (also a department's name before its head: "Global Government Affairs team")
			title = true
		case deptNouns[w]:
			title = false
		case title && toks[i].kind == tokWord && !toks[i].upper:
		case w == "on" || w == "in" || w == "a" || w == "late" || dayNames[w] || w == ",":
		default:
			return false
		}
	}
	return !title
}

// roleHeads end a firm officer's title.
var roleHeads = toSet(`executive officer director president chairman chairwoman chair ceo cfo official manager counsel
 founder head spokesperson spokesman spokeswoman`)

var dayNames = toSet(`monday tuesday wednesday thursday friday saturday sunday`)

// inRelative: the word at i sits in a relative or passive-agent phrase
// ("which was fined by the DPC", "who") within its clause.
func inRelative(toks []token, i int) bool {
	for q := i - 1; q >= 0; q-- {
		switch toks[q].low {
		case "which", "who", "whose", "by":
			return true
		case ",", ";", ":":
			return false
		}
	}
	return false
}

// allCapsName: every word of m is written in capitals ("SYDNEY").
func allCapsName(toks []token, m mention) bool {
	for q := m.i; q < m.j; q++ {
		if t := toks[q].text; toks[q].kind == tokWord && strings.ToUpper(t) != t {
			return false
		}
	}
	return true
}

// datelinePlace: an all-capitals name opening a dateline ("LAGOS, March 4
// (Reuters) -", "NAIROBI -", "NEW DELHI:") is the city filed from, never a
// firm that a later "it" or "the company" could mean.
func datelinePlace(toks []token, ms []mention) {
	if len(ms) == 0 || ms[0].i != 0 || ms[0].class == mAuth || ms[0].class == mPlace {
		return
	}
	m := &ms[0]
	for q := m.i; q < m.j; q++ {
		if t := toks[q].text; toks[q].kind == tokWord && strings.ToUpper(t) != t {
			return
		}
	}
	for q := m.j; q < len(toks) && q <= m.j+10; q++ {
		switch toks[q].text {
		case "-", "–", "—", ":":
			m.class = mOther
			return
		case "(":
			// "ZURICH (Financial daily) -": the outlet's bracket is part of the dateline
			if c := closingBracket(toks, q, 6); c > 0 {
				q = c
				continue
			}
		}
		if toks[q].kind == tokWord && !toks[q].upper && toks[q].low != "'s" {
			return // a lower-case word: a sentence, not a dateline
		}
	}
}

// appositiveHost: mention q sits in a comma-set apposition that ends right
// before the verb at v (", now part of GoTo Group, said"); the index of the
// firm the apposition follows, or -1.
func appositiveHost(toks []token, ms []mention, q, v int) int {
	m := ms[q]
	if v < 1 || toks[v-1].text != "," || m.j > v-1 || m.poss {
		// (not "One97, Paytm's parent, said it": the unit acted on answers)
		return -1
	}
	c := -1
	for i := m.i - 1; i >= 0 && i >= m.i-10; i-- { // ("X, part of billionaire Y's Z, said it")
		if toks[i].text == "," {
			c = i
			break
		}
	}
	if c < 1 {
		return -1
	}
	for h := q - 1; h >= 0; h-- {
		if ms[h].j == c && ms[h].firmOrName() && !ms[h].poss {
			return h
		}
	}
	return -1
}

// speakingList: the firms listed right before the speech verb v, ending
// with the mention at q ("Asiacell and Zain Iraq said", "A, B and C told
// reporters"), back to the first member that is no firm or unknown name.
func speakingList(toks []token, ms []mention, q, v int) []Entity {
	if !ms[q].firmOrName() || ms[q].poss || !spokesBetween(toks, ms[q].j, v) {
		return nil
	}
	g := []Entity{asFirm(ms[q])}
	for r := q - 1; r >= 0; r-- {
		m := ms[r]
		gap := toks[m.j:ms[r+1].i]
		joined := len(gap) == 1 && (gap[0].low == "and" || gap[0].text == ",") || len(gap) == 2 && gap[0].text == "," && gap[1].low == "and"
		// (an unknown word opening the sentence is left untyped; joined to a
		// firm before the verb it is one of the speakers)
		if !joined || m.poss || !m.firmOrName() && !(m.class == mOther && m.src == "name" && m.i == 0) {
			break
		}
		g = append([]Entity{asFirm(m)}, g...)
	}
	return g
}
