package extract

import "strings"

// One settlement sentence carries several claims: "X pleaded guilty and
// agreed to pay $N to settle charges brought by Y" is Y's charge (probe),
// the sum (penalty) and X's acceptance (response). The penalty rule finds
// the payer and the authority; these helpers reuse them for the other acts
// the same words name, instead of parsing the sentence again.

// settledCaseNouns: what a firm pays "to settle/resolve" that tells the
// authority charged or investigated it. "allegations", "a case", "claims"
// are left out: writers read those as the settlement alone, not as a
// separate charge.
var settledCaseNouns = toSet(`charges charge prosecution prosecutions investigation investigations inquiry inquiries probe probes indictment`)

// settledProbe: after the pay verb at k, "to settle/resolve [the/a]
// [criminal/civil/federal] charges|investigation|case ..." names the
// authority's case against the payer: a probe by the penalty's authority
// on the same firms. Only the noun right after the settle verb (a few
// modifiers allowed) counts, so "to settle a dispute with rivals" or "to
// resolve concerns" add nothing.
func settledProbe(toks []token, k int, auth Entity, targets []Entity, neg bool) *Claim {
	s := wordIndexWithin(toks, k+1, 16, "settle", "resolve", "settling", "resolving", "settles", "resolves", "end", "ending")
	if s < 0 {
		return nil
	}
	for i := s + 1; i < len(toks) && i <= s+5; i++ {
		w := toks[i].low
		if settledCaseNouns[w] {
			return &Claim{Kind: KindProbe, Actor: auth, Targets: targets, Action: "charge", Negated: neg, Confidence: 0.55, Rule: "probe/settled-case"}
		}
		if toks[i].kind == tokPunct {
			return nil
		}
	}
	return nil
}

// coordinatedPayer: "Danske Bank pleaded guilty to defrauding U.S. banks
// and agreed to forfeit $2 billion": the pay verb at k ("to" before it,
// "agreed" before that) shares the subject of the verb before "and".
func (x *ClaimExtractor) coordinatedPayer(toks []token, ms []mention, k int) []Entity {
	if k < 2 || toks[k-1].low != "to" {
		return nil
	}
	switch toks[k-2].low {
	case "agreed", "agrees", "agree", "consented":
	default:
		return nil
	}
	n := x.coordinatedSubject(toks, ms, k-2)
	if n < 0 {
		n = pastVerbSubjectBeforeAnd(toks, ms, k-2)
	}
	if n < 0 || !ms[n].firmOrName() {
		return nil
	}
	return onlyTargets(entitiesOf(ms, listLeft(toks, ms, n), func(m mention) bool { return m.firmOrName() }, "firm"), nil)
}

// pastVerbSubjectBeforeAnd: the subject of the nearest past-tense verb
// ("pleaded", "admitted") before the "and" that opens the verb at k, when no
// clause boundary stands between; -1 if none. Verbs outside the trigger
// lexicon count, told by their "-ed" ending, since only a name right
// before the verb is taken.
func pastVerbSubjectBeforeAnd(toks []token, ms []mention, k int) int {
	q := k - 1
	for q >= 0 && fallbackGapWords[toks[q].low] {
		q--
	}
	if q < 1 || toks[q].low != "and" {
		return -1
	}
	for v := q - 1; v >= 0 && v >= q-16; v-- {
		w := toks[v].low
		if fallbackClauseBreaks[w] || toks[v].text == ";" || w == "that" || w == "and" {
			return -1
		}
		if toks[v].kind == tokWord && !toks[v].upper && len(w) > 4 && strings.HasSuffix(w, "ed") {
			if n := fallbackSubject(toks, ms, v); n >= 0 {
				return n
			}
		}
	}
	return -1
}
