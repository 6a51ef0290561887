package extract

import "strings"

// Acts a sentence names without anyone doing them: what an order makes a
// firm stop or start ("requiring the fund manager to stop accepting new
// investors"), and what a firm only waits for another to do ("waiting for
// Alibaba to buy it").

// vetoUnperformed returns why the candidate c built from the trigger at k
// tells no act done, or "".
func vetoUnperformed(toks []token, k int, c Claim) string {
	switch {
	case c.Kind == KindAction && orderedToCease(toks, k):
		return "what an order makes a firm stop or start ('requiring X to stop accepting') is the order's content, not a firm's act"
	case c.Kind == KindAction && awaitedAct(toks, k):
		return "an act a firm only waits or hopes for ('waiting for X to buy it') is not done"
	case c.Kind == KindProbe && ownAudit(toks, k):
		return "an audit or review the firm must complete or commission is its own, not the authority's inquiry"
	case c.Kind == KindAction && k > 0 && (toks[k-1].low == "any" || toks[k-1].low == "no"):
		return "'denied taking part in any agreement': no particular deal"
	case c.Kind == KindMandate && k >= 2 && toks[k].low == "required" && (toks[k-2].low == "no" || toks[k-1].low == "no"):
		return "'no subscription required': nothing is demanded of anyone"
	case c.Kind == KindResponse && rightToAppeal(toks, k):
		return "'the firm may appeal before the tribunal': a right the law gives, not a stance"
	case c.Kind == KindResponse && orderedInfinitive(toks, k):
		return "what a firm was told to do ('was told to rectify the problems') is the order, not its answer"
	case c.Kind == KindMandate && lawObject(toks, k):
		return "'demanding it be passed': a bill is the object, no firm"
	case c.Kind == KindMandate && selfCompelled(toks, k, c):
		return "'warned that gatherings may force it to': the authority itself, no firm, is bound"
	case c.Kind == KindMandate && c.Actor.Type == TypeCourt && mayBeForced(toks, k) && courtOnlyHears(toks, k):
		return "'may be forced to ... after a court agreed to hear a complaint': the court only hears a case, it orders nothing"
	}
	return ""
}

// phaseVerbs sit between "to" and the ordered practice: "to stop
// accepting", "to cease offering", "to start allowing".
var phaseVerbs = toSet(`stop cease halt end discontinue suspend start begin resume keep continue quit`)

// orderedToCease: the trigger at k is the practice an order names after
// "to stop/cease/start" ("directed it to stop accepting deposits",
// "requiring the fund manager to stop accepting new investors").
func orderedToCease(toks []token, k int) bool {
	if k < 3 || !phaseVerbs[toks[k-1].low] || toks[k-2].low != "to" {
		return false
	}
	for q := k - 3; q >= 0 && q >= k-11; q-- {
		w := toks[q].low
		if orderVerbs[w] || w == "requiring" || w == "directing" || w == "ordering" || w == "instructing" || w == "forcing" || w == "forced" || w == "compelled" || w == "compelling" || w == "asked" || w == "asking" || w == "urged" || w == "urging" {
			return true
		}
		if toks[q].text == ";" || toks[q].text == "." {
			return false
		}
	}
	return false
}

// awaitVerbs: waiting or hoping for another to act.
var awaitVerbs = toSet(`wait waits waiting waited hope hopes hoping hoped`)

// awaitedAct: "waiting for Alibaba to buy it", "hoping for a rival to
// take it over": "<await> for <party> to <trigger>".
func awaitedAct(toks []token, k int) bool {
	if k < 3 || toks[k-1].low != "to" {
		return false
	}
	for q := k - 2; q >= 1 && q >= k-7; q-- {
		if toks[q].low == "for" && awaitVerbs[toks[q-1].low] {
			return true
		}
		if toks[q].kind == tokPunct && toks[q].text != "." {
			return false
		}
	}
	return false
}

// demonymModifier: a nationality adjective qualifying a plain noun
// ("Vietnamese mobile phone numbers", "Chinese consumers") names no
// government that could have acted, so a later agentless passive ("are
// also required to ...") must not take it as its authority. "Chinese
// regulators" still stands for an authority.
func demonymModifier(toks []token, m mention) bool {
	if m.class != mPlace || m.poss || m.j-m.i != 1 || m.j >= len(toks) {
		return false
	}
	name := toks[m.i].low
	if name == strings.ToLower(m.ent.Canonical) || !hasDemonymEnding(name) {
		return false
	}
	next := toks[m.j]
	return next.kind == tokWord && !next.upper && authHeads[next.low] == ""
}

func hasDemonymEnding(w string) bool {
	for _, suf := range []string{"ese", "ian", "ish", "ean", "an", "ic", "i", "ch", "ss"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// lawParticiples are what only a bill or rule undergoes: "demanding it be
// passed" speaks of legislation, never of a firm.
var lawParticiples = toSet(`passed enacted adopted ratified tabled debated repealed promulgated legislated gazetted`)

// lawObject: the trigger at k is followed by "it/this/that (should) be
// passed ...".
func lawObject(toks []token, k int) bool {
	for q := k + 1; q+1 < len(toks) && q <= k+3; q++ {
		if toks[q].low != "it" && toks[q].low != "this" && toks[q].low != "that" {
			continue
		}
		r := q + 1
		if r < len(toks) && (toks[r].low == "should" || toks[r].low == "must") {
			r++
		}
		return r+1 < len(toks) && toks[r].low == "be" && lawParticiples[toks[r+1].low]
	}
	return false
}

// sayVerbs introduce what an authority says ("has warned that ...").
var sayVerbs = toSet(`said says warned warns announced stated added noted argued insisted claimed cautioned told acknowledged conceded admitted`)

// selfCompelled: "Pakistan's government has warned that gatherings may
// force it to impose a lockdown": "it" after the trigger is the authority
// that speaks before it, so the act binds no firm.
func selfCompelled(toks []token, k int, c Claim) bool {
	if k+1 >= len(toks) || toks[k+1].low != "it" || c.Actor.Name == "" {
		return false
	}
	name := strings.ToLower(c.Actor.Name)
	for q := k - 1; q >= 1; q-- {
		if sayVerbs[toks[q].low] {
			before := strings.ToLower(span(toks, 0, q))
			between := strings.ToLower(span(toks, q, k))
			for _, t := range c.Targets {
				if strings.Contains(between, strings.ToLower(t.Name)) {
					return false // "said it had fined X and ordered it to": "it" is X
				}
			}
			return strings.Contains(before, name)
		}
	}
	return false
}

// mayBeForced: "Uber may be forced to pull out ...": a pressure foreseen,
// with no agent.
func mayBeForced(toks []token, k int) bool {
	if k < 2 || toks[k-1].low != "be" {
		return false
	}
	switch toks[k].low {
	case "forced", "compelled", "made":
	default:
		return false
	}
	switch toks[k-2].low {
	case "may", "might", "could":
	default:
		return false
	}
	return k+1 < len(toks) && toks[k+1].low == "to"
}

// regionWords make up an adjective of a region or people ("Middle
// Eastern", "Latin American", "West African"), which names no firm.
var regionWords = toSet(`middle eastern western northern southern east west north south central southeast southeastern northeast
 northeastern southwest southwestern northwest northwestern latin american african asian european arab arabian nordic scandinavian
 gulf pan-african pan-european pan-asian sub-saharan caribbean pacific atlantic baltic balkan mediterranean oceanian
 levantine maghrebi iberian anglo-saxon`)

func regionAdjective(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) == 0 {
		return false
	}
	last := ws[len(ws)-1]
	if !(strings.HasSuffix(last, "n") || strings.HasSuffix(last, "ic") || strings.HasSuffix(last, "ean")) {
		return false // "Gulf", "Pacific" alone may open a firm's name
	}
	for _, w := range ws {
		if !regionWords[w] {
			return false
		}
	}
	return true
}

// ownUnit: a target whose name extends the actor's ("Zamtel" -> "Zamtel
// Kwacha", "Kowhai Capital" -> "Kowhai Property Fund" shares its first
// word) is the actor's own product or unit, no other firm.
func ownUnit(actor, t Entity) bool {
	a := strings.Fields(strings.ToLower(actor.Name))
	b := strings.Fields(strings.ToLower(t.Name))
	if len(a) == 0 || len(b) <= len(a) || sameEntityAny(t, []Entity{actor}) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// trimNonParties drops targets that are no firm: a region's adjective
// ("a Middle Eastern payments firm"), a code ("GLP-1") and, for a firm's act, its own unit.
// emptied reports a claim left with no target it had.
func trimNonParties(c Claim) (Claim, bool) {
	keep := c.Targets[:0:0]
	for _, t := range c.Targets {
		if regionAdjective(t.Name) || codeName(t.Name) || publicFund(t.Name) || c.Kind != KindResponse && titledPerson(t.Name) || c.Kind == KindAction && ownUnit(c.Actor, t) {
			continue
		}
		keep = append(keep, t)
	}
	if len(keep) == len(c.Targets) {
		return c, false
	}
	c.Targets = keep
	return c, len(keep) == 0
}

// courtOnlyHears: the court after the trigger only takes up a case
// ("agreed to hear a new complaint", "admitted a lawsuit").
func courtOnlyHears(toks []token, k int) bool {
	for q := k + 1; q < len(toks); q++ {
		switch toks[q].low {
		case "hear", "admitted", "admit", "admits", "accepted", "entertain", "entertained":
			return wordWithin(toks, q+1, 5, "complaint", "complaints", "case", "lawsuit", "suit", "petition", "challenge", "appeal")
		}
	}
	return false
}

// rightToAppeal: "The firm may appeal before the tribunal", "X can appeal
// the decision within 30 days": the law's offer, not the firm's stance,
// unless someone says it ("said it may appeal").
func rightToAppeal(toks []token, k int) bool {
	if k < 1 || (toks[k-1].low != "may" && toks[k-1].low != "can") || !strings.HasPrefix(toks[k].low, "appeal") {
		return false
	}
	for q := 0; q < len(toks); q++ {
		if sayVerbs[toks[q].low] || toks[q].low == "say" || toks[q].low == "says" {
			return false
		}
	}
	return true
}

// venueAnswered: a response whose only targets are the court it goes to
// ("would oppose it before the tribunal", "an appeal to the Court of
// Justice") answers the authority that acted on the firm, not the venue.
func venueAnswered(toks []token, k int, c Claim, ctx *docContext) Claim {
	if c.Kind != KindResponse || len(c.Targets) == 0 {
		return c
	}
	for _, t := range c.Targets {
		if t.Type != TypeCourt || !namedAsVenue(toks, k, t) {
			return c
		}
	}
	var auths []Entity
	for _, a := range ctx.authsActingOn([]Entity{c.Actor}) {
		if !sameEntityAny(a, c.Targets) {
			auths = append(auths, a) // (a lower court that ruled is answered too)
		}
	}
	for i := len(ctx.auths) - 1; i >= 0 && len(auths) == 0; i-- {
		// no act on the firm was read: the last authority named that is no court
		if a := ctx.auths[i]; a.Type != TypeCourt {
			auths = append(auths, a)
		}
	}
	if len(auths) > 0 {
		c.Targets = auths
	}
	return c
}

// namedAsVenue: the court t is named after k behind "before/to/at/in
// (the)".
func namedAsVenue(toks []token, k int, t Entity) bool {
	first := strings.ToLower(strings.Fields(t.Name + " x")[0])
	for q := k + 1; q < len(toks); q++ {
		if toks[q].low != first && !(toks[q].low == "the" && q+1 < len(toks) && toks[q+1].low == first) {
			continue
		}
		p := q - 1
		if toks[q].low != "the" && p >= 0 && toks[p].low == "the" {
			p--
		}
		if p >= 0 {
			switch toks[p].low {
			case "before", "to", "at", "in":
				return true
			}
		}
	}
	return false
}

// ownAudit: "until it completes an independent audit", "must commission
// an external review", "will undergo a forensic audit": the firm's own.
func ownAudit(toks []token, k int) bool {
	switch toks[k].low {
	case "audit", "review", "assessment", "examination", "investigation", "inquiry", "probe":
	default:
		return false
	}
	for q := k - 1; q >= 0 && q >= k-4; q-- {
		if toks[q].upper {
			continue
		}
		switch toks[q].low {
		case "complete", "completes", "completed", "completing", "commission", "commissions", "commissioned", "undergo", "undergoes", "undergone", "undergoing":
			return true
		}
		if toks[q].kind == tokPunct {
			return false
		}
	}
	return false
}

// codeName: a letters-hyphen-digits code ("GLP-1", "COVID-19", "PD-1")
// names a molecule, a disease or a standard, never a firm.
func codeName(name string) bool {
	i := strings.IndexByte(name, '-')
	if i <= 0 || i == len(name)-1 {
		return false
	}
	for _, r := range name[:i] {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	for _, r := range name[i+1:] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// catalogPastDescriptor: a catalogued name opens inside the descriptor and
// runs past it ("Kenya's Office of the Data Protection Commissioner"), so
// the descriptor ("Kenya's Office") would cut a known body in two.
func (x *ClaimExtractor) catalogPastDescriptor(toks []token, m mention) bool {
	for h := m.i + 1; h < m.j; h++ {
		if n, l := x.cat.lookup(toks, h); n != nil && h+l > m.j {
			return true
		}
	}
	return false
}

// publicFund: a deposit-guarantee, investor-compensation or resolution
// body ("the Deposit Guarantee Fund", "Deposit Insurance Corporation")
// carries out what the authority decides; it is no firm bound.
func publicFund(name string) bool {
	n := strings.ToLower(name)
	return strings.Contains(n, "deposit guarantee") || strings.Contains(n, "deposit insurance") || strings.Contains(n, "guarantee fund") ||
		strings.Contains(n, "resolution fund") || strings.Contains(n, "compensation fund") || strings.Contains(n, "investor protection fund") ||
		strings.Contains(n, "compensation scheme")
}

// personTitleWords open a person's name in a target ("Reuters
// Editor-in-Chief Alessandra Galloni", "Binance CEO Richard Teng").
var personTitleWords = toSet(`ceo chief editor-in-chief chairman chairwoman chairperson president founder co-founder spokesman spokeswoman spokesperson director minister secretary`)

// titledPerson: a title followed by two or more capitalized words, the
// last of the name: a person, never a target.
func titledPerson(name string) bool {
	f := strings.Fields(name)
	for i, w := range f {
		if personTitleWords[strings.ToLower(w)] && len(f)-i-1 >= 2 {
			rest := f[i+1:]
			for _, r := range rest {
				if r == "" || r[0] < 'A' || r[0] > 'Z' || firmHeads[strings.ToLower(r)] || corpSuffixes[strings.ToLower(strings.TrimSuffix(r, "."))] {
					return false
				}
			}
			return true
		}
	}
	return false
}

// lawSubjectVerbs bind firms when a law is their subject.
var lawSubjectVerbs = toSet(`require requires required ban bans banned prohibit prohibits prohibited forbid forbids oblige obliges obliged compel compels force forces`)

// lawSubjectMandate: "The Bill would require telecommunications service
// providers to store metadata", "The new law bans lenders from ...": with
// no authority named, the law itself is the actor of the mandate (hedged
// by the sentence's modal as any claim is).
func lawSubjectMandate(toks []token, ms []mention, sofar []Claim) ([]Claim, int) {
	if hasKindIn(sofar, KindMandate) {
		return nil, 0
	}
	// (the caller hedges the claim when a modal stands before the verb: a
	// bill that "would require" has not passed)
	for k := 2; k < len(toks); k++ {
		if !lawSubjectVerbs[toks[k].low] {
			continue
		}
		q := k - 1
		for q > 0 && (toks[q].low == "would" || toks[q].low == "will" || toks[q].low == "also" || toks[q].low == "could" || toks[q].low == "may" || toks[q].low == "further") {
			q--
		}
		if !lawNouns[toks[q].low] || toks[q].low == "order" || toks[q].low == "ruling" || toks[q].low == "decision" || toks[q].low == "judgment" || toks[q].low == "judgement" || toks[q].low == "verdict" {
			continue
		}
		start := q
		for start > 0 && toks[start-1].upper && toks[start-1].kind == tokWord && toks[start-1].low != "the" {
			start-- // "Data Retention Bill"
		}
		if start > 0 && toks[start-1].low != "the" && toks[start-1].low != "this" && toks[start-1].low != "new" && toks[start-1].low != "a" {
			if !(start == 0 || toks[start-1].kind == tokPunct) {
				continue
			}
		}
		var targets []Entity
		for n, m := range ms {
			if m.i > k && m.i <= k+3 && (m.class == mSector || m.class == mFirm || m.class == mName) {
				targets = entitiesOf(ms, listFrom(toks, ms, n), isFirmish, "firm")
				break
			}
		}
		if len(targets) == 0 {
			continue
		}
		name := span(toks, start, q+1)
		law := Entity{Name: name, Canonical: name, Type: TypeOther}
		prohibition := strings.HasPrefix(toks[k].low, "ban") || strings.HasPrefix(toks[k].low, "prohibit") || strings.HasPrefix(toks[k].low, "forbid")
		return []Claim{{Kind: KindMandate, Actor: law, Targets: targets, Action: toks[k].low, Prohibition: prohibition, Confidence: 0.55, Rule: "mandate/law-subject"}}, k
	}
	return nil, 0
}

// modalBefore: "would/could/may/might" right before the verb at k
// (through "also").
func modalBefore(toks []token, k int) bool {
	for q := k - 1; q >= 0 && q >= k-3; q-- {
		switch toks[q].low {
		case "would", "could", "may", "might":
			return true
		case "also", "further":
			continue
		}
		return false
	}
	return false
}
