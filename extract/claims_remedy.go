package extract

import "strings"

// Remedies: after an authority has acted on a firm, the firm's own account
// of putting things right ("said it had already separated the accounts",
// "has taken steps to strengthen its controls", "would submit an
// improvement plan", "was working closely with the watchdog") complies with
// that authority, though no answering verb (comply, accept) is used.

// remedialResponse returns the comply response of a firm speaking of its
// remedy in this sentence, or nil.
func remedialResponse(toks []token, ms []mention, ctx *docContext) *Claim {
	firm, at := remedySpeaker(toks, ms)
	if firm == nil || !remedyCue(toks, at) {
		return nil
	}
	for q := at; q < len(toks); q++ {
		if toks[q].low == "not" || toks[q].low == "never" || toks[q].low == "n't" || toks[q].low == "denied" {
			return nil // "said it had not yet fixed ...": no remedy claimed
		}
	}
	auths := ctx.authsActingOn([]Entity{*firm})
	if len(auths) == 0 {
		return nil
	}
	return &Claim{Kind: KindResponse, Actor: *firm, Targets: auths, Action: "rectify", Stance: "comply", Confidence: 0.6, Rule: "response/remedy-context"}
}

// remedySpeaker: the firm that opens the sentence and speaks ("Korona
// Invest said it ...", "The lender said ...", "UBS said on Monday it ...");
// at is the token after the speech verb.
func remedySpeaker(toks []token, ms []mention) (*Entity, int) {
	if len(ms) == 0 {
		return nil, 0
	}
	m := ms[0]
	if m.i > 1 {
		return nil, 0
	}
	var e *Entity
	switch {
	case m.class == mFirm || m.class == mName && nameLen(&m) >= 2:
		f := asFirm(m)
		e = &f
	case m.class == mPron && m.firmRef != nil && !m.plural:
		e = m.firmRef
	default:
		return nil, 0
	}
	if m.j >= len(toks) {
		return nil, 0
	}
	switch toks[m.j].low {
	case "said", "says", "added", "stated":
		return e, m.j + 1
	}
	return nil, 0
}

// remedyCue: the words after the speech verb tell of a remedy done or
// promised.
func remedyCue(toks []token, from int) bool {
	for q := from; q < len(toks); q++ {
		w := toks[q].low
		switch w {
		case "already":
			// "had already separated", "has already begun", "had already filed"
			for r := q + 1; r < len(toks) && r <= q+2; r++ {
				if v := toks[r].low; strings.HasSuffix(v, "ed") || v == "begun" || v == "taken" || v == "paid" || v == "made" || v == "set" {
					return true
				}
			}
		case "steps", "measures":
			if q > from && (toks[q-1].low == "taken" || toks[q-1].low == "taking" || toks[q-1].low == "take" || toks[q-1].low == "took") {
				return true
			}
		case "plan", "plans":
			if q > from && (toks[q-1].low == "improvement" || toks[q-1].low == "remediation" || toks[q-1].low == "corrective" || toks[q-1].low == "compliance" || toks[q-1].low == "repair") {
				return true
			}
		case "working", "cooperating", "engaging":
			if wordWithin(toks, q+1, 3, "with") && remedyPartner(toks, q+1) {
				return true
			}
		case "recalled", "refunded", "remedied", "rectified", "fixed", "strengthened", "replaced", "suspended", "halted", "withdrawn", "removed":
			return true
		}
	}
	return false
}

// remedyPartner: "with the watchdog/regulator/authority/ministry ..." follows.
func remedyPartner(toks []token, from int) bool {
	for q := from; q < len(toks) && q <= from+4; q++ {
		if authRefHeads[toks[q].low] {
			return true
		}
	}
	return false
}
