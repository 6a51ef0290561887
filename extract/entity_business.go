package extract

import "strings"

// Business heads and legal forms by which an unknown name is a firm,
// whatever its first word: "Sen Vang Air" (Sen is also a title), "Grace Pay"
// (Grace is also a first name) and "Ken Lee Airways" are no persons.

// businessHeads end the names of firms and never a person's name.
var businessHeads = toSet(`air airways airlines airline aviation bank bancorp pay payments wallet money telecom telecoms
 telekom telecommunications power energy electric electricity utilities petroleum oil gas pharmaceuticals pharma
 motors holdings holding group capital securities insurance assurance reinsurance foods food logistics mobile
 cement steel mining minerals shipping lines express finance financial finserv fintech bottlers brewery breweries
 mart supermarkets stores retail textiles chemicals fertilizers fertilisers dairy dairies mills sugar industries
 enterprises ventures technologies technology tech systems networks solutions digital labs media broadcasting
 cables construction properties realty estates developers airport airports ports terminals rail railways motor
 seguros banco bancorp tbk bhd ltda spa asa oyj uab pjsc jsc`)

// utilityWords name what a state-owned operator supplies; a board so named
// ("Ceylon Electricity Board", "Dar es Salaam Water Supply Board") runs the
// service and is acted on by its regulator.
var utilityWords = toSet(`electricity power water supply sewerage sewage generation transmission distribution
 petroleum oil gas ports port railways railway bus tea sugar cocoa coffee cotton`)

// overseerWords make a board an authority however it is named ("Energy
// Regulatory Board", "Water Resources Board", "Cocoa Licensing Board").
var overseerWords = toSet(`regulatory regulation regulator regulating control licensing supervisory supervision
 standards oversight appeals appeal review resources planning inspection examinations`)

// operatorBoard reports whether the capitalized name toks[k:end], headed by
// "board", names a state-owned operator rather than an overseer.
func operatorBoard(toks []token, k, end int) bool {
	head := toks[end-1].low
	if end-k < 2 || head != "board" && head != "authority" {
		return false
	}
	util := false
	for q := k; q < end-1; q++ {
		if overseerWords[toks[q].low] {
			return false
		}
		// an "... Authority" runs the service only when named for power or
		// water ("Zimbabwe Electricity Supply Authority"); a ports or
		// petroleum authority oversees
		if utilityWords[toks[q].low] && (head == "board" || utilityServices[toks[q].low]) {
			util = true
		}
	}
	return util
}

// utilityServices are the services a state-owned "Authority" supplies.
var utilityServices = toSet(`electricity power water supply sewerage generation transmission distribution`)

// byAgent reports whether mention m is the agent of a passive or past
// participle ("patents owned by Norway's Halvorsen Power Systems"): a
// firm so introduced is seldom what a later "it" in the sentence means.
func byAgent(toks []token, m *mention) bool {
	for q := m.i - 1; q >= 0 && q >= m.i-4; q-- {
		switch {
		case toks[q].low == "by":
			return q > 0 && (strings.HasSuffix(toks[q-1].low, "ed") || strings.HasSuffix(toks[q-1].low, "en"))
		case toks[q].low == "'s" || toks[q].kind == tokWord && (!toks[q].upper || q == m.i-2 && toks[q+1].low == "'s"):
			continue
		default:
			return false
		}
	}
	return false
}

// personByApposition reports whether an unknown name is a person by what
// follows it: ", chief executive of X", ", the founder of X", ", a director
// at X". A firm so described has a business head or a legal form instead.
func personByApposition(toks []token, m mention) bool {
	if m.class != mName || businessHeads[toks[m.j-1].low] || corpSuffixes[toks[m.j-1].low] {
		return false
	}
	if roleBefore(toks, m) || m.j+1 < len(toks) && toks[m.j].low == "as" && personTitles[toks[m.j+1].low] && !toks[m.j+1].upper {
		return true // "board chairperson Mutinta Chanda", "Akio Toyoda as chairman"
	}
	if m.j >= len(toks) || toks[m.j].text != "," {
		return false
	}
	q := m.j + 1
	if q < len(toks) && (toks[q].low == "the" || toks[q].low == "a" || toks[q].low == "an" || toks[q].low == "its" || toks[q].low == "former") {
		q++
	}
	if q >= len(toks) || !personTitles[toks[q].low] || toks[q].low == "owner" || toks[q].low == "investor" || toks[q].low == "parent" {
		return false
	}
	for r := q + 1; r < len(toks) && r <= q+3; r++ {
		if toks[r].low == "of" || toks[r].low == "at" {
			return true
		}
		if toks[r].kind == tokPunct {
			return false
		}
	}
	return false
}

// firmLed reports whether a capitalized run ending in a country is a firm's
// local unit ("MTN Mobile Money Uganda", "Airtel Money Uganda"): it opens
// with a catalogued firm, or a business head stands inside it.
func (x *ClaimExtractor) firmLed(toks []token, k, lastCap int) bool {
	if legalPrefixes[toks[k].text] {
		return true // "PT Dana Cepat Indonesia"
	}
	if n, l := x.cat.lookup(toks, k); n != nil && n.entry.Kind == TypeFirm && k+l <= lastCap {
		return true
	}
	for q := k; q < lastCap; q++ {
		if businessHeads[toks[q].low] || corpSuffixes[toks[q].low] {
			return true
		}
	}
	return false
}

// initialsOf returns the capital initials of a name's words, skipping
// joiners: "Lusaka Water and Sewerage Company" -> "LWSC".
func initialsOf(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		switch strings.ToLower(w) {
		case "and", "of", "the", "&", "for":
			continue
		}
		r := []rune(w)
		if len(r) == 0 || r[0] < 'A' || r[0] > 'Z' {
			return ""
		}
		b.WriteRune(r[0])
	}
	return b.String()
}

// firmByInitials finds the firm named before whose initials are the
// acronym w ("KPLC" after "Kenya Power and Lighting Company (KPLC)").
func firmByInitials(firms []Entity, w string) *Entity {
	if len(w) < 3 || !isAcronym(w) {
		return nil
	}
	for i := len(firms) - 1; i >= 0; i-- {
		if strings.Count(firms[i].Name, " ") >= 2 && initialsOf(firms[i].Name) == w {
			return &firms[i]
		}
	}
	return nil
}

// utilityJoin reports whether the "and" at toks[j] joins two services of
// one utility's name ("Kenya Power and Lighting Company", "Tamil Nadu
// Generation and Distribution Corporation"): a service word before it and
// a legal form or "Board" among the capitalized words after it.
func utilityJoin(toks []token, j int) bool {
	if j == 0 || !(utilityWords[toks[j-1].low] || toks[j-1].low == "lighting") {
		return false
	}
	for q := j + 1; q < len(toks) && q <= j+4 && toks[q].upper; q++ {
		if corpSuffixes[toks[q].low] || toks[q].low == "board" {
			return true
		}
	}
	return false
}

// legalPrefixes are legal forms written before a firm's name ("PT Bank
// Rakyat", "OOO Yandex"), matched exactly as written.
var legalPrefixes = toSet(`PT OOO OAO ZAO PAO`)

// centralBankLead reports whether the words before "Bank" in "... Bank of
// <country>" name a central bank ("Bank of Ghana", "Central Bank of Kenya",
// "National Bank of Rwanda") rather than a commercial or development bank
// ("Commercial Bank of Ethiopia", "Development Bank of Rwanda").
func centralBankLead(toks []token, k, bank int) bool {
	for q := k; q < bank; q++ {
		switch toks[q].low {
		case "central", "reserve", "national", "state", "people's", "the", "monetary":
		default:
			return false
		}
	}
	return true
}

// namedFirmBefore reports whether a one-word name opened the name of a firm
// the article named before ("Zilpay" after "Zilpay Dijital Bankası"), so it
// may be the sentence's subject "the company" later means.
func (c *docContext) namedFirmBefore(w string) bool {
	for _, f := range c.firms {
		if len(f.Name) > len(w)+1 && f.Name[len(w)] == ' ' && f.Name[:len(w)] == w {
			return true
		}
	}
	return false
}

// sportsRoles name persons by their place in a team; with the titles they
// stand before a person's name ("midfielder Thabo Nkosi", "Goalkeeper Sipho
// Chaine", "coach Miguel Cardoso").
var sportsRoles = toSet(`coach midfielder goalkeeper striker defender forward winger captain referee fly-half
 scrum-half batsman bowler chairperson`)

// roleBefore reports whether a person's role or title stands right before
// the unknown two- or three-word name m, or opens it.
func roleBefore(toks []token, m mention) bool {
	n := m.j - m.i
	if m.poss {
		n--
	}
	if n < 2 || n > 4 {
		return false
	}
	if sportsRoles[toks[m.i].low] {
		return true // "Goalkeeper Sipho Chaine" at the start of a sentence
	}
	if n > 3 || m.i == 0 {
		return false
	}
	w := toks[m.i-1]
	if w.upper || w.kind != tokWord {
		return false
	}
	switch w.low {
	case "owner", "investor", "leader", "player", "general", "former", "late", "man", "woman", "boss", "parent", "head":
		return false
	}
	return sportsRoles[w.low] || personTitles[w.low]
}

// placeNouns after an unknown name make it a place ("Bình Dương province",
// "Chiang Mai region").
var placeNouns = toSet(`province provinces region district county prefecture municipality state city town village
 governorate oblast emirate township`)

// placeByNoun reports whether the unknown name m is followed by a place
// noun in lower case and has no business word in it.
func placeByNoun(toks []token, m mention) bool {
	if m.class != mName || m.poss || m.j >= len(toks) || !placeNouns[toks[m.j].text] {
		return false
	}
	for q := m.i; q < m.j; q++ {
		if businessHeads[toks[q].low] || corpSuffixes[toks[q].low] {
			return false
		}
	}
	return true
}
