package extract

import "strings"

// Mentions are found per sentence, longest first: the catalogue, authority
// descriptors ("China's industry ministry", "a federal judge"), names by form
// (corporate suffixes, "... Commission"), classes of firms ("all urban
// cooperative banks"), references ("the regulator", "the company", "it")
// resolved against what the article named before, and finally unknown
// capitalized names, typed later by their place in the sentence.

type mentionClass uint8

const (
	mAuth   mentionClass = iota + 1 // government, regulator, court, legislature
	mFirm                           // a firm, or its product or unit
	mSector                         // a class of firms
	mPerson                         // never a target
	mPlace                          // a country or city; may stand for its government
	mPron                           // it / they / them: resolved by role
	mName                           // unknown capitalized name
	mOther                          // a name that is only a modifier ("Pringles maker Kellanova")
)

type mention struct {
	i, j    int // token range in the sentence
	ent     Entity
	class   mentionClass
	poss    bool // followed by 's: a possessor ("Alibaba's Taobao")
	weak    bool // a place standing for its government
	ref     bool // resolved from a reference
	plural  bool // they/them, or a reference to a group
	group   []Entity
	authRef *Entity // for pronouns: the authority it may stand for
	firmRef *Entity // for pronouns: the firm it may stand for
	head    string  // head noun of a descriptor (ministry, regulator, court...)
	src     string  // how it was found: catalog, descriptor, form, ref, name
}

// authority head nouns and the entity type they give.
var authHeads = map[string]string{
	"ministry": TypeGovernment, "ministries": TypeGovernment, "government": TypeGovernment, "cabinet": TypeGovernment,
	"department": TypeGovernment, "police": TypeGovernment, "prosecutors": TypeGovernment, "prosecutor": TypeGovernment,
	"authorities": TypeGovernment, "administration": TypeRegulator, "regulator": TypeRegulator, "regulators": TypeRegulator,
	"watchdog": TypeRegulator, "watchdogs": TypeRegulator, "commission": TypeRegulator, "agency": TypeRegulator,
	"bureau": TypeRegulator, "authority": TypeRegulator, "inspectorate": TypeRegulator, "supervisor": TypeRegulator,
	"court": TypeCourt, "courts": TypeCourt, "judge": TypeCourt, "tribunal": TypeCourt, "justices": TypeCourt,
	"parliament": TypeLegislature, "lawmakers": TypeLegislature, "legislature": TypeLegislature, "congress": TypeLegislature,
	"senate": TypeLegislature, "legislators": TypeLegislature, "council": TypeGovernment, "office": TypeRegulator,
	"board": TypeRegulator, "ombudsman": TypeRegulator, "minister": TypeGovernment, "officials": TypeGovernment,
}

// heads that make an authority only in a capitalized name or with a qualifier
var weakAuthHeads = map[string]bool{"council": true, "office": true, "board": true, "department": true, "administration": true, "minister": true, "officials": true, "authorities": true}

// modifiers allowed between a qualifier and an authority head.
var authModifiers = toSet(`industry securities market markets cyberspace banking bank financial finance antitrust competition
 data protection privacy telecom telecommunications communications trade commerce tax consumer civil aviation health
 food drug energy media broadcasting internet state federal appeals appellate supreme high district municipal provincial
 local national central insurance environmental environment transport transportation labor labour education justice
 foreign interior economy economic information technology digital regulatory planning development reform customs
 revenue audit anti-monopoly anti-corruption monetary postal railway electricity power oil gas mining resources
 natural land housing public security safety cybersecurity electoral election administrative criminal commercial
 intermediate people's top lower upper bankruptcy superior circuit city county regional provincial-level cyber
 gaming gambling medical pharmaceutical product products standards quality advertising capital exchange`)

// firm heads that a definite description uses to refer back to a firm.
var firmHeads = toSet(`company companies firm firms giant giants maker makers bank lender exchange brokerage chipmaker
 carmaker automaker retailer platform operator carrier startup start-up insurer airline conglomerate engine rival
 unit subsidiary developer provider producer manufacturer supplier owner parent app service marketplace network
 business e-tailer broker miner refiner utility outlet broadcaster publisher studio automaker`)

// class heads: plural nouns naming classes of firms.
var sectorHeads = toSet(`banks brokerages carriers firms companies platforms providers lenders operators insurers exchanges
 retailers sellers employers channels airlines automakers carmakers developers makers manufacturers merchants
 businesses giants operators apps networks broadcasters publishers stations telcos miners producers suppliers
 distributors importers exporters dealers traders funds issuers unions utilities refiners chipmakers hospitals schools
 institutions players services outlets sites websites marketplaces intermediaries vendors startups start-ups`)

var sectorQuantifiers = toSet(`all some several other many most large small major big biggest largest leading foreign domestic
 state-owned state private local online internet tech technology digital financial payment payments mobile wireless
 telecom broadband social media oil gas energy cooperative urban rural commercial crypto cryptocurrency ride-hailing
 e-commerce delivery gaming video streaming messaging search cloud ai chip semiconductor auto car electric-vehicle
 more than dozen dozens of a certain those these such insurance securities investment shadow regional listed
 platform short-video news and various credit savings asset investment wealth lending brokerage fintech ride-sharing
 pharmaceutical drug food beverage tobacco vape vaping betting airline shipping logistics telecommunications
 cable satellite mining steel construction property real-estate developers retail grocery supermarket
 loans loan microfinance`)

// titles before a person's name.
var personTitles = toSet(`chairman chairwoman chair president founder ceo executive governor minister spokesman spokeswoman
 spokesperson secretary commissioner senator mr mrs ms dr director chief head judge justice prosecutor officer
 co-founder cofounder manager analyst economist premier vice deputy leader mayor general prime representative rep sen
 actress actor rapper singer strongman dictator player star businessman businesswoman tycoon billionaire entrepreneur
 journalist activist lawmaker candidate former late man woman boss owner investor councillor councilor
 politician mp legislator senator congressman congresswoman governor-general lawyer attorney judge`)

// capitalized words that are not names at the start of a sentence or a clause.
var capStop = toSet(`the a an in on at of for to from by with as and or but if when while after before since under
 it its they their he she his her we our you i this that these those there here what which who why how
 officials analysts shares investors several some many most both each every all no not now initially earlier
 later first last also however meanwhile yet still such other another said says according should could would
 may might will can must monday tuesday wednesday thursday friday saturday sunday january february march april
 june july august september october november december why it's new`)

func toSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// findMentions finds the entity mentions of one sentence, left to right,
// resolving references against ctx and recording new antecedents in it.
func (x *ClaimExtractor) findMentions(toks []token, ctx *docContext) []mention {
	var out []mention
	for k := 0; k < len(toks); {
		m, ok := x.mentionAt(toks, k, ctx)
		if !ok {
			k++
			continue
		}
		if m.j < len(toks) && toks[m.j].low == "'s" {
			m.poss = true
			m.j++
		} else if m.j < len(toks) && toks[m.j].text == "'" && m.j > 0 && strings.HasSuffix(toks[m.j-1].low, "s") && toks[m.j].bstart == toks[m.j-1].bend {
			m.poss = true // "Mars' takeover"
			m.j++
		}
		// "South Africa's Competition Commission": a capitalized descriptor after its country
		if m.class == mAuth && m.src == "form" && len(out) > 0 {
			p := out[len(out)-1]
			if p.class == mPlace && p.poss && p.j == m.i {
				if e := x.cat.descriptor(p.ent.Country, strings.ToLower(m.ent.Name)); e != nil {
					m.ent.Canonical, m.ent.Type, m.ent.Country = e.Canonical, e.Kind, e.Country
				}
			}
		}
		out = append(out, m)
		if !(m.class == mFirm && m.i >= 2 && (toks[m.i-1].low == "on" || toks[m.i-1].low == "via") && (toks[m.i-2].low == "said" || toks[m.i-2].low == "posted" || toks[m.i-2].low == "wrote" || toks[m.i-2].low == "announced" || toks[m.i-2].low == "statement")) {
			ctx.note(m)
		}
		k = m.j
	}
	return out
}

func (x *ClaimExtractor) mentionAt(toks []token, k int, ctx *docContext) (mention, bool) {
	t := toks[k]
	if t.kind == tokPunct {
		return mention{}, false
	}
	// references first: they are short, common words
	if m, ok := x.reference(toks, k, ctx); ok {
		return m, true
	}
	best := mention{}
	bestLen := 0
	if n, l := x.cat.lookup(toks, k); n != nil {
		best = x.catalogMention(toks, k, l, n)
		bestLen = l
	}
	if m, ok := x.descriptorAt(toks, k); ok && m.j-k > bestLen {
		best, bestLen = m, m.j-k
	}
	if m, ok := x.capitalizedAt(toks, k); ok && m.j-k > bestLen && (bestLen == 0 || m.class == mAuth || m.class == mFirm) {
		best, bestLen = m, m.j-k
	}
	if m, ok := x.sectorAt(toks, k); ok && m.j-k > bestLen {
		best, bestLen = m, m.j-k
	}
	if bestLen == 0 {
		return mention{}, false
	}
	// an authority head followed by a person's name absorbs it
	// ("Texas Attorney General Ken Paxton")
	if best.class == mAuth {
		j := best.j
		n := 0
		for j < len(toks) && toks[j].upper && toks[j].kind == tokWord && !capStop[toks[j].low] && n < 3 && x.cat.byFirst[toks[j].low] == nil {
			j++
			n++
		}
		if n >= 2 && (best.head == "general" || best.head == "judge" || personTitles[toks[best.j-1].low]) {
			best.j = j
			best.ent.Name = span(toks, k, j)
		}
	}
	return best, true
}

func span(toks []token, i, j int) string {
	// sentence-relative tokens keep field byte offsets; rebuild from text
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i && toks[k].bstart > toks[k-1].bend {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].text)
	}
	return b.String()
}

func (x *ClaimExtractor) catalogMention(toks []token, k, l int, n *catName) mention {
	e := n.entry
	m := mention{i: k, j: k + l, src: "catalog"}
	name := span(toks, k, k+l)
	switch {
	case e.isPlace():
		m.class = mPlace
		m.weak = true
		m.ent = Entity{Name: name, Canonical: e.Canonical, Type: TypeGovernment, Country: e.Country}
		if e.Kind == "place" {
			m.ent.Canonical = name
		}
	case e.Kind == TypeFirm || e.Kind == TypeOther:
		m.class = mFirm
		m.ent = Entity{Name: name, Canonical: e.Canonical, Type: TypeFirm, Country: e.Country}
	case e.Kind == TypeSector:
		m.class = mSector
		m.ent = Entity{Name: name, Canonical: e.Canonical, Type: TypeSector, Country: e.Country}
	default:
		m.class = mAuth
		m.ent = Entity{Name: name, Canonical: e.Canonical, Type: e.Kind, Country: e.Country}
		m.head = lastHead(n.toks)
	}
	return m
}

func lastHead(toks []string) string {
	for i := len(toks) - 1; i >= 0; i-- {
		if _, ok := authHeads[toks[i]]; ok {
			return toks[i]
		}
	}
	if len(toks) > 0 {
		return toks[len(toks)-1]
	}
	return ""
}

// descriptorAt matches [det] [place ['s] | demonym] modifiers* head, e.g.
// "China's industry ministry", "a federal judge in San Francisco", "Thai
// police", "New York's attorney general".
func (x *ClaimExtractor) descriptorAt(toks []token, k int) (mention, bool) {
	i := k
	if toks[i].low == "the" || toks[i].low == "a" || toks[i].low == "an" {
		i++
	}
	country := ""
	qualified := false
	// place qualifier: up to three capitalized words naming a place
	for l := 3; l >= 1; l-- {
		if i+l > len(toks) || !toks[i].upper || !x.cat.placeFirst[toks[i].low] {
			continue
		}
		allCap := true
		for q := i; q < i+l; q++ {
			if !toks[q].upper {
				allCap = false
				break
			}
		}
		if !allCap {
			continue
		}
		name := strings.ToLower(span(toks, i, i+l))
		if cc, ok := x.cat.countryOf[name]; ok {
			country = cc
			qualified = true
			i += l
			break
		}
	}
	if qualified && i < len(toks) && toks[i].low == "'s" {
		i++
	}
	if !qualified && i < len(toks) && (toks[i].low == "federal" || toks[i].low == "state") {
		qualified = true
	}
	modStart := i
	for i < len(toks) && i-modStart < 4 && ((authModifiers[toks[i].low] && !toks[i].upper) || (toks[i].upper && qualified && toks[i].kind == tokWord && x.cat.countryOf[toks[i].low] != "")) {
		if toks[i].low == "central" && i+1 < len(toks) && toks[i+1].low == "bank" {
			break
		}
		if _, isHead := authHeads[toks[i].low]; isHead && (i+1 >= len(toks) || !authModifiers[toks[i+1].low]) {
			if _, nextHead := authHeads[toks[i+1].low]; i+1 >= len(toks) || !nextHead {
				break
			}
		}
		i++
	}
	if i >= len(toks) {
		return mention{}, false
	}
	head := toks[i].low
	typ, ok := authHeads[head]
	end := i + 1
	switch {
	case head == "central" && i+1 < len(toks) && toks[i+1].low == "bank":
		typ, ok, head, end = TypeRegulator, true, "central bank", i+2
	case head == "attorney" || head == "attorneys":
		if i+1 < len(toks) && toks[i+1].low == "general" {
			typ, ok, head, end = TypeGovernment, true, "general", i+2
		}
	case head == "state" && i+1 < len(toks) && toks[i+1].low == "council":
		typ, ok, head, end = TypeGovernment, true, "council", i+2
	}
	if !ok {
		return mention{}, false
	}
	if toks[i].upper && end+1 < len(toks) && (toks[end].low == "of" || toks[end].low == "for") && toks[end+1].upper {
		return mention{}, false // "Vietnam's Ministry of Information ...": a name, matched on its own
	}
	plural := strings.HasSuffix(head, "s") || head == "police"
	if toks[i].upper && !qualified && i == modStart && k == i && head != "general" && !plural {
		// a bare capitalized head ("Commission") is left to the capitalized-name rule
		return mention{}, false
	}
	if weakAuthHeads[head] && !qualified {
		return mention{}, false
	}
	if head == "officials" && !qualified {
		return mention{}, false
	}
	if !qualified && modStart == i && k == i && !strings.HasSuffix(head, "s") && head != "police" && head != "general" && head != "central bank" {
		return mention{}, false // a bare "authority" is a word, not a body
	}
	// "attorneys general from 42 U.S. states", "a federal judge in San Francisco"
	if end+2 < len(toks) && (toks[end].low == "in" || toks[end].low == "from") && (toks[end+1].upper || toks[end+1].kind == tokNum && toks[end+2].upper) {
		e := end + 1
		for e < len(toks) && (toks[e].upper || toks[e].kind == tokNum) && e-end < 5 {
			e++
		}
		if e < len(toks) && toks[e].low == "states" {
			e++
		}
		if e > end+1 {
			end = e
		}
	}
	// "the central bank of Nigeria"
	if country == "" && end+1 < len(toks) && toks[end].low == "of" {
		for l := 3; l >= 1; l-- {
			if end+1+l > len(toks) || !x.cat.placeFirst[toks[end+1].low] {
				continue
			}
			if cc, ok := x.cat.countryOf[strings.ToLower(span(toks, end+1, end+1+l))]; ok && toks[end+1].upper {
				country, qualified = cc, true
				end += 1 + l
				break
			}
		}
	}
	name := span(toks, k, end)
	if toks[k].low == "the" || toks[k].low == "a" || toks[k].low == "an" {
		name = span(toks, k+1, end)
	}
	m := mention{i: k, j: end, class: mAuth, head: head, src: "descriptor"}
	m.ent = Entity{Name: name, Canonical: name, Type: typ, Country: country}
	if country != "" {
		desc := strings.ToLower(span(toks, modStart, i+1))
		if head == "central bank" {
			desc = "central bank"
		}
		if e := x.cat.descriptor(country, desc); e != nil {
			m.ent.Canonical = e.Canonical
			m.ent.Type = e.Kind
		}
	}
	return m, true
}

// last words of names that are laws, treaties or documents, not bodies.
var lawNames = toSet(`act law bill directive regulation code treaty accord convention charter protocol order`)

// weak capitalized heads name an authority only with a governmental word in
// the name ("State Council", "Treasury Board"), not "Natural Resources Defense Council".
var weakOrgHeads = toSet(`council board service office administration`)

var governmentalWords = toSet(`state city county municipal federal regulatory supervisory security european government
 governors trade revenue tax treasury cabinet privy competition financial monetary communications
 telecommunications fair standards inspection customs civil aviation energy securities exchange banking insurance
 data privacy protection postal maritime transport health food drug environmental election electoral judicial
 legislative executive national people's`)

var orgHeadsCap = map[string]string{
	"ministry": TypeGovernment, "commission": TypeRegulator, "authority": TypeRegulator, "agency": TypeRegulator,
	"bureau": TypeRegulator, "court": TypeCourt, "regulator": TypeRegulator, "administration": TypeRegulator,
	"department": TypeGovernment, "office": TypeRegulator, "council": TypeGovernment, "tribunal": TypeCourt,
	"parliament": TypeLegislature, "congress": TypeLegislature, "senate": TypeLegislature, "assembly": TypeLegislature,
	"board": TypeRegulator, "police": TypeGovernment, "inspectorate": TypeRegulator, "directorate": TypeRegulator,
	"service": TypeRegulator, "cabinet": TypeGovernment, "government": TypeGovernment, "ombudsman": TypeRegulator,
}

var corpSuffixes = toSet(`inc inc. corp corp. corporation ltd ltd. limited plc llc llp ag sa s.a. gmbh co co. company
 holdings group technologies technology airlines airways bank securities motors pharmaceuticals industries
 enterprises partners capital ventures labs systems networks telecom communications entertainment media
 platforms financial insurance energy petroleum mining hostel hotel hotels bancorp se nv n.v. bv b.v. spa s.p.a.
 kk k.k. oyj asa ab pte bhd tbk`)

// capitalizedAt matches a run of capitalized words (with "of", "and", "for",
// "the", "&" inside) and types it by its last word: an authority head
// ("Civil Aviation Authority of Nepal") or a corporate suffix ("Moruo Mining
// and Construction Company"); otherwise an unknown name.
func (x *ClaimExtractor) capitalizedAt(toks []token, k int) (mention, bool) {
	if !toks[k].upper || toks[k].kind != tokWord || capStop[toks[k].low] {
		return mention{}, false
	}
	j := k
	lastCap := k
	authAt := -1
	for j < len(toks) {
		t := toks[j]
		if j > k && j+1 < len(toks) && toks[j+1].text == "$" && toks[j+1].bstart == t.bend {
			break // "HSBC HK$2 million": a currency prefix, not part of the name
		}
		if t.upper && (t.kind == tokWord || t.kind == tokNum) && (j == k || !capStop[t.low] || t.low == "new") {
			if _, ok := orgHeadsCap[t.low]; ok {
				authAt = j
			}
			lastCap = j
			j++
			continue
		}
		if (t.low == "of" || t.low == "and" || t.low == "for" || t.low == "&" || t.low == "the" || t.low == "on") && j+1 < len(toks) && toks[j+1].upper && j > k {
			// "and" joins names of one body only inside an authority name
			if t.low == "and" && authAt < 0 && !x.authAhead(toks, j+1) && !corpAhead(toks, j+1) {
				break
			}
			j++
			continue
		}
		break
	}
	end := lastCap + 1
	name := span(toks, k, end)
	m := mention{i: k, j: end, src: "form"}
	last := toks[lastCap].low
	if typ, ok := orgHeadsCap[last]; ok || (authAt >= 0 && lastCap-authAt <= 3 && hasOfBetween(toks, authAt, lastCap)) {
		if !ok {
			typ = orgHeadsCap[toks[authAt].low]
		}
		if end-k == 1 {
			return mention{}, false // "Commission" alone is a reference, not a name
		}
		if head := toks[authAt].low; weakOrgHeads[head] {
			gov := false
			for q := k; q < end; q++ {
				if governmentalWords[toks[q].low] && q != authAt {
					gov = true
				}
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
		if personTitles[toks[q].low] && toks[q].low != "general" && toks[q].low != "prime" && toks[q].low != "chief" && toks[q].low != "head" && toks[q].low != "vice" && toks[q].low != "deputy" {
			titleInside = true
		}
	}
	if !corpSuffixes[last] && authAt < 0 && titleInside ||
		!corpSuffixes[last] && personTitles[toks[k].low] && end-k >= 2 || (end-k >= 2 && (firstNames[toks[k].low] || (chineseSurnames[toks[k].low] && end-k <= 3))) {
		m.class = mPerson
		m.ent = Entity{Name: name, Canonical: name, Type: TypePerson}
		return m, true
	}
	if x.cat.countryOf[last] != "" && end-k >= 2 && !corpSuffixes[last] {
		m.class = mOther // "Mountainous Nepal", "Southern California": a place
		return m, true
	}
	if last == "party" || last == "parties" || lawNames[last] {
		m.class = mOther // a political party is neither a firm nor an authority
		return m, true
	}
	if corpSuffixes[last] && end-k >= 2 {
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
	m.class = mName
	m.src = "name"
	m.ent = Entity{Name: name, Canonical: name, Type: TypeFirm}
	return m, true
}

func hasWordIn(toks []token, words ...string) bool {
	for _, t := range toks {
		for _, w := range words {
			if t.low == w {
				return true
			}
		}
	}
	return false
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

// sectorAt matches a class of firms: quantifiers/modifiers then a plural
// class head ("all urban cooperative banks", "U.S. wireless carriers",
// "more than a dozen internet firms", "China's biggest state lenders").
func (x *ClaimExtractor) sectorAt(toks []token, k int) (mention, bool) {
	i := k
	if toks[i].low == "the" {
		i++
	}
	start := i
	if i >= len(toks) {
		return mention{}, false
	}
	if w := toks[i].low; w == "of" || w == "and" || w == "than" || w == "a" || w == "or" {
		return mention{}, false
	}
	for i < len(toks) && i-start < 6 {
		t := toks[i]
		// capitalized words only as places or acronyms ("U.S. carriers", "TV channels"), never names
		capOK := t.upper && t.kind == tokWord && (x.cat.countryOf[t.low] != "" || isAcronym(t.text) && x.cat.byFirst[t.low] == nil)
		if t.low == "and" && (i == start || toks[i-1].upper) {
			break
		}
		if (sectorQuantifiers[t.low] && !t.upper) || (sectorQuantifiers[t.low] && i == start) || t.kind == tokNum || capOK || (t.low == "'s" && i > start && toks[i-1].upper) || strings.HasSuffix(t.low, "-based") {
			i++
			continue
		}
		break
	}
	if i >= len(toks) || i == start || !sectorHeads[toks[i].low] {
		// a bare plural head counts only with a quantifier ("all banks")
		return mention{}, false
	}
	// require at least one lower-case modifier, so "Alibaba firms" is not a class
	hasLower := false
	for q := start; q < i; q++ {
		if !toks[q].upper && toks[q].low != "'s" {
			hasLower = true
		}
	}
	if !hasLower && !(i-start == 1 && isAcronym(toks[start].text)) {
		return mention{}, false
	}
	end := i + 1
	name := span(toks, start, end)
	return mention{i: k, j: end, class: mSector, src: "sector", ent: Entity{Name: name, Canonical: name, Type: TypeSector}}, true
}

// descriptions that refer back to an authority.
var authRefHeads = toSet(`regulator watchdog agency bureau commission ministry department cabinet authority court judge
 government administration council regulators authorities`)

// reference resolves "it", "they", "them", "the regulator", "the company",
// "the e-commerce giant", "the bank" against the article so far.
func (x *ClaimExtractor) reference(toks []token, k int, ctx *docContext) (mention, bool) {
	t := toks[k]
	switch t.low {
	case "it":
		m := mention{i: k, j: k + 1, class: mPron, src: "ref", ref: true}
		if a := ctx.lastAuth(""); a != nil {
			e := *a
			m.authRef = &e
		}
		if f := ctx.lastFirm(); f != nil {
			e := *f
			m.firmRef = &e
		}
		return m, true
	case "they", "them":
		m := mention{i: k, j: k + 1, class: mPron, src: "ref", ref: true, plural: true}
		m.group = ctx.firmGroup()
		return m, true
	case "the", "its", "their":
		if t.low == "the" && k+1 < len(toks) && (toks[k+1].low == "two" || toks[k+1].low == "pair") && (k+2 >= len(toks) || !firmHeads[toks[k+2].low] && toks[k+2].kind != tokWord || !sectorHeads[toks[k+2].low]) {
			if g := ctx.firmGroup(); len(g) > 0 {
				return mention{i: k, j: k + 2, class: mPron, src: "ref", ref: true, plural: true, group: g}, true
			}
		}
	default:
		return mention{}, false
	}
	// the [modifiers] head
	i := k + 1
	for i < len(toks) && i-k <= 4 {
		low := toks[i].low
		if toks[i].kind == tokPunct && low != "-" {
			return mention{}, false
		}
		if low == "central" && i+1 < len(toks) && toks[i+1].low == "bank" {
			// the last authority the catalogue knows as its country's central bank
			for n := len(ctx.auths) - 1; n >= 0; n-- {
				a := ctx.auths[n]
				if e := x.cat.descriptor(a.Country, "central bank"); e != nil && e.Canonical == a.Canonical {
					return mention{i: k, j: i + 2, class: mAuth, ent: a, ref: true, src: "ref", head: "central bank"}, true
				}
			}
			if a := ctx.lastAuthHead("central bank"); a != nil {
				return mention{i: k, j: i + 2, class: mAuth, ent: *a, ref: true, src: "ref", head: "central bank"}, true
			}
			return mention{}, false
		}
		if authRefHeads[low] && !toks[i].upper || (authRefHeads[low] && i == k+1) {
			if i+1 < len(toks) && (toks[i+1].low == "of" || toks[i+1].upper) {
				return mention{}, false
			}
			if t.low != "the" {
				return mention{}, false
			}
			if a := ctx.lastAuthHead(low); a != nil {
				return mention{i: k, j: i + 1, class: mAuth, ent: *a, ref: true, src: "ref", head: low}, true
			}
			return mention{}, false
		}
		if firmHeads[low] && !toks[i].upper {
			if i+1 < len(toks) && toks[i+1].low == "of" {
				return mention{}, false
			}
			if strings.HasSuffix(low, "s") && low != "business" && low != "express" && (low == "companies" || low == "firms" || low == "giants" || low == "makers") {
				if t.low != "the" || i > k+2 {
					return mention{}, false // "its largest tech firms": a class
				}
				m := mention{i: k, j: i + 1, class: mPron, plural: true, ref: true, src: "ref", group: ctx.firmGroup()}
				return m, len(m.group) > 0
			}
			var f *Entity
			if low == "rival" {
				f = ctx.lastFirmExcept(1)
			} else {
				f = ctx.lastFirm()
			}
			if f == nil {
				return mention{}, false
			}
			if low == "bank" && f.Type != TypeFirm {
				return mention{}, false
			}
			return mention{i: k, j: i + 1, class: mFirm, ent: *f, ref: true, src: "ref"}, true
		}
		if toks[i].upper && toks[i].kind == tokWord {
			// "the U.S. chipmaker": allow a capitalized modifier only before a head
			i++
			continue
		}
		if toks[i].kind == tokNum {
			i++
			continue
		}
		i++
	}
	return mention{}, false
}

// docContext remembers what the article has named so far, for references.
type docContext struct {
	auths  []Entity
	heads  []string
	firms  []Entity
	groups [][]Entity // firm lists named together
	// claims so far, for responses and agentless follow-ups
	claims []Claim
	// certainty of the previous sentence's attribution ("..., they said")
	prevReported bool
	// words the article capitalizes inside sentences (names, not sentence openers)
	midCaps map[string]bool
	// capitalized words the article calls a firm somewhere ("rival Gojek")
	firmy map[string]bool
	// surnames of persons named in full earlier ("Jeffrey Epstein" ... "Epstein")
	persons map[string]bool
	// countries named so far, whose governments may act unnamed
	places []Entity
	// lists of firms that were targets of one claim, for "they"
	claimGroups [][]Entity
}

func (c *docContext) note(m mention) {
	switch m.class {
	case mAuth:
		if !m.ref || true {
			c.auths = append(c.auths, m.ent)
			c.heads = append(c.heads, m.head)
		}
	case mFirm:
		c.firms = append(c.firms, m.ent)
	case mPlace:
		if m.ent.Country != "" {
			c.places = append(c.places, m.ent)
		}
	}
}

func (c *docContext) lastAuth(head string) *Entity {
	for i := len(c.auths) - 1; i >= 0; i-- {
		if head == "" || c.heads[i] == head {
			return &c.auths[i]
		}
	}
	return nil
}

// lastAuthHead resolves "the <head>": the last authority whose head or
// type fits; with no such authority, the last authority at all.
func (c *docContext) lastAuthHead(head string) *Entity {
	want := authHeads[head]
	for i := len(c.auths) - 1; i >= 0; i-- {
		a := c.auths[i]
		if c.heads[i] == head || strings.Contains(strings.ToLower(a.Name), head) || strings.Contains(strings.ToLower(a.Canonical), head) {
			return &c.auths[i]
		}
		if head == "central bank" {
			continue
		}
		if want != "" && a.Type == want && head != "court" && head != "judge" {
			return &c.auths[i]
		}
		if (head == "court" || head == "judge") && a.Type == TypeCourt {
			return &c.auths[i]
		}
	}
	if head == "court" || head == "judge" || head == "central bank" {
		return nil
	}
	for i := len(c.auths) - 1; i >= 0; i-- {
		if c.auths[i].Type != TypeGovernment || head == "government" {
			return &c.auths[i]
		}
	}
	return nil
}

func (c *docContext) lastFirm() *Entity {
	if len(c.firms) == 0 {
		return nil
	}
	return &c.firms[len(c.firms)-1]
}

// lastFirmExcept returns the last firm that is not among the last skip
// distinct firms ("its rival": not the subject itself).
func (c *docContext) lastFirmExcept(skip int) *Entity {
	var seen []string
	for i := len(c.firms) - 1; i >= 0; i-- {
		key := c.firms[i].Canonical
		dup := false
		for _, s := range seen {
			if s == key {
				dup = true
			}
		}
		if dup {
			continue
		}
		if len(seen) >= skip {
			return &c.firms[i]
		}
		seen = append(seen, key)
	}
	return nil
}

func (c *docContext) firmGroup() []Entity {
	if len(c.claimGroups) > 0 {
		return c.claimGroups[len(c.claimGroups)-1]
	}
	if len(c.groups) > 0 {
		return c.groups[len(c.groups)-1]
	}
	if len(c.firms) >= 2 {
		a, b := c.firms[len(c.firms)-2], c.firms[len(c.firms)-1]
		if a.Canonical != b.Canonical {
			return []Entity{a, b}
		}
	}
	return nil
}

// given names and Chinese surnames: a capitalized run starting with one is a person.
var firstNames = toSet(`john james robert michael william david richard joseph thomas charles christopher daniel matthew
 anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan
 jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick
 raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle noah ethan jeremy walter
 christian keith roger terry austin sean gerald carl harold dylan arthur lawrence jordan jesse bryan billy bruce
 gabriel joe logan albert willie alan eugene russell vincent philip bobby johnny bradley roy ralph randy wayne elon
 mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley
 kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen
 amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet
 catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith
 megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail
 alice julia judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany
 charlotte marie kayla alexis lori lindsay jeff mike bill tim tom jim bob dan rob ken sam ben nick tony steve
 satya sundar tim jensen sam mark jeff lina margrethe thierry ursula emmanuel olaf rishi keir narendra rahul
 vladimir xi jack pony robin richard masayoshi lee jay nicolás nicolas donald joe kamala ron gavin gina janet
 jerome christine fumio shinzo yoon moon lula javier claudia andrés imran shehbaz nawaz mohammed muhammad ali ahmed
 jeffrey jeff ghislaine julian virginia hunter melania ivanka eric lindsey chuck nancy mitch kevin marco ted rand
 hillary barack michelle bernie elizabeth alexandria pete ron gretchen kathy josh tucker sean rupert lachlan
 warren carl bill melinda sergey larry jensen lisa safra arvind gautam mukesh anil ratan nandan azim shiv
 jack pony colin jiang zhang lei robin william charles harry meghan camilla kate boris liz theresa david rishi
 angela olaf friedrich emmanuel marine giorgia pedro mario mark volodymyr vladimir sergei alexei dmitry yulia
 recep benjamin mohammed salman abdullah hassan hamid hafiz osama kim yoon moon park lee choi jung taylor kanye`)

var chineseSurnames = toSet(`wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao zheng liang xie
 song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao jin
 zhong fan fu qian qin shi xue yan lei long duan hao kong mao qiu bai tan jia dai xia zou hou meng gu
 kim park choi jung yoon kang cho jang lim shin han oh seo kwon hwang ahn song hong nguyen tran pham`)

// notePersons remembers the surnames of persons named in full, so a later
// bare surname is a person too.
func (c *docContext) notePersons(toks []token, ms []mention) {
	for _, m := range ms {
		if m.class == mPerson && m.j-m.i >= 2 {
			if c.persons == nil {
				c.persons = map[string]bool{}
			}
			c.persons[toks[m.j-1].low] = true
		}
	}
}
