package extract

import "strings"

// Wordings on fresh text that read like an authority's act on a firm and
// are none: a firm told to check something does the checking itself (no
// inquiry by anyone), and the legal ceiling of a fine a firm "could face"
// is no fine.

// orderedFirmChecks: "directed the exchange to examine whether ...",
// "orders the company to review every claim it rejected": the examining
// verb is what the ordered party must do. It is an inquiry only when the
// ordered party is itself an authority ("told the police to investigate
// X"); a firm checking its own books, or an authority named as actor while
// another party was ordered, is none.
func orderedFirmChecks(toks []token, k int, c Claim) bool {
	if c.Kind != KindProbe || k < 3 || toks[k-1].low != "to" {
		return false
	}
	q := k - 2
	for ; q >= 0 && q >= k-10; q-- {
		if orderVerbs[toks[q].low] {
			break
		}
		if toks[q].kind == tokPunct && toks[q].text != "-" {
			return false
		}
	}
	if q < 0 || q < k-10 || q+1 >= k-1 {
		return false
	}
	for i := q + 1; i < k-1; i++ {
		if ownUnitWords[toks[i].low] {
			return false // "directed its investigation arm to probe X": the authority's own inquiry
		}
	}
	if !namedBetween(toks, q+1, k-1, c.Actor) {
		return true // the authority that gave the order is not the one that examines
	}
	// the party ordered is the actor: an inquiry only if it is an authority
	// (an actor is typed by its role, so look at the name itself)
	if c.Actor.Country != "" {
		return false
	}
	for i := q + 1; i < k-1; i++ {
		if authRefHeads[toks[i].low] || authOnlyHeads[toks[i].low] || headAuthorityWords[toks[i].low] || toks[i].low == "police" || toks[i].low == "prosecutors" {
			return false
		}
	}
	return true
}

// ownUnitWords tell an authority's own staff or arm as the party ordered.
var ownUnitWords = toSet(`its their investigators inspectors officials officers staff arm unit prosecutors police auditors`)

// namedBetween: a word of e's name stands in toks[a:b].
func namedBetween(toks []token, a, b int, e Entity) bool {
	return namedBefore(toks[a:b], b-a, e)
}

// statutoryMaximum: "could face fines of up to 10% of annual turnover",
// "face penalties of as much as $1 million if found guilty": the ceiling the
// law sets on a fine not yet imposed. A fine a firm faces after a finding,
// with no ceiling word, stays ("faces a $2 million fine after ...").
func statutoryMaximum(toks []token, k, noun int) bool {
	ceiling := false
	for i := noun + 1; i < len(toks) && i <= noun+4; i++ {
		if toks[i].low == "up" && i+1 < len(toks) && toks[i+1].low == "to" || toks[i].low == "maximum" ||
			toks[i].low == "much" && i > 0 && toks[i-1].low == "as" {
			ceiling = true
			break
		}
	}
	if !ceiling && !(noun > 0 && (toks[noun-1].low == "maximum" || toks[noun-1].low == "possible")) {
		return false
	}
	if modalBefore(toks, k) {
		return true
	}
	for i := noun + 1; i < len(toks); i++ {
		switch toks[i].low {
		case "if", "unless", "under", "turnover", "revenue", "revenues", "sales":
			// a condition, a statute or a share of turnover: the law's cap
			return true
		}
	}
	return false
}

// romanceJoin: the particle at j ("del", "de", "da", "dos", "das", "du",
// "des") joins the capitalized words either side into one Spanish,
// Portuguese or French name, so "Harinas del Bajío said it ..." is one firm
// speaking and not two fragments leaving "it" to an earlier firm. English
// has none of these words; "do" ("Why do Kenyans") is left out.
func romanceJoin(toks []token, j int) bool {
	if j+1 >= len(toks) || j == 0 {
		return false
	}
	if (toks[j].low == "la" || toks[j].low == "los" || toks[j].low == "las") && toks[j-1].low == "de" {
		return toks[j+1].upper && toks[j+1].kind == tokWord // "de la Sabana": the article after "de"
	}
	if !toks[j-1].upper || toks[j-1].kind != tokWord {
		return false
	}
	switch toks[j].low {
	case "del", "de", "da", "dos", "das", "du", "des":
	default:
		return false
	}
	n := toks[j+1]
	if n.low == "la" || n.low == "los" || n.low == "las" {
		if j+2 >= len(toks) {
			return false
		}
		n = toks[j+2] // "Molinos de la Sierra"
	}
	return n.upper && n.kind == tokWord && n.lex&lxCapStop == 0
}

// courtSues: "sued MTN Nigeria at the Federal High Court": a court is where
// a case is brought, never who brings it.
func courtSues(c Claim) bool {
	return c.Kind == KindProbe && c.Action == "sue" && c.Actor.Type == TypeCourt
}

var filingNouns = toSet(`application applications petition petitions suit lawsuit motion complaint case claim`)
var filingVerbs = toSet(`filed files file filing lodged lodge lodges brought bring launched launch submitted submit`)
var filingGrantVerbs = toSet(`granted grants grant upheld allowed approved accepted`)

// filingPurpose: "filed an urgent application in the High Court to force
// the retailer to honour a contract": what a party's filing asks a court to
// do is not done; a court that granted it did ("granted an application ...
// to force").
func filingPurpose(toks []token, k int, c Claim) bool {
	if c.Kind != KindMandate || k < 3 || toks[k-1].low != "to" {
		return false
	}
	noun := -1
	for q := k - 2; q >= 0 && q >= k-12; q-- {
		if toks[q].text == ";" || toks[q].text == "." {
			return false
		}
		if filingGrantVerbs[toks[q].low] {
			return false
		}
		if noun < 0 && filingNouns[toks[q].low] {
			noun = q
			continue
		}
		if noun >= 0 && filingVerbs[toks[q].low] {
			return true
		}
	}
	return false
}

// personOfFirmActedOn: "Meridian Steel's chief executive was fined": the
// person is punished, not the firm that owns the title.
func personOfFirmActedOn(toks []token, k int, c Claim) bool {
	if c.Kind != KindPenalty && c.Kind != KindMandate && c.Kind != KindProbe || k < 4 {
		return false
	}
	q := k - 1
	for q > 0 && (toks[q].low == "was" || toks[q].low == "were" || toks[q].low == "been" || toks[q].low == "has" || toks[q].low == "have" || toks[q].low == "is" || toks[q].low == "are" || toks[q].low == "being") {
		q--
	}
	if q == k-1 {
		return false // not a passive
	}
	n := 0
	for q > 0 && toks[q].kind == tokWord && !toks[q].upper && (personTitles[toks[q].low] || personNouns[toks[q].low]) {
		q--
		n++
	}
	return n > 0 && n <= 3 && toks[q].low == "'s"
}

// rightAnswerVerbs are what a firm may do, not must do, in the time it is given:
// "has 30 days to respond", "has 15 days to appeal", "has a month to make
// written representations". Paying, complying or explaining stays an
// order with a deadline.
var rightAnswerVerbs = toSet(`appeal respond reply answer comment object contest challenge`)

// rightToAnswer: the infinitive at i is the firm's right to answer.
func rightToAnswer(toks []token, i int) bool {
	if i >= len(toks) {
		return false
	}
	if rightAnswerVerbs[toks[i].low] {
		return true
	}
	// "make (written) representations", "submit comments"
	return (toks[i].low == "make" || toks[i].low == "submit" || toks[i].low == "file") &&
		wordWithin(toks, i+1, 3, "representations", "representation", "comments", "objections", "observations", "appeal")
}

var liftVerbs = toSet(`lifted lifts lift lifting scrapped scraps scrap ended ends removed removes rescinded rescinds withdrew withdraws withdrawn revoked revokes overturned`)

// liftedRestriction: "lifted its ban on Likee", "scrapped the restrictions
// on X": the ban noun is what is taken away, which is the approval the
// lifting tells, not a restriction imposed.
func liftedRestriction(toks []token, k int, c Claim) bool {
	if c.Kind != KindMandate || c.Rule != "mandate/impose-restrictions" {
		return false
	}
	for q := k; q < len(toks) && q <= k+4; q++ {
		if strings.HasPrefix(toks[q].low, "impos") {
			return false // "lifted the cap it (had) imposed on X in 2018": the imposing is told too
		}
	}
	for q := k - 1; q >= 0 && q >= k-4; q-- {
		if liftVerbs[toks[q].low] {
			return true
		}
		if toks[q].kind == tokPunct {
			return false
		}
	}
	return false
}

var lawHeads = toSet(`law laws act rules regulations regime code statute`)

// dealNounModifiesLaw: "under the credit contracts law": the deal noun
// names a law, and a firm brought under a law partners no one.
func dealNounModifiesLaw(toks []token, k int) bool {
	return k+1 < len(toks) && lawHeads[toks[k+1].low]
}

// regionAdjectives name a sea, gulf or group of countries and, alone
// before a lower-case firm noun, only say where a firm works ("Baltic ferry
// operator", "Nordic lender", "Gulf carrier"); "Gulf Air" goes on in
// capitals and stays a name.
var regionAdjectives = toSet(`baltic nordic scandinavian gulf balkan caribbean andean iberian levantine adriatic aegean mediterranean pan-african pan-asian`)

func regionDescriptor(toks []token, k int) bool {
	return regionAdjectives[toks[k].low] && k+1 < len(toks) && headSoon(toks, k+1)
}

// finePaid: "must pay an £18 million penalty", "must pay a fine of": the
// duty to pay a fine is the fine itself (a penalty), not a second order.
func finePaid(toks []token, i int) bool {
	for q := i; q < len(toks) && q < i+6; q++ {
		switch toks[q].low {
		case "penalty", "penalties", "fine", "fines":
			return true
		}
		if toks[q].kind == tokPunct && currencySymbols[toks[q].text] == "" {
			return false
		}
	}
	return false
}

// boundIsMergedFirm: the order after a cleared deal binds "the combined
// group", "the merged company", "the buyer", "the operator": one firm, the
// one the buyer becomes, not both sides ("both firms" stays both).
func boundIsMergedFirm(toks []token, k int) bool {
	q := k + 1
	if q < len(toks) && toks[q].low == "the" {
		q++
	}
	if q >= len(toks) {
		return false
	}
	switch toks[q].low {
	case "buyer", "acquirer", "purchaser", "bidder":
		return true
	case "combined", "merged", "enlarged", "new":
		return q+1 < len(toks) && combinedNouns[toks[q+1].low]
	}
	return false
}

var sportAwards = toSet(`penalty free free-kick corner spot-kick goal try throw-in`)

// sportAward: "Rangers were awarded a penalty in stoppage time", "awarded a
// free kick": a referee's call on a pitch, neither a permit nor a fine.
func sportAward(toks []token, k int, c Claim) bool {
	if c.Kind != KindApproval && c.Kind != KindPenalty || !strings.HasPrefix(toks[k].low, "award") {
		return false
	}
	q := k + 1
	if q < len(toks) && (toks[q].low == "a" || toks[q].low == "the" || toks[q].low == "an") {
		q++
	}
	if q < len(toks) && (toks[q].low == "late" || toks[q].low == "second" || toks[q].low == "controversial") {
		q++
	}
	if q >= len(toks) || !sportAwards[toks[q].low] {
		return false
	}
	// a penalty with a sum is a fine ("awarded a penalty of $2 million")
	return !(q+1 < len(toks) && toks[q+1].low == "of")
}

// questionedChoice: "members of Congress questioned NASA's use of the SLS",
// "questioned the bank's decision": doubting a choice is criticism; an
// inquiry questions people or a firm ("questioned executives of X").
func questionedChoice(toks []token, k int, c Claim) bool {
	if c.Kind != KindProbe || !strings.HasPrefix(toks[k].low, "question") {
		return false
	}
	for q := k + 1; q < len(toks) && q <= k+5; q++ {
		if toks[q].low == "'s" || toks[q].low == "’s" {
			return q+1 < len(toks) && toks[q+1].kind == tokWord && !toks[q+1].upper && !personTitles[toks[q+1].low] && !personNouns[toks[q+1].low]
		}
		if toks[q].kind == tokPunct {
			return false
		}
	}
	return false
}

var suspendedActNouns = toSet(`order orders ban decision ruling directive directives injunction fine penalty notice`)

// suspendedAct: "suspended the Punjab Food Authority's order sealing X",
// "stayed the regulator's ban": what is suspended is another act, which
// frees the firm rather than binding it. ("suspended the licence of X"
// punishes X and stays.)
func suspendedAct(toks []token, k int, c Claim) bool {
	if c.Kind != KindMandate && c.Kind != KindPenalty {
		return false
	}
	w := toks[k].low
	if !strings.HasPrefix(w, "suspend") && !strings.HasPrefix(w, "stay") && !strings.HasPrefix(w, "quash") {
		return false
	}
	for q := k + 1; q < len(toks) && q <= k+7; q++ {
		if suspendedActNouns[toks[q].low] {
			return true
		}
		if toks[q].kind == tokPunct && toks[q].text != "'s" || toks[q].low == "of" || toks[q].low == "for" {
			return false
		}
	}
	return false
}

// relatedRoles tie a firm named next in apposition to a possessor it works
// with: "Dalbit's delivery partner, Hangang Logistics,". Owners and units
// are left out: a parent answers for its unit ("X's parent, Y, said it
// disagreed"), so the unit must stay a party.
var relatedRoles = toSet(`partner partners supplier suppliers contractor contractors subcontractor distributor distributors franchisee`)

// relatedInApposition: the possessive firm m, a related-firm role (after at
// most one lower-case modifier) and a comma, then a capitalized name: the
// named firm is the party and the possessor only tells whose it is.
func relatedInApposition(toks []token, m mention) bool {
	if !m.poss {
		return false
	}
	q := m.j
	if q+1 < len(toks) && toks[q].kind == tokWord && !toks[q].upper && !relatedRoles[toks[q].low] && relatedRoles[toks[q+1].low] {
		q++ // "delivery partner"
	}
	if q+2 >= len(toks) || !relatedRoles[toks[q].low] || toks[q+1].text != "," {
		return false
	}
	n := toks[q+2]
	return n.upper && n.kind == tokWord && !capStop[n.low]
}

// countedMembers: a one-word plural name right after a plain count ("with
// roughly 350,000 Teamsters", "12,000 Deliveroo riders" is not this: the
// name is followed by its noun) names counted people or things, not a firm.
// A year ("in 2023 Safaricom") or a sum ("$5 million Acme") is no count.
func countedMembers(toks []token, k int) bool {
	if k == 0 || toks[k-1].kind != tokNum || !strings.HasSuffix(toks[k].low, "s") || strings.HasSuffix(toks[k].low, "ss") {
		return false
	}
	if k+1 < len(toks) && toks[k+1].upper && toks[k+1].kind == tokWord {
		return false // a longer name goes on
	}
	n := toks[k-1].text
	if len(n) == 4 && (strings.HasPrefix(n, "19") || strings.HasPrefix(n, "20")) {
		return false
	}
	if k >= 2 && (currencySymbols[toks[k-2].text] != "" || toks[k-2].bend == toks[k-1].bstart && toks[k-2].kind != tokWord) {
		return false
	}
	return strings.Contains(n, ",") || len(n) >= 3
}
