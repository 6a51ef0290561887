package extract

import "strings"

// Words that only frame a firm's name: a sentence adverb before it
// ("Separately, regional operator X said"), a place or commodity before the
// class noun of the firm ("Dnipro lender", "LPG distributor", "Blantyre
// bureau Chuma Forex").

// sentenceAdverbs open a sentence capitalized and are never names.
var sentenceAdverbs = toSet(`separately additionally previously similarly likewise ultimately moreover furthermore
 elsewhere accordingly consequently nonetheless nevertheless notably specifically subsequently finally instead
 alternatively overall together currently recently importantly crucially earlier later meanwhile however`)

// sentenceAdverb reports whether toks[k] is a sentence adverb opening a
// clause ("Separately,", "Meanwhile ,").
func sentenceAdverb(toks []token, k int) bool {
	return sentenceAdverbs[toks[k].low] && (k+1 >= len(toks) || toks[k+1].text == ",")
}

// tradeHeads are class nouns that name a firm by its trade: what stands
// before them unhyphenated and capitalized is where it works or what it
// deals in. Nouns a firm's own name often takes ("Adani group", "Binance
// exchange", "Uber app") are left out.
var tradeHeads = toSet(`lender lenders distributor distributors bureau bureaux grocer grocers retailer retailers insurer
 insurers miner miners refiner refiners importer importers exporter exporters trader traders wholesaler wholesalers
 bottler brewer brewers millers miller grinder processor processors dealer dealers dealership carmaker automaker
 drugmaker steelmaker chipmaker manufacturer manufacturers producer producers supplier suppliers operator operators
 builder builders developer developers shipper shippers hauler courier caterer marketer marketers seller sellers
 rival rivals`)

// modifierBeforeClass reports whether the unknown name ms[i] stands before
// a trade noun, so it describes the firm rather than naming it: the
// noun then ends the phrase ("fines Dnipro lender, orders ...") or another
// name follows it ("Blantyre bureau Chuma Forex").
func modifierBeforeClass(toks []token, ms []mention, i int) bool {
	m := ms[i]
	if m.class != mName || m.poss || m.j >= len(toks) || nameLen(&m) > 3 {
		return false
	}
	h := toks[m.j]
	if h.low == "access" && m.j+1 < len(toks) && (toks[m.j+1].low == "for" || toks[m.j+1].low == "to") {
		return true // "suspended Pix access for payment firm X": a system the firm uses
	}
	if h.upper || h.kind != tokWord || !tradeHeads[h.low] {
		return false
	}
	if i+1 < len(ms) && ms[i+1].i == m.j+1 && (ms[i+1].class == mName || ms[i+1].class == mFirm) {
		return true
	}
	n := m.j + 1
	if n < len(toks) && (gluedMoney(toks, n) || moneyPrefix(toks, n)) {
		return true // "fines LPG distributor Sh12 million"
	}
	if _, ok := amountAt(toks, n); ok {
		return true // "fines LPG distributor $2 million"
	}
	return n >= len(toks) || toks[n].kind == tokPunct && toks[n].text != "-" && toks[n].text != "'s" || !toks[n].upper && (beForms[toks[n].low] || verbCue[toks[n].low] || toks[n].low == "over" || toks[n].low == "for" || defaultLexicon.forms[toks[n].low] != nil)
}

// authorityAcronym reports whether nx is an acronym in parentheses right
// after the authority m ("The Energy Regulatory Authority (ERA)"), and
// teaches ctx that the acronym names m from now on, so it is never taken
// for a firm "the company" could mean.
func (c *docContext) authorityAcronym(toks []token, m, nx mention) bool {
	if m.class != mAuth || m.poss || !isNameLike(toks, nx) || nx.j-nx.i != 1 || !isAcronym(toks[nx.i].text) {
		return false
	}
	if nx.i != m.j+1 || toks[m.j].text != "(" || nx.j >= len(toks) || toks[nx.j].text != ")" {
		return false
	}
	if c.authNames == nil {
		c.authNames = map[string]Entity{}
	}
	c.authNames[toks[nx.i].text] = m.ent
	return true
}

// rivalNouns make the firm before them only the measure of another:
// "Safaricom rival Airtel", "grants Safaricom rival licence".
var rivalNouns = toSet(`rival rivals competitor competitors challenger`)

// rivalOf reports whether the firm mention m (not possessive) is followed
// by a rival noun, so it names whose rival the party is, not the party.
func rivalOf(toks []token, m mention) bool {
	return !m.poss && m.j < len(toks) && rivalNouns[toks[m.j].low] && !toks[m.j].upper
}

// agentRoles are firms that act for another: "X's administrator, Y," is Y
// acting, bound or paid in X's place.
var agentRoles = toSet(`administrator administrators trustee trustees liquidator liquidators receiver receivers
 auditor auditors custodian manager conservator curator`)

// agentOfPossessor reports whether the possessive firm m is followed by an
// agent role and that agent's name in apposition ("Harbourline's
// administrator, Keystone Fund Services,"): the agent is the party.
func agentOfPossessor(toks []token, m mention) bool {
	if !m.poss || m.j+2 >= len(toks) || !agentRoles[toks[m.j].low] || toks[m.j+1].text != "," {
		return false
	}
	n := toks[m.j+2]
	return n.upper && n.kind == tokWord && !capStop[n.low]
}

// productNounAfter reports whether the unknown acronym m stands before a
// plural common noun ("SIM cards", "ATM machines", "LPG cylinders"), so
// it names a product, not a firm.
func productNounAfter(toks []token, ms []mention, i int) bool {
	m := ms[i]
	if m.class != mName || m.poss || nameLen(&m) != 1 || !isAcronym(toks[m.i].text) || m.j >= len(toks) {
		return false
	}
	h := toks[m.j]
	if h.upper || h.kind != tokWord || len(h.low) < 4 || !strings.HasSuffix(h.low, "s") || strings.HasSuffix(h.low, "ss") {
		return false
	}
	return !pluralFirmHead(h.low) && !firmHeads[h.low] && !ownersNouns[h.low] && defaultLexicon.forms[h.low] == nil && !beForms[h.low] && !verbCue[h.low]
}

// ownersNouns after a name show whose they are ("ZTE shares", "MTN
// subscribers"): the name is a firm.
var ownersNouns = toSet(`shares stocks bonds customers subscribers users employees executives investors shareholders
 stores branches outlets products services brands units subsidiaries founders owners bosses staff workers`)

// placeHeads open the name of a place or a work ("Port of Mombasa", "Gulf
// of Aden", "Bay of Bengal"), never a firm's.
var placeHeads = toSet(`port ports gulf bay lake mount cape strait isle isles straits airport harbour harbor`)

// placeOfName reports whether the unknown name m is "<place head> of X".
func placeOfName(toks []token, m mention) bool {
	return m.class == mName && m.j-m.i >= 3 && placeHeads[toks[m.i].low] && toks[m.i+1].low == "of"
}

// officeTitles are offices only persons hold.
var officeTitles = toSet(`head chief chairman chairwoman chair president ceo executive governor minister spokesman
 spokeswoman spokesperson secretary commissioner director judge prosecutor officer founder co-founder cofounder
 deputy mayor superintendent registrar ombudsman`)

// officeHolder reports whether the unknown name m is set off by a comma
// after a person's office ("The head of Nigeria's SEC, Tunde Bakare,",
// "Kestrel's chief executive, Amara Obi,"): the holder is a person.
func officeHolder(toks []token, m mention) bool {
	if m.class != mName || m.poss || m.i < 2 || toks[m.i-1].text != "," || nameLen(&m) < 2 || nameLen(&m) > 3 {
		return false
	}
	if m.j < len(toks) && toks[m.j].text != "," && !speechVerbs[toks[m.j].low] {
		return false
	}
	for q := m.i - 2; q >= 0 && q >= m.i-10; q-- {
		t := toks[q]
		if officeTitles[t.low] && !t.upper {
			return true
		}
		if t.kind == tokPunct && t.text != "'s" && t.text != "'" && t.text != "-" {
			return false
		}
		if !t.upper && !officeJoiners[t.low] {
			return false
		}
	}
	return false
}

var officeJoiners = toSet(`of the and for & 's its their acting executive general`)

// officeOf reports whether the mention starting at i follows "<office>
// of (the)" ("The governor of the central bank, X,"): a name after it in
// apposition holds the office; it does not name the body.
func officeOf(toks []token, i int) bool {
	q := i - 1
	if q >= 0 && toks[q].low == "the" {
		q--
	}
	return q >= 1 && toks[q].low == "of" && officeTitles[toks[q-1].low] && !toks[q-1].upper
}

// placeCompound reports whether a hyphenated word joins places or peoples
// ("British-Israeli", "India-Pakistan", "Sino-US"): an adjective, no name.
func (x *ClaimExtractor) placeCompound(t token) bool {
	if !strings.Contains(t.low, "-") {
		return false
	}
	for _, p := range strings.Split(t.low, "-") {
		if x.cat.countryOf[p] == "" && !compoundPeoples[p] {
			return false
		}
	}
	return true
}

var compoundPeoples = toSet(`sino anglo franco indo afro euro russo italo german us uk eu arab latin`)

var honorifics = toSet(`sir dame lord lady baroness baron sheikh sheikha prince princess`)

// honorificName: "Dame Louise Richardson", "Sir Martin Sorrell": a person.
func honorificName(toks []token, m mention) bool {
	return m.class == mName && nameLen(&m) >= 2 && honorifics[toks[m.i].low]
}

var ownedByNouns = toSet(`unit subsidiary arm division affiliate offshoot`)

var ownerVerbs = toSet(`owned controlled backed`)

// ownerInApposition reports whether m names the owner in an apposition on
// the firm before it ("Halotel, a unit of Vietnam's Viettel Group,",
// "K-Electric, which is controlled by Abraaj,"): the owner is only said
// to own, it is no party.
func ownerInApposition(toks []token, m mention) bool {
	q := m.i - 1
	for q >= 0 && (toks[q].upper || toks[q].low == "'s" || toks[q].low == "the") {
		q-- // "of South Africa's", "of the"
	}
	if q < 1 {
		return false
	}
	switch {
	case toks[q].low == "of" && ownedByNouns[toks[q-1].low]:
		q--
	case toks[q].low == "by" && ownerVerbs[toks[q-1].low]:
		q--
	default:
		return false
	}
	for p := q - 1; p >= 0 && p >= q-5; p-- {
		if toks[p].text == "," {
			return true
		}
		if toks[p].kind == tokPunct {
			return false
		}
	}
	return false
}

// compoundTails end a compound noun whose first word is a firm noun ("its
// exchange rates", "its network outage", "the bank charges"): the noun
// then names no firm to refer back to.
var compoundTails = toSet(`rate rates fee fees charge charges price prices outage outages account accounts balance
 balances coverage controls systems data rules terms policy policies traffic`)
