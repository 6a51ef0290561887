package extract

import "strings"

// Negation of acts told with a noun ("did not impose a fine", "has not
// opened an investigation", "no fine was imposed"), inside what someone
// denies, or forgone ("stopped short of fining"). The spec keeps a denied
// act as a claim with negated set, so these are marked, not dropped.

// lightVerbs carry an act named by the noun after them: "opened an
// investigation", "imposed a fine", "received an order".
var lightVerbs = toSet(`open opened opening launch launched launching start started initiate initiated begin began begun
 commence commenced impose imposed imposing levy levied slap slapped issue issued issuing hand handed announce announced
 take taken took file filed bring brought conduct conducted grant granted give given receive received pursue pursued
 seek sought make made order ordered`)

// nounActNegated: the noun trigger at k names an act a negated light verb
// before it carries ("did not impose a $5 million fine", "has never
// launched a probe") or that "no" quantifies ("no fine was imposed", "no
// formal investigation").
func nounActNegated(toks []token, k int) bool {
	for q := k - 1; q >= 0 && q >= k-7; q-- {
		t := toks[q]
		if t.low == "no" && !(q+1 < len(toks) && (toks[q+1].low == "longer" || toks[q+1].low == "doubt")) {
			// "no fine", "no formal investigation": only modifiers between
			return k-q <= 3
		}
		if lightVerbs[t.low] {
			return q < k-1 && negatedAt(toks, q) && !onlyAfterNot(toks, q)
		}
		if t.kind == tokPunct && t.text != "$" && t.text != "-" && t.text != "." && t.text != "," && t.text != "€" && t.text != "£" {
			return false
		}
		if t.low == "and" || t.low == "or" || t.low == "but" || t.low == "not" || t.low == "never" || t.low == "that" || t.low == "which" {
			return false
		}
	}
	return false
}

// onlyAfterNot: "not only imposed a fine but also ...": no denial.
func onlyAfterNot(toks []token, v int) bool {
	for q := v - 1; q >= 0 && q >= v-3; q-- {
		if toks[q].low == "not" {
			return q+1 < len(toks) && toks[q+1].low == "only"
		}
	}
	return false
}

// markNounNegation sets Negated on a claim built from a noun trigger whose
// carrying verb is denied.
func markNounNegation(toks []token, k int, c Claim) Claim {
	if c.Rule == "approval/no-objection" {
		return c // "raised no objection to the deal": the "no" is the clearance itself
	}
	if !c.Negated && nounActNegated(toks, k) {
		c.Negated = true
	}
	if !c.Negated && c.Kind != KindResponse && inDeniedClause(toks, k) {
		c.Negated = true
	}
	if !c.Negated && (forgoneAct(toks, k) || neitherNor(toks, k)) {
		c.Negated = true
	}
	if !c.Negated && c.Kind == KindProbe && k >= 2 && toks[k-1].low == "under" && negatedAt(toks, k-1) {
		// "said it was not under investigation by the DEA"
		c.Negated = true
	}
	return c
}

// inDeniedClause: the trigger at k tells what someone denies ("Glo denied
// that it had been fined by the NCC", "Binance denies it is under
// investigation by the SEC"): the act is denied, so negated.
func inDeniedClause(toks []token, k int) bool {
	for q := k - 1; q >= 0 && q >= k-10; q-- {
		w := toks[q].low
		switch w {
		case "denied", "denies", "deny", "denying":
			if q+1 >= k {
				return false
			}
			n := toks[q+1].low
			if n == "on" || n == "in" || n == "late" || n == "earlier" || n == "again" || n == "publicly" || n == "strongly" {
				// "denied on Monday that it had instructed ..."
				return wordWithin(toks, q+2, 3, "that")
			}
			return n == "that" || n == "it" || n == "they" || n == "being" || n == "having" || n == "ever"
		case "that":
			// "contradicting a statement by X's chairman that the deal had
			// been cleared", "disputing reports that it had been fined"
			for r := q - 1; r >= 0 && r >= q-10; r-- {
				v := toks[r].low
				if strings.HasPrefix(v, "contradict") || strings.HasPrefix(v, "disput") || strings.HasPrefix(v, "refut") || v == "denying" || v == "rejecting" || v == "dismissing" {
					return true
				}
			}
		case "but", "while", "although", "though", "after", "before", "because", "and", "which", "who":
			return false
		}
		if toks[q].kind == tokPunct && (toks[q].text == ";" || toks[q].text == ":" || toks[q].text == ",") {
			return false
		}
	}
	return false
}

// forgoLeads: a choice that, with "against", forgoes the act after it
// ("decided against fining").
var forgoLeads = toSet(`decide decided decides opt opted opts vote voted votes choose chose chooses`)

// forgoneAct: the trigger is an act the actor stopped short of or chose
// something else over ("stopped short of fining", "warned it instead of
// fining it", "rather than ordering", "decided against fining", "without
// imposing a fine").
func forgoneAct(toks []token, k int) bool {
	if k < 2 {
		return false
	}
	at := k
	if !strings.HasSuffix(toks[k].low, "ing") {
		// "without imposing a fine": the light verb before the noun
		at = -1
		for q := k - 1; q >= 1 && q >= k-4; q-- {
			if lightVerbs[toks[q].low] && strings.HasSuffix(toks[q].low, "ing") {
				at = q
				break
			}
		}
		if at < 2 {
			return false
		}
	}
	p, pp := toks[at-1].low, toks[at-2].low
	switch {
	case p == "of" && (pp == "short" || pp == "instead"):
		return true
	case p == "than" && pp == "rather":
		return true
	case p == "against" && forgoLeads[pp]:
		return true
	case p == "without":
		return true
	}
	return false
}

// neitherNor: "Neither the SEC nor the CFTC has charged Kraken": a
// "neither ... nor" before the trigger in its clause denies it.
func neitherNor(toks []token, k int) bool {
	nor := false
	for q := k - 1; q >= 0 && q >= k-14; q-- {
		switch toks[q].low {
		case "nor":
			nor = true
		case "neither":
			return nor
		}
		if toks[q].text == ";" || toks[q].text == "." {
			return false
		}
	}
	return false
}
