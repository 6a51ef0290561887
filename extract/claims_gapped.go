package extract

// Gapped coordination: the second half of a sentence names more firms
// under the act of the first and drops the verb ("fined A on Monday, and B
// on Tuesday", "A faces the largest penalty at X, while B will pay Y",
// "opened investigations into A, and into B"). What may stand after the
// new firms is only what the act itself carries: an amount, a date, a
// paying verb, "each" or "respectively"; any other word is a new clause.

// gapConnectors open the second half.
var gapConnectors = toSet(`and while with but whereas`)

// gapTail are the words the gapped half may keep besides numbers, amounts
// and dates.
var gapTail = toSet(`on in last this next week month year each respectively a an the of at about around nearly some
 will would pay pays paid paying face faces facing faced receive receives received receiving get gets got
 million billion bn m crore lakh trillion thousand smaller larger lower higher penalty fine fines`)

// gappedMembers adds to each authority act the firms a gapped second half
// names.
func gappedMembers(toks []token, ms []mention, out []Claim) []Claim {
	for i := range out {
		c := &out[i]
		if !followedKinds[c.Kind] || c.Negated {
			continue
		}
		last, prep := -1, ""
		for n := range ms {
			if ms[n].firmOrName() && sameEntityAny(asFirm(ms[n]), c.Targets) {
				last = n
				if prep == "" && ms[n].i > 0 {
					prep = toks[ms[n].i-1].low
				}
			}
		}
		if last < 0 {
			continue
		}
		for n := last + 1; n < len(ms); n++ {
			m := ms[n]
			if !m.firmOrName() || m.poss || sameEntityAny(asFirm(m), c.Targets) {
				continue
			}
			p := m.i - 1
			repeated := p >= 1 && (prep == "into" || prep == "against" || prep == "on") && toks[p].low == prep
			if repeated {
				p-- // "and into TikTok Shop": the act's preposition again
			}
			if p < 1 || !gapConnectors[toks[p].low] || toks[p-1].text != "," && !repeated {
				break
			}
			idx := listFrom(toks, ms, n)
			end := ms[idx[len(idx)-1]].j
			if !gapTailOnly(toks, end) || !repeated && end < len(toks) && clauseStop(toks[end]) {
				break // "while B said it would appeal", "and B." with nothing of the act
			}
			for _, j := range idx {
				if e := asFirm(ms[j]); ms[j].firmOrName() && !sameEntityAny(e, c.Targets) && !sameEntity(e, c.Actor) {
					c.Targets = append(c.Targets, e)
				}
			}
			break
		}
	}
	return out
}

// gapTailOnly: from i to the end of the clause stand only amounts, dates
// and the words of gapTail.
func gapTailOnly(toks []token, i int) bool {
	for ; i < len(toks); i++ {
		t := toks[i]
		if clauseStop(t) {
			return true
		}
		switch {
		case t.kind == tokNum, currencySymbols[t.text] != "", currencyWords[t.low] != "", t.text == "%", t.text == "$", t.text == "-":
		case dayNames[t.low], gapMonths[t.low]:
		case gapTail[t.low]:
		default:
			return false
		}
	}
	return true
}

// clauseStop ends the gapped half.
func clauseStop(t token) bool {
	return t.text == "," || t.text == "." || t.text == ";" || t.text == ":"
}

var gapMonths = toSet(`january february march april may june july august september october november december`)
