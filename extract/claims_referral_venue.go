package extract

// A court or tribunal that a firm is referred, brought or taken to is where
// the case goes, not who acts: "have been referred to the Competition
// Tribunal for prosecution, the Competition Commission said" is the
// commission's referral. An agentless passive's authority is read past such
// a venue (a regulator a deal is referred to for investigation is no venue:
// it examines the deal itself).

// courtVenuesAfter: the mentions of courts that stand right after "to"/"before"
// (with "the") within six words after the verb at k.
func courtVenuesAfter(toks []token, ms []mention, k int) []int {
	var out []int
	for n := range ms {
		m := ms[n]
		if m.i <= k || m.i > k+7 {
			continue
		}
		if m.class != mAuth || m.ent.Type != TypeCourt {
			continue
		}
		p := m.i - 1
		if p > k && toks[p].low == "the" {
			p--
		}
		if p > k && (toks[p].low == "to" || toks[p].low == "before") {
			out = append(out, n)
		}
	}
	return out
}
