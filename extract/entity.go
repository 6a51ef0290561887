package extract

import (
	"slices"
	"strings"
)

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

// firmOrName: a known firm or a capitalized name the catalogue lacks, the
// mentions a rule may take for a firm (asFirm gives the latter its type).
func (m *mention) firmOrName() bool { return m.class == mFirm || m.class == mName }

// inMentionOf: token q lies inside a mention of one of classes.
func inMentionOf(ms []mention, q int, classes ...mentionClass) bool {
	for _, m := range ms {
		if m.i <= q && q < m.j && slices.Contains(classes, m.class) {
			return true
		}
	}
	return false
}

// asFirm is the entity of m, an unknown name typed as the firm a rule took
// it for.
func asFirm(m mention) Entity {
	e := m.ent
	if m.class == mName {
		e.Type = TypeFirm
	}
	return e
}

// authority head nouns and the entity type they give.
var authHeads = map[string]string{
	"ministry": TypeGovernment, "ministries": TypeGovernment, "government": TypeGovernment, "cabinet": TypeGovernment,
	"department": TypeGovernment, "police": TypeGovernment, "prosecutors": TypeGovernment, "prosecutor": TypeGovernment,
	"authorities": TypeGovernment, "administration": TypeRegulator, "regulator": TypeRegulator, "regulators": TypeRegulator,
	"watchdog": TypeRegulator, "watchdogs": TypeRegulator, "commission": TypeRegulator, "agency": TypeRegulator,
	"bureau": TypeRegulator, "authority": TypeRegulator, "inspectorate": TypeRegulator, "supervisor": TypeRegulator,
	"court": TypeCourt, "courts": TypeCourt, "judge": TypeCourt, "tribunal": TypeCourt, "justices": TypeCourt, "jury": TypeCourt,
	"parliament": TypeLegislature, "lawmakers": TypeLegislature, "legislature": TypeLegislature, "congress": TypeLegislature,
	"senate": TypeLegislature, "legislators": TypeLegislature, "council": TypeGovernment, "office": TypeRegulator,
	"board": TypeRegulator, "ombudsman": TypeRegulator, "minister": TypeGovernment, "officials": TypeGovernment,
	"superintendency": TypeRegulator, "superintendence": TypeRegulator, "procuracy": TypeGovernment, "comptroller": TypeRegulator,
	"committee": TypeRegulator, "service": TypeRegulator, "directorate": TypeRegulator, "commissioner": TypeRegulator,
	"secretariat": TypeGovernment,
}

// heads that make an authority only in a capitalized name or with a qualifier
var weakAuthHeads = map[string]bool{"commissioner": true, "service": true, "secretariat": true, "committee": true, "council": true, "office": true, "board": true, "department": true, "administration": true, "minister": true, "officials": true, "authorities": true}

// modifiers allowed between a qualifier and an authority head.
var authModifiers = toSet(`industry securities market markets cyberspace banking bank financial finance antitrust competition
 data protection privacy telecom telecommunications communications trade commerce tax consumer civil aviation health
 food drug energy media broadcasting internet state federal appeals appellate supreme high district municipal provincial
 local national central insurance environmental environment transport transportation labor labour education justice
 foreign interior economy economic information technology digital regulatory planning development reform customs
 revenue audit anti-monopoly anti-corruption monetary postal railway electricity power oil gas mining resources
 natural land housing public security safety cybersecurity electoral election administrative criminal commercial
 intermediate people's top lower upper bankruptcy superior circuit city county regional provincial-level cyber
 gaming gambling medical pharmaceutical product products standards quality advertising capital exchange
 utility utilities water`)

// firm heads that a definite description uses to refer back to a firm.
var firmHeads = toSet(`company companies firm firms giant giants maker makers bank lender exchange brokerage chipmaker
 carmaker automaker retailer platform operator carrier startup start-up insurer airline conglomerate engine rival
 unit subsidiary developer provider producer manufacturer supplier owner parent app service marketplace network
 business e-tailer broker miner refiner utility outlet broadcaster publisher studio automaker
 chain drugmaker steelmaker investor label grocer distributor fund reseller wholesaler vendor processor
 farmer grower shipper trader exporter importer builder brewer bottler buyer acquirer brand group consortium cooperative
 marketer seller promoter issuer telco hauler courier caterer franchisor dealer dealership roaster assembler contractor
 shipowner shipbuilder bookmaker neobank exchanger remitter channel miller smelter distiller
 railway railroad reinsurer dairy generator`)

// nouns that show the capitalized word after them is a firm ("Swedish
// fintech Norrpay") but are too often modifiers to refer back on their own
// ("the fintech affiliate of Alibaba").
var firmyOnlyHeads = toSet(`fintech biotech proptech insurtech edtech agency competitor challenger
 aggregator gateway laboratory lab foundry supermarket hypermarket pharmacy casino lessor forwarder hotelier
 bookseller jeweller jeweler bakery baker distiller winemaker winery florist optician hatchery miller
 restaurateur homebuilder housebuilder landlord packager bottler canner tanner knitter weaver site website portal`)

// class heads: plural nouns naming classes of firms.
var sectorHeads = toSet(`banks brokerages carriers firms companies platforms providers lenders operators insurers exchanges
 retailers sellers employers channels airlines automakers carmakers developers makers manufacturers merchants
 businesses giants operators apps networks broadcasters publishers stations telcos miners producers suppliers
 distributors importers exporters dealers aggregators processors brokers traders funds issuers unions utilities refiners chipmakers hospitals schools
 institutions players services outlets sites websites marketplaces intermediaries vendors startups start-ups marketers
 fintechs neobanks insurtechs wallets bureaux bureaus shippers hauliers haulers contractors pharmacies clinics laboratories
 casinos bookmakers lotteries breweries brewers distillers refineries smelters trawlers concessionaires dairies
 meatpackers bottlers wineries shipowners shipyards`)

var sectorQuantifiers = toSet(`all some several other many most large small major big biggest largest leading foreign domestic
 state-owned state private local online internet tech technology digital financial payment payments mobile wireless
 telecom broadband social media oil gas energy cooperative urban rural commercial crypto cryptocurrency ride-hailing
 e-commerce delivery gaming video streaming messaging search cloud ai chip semiconductor auto car electric-vehicle
 more than dozen dozens of a certain those these such insurance securities investment shadow regional listed
 platform short-video news and various credit savings asset investment wealth lending brokerage fintech ride-sharing
 pharmaceutical drug food beverage tobacco vape vaping betting airline shipping logistics telecommunications
 cable satellite mining steel construction property real-estate developers retail grocery supermarket
 loans loan microfinance fuel power water
 two three four five six seven eight nine ten eleven twelve`)

// titles before a person's name.
var personTitles = toSet(`chairman chairwoman chair president founder ceo executive governor minister spokesman spokeswoman
 spokesperson secretary commissioner senator mr mrs ms dr director chief head judge justice prosecutor officer
 co-founder cofounder manager analyst economist premier vice deputy leader mayor general prime representative rep sen
 actress actor rapper singer strongman dictator player star businessman businesswoman tycoon billionaire entrepreneur
 journalist activist lawmaker candidate former late man woman boss owner investor councillor councilor
 politician mp legislator senator congressman congresswoman governor-general lawyer attorney judge`)

// capitalized words that are not names at the start of a sentence or a clause.
var capStop = toSet(`the a an in on at of for to from by with as and or but if when while after before since under
 following amid despite during having
 it its they their he she his her we our you i this that these those there here what which who why how
 officials analysts shares investors several some many most both each every all no not now initially earlier
 later first last also however meanwhile yet still such other another said says according should could would
 may might will can must monday tuesday wednesday thursday friday saturday sunday january february march april
 june july august september october november december why it's new neither nor either whether`)

// findMentions finds the entity mentions of one sentence, left to right,
// resolving references against ctx and recording new antecedents in it.
func (x *ClaimExtractor) findMentions(toks []token, ctx *docContext) []mention {
	ctx.beginSentence()
	out := make([]mention, 0, 4) // most sentences name a few: one allocation, not three (nobody appends past len to a shared ms)
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
		if m.firmOrName() && (mediaSource(toks, m) || toldOutlet(toks, m) || publicationName(toks, m)) {
			// "..., Bloomberg News reported", "according to the newspaper El
			// Comercio": the outlet only tells the story; never a party or an
			// antecedent of "the company"
			m.class = mOther
			out = append(out, m)
			k = m.j
			continue
		}
		if m.firmOrName() && (rivalOf(toks, m) || agentOfPossessor(toks, m) || relatedInApposition(toks, m) || ownerInApposition(toks, m)) {
			m.class, m.src = mOther, "describes" // "Safaricom rival Airtel": whose rival, not the party
			out = append(out, m)
			k = m.j
			continue
		}
		if m.firmOrName() && ownedInApposition(toks, m.i) {
			// "Dunamu, the operator of crypto exchange Upbit,": Upbit is what
			// Dunamu runs, no party of its own; "the company" later still means Dunamu
			m.class = mOther
			out = append(out, m)
			k = m.j
			continue
		}
		if m.firmOrName() && m.i == 0 && m.j-m.i >= 3 && toks[1].low == "for" && !toks[1].upper {
			// "Approval for Sigma Foods' takeover ...": the opening noun and
			// its "for" are no part of the name
			m.i = 2
			m.ent.Name = span(toks, 2, m.j-btoi(m.poss))
			m.ent.Canonical = m.ent.Name
		}
		if personByApposition(toks, m) {
			m.class, m.ent.Type = mPerson, TypePerson // "Arjun Mehta, chief executive of Nirmal Capital,"
		} else if placeByNoun(toks, m) || placeModifier(toks, m) {
			m.class = mOther // "in Bình Dương province": a place
		}
		ctx.noteSubject(toks, m)
		ctx.noteSentName(toks, m)
		out = append(out, m)
		// "in its Play Store": what a firm owns is no antecedent of a later
		// "it", which still means the owner
		possessed := m.class == mFirm && m.i >= 1 && (toks[m.i-1].low == "its" || toks[m.i-1].low == "their")
		if !possessed && !demonymModifier(toks, m) && !(m.class == mFirm && m.i >= 2 && (toks[m.i-1].low == "on" || toks[m.i-1].low == "via") && (toks[m.i-2].low == "said" || toks[m.i-2].low == "posted" || toks[m.i-2].low == "wrote" || toks[m.i-2].low == "announced" || toks[m.i-2].low == "statement")) {
			ctx.note(m)
		}
		k = m.j
	}
	resolveCataphora(toks, out)
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
	if m, ok := x.descriptorAt(toks, k); ok && m.j-k > bestLen && !x.catalogPastDescriptor(toks, m) {
		best, bestLen = m, m.j-k
	}
	if m, ok := x.capitalizedAt(toks, k); ok && m.j-k > bestLen && (bestLen == 0 || m.class == mAuth || m.class == mFirm ||
		m.class == mName && best.class == mPlace && !best.poss && (k > 0 && firmHeads[toks[k-1].low] && !toks[k-1].upper || placeLedName(toks, k+bestLen, m.j) || ctx.opensFirmName(m.ent.Name))) {
		// "ground-handling firm Bangkok Flight Services": a name that starts with a place
		best, bestLen = m, m.j-k
	}
	if m, ok := x.sectorAt(toks, k); ok && (m.j-k > bestLen || m.j-k == bestLen && k == 0 && best.src == "name") {
		// (a sentence's capitalized first word "Insurers must ..." is the class, not a name)
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

// opensFirmName: name is the first words of a firm the article named
// before ("Gulf Star Ship Management ... Gulf Star denied"), though its
// first word is a place.
func (c *docContext) opensFirmName(name string) bool {
	for i := len(c.firms) - 1; i >= 0; i-- {
		f := c.firms[i].Name
		if len(f) > len(name)+1 && f[len(name)] == ' ' && f[:len(name)] == name {
			return true
		}
	}
	return false
}

// placeLedName: the capitalized words after a place that make it a firm's
// name ("Jakarta Mart", "Lagos Steel Partners"), not a title or an office
// ("German Chancellor Olaf Scholz", "Kenyan High Court").
func placeLedName(toks []token, from, to int) bool {
	if to-from < 1 || to-from > 3 || to-from == 1 && isAcronym(toks[from].text) {
		return false // "the Dutch ACM": a place and an acronym, not one name
	}
	for q := from; q < to; q++ {
		w := toks[q].low
		if personTitles[w] || leaderWords[w] || capStop[w] {
			return false
		}
		if _, ok := authHeads[w]; ok {
			return false
		}
		if _, ok := orgHeadsCap[w]; ok {
			return false
		}
	}
	return true
}

var leaderWords = toSet(`chancellor king queen prince princess emperor pope ambassador envoy embassy consulate army navy
 police military forces team squad national league cup open championship olympics games university college school
 hospital airport museum ocean sea river lake mountains island islands street square show festival summit week
 conference expo forum awards award prize race marathon association federation foundation institute society club
 church temple mosque stadium arena park hall centre center tower bridge station zoo gallery orchestra opera`)

func span(toks []token, i, j int) string {
	// sentence-relative tokens keep field byte offsets; rebuild from text
	if j == i+1 {
		return toks[i].text // most names are one word: no copy
	}
	n := 0
	for k := i; k < j; k++ {
		n += len(toks[k].text) + 1
	}
	var b strings.Builder
	b.Grow(n) // one allocation, not one per word
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

// ownedInApposition: the name at i sits in ", the operator/owner/parent of
// [description] NAME" after another name.
func ownedInApposition(toks []token, i int) bool {
	q := i - 1
	// back over the description and earlier list members ("brands A and B")
	for q >= 0 && i-q <= 10 && toks[q].low != "of" && toks[q].low != "behind" && (toks[q].kind == tokWord || toks[q].text == "," || toks[q].kind == tokNum) {
		if toks[q].text == "," && q+1 < i && !toks[q+1].upper && toks[q+1].low != "and" && toks[q+1].low != "or" {
			// "X, the owner of the Zalo app, has partnered with Grab": the
			// apposition closed before the verb, Grab is no owned thing
			return false
		}
		q--
	}
	if q < 3 || toks[q].low != "of" && toks[q].low != "behind" || !ownerRoles[toks[q-1].low] {
		return false
	}
	d := q - 2
	if toks[d].low != "the" && toks[d].low != "a" && toks[d].low != "an" {
		return false
	}
	return d >= 1 && toks[d-1].text == ","
}

var ownerRoles = toSet(`operator owner parent maker developer publisher owners operators creator provider company firm studio`)
