package extract

import "strings"

// A last look at each candidate claim against the words around its
// trigger, for wordings that read like an act on a firm and are none:
// declining to act ("would not take further action against X"), naming a
// firm to a role ("was designated as receiver"), asking a court for an
// order ("the lawsuit seeks an order barring X"), and a review told
// together with the clearance it ended in.

// whyOrderedInfinitive is kept apart: the act stays in the article's
// memory, so the firm it falls on may still answer the authority
// ("Telegram said it was surprised by the move").
const whyOrderedInfinitive = "what the ordered firms must do to another ('told carriers to block app X') binds only them"

// vetoClaim returns why the candidate c built from the trigger at k is no
// claim, or "".
func vetoClaim(toks []token, k int, c Claim) string {
	switch {
	case c.Kind != KindResponse && c.Kind != KindAction && noPlansTo(toks, k):
		return "an act ruled out ('has no plans to examine', 'does not intend to fine')"
	case c.Kind == KindProbe && declinesAction(toks, k):
		return "declines to act ('would not take further action against')"
	case c.Kind == KindApproval && awardedPurchase(toks, k):
		return "a contract or order awarded is a purchase, not an approval"
	case c.Kind != KindResponse && c.Kind != KindAction && askedToAct(toks, k):
		return "what an authority is asked or urged to do ('asking it to examine X') is not done"
	case c.Kind == KindMandate && limitedTo(toks, k):
		return "'was restricted to terror targets': confined to, no firm restricted"
	case analystConjecture(toks, k):
		return "a forecaster's 'could/might' ('analysts said the ministry could ask X'), no act"
	case c.Kind == KindMandate && purchaseOrdered(toks, k):
		return "goods ordered by a buyer ('buses ordered by Kraków'), no firm bound"
	case c.Kind == KindMandate && appointedAs(toks, k):
		return "a firm named to a role ('designated as receiver'), not bound"
	case (c.Kind == KindMandate || c.Kind == KindPenalty) && requestedOrder(toks, k):
		return "an order asked for ('seeks an order barring'), not given"
	case c.Kind == KindMandate && participleAfterComma(toks, k) && !namedBefore(toks, k, c.Actor):
		return "', forcing X to' tells what the act before it did; the authority named after forced nothing"
	case (c.Kind == KindAction || c.Kind == KindMandate && !anyNamedBefore(toks, k, c.Targets)) && orderedInfinitive(toks, k):
		return whyOrderedInfinitive
	case suspendedAct(toks, k, c):
		return "'suspended the authority's order sealing X' lifts an act, binds no firm"
	case questionedChoice(toks, k, c):
		return "'questioned NASA's use of X' doubts a choice, no inquiry"
	case sportAward(toks, k, c):
		return "'were awarded a penalty' on a pitch is a referee's call"
	case liftedRestriction(toks, k, c):
		return "a ban lifted ('lifted its ban on X') is the approval, not a restriction imposed"
	case c.Kind == KindAction && c.Rule == "action/partner-under-deal" && dealNounModifiesLaw(toks, k):
		return "'under the credit contracts law' names a law, no deal"
	case arguedApproval(toks, k, c):
		return "'arguing the deal was deemed approved' is a party's contention, no clearance"
	case courtSues(c):
		return "a court is where a case is brought ('sued X at the High Court'), not who brings it"
	case filingPurpose(toks, k, c):
		return "what a filing asks a court to do ('filed an application to force X') is not done"
	case personOfFirmActedOn(toks, k, c):
		return "'X's chief executive was fined' punishes the person, not the firm"
	case orderedFirmChecks(toks, k, c):
		return "what a firm is told to examine or review it checks itself ('directed the exchange to examine'), no inquiry"
	case c.Kind != KindResponse && c.Kind != KindAction && shouldBefore(toks, k):
		return "what an authority 'should' do is an opinion, no act"
	case c.Kind == KindResponse && appealAsPlea(toks, k):
		return "'appeal to customers to stay calm', 'appealed for calm': a plea, not an appeal"
	case c.Kind == KindMandate && c.Rule == "mandate/compel-passive-context":
		return "'X has been forced to' with no authority in the sentence: pressure, not an order"
	case c.Kind == KindApproval && approvesPersonPick(toks, k):
		return "approving a politician's pick or nominee approves no firm"
	case c.Kind == KindApproval && notAuthorisedToSpeak(toks, k):
		return "'not authorised to speak' is why a source is unnamed, no approval"
	case len(c.Targets) > 0 && allTargetsSpeak(toks, k, c.Targets):
		return "the only target is who tells the sentence (', Dar said.')"
	case c.Kind == KindApproval && c.Rule == "approval/close" && !dealNamed(toks):
		return "a closed review of conduct, not of a deal, clears nothing"
	case c.Kind == KindMandate && strings.HasPrefix(c.Rule, "mandate/received") && receivedNothing(toks, k):
		return "a firm that received no notice or order was bound by none"
	}
	return ""
}

// declinesAction: "would not take (any/further) action", "will take no
// action", "decided against taking action".
func declinesAction(toks []token, k int) bool {
	if !strings.HasPrefix(toks[k].low, "tak") && toks[k].low != "took" {
		return false
	}
	act := wordIndexWithin(toks, k+1, 4, "action", "steps", "measures")
	if act < 0 {
		return false
	}
	for q := max(0, k-3); q < act; q++ {
		switch toks[q].low {
		case "not", "n't", "no", "never", "against", "without":
			return true
		}
	}
	return false
}

var appointVerbs = toSet(`designated designate designates appointed appoint appoints named names nominated installed`)

var appointedRoles = toSet(`receiver administrator administrators liquidator liquidators trustee trustees manager managers
 conservator custodian monitor auditor adviser advisor advisers advisors curator agent statutory interim official provisional`)

// appointedAs: "was designated as receiver", "appointed X Ltd as
// liquidator": the firm takes a role; no duty is laid on it.
func appointedAs(toks []token, k int) bool {
	if !appointVerbs[toks[k].low] {
		return false
	}
	for q := k + 1; q < len(toks) && q <= k+8; q++ {
		if toks[q].low == "as" && q+1 < len(toks) {
			r := q + 1
			if toks[r].low == "the" || toks[r].low == "a" || toks[r].low == "an" || toks[r].low == "its" {
				r++
			}
			return r < len(toks) && appointedRoles[toks[r].low]
		}
		if toks[q].kind == tokPunct && toks[q].text != "(" && toks[q].text != ")" {
			return false
		}
	}
	return false
}

var requestVerbs = toSet(`seeks seek seeking sought asks ask asking asked requests request requesting requested
 wants want wanting wanted demands demanding petitioned petitions urges urging`)

// requestedOrder: the trigger sits in "an order / injunction ..." that a
// party asks for ("seeks restitution and an order barring the company").
func requestedOrder(toks []token, k int) bool {
	o := -1
	for q := k; q >= 0 && q >= k-2; q-- {
		if toks[q].low == "order" || toks[q].low == "orders" || toks[q].low == "injunction" || toks[q].low == "ruling" {
			o = q
			break
		}
	}
	if o < 0 {
		return false
	}
	for q := o - 1; q >= 0 && q >= o-12; q-- {
		t := toks[q]
		if t.text == ";" || t.text == "." {
			return false
		}
		if requestVerbs[t.low] {
			return true
		}
		if q+1 < o && t.low == "calls" && toks[q+1].low == "for" || t.low == "called" && toks[q+1].low == "for" {
			return true
		}
	}
	return false
}

// vetoSentence drops what the sentence's claims together show is no claim:
// a review of a deal by the authority that cleared it in the same
// sentence ("CADE, which reviewed the deal separately, had signed off"),
// and acts of sports bodies, which are no authority, and answers to them.
func vetoSentence(out []Claim) []Claim {
	kept := out[:0]
	for _, c := range out {
		if c.Kind == KindProbe && strings.HasPrefix(c.Rule, "probe/review-deal") && clearedBySame(c, out) {
			continue
		}
		if sportsBody(c.Actor) || c.Kind == KindResponse && len(c.Targets) > 0 && sportsBody(c.Targets[0]) {
			continue
		}
		if (c.Kind == KindResponse || c.Kind == KindAction) && institution(c.Actor) {
			continue // "Makerere University sued the ministry": no firm answers
		}
		if c.Kind != KindResponse && c.Kind != KindAction && outletEntity(c.Actor) || c.Kind == KindResponse && len(c.Targets) > 0 && outletEntity(c.Targets[0]) {
			continue // "Yonhap News Agency" reports; it is no authority
		}
		c, ok := withoutAmounts(c)
		if !ok {
			continue // "fined the company K750,000": a sum, not a firm
		}
		if suspensionBesideFine(c, out) {
			continue // "fined X ... and suspended its stock-lending business": one sanction
		}
		kept = append(kept, c)
	}
	return kept
}

func clearedBySame(p Claim, out []Claim) bool {
	for _, c := range out {
		if c.Kind != KindApproval || c.Negated || !strings.EqualFold(c.Actor.Canonical, p.Actor.Canonical) {
			continue
		}
		for _, t := range p.Targets {
			if sameEntityAny(t, c.Targets) {
				return true
			}
		}
	}
	return false
}

// sportsWords mark the name of a body that governs a sport: its fines and
// bans discipline players and clubs, not firms under the state.
var sportsWords = toSet(`league soccer football cricket rugby fifa uefa caf afc concacaf conmebol fiba olympic
 athletics tennis golf basketball hockey netball volleyball cycling motorsport var referee referees umpire umpires`)

func sportsBody(e Entity) bool {
	if e.Type == TypeFirm || e.Type == TypeSector {
		return false
	}
	for _, n := range []string{e.Name, e.Canonical} {
		for _, w := range strings.Fields(strings.ToLower(n)) {
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			if sportsWords[w] {
				return true
			}
		}
	}
	return false
}

// receivedNothing: "had received no notice from", "has not received any
// order from": the firm says nothing bound it, which is no mandate, denied
// or not.
func receivedNothing(toks []token, k int) bool {
	for q := max(0, k-3); q < len(toks) && q <= k+2; q++ {
		switch toks[q].low {
		case "no", "not", "n't", "never", "any":
			return true
		}
	}
	return false
}

// dealNamed: the sentence names a deal ("joint venture", "merger", "the
// acquisition"), so closing a review of it clears it.
func dealNamed(toks []token) bool {
	for _, t := range toks {
		if dealNouns[t.low] || dealNounWords[t.low] || t.low == "venture" || t.low == "deal" || t.low == "transaction" || t.low == "combination" {
			return true
		}
	}
	return false
}

// participleAfterComma: the trigger is an -ing form opening a clause after
// a comma (", forcing the company to import").
func participleAfterComma(toks []token, k int) bool {
	return k > 0 && toks[k-1].text == "," && compelParticiples[toks[k].low]
}

var compelParticiples = toSet(`forcing compelling obliging obligating requiring pressuring pushing driving leaving`)

// namedBefore: a word of the actor's name ("China's market regulator":
// china, market, regulator) occurs before k.
func namedBefore(toks []token, k int, e Entity) bool {
	words := map[string]bool{}
	for _, n := range []string{e.Name, e.Canonical} {
		for _, w := range strings.Fields(strings.ToLower(n)) {
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			if len(w) > 2 && !capStop[w] {
				words[w] = true
			}
		}
	}
	for q := 0; q < k; q++ {
		if words[toks[q].low] {
			return true
		}
	}
	return false
}

var payBackVerbs = toSet(`refund reimburse compensate repay credit`)

var orderVerbs = toSet(`ordered orders order ordering directed directs direct instructed instructs told tells required requires`)

// compensationIsPenalty makes "X must refund / reimburse / compensate /
// pay compensation" a penalty, as the spec counts an order to pay or
// compensate (and "ordered X to refund" already is one).
func compensationIsPenalty(toks []token, k int, c Claim) Claim {
	if c.Kind != KindMandate || c.Prohibition || c.Negated || c.Rule == "mandate/order-and-to" {
		return c // (the order's second part, "... and submit a plan", stays an order)
	}
	q := k + 1
	if toks[k].low != "must" {
		// "ordered the company to credit every customer", "directed X to
		// reimburse": the verb after the order's "to"
		q = -1
		for p := k + 1; p+1 < len(toks) && p <= k+8; p++ {
			if toks[p].low == "to" {
				q = p + 1
				break
			}
			if toks[p].kind == tokPunct && toks[p].text != "'s" {
				break
			}
		}
		if q < 0 || !orderVerbs[toks[k].low] {
			return c
		}
	}
	for q < len(toks) && (toks[q].low == "also" || toks[q].low == "now" || toks[q].low == "still" || toks[q].low == "first") {
		q++
	}
	if q >= len(toks) {
		return c
	}
	w := toks[q].low
	if w == "do" && q+1 < len(toks) && toks[q+1].low == "so" {
		// "pledged to refund ..., a day after the regulator ordered it to
		// do so": the act done so is the refund told before
		for p := 0; p < k; p++ {
			if payBackVerbs[toks[p].low] {
				w = toks[p].low
				break
			}
		}
	}
	if w == "repay" && wordWithin(toks, q+1, 3, "deposits", "depositors", "savers") {
		// a lender being wound down told to give savers their money back
		return c
	}
	pay := payBackVerbs[w] || w == "pay" && q+1 < len(toks) && (toks[q+1].low == "back" || wordWithin(toks, q+1, 2, "compensation", "restitution", "damages", "refunds")) || w == "pay" && finePaid(toks, q+1) || moneyBack(toks, q)
	if !pay {
		return c
	}
	c.Kind, c.Action, c.Rule = KindPenalty, "order to pay", c.Rule+"-compensate"
	return c
}

// institutionWords name bodies that are neither firms nor authorities.
var institutionWords = toSet(`university college school academy hospital church mosque temple museum foundation
 institute association federation party charity`)

// (not "union": Western Union, Union Bank and credit unions are firms)

// institution reports whether a name the extractor took for a firm is a
// university, hospital, trade association or party.
func institution(e Entity) bool {
	if e.Type != TypeFirm && e.Type != TypeOther {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(e.Name)) {
		if institutionWords[w] {
			return true
		}
	}
	return false
}

// orderedInfinitive: the trigger is the infinitive of an order ("ordered
// internet providers to block", "told Jazz and Zong to ban").
func orderedInfinitive(toks []token, k int) bool {
	if k < 2 || toks[k-1].low != "to" {
		return false
	}
	if ownChoiceVerbs[toks[k-2].low] {
		return false // "Grab has since decided to block ...": the firm's own act
	}
	plain := 0 // lower-case words that are no list glue: a long list may stand between
	for q := k - 2; q >= 0 && q >= k-30; q-- {
		if orderVerbs[toks[q].low] || toks[q].low == "asked" || toks[q].low == "forced" {
			return true
		}
		if toks[q].text == ";" || toks[q].text == "." {
			return false
		}
		if q < k-9 && toks[q].kind == tokWord && !toks[q].upper && !listGlue[toks[q].low] {
			if plain++; plain > 6 {
				return false
			}
		}
	}
	return false
}

func anyNamedBefore(toks []token, k int, es []Entity) bool {
	for _, e := range es {
		if namedBefore(toks, k, e) {
			return true
		}
	}
	return false
}

var speakVerbs = toSet(`speak talk comment discuss disclose brief`)

// notAuthorisedToSpeak: "not authorized to speak to the media", "were not
// permitted to comment publicly", "is not allowed to be named".
func notAuthorisedToSpeak(toks []token, k int) bool {
	for q := k + 1; q < len(toks) && q <= k+4; q++ {
		if toks[q].low == "to" && q+1 < len(toks) {
			n := toks[q+1].low
			return speakVerbs[n] || n == "be" && q+2 < len(toks) && (toks[q+2].low == "named" || toks[q+2].low == "identified" || toks[q+2].low == "quoted")
		}
	}
	return false
}

// allTargetsSpeak: every target is named only as the teller after the act
// (", Dar said."), not as anyone acted upon.
func allTargetsSpeak(toks []token, k int, ts []Entity) bool {
	for _, t := range ts {
		if !onlySpeaker(toks, k, t) {
			return false
		}
	}
	return true
}

func onlySpeaker(toks []token, k int, e Entity) bool {
	f := strings.Fields(strings.ToLower(e.Name))
	if len(f) == 0 {
		return false
	}
	seen := false
	for q := 0; q+len(f) <= len(toks); q++ {
		match := true
		for i, w := range f {
			if toks[q+i].low != w {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		end := q + len(f)
		if q <= k || q == 0 || toks[q-1].text != "," || end >= len(toks) || !speechVerbs[toks[end].low] || !tellerTail(toks, end+1) {
			return false
		}
		seen = true
	}
	return seen
}

var tellerTailWords = toSet(`on in from at last this late earlier told reporters to the a by phone statement email`)

// tellerTail: what follows a closing "Dar said" only says where or when
// (", Dar said from the crash site."), no clause the speaker goes on with
// ("..., Acme Bank said it would comply").
func tellerTail(toks []token, from int) bool {
	for q := from; q < len(toks); q++ {
		t := toks[q]
		if t.kind == tokPunct || t.upper || t.kind == tokNum {
			continue
		}
		if !tellerTailWords[t.low] && !strings.HasSuffix(t.low, "site") {
			return false
		}
	}
	return true
}

var pickNouns = toSet(`pick picks nominee nominees nomination nominations choice appointee appointees judge judges
 candidate candidates ambassador minister ministers secretary cabinet governor`)

// approvesPersonPick: the approved object is a possessor's pick ("approves
// Trump's 200th federal judge", "approved Ruto's pick for governor").
func approvesPersonPick(toks []token, k int) bool {
	for q := k + 1; q < len(toks) && q <= k+5; q++ {
		if toks[q].low == "'s" || toks[q].text == "'" {
			for p := q + 1; p < len(toks) && p <= q+4; p++ {
				if pickNouns[toks[p].low] {
					return true
				}
				if toks[p].kind == tokPunct {
					break
				}
			}
			return false
		}
	}
	return false
}

// shouldBefore: "should (also/not) order", "ought to investigate".
func shouldBefore(toks []token, k int) bool {
	q := k - 1
	for q >= 0 && (toks[q].low == "also" || toks[q].low == "not" || toks[q].low == "now" || toks[q].low == "to" || toks[q].low == "immediately") {
		if toks[q].low == "to" && (q == 0 || toks[q-1].low != "ought") {
			return false
		}
		q--
	}
	return q >= 0 && (toks[q].low == "should" || toks[q].low == "ought")
}

// noPlansTo: "had no plans to examine", "does not intend to fine", "has
// no intention of blocking", "not planning to".
func noPlansTo(toks []token, k int) bool {
	for q := k - 1; q >= 1 && q >= k-4; q-- {
		switch toks[q].low {
		case "plans", "plan", "planning", "intention", "intend", "intends", "intending":
			for p := q - 1; p >= 0 && p >= q-3; p-- {
				if toks[p].low == "no" || toks[p].low == "not" || toks[p].low == "n't" || toks[p].low == "never" {
					return true
				}
			}
			return false
		}
	}
	return false
}

var pleaObjects = toSet(`customers clients depositors investors shareholders public people residents citizens
 users subscribers staff employees workers members agents passengers consumers parents motorists`)

// appealAsPlea: "appeal(ed) for calm / patience / help", "appeal to
// customers to stay calm": asking people, not challenging an act.
func appealAsPlea(toks []token, k int) bool {
	if !strings.HasPrefix(toks[k].low, "appeal") || k+1 >= len(toks) {
		return false
	}
	switch toks[k+1].low {
	case "for":
		return true
	case "to":
		for q := k + 2; q < len(toks) && q <= k+5; q++ {
			if pleaObjects[toks[q].low] {
				return true
			}
			if toks[q].low == "to" && q+1 < len(toks) && !toks[q+1].upper && toks[q+1].kind == tokWord && toks[q+1].low != "the" {
				return true // "appeal to X to stay calm"
			}
		}
	}
	return false
}
