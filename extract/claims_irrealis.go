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
		if (toks[q].low == "commission" || toks[q].low == "commissions") && q > 0 && (toks[q-1].low == "the" || toks[q-1].low == "its" || toks[q-1].low == "their") {
			return false // "The commission said a forensic audit ...": the body, not the verb
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
