package extract

// An authority's act is often extended to more firms in a phrase of its
// own, in the same sentence or the next: "Vodacom must stop ..., Icasa
// said, in a ruling that also applies to MTN and Cell C", "The directive,
// issued last week, also covers Kudira Pay", "The ban applies equally to X
// and Y"; or names the firms an act on a class is about in a later
// sentence ("opened an investigation into jet fuel distributors ... the
// probe covers X and Y"). The act's noun before the phrase names what is extended; the
// firms after it are bound as the act's own targets were.

// alsoActNouns name an authority's act as a thing ("the ruling", "the ban").
var alsoActNouns = toSet(`ruling rulings order orders directive directives decision decisions ban bans requirement requirements
 rule rules restriction restrictions suspension measure measures penalty penalties fine fines sanction sanctions
 cap caps moratorium prohibition instruction instructions approval clearance probe investigation inquiry`)

// alsoAppliesAt: the index of the first token after "also applies to",
// "also apply to", "applies equally to", "also covers", "also extends to"
// or "also binds" in toks, or after an act noun's own verb naming whom it
// is about ("the probe covers", "the inquiry targets"), or -1.
func alsoAppliesAt(toks []token) int {
	for q := 1; q+1 < len(toks); q++ {
		w := toks[q].low
		switch w {
		case "applies", "apply", "extends", "extend":
			also := toks[q-1].low == "also" || q+1 < len(toks) && toks[q+1].low == "equally"
			r := q + 1
			if toks[r].low == "equally" {
				r++
			}
			if also && r < len(toks) && toks[r].low == "to" {
				return r + 1
			}
		case "covers", "cover", "binds", "bind", "includes":
			if toks[q-1].low == "also" {
				return q + 1
			}
			if alsoActNouns[toks[q-1].low] && w != "bind" && w != "cover" {
				return q + 1 // "the probe covers X and Y": the act's noun its subject
			}
		case "covered", "targets", "targeted", "concerns", "concerned", "involves", "involved", "included":
			if alsoActNouns[toks[q-1].low] || toks[q-1].low == "also" && q >= 2 && alsoActNouns[toks[q-2].low] {
				return q + 1 // "the inquiry targets X", "the order concerns X"
			}
		}
	}
	return -1
}

// alsoAppliesActs: copies of the latest authority act, in this sentence
// (out) or before it (prior), bound to the firms listed after the phrase.
func alsoAppliesActs(toks []token, ms []mention, out, prior []Claim) []Claim {
	p := alsoAppliesAt(toks)
	if p < 0 {
		return nil
	}
	noun := false
	for q := p - 2; q >= 0 && q >= p-12; q-- {
		if alsoActNouns[toks[q].low] {
			noun = true
			break
		}
	}
	if !noun {
		return nil
	}
	var base *Claim
	for _, cs := range [][]Claim{out, prior} {
		for n := len(cs) - 1; n >= 0 && base == nil; n-- {
			c := cs[n]
			if (c.Kind == KindMandate || c.Kind == KindPenalty || c.Kind == KindProbe || c.Kind == KindApproval) && !c.Negated && c.Actor.Name != "" {
				base = &cs[n]
			}
		}
		if base != nil {
			break
		}
	}
	if base == nil {
		return nil
	}
	var targets []Entity
	for n := range ms {
		m := ms[n]
		if m.i < p {
			continue
		}
		if !m.firmOrName() || m.poss {
			break
		}
		if len(targets) == 0 && m.i != p && !memberDescription(toks, p, m.i) {
			return nil
		}
		if len(targets) > 0 && !onlyConnectors(toks, ms[n-1].j, m.i) {
			break
		}
		if !hasEntity(base.Targets, m.ent) {
			targets = append(targets, asFirm(m))
		}
	}
	if len(targets) == 0 {
		return nil
	}
	c := *base
	c.Targets = targets
	c.Rule = base.Rule + "/also-applies"
	return []Claim{c}
}

// hasEntity: es holds e by name.
func hasEntity(es []Entity, e Entity) bool {
	for _, x := range es {
		if x.Name == e.Name || x.Canonical != "" && x.Canonical == e.Canonical {
			return true
		}
	}
	return false
}
