package extract

// "A received the largest fine, followed by B, C and D": a ranking that
// names the first firm in the claim's own clause and the rest after
// "followed by" puts every one of them under the same act.

// followedKinds are the acts a ranking spreads over firms; a firm's own
// deal or answer ("A bought the most, followed by B") is its own act.
var followedKinds = map[string]bool{KindPenalty: true, KindProbe: true, KindMandate: true, KindApproval: true}

// followedBy adds to each authority act the firms listed after ", followed
// by" when a target of the act is named earlier in the same clause.
func followedBy(toks []token, ms []mention, out []Claim) []Claim {
	for q := 1; q+2 < len(toks); q++ {
		if toks[q].low != "followed" || toks[q+1].low != "by" || toks[q-1].text != "," {
			continue
		}
		first := -1 // the list right after "by"
		for n := range ms {
			if ms[n].i == q+2 {
				first = n
				break
			}
		}
		if first < 0 || !ms[first].firmOrName() || ms[first].poss {
			continue
		}
		var added []Entity
		for _, n := range listFrom(toks, ms, first) {
			if ms[n].firmOrName() {
				added = append(added, asFirm(ms[n]))
			}
		}
		for i := range out {
			c := &out[i]
			if !followedKinds[c.Kind] || c.Negated || !targetNamedBefore(toks, ms, c.Targets, q) {
				continue
			}
			for _, e := range added {
				if !sameEntityAny(e, c.Targets) && !sameEntity(e, c.Actor) {
					c.Targets = append(c.Targets, e)
				}
			}
		}
	}
	return out
}

// targetNamedBefore: one of targets is named in the clause that ends at
// the comma before q (no other comma-free clause break between).
func targetNamedBefore(toks []token, ms []mention, targets []Entity, q int) bool {
	for n := len(ms) - 1; n >= 0; n-- {
		m := ms[n]
		if m.j > q {
			continue
		}
		if q-m.j > 20 {
			return false
		}
		if m.firmOrName() && sameEntityAny(asFirm(m), targets) {
			for k := m.j; k < q; k++ {
				if w := toks[k].low; w == ";" || w == "while" || w == "but" || w == "whereas" || w == "." {
					return false
				}
			}
			return true
		}
	}
	return false
}
