package extract

// A fine told as not imposed is still a claim, negated (the spec keeps
// denied acts): "warned X but did not impose a fine", "ordered X to change
// its rules but imposed no fine", "A third company, Y, escaped a fine after
// revealing the cartel". The authority is the one the sentence or the
// article's last penalty names; the firm is the one it acted on, or the
// firm that escaped.

// escapeVerbs tell a firm went unfined: "escaped a fine", "was spared a
// penalty".
var escapeVerbs = toSet(`escaped escapes avoided avoids spared dodged`)

// deniedFine reads the fine noun at k as one not imposed and returns the
// negated penalty, or nil when the words say nothing of the kind.
func deniedFine(toks []token, ms []mention, k int, sofar []Claim, ctx *docContext) []Claim {
	if k < 2 {
		return nil
	}
	prev, prev2 := toks[k-1].low, toks[k-2].low
	if prev == "a" || prev == "any" {
		if escapeVerbs[prev2] {
			return escapedFine(toks, ms, k-2, sofar, ctx)
		}
		// "did not impose a fine", "didn't levy any penalty"
		if k < 4 || (prev2 != "impose" && prev2 != "levy") || (toks[k-3].low != "not" && toks[k-3].low != "n't") {
			return nil
		}
	} else if prev != "no" || (prev2 != "imposed" && prev2 != "but" && prev2 != "levied" && prev2 != "with") {
		return nil // only "imposed no fine", "but no fine"
	}
	var act *Claim
	for i := len(sofar) - 1; i >= 0; i-- {
		if c := sofar[i]; c.Kind != KindResponse && c.Kind != KindAction && c.Actor.Type != TypeFirm && !c.Negated {
			act = &sofar[i]
			break
		}
	}
	if act != nil && len(act.Targets) > 0 {
		// "ordered X to change its rules but imposed no fine": the firm ordered
		return []Claim{{Kind: KindPenalty, Actor: act.Actor, Targets: act.Targets, Action: "fine", Negated: true, Confidence: 0.6, Rule: "penalty/denied-fine"}}
	}
	// "The regulator warned X over ... but did not impose a fine": the
	// sentence's authority and the firm right after it
	n := sentenceSubject(ms)
	if n < 0 || ms[n].class != mAuth {
		return nil
	}
	for i := n + 1; i < len(ms) && ms[i].i < k; i++ {
		if ms[i].firmOrName() && !ms[i].poss {
			return []Claim{{Kind: KindPenalty, Actor: ms[n].ent, Targets: []Entity{asFirm(ms[i])}, Action: "fine", Negated: true, Confidence: 0.55, Rule: "penalty/denied-fine"}}
		}
	}
	return nil
}

// escapedFine: "A third company, Y, escaped a fine": the firm before the
// verb at v went unfined by the authority that fined in this sentence or
// last in the article.
func escapedFine(toks []token, ms []mention, v int, sofar []Claim, ctx *docContext) []Claim {
	var firm *Entity
	for i := len(ms) - 1; i >= 0; i-- {
		if ms[i].j > v {
			continue
		}
		if ms[i].firmOrName() && !ms[i].poss {
			e := asFirm(ms[i])
			firm = &e
		}
		break
	}
	if firm == nil {
		return nil
	}
	var actor *Entity
	for _, list := range [][]Claim{sofar, ctx.claims} {
		for i := len(list) - 1; i >= 0 && actor == nil; i-- {
			if list[i].Kind == KindPenalty && list[i].Actor.Type != TypeFirm {
				actor = &list[i].Actor
			}
		}
	}
	if actor == nil {
		return nil
	}
	return []Claim{{Kind: KindPenalty, Actor: *actor, Targets: []Entity{*firm}, Action: "fine", Negated: true, Confidence: 0.55, Rule: "penalty/escaped-fine"}}
}
