package extract

import "strings"

// A firm that "agreed to civil penalties of up to $210 million" or
// "accepted a €3 million fine" tells two claims in one verb phrase: the
// authority's penalty on the firm and the firm's acceptance of it. The
// fine noun has no "on X" of its own; its bearer is the subject of the
// accepting verb, its author the authority the sentence names.

// acceptVerbs take the fine noun as their object (after "to" for agree).
var acceptVerbs = toSet(`agreed agrees agree accepted accepts accept consented`)

// fineNounModifiers may stand between the accepting verb and the noun.
var fineNounModifiers = toSet(`to a an the its their civil administrative criminal monetary record financial combined total
 hefty reduced $ € £ ¥ ₹ million billion bn mln m`)

// acceptedFine: the penalty and the firm's compliance for "X agreed to
// [a] [civil] penalty/fine ...", nil when the words do not say so.
func acceptedFine(toks []token, ms []mention, k int) []Claim {
	v := -1
	for i := k - 1; i >= 0 && i >= k-7; i-- {
		w := toks[i].low
		if acceptVerbs[w] {
			v = i
			break
		}
		if !fineNounModifiers[w] && toks[i].kind != tokNum && currencyWords[w] == "" && scaleWords[w] == 0 {
			return nil
		}
	}
	if v < 0 || (strings.HasPrefix(toks[v].low, "agree") || toks[v].low == "consented") && toks[v+1].low != "to" {
		return nil
	}
	if negatedAt(toks, v) || wordWithin(toks, max(0, v-3), min(3, v), "refused", "declined", "rejected", "not", "never") {
		return nil // a fine refused is answered by the resist rules
	}
	subj := subjectBefore(toks, ms, v, func(m mention) bool { return m.firmOrName() }, 8)
	targets := onlyTargets(entitiesOf(ms, subj, func(m mention) bool { return m.firmOrName() }, "firm"), nil)
	if len(targets) == 0 {
		return nil
	}
	auth := nearestAuth(toks, ms, k, true)
	if auth == nil {
		return nil
	}
	amt, _ := findAmount(toks, k)
	out := []Claim{{Kind: KindPenalty, Actor: *auth, Targets: targets, Action: "fine", Amount: amt, Confidence: 0.6, Rule: "penalty/fine-accepted"}}
	for _, t := range targets {
		out = append(out, Claim{Kind: KindResponse, Actor: t, Targets: []Entity{*auth}, Action: "accept", Stance: "comply", Confidence: 0.6, Rule: "response/fine-accepted"})
	}
	return out
}
