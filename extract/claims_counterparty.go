package extract

// An authority examining a firm's ties names the firm tied to only as the
// other end ("reviewing Lakeshore Bank's ties to Finpay", "the lender's
// links with Zephyr Pay"): the possessor is examined, the counterparty is
// not, as a supplier or customer named beside a firm is no party. The
// possessor, when the sentence names it (or refers to it), takes its place.

// possessedTieNouns are relations a firm has with another.
var possessedTieNouns = toSet(`ties links link relationship relationships dealings connections connection partnership contracts`)

// dropCounterparties removes from the targets of the act at k every firm
// named as the far end of a possessed tie, adding the possessor.
func dropCounterparties(toks []token, ms []mention, k int, targets []Entity) []Entity {
	var out []Entity
	changed := false
	for _, t := range targets {
		n := -1
		for i := range ms {
			if ms[i].i > k && ms[i].i <= k+16 && ms[i].ent.Name == t.Name {
				n = i
				break
			}
		}
		if n < 0 || ms[n].i < 3 {
			out = append(out, t)
			continue
		}
		q := ms[n].i
		if !tieFarEnd(toks, q) {
			out = append(out, t)
			continue
		}
		changed = true
		for o := range ms {
			if ms[o].j == q-2 && ms[o].poss && (ms[o].firmOrName() || ms[o].class == mPron && ms[o].firmRef != nil) {
				e := asFirm(ms[o])
				if ms[o].class == mPron {
					e = *ms[o].firmRef
				}
				if !sameEntityAny(e, out) {
					out = append(out, e)
				}
			}
		}
	}
	if !changed {
		return targets
	}
	return out
}

// tieFarEnd: the name opening at q is the far end of a possessed tie
// ("X's ties to <q>", "its dealings with <q>").
func tieFarEnd(toks []token, q int) bool {
	return q >= 3 && (toks[q-1].low == "to" || toks[q-1].low == "with") && possessedTieNouns[toks[q-2].low] && (toks[q-3].text == "'s" || toks[q-3].low == "its" || toks[q-3].low == "their")
}
