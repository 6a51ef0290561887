package extract

// Shutting a firm out: "Paczka24 shut DPD Polska and Orlen Paczka out of
// its lockers", "Vodacom locked rival Cell C out of its towers", "had
// frozen smaller banks such as X out of the scheme", "kept Y out of its
// app store", "shut out rivals X and Y from the terminal". The phrasal verb
// holds the shut-out firms between the verb and "out" (or right after
// "out"), where the trigger frames, which want a firm right after a verb
// of blocking, do not look.

// shutOutVerbs take their object before "out".
var shutOutVerbs = toSet(`shut shuts shutting lock locks locked locking freeze freezes froze frozen freezing squeeze
 squeezes squeezed squeezing keep keeps kept keeping box boxes boxed boxing elbow elbows elbowed crowd crowds crowded
 force forces forced pushed push pushes`)

// shutPassiveAux before the verb make the subject the firm shut out.
var shutPassiveAux = toSet(`was were been be is are being get got gets getting`)

// shutOut returns the firm's act of shutting other firms out, or nil.
func shutOut(toks []token, ms []mention, k int) *Claim {
	if orderedBefore(toks, k) || negatedAt(toks, k) || allegedBefore(toks, k) || k >= 1 && (toks[k-1].low == "to" || shutPassiveAux[toks[k-1].low]) {
		// ("was shut out of", "were frozen out": the firm is the one shut
		// out; "accusing it of shutting X out": the conduct rules hedge it)
		return nil
	}
	from, to := -1, -1
	if k+2 < len(toks) && toks[k+1].low == "out" {
		// "shut out rivals X and Y from the terminal"
		from, to = k+2, accessClauseEnd(toks, k+1, 10)
	} else {
		for q := k + 1; q < len(toks) && q <= k+12; q++ {
			if toks[q].low == "out" {
				if q+1 < len(toks) && (toks[q+1].low == "of" || toks[q+1].low == "from") || q+1 == len(toks) || toks[q+1].kind == tokPunct {
					from, to = k+1, q
				}
				break
			}
			if toks[q].kind == tokPunct && toks[q].text != "," && toks[q].text != "'s" && toks[q].text != "&" && toks[q].text != "-" {
				break
			}
		}
	}
	if from < 0 || to <= from {
		return nil
	}
	actor := accessActor(toks, ms, k)
	if actor == nil {
		return nil
	}
	var ts []Entity
	for _, m := range ms {
		if m.i < from || m.i >= to || !m.firmOrName() || m.poss || sameEntity(asFirm(m), *actor) || ownBefore(toks, m.i) {
			continue
		}
		ts = append(ts, asFirm(m))
	}
	if len(ts) == 0 {
		return nil
	}
	return &Claim{Kind: KindAction, Actor: *actor, Targets: ts, Action: "block", Confidence: 0.55, Rule: "action/shut-out"}
}
