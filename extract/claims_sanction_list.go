package extract

// Listing a firm on an authority's entity list, sanctions list, blacklist
// or unreliable-entity list is a sanction, the penalty of the spec ("added
// Huawei to its entity list", "put PVH on its unreliable entity list",
// "placed X on its sanctions list"). Reporters tell it with the plainest
// verbs, so the verb counts only with such a list as its destination.

// sanctionListHeads qualify a "list" as a sanction's.
var sanctionListHeads = toSet(`entity entities sanctions sanction unreliable black export`)

// sanctionListAfter: within twenty words after the verb at k, "to"/"on"
// and then a list qualified as a sanction's ("to its entity list", "on its
// 'unreliable entity list'").
func sanctionListAfter(toks []token, k int) bool {
	prep := false
	for i := k + 1; i < len(toks) && i <= k+20; i++ {
		w := toks[i].low
		if w == "." || w == ";" {
			return false
		}
		if w == "to" || w == "on" {
			prep = true
			continue
		}
		if prep && (w == "blacklist" || w == "list" && setWithin(toks, max(k+1, i-3), min(3, i-k-1), sanctionListHeads)) {
			return true
		}
	}
	return false
}
