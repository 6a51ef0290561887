package extract

import "strings"

// A passive act whose "by" agent is named but is no authority was done by
// that agent, not by the authority the article spoke of before: "300
// buses ordered by Kraków" is a city's purchase, not an order laid on the
// bus maker. The agent may still be an authority called by its name and
// then by what it is ("fined by Procon-SP, the consumer agency said").

// authorityApposed: the agent list ends in ", <authority>" or "(<authority>)".
func authorityApposed(toks []token, ms []mention, agent []int) bool {
	end := ms[agent[len(agent)-1]].j
	if end >= len(toks) || (toks[end].text != "," && toks[end].text != "(") {
		return false
	}
	for _, m := range ms {
		if m.i > end && m.i <= end+2 && m.class == mAuth {
			return true
		}
	}
	return false
}

// purchaseOrdered: "300 buses ordered by Kraków", "the meters ordered by
// Nairobi county": a participle right after a plain noun, with a "by"
// agent and no "to" + verb after it, is goods bought, not a firm bound,
// whatever the agent is ("Kenya Power, ordered by the regulator to cut
// tariffs," keeps its order).
func purchaseOrdered(toks []token, k int) bool {
	if k < 1 || toks[k].low != "ordered" {
		return false
	}
	p := toks[k-1]
	if p.kind != tokWord || p.upper || passiveBe[p.low] || auxWords[p.low] || strings.HasSuffix(p.low, "ly") {
		return false
	}
	by := wordIndexWithin(toks, k+1, 2, "by")
	if by < 0 {
		return false
	}
	for q := by + 1; q < len(toks) && q <= by+10; q++ {
		if toks[q].low == "to" && q+1 < len(toks) && toks[q+1].kind == tokWord && !toks[q+1].upper {
			return false
		}
		if toks[q].text == ";" || toks[q].text == "." {
			break
		}
	}
	return true
}

// listGlue: words that join the members of a named list ("the country's
// three operators, including A, B and C,").
var listGlue = toSet(`and or the a an 's including such as among notably namely all its their both each of on`)

// ownChoiceVerbs put a firm's own will before its act ("decided to block"),
// whatever an authority ordered earlier in the sentence.
var ownChoiceVerbs = toSet(`decided decides agreed agrees chose chooses moved moves began begins started starts threatened threatens vowed vows opted opts`)

// closingBracket: the index of the ")" closing the "(" at i within n
// tokens, or -1.
func closingBracket(toks []token, i, n int) int {
	for j := i + 1; j < len(toks) && j <= i+n; j++ {
		if toks[j].text == ")" {
			return j
		}
	}
	return -1
}
