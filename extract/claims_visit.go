package extract

// Visited premises: a firm confirming that officials came to its offices
// ("Pirelli confirmed that its Milan offices had been visited", "said
// inspectors had searched its headquarters") tells of an inspection by the
// authority the article has just named, though the verb (visit) is no
// trigger and no authority is named in the sentence.

var visitVerbs = toSet(`visited raided searched inspected entered`)

// visitors are the people an authority sends.
var visitors = toSet(`officials inspectors investigators agents officers police prosecutors regulators staff teams team
 representatives auditors`)

// premisesVisited returns the probe of the last authority named on the firm
// that speaks of its premises being visited, or nil.
func premisesVisited(toks []token, ms []mention, ctx *docContext) []Claim {
	firm, at, direct := stanceSpeaker(toks, ms)
	if firm == nil || direct {
		return nil
	}
	hit := false
	for q := at; q < len(toks) && !hit; q++ {
		w := toks[q].low
		switch {
		case w == "not" || w == "n't" || w == "never" || w == "denied":
			return nil
		case (w == "its" || w == "their") && premisesWithin(toks, q+1):
			// "its Milan offices had been visited"
			p := premisesEnd(toks, q+1)
			if p+2 < len(toks) && (toks[p].low == "had" || toks[p].low == "have" || toks[p].low == "has") && toks[p+1].low == "been" && visitVerbs[toks[p+2].low] ||
				p+1 < len(toks) && (toks[p].low == "were" || toks[p].low == "was") && visitVerbs[toks[p+1].low] {
				hit = true
			}
		case visitors[w]:
			// "officials had visited its headquarters"
			v := q + 1
			if v < len(toks) && (toks[v].low == "had" || toks[v].low == "have") {
				v++
			}
			if v+1 < len(toks) && visitVerbs[toks[v].low] && (toks[v+1].low == "its" || toks[v+1].low == "their") && premisesWithin(toks, v+2) {
				hit = true
			}
		}
	}
	if !hit {
		return nil
	}
	a := ctx.lastAuth("")
	if a == nil {
		return nil
	}
	return []Claim{{Kind: KindProbe, Actor: *a, Targets: []Entity{*firm}, Action: "inspect", Confidence: 0.55, Rule: "probe/premises-visited-context"}}
}

// premisesWithin: a premises noun ("offices") within three words from i.
func premisesWithin(toks []token, i int) bool {
	return premisesEnd(toks, i) > 0
}

// premisesEnd is the token after the premises noun within three words of
// i ("Milan offices"), or -1.
func premisesEnd(toks []token, i int) int {
	for q := i; q < len(toks) && q < i+3; q++ {
		if premisesNouns[toks[q].low] || workNouns[toks[q].low] {
			return q + 1
		}
		if toks[q].kind != tokWord {
			return -1
		}
	}
	return -1
}
