package extract

// An act a firm answers often names its author only further on, through a
// participle and "by", past a comma or a relative clause: "agreed to the
// remedies that had been sought for months by the commission", "accepted
// the conditions, which were demanded last year by Colombia's SIC", "would
// meet the deadline, which was set in March by the inspectorate". The
// clause ends before the author, so the near-object search misses it.

// authorParticiples: what an authority does to an act it authors.
var authorParticiples = toSet(`imposed levied issued sought demanded requested set ordered proposed brought required
 recommended laid handed announced published adopted decided`)

// actAuthorByLater: the first authority after k that follows "by" (or
// "by the") preceded, within three words with no punctuation, by an
// author participle; nil if none. Only asked when the answer's object is
// an authority's act (answerWords), so "terms set by its largest customer"
// names no authority.
func actAuthorByLater(toks []token, ms []mention, k int) *Entity {
	for i := range ms {
		m := &ms[i]
		if m.class != mAuth || m.i <= k+2 || m.weak {
			continue
		}
		p := m.i - 1
		if toks[p].low == "the" {
			p--
		}
		if p <= k || toks[p].low != "by" {
			continue
		}
		for q := p - 1; q > k && q >= p-4; q-- {
			if toks[q].kind == tokPunct {
				break
			}
			if authorParticiples[toks[q].low] {
				return &m.ent
			}
		}
	}
	return nil
}
