package extract

// A firm introduced by what it is ("private bank Lémanique Privée SA",
// "broker Harbour Gate") is what "the bank" or "the broker" means later,
// even when another firm (a client, a rival) was named after it. Only heads
// that say a line of business count; "the company" is left to the usual
// order.

// noteDescribed remembers, per head, the latest firm named right after it.
func (c *docContext) noteDescribed(toks []token, ms []mention) {
	for _, m := range ms {
		if m.i < 1 || m.ref || m.poss || !(m.class == mFirm || m.class == mName) {
			continue
		}
		h := toks[m.i-1]
		if h.kind != tokWord || h.upper {
			continue
		}
		if _, ok := headNameWords[h.low]; !ok {
			continue
		}
		if c.described == nil {
			c.described = map[string]Entity{}
		}
		e := m.ent
		e.Type = TypeFirm
		c.described[h.low] = e
	}
}

// describedAs: the firm last introduced as "<head> X", while it is still
// among the last few firms named.
func (c *docContext) describedAs(head string) *Entity {
	e, ok := c.described[head]
	if !ok {
		return nil
	}
	for i := len(c.firms) - 1; i >= 0 && i >= len(c.firms)-6; i-- {
		if sameEntity(c.firms[i], e) || c.firms[i].Name == e.Name {
			return &e
		}
	}
	return nil
}

// announceVerbs tell, like "said", who "it" is in "X announced that it has
// entered into ...": the announcing firm, not a product named before.
var announceVerbs = toSet(`announced announces disclosed discloses explained explains revealed reveals`)
