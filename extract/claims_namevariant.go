package extract

import "strings"

// Name variants a firm's answer uses for the firm an authority acted on:
// articles drop a legal or descriptive lead word ("Organización Soriana"
// then "Soriana") or call a firm by the one distinctive word of its name
// ("Sumber Alfaria Trijaya" then "Alfaria").

// innerNameOf: one of t's names is a single distinctive word that stands
// as a whole word inside a longer name of one of firms, or the reverse.
func innerNameOf(t Entity, firms []Entity) bool {
	for _, f := range firms {
		for _, x := range []string{t.Name, t.Canonical} {
			for _, y := range []string{f.Name, f.Canonical} {
				if oneWordInside(strings.ToLower(x), strings.ToLower(y)) {
					return true
				}
			}
		}
	}
	return false
}

// oneWordInside: the shorter of a and b is one word of five letters or
// more, no business, utility or legal-form word ("Water", "Bank" and "Group"
// name no firm by themselves), found as a whole word in the longer.
func oneWordInside(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < 5 || strings.ContainsAny(a, " -") || a == b {
		return false
	}
	if businessHeads[a] || utilityWords[a] || corpSuffixes[a] || governmentalWords[a] || placeAdjectives[a] {
		return false
	}
	words := strings.Fields(b)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if strings.TrimSuffix(w, "'s") == a {
			return true
		}
	}
	return false
}

// relativeOpen: the verb at k follows a relative clause set off by commas
// (", which was bought by Telstra in 2022, welcomed"); it returns the
// opening comma, whose left neighbour is the verb's subject, or -1.
func relativeOpen(toks []token, k int) int {
	i := k - 1
	for i > 0 && (toks[i].low == "has" || toks[i].low == "have" || toks[i].low == "had" || toks[i].low == "will" || toks[i].low == "would" || toks[i].low == "also" || toks[i].low == "said" || toks[i].low == "it") {
		i--
	}
	if i < 3 || toks[i].text != "," {
		return -1
	}
	for q := i - 2; q >= 1 && q >= i-30; q-- {
		switch toks[q].text {
		case ",":
			if w := toks[q+1].low; w == "which" || w == "who" || w == "whose" {
				return q
			}
			return -1
		case ".", ";", ":", "(", ")":
			return -1
		}
	}
	return -1
}

// venueBefore: the authority at i is where an appeal goes or is heard
// ("appeal to the administrative court", "appealed the decision in a
// federal court", "before the tribunal"), not the act appealed.
func venueBefore(toks []token, i int) bool {
	p := i - 1
	if p >= 1 && (toks[p].low == "the" || toks[p].low == "a") {
		p--
	}
	if p < 1 {
		return false
	}
	switch toks[p].low {
	case "to", "before", "move", "moved", "moves", "moving":
		// ("would move the high court": South Asian usage for going to court)
		return true
	case "in", "at":
		// a court named with an article and no act of its own after it
		return toks[i].low == "a" || toks[i].low == "the" || toks[i-1].low == "a" || toks[i-1].low == "the"
	}
	return false
}

// dealVerbs after "agreed ... to" make a deal, not an answer.
var dealVerbs = toSet(`buy acquire sell merge purchase invest combine take partner form launch build develop supply`)

// agreedToDeal: "agreed (in July) to buy": the agreement at k is a deal.
func agreedToDeal(toks []token, k int) bool {
	for q := k + 1; q < len(toks) && q <= k+5; q++ {
		if toks[q].low == "to" {
			return q+1 < len(toks) && dealVerbs[toks[q+1].low]
		}
	}
	return false
}

// onlyKind: every claim is of kind (and there is one).
func onlyKind(cs []Claim, kind string) bool {
	for _, c := range cs {
		if c.Kind != kind {
			return false
		}
	}
	return len(cs) > 0
}

// modifierName: the name at m stands before a lower-case noun ("Ram
// pickup engines"), naming a product line rather than a party.
func modifierName(toks []token, m mention) bool {
	if m.j >= len(toks) {
		return false
	}
	t := toks[m.j]
	if t.kind != tokWord || t.upper {
		return false
	}
	switch t.low {
	case "to", "and", "or", "for", "over", "after", "with", "on", "in", "of", "at", "by", "from", "said", "says", "which", "who", "that", "has", "had", "was", "is", "will", "would":
		return false
	}
	return true
}

// firmWithHead: the latest of the last few firms named whose name ends in
// head ("Ceylon Electricity Board" for "the board"), or nil.
func (c *docContext) firmWithHead(head string) *Entity {
	for i := len(c.firms) - 1; i >= 0 && i >= len(c.firms)-4; i-- {
		for _, n := range []string{c.firms[i].Name, c.firms[i].Canonical} {
			if w := strings.Fields(strings.ToLower(n)); len(w) >= 2 && w[len(w)-1] == head {
				f := c.firms[i]
				return &f
			}
		}
	}
	return nil
}
