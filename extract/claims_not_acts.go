package extract

import "strings"

// Wordings that carry an act's trigger without telling an act: what a bill
// or draft law would let an authority do ("a bill that would let the FTC
// fine platforms"), a penalty only threatened by a condition ("If the
// breach is proven, the company could be fined"), and a participle that
// only describes firms ("all licensed content providers"). The claims spec
// counts acts done, weighed or announced, not powers or threats.

// vetoNotAct returns why the candidate c built from the trigger at k tells
// no act, or "".
func vetoNotAct(toks []token, k int, c Claim) string {
	switch {
	case c.Kind != KindResponse && c.Kind != KindAction && lawWouldEnable(toks, k):
		return "what a bill or draft law would let an authority do is a power, not an act"
	case c.Kind != KindResponse && c.Kind != KindAction && inUntilClause(toks, k):
		return "'until it is licensed', 'unless the regulator approves': an act awaited, not done"
	case c.Kind == KindMandate && askedForAuthorityAct(toks, k):
		return "'asking it (the court) to fine the companies': one asked to fine or order is a court or authority, not a firm bound"
	case (c.Kind == KindPenalty || c.Kind == KindMandate) && conditionalPenalty(toks, k):
		return "a penalty that only follows a condition ('if proven, could be fined') is a threat, not a fine"
	case c.Kind != KindResponse && c.Kind != KindAction && accusedConduct(toks, k):
		return "'suspecting it of forcing suppliers to pay' is the firm's alleged conduct, not the authority's act"
	case c.Kind == KindProbe && c.Rule == "probe/inquiry-noun-context" && awaitedInquiry(toks, k):
		return "'pending the outcome of the probe' names an inquiry told before, whose firm is not this sentence's"
	case (c.Kind == KindPenalty || c.Kind == KindMandate || c.Kind == KindProbe) && personBehindFirm(toks, k, c):
		return "'fined a former Safaricom employee': the person is acted on, the firm only names where they work"
	case c.Kind == KindResponse && agreedToDealNoun(toks, k):
		return "'agreed to the deal in May' is a party's deal, no answer to an authority"
	case c.Kind == KindAction && goodsBoughtFrom(toks, k):
		return "'buys network capacity from Optus': goods bought from a supplier, no deal for a firm"
	case c.Kind == KindApproval && registeredIn(toks, k):
		return "'is registered in the United States' tells where a firm is domiciled, not an approval"
	case c.Kind == KindApproval && (describingParticiple(toks, k) || thingApproved(toks, k)):
		return "'all licensed providers' describes firms; nothing is granted"
	case inquiryOfOther(toks, k, c):
		return "'during its audit of a listed group': an inquiry into something else than the firm"
	case counterfactual(toks, k):
		return "'could have allowed X to cut off rivals': what would have happened, not an act"
	}
	return ""
}

// enablingLaws are texts that give powers when passed.
var enablingLaws = toSet(`bill bills law laws amendment amendments legislation proposal proposals draft act statute decree rules regulation regulations reform`)

// enableVerbs after "would"/"could": the law's effect on an authority.
var enableVerbs = toSet(`let allow give enable empower grant authorise authorize permit require`)

// lawWouldEnable: the trigger at k follows "would let/give/allow" whose
// subject is a law ("a bill that would let CADE designate platforms and
// fine them", "A draft amendment would give the regulator powers to fine").
func lawWouldEnable(toks []token, k int) bool {
	for i := k - 1; i >= 1 && i >= k-16; i-- {
		if toks[i].text == "." || toks[i].text == ";" {
			return false
		}
		if !enableVerbs[toks[i].low] || toks[i-1].low != "would" && toks[i-1].low != "could" {
			continue
		}
		// the law stands shortly before "would": "a bill that would",
		// "A draft amendment to the telecom law would", "legislation
		// tabled on Tuesday would"
		for j := i - 2; j >= 0 && j >= i-10; j-- {
			if enablingLaws[toks[j].low] && !toks[j].upper || enablingLaws[toks[j].low] && j == 0 {
				return true
			}
			if toks[j].text == "," && j < i-3 {
				break
			}
		}
		return false
	}
	return false
}

// conditionalPenalty: a firm that "could be fined" or "could face fines"
// in a sentence with a condition ("If the violation is proven, the company
// could be fined up to 10%", "could face fines of up to 20% if found
// guilty"): a threat. (An authority that "could fine X if it finds ..."
// weighs its own act: a hedged penalty, kept.)
func conditionalPenalty(toks []token, k int) bool {
	passive := false
	for i := k - 1; i >= 1 && i >= k-4; i-- {
		switch toks[i].low {
		case "be", "face", "faces", "facing":
			switch toks[i-1].low {
			case "could", "would", "may", "might", "will", "can":
				passive = true
			}
		}
	}
	if !passive {
		return false
	}
	for _, t := range toks {
		switch t.low {
		case "if", "unless":
			return true
		}
	}
	return false
}

// describers before a participle that make it an adjective of the noun
// after it ("all licensed lenders", "other registered operators").
var describers = toSet(`all the a an every other its their any no only non some unlicensed each several of for to with among`)

// describingParticiple: "licensed" (or "authorised", "registered", ...)
// between a describer and a lowercase noun: "all licensed online content
// providers", "the approved vendors".
func describingParticiple(toks []token, k int) bool {
	switch toks[k].low {
	case "licensed", "licenced", "authorised", "authorized", "approved", "registered", "accredited", "certified":
	default:
		return false
	}
	if k == 0 || k+1 >= len(toks) || !describers[toks[k-1].low] {
		return false
	}
	n := toks[k+1]
	return n.kind == tokWord && !n.upper && n.low != "by" && n.low != "to" && n.low != "for" && n.low != "in" && n.low != "on"
}

// accusedConduct: the trigger is the gerund of what a firm is accused or
// suspected of ("suspecting it of forcing suppliers to pay listing fees",
// "accused Trendyolu of requiring sellers to use its couriers", "on
// suspicion of ordering distributors to fix prices").
func accusedConduct(toks []token, k int) bool {
	if k < 2 || toks[k-1].low != "of" || len(toks[k].low) < 5 || toks[k].low[len(toks[k].low)-3:] != "ing" {
		return false
	}
	for i := k - 2; i >= 0 && i >= k-7; i-- {
		w := toks[i].low
		if toks[i].kind == tokPunct && w != "'s" {
			return false
		}
		for _, p := range accusePrefixes {
			if len(w) >= len(p) && w[:len(p)] == p {
				return true
			}
		}
	}
	return false
}

var accusePrefixes = []string{"suspect", "suspicion", "accus", "alleg", "guilty", "convict", "charg", "complain"}

// suspensionBesideFine: an authority that fines a firm and, in the same
// sentence, itself suspends one of its businesses ("imposed a fine on
// Haneul Securities ... and suspended the brokerage's stock-lending
// business for six months") imposes one sanction, the penalty already
// told; an order to suspend ("ordered it to suspend sales") stays an order.
func suspensionBesideFine(c Claim, out []Claim) bool {
	if c.Kind != KindMandate || c.Rule != "mandate/suspend" || c.Negated {
		return false
	}
	for _, p := range out {
		if p.Kind != KindPenalty || p.Negated || p.Certainty == Hedged || !sameEntity(p.Actor, c.Actor) {
			continue
		}
		for _, t := range c.Targets {
			if sameEntityAny(t, p.Targets) {
				return true
			}
		}
	}
	return false
}

// awaitedInquiry: a definite inquiry noun the sentence's act waits on
// ("directed Google to remove the app pending the outcome of the probe",
// "until the investigation is complete"): the inquiry was told before, and
// the firm this sentence binds is not the one examined.
func awaitedInquiry(toks []token, k int) bool {
	if k < 2 || toks[k-1].low != "the" && toks[k-1].low != "its" && toks[k-1].low != "that" {
		return false
	}
	if k+1 < len(toks) && (toks[k+1].low == "into" || toks[k+1].low == "of" || toks[k+1].low == "on") {
		return false // "pending the review of its lending book": its own object
	}
	for i := k - 2; i >= 0 && i >= k-5; i-- {
		switch toks[i].low {
		case "pending", "until", "while", "awaiting", "outcome", "conclusion", "completion", "end", "result", "results":
			return true
		}
	}
	return false
}

// thingApproved: "approved by" right after a common noun that is no deal
// ("a fare estimate approved by the authority", "prices approved by the
// regulator"): a thing approved, not a firm.
func thingApproved(toks []token, k int) bool {
	if k < 1 || k+1 >= len(toks) || toks[k+1].low != "by" {
		return false
	}
	q := k - 1
	for q > 0 && (strings.HasSuffix(toks[q].low, "ly") || toks[q].low == "already" || toks[q].low == "also" || toks[q].low == "just" || toks[q].low == "since" || toks[q].low == "now") {
		q-- // "a deal already cleared by", "the merger previously approved by"
	}
	p := toks[q]
	return p.kind == tokWord && !p.upper && !dealNouns[p.low] && !beForms[p.low] && !approvalDealNouns[p.low]
}

var approvalDealNouns = toSet(`deal deals merger mergers acquisition acquisitions takeover takeovers purchase sale tie-up venture transaction transactions combination`)

// inUntilClause: the trigger is the verb of an "until/unless/once/if"
// clause that starts a few words before it ("told Starlink to stop selling
// kits until it is licensed", "unless the regulator approves it").
func inUntilClause(toks []token, k int) bool {
	for i := k - 1; i >= 0 && i >= k-5; i-- {
		switch toks[i].low {
		case "until", "unless", "once", "till":
			return true
		case ",", ";", ".", "and", "but", "after", "before", "when", "to":
			return false
		}
	}
	return false
}

// authorityActVerbs are what only a court or an authority does.
var authorityActVerbs = toSet(`fine penalise penalize sanction order impose ban bar prohibit revoke investigate examine probe approve clear dissolve declare rule annul quash enjoin`)

// askedForAuthorityAct: the ask trigger at k asks for an authority's act
// ("sued X at the Patent and Market Court, asking it to fine the
// companies", "petitioned the tribunal to order Y to ..."): the one asked
// is a court or authority, so no firm is bound by the asking.
func askedForAuthorityAct(toks []token, k int) bool {
	if !askVerbs[toks[k].low] {
		return false
	}
	for q := k + 1; q+1 < len(toks) && q <= k+6; q++ {
		if toks[q].low == "to" {
			return authorityActVerbs[toks[q+1].low]
		}
		if toks[q].kind == tokPunct {
			return false
		}
	}
	return false
}

// wireNames open the name of a news wire or agency.
var wireNames = toSet(`reuters bloomberg yonhap xinhua kyodo jiji tass interfax bernama antara anadolu afp ansa efe dpa pti ians`)

// outletEntity: an authority-typed name that is a news agency ("Yonhap
// News Agency", "Anadolu Agency", "the Press Trust of India" aside): it
// reports, it never acts on a firm.
func outletEntity(e Entity) bool {
	if e.Type == TypeFirm || e.Type == TypePerson {
		return false
	}
	n := strings.ToLower(e.Name)
	if strings.Contains(n, "news agency") || strings.Contains(n, "press agency") || strings.Contains(n, "news service") {
		return true
	}
	first, _, _ := strings.Cut(n, " ")
	return wireNames[first]
}

// withoutAmounts drops sums read as names ("fined the company K750,000":
// "K750,000" is a kwacha amount) from a claim's parties; ok is false when
// the actor or every target was such a sum.
func withoutAmounts(c Claim) (Claim, bool) {
	if amountLike(c.Actor.Name) {
		return c, false
	}
	n, tail := 0, 0
	for _, t := range c.Targets {
		if amountLike(t.Name) {
			n++
		} else if amountTail(t.Name) != "" {
			tail++
		}
	}
	if tail > 0 {
		// "fined Shire Millers K40,000,000": the sum ran into the name
		ts := make([]Entity, len(c.Targets))
		for i, t := range c.Targets {
			if w := amountTail(t.Name); w != "" && !amountLike(t.Name) {
				t.Name = strings.TrimSuffix(t.Name, " "+w)
				t.Canonical = strings.TrimSuffix(t.Canonical, " "+w)
			}
			ts[i] = t
		}
		c.Targets = ts
	}
	if n == 0 {
		return c, true
	}
	if n == len(c.Targets) {
		return c, false
	}
	ts := make([]Entity, 0, len(c.Targets)-n)
	for _, t := range c.Targets {
		if !amountLike(t.Name) {
			ts = append(ts, t)
		}
	}
	c.Targets = ts
	return c, true
}

// amountLike: one to three letters of a currency, then a sum with no
// space: "K750,000", "N5bn", "KSh2.4m", "R340m" (not "A1 Bulgaria", "U2").
func amountLike(name string) bool {
	i := 0
	for i < len(name) && i < 3 && (name[i] >= 'A' && name[i] <= 'Z' || i > 0 && name[i] >= 'a' && name[i] <= 'z') {
		i++
	}
	if i == 0 || i >= len(name) || name[i] < '0' || name[i] > '9' {
		return false
	}
	rest := name[i:]
	if strings.ContainsAny(rest, " ") {
		return false
	}
	digits := 0
	for _, r := range rest {
		if r >= '0' && r <= '9' {
			digits++
		}
	}
	return strings.ContainsAny(rest, ",.") || digits >= 3 || strings.HasSuffix(rest, "m") || strings.HasSuffix(rest, "bn")
}

// amountTail: the last word of a name when it is a sum ("Shire Millers
// K40,000,000"), else "".
func amountTail(name string) string {
	i := strings.LastIndexByte(name, ' ')
	if i < 0 {
		return ""
	}
	if w := name[i+1:]; amountLike(w) {
		return w
	}
	return ""
}

// registeredIn: "registered/incorporated/headquartered in <place>" (and
// "registered at", "registered under the laws of"): where a firm is
// domiciled, which no authority grants in the sentence.
func registeredIn(toks []token, k int) bool {
	switch toks[k].low {
	case "registered", "incorporated", "domiciled", "listed":
	default:
		return false
	}
	if k+1 >= len(toks) {
		return false
	}
	switch toks[k+1].low {
	case "in", "at", "offshore", "abroad":
		return true
	case "under":
		return wordWithin(toks, k+2, 3, "laws", "law")
	}
	return false
}

// workerNouns after a firm's name make it a modifier of a person.
var workerNouns = toSet(`employee employees executive executives official officials manager managers director directors
 worker workers trader traders banker bankers agent agents driver drivers engineer engineers staffer staffers founder
 co-founder cofounder chairman chairwoman accountant accountants salesman broker brokers`)

// personBehindFirm: the trigger's object is a person described by the firm
// they work for ("fined a former Safaricom employee", "charged two Wirecard
// executives", "banned an ex-Binance trader"): no claim on the firm.
func personBehindFirm(toks []token, k int, c Claim) bool {
	if len(c.Targets) == 0 {
		return false
	}
	q := k + 1
	for q < len(toks) && q <= k+4 && toks[q].kind == tokWord && !toks[q].upper {
		q++ // "a former", "two senior", "an ex-"
	}
	start := q
	for q < len(toks) && q <= start+5 && toks[q].upper {
		q++
	}
	if q == start || q >= len(toks) || !workerNouns[toks[q].low] {
		return false
	}
	run := strings.ToLower(span(toks, start, q))
	for _, t := range c.Targets {
		if !strings.Contains(run, strings.ToLower(t.Name)) {
			return false
		}
	}
	return true
}

// acquirable words name what a buyer takes over: a firm, its parts or
// its shares ("bought a stake from", "buys the stores from").
var acquirable = toSet(`stake stakes share shares business businesses unit units division divisions arm arms operations assets
 company companies firm firms rival stores branches portfolio subsidiary subsidiaries holding holdings interest control
 majority minority brand brands network networks operator chain plant plants factory factories licence license rights`)

// goodsBoughtFrom: a buy verb whose object is goods in lower case, then
// "from" a firm ("buys network capacity wholesale from Optus", "bought
// handsets from Huawei"): the seller supplies, no firm is acquired.
func goodsBoughtFrom(toks []token, k int) bool {
	switch toks[k].low {
	case "buy", "buys", "bought", "buying", "purchase", "purchases", "purchased", "purchasing", "sources", "sourced":
	default:
		return false
	}
	head := ""
	for q := k + 1; q < len(toks) && q <= k+6; q++ {
		t := toks[q]
		if t.low == "from" {
			return head != "" && !acquirable[head]
		}
		if t.kind != tokWord || t.upper || t.low == "all" || t.low == "most" {
			return false
		}
		if !supplyAdverbs[t.low] {
			head = t.low // the object's head: its last word before adverbs
		}
	}
	return false
}

var supplyAdverbs = toSet(`wholesale directly cheaply locally abroad overseas mainly mostly only exclusively largely`)

// suitWords name a case a firm answers.
var suitWords = toSet(`lawsuit lawsuits suit suits`)

// actWordsAnswered name an authority's act a firm may answer in the same
// breath ("called the lawsuit baseless and the order unfair").
var actWordsAnswered = toSet(`order orders ruling decision fine penalty probe investigation inquiry ban directive`)

// dropFirmSuitAnswers: a firm's answer to "the lawsuit" a rival firm
// brought against it ("Chonos called the lawsuit 'baseless'") answers that
// firm, not the court that hears the case or an authority: no response.
func dropFirmSuitAnswers(toks []token, out, before []Claim) []Claim {
	if !hasWord(toks, suitWords) || hasWord(toks, actWordsAnswered) {
		return out
	}
	kept := out[:0]
	for _, c := range out {
		if c.Kind == KindResponse && !c.Negated && suedByFirm(c.Actor, before) {
			continue
		}
		kept = append(kept, c)
	}
	return kept
}

// suedByFirm: an earlier claim has a firm suing f.
func suedByFirm(f Entity, before []Claim) bool {
	for _, p := range before {
		if p.Kind == KindAction && p.Action == "sue" && p.Actor.Type == TypeFirm && sameEntityAny(f, p.Targets) {
			return true
		}
	}
	return false
}

// agreedToDealNoun: "agreed to the deal", "agreed to the merger": a party
// entering a deal, which answers no authority's act ("agreed to the
// authority's conditions" still does).
func agreedToDealNoun(toks []token, k int) bool {
	switch toks[k].low {
	case "agree", "agreed", "agrees", "agreeing":
	default:
		return false
	}
	if k+2 >= len(toks) || toks[k+1].low != "to" {
		return false
	}
	q := k + 2
	if toks[q].low == "the" || toks[q].low == "a" || toks[q].low == "its" || toks[q].low == "this" {
		q++
	}
	return q < len(toks) && approvalDealNouns[toks[q].low]
}
