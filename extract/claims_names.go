package extract

import "strings"

// Typing unknown capitalized names: persons, modifiers, common words, and
// the signs that a name is a firm.

// markPersons retypes unknown names: after a title ("actress Lindsay
// Lohan") a person; before a role and another name ("Pringles maker
// Kellanova") a modifier; a single word opening a sentence that the article
// never capitalizes elsewhere ("Smoking", "Celebrities") a common word.
func markPersons(toks []token, ms []mention, midCaps, firmy, persons map[string]bool) {
	for i := range ms {
		m := &ms[i]
		if m.class != mName {
			continue
		}
		if nameLen(m) == 1 && affiliationAdjective(toks[m.i].low) {
			m.class = mOther // "China-linked investors": who stands behind them (entity_affiliation.go)
			continue
		}
		if m.i > 0 && (toks[m.i-1].lex&lxPersonTitle != 0 && !businessEnd(toks, m) || toks[m.i-1].low == "executive" || toks[m.i-1].low == "officer") || persons[toks[m.i].low] && nameLen(m) == 1 || officeHolder(toks, *m) || honorificName(toks, *m) {
			m.class = mPerson
			m.ent.Type = TypePerson
			continue
		}
		if last := m.j - 1 - btoi(m.poss); nameLen(m) >= 2 && geoHeads[toks[last].low] {
			// "Black Sea grain trader X", "Gulf Coast refiners": a region
			m.class = mOther
			continue
		}
		if !m.poss && m.j+1 < len(toks) && (premisesNouns[toks[m.j].low] || workNouns[toks[m.j].low]) && toks[m.j+1].low == "of" {
			// "the Istanbul headquarters of tyre maker X", "the Porto plant
			// of": the name places the premises of the firm named after
			m.class = mOther
			continue
		}
		if m.j < len(toks) && (firmHeads[toks[m.j].low] || pluralFirmHead(toks[m.j].low) && !m.poss) && i+1 < len(ms) && ms[i+1].i <= m.j+2 {
			// "Pringles maker Kellanova", "Western Cape grocers Fynbos Fresh and ..."
			m.class = mOther
			continue
		}
		if modifierBeforeClass(toks, ms, i) || productNounAfter(toks, ms, i) || placeOfName(toks, *m) || placeAfterIn(toks, *m, firmy) {
			m.class = mOther // "fines Dnipro lender,", "Blantyre bureau Chuma Forex"
			continue
		}
		if !m.poss && nameLen(m) <= 3 && i+1 < len(ms) && describesNext(toks, m.j, ms[i+1].i) {
			// "Alexandria dairy producer Bahari Milk", "Almaty payments start-up
			// Tenge Flow": a place before the description of the firm named next
			m.class = mOther
			continue
		}
		if nameLen(m) == 1 && !m.poss && jointOpeningPair(toks, m.i) {
			// "Falabella and Ripley agreed to share their networks": two
			// names joining their assets are firms
			continue
		}
		if nameLen(m) == 1 && (m.i == 0 && answersAuthority(toks, ms, m.j) || (m.i == 0 || isOpener(toks[m.i-1].text)) && answersActNoun(toks, m.j)) && !m.poss && !nonFirmWords[toks[m.i].low] && !persons[toks[m.i].low] && !chineseSurnames[toks[m.i].low] {
			// "Zalora rejected an order from the trade ministry", "Bolt will
			// appeal a court decision": who answers an authority is a firm
			continue
		}
		if nameLen(m) == 1 && (m.i == 0 || isOpener(toks[m.i-1].text) || toks[m.i-1].text == ":") && !midCaps[toks[m.i].low] && !hasInnerCap(toks[m.i].text) && !firmy[toks[m.i].low] && !(m.j < len(toks) && toks[m.j].text == "," && listedWithFirm(toks, ms, i, firmy)) {
			// (a first word listed with firms is one: "Telkom, Vodacom and MTN were ordered")
			m.class = mOther
			continue
		}
		// a single unknown word is a firm only with some sign of being one:
		// an inner capital ("WeWork"), or the article calls it a firm somewhere
		// ("rival Gojek", "Burisma, a gas company")
		if nameLen(m) == 1 {
			w := toks[m.i]
			if nonFirmWords[w.low] || chineseSurnames[w.low] && !afterFirmNoun(toks, m.i) || isAcronym(w.text) && len(w.text) <= 3 && !firmy[w.low] && !listedWithFirm(toks, ms, i, firmy) {
				// ("Daimler, Volvo, Iveco and DAF": an acronym listed with firms is one)
				m.class = mOther
				continue
			}
			if !hasInnerCap(w.text) && !firmy[w.low] && !listedWithFirm(toks, ms, i, firmy) && !ownedByFirm(toks, ms, i, persons) {
				// ("Telefónica's Movistar": what a known firm owns is a firm)
				m.class = mOther
			}
		}
	}
	markSpokenForPersons(toks, ms)
	markSpokenForFirms(toks, ms)
	promoteDealSubjects(toks, ms, persons)
	promoteDealObjects(toks, ms, persons)
	promoteAuthorityObjects(toks, ms, persons)
	promotePassiveSubjects(toks, ms, persons)
	promoteActArguments(toks, ms, persons)
}

// businessEnd: the name m ends in a business word ("fund manager Kiwi
// Harbour Investments", "owner Tasman Holdings"); no person's name does.
func businessEnd(toks []token, m *mention) bool {
	n := nameLen(m)
	if n < 2 {
		return false
	}
	w := toks[m.i+n-1].low
	return businessHeads[w] || corpSuffixes[w] || w == "investments" || w == "partners" || w == "advisers" || w == "advisors"
}

// firmAnswerNouns are what a party brings against an act.
var firmAnswerNouns = toSet(`challenge appeal objection complaint petition lawsuit suit`)

// firmAnsweredActs are the acts of an authority a firm answers by name.
var firmAnsweredActs = toSet(`ruling decision order fine penalty verdict judgment judgement directive sanction sanctions ban suspension`)

// answersActNoun: the words at v are an answering verb and "the <act>"
// ("Inwi welcomed the ruling", "Zeta rejected the fine"): one word opening
// such a sentence is the party answering, not a common word.
func answersActNoun(toks []token, v int) bool {
	if v+2 >= len(toks) || toks[v+1].low != "the" || !firmAnsweredActs[toks[v+2].low] {
		return false
	}
	w := toks[v].low
	return answerVerbs[w] || w == "welcomed" || w == "welcomes" || w == "criticised" || w == "criticized" || w == "slammed" || w == "accepted"
}

// workNouns add to premisesNouns (claims_objects.go) more places a firm works from.
var workNouns = toSet(`factory factories warehouse branch campus mine refinery terminal`)

// jointOpeningPair reports whether the word at i is one of two one-word
// names opening the sentence ("A and B") whose verb joins their assets
// ("agreed to share/pool/combine their ...").
func jointOpeningPair(toks []token, i int) bool {
	if len(toks) < 6 || !(i == 0 || i == 2) || !toks[0].upper || toks[1].low != "and" || !toks[2].upper {
		return false
	}
	for n := 3; n < len(toks) && n <= 8; n++ {
		switch toks[n].low {
		case "share", "pool", "combine", "merge", "integrate", "link":
			return n+1 < len(toks) && toks[n+1].low == "their"
		}
	}
	return false
}

// geoHeads end the names of seas, rivers and regions, never of firms
// named alone ("Black Sea", "Mekong Delta", "Rift Valley").
var geoHeads = toSet(`sea seas ocean gulf river lake mountains valley coast peninsula basin strait delta desert islands bay highlands`)

// answerVerbs open a firm's answer to an authority.
var answerVerbs = toSet(`rejected rejects appealed appeals challenged challenges contested contests disputed disputes denied denies refused refuses complied complies sued appeal challenge contest dispute deny reject refuse comply`)

// answersAuthority reports whether the words at v are a resisting or
// complying verb ("rejected", "will appeal", "has contested"), the
// sentence names an authority after it and calls the answerer "it".
func answersAuthority(toks []token, ms []mention, v int) bool {
	if w := toks[v-1].low; strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return false // "Protesters", "Unions", "Farmers": people, not a firm
	}
	// a firm is "it": a person ("he", "his") or people ("their") are not
	itself := false
	for n := v; n < len(toks); n++ {
		switch toks[n].low {
		case "its", "itself":
			itself = true
		case "it":
			// "ordering it to", "fined it": the answerer as an act's object
			// ("saying it was wrong" may mean the ruling)
			if p := toks[n-1].low; (strings.HasSuffix(p, "ing") || strings.HasSuffix(p, "ed")) && !attributionVerbs[p] && p != "saying" {
				itself = true
			}
		case "he", "his", "him", "she", "her", "they", "their":
			return false
		}
	}
	if !itself {
		return false
	}
	for n := v; n < len(toks) && n <= v+2; n++ {
		w := toks[n].low
		if answerVerbs[w] {
			for _, m := range ms {
				if m.i > n && m.class == mAuth {
					return true
				}
			}
			return false
		}
		if w != "will" && w != "would" && w != "has" && w != "have" && w != "to" && w != "plans" && w != "also" {
			return false
		}
	}
	return false
}

// nameLen is the number of tokens of a mention's name, without its "'s".
func nameLen(m *mention) int {
	if m.poss {
		return m.j - m.i - 1
	}
	return m.j - m.i
}

func hasInnerCap(s string) bool {
	for i, r := range s {
		if i > 0 && (r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.') {
			return true
		}
	}
	return false
}

// capitalizedMidSentence collects words written with a capital inside sentences.
func capitalizedMidSentence(ss []sentence) map[string]bool {
	m := map[string]bool{}
	for _, s := range ss {
		for i := 1; i < len(s.toks); i++ {
			t := s.toks[i]
			if t.upper && t.kind == tokWord && !isOpener(s.toks[i-1].text) && s.toks[i-1].text != ":" {
				m[t.low] = true
			}
		}
	}
	return m
}

// nouns for what a firm makes or runs, after its possessive name.
var productNouns = toSet(`models model app apps platform software chips chip phones phone jets aircraft planes cars
 vehicles drug drugs catalogue catalog store payments payment devices games engine engines cloud network
 subscribers customers stores products brand brands`)

var dealNouns = toSet(`acquisition takeover purchase merger buyout`)

// words after a name (or its possessive) that show it is a firm.
var firmSignals = toSet(`shares stock founder co-founder ceo chief spokesman spokeswoman spokesperson subsidiary
 executives board shareholders customers subscribers app platform users investors headquarters employees
 chairman revenue earnings payments wallet cards`)

// capitalized words that are not firms however they are used.
var nonFirmWords = toSet(`democratic democrats republican republicans diwali christmas ramadan easter internet web
 ipo ceo cfo coo gdp ai eu un nato covid covid-19 cctv parliament congress senate government state federal
 monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
 september october november december oct nov dec jan feb sept aug tvs pcs phds suvs evs atms apis upi`)

// firmyWords finds capitalized words the text calls a firm: after a firm
// noun ("startup Acme", "rival Gojek") or before one in an apposition
// ("Burisma, a gas company"), or before a corporate suffix.
func firmyWords(toks []token) map[string]bool {
	m := map[string]bool{}
	for i, t := range toks {
		if !t.upper || t.kind != tokWord {
			continue
		}
		if i > 0 && toks[i-1].lex&(lxFirmHead|lxFirmyOnly) != 0 && !toks[i-1].upper {
			m[t.low] = true
			continue
		}
		if i > 0 && pluralFirmHead(toks[i-1].low) && !toks[i-1].upper {
			// "pet retailers Petz and Cobasi", "lenders Akbank, Garanti and Yapi":
			// a plural class noun names every firm of the list after it
			for _, w := range namesListedFrom(toks, i) {
				m[w] = true
			}
			continue
		}
		if i+1 < len(toks) && toks[i+1].lex&lxCorpSuffix != 0 && toks[i+1].upper {
			m[t.low] = true
			continue
		}
		// "Binance and its founder", "Acme's chief executive", "Acme shares"
		j := i + 1
		if j < len(toks) && toks[j].low == "'s" {
			j++
		} else if j+1 < len(toks) && toks[j].low == "and" && (toks[j+1].low == "its") {
			j += 2
		}
		if j < len(toks) && firmSignals[toks[j].low] {
			m[t.low] = true
			continue
		}
		// "Quantix's AI models", "Boeing's 787 jets": the owner of a product
		if i+2 < len(toks) && toks[i+1].low == "'s" && (productNouns[toks[i+2].low] || i+3 < len(toks) && productNouns[toks[i+3].low] && toks[i+2].kind == tokWord) {
			m[t.low] = true
			continue
		}
		// "platforms such as Lieferando", "all stock brokers, including Zerodha
		// and Groww", "providers, among them A and B": examples of a class of firms
		if exampleOfFirms(toks, i) || namedAfterClass(toks, i) {
			for _, w := range namesListedFrom(toks, i) {
				m[w] = true
			}
			continue
		}
		// "Synopsys' $35 billion acquisition of Ansys", "Shefa's planned purchase of": the buyer
		if q := i + 1; q+1 < len(toks) && (toks[q].low == "'s" || toks[q].text == "'") && (dealNounSoon(toks, q+1) || firmAnswerNouns[toks[q+1].low] && q+2 < len(toks) && (toks[q+2].low == "to" || toks[q+2].low == "against")) {
			// ("Pawcare's challenge to the CMA's decision": the firm that answers)
			m[t.low] = true
			continue
		}
		// "an investigation into Rappi", "a complaint against Zipmex": what an
		// authority's inquiry or case is about
		if i >= 2 && (toks[i-1].low == "into" || toks[i-1].low == "against") && inquiryOrCase[toks[i-2].low] {
			for _, w := range namesListedFrom(toks, i) {
				m[w] = true // "an investigation into Getir and Yemeksepeti"
			}
			continue
		}
		// "Kuwait's Zain was ordered to ...", "Jumia has been fined": bound by an authority's act
		if i+2 < len(toks) && toks[i+1].lex&lxBeForm != 0 && (authPassives[toks[i+2].low] || toks[i+2].low == "been" && i+3 < len(toks) && authPassives[toks[i+3].low]) {
			m[t.low] = true
			continue
		}
		// "Fjordbank received the green light from ...": what an authority grants, a firm receives
		if i+2 < len(toks) && (toks[i+1].low == "received" || toks[i+1].low == "won" || toks[i+1].low == "secured" || toks[i+1].low == "obtained" || toks[i+1].low == "got" || toks[i+1].low == "has" && (toks[i+2].low == "received" || toks[i+2].low == "won" || toks[i+2].low == "secured")) &&
			wordWithin(toks, i+2, 5, "approval", "green", "licence", "license", "permission", "clearance", "nod", "go-ahead", "authorisation", "authorization") {
			m[t.low] = true
			continue
		}
		// "a supply agreement with Braskem": firms sign agreements with firms
		if i >= 2 && toks[i-1].low == "with" && (dealNounWords[toks[i-2].low] || toks[i-2].low == "agreement" || toks[i-2].low == "pact" || toks[i-2].low == "contract") {
			m[t.low] = true
			continue
		}
		// "required Cummins to recall", "fined Klarna 500 million crowns": the
		// object of an act only authorities do; "a 55% stake in Maziv"
		if i >= 1 && (authObjectVerbs[toks[i-1].low] || toks[i-1].low == "in" && i >= 2 && (toks[i-2].low == "stake" || toks[i-2].low == "stakes" || toks[i-2].low == "shareholder" || toks[i-2].low == "investor")) {
			for _, w := range namesListedFrom(toks, i) {
				m[w] = true // "fined Telus and Rogers"
			}
			continue
		}
		// "the exchange licence of Bitkub": only a firm holds a licence
		if i >= 2 && toks[i-1].low == "of" && licenceSet[toks[i-2].low] {
			m[t.low] = true
			continue
		}
		// "acquisition of Grail", "bought Figma"
		if i >= 2 && toks[i-1].low == "of" && dealNouns[toks[i-2].low] || i >= 1 && (toks[i-1].low == "acquire" || toks[i-1].low == "acquired" || toks[i-1].low == "bought") {
			m[t.low] = true
			continue
		}
		// "Burisma, a gas company", "Zain, Kuwait's biggest telecom operator"
		if i+2 < len(toks) && toks[i+1].text == "," {
			for j := i + 2; j < len(toks) && j < i+9; j++ {
				if toks[j].kind == tokPunct {
					break
				}
				if firmHeads[toks[j].low] || firmyOnlyHeads[toks[j].low] {
					m[t.low] = true
					break
				}
			}
		}
	}
	return m
}

// namesListedFrom: the first word of each capitalized name in the list
// "A, B and C" that starts at token i.
func namesListedFrom(toks []token, i int) []string {
	var out []string
	for i < len(toks) && toks[i].upper && toks[i].kind == tokWord {
		out = append(out, toks[i].low)
		j := i
		for j < len(toks) && toks[j].upper && toks[j].kind == tokWord {
			j++
		}
		if j+1 < len(toks) && (toks[j].low == "and" || toks[j].text == ",") {
			if toks[j+1].low == "and" && j+2 < len(toks) {
				j++
			}
			i = j + 1
			continue
		}
		break
	}
	return out
}

// pluralFirmHead: a plural noun for firms ("retailers", "chains", "lenders").
func pluralFirmHead(w string) bool {
	return sectorHeads[w] || len(w) > 3 && w[len(w)-1] == 's' && firmHeads[w[:len(w)-1]]
}

// describeBreaks: prepositions capStop lacks; a name before them governs
// what follows ("X against rival Y"), it does not describe it.
var describeBreaks = toSet(`against between into over about through towards toward across via versus vs including
 like unlike without within than plus alongside beside besides`)

// describesNext: the words from a to b are a lower-case description ending
// in a firm noun ("dairy producer", "payments start-up", "power
// distributor"), so the name before a only locates the firm named at b.
func describesNext(toks []token, a, b int) bool {
	if b-a < 1 || b-a > 4 {
		return false
	}
	for q := a; q < b; q++ {
		w := toks[q].low
		if toks[q].kind != tokWord || toks[q].upper || verbCue[w] || capStop[w] || describeBreaks[w] || strings.HasSuffix(w, "ed") || defaultLexicon.forms[w] != nil {
			return false // "and ground-handling firm", "sued generic drugmaker": not one description
		}
	}
	h := toks[b-1].low
	return descriptionHead(h) || pluralFirmHead(h)
}

// dealNounSoon: a deal noun within three words from i, past amounts and
// plain modifiers ("$35 billion acquisition", "planned purchase").
func dealNounSoon(toks []token, i int) bool {
	for q := i; q < len(toks) && q < i+5; q++ {
		if dealNouns[toks[q].low] {
			return true
		}
		if toks[q].upper || toks[q].kind == tokPunct && currencySymbols[toks[q].text] == "" {
			return false
		}
	}
	return false
}

// exampleOfFirms: the name at i follows "such as", "including", "among
// them", "like" or "notably" right after a plural noun for firms.
func exampleOfFirms(toks []token, i int) bool {
	j := i - 1
	switch {
	case j >= 1 && toks[j].low == "as" && toks[j-1].low == "such":
		j -= 2
	case j >= 1 && toks[j].low == "them" && toks[j-1].low == "among":
		j -= 2
	case j >= 0 && (toks[j].low == "including" || toks[j].low == "like" || toks[j].low == "notably"):
		j--
	default:
		return false
	}
	if j >= 0 && toks[j].text == "," {
		j--
	}
	return j >= 0 && pluralFirmHead(toks[j].low)
}

// namedAfterClass: the name at i opens a list set after a counted class
// and a comma ("two microfinance companies, Tamweely and Kiva Egypt").
func namedAfterClass(toks []token, i int) bool {
	if i < 3 || !classOpener(toks[i-1].text) || !pluralFirmHead(toks[i-2].low) {
		return false
	}
	for q := i - 3; q >= 0 && q >= i-6; q-- {
		if toks[q].kind == tokNum || countWords[toks[q].low] || numberWords[toks[q].low] {
			return true
		}
	}
	return false
}

// ownedByFirm: the one-word name at ms[i] follows a known firm's
// possessive ("Telefónica's Movistar", "Vodafone's Lowi"): a unit or brand
// the firm owns, unless a person ("Tesla's Musk said").
func ownedByFirm(toks []token, ms []mention, i int, persons map[string]bool) bool {
	if i == 0 || ms[i-1].class != mFirm || !ms[i-1].poss || ms[i-1].j != ms[i].i {
		return false
	}
	w := toks[ms[i].i].low
	if persons[w] || chineseSurnames[w] || nonFirmWords[w] || currencyWords[w] != "" || ms[i].j < len(toks) && toks[ms[i].j].kind == tokNum {
		return false // ("Raghav Cement's Rs 8,200-crore purchase": an amount)
	}
	return ms[i].j >= len(toks) || !speechVerbs[toks[ms[i].j].low] && toks[ms[i].j].lex&lxAttribVerb == 0
}

// classOpener: the punctuation that opens the members of a counted class
// ("two airlines, A and B", "three apps – A, B and C –", "two banks: A and B").
func classOpener(p string) bool {
	return p == "," || p == ":" || p == "-" || p == "\u2013" || p == "\u2014"
}

// listedWithFirm: the name at ms[i] is coordinated with a firm the
// catalogue or its form knows ("ordered BCE and Telus", "Telus and BCE"),
// or with a one-word name that shows itself a firm ("Vivaldi and
// DuckDuckGo"), anywhere along the same list ("Tving, Wavve and Coupang
// Play"): members of one list are of one sort.
func listedWithFirm(toks []token, ms []mention, i int, firmy map[string]bool) bool {
	joined := func(a, b int) bool { // tokens a..b-1 are only "and" / ","
		if b <= a || b-a > 2 {
			return false
		}
		for q := a; q < b; q++ {
			if toks[q].low != "and" && toks[q].text != "," && toks[q].low != "or" {
				return false
			}
		}
		return true
	}
	firmLike := func(m mention) bool {
		if m.ref || m.poss {
			return false
		}
		if m.class == mFirm || m.class == mName && nameLen(&m) >= 2 {
			return true
		}
		w := toks[m.i]
		return (m.class == mName || m.class == mOther && m.src == "name") && nameLen(&m) == 1 && (hasInnerCap(w.text) || firmy[w.low]) && !nonFirmWords[w.low]
	}
	for a := i; a > 0 && joined(ms[a-1].j, ms[a].i) && i-a < 6; a-- {
		if firmLike(ms[a-1]) {
			return true
		}
	}
	for b := i; b+1 < len(ms) && joined(ms[b].j, ms[b+1].i) && b-i < 6; b++ {
		if firmLike(ms[b+1]) {
			return true
		}
	}
	return false
}

var inquiryOrCase = toSet(`investigation investigations inquiry probe proceedings procedure proceeding case complaint lawsuit suit charges action`)

var authPassives = toSet(`fined ordered told barred banned penalised penalized sanctioned summoned suspended investigated probed
 slapped hit handed served
 charged sued raided directed instructed required cleared approved licensed authorised authorized granted`)

var authObjectVerbs = toSet(`fined fines required ordered orders barred banned sanctioned penalised penalized summoned
 instructed directed compelled`)

// onlyUnknownNames: every entity came from an unknown capitalized name.
func onlyUnknownNames(ms []mention, es []Entity) bool {
	for _, e := range es {
		known := true
		for _, m := range ms {
			if m.ent.Name == e.Name && m.class == mName {
				known = false
			}
		}
		if known {
			return false
		}
	}
	return true
}

// namesLookFirmy: every unknown name has two or more words, an inner
// capital ("Castell Labs", "DanaKilat") or is called a firm in the article
// ("salmon farmer Fjordlaks"), which single capitalized words in ordinary
// prose ("Monday", "Brexit") rarely are.
func namesLookFirmy(ms []mention, es []Entity, firmy map[string]bool) bool {
	for _, e := range es {
		for _, m := range ms {
			if m.ent.Name != e.Name || m.class != mName {
				continue
			}
			if n := nameLen(&m); n < 2 && !hasInnerCap(e.Name) && !firmy[strings.ToLower(e.Name)] {
				return false
			}
		}
	}
	return true
}

// actedBefore: one of actors already made a claim earlier in the sentence.
func actedBefore(sofar []Claim, actors []Entity) bool {
	for _, c := range sofar {
		if sameEntityAny(c.Actor, actors) {
			return true
		}
	}
	return false
}

// relativeAfterComma: ", which <verb>": the verb's subject is the mention
// just before the comma.
func relativeAfterComma(toks []token, k int) bool {
	return k > 1 && toks[k-1].low == "which" && toks[k-2].text == ","
}
