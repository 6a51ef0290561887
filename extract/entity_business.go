package extract

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
 industrial trading manufacturing engineering shipbuilding electronics investments advisers advisors
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
