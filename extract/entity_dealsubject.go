package extract

import "strings"

// A name the typing rules left untyped ("Cemex", "Telkom") that buys,
// acquires, merges with or sues a firm is a firm: persons and places do
// not "agree to buy a controlling stake in" a cement maker. Only the
// subject of such a verb, with a firm in its object, is promoted.

// deal verbs whose subject is a firm when their object holds one.
var dealSubjectVerbs = toSet(`buy buys bought buying acquire acquires acquired acquiring purchase purchases purchased
 merge merges merged merging sue sues sued suing let`)

// a firm's own suit or block of another firm ("filed a lawsuit against").
var suitVerbs = toSet(`filed files lodged lodges brought brings launched`)
var blockVerbs = toSet(`blocked blocks`)

// deal-making verbs: a subject that signs or strikes a deal with a firm is one.
var dealMakingVerbs = toSet(`signed signs sign struck strikes strike reached reaches reach formed forms inked inks
 sealed seals clinched clinches`)

// words that may stand between such a subject and its verb ("has agreed
// to buy", "said it would acquire", "is in talks to buy").
var dealSubjectGap = toSet(`has have had will would to agreed agrees plans planned is was in talks said it also
 has agreed offered offers wants seeks sought could may might expects expected moved move set refused refuses
 confirmed confirms announced announces that on monday tuesday wednesday thursday friday saturday sunday
 yesterday today`)

// promoteDealSubjects retypes untyped names that open a sentence's clause
// as the subject of a deal verb on a firm.
func promoteDealSubjects(toks []token, ms []mention, persons map[string]bool) {
	for n := range ms {
		m := &ms[n]
		if m.class != mOther || m.src != "name" || m.poss || nameLen(m) > 3 {
			continue
		}
		if m.i > 0 && toks[m.i-1].kind == tokWord && !toks[m.i-1].upper && !firmHeads[toks[m.i-1].low] && toks[m.i-1].low != "and" {
			continue // only a clause's subject: "... said Cemex", "in Cebu" are no subjects
		}
		w := toks[m.i].low
		if nonFirmWords[w] || persons[w] || mediaWords[w] {
			continue
		}
		v := -1
		start := m.j
		if start < len(toks) && toks[start].text == "," {
			// "Crunchyroll, owned by Sony, is in talks to acquire ...": past the appositive
			e := start + 1
			for e < len(toks) && e < start+8 && toks[e].text != "," {
				e++
			}
			if e < len(toks) && toks[e].text == "," {
				start = e + 1
			}
		}
		for q := start; q < len(toks) && q < start+9; q++ {
			if dealSubjectVerbs[toks[q].low] || dealMakingVerbs[toks[q].low] && wordWithin(toks, q+1, 5, "deal", "agreement", "partnership", "pact", "alliance", "venture", "accord", "contract") ||
				suitVerbs[toks[q].low] && wordWithin(toks, q+1, 3, "lawsuit", "suit", "case", "complaint", "claim") && wordWithin(toks, q+2, 4, "against") ||
				blockVerbs[toks[q].low] && !isAcronym(toks[m.i].text) {
				// "Noon has filed a lawsuit against a rival marketplace, X", "Etisalat has blocked X's app"
				v = q
				break
			}
			if receiveVerbs[toks[q].low] && receivedFromAuthority(toks, ms[n+1:], q) {
				// "Telenor received consent from Norway's competition authority"
				m.class = mFirm
				m.ent.Type = TypeFirm
				break
			}
			if !dealSubjectGap[toks[q].low] && !(strings.HasSuffix(toks[q].low, "ly") && !toks[q].upper) {
				break
			}
		}
		if v < 0 {
			continue
		}
		for _, o := range ms[n+1:] {
			if o.i <= v {
				continue
			}
			if o.i > v+12 {
				break
			}
			if o.firmOrName() {
				m.class = mFirm // typed by its act, as a suffix would type it
				m.ent.Type = TypeFirm
				break
			}
		}
	}
}

// authObjectForms: an authority's act whose object is a firm ("licensed
// Mobily to offer", "has given Kyivstar permission to buy", "fined Bolt").
var authObjectForms = toSet(`licensed licenced authorized authorised allowed permitted approved cleared fined penalised
 penalized sanctioned ordered told directed instructed barred banned summoned given granted gave suspended warned
 required compelled forced`)

// promoteAuthorityObjects retypes untyped names that are the object of an
// authority's act, and the names listed with them: an authority licenses,
// fines or orders firms.
func promoteAuthorityObjects(toks []token, ms []mention, persons map[string]bool) {
	authBefore := false
	for n := range ms {
		m := &ms[n]
		if m.class == mAuth {
			authBefore = true
			continue
		}
		if !authBefore || m.class != mOther || m.src != "name" || m.poss || nameLen(m) > 3 || m.i == 0 {
			continue
		}
		w := toks[m.i].low
		if nonFirmWords[w] || persons[w] || mediaWords[w] || placeAdjective(w) {
			continue
		}
		p := m.i - 1
		listed := false
		if toks[p].low == "and" || toks[p].text == "," {
			// "licensed stc and Mobily": listed with a firm just promoted or typed
			listed = n > 0 && ms[n-1].j == p && ms[n-1].firmOrName()
		}
		if !listed && !(authObjectForms[toks[p].low] && p > 0 && !passiveBe[toks[p-1].low]) {
			continue
		}
		if m.j < len(toks) && !(toks[m.j].low == "to" || toks[m.j].low == "permission" || toks[m.j].low == "approval" || toks[m.j].low == "and" || toks[m.j].text == "," || toks[m.j].low == "from") {
			continue // "approved Visa rules", "fined Monday": only a name standing as the object
		}
		m.class = mFirm
		m.ent.Type = TypeFirm
	}
}

// promotePassiveSubjects: an untyped name opening the sentence as the
// subject of an authority's act in the passive ("Bolt will be barred from
// operating in the old town", "Zalora was fined 2 billion rupiah") is a
// firm, unless the sentence calls it he or she.
func promotePassiveSubjects(toks []token, ms []mention, persons map[string]bool) {
	if len(ms) == 0 {
		return
	}
	m := &ms[0]
	if m.i != 0 || m.class != mOther || m.src != "name" || m.poss || nameLen(m) > 3 {
		return
	}
	w := toks[m.i].low
	if nonFirmWords[w] || persons[w] || mediaWords[w] || placeAdjective(w) {
		return
	}
	q := m.j
	aux := false
	for q < len(toks) && q < m.j+4 && (passiveBe[toks[q].low] || toks[q].low == "will" || toks[q].low == "has" || toks[q].low == "have" || toks[q].low == "had" || toks[q].low == "also") {
		aux = aux || passiveBe[toks[q].low]
		q++
	}
	if !aux || q >= len(toks) || !authObjectForms[toks[q].low] {
		return
	}
	for _, t := range toks[q:] {
		switch t.low {
		case "he", "his", "him", "she", "her":
			return
		}
	}
	m.class = mFirm
	m.ent.Type = TypeFirm
}

// passiveBe: the auxiliaries of a passive ("was fined", "been cleared").
var passiveBe = toSet(`was were been be is are being get got`)

var receiveVerbs = toSet(`received receives receive won wins win secured secures obtained obtains got gets gained gains`)

// receivedFromAuthority: after the verb at q, an approval noun and, soon
// after it, an authority ("won the blessing of the ACCC").
func receivedFromAuthority(toks []token, after []mention, q int) bool {
	noun := -1
	for i := q + 1; i < len(toks) && i <= q+4; i++ {
		if kd, ok := receivedNouns[toks[i].low]; ok && kd == KindApproval {
			noun = i
			break
		}
	}
	if noun < 0 {
		return false
	}
	for _, a := range after {
		if a.i > noun && a.i <= noun+4 && a.class == mAuth {
			return true
		}
	}
	return false
}
