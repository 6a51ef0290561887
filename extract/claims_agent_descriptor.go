package extract

// A passive agent is often introduced by what it is before its name: a
// nationality and a free noun phrase ("by Japanese trading house Tachibana
// Shoji", "by state investor Meranti Capital", "by the Dutch farmers'
// cooperative Melkunie"). The head noun of that phrase varies without end
// across outlets, so the agent is found by shape — a short lower-case run
// that a name closes — rather than by a lexicon of firm heads.

// descriptorStops end a descriptor run: words that start a clause, a time
// or another phrase rather than describe the name that follows.
var descriptorStops = toSet(`and or but of for in on at to from with by as than that which who whose said says told
 last this next its their his her our after before since when while until about over under into amid against
 not also then now later earlier yesterday today`)

// describedNameAfter returns the index of the mention that a descriptor
// starting at s leads to, or -1: an optional article, an optional
// nationality, then one to four lower-case words, then the name.
func describedNameAfter(toks []token, ms []mention, s int) int {
	q := s
	if q < len(toks) && (toks[q].low == "the" || toks[q].low == "a" || toks[q].low == "an") {
		q++
	}
	for _, m := range ms {
		if m.i == q && m.class == mPlace && !m.poss {
			q = m.j
			break
		}
	}
	run := 0
	for q < len(toks) && run < 5 {
		t := toks[q]
		if t.kind == tokWord && !t.upper && !descriptorStops[t.low] {
			run++
			q++
			continue
		}
		if (t.text == "'" || t.low == "'s") && run > 0 {
			q++ // "farmers' cooperative", "the region's biggest lender"
			continue
		}
		break
	}
	if run == 0 || run > 4 {
		return -1
	}
	for j, m := range ms {
		if m.i == q {
			if m.class == mFirm || m.class == mName || m.class == mAuth {
				return j
			}
			return -1
		}
	}
	return -1
}
