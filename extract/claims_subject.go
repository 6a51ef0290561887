package extract

import "strings"

// Subjects: which mentions before a verb are its subject, past
// coordination, appositives, acronyms and modifying tails.

// subjectBefore returns the list of mentions forming the subject that ends
// before token k: the nearest fitting mention to the left and its list.
func subjectBefore(toks []token, ms []mention, k int, want func(m mention) bool, maxGap int) []int {
	end := k
	if r := relativeOpen(toks, k); r > 0 {
		end = r // "Digicel, which was bought by Telstra in 2022, welcomed": the antecedent
	} else if c := auxComma(toks, k); c > 0 {
		end = appositiveOpen(toks, c) // "Kasi Kart, a township grocery app, has launched": the described name
	}
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if m.j > end {
			continue
		}
		if end-m.j > maxGap {
			return nil
		}
		if !want(m) && !(m.class == mPron) {
			continue
		}
		if m.poss && i+1 < len(ms) && ms[i+1].i == m.j {
			continue // a possessor: its possession is the subject
		}
		// a mention after "by" is an agent, not a subject
		if m.i > 0 && (toks[m.i-1].low == "by" || toks[m.i-1].low == "with" || toks[m.i-1].low == "for" || toks[m.i-1].low == "to" || toks[m.i-1].low == "against" || toks[m.i-1].low == "on" || toks[m.i-1].low == "in") {
			continue // "The agreement with Verizon allows ...": Verizon is not the subject
		}
		if m.i > 1 && (toks[m.i-1].low == "the" || toks[m.i-1].low == "a") && prepositions[toks[m.i-2].low] {
			continue // "perform on the AMAs or block ...": inside a prepositional phrase
		}
		return listLeft(toks, ms, i)
	}
	return nil
}

var prepositions = toSet(`by with for to against on in at from into onto about over under of`)

func isAuth(m mention) bool { return m.class == mAuth || m.class == mPlace }

// coordinatedVerb: the verb at k follows "and" with at most auxiliaries
// between ("and would not appeal", "and has agreed").
func coordinatedVerb(toks []token, k int) bool {
	for i := k - 1; i >= 0 && i >= k-4; i-- {
		switch toks[i].low {
		case "and":
			return true
		case "would", "will", "not", "has", "had", "have", "also", "then", "could", "may", "might", "did", "n't", "to", "plans", "said", "it":
			continue
		}
		return false
	}
	return false
}

// appositiveBefore: an appositive closes right before the verb at k ("A and
// B, two of Vietnam's largest e-wallets, have joined forces").
func appositiveBefore(toks []token, k int) bool {
	for i := k - 1; i >= 0 && i >= k-3; i-- {
		switch toks[i].low {
		case ",":
			return true
		case "have", "has", "had", "will", "would", "also", "both", "now", "are", "is", "were", "was":
			continue
		}
		return false
	}
	return false
}

// acronymActsAt: only auxiliaries, adverbs and time words stand between an
// acronym ending at j and the verb at k ("Chile's CMF fined", "GVH has
// opened", "CMF on Monday fined"), so the acronym is the verb's subject
// and not a modifier ("verify SIM card owners and ordered ...").
func acronymActsAt(toks []token, j, k int) bool {
	for q := j; q < k; q++ {
		w := toks[q].low
		if verbCue[w] || strings.HasSuffix(w, "ly") || w == "," || w == "on" || w == "last" || w == "this" || toks[q].kind == tokNum || toks[q].upper || intentWords[w] {
			continue
		}
		return false
	}
	return true
}

// subjectPastTail: the subject of a verb at e when a modifying phrase
// stands between ("all social media platforms with more than eight million
// users in the country must", "All payment firms operating in Ghana must"):
// a class or firm followed by a participle or preposition and no clause break.
func subjectPastTail(toks []token, ms []mention, e int) []int {
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if m.j > e {
			continue
		}
		if e-m.j > 12 {
			return nil
		}
		if m.class != mSector && m.class != mFirm && m.class != mName {
			continue
		}
		if m.j >= e || !tailOpeners[toks[m.j].low] {
			return nil
		}
		for q := m.j; q < e; q++ {
			if toks[q].kind == tokPunct || attributionVerbs[toks[q].low] || toks[q].low == "and" || toks[q].low == "but" {
				return nil
			}
		}
		return listLeft(toks, ms, i)
	}
	return nil
}

var tailOpeners = toSet(`with in operating based registered licensed offering selling serving active doing that which listed of across`)

// countedClassBefore: tokens from..to-1 are a counted class and a comma
// ("two smaller rivals ,", "three other lenders ,", "to two others ,"; a
// repeated "to" keeps the list under the same verb).
func countedClassBefore(toks []token, from, to int) bool {
	if from < to && toks[from].low == "to" {
		from++
	}
	if to-from < 3 || to-from > 5 || toks[to-1].text != "," {
		return false
	}
	if h := toks[to-2].low; !pluralFirmHead(h) && !(to-from == 3 && (h == "others" || h == "more")) {
		return false
	}
	return countWords[toks[from].low] || numberWords[toks[from].low] || toks[from].kind == tokNum
}

// ownerApposition: m is a possessor set after a comma and followed by a
// lower-case description of what it owns, closed by a comma or the verb
// ("Flipkart, Walmart's Indian e-commerce unit,", "Jio, Reliance's
// digital arm,"): the owner names who X belongs to, not a party.
func ownerApposition(toks []token, m mention) bool {
	if !m.poss || m.i == 0 || toks[m.i-1].text != "," {
		return false
	}
	for k := m.j; k < len(toks) && k < m.j+6; k++ {
		w := toks[k].low
		if ownedHeads[w] {
			return k+1 >= len(toks) || toks[k+1].kind == tokPunct || beForms[toks[k+1].low]
		}
		if toks[k].kind != tokWord && toks[k].text != "-" {
			return false
		}
	}
	return false
}

var ownedHeads = toSet(`unit units arm arms subsidiary subsidiaries division affiliate affiliates parent owner business operation operations branch`)

// formerPersonOf: a possessor followed by one person's title ("X's
// founder", "X's chief executive") or by "former" and a person's title
// ("Adani Enterprises' former finance chief", "two of Barclays' former
// traders"): someone who no longer acts for the firm, so the act binds a
// person, never the firm.
func formerPersonOf(toks []token, m mention) bool {
	if !m.poss || m.j >= len(toks) {
		return false
	}
	if soloTitles[toks[m.j].low] || toks[m.j].low == "chief" && m.j+1 < len(toks) && (toks[m.j+1].low == "executive" || toks[m.j+1].low == "financial") {
		return true // "barred Paytm's founder", "fined Americanas' chief executive": one person
	}
	if toks[m.j].low != "former" {
		return false
	}
	for k := m.j + 1; k < len(toks) && k < m.j+4; k++ {
		if personNouns[toks[k].low] || formerTitles[toks[k].low] {
			return true
		}
		if toks[k].kind != tokWord {
			return false
		}
	}
	return false
}

// titles of one person at the head of a firm ("X's founder"); a group of
// staff ("two of its directors") still stands for the firm.
var soloTitles = toSet(`founder co-founder cofounder chairman chairwoman ceo cfo coo president`)

var formerTitles = toSet(`chief ceo cfo coo chairman chairwoman chair president founder co-founder trader traders banker bankers
 partner partners employee adviser advisor treasurer controller auditor`)

var tradingWords = toSet(`trading dealings dealing activity short-selling selling buying`)

// words of intent between an acronym and its verb ("CMF plans to require").
var intentWords = toSet(`plans plan planned wants intends aims proposes proposed is set to expected poised preparing`)

// haltNouns: an order of a halt or end "to" something a firm does.
var haltNouns = toSet(`halt end stop suspension freeze moratorium`)

// auxComma: the comma that closes what stands before the verb at k, past
// its auxiliaries ("X, a small miller, has filed"); -1 when there is none.
func auxComma(toks []token, k int) int {
	i := k - 1
	for i > 0 && (toks[i].low == "has" || toks[i].low == "have" || toks[i].low == "had" || toks[i].low == "will" || toks[i].low == "would" || toks[i].low == "also") {
		i--
	}
	if i < 3 || toks[i].text != "," || strings.HasSuffix(toks[k].low, "ing") {
		return -1 // (", the regulator said on Tuesday, dismissing": a participle after the speaker)
	}
	for q := i - 1; q > 0 && q >= i-14 && toks[q].text != ","; q-- {
		if attributionVerbs[toks[q].low] {
			return -1 // "X, the ministry said, ...": attribution, not a description
		}
	}
	return i
}

// subjectFirms: the distinct firms a subject list names, a plural reference
// standing for the firms it groups ("The two operators signed ..."), and,
// with singularRef, a singular reference to a firm ("X said it had ...").
func subjectFirms(ms []mention, subj []int, singularRef bool) []Entity {
	var firms []Entity
	for _, i := range subj {
		if m := ms[i]; m.firmOrName() {
			if e := asFirm(m); !sameEntityAny(e, firms) {
				firms = append(firms, e)
			}
		} else if m.class == mPron && m.plural && len(m.group) >= 2 {
			for _, e := range m.group {
				if !sameEntityAny(e, firms) {
					firms = append(firms, e)
				}
			}
		} else if singularRef && m.class == mPron && !m.plural && m.firmRef != nil && !sameEntityAny(*m.firmRef, firms) {
			firms = append(firms, *m.firmRef)
		}
	}
	return firms
}
