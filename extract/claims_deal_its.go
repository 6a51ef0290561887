package extract

// A deal an authority acts on, told from one side with "its": "blocked its
// tie-up with rival Vetlink", "cleared its joint venture with Atlas
// Towers". The authority has no deals of its own, so "its" is the firm
// named last before the verb (the sentence's speaker or subject), and the
// partner follows "with". Both sides are the act's targets, as in "blocked
// the merger of A and B".

// itsDealModifiers may stand between "its" and the deal noun.
var itsDealModifiers = toSet(`planned proposed joint mooted long-planned contested controversial own`)

// itsDealWith returns the two sides of "its <deal noun> with Y" at the deal
// noun n, or nil.
func itsDealWith(toks []token, ms []mention, n int) []Entity {
	if n+2 >= len(toks) || toks[n+1].low != "with" {
		return nil
	}
	p := n - 1
	for p > 0 && (itsDealModifiers[toks[p].low] || toks[p].kind == tokNum || currencySymbols[toks[p].text] != "" || toks[p].text == "-") && p >= n-4 {
		p--
	}
	if p < 1 || toks[p].low != "its" {
		return nil
	}
	var owner, other *Entity
	for i := range ms {
		m := ms[i]
		if m.j <= p && (m.firmOrName() || m.class == mOther && m.src == "name" && m.poss) {
			// (a possessor of the firm's answer: "X's challenge to the
			// decision to block its ...")
			e := asFirm(m)
			owner = &e // the last firm before "its"
		}
		if m.i > n+1 && m.i <= n+6 && other == nil && (m.firmOrName() || m.class == mOther && m.src == "name") && !punctBetween(toks, n, m.i) {
			e := asFirm(m)
			e.Type = TypeFirm
			other = &e
		}
	}
	if owner == nil || other == nil || sameEntity(*owner, *other) {
		return nil
	}
	return []Entity{*owner, *other}
}

// itsOwner: the firm named last before the "its" of the deal noun at k
// (at most six words before it, in the same clause), as a one-mention
// list, or nil; for a firm that is no subject ("objections to X over its
// purchase of Y").
func itsOwner(toks []token, ms []mention, k int) []int {
	p := -1
	for q := k - 1; q >= 0 && q >= k-6; q-- {
		if toks[q].low == "its" {
			p = q
			break
		}
	}
	if p < 0 {
		return nil
	}
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if m.j > p {
			continue
		}
		if p-m.j > 6 || clauseBreakBetween(toks, m.j-1, p) {
			return nil
		}
		if m.firmOrName() && !m.poss {
			return []int{i}
		}
		if m.class == mAuth || m.class == mPlace {
			return nil // "the regulator's review of its purchase": nearer is no firm
		}
	}
	return nil
}
