package extract

// Authority acts told through a noun the verb governs rather than by the
// act's own verb: an order given to a firm ("gave X a formal direction to
// comply") and a ban lifted that is told by its relative clause ("lifted
// the restrictions that barred X from onboarding customers"). Both are
// common in regulators' notices worldwide and name the firm only inside
// the noun's complement, where the verb's object slot finds nothing.

// givenOrderNouns are orders an authority gives; a warning or licence
// given is not one.
var givenOrderNouns = toSet(`direction directions order orders directive directives instruction instructions`)

// givenOrderTo: the verb at k gives an order to do something ("gave X a
// formal direction to comply"): "a/an", a few modifiers, an order noun and
// "to" with a lower-case verb, before any clause punctuation.
func givenOrderTo(toks []token, k int) bool {
	for i := k + 1; i+2 < len(toks) && i <= k+10; i++ {
		t := toks[i]
		if t.kind == tokPunct && t.text != "-" {
			return false
		}
		if !givenOrderNouns[t.low] || t.upper {
			continue
		}
		det := false
		for q := i - 1; q > k && q >= i-3; q-- {
			if toks[q].low == "a" || toks[q].low == "an" || toks[q].low == "fresh" {
				det = true
				break
			}
		}
		n := toks[i+1]
		return det && n.low == "to" && toks[i+2].kind == tokWord && !toks[i+2].upper
	}
	return false
}

// relativeBanVerbs are what a lifted ban did to the firm in its relative
// clause.
var relativeBanVerbs = toSet(`barred stopped prevented blocked banned kept prohibited restricted`)

// liftedRelativeBan: the ban noun at b is followed by "that/which (had)
// barred X (from ...)": the authority lifting at k approves X, and the
// clause tells the restriction it had put on X.
func liftedRelativeBan(toks []token, ms []mention, k, b int, neg bool) []Claim {
	q := b + 1
	if q >= len(toks) || toks[q].low != "that" && toks[q].low != "which" {
		return nil
	}
	q++
	if q < len(toks) && (toks[q].low == "had" || toks[q].low == "has" || toks[q].low == "have") {
		q++
	}
	if q >= len(toks) || !relativeBanVerbs[toks[q].low] {
		return nil
	}
	var idx []int
	for i := range ms {
		// the clause's object, past a description ("barred Lagos-based
		// fintech OkaPay")
		if ms[i].i > q && ms[i].i <= q+5 && ms[i].firmOrName() && !punctBetween(toks, q, ms[i].i) {
			idx = listFrom(toks, ms, i)
			break
		}
	}
	targets := onlyTargets(entitiesOf(ms, idx, isFirmish, "firm"), nil)
	if len(targets) == 0 {
		return nil
	}
	a := nearestAuthExcept(toks, ms, k, false, idx)
	if a == nil {
		return nil
	}
	return []Claim{
		{Kind: KindApproval, Actor: *a, Targets: targets, Action: "lift ban", Negated: neg, Confidence: 0.7, Rule: "approval/lift-relative-ban"},
		{Kind: KindMandate, Actor: *a, Targets: targets, Action: "bar", Prohibition: true, Confidence: 0.6, Rule: "mandate/lifted-relative-ban"},
	}
}

// punctBetween: a clause mark stands between tokens a and b.
func punctBetween(toks []token, a, b int) bool {
	for q := a + 1; q < b && q < len(toks); q++ {
		if toks[q].kind == tokPunct && toks[q].text != "-" {
			return true
		}
	}
	return false
}
