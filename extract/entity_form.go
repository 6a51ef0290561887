package extract

import (
	"strings"
)

// Mentions found by their form: authority descriptors ("China's industry
// ministry"), capitalized names typed by their last word, classes of firms.

// last words of names that are laws, treaties or documents, not bodies.
var lawNames = toSet(`act law bill directive regulation code treaty accord convention charter protocol order`)

// weak capitalized heads name an authority only with a governmental word in
// the name ("State Council", "Treasury Board"), not "Natural Resources Defense Council".
var weakOrgHeads = toSet(`council board service office administration committee unit`)

var governmentalWords = toSet(`state city county municipal federal regulatory supervisory security european government
 oversight supervision intelligence enforcement antimonopoly antitrust monopoly markets futures commodity commodities consumer credit
 payments licensing pricing tariff tariffs utilities telecom telecoms broadband railway railways
 mining petroleum electricity ports shipping gaming gambling lottery broadcasting e-commerce
 governors trade revenue tax treasury cabinet privy competition financial monetary communications
 telecommunications fair standards inspection customs civil aviation energy securities exchange banking insurance
 data privacy protection postal maritime transport health food drug environmental election electoral judicial
 legislative executive national people's regulation review foreign prudential conduct anti-corruption anticorruption
 accounting auditing broadcasting prosecutors prosecutor prosecutors' public district attorney attorney's`)

var orgHeadsCap = map[string]string{
	"ministry": TypeGovernment, "commission": TypeRegulator, "authority": TypeRegulator, "agency": TypeRegulator,
	"bureau": TypeRegulator, "court": TypeCourt, "regulator": TypeRegulator, "administration": TypeRegulator,
	"department": TypeGovernment, "office": TypeRegulator, "council": TypeGovernment, "tribunal": TypeCourt,
	"parliament": TypeLegislature, "congress": TypeLegislature, "senate": TypeLegislature, "assembly": TypeLegislature,
	"board": TypeRegulator, "police": TypeGovernment, "inspectorate": TypeRegulator, "directorate": TypeRegulator,
	// "commissioner": an office named by its holder ("the Data Commissioner");
	// "Commissioner Vestager" stays a person, the name ending the run
	"service": TypeRegulator, "committee": TypeRegulator, "unit": TypeRegulator, "cabinet": TypeGovernment, "government": TypeGovernment, "ombudsman": TypeRegulator, "commissioner": TypeRegulator,
	"superintendency": TypeRegulator, "superintendence": TypeRegulator, "secretariat": TypeGovernment, "comptroller": TypeRegulator,
}

// strongCorpSuffixes: legal forms no person's name ends with ("Pan Rico
// Ltd", "Wang Holdings").
var strongCorpSuffixes = toSet(`inc inc. corp corp. corporation ltd ltd. limited plc llc llp gmbh holdings bhd tbk pty`)

// lowerLegalSuffixes: legal forms written in lower case after a name.
var lowerLegalSuffixes = toSet(`plc ltd llc inc bhd tbk pty`)

var corpSuffixes = toSet(`inc inc. corp corp. corporation ltd ltd. limited plc llc llp ag sa s.a. gmbh co co. company
 holdings group technologies technology airlines airways bank securities motors pharmaceuticals industries
 enterprises partners capital ventures labs systems networks telecom communications entertainment media
 platforms financial insurance energy petroleum mining hostel hotel hotels bancorp se nv n.v. bv b.v. spa s.p.a.
 kk k.k. oyj asa ab pte bhd tbk jsc pjsc ojsc uab ltda srl s.r.l. sarl kft zrt nyrt aps oy sab
 leasing foods beverages bottlers brewery breweries dairies logistics cement steel chemicals textiles shipping
 freight robotics semiconductor semiconductors electronics automotive microfinance fintech payments management`)

// words that make a capitalized run ending in a country a region of it;
// other runs ("Telkom Kenya", "Airtel Nigeria") are a firm's local unit.
var placeAdjectives = toSet(`northern southern eastern western central north south east west northeast northwest southeast
 southwest mountainous rural greater upper lower coastal inner outer metropolitan mainland rest all new old
 democratic republic united federal people's islamic kingdom state`)

// capitalizedAt matches a run of capitalized words (with "of", "and", "for",
// "the", "&" inside) and types it by its last word: an authority head
// ("Civil Aviation Authority of Nepal") or a corporate suffix ("Moruo Mining
// and Construction Company"); otherwise an unknown name.
func (x *ClaimExtractor) capitalizedAt(toks []token, k int) (mention, bool) {
	if !toks[k].upper || toks[k].kind != tokWord || toks[k].lex&lxCapStop != 0 && !capsNameWord(toks, k) || gluedMoney(toks, k) || moneyPrefix(toks, k) || unitAfterNumber(toks, k) || sentenceAdverb(toks, k) || x.placeCompound(toks[k]) {
		return mention{}, false
	}
	if editorialLabel(toks, k) {
		return mention{}, false // "(EDIT: removed the link ...)": a note's label, not a name
	}
	if toks[k].lex&lxCountWord != 0 && (k == 0 || isOpener(toks[k-1].text)) {
		return mention{}, false // "Two Lisbon tour operators": a count opens the sentence ("Vodafone and Three" is a name)
	}
	if (k == 0 || isOpener(toks[k-1].text)) && k+1 < len(toks) && (toks[k].low == "inspectors" || toks[k].low == "investigators") && !toks[k+1].upper {
		return mention{}, false // "Inspectors found that ...": the inquiry, no name
	}
	if (k == 0 || isOpener(toks[k-1].text)) && k+1 < len(toks) && (toks[k+1].low == "by" || toks[k+1].low == "to") && isPastTrigger(toks[k].low) {
		return mention{}, false // "Ordered by the central bank to raise capital, X ...": a fronted participle
	}
	if kd, ok := receivedNouns[toks[k].low]; ok && kd == KindApproval && k+1 < len(toks) && (toks[k+1].low == "for" || toks[k+1].low == "of" || toks[k+1].low == "from" || toks[k+1].low == "by") {
		return mention{}, false // "Approval for X's purchase ... came from": the noun opening the sentence
	}
	if countedMembers(toks, k) {
		return mention{}, false // "a contract with 350,000 Teamsters": counted people, not a firm
	}
	if regionDescriptor(toks, k) {
		return mention{}, false // "takeover of Baltic ferry operator X": the region only describes the firm
	}
	if placeAdjective(toks[k].low) {
		// "Hyderabad-based Trivantra", "Bengaluru-based satellite startup X": a
		// place made an adjective is never a name; the name starts after it
		return mention{}, false
	}
	j := k
	lastCap := k
	authAt := -1
	forThe := false // the authority's head went on with "for the": a public body's name
	if n, l := x.cat.lookup(toks, k); n != nil && n.entry.isPlace() && l > 2 && k+l < len(toks) && toks[k+l].upper && toks[k+l].kind == tokWord && !capStop[toks[k+l].low] {
		j, lastCap = k+l, k+l-1 // "Dar es Salaam Water Supply Board": a place with a particle, then the name goes on
	}
	for j < len(toks) {
		t := toks[j]
		if j > k && j+1 < len(toks) && toks[j+1].text == "$" && toks[j+1].bstart == t.bend {
			break // "HSBC HK$2 million": a currency prefix, not part of the name
		}
		if t.text == "'" && j > k && j+2 < len(toks) && toks[j+1].low == "n" && toks[j+2].upper && toks[j+2].kind == tokWord {
			j += 2 // "Touch 'n Go": the clipped "and" inside a name
			continue
		}
		if t.text == "n" && j > k && j+1 < len(toks) && toks[j+1].upper && toks[j+1].kind == tokWord && toks[j-1].upper {
			j++ // "Pick n Pay": the clipped "and" without its apostrophes
			continue
		}
		if j == k+1 && (toks[k].low == "van" || toks[k].low == "von") && (t.low == "der" || t.low == "den" || t.low == "de") && j+1 < len(toks) && toks[j+1].upper && toks[j+1].kind == tokWord {
			j++ // "Van der Valk Hotels", "Von der Heydt": a Dutch or German family name opens the firm's
			continue
		}
		if t.text == "'" && j > k && strings.HasSuffix(toks[j-1].low, "s") && t.bstart == toks[j-1].bend && j+1 < len(toks) && toks[j+1].upper && toks[j+1].kind == tokWord {
			// "the Seoul Central District Prosecutors' Office": a plural possessive inside the name
			j++
			continue
		}
		if t.low == "'s" && j > k && toks[j-1].low == "prosecutor" && toks[j-1].upper && j+1 < len(toks) && toks[j+1].low == "office" && toks[j+1].upper {
			// "Brazil's Federal Prosecutor's Office", "the Public Prosecutor's
			// Office": a singular possessive inside the name of the office
			j++
			continue
		}
		if j > k && placeAdjective(t.low) {
			if toks[j-1].upper {
				// "Hong Kong-registered firms", "Abu Dhabi-based X": a place of
				// several words made an adjective is no name; the name starts after it
				return mention{}, false
			}
			break // "Allegro and Warsaw-based Modivo": the next name starts after the place
		}
		if t.upper && (t.kind == tokWord || t.kind == tokNum) && (j == k || !capStop[t.low] && !gluedMoney(toks, j) && !moneyPrefix(toks, j) || t.low == "new" || t.text == "IT") {
			if _, ok := orgHeadsCap[t.low]; ok || foreignHeads[t.low] != "" && (j == k || !foreignLeads[t.low]) {
				authAt = j
			}
			lastCap = j
			j++
			continue
		}
		if (foreignOf[t.low] && (authAt >= 0 || romanceFirmHeads[toks[k].low]) || foreignJoin[t.low] && authAt >= 0 && foreignLeads[toks[authAt].low]) && j+1 < len(toks) && (toks[j+1].upper || foreignOf[toks[j+1].low] && j+2 < len(toks) && toks[j+2].upper && authAt >= 0) {
			j++ // "Superintendencia de Industria y Comercio", "Autoridade da Concorrência"
			continue
		}
		if j > k && authAt < 0 && romanceJoin(toks, j) {
			j++ // "Harinas del Bajío", "Frutas Finas de Uruapan": a Spanish or Portuguese firm name goes on
			continue
		}
		if t.low == "for" && authAt >= 0 && j > k && ownerAfterFor(toks, j+1) {
			break // "Commission of India for Adani Ports' purchase": the firm it clears
		}
		if t.low == "for" && authAt >= 0 && j > k && j+2 < len(toks) && toks[j+1].low == "the" && toks[j+2].upper && toks[j+2].kind == tokWord && !capStop[toks[j+2].low] {
			j += 2 // "Commission for the Regulation of Utilities", "Office for the Protection of Competition": one body
			forThe = forThe || toks[authAt].low != "company" && toks[authAt].low != "group"
			continue
		}
		if (t.low == "of" || t.low == "and" || t.low == "for" || t.low == "&" || t.low == "the" || t.low == "on") && j+1 < len(toks) && toks[j+1].upper && j > k {
			if t.low == "and" && authAt < 0 && utilityJoin(toks, j) && !(listOpenedBefore(toks, k, j) && !utilityWords[toks[j+1].low] && toks[j+1].low != "lighting") {
				j++ // "Tamil Nadu Generation and Distribution Corporation": one utility
				continue
			}
			// "and" joins names of one body only inside an authority name
			if t.low == "and" && authAt < 0 && !x.authAhead(toks, j+1) && (!corpAhead(toks, j+1) || listedAfterComma(toks, k) || listOpenedBefore(toks, k, j)) {
				// ("Banorte, Banamex and Inbursa Group": the last two of a list, not one name)
				break
			}
			if (t.low == "for" || t.low == "on") && authAt < 0 && !x.authAhead(toks, j+1) {
				break // "Deccan Grey Cements for Rs 8,200 crore": a price, not the name going on
			}
			if t.low == "and" && authAt < 0 && j-k >= 2 && capsUntilCorp(toks, j+1) >= 2 && !x.authAhead(toks, j+1) {
				break // "Jakarta Mart and Surabaya Retail Group": two names, not one
			}
			j++
			continue
		}
		break
	}
	if lastCap+1 < len(toks) && (lowerLegalSuffixes[toks[lastCap+1].text] || toks[lastCap+1].text == "AS" && lastCap+2 < len(toks) && !toks[lastCap+2].upper) {
		// ("Fjordmynt AS": the Norwegian and Danish legal form, a stop word in lower case)
		lastCap++ // "Greggs plc", "Shell plc": the legal form in lower case, British style
	}
	end := lastCap + 1
	name := span(toks, k, end)
	m := mention{i: k, j: end, src: "form"}
	last := toks[lastCap].low
	if sportsCompetition(toks, k, end) {
		m.class = mOther // "Premier League", "Champions League": a competition, not a body or a person
		m.ent = Entity{Name: name, Canonical: name, Type: TypeOther}
		return m, true
	}
	if end-k >= 3 && foreignCentralBank(toks[k].low, toks[k+1].low) {
		// "Banco Central del Uruguay", "Banque Centrale de Tunisie": a
		// country's central bank in its own language, never a lender
		m.class, m.head = mAuth, "central bank"
		m.ent = Entity{Name: name, Canonical: name, Type: TypeRegulator}
		for q := k + 2; q < end; q++ {
			if cc := x.cat.countryOf[toks[q].low]; cc != "" {
				m.ent.Country = cc
				if e := x.cat.descriptor(cc, "central bank"); e != nil {
					m.ent.Canonical = e.Canonical
				}
			}
		}
		return m, true
	}
	if typ, ok := orgHeadsCap[last]; ok || (authAt >= 0 && (lastCap-authAt <= 5 || forThe && lastCap-authAt <= 10) && hasOfBetween(toks, authAt, lastCap)) ||
		authAt == k && foreignLed(toks, k, lastCap) || foreignHeads[last] != "" && end-k >= 2 || end-k == 1 && oneWordAuthority(last) {
		if !ok && authAt >= 0 {
			typ = orgHeadsCap[toks[authAt].low]
			if typ == "" {
				typ = foreignHeads[toks[authAt].low]
			}
		}
		if typ == "" {
			typ = TypeRegulator // "Datatilsynet": a one-word authority by its ending
		}
		if authAt < 0 {
			authAt = lastCap
		}
		if end-k == 1 && !oneWordAuthority(last) {
			return mention{}, false // "Commission" alone is a reference, not a name
		}
		if operatorBoard(toks, k, end) {
			m.class = mFirm // "Ceylon Electricity Board": a state-owned operator, not its overseer
			m.ent = Entity{Name: name, Canonical: name, Type: TypeFirm}
			return m, true
		}
		if head := toks[authAt].low; weakOrgHeads[head] {
			gov := false
			for q := k; q < end; q++ {
				if (governmentalWords[toks[q].low] || tradeAuthWords[toks[q].low]) && q != authAt {
					gov = true
				}
			}
			// "Egypt's Market Oversight Council", "the country's Payments Office":
			// a body a country owns is its authority
			if k >= 2 && toks[k-1].low == "'s" && (x.cat.countryOf[toks[k-2].low] != "" || toks[k-2].low == "country" || toks[k-2].low == "nation") {
				gov = true
			}
			if !gov || (head == "council" && hasWordIn(toks[k:end], "defense", "foundation", "institute", "research", "business", "advisory")) {
				m.class = mOther
				m.ent = Entity{Name: name, Canonical: name, Type: TypeOther}
				return m, true
			}
		}
		m.class = mAuth
		m.head = toks[authAt].low
		m.ent = Entity{Name: name, Canonical: name, Type: typ}
		return m, true
	}
	titleInside := false
	for q := k; q < end-1; q++ {
		if personTitles[toks[q].low] && !nameWordTitles[toks[q].low] {
			titleInside = true
		}
	}
	if leaderTitled(toks, k, end, x) {
		// "President Joe Biden blocked ...", "Indonesia's President Prabowo
		// ordered ...": a head of state or government acts as the government
		m.class, m.head = mAuth, "government"
		m.ent = Entity{Name: name, Canonical: name, Type: TypeGovernment}
		return m, true
	}
	if businessHeads[last] && end-k >= 2 {
		titleInside = false // "Sen Vang Air", "Grace Pay": a business head ends no person's name
	}
	if !corpSuffixes[last] && authAt < 0 && titleInside ||
		!corpSuffixes[last] && !businessHeads[last] && personTitles[toks[k].low] && end-k >= 2 || (end-k >= 2 && !lowerLegalSuffixes[last] && !strongCorpSuffixes[last] && !businessHeads[last] && (firstNames[toks[k].low] || (chineseSurnames[toks[k].low] && end-k <= 3))) {
		m.class = mPerson
		m.ent = Entity{Name: name, Canonical: name, Type: TypePerson}
		return m, true
	}
	if last == "bank" && end-k == 2 && (toks[k].low == "state" || toks[k].low == "central" || toks[k].low == "reserve" || toks[k].low == "people's" || toks[k].low == "national") &&
		k >= 2 && toks[k-1].low == "'s" && x.cat.countryOf[toks[k-2].low] != "" {
		// "Vietnam's State Bank": that country's central bank
		cc := x.cat.countryOf[toks[k-2].low]
		m.class, m.head = mAuth, "central bank"
		m.ent = Entity{Name: name, Canonical: name, Type: TypeRegulator, Country: cc}
		if e := x.cat.descriptor(cc, "central bank"); e != nil {
			m.ent.Canonical = e.Canonical
		}
		return m, true
	}
	if last == "bank" && end-k == 2 && toks[k].low == "reserve" {
		// "The Reserve Bank fined ...": a reserve bank is always a central bank
		m.class, m.head = mAuth, "central bank"
		m.ent = Entity{Name: name, Canonical: name, Type: TypeRegulator}
		return m, true
	}
	if x.cat.countryOf[last] != "" && lastCap-k >= 2 && toks[lastCap-1].low == "of" && toks[lastCap-2].low == "bank" && centralBankLead(toks, k, lastCap-2) {
		// "Bank of Ghana", "Central Bank of Kenya": a country's central bank
		m.class = mAuth
		m.head = "central bank"
		m.ent = Entity{Name: name, Canonical: name, Type: TypeRegulator, Country: x.cat.countryOf[last]}
		if e := x.cat.descriptor(x.cat.countryOf[last], "central bank"); e != nil {
			m.ent.Canonical = e.Canonical
		}
		return m, true
	}
	if departmentByDomain(toks, k, lastCap) {
		// "Health Canada", "Transport Canada", "Food Standards Scotland": a
		// department named by its field and its country
		m.class, m.head = mAuth, "department"
		m.ent = Entity{Name: name, Canonical: name, Type: TypeRegulator, Country: x.cat.countryOf[last]}
		return m, true
	}
	if x.cat.countryOf[last] != "" && end-k >= 2 && !corpSuffixes[last] && (placeAdjectives[toks[k].low] || x.cat.countryOf[toks[k].low] != "" || end-k > 3) && !x.firmLed(toks, k, lastCap) {
		m.class = mOther // "Mountainous Nepal", "Southern California": a place
		return m, true
	}
	if last == "party" || last == "parties" || lawNames[last] {
		m.class = mOther // a political party is neither a firm nor an authority
		return m, true
	}
	if (corpSuffixes[last] || legalPrefixes[toks[k].text]) && end-k >= 2 {
		m.class = mFirm
		m.ent = Entity{Name: name, Canonical: cleanFirmName(name), Type: TypeFirm}
		if n, l := x.cat.lookup(toks, k); n != nil && l < end-k && n.entry.Kind == TypeFirm {
			m.ent.Canonical = n.entry.Canonical
		}
		return m, true
	}
	// unknown capitalized name; if it starts with a known firm, it is that firm's
	if n, l := x.cat.lookup(toks, k); n != nil && l < end-k && n.entry.Kind == TypeFirm {
		m.class = mFirm
		m.ent = Entity{Name: name, Canonical: n.entry.Canonical, Type: TypeFirm, Country: n.entry.Country}
		return m, true
	}
	if end-k == 1 && isPluralAcronym(toks[k].text) {
		m.class = mOther // "URLs", "SIMs", "ETFs": a common noun's plural, never a name
		return m, true
	}
	m.class = mName
	m.src = "name"
	m.ent = Entity{Name: name, Canonical: name, Type: TypeFirm}
	return m, true
}

// nameWordTitles are person titles that, inside a capitalized run, are
// words of a firm's name ("Gulf Star Ship Management", "Lucky Man
// Gaming") or of a longer title, not the title of a person named there.
var nameWordTitles = toSet(`general prime chief head vice deputy star man woman owner investor boss player leader`)

// domainCountries name their departments "<field> <country>"; elsewhere
// that shape is a firm's ("Telecom Italia", "Energy Australia").
var domainCountries = toSet(`canada scotland wales england`)

// govDomains are the fields such departments are named by.
var govDomains = toSet(`health transport environment revenue justice fisheries oceans agriculture industry finance
 heritage immigration employment measurement statistics innovation food standards public natural historic and`)

// departmentByDomain: the run k..last is field words then a country that
// names its departments so.
func departmentByDomain(toks []token, k, last int) bool {
	if last-k < 1 || !domainCountries[toks[last].low] || toks[k].low == "and" {
		return false
	}
	for q := k; q < last; q++ {
		if !govDomains[toks[q].low] {
			return false
		}
	}
	return true
}

// foreignCentralBank: the first two words of a central bank's name in
// Spanish, Portuguese, French, Italian or Indonesian.
func foreignCentralBank(a, b string) bool {
	return (a == "banco" || a == "banque" || a == "banca" || a == "bank") && (b == "central" || b == "centrale" || b == "sentral")
}

func hasOfBetween(toks []token, i, j int) bool {
	for k := i; k <= j; k++ {
		if toks[k].low == "of" || toks[k].low == "for" {
			return true
		}
	}
	return false
}

// authAhead: does a capitalized authority name continue at k ("... and Information Technology")?
func (x *ClaimExtractor) authAhead(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+4; j++ {
		if !toks[j].upper {
			return false
		}
		if _, ok := orgHeadsCap[toks[j].low]; ok {
			return true
		}
	}
	return false
}

// capsUntilCorp counts the capitalized words from k before a corporate
// word ("Surabaya Retail Group" -> 2).
func capsUntilCorp(toks []token, k int) int {
	n := 0
	for j := k; j < len(toks) && toks[j].upper; j++ {
		if toks[j].low == "company" || toks[j].low == "co" || toks[j].low == "group" {
			return n
		}
		n++
	}
	return n
}

func corpAhead(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+4; j++ {
		if !toks[j].upper {
			return false
		}
		if toks[j].low == "company" || toks[j].low == "co" || toks[j].low == "group" {
			return true
		}
	}
	return false
}

func cleanFirmName(s string) string {
	s = strings.TrimPrefix(s, "The ")
	return strings.TrimSpace(s)
}

// placeAdjective: a place or owner turned into a modifier ("Riyadh-based",
// "Nasdaq-listed", "Paris-headquartered"), which never names a party.
func placeAdjective(w string) bool {
	for _, suf := range []string{"-based", "-listed", "-headquartered", "-registered", "-incorporated"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

var countWords = toSet(`two three four five six seven eight nine ten dozens hundreds thousands several`)

// leaderTitled: the name k..end opens with a head of state's or
// government's title ("President", "Prime Minister", "Premier") and is not
// a firm's officer ("Samsung President Kim": a name stands before the title).
func leaderTitled(toks []token, k, end int, x *ClaimExtractor) bool {
	if cabinetTitled(toks, k, end, x) {
		return true // "Treasurer Jim Chalmers", "Commerce Minister Piyush Goyal"
	}
	w := toks[k].low
	n := 1
	if w == "prime" && k+1 < end && toks[k+1].low == "minister" {
		n = 2
	} else if w != "president" && w != "premier" {
		return false
	}
	if end-k < n+1 {
		return false // the title alone
	}
	if k == 0 {
		return true
	}
	p := toks[k-1]
	if p.low == "'s" {
		return k >= 2 && x.cat.countryOf[toks[k-2].low] != ""
	}
	if p.upper && p.kind == tokWord {
		return x.cat.countryOf[p.low] != "" // "French President X", not "Samsung President X"
	}
	return true
}

// isPluralAcronym reports a word made of capitals and a final lower-case "s"
// ("URLs", "IPOs"): reporters pluralise acronyms of things, not of firms.
func isPluralAcronym(w string) bool {
	if len(w) < 3 || w[len(w)-1] != 's' {
		return false
	}
	for i := 0; i < len(w)-1; i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// isPastTrigger: w is the past form of a trigger verb ("ordered", "fined").
func isPastTrigger(w string) bool {
	for _, t := range defaultLexicon.forms[w] {
		if t.form == formPast {
			return true
		}
	}
	return false
}

// sportsCompetitionHeads end the names of sports competitions, which are
// neither firms, persons nor authorities ("Premier League", "FA Cup").
var sportsCompetitionHeads = toSet(`league leagues cup championship championships`)

// sportsDivisionLeads: "Division" names a competition only after these; after
// other words it is a unit of an authority ("Antitrust Division").
var sportsDivisionLeads = toSet(`premier first second third super championship`)

// sportsCompetition reports that the name k..end is a sports competition.
func sportsCompetition(toks []token, k, end int) bool {
	if end-k < 2 {
		return false
	}
	last := toks[end-1].low
	return sportsCompetitionHeads[last] || last == "division" && sportsDivisionLeads[toks[k].low]
}

// capsNameWord: a short common word spelled in capitals inside ordinary
// text and followed by a capitalized word is the start of a name ("AT
// Ghana", "ON Semiconductor"), unless the text around it is capitals too
// (a shouted headline).
func capsNameWord(toks []token, k int) bool {
	t := toks[k]
	if len(t.text) < 2 || len(t.text) > 3 || !isAcronym(t.text) || k+1 >= len(toks) {
		return false
	}
	n := toks[k+1]
	if n.kind != tokWord || !n.upper || isAcronym(n.text) || n.lex&lxCapStop != 0 {
		return false
	}
	return k > 0 && !isAcronym(toks[k-1].text) && !toks[k-1].upper
}

// listedAfterComma: the name at k follows a comma right after another
// capitalized name, so it is a member of a list ("A, B and C Group").
func listedAfterComma(toks []token, k int) bool {
	return k >= 2 && toks[k-1].text == "," && toks[k-2].upper && toks[k-2].kind == tokWord
}

// editorialLabels open a note a writer adds to a post or page.
var editorialLabels = toSet(`edit edited update updated note correction clarification disclaimer addendum ps eta`)

// editorialLabel: the word at k, followed by a colon, opens the sentence or
// a bracket and is a note's label ("EDIT:", "Update:").
func editorialLabel(toks []token, k int) bool {
	return editorialLabels[toks[k].low] && k+1 < len(toks) && toks[k+1].text == ":" && (k == 0 || toks[k-1].text == "(" || toks[k-1].text == "[")
}
