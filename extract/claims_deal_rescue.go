package extract

// Rescues: a firm thrown a lifeline by another.

// buildRescue: "after receiving a lifeline from investor SoftBank, WeWork
// ...", "WeWork agreed to a rescue by its largest shareholder, SoftBank": the
// rescuer acts on the rescued firm.
func (x *ClaimExtractor) buildRescue(toks []token, ms []mention, k int) ([]Claim, string) {
	from := wordIndexWithin(toks, k+1, 3, "from", "by")
	if from < 0 {
		return nil, "rescue without a rescuer"
	}
	rescuer := -1
	for i := range ms {
		if ms[i].i > from && ms[i].i <= from+12 && ms[i].class == mFirm {
			rescuer = i
			break
		}
		if ms[i].i > from && toks[ms[i].i-1].text == "." {
			break
		}
	}
	if rescuer < 0 {
		return nil, "rescue without a known firm as rescuer"
	}
	actor := ms[rescuer].ent
	// the rescued: the subject before the noun, else the first firm after the rescuer's phrase
	var target *Entity
	if s := subjectBefore(toks, ms, k, func(m mention) bool { return m.class == mFirm }, 6); len(s) > 0 && ms[s[len(s)-1]].class == mFirm {
		e := ms[s[len(s)-1]].ent
		target = &e
	} else {
		for i := rescuer + 1; i < len(ms); i++ {
			if ms[i].class == mFirm && !sameEntity(ms[i].ent, actor) {
				e := ms[i].ent
				target = &e
				break
			}
		}
	}
	if target == nil || sameEntity(*target, actor) {
		return nil, "rescue of no other firm"
	}
	return []Claim{{Kind: KindAction, Actor: actor, Targets: []Entity{*target}, Action: "rescue", Confidence: 0.55, Rule: "action/rescue"}}, ""
}
