package extract

import "strings"

// An authority's finding told beside the act it grounds ("found that it
// had breached its licence and ordered it to refund customers", "fined X
// after finding that it colluded") is the reason for that act, not an
// inquiry of its own: writers count the fine or the order and no probe.
// An investigation named as such still counts (claims_probe_nouns.go).

// findingGrounds drops a bare-finding probe when the same sentence tells a
// penalty or mandate by the same authority on one of its firms.
func findingGrounds(cs []Claim) []Claim {
	acted := map[string]bool{}
	for _, c := range cs {
		if (c.Kind == KindPenalty || c.Kind == KindMandate) && !c.Negated {
			for _, t := range c.Targets {
				acted[strings.ToLower(c.Actor.Canonical)+"|"+strings.ToLower(t.Canonical)] = true
			}
		}
	}
	if len(acted) == 0 {
		return cs
	}
	out := cs[:0]
	for _, c := range cs {
		if c.Kind == KindProbe && c.Rule == "probe/found-that" && len(c.Targets) == 1 && acted[strings.ToLower(c.Actor.Canonical)+"|"+strings.ToLower(c.Targets[0].Canonical)] {
			continue
		}
		out = append(out, c)
	}
	return out
}
