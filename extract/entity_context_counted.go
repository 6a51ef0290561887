package extract

import "strings"

// Counted references: "the two operators", "the three lenders", "the four
// banks" point back to the last group of exactly that many firms. The
// count is the check: a group of another size is some other set of firms.

var countValues = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

// countedGroupRef reads "the <count> [modifier] <plural firm noun>" at k and
// returns the mention of the group it refers to.
func countedGroupRef(toks []token, k int, ctx *docContext) (mention, bool) {
	if k+2 >= len(toks) || toks[k].low != "the" {
		return mention{}, false
	}
	n := countValues[toks[k+1].low]
	if n == 0 {
		return mention{}, false
	}
	h := k + 2
	if h+1 < len(toks) && !pluralFirmHead(toks[h].low) && toks[h].kind == tokWord && !toks[h].upper && pluralFirmHead(toks[h+1].low) {
		h++ // "the two mobile operators"
	}
	if !pluralFirmHead(toks[h].low) || toks[h].upper {
		return mention{}, false
	}
	if h+1 < len(toks) && toks[h+1].low == "of" {
		return mention{}, false // "the three banks of the consortium": a part named after
	}
	g := ctx.groupOfSize(n)
	if g == nil || groupNamedBefore(toks, k, g) {
		// ("approved the merger of A and B, the two lenders said": the
		// sentence itself names them; the phrase only restates its list)
		return mention{}, false
	}
	return mention{i: k, j: h + 1, class: mPron, src: "ref", ref: true, plural: true, group: g}, true
}

// groupOfSize: the latest group of n distinct firms that claims bound
// together, else named together, else (for two) the last two firms.
func (c *docContext) groupOfSize(n int) []Entity {
	for i := len(c.claimGroups) - 1; i >= 0; i-- {
		if len(c.claimGroups[i]) == n {
			return c.claimGroups[i]
		}
	}
	for i := len(c.groups) - 1; i >= 0; i-- {
		if len(c.groups[i]) == n {
			return c.groups[i]
		}
	}
	if n == 2 {
		return c.lastTwoFirms()
	}
	return nil
}

// groupNamedBefore: some firm of g is named in toks before k (its name's
// first word, compared as typed).
func groupNamedBefore(toks []token, k int, g []Entity) bool {
	for _, e := range g {
		first, _, _ := strings.Cut(e.Name, " ")
		for q := 0; q < k; q++ {
			if toks[q].upper && toks[q].text == first {
				return true
			}
		}
	}
	return false
}
