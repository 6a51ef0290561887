package extract

import "strings"

// The firm an inquiry examines, named deep inside its object: "an
// investigation into how state-owned Hidroelectrica sold power", "looking
// into complaints about call drops on Jio's network", "looking into share
// trades by insiders at fashion house Vela Moda". The object is about the
// firm's conduct, so the first firm it names is the one examined.

// reachStops end an inquiry's object: a new clause, an attribution, a time.
var reachStops = toSet(`said says told after before when since while because following amid which who whether than`)

// probeObjectReach: the firms named first in the object opening at from
// (a list of them, each perhaps after its description), or nil when a
// clause ends, an authority or person comes first, or 14 words pass.
func probeObjectReach(toks []token, ms []mention, from int) []Entity {
	var out []Entity
	for q := from; q < len(toks) && q < from+14; q++ {
		t := toks[q]
		if t.kind == tokPunct && t.text != "'s" && t.text != "-" || reachStops[t.low] {
			break
		}
		if q > from && clauseVerbs[t.low] && (toks[from].low == "how" || toks[from].low == "whether") {
			// "examined how hibernation would affect a mission to Mars": the
			// clause's subject is what is examined, not a noun of its predicate
			break
		}
		n := mentionOpeningAt(ms, q)
		if n < 0 {
			continue
		}
		m := ms[n]
		switch {
		case m.class == mAuth || m.class == mPerson:
			return out
		case reachedFirm(toks, m):
			out = append(out, asFirm(m))
			q = m.j - 1
			if m.j < len(toks) && toks[m.j].low == "and" {
				continue // "streaming service A and gaming platform B"
			}
			return out
		case len(out) > 0:
			return out
		}
	}
	return out
}

// mentionOpeningAt is the index of the mention opening at token q, or -1.
func mentionOpeningAt(ms []mention, q int) int {
	for n := range ms {
		if ms[n].i == q {
			return n
		}
	}
	return -1
}

// reachedFirm: m may be taken for the firm examined: a firm or name, or an
// unknown word introduced by its description ("state-owned X", "gaming
// platform X") or owning the thing examined ("X's network").
func reachedFirm(toks []token, m mention) bool {
	if kinOf(toks, m) {
		return false // "allegations involving Yoon's wife": a person's kin
	}
	if m.firmOrName() {
		return true
	}
	if m.class != mOther || m.src != "name" || isAcronym(toks[m.i].text) {
		return false
	}
	if m.poss {
		return true
	}
	if m.i == 0 {
		return false
	}
	p := toks[m.i-1]
	return p.kind == tokWord && !p.upper && !prepositions[p.low] && !verbCue[p.low] && p.low != "the" && p.low != "a" && p.low != "an" && p.low != "and"
}

// actedConductWords name, after "the"/"its", the firm or its conduct an
// authority acted on just before ("whether the arrangements ...", "fraud
// on the platform").
var actedConductWords = toSet(`arrangements arrangement agreements contracts practices practice conduct fees charges pricing scheme
 platform operator company firm lender bank insurer carrier airline app service exclusivity`)

// actedConductAfter: the object opening at from ("whether ...", "fraud on
// ...") speaks of a firm already named: a firm reference, or "the"/"its"
// before one of actedConductWords, within 10 words and one clause.
func actedConductAfter(toks []token, ms []mention, from int) bool {
	for q := from; q < len(toks) && q < from+10; q++ {
		t := toks[q]
		if t.kind == tokPunct && t.text != "'s" && t.text != "-" {
			return false
		}
		if n := mentionOpeningAt(ms, q); n >= 0 {
			m := ms[n]
			if m.class == mAuth || m.class == mPerson || m.firmOrName() && !m.ref {
				return false
			}
			if m.ref && m.firmOrName() || m.class == mPron && m.firmRef != nil && m.authRef == nil {
				return true
			}
		}
		if q > from && actedConductWords[t.low] && (toks[q-1].low == "the" || toks[q-1].low == "its" || toks[q-1].low == "their") {
			return true
		}
		if q > from && q+1 < len(toks) && (toks[q+1].text == "'" || toks[q+1].text == "'s") && firmHeads[strings.TrimSuffix(t.low, "s")] &&
			(toks[q-1].low == "both" || toks[q-1].low == "the" || toks[q-1].low == "two") {
			return true // "looking into why both operators' backup links failed": the firms acted on
		}
	}
	return false
}

// lastActBy: the latest act of authority a on firms, in this sentence
// (sofar) or before it in the article; nil when it acted on none.
func lastActBy(a Entity, sofar []Claim, ctx *docContext) *Claim {
	for i := len(sofar) - 1; i >= 0; i-- {
		c := sofar[i]
		if c.Kind != KindResponse && c.Kind != KindAction && !c.Negated && sameEntity(c.Actor, a) && len(c.Targets) > 0 && c.Targets[0].Type == TypeFirm {
			return &sofar[i]
		}
	}
	if c := ctx.lastActOf(&a); c != nil && !c.Negated && c.Targets[0].Type == TypeFirm {
		return c
	}
	return nil
}

// studiesFirmsThing: "studying the company's pricing algorithm",
// "studying Cencosud's contracts": "study" examines only when its object is
// owned by a named or referred firm (a possessive right after it).
func studiesFirmsThing(toks []token, k int) bool {
	for q := k + 1; q < len(toks) && q <= k+5; q++ {
		if toks[q].text == "'s" || toks[q].text == "'" {
			return q > k+1 && (toks[q-1].upper || firmHeads[toks[q-1].low]) && !(q+1 < len(toks) && scienceNouns[toks[q+1].low])
		}
		if toks[q].kind == tokPunct || verbCue[toks[q].low] {
			return false
		}
	}
	return false
}
