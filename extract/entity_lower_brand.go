package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lower-case brands ("lifecell", "du", "stc") are names the capitalization
// rules never see. A word is taken for one only where the sentence's shape
// leaves no other reading of it: right after a firm noun that is itself
// modified ("Telecoms operator du has", "fined telco faiba 20 million"), or
// as the object of an act only authorities do with its amount or
// infinitive next ("fined lifecell 97 million", "ordered pagora to").
// Such a word is then marked as capitalized so the name rules type it.

// lowerBrandStops are function words and adverbs that stand in those
// slots without naming anything.
var lowerBrandStops = toSet(`itself themselves yesterday today tomorrow already again instead too alone
 will can may might must shall has have had is was are were be been do does did got get
 everyone anyone someone nobody everybody staff police people management them him her us me
 lost paid won made sold bought cut set put took gave grew fell rose hit led spent held kept left sent
 told became began brought built found went wrote ran met saw sought shut split stood struck thought
 just even only ever never once soon back out off up down over per via plus`)

// commonNounEnds end adverbs, verb forms, plurals and the nouns for
// people and things an act may fall on ("shareholder", "management").
var commonNounEnds = []string{"ly", "ed", "ing", "s", "er", "or", "ion", "ment", "ity", "ness", "ship", "ance", "ence", "ist", "ism", "age", "ure", "ant", "ent", "ee"}

// determiners before a firm noun make it a reference back ("the operator
// then said"), never the description of a name after it.
var lowerBrandDets = toSet(`the a an its their this that these those his her our your whose which each every any no`)

// markLowerBrands marks the lower-case brands of toks as capitalized.
func markLowerBrands(toks []token) {
	for i := 1; i+1 < len(toks); i++ {
		t := &toks[i]
		if t.upper || t.kind != tokWord {
			continue
		}
		p := toks[i-1]
		n := toks[i+1]
		if mixedCaseBrand(t.text) && !(n.kind == tokWord && !n.upper && !capStop[n.low] && !lowerBrandStops[n.low]) && (authObjectVerbs[p.low] || grantedVerbs[p.low] || !p.upper && p.lex&(lxFirmHead|lxFirmyOnly) != 0 || listedWithName(toks, i)) {
			// "granted valU a licence", "fined eMAG 2 million": a brand's own
			// casing ("approved eSIM support": a modifier of the noun after it)
			t.upper = true
			continue
		}
		if p.kind == tokWord && !p.upper && len(p.low) > 3 && p.low[len(p.low)-1] == 's' && (n.low == "and" || n.text == ",") && pluralFirmHead(p.low) {
			// "told low-cost carriers flynas and flyadeal to ...": a class noun
			// then a list of lower-case words is the list of its members
			markLowerBrandList(toks, i)
			if t.upper {
				continue
			}
		}
		if p.low == "and" && toks[i-2].upper && (n.text == "," || brandObjectNext(n)) {
			// "the country's three mobile operators, Kyivstar, Vodafone Ukraine
			// and lifecell, to": the last member of a list set off after a class
			if looseBrandShape(*t) && !listCloserWords[t.low] && classListStart(toks, i-2) > 0 {
				t.upper = true
				continue
			}
		}
		// every case below needs a firm noun or an authority's verb before
		// the word; testing that first spares the shape test on most words
		if !(!p.upper && p.lex&(lxFirmHead|lxFirmyOnly) != 0 || p.lex&lxAuthObjVerb != 0) || !lowerBrandShape(t) {
			continue
		}
		switch {
		case !p.upper && p.lex&(lxFirmHead|lxFirmyOnly) != 0 && i >= 2 && authObjectVerbs[toks[i-2].low]:
			// "fined telco faiba 20 million", "ordered payments firm pagly to"
			if brandObjectNext(n) {
				t.upper = true
			}
		case !p.upper && p.lex&(lxFirmHead|lxFirmyOnly) != 0 && i >= 2 && (toks[i-2].kind == tokWord && !lowerBrandDets[toks[i-2].low] || isOpener(toks[i-2].text)):
			// "Telecoms operator du has partnered", "Lending app kredo has been"
			if brandSubjectNext(n) || i >= 3 && authObjectVerbs[toks[i-3].low] && brandObjectNext(n) {
				t.upper = true
			}
		case authObjectVerbs[p.low]:
			// "fined lifecell 97 million hryvnias", "ordered pagly to stop"
			if brandObjectNext(n) {
				t.upper = true
			}
		}
	}
}

// grantedVerbs give a firm what only an authority gives.
var grantedVerbs = toSet(`granted grants grant licensed licenses cleared authorised authorized approved`)

// mixedCaseBrand: a lower-case initial then a capital ("valU", "eMAG",
// "bKash"), the casing of a brand; a device or file word ("iOS", "eSIM")
// is told apart by the slot it stands in, never by its shape.
func mixedCaseBrand(w string) bool {
	if len(w) < 3 || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			return !appleProducts[strings.ToLower(w)]
		}
	}
	return false
}

// lowerBrandShape: a lower-case word of letters and digits, not a word the
// lexicons know, nor one shaped like an adverb, verb form or plural.
func lowerBrandShape(t *token) bool {
	w := t.low
	if len(w) < 2 || len(w) > 14 || t.lex&^lxPassCues != 0 || capStop[w] || lowerBrandStops[w] {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(t.text); !unicode.IsLower(r) {
		return false
	}
	for _, suf := range commonNounEnds {
		if strings.HasSuffix(w, suf) {
			return false // "orders shareholder to exit": a common noun, no brand
		}
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// brandObjectNext: after an act's object, its amount or its infinitive.
func brandObjectNext(n token) bool {
	_, money := currencyWords[n.low]
	return n.kind == tokNum || n.low == "to" || n.low == "$" || money
}

// brandSubjectNext: after a subject, its auxiliary or reporting verb.
func brandSubjectNext(n token) bool {
	switch n.low {
	case "has", "had", "will", "would", "is", "was", "said", "says", "'s", "could", "can":
		return true
	}
	return false
}

// markSpokenForFirms keeps as a name a one-word name opening the sentence
// when the sentence is told by a firm description ("Vexa will appeal the
// fine, the mobile operator said"): the teller is the subject itself.
func markSpokenForFirms(toks []token, ms []mention) {
	f := openingName(ms)
	if f < 0 || ms[f].src != "name" || ms[f].class != mOther || nameLen(&ms[f]) != 1 || ms[f].poss {
		return
	}
	if ms[f].i != 0 && !isOpener(toks[ms[f].i-1].text) || nonFirmWords[toks[ms[f].i].low] {
		return
	}
	if j := ms[f].j; j < len(toks) && toks[j].lex&(lxFirmHead|lxFirmyOnly) != 0 {
		return // "Telecoms operator du ...": the word only describes the firm
	}
	for q := ms[f].j; q+2 < len(toks); q++ {
		if toks[q].text != "," || toks[q+1].low != "the" {
			continue
		}
		for h := q + 2; h < len(toks) && h <= q+5; h++ {
			if toks[h].upper || toks[h].kind != tokWord {
				break
			}
			if firmHeads[toks[h].low] && !pluralFirmHead(toks[h].low) && h+1 < len(toks) && firmSpeechVerbs[toks[h+1].low] {
				ms[f].class = mName
				return
			}
		}
	}
}

var firmSpeechVerbs = toSet(`said says added told announced confirmed`)

// personalSpeakers are who speaks for a person, never for a firm.
var personalSpeakers = toSet(`lawyer lawyers attorney attorneys counsel spokesman spokeswoman family wife husband son daughter`)

// markSpokenForPersons types a one-word name opening the sentence as a
// person when the sentence is told by "his lawyer" or "her spokeswoman"
// ("Maria will appeal the ruling, her lawyer said"): a firm is never
// "his" or "her".
func markSpokenForPersons(toks []token, ms []mention) {
	f := openingName(ms)
	if f < 0 || ms[f].src != "name" || ms[f].class != mName && ms[f].class != mOther || nameLen(&ms[f]) != 1 || ms[f].poss {
		return
	}
	if ms[f].i != 0 && !isOpener(toks[ms[f].i-1].text) {
		return
	}
	for q := ms[f].j; q+2 < len(toks); q++ {
		if toks[q].text == "," && (toks[q+1].low == "his" || toks[q+1].low == "her") && personalSpeakers[toks[q+2].low] {
			ms[f].class = mPerson
			ms[f].ent.Type = TypePerson
			return
		}
	}
}

// openingName is the index of the first mention past a dateline's place,
// or -1.
func openingName(ms []mention) int {
	for f := range ms {
		if ms[f].class != mPlace {
			return f
		}
	}
	return -1
}

// afterFirmNoun: the word before i is a lower-case firm noun ("operator
// du", "telco Hu"), which names a firm, never a person's surname.
func afterFirmNoun(toks []token, i int) bool {
	return i > 0 && !toks[i-1].upper && toks[i-1].lex&(lxFirmHead|lxFirmyOnly) != 0
}

// listedWithName: the word at i is joined by "and", "or" or a comma to a
// capitalized name ("Bolt and inDrive", "inDrive, Bolt and Uber").
func listedWithName(toks []token, i int) bool {
	joins := func(t token) bool { return t.low == "and" || t.low == "or" || t.text == "," }
	return i >= 2 && joins(toks[i-1]) && toks[i-2].upper && toks[i-2].kind == tokWord ||
		i+2 < len(toks) && joins(toks[i+1]) && toks[i+2].upper && toks[i+2].kind == tokWord
}

// markLowerBrandList marks the lower-case members of the list that starts
// at i after a plural class noun ("carriers flynas and flyadeal to",
// "lenders zenka, tala and okash a combined"), when the list is closed by
// what follows an act's object or a subject. Members may end like plurals
// ("flynas"): the class noun before them, not their shape, says what they are.
func markLowerBrandList(toks []token, i int) {
	var lower []int
	q := i
	for n := 0; n < 6 && q < len(toks); n++ {
		t := toks[q]
		if t.kind != tokWord {
			return
		}
		if !t.upper {
			if !looseBrandShape(t) {
				return
			}
			lower = append(lower, q)
		}
		q++
		if q < len(toks) && toks[q].text == "," {
			q++
		}
		if q < len(toks) && (toks[q].low == "and" || toks[q].low == "or") {
			q++
			if q >= len(toks) || toks[q].kind != tokWord {
				return
			}
			if !toks[q].upper {
				if !looseBrandShape(toks[q]) {
					return
				}
				lower = append(lower, q)
			}
			q++
			break
		}
		if q >= len(toks) || toks[q-1].text != "," {
			return // a list goes on only by a comma or ends with "and"
		}
	}
	if q >= len(toks) || len(lower) == 0 || q-i < 3 {
		return
	}
	if n := toks[q]; !brandObjectNext(n) && !brandSubjectNext(n) && n.low != "were" && n.low != "are" && n.low != "have" && n.low != "from" && n.low != "a" && n.kind != tokPunct {
		return
	}
	for _, l := range lower {
		toks[l].upper = true
	}
}

// looseBrandShape: lowerBrandShape without the suffix test, yet no word the
// lexicons know, no size or kind word ("large and small", "local and
// foreign"), no -ing or -ly form.
func looseBrandShape(t token) bool {
	w := t.low
	if len(w) < 2 || len(w) > 14 || t.lex&^lxPassCues != 0 || capStop[w] || lowerBrandStops[w] || sectorQuantifiers[w] || sectorHeads[w] || firmHeads[w] ||
		strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ed") || commonSizeWords[w] {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(t.text); !unicode.IsLower(r) {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

var commonSizeWords = toSet(`small medium big large new old mid-sized midsize public private rural urban national regional local foreign domestic`)

// listCloserWords close a list of firms without naming one ("Andes Air and
// others").
var listCloserWords = toSet(`others other rivals peers competitors subsidiaries affiliates partners units more several`)

// classListStart is where a list of capitalized names ending at last starts
// when the list is set off by a comma after a plural class noun ("three
// mobile operators, Kyivstar, Vodafone Ukraine and"), or -1.
func classListStart(toks []token, last int) int {
	for q := last; q >= 2 && q >= last-10; q-- {
		t := toks[q]
		if t.text == "," {
			if p := toks[q-1]; p.kind == tokWord && !p.upper && pluralFirmHead(p.low) {
				return q + 1
			}
			continue
		}
		if !t.upper || t.kind != tokWord {
			return -1
		}
	}
	return -1
}
