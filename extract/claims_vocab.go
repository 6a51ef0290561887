package extract

// Vocabulary of trades and wordings the rules had rarely met (round 10):
// authorities named for the trade they oversee ("Office of Rail and Road",
// "Charity Sweepstakes Office"), intransitive answers ("hit back", "fell
// in line"), a counted class with a modifier before its members ("three
// suppliers of solvents - A, B and C"), and the thing an act falls on named
// with its owner ("aircraft operated by X").

// tradeAuthWords: words of a regulated trade that make a capitalized name
// with a weak head ("Board", "Office", "Council", "Service") a public body,
// as governmentalWords do. Power and water boards are caught first as
// operators (operatorBoard).
var tradeAuthWords = toSet(`rail road roads highways forestry forests fisheries fishery agriculture agricultural mines minerals
 nuclear chemicals medicines pharmacy veterinary sanitary phytosanitary livestock wildlife environment climate
 airports harbour harbours examinations healthcare nursing sweepstakes lotteries betting racing tobacco alcohol
 liquor cannabis firearms labour labor employment pensions superannuation radiation atomic waterworks sewerage
 seeds grain cotton cocoa coffee tea sugar dairy`)

// idiomAnswerAt: the words after a firm's verb at k that make it an answer
// to an authority ("hit back", "fell in line", "fell into line", "backed
// down", "toed the line"); false for the plain verb ("hit a record",
// "fell 3%", "backed by").
func idiomAnswerAt(toks []token, k int, lemma string) bool {
	next := func(n int) string {
		if k+n < len(toks) {
			return toks[k+n].low
		}
		return ""
	}
	switch lemma {
	case "hit":
		// not "hit back at the highs": a market moving is no answer
		return next(1) == "back" && !(next(2) == "at" && (next(3) == "the" && priceWords[next(4)] || priceWords[next(3)]))
	case "fall":
		// "fell in line with forecasts" compares figures; "fell into line
		// with the regulator's directive" names the act answered
		return (next(1) == "in" || next(1) == "into") && next(2) == "line" && (next(3) != "with" || answerNear(toks, k+4, 5) || ownedAct(toks, k+4, 8))
	case "back":
		// "backed down from its bid": a firm giving up a deal
		return next(1) == "down" && next(2) != "from"
	case "toe":
		return next(1) == "the" && next(2) == "line"
	}
	return true
}

// priceWords: what a market "hit back at" ("the highs", "record levels").
var priceWords = toSet(`highs high lows low levels level record records peak peaks`)

// pushedBackAlone: "pushed back," / "pushed back hard" / "pushes back on
// Thursday": the intransitive answer, not "pushed back the launch".
func pushedBackAlone(toks []token, k int) bool {
	if k+1 >= len(toks) || toks[k+1].low != "back" {
		return false
	}
	if k+2 >= len(toks) {
		return true
	}
	n := toks[k+2]
	return n.kind == tokPunct || pushBackAdverbs[n.low] || n.low == "on" && k+3 < len(toks) && weekdayWords[toks[k+3].low]
}

var pushBackAdverbs = toSet(`hard strongly firmly quickly sharply swiftly immediately publicly again`)

var weekdayWords = toSet(`monday tuesday wednesday thursday friday saturday sunday`)

// classTailTo: the words from the end of a class mention (from) to the dash
// at to are a short modifier of the class ("of industrial solvents", "de
// change", "in the Bekaa valley"), so the names after the dash are its members.
func classTailTo(toks []token, from, to int) bool {
	if to <= from || to-from > 5 {
		return false
	}
	switch toks[from].low {
	case "of", "in", "de", "for", "from", "on":
	default:
		return false
	}
	for q := from + 1; q < to; q++ {
		t := toks[q]
		if t.kind != tokWord || t.upper && !(q > from && toks[q-1].low == "the") {
			return false // ("in the Bekaa valley": a place after "the" may stand)
		}
	}
	return true
}

// ownedByWords: participles that name a thing's owner after it ("aircraft
// operated by X"); "belonging" takes "to".
var ownedByWords = toSet(`made developed owned marketed produced manufactured built run operated managed held leased chartered used belonging`)

// ownedThingOwner: the object of the act at k is a thing named with its
// owner ("grounded five ATR aircraft operated by Skyline", "shut a warehouse
// belonging to retailer X", "approved a monitor developed by X"); the owner
// is the party. Nil when the object is no such phrase.
func ownedThingOwner(toks []token, ms []mention, k int) []Entity {
	p := -1
	for q := k + 1; q < len(toks) && q <= k+8; q++ {
		w := toks[q].low
		if ownedByWords[w] && q > k+1 {
			p = q
			break
		}
		if (w == "to" || w == "for") && q > k+1 && q <= k+3 && grantedNouns[toks[q-1].low] {
			continue // "granted conditional approval to a therapy developed by X"
		}
		if toks[q].kind == tokPunct || dealNouns[w] || objectStops[w] || verbCue[w] || w == "to" || w == "for" || w == "with" ||
			w == "stake" || w == "stakes" || w == "shares" || w == "unit" || w == "units" || firmHeads[w] {
			return nil
		}
	}
	if p < 0 {
		return nil
	}
	head := toks[p-1]
	if head.kind != tokWord || head.upper || firmHeads[head.low] || personNouns[head.low] {
		return nil // ("a company owned by", "executives employed by"): not a thing
	}
	prep := "by"
	if toks[p].low == "belonging" {
		prep = "to"
	}
	if p+1 >= len(toks) || toks[p+1].low != prep {
		return nil
	}
	for n := range ms {
		m := ms[n]
		if m.i <= p+1 || m.i > p+5 {
			continue
		}
		if !m.firmOrName() || !allDescribe(toks, p+2, m.i) {
			return nil // ("operated by its regional unit")
		}
		return entitiesOf(ms, listFrom(toks, ms, n), func(x mention) bool { return x.firmOrName() }, "firm")
	}
	return nil
}

// registeredOrCertified: an authority registers a firm only when the firm
// is named right after ("registered Fjordmynt AS as a provider") or in the
// passive ("was registered by the regulator"), not "registered a case
// against X" or "registered a loss"; it certifies a firm or its product
// ("certified X's aircraft", "certified a pump developed by X").
func registeredOrCertified(toks []token, k int, lemma string) bool {
	if lemma == "seal" || lemma == "padlock" {
		// "sealed the premises", "padlocked three outlets of X"; not "sealed
		// a 2-1 win", "sealed the deal"
		return shutPremisesAfter(toks, k)
	}
	if lemma == "censure" || lemma == "reprimand" {
		// only the passive ("was censured by the FRC"); the active form is
		// the fallback's, whose guards keep it to a firm named right after
		return k > 0 && participleAux[toks[k-1].low]
	}
	if lemma != "register" && lemma != "certify" {
		return true
	}
	if k > 0 && (beForms[toks[k-1].low] || toks[k-1].low == "been") {
		return true
	}
	if k+1 >= len(toks) {
		return false
	}
	n := toks[k+1]
	if n.upper && n.kind == tokWord {
		return true
	}
	return lemma == "certify" && (n.low == "a" || n.low == "an" || n.low == "the")
}

// shutPremises: what an authority shuts when it closes a firm's business
// in part ("shut a warehouse", "shut two of its mines").
var shutPremises = toSet(`warehouse warehouses plant plants factory factories mine mines mill mills abattoir abattoirs slaughterhouse
 store stores shop shops outlet outlets branch branches clinic clinics hospital wards kitchen kitchens restaurant restaurants
 site sites facility facilities premises office offices depot depots yard yards quarry quarries pit pits refinery smelter
 plantation hatchery farm farms`)

// shutPremisesAfter: "shut a cold store belonging to X", "shut X's abattoir":
// one of the premises within four words after the verb, before any stop.
func shutPremisesAfter(toks []token, k int) bool {
	for q := k + 1; q < len(toks) && q <= k+4; q++ {
		if shutPremises[toks[q].low] && !toks[q].upper {
			return true
		}
		if toks[q].kind == tokPunct && toks[q].text != "'s" || objectStops[toks[q].low] {
			return false
		}
	}
	return false
}

// blacklistedFor: after "blacklisted" a reason ("for failing to ...",
// "over unpaid levies") comes before any "from" that would name what the
// firm is barred from.
func blacklistedFor(toks []token, k int) bool {
	for q := k + 1; q < len(toks) && q <= k+20; q++ {
		switch toks[q].low {
		case "from":
			return false
		case "for", "over", "after":
			return q > k+1
		case ".", ";":
			return false
		}
	}
	return false
}

// dashAt: a dash or colon that opens a class's members.
func dashAt(toks []token, i int) bool {
	t := toks[i]
	return t.low == "-" || t.text == ":" || t.text == "\u2013" || t.text == "\u2014"
}

// participleAux: the words right before a participle that make it passive
// ("was censured", "has been reprimanded", "were publicly censured").
var participleAux = toSet(`was were is are be been being get got gets publicly formally severely`)

// legalFormStop: the full stop at i closes an abbreviated legal form
// ("Najd Dairy Co. and Tihama Fresh Foods"), and the list goes on after it.
func legalFormStop(toks []token, i int) bool {
	if i == 0 || i+1 >= len(toks) || toks[i].text != "." || toks[i].bstart != toks[i-1].bend {
		return false
	}
	switch toks[i-1].low {
	case "co", "corp", "inc", "ltd", "bhd", "pty", "plc", "llc", "jsc", "cos":
	default:
		return false
	}
	n := toks[i+1].low
	return n == "and" || n == "," || n == "or" || n == "&"
}

// madeByRightAfter: the mention n is the modifier of a product noun that
// its maker follows ("a CAR-T cell therapy developed by X", "the ATR
// aircraft operated by X"); the maker, or nil.
func madeByRightAfter(toks []token, ms []mention, n int) *Entity {
	m := ms[n]
	p := productNounWithin(toks, m.j, 3)
	if p < 0 || !plainBetween(toks, m.j, p) || p+2 >= len(toks) || !madeByWords[toks[p+1].low] || toks[p+2].low != "by" {
		return nil
	}
	for o := n + 1; o < len(ms); o++ {
		if om := ms[o]; om.i > p+2 && om.i <= p+5 && om.firmOrName() && allDescribe(toks, p+3, om.i) {
			e := asFirm(om)
			return &e
		}
	}
	return nil
}

// grantedNouns: what an authority grants to a thing ("approval to a
// therapy", "a licence for a plant").
var grantedNouns = toSet(`approval clearance authorisation authorization licence license permit nod go-ahead certification`)

// premisesOfOwner: for a closing act ("sealed", "padlocked", "shut"), the
// firm whose premises follow ("sealed three outlets of fast-food chain X",
// "shut the plant of X", "padlocked the offices at X").
func premisesOfOwner(toks []token, ms []mention, k int, lemma string) []Entity {
	if lemma != "seal" && lemma != "padlock" && lemma != "shut down" {
		return nil
	}
	for q := k + 1; q+1 < len(toks) && q <= k+5; q++ {
		if toks[q].kind == tokPunct {
			return nil
		}
		if !shutPremises[toks[q].low] || toks[q+1].low != "of" && toks[q+1].low != "at" && toks[q+1].low != "belonging" {
			continue
		}
		from := q + 2
		if toks[q+1].low == "belonging" {
			from++ // "belonging to"
		}
		for n := range ms {
			if m := ms[n]; m.i >= from && m.i <= from+4 && m.firmOrName() && allDescribe(toks, from, m.i) {
				return entitiesOf(ms, listFrom(toks, ms, n), func(x mention) bool { return x.firmOrName() }, "firm")
			}
		}
		return nil
	}
	return nil
}

// restrictionNouns: what an authority puts or places on firms ("put a
// moratorium on", "placed curbs on"), as against a fine it imposes.
var restrictionNouns = toSet(`moratorium restrictions restriction curbs curb limits cap caps ban bans freeze`)

// restrictedFor: after "a moratorium on new licences", the firms or class
// the restricted thing is for or by ("for satellite internet providers",
// "by microfinance lenders"), within the phrase.
func restrictedFor(toks []token, ms []mention, on int) []Entity {
	for n := range ms {
		m := ms[n]
		if m.i <= on+1 || m.i > on+6 || !isFirmish(m) {
			continue
		}
		p := toks[m.i-1].low
		if p != "for" && p != "by" && p != "from" {
			return nil
		}
		for q := on + 1; q < m.i; q++ {
			if toks[q].kind == tokPunct {
				return nil
			}
		}
		return onlyTargets(entitiesOf(ms, listFrom(toks, ms, n), isFirmish, "firm"), nil)
	}
	return nil
}

// supplyNouns: what one firm supplies another and can cut off.
var supplyNouns = toSet(`supplies supply deliveries delivery shipments shipment services service sales orders exports
 credit financing payments coverage flights`)

// supplyCutAt: "suspended/halted <supply noun> to|at|for|with <name>"
// within a few words ("halted deliveries to discount chain X", "suspended
// cashless services for its members at X").
func supplyCutAt(toks []token, k int) bool {
	for q := k + 1; q < len(toks) && q <= k+4; q++ {
		if !supplyNouns[toks[q].low] {
			if toks[q].kind == tokPunct {
				return false
			}
			continue
		}
		for r := q + 1; r < len(toks) && r <= q+6; r++ {
			w := toks[r].low
			if (w == "to" || w == "at" || w == "with") && nameSoon(toks, r+1, 4) {
				return true
			}
			if toks[r].kind == tokPunct {
				return false
			}
		}
		return false
	}
	return false
}
