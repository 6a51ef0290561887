package extract

import "strings"

// A firm withholding its service from another firm: "refused to carry gas
// for X", "refused to stock yoghurts made by X", "has stopped leasing fibre
// to X", "ceased supplying parts to X", "accused Y of refusing to haul X's
// ore". The verb of the service varies with the industry, so the frame is
// the refusal (or stop) plus any verb of serving, and the firm is whichever
// the served phrase names; the refuser is the subject, or the accused.

// cutoffServiceVerbs: what one firm does for another and can withhold.
var cutoffServiceVerbs = toSet(`carry haul stock supply sell serve ship transport list host accept lease distribute process
 connect deliver load handle book store provide renew wheel fly feature broadcast stream insure reinsure clear settle
 carrying hauling stocking supplying selling serving shipping transporting listing hosting accepting leasing distributing
 processing connecting delivering loading handling booking storing providing renewing wheeling flying featuring
 broadcasting streaming insuring reinsuring clearing settling`)

// cutoffStops: verbs that stop a service told by its -ing form.
var cutoffStops = toSet(`stopped stops stopping ceased ceases halted halts suspended suspends`)

// withheldService: the cut-off told at the refusal or stop verb k, or nil.
func withheldService(toks []token, ms []mention, k int) []Claim {
	v := -1
	switch w := toks[k].low; {
	case (w == "refused" || w == "refuses" || w == "refusing" || w == "refuse") && k+2 < len(toks) && toks[k+1].low == "to" && cutoffServiceVerbs[toks[k+2].low]:
		v = k + 2
	case cutoffStops[w] && k+1 < len(toks) && cutoffServiceVerbs[toks[k+1].low] && strings.HasSuffix(toks[k+1].low, "ing"):
		v = k + 1
	}
	if v < 0 {
		return nil
	}
	actor := cutoffActor(toks, ms, k)
	if actor == nil {
		return nil
	}
	// the served firm: the first firm of the served phrase, before the clause ends
	for i := range ms {
		m := ms[i]
		if m.i <= v {
			continue
		}
		if m.i > v+10 || clauseBreakBetween(toks, v, m.i) {
			break
		}
		if !m.firmOrName() || sameEntity(asFirm(m), *actor) {
			continue
		}
		if m.i > 0 && (toks[m.i-1].low == "in" || toks[m.i-1].low == "at") {
			continue // a place served ("stopped selling in Kenya")
		}
		return []Claim{{Kind: KindAction, Actor: *actor, Targets: []Entity{asFirm(m)}, Action: "restrict", Confidence: 0.6, Rule: "action/withheld-service"}}
	}
	return nil
}

// cutoffActor: who refuses or stops at k: the accused of "accusing/suspects
// Y of refusing", else the verb's subject (a firm, or a pronoun standing
// for one).
func cutoffActor(toks []token, ms []mention, k int) *Entity {
	if k >= 2 && toks[k-1].low == "of" {
		for i := len(ms) - 1; i >= 0; i-- {
			m := ms[i]
			if m.j > k-1 {
				continue
			}
			if k-1-m.j > 1 {
				break
			}
			if m.firmOrName() {
				e := asFirm(m)
				return &e
			}
			break
		}
	}
	subj := subjectBefore(toks, ms, k, func(m mention) bool { return m.firmOrName() }, 6)
	if len(subj) == 0 {
		return nil
	}
	m := ms[subj[len(subj)-1]]
	switch {
	case m.firmOrName():
		e := asFirm(m)
		return &e
	case m.class == mPron && !m.plural && m.firmRef != nil:
		return m.firmRef
	}
	return nil
}

// clauseBreakBetween: a comma, semicolon or full stop between a and b.
func clauseBreakBetween(toks []token, a, b int) bool {
	for q := a + 1; q < b; q++ {
		switch toks[q].text {
		case ",", ";", ".", ":":
			return true
		}
	}
	return false
}

// marketMove: the action verb at k takes a percentage as its object and
// no "of/in" after it ("Shares of Tesla dropped 7% and Apple lost 4%"): a
// price moving, not one firm acting on another ("bought 51% of X" acts).
func marketMove(toks []token, k int) bool {
	q := k + 1
	if q+1 >= len(toks) || toks[q].kind != tokNum {
		return false
	}
	q++
	switch toks[q].low {
	case "%", "percent", "pct", "points":
	case "per":
		if q+1 >= len(toks) || toks[q+1].low != "cent" {
			return false
		}
		q++
	default:
		return false
	}
	if q+1 < len(toks) && (toks[q+1].low == "of" || toks[q+1].low == "in" || toks[q+1].low == "stake") {
		return false
	}
	return true
}
