package extract

// A firm first met as an unknown name is only typed a firm once the
// sentence's acts are read, so a description later in the same sentence
// ("SEBI fined Godavari Stockbroking ... and barred the brokerage from")
// found no firm to point back to. The name an act just fell on is what
// such a description means when no firm was noted in the sentence yet.

// sentNameState is the part of docContext that tracks it.
type sentNameState struct {
	// sentName is the latest unknown name of this sentence standing in an
	// object slot; firmMark is how many firms the context held when the
	// sentence began.
	sentName *Entity
	firmMark int
	// sentFirst is the sentence's first firm or name (not a possessor);
	// sentOther the latest firm or name after it, which a description
	// later in the sentence means rather than the subject ("Sony ... a
	// stake in Kadokawa ... the Japanese publisher")
	sentFirst, sentOther Entity
	hasFirst, hasOther   bool
}

// beginNames forgets the previous sentence's name.
func (s *sentNameState) beginNames(firms int) {
	s.sentName, s.firmMark = nil, firms
	s.hasFirst, s.hasOther = false, false
}

// noteSentName keeps m when it is an unknown name right after a lower-case
// verb or preposition ("fined Narmada Broking", "a penalty on X"), the
// slot an act's firm takes; names opening the sentence, possessors and
// names after a title ("Chairman X") are left out.
func (s *sentNameState) noteSentName(toks []token, m mention) {
	if m.firmOrName() && !m.poss && !m.ref && !(m.i > 0 && (toks[m.i-1].low == "its" || toks[m.i-1].low == "their")) {
		// (not "its UPI payments": what the firm owns or uses)
		// (values, not pointers: this runs for every name of every sentence)
		if !s.hasFirst {
			s.sentFirst, s.hasFirst = m.ent, true
		} else if !sameWordsPrefix(m.ent.Name, s.sentFirst.Name) {
			s.sentOther, s.hasOther = m.ent, true
		}
	}
	if m.class != mName || m.poss || m.ref || m.i == 0 || nameLen(&m) < 2 {
		return
	}
	p := toks[m.i-1]
	if p.kind != tokWord || p.upper || descriptorStops[p.low] && p.low != "on" && p.low != "against" && p.low != "of" {
		return
	}
	e := m.ent
	s.sentName = &e
}

// sentNameRef is the name a firm description means when the sentence
// noted no firm of its own.
func (c *docContext) sentNameRef() *Entity {
	if c.sentName == nil || len(c.firms) > c.firmMark {
		return nil
	}
	return c.sentName
}
