package extract

import (
	"strconv"
	"strings"
)

// A counted class named by an act ("imposed penalties on five cement
// manufacturers", "Four small Chinese banks have been fined") and its
// members listed in the next sentence ("Kohat Rock Cement, Margalla Cement,
// ... were each found to ..."): when the list has exactly as many names as
// the class counted, the act binds each of them.

var classCounts = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "both": 2, "pair": 2}

// classCount reads the count a class entity opens with ("five cement
// manufacturers" -> 5); 0 when none.
func classCount(e Entity) int {
	f := strings.Fields(strings.ToLower(e.Name))
	for i, w := range f {
		if i > 2 {
			break
		}
		if n, ok := classCounts[w]; ok {
			return n
		}
		if n, err := strconv.Atoi(w); err == nil && n > 1 && n < 30 {
			return n
		}
	}
	return 0
}

// classMembers returns, for the act on a counted class in the sentence
// just before (ending at start), copies bound to the firms this sentence
// lists when their number matches.
func classMembers(toks []token, ms []mention, ctx *docContext, start int, out []Claim) []Claim {
	var list []Entity
	for i := range ms {
		if ms[i].class != mFirm && ms[i].class != mName {
			continue
		}
		idx := listFrom(toks, ms, i)
		es := entitiesOf(ms, idx, func(m mention) bool { return m.firmOrName() }, "firm")
		if len(es) > len(list) {
			list = es
		}
	}
	if len(list) < 2 {
		return nil
	}
	for _, c := range out {
		if anySame(c.Targets, list) {
			return nil // this sentence acts on them itself
		}
	}
	prev := -1
	for _, c := range ctx.claims {
		if c.Start < start && c.Start > prev {
			prev = c.Start
		}
	}
	var res []Claim
	for _, c := range ctx.claims {
		if c.Start != prev || c.Actor.Type == TypeFirm || c.Kind == KindResponse || c.Kind == KindAction || c.Negated {
			continue
		}
		for _, t := range c.Targets {
			if n := classCount(t); t.Type == TypeSector && (n == len(list) || n > len(list) && partialMembers(toks)) {
				m := c
				m.Targets = append([]Entity(nil), list...)
				m.Rule = c.Rule + "-members"
				m.Confidence = c.Confidence - 0.15
				res = append(res, m)
				break
			}
		}
	}
	if len(res) > 0 {
		ctx.groups = append(ctx.groups, list) // "the companies" later means them
	}
	return res
}
