package extract

// A product named as a claim's target stands for the firm that makes it
// (the spec maps products to their owner): "approved Leqembi, Eisai's
// Alzheimer's drug", "Eisai's Alzheimer's drug Leqembi", "Kovira, a vaccine
// made by Bharat Biotech". Without this the product's name, or a word
// inside its description ("Alzheimer's"), is taken for a firm.

var madeProductNouns = toSet(`drug drugs medicine medicines treatment therapy pill pills vaccine jab injection syrup tablet tablets
 inhaler app apps chatbot model models service brand device devices phone phones handset handsets smartphone chip chips console
 game software product products cream formula supplement`)

var madeByWords = toSet(`made developed owned sold marketed produced manufactured built run operated`)

// productOwners replaces, in each claim but a response, a target named
// as a product, or a word of a product's description, by its maker.
func productOwners(toks []token, ms []mention, out []Claim) []Claim {
	out = dropNonFirmTargets(toks, ms, out)
	for i := range out {
		c := &out[i]
		if c.Kind == KindResponse || len(c.Targets) == 0 {
			continue
		}
		var ts []Entity
		changed := false
		for _, t := range c.Targets {
			owner, _ := productOwnerOf(toks, ms, t)
			switch {
			case owner != nil:
				changed = true
				if !sameEntityAny(*owner, ts) && !sameEntity(*owner, c.Actor) {
					ts = append(ts, *owner)
				}
			default:
				if !sameEntityAny(t, ts) {
					ts = append(ts, t)
				}
			}
		}
		if changed && len(ts) > 0 {
			c.Targets = ts
		}
	}
	return out
}

// productOwnerOf: the maker of the product t names; inside tells that t is
// only a word within the product's description ("Eisai's Alzheimer's drug").
func productOwnerOf(toks []token, ms []mention, t Entity) (owner *Entity, inside bool) {
	for n, m := range ms {
		if m.ent.Name != t.Name || m.ref {
			continue
		}
		// inside "<Owner>'s ... <product noun>"
		for o := n - 1; o >= 0 && o >= n-2; o-- {
			if q := productNounWithin(toks, m.j, 3); ownerPoss(ms[o]) && q >= 0 && plainBetween(toks, ms[o].j, m.i) && plainBetween(toks, m.j, q) {
				e := asFirm(ms[o]) // the description's word stands for its owner
				return &e, true
			}
		}
		// "<Owner>'s ... <product noun> <t>"
		if p := productNounBefore(toks, m.i); p >= 0 {
			for o := n - 1; o >= 0; o-- {
				if ms[o].j <= p && ms[o].j >= p-4 && ownerPoss(ms[o]) && plainBetween(toks, ms[o].j, p) {
					e := asFirm(ms[o])
					return &e, false
				}
			}
		}
		// "<t>, <Owner>'s ... <product noun>," / "<t>, a ... <product noun> made by <Owner>"
		c := m.j
		if c < len(toks) && toks[c].text == "(" {
			// "VELTRAZA (cendolimab), the company's treatment": the product's
			// other name in brackets before the description
			if e := closingBracket(toks, c, 6); e > 0 {
				c = e + 1
			}
		}
		if o := madeByRightAfter(toks, ms, n); o != nil {
			return o, false // "a CAR-T cell therapy developed by Suzhou Lingxi": no comma before the maker
		}
		if c >= len(toks) || toks[c].text != "," {
			return nil, false
		}
		p := productNounWithin(toks, c+1, 7)
		if p < 0 {
			return nil, false
		}
		for o := n + 1; o < len(ms); o++ {
			om := ms[o]
			if om.i > c && om.j <= p+1 && ownerPoss(om) && plainBetween(toks, om.j, p) {
				e := asFirm(om)
				return &e, false
			}
			if om.i > p && om.i <= p+3 && madeByBetween(toks, p+1, om.i) && om.firmOrName() {
				e := asFirm(om)
				return &e, false
			}
		}
	}
	return nil, false
}

func ownerPoss(m mention) bool {
	return m.poss && (m.class == mFirm || m.class == mName || m.class == mOther && m.src == "name")
}

// productNounWithin: the first product noun from i within n tokens, before
// any clause break; -1 if none.
func productNounWithin(toks []token, i, n int) int {
	for q := i; q < len(toks) && q < i+n; q++ {
		if madeProductNouns[toks[q].low] && !toks[q].upper {
			return q
		}
		if toks[q].text == "." || toks[q].text == ";" || toks[q].kind == tokWord && verbCue[toks[q].low] {
			return -1
		}
	}
	return -1
}

// productNounBefore: a product noun right before i ("drug Leqembi").
func productNounBefore(toks []token, i int) int {
	if i > 0 && madeProductNouns[toks[i-1].low] && !toks[i-1].upper {
		return i - 1
	}
	return -1
}

func madeByBetween(toks []token, from, to int) bool {
	for q := from; q < to; q++ {
		if madeByWords[toks[q].low] || toks[q].low == "from" {
			return true
		}
	}
	return false
}

// plainBetween: only modifiers stand between from and to ("Eisai's
// Alzheimer's drug"), no preposition or deal noun that would make the
// possessor own something else ("Grab's acquisition of ride-hailing app X").
func plainBetween(toks []token, from, to int) bool {
	for q := from; q < to; q++ {
		w := toks[q].low
		if dealNouns[w] || objectStops[w] || verbCue[w] || w == "of" || w == "to" || w == "for" || w == "with" || w == "and" || w == "," {
			return false
		}
	}
	return true
}
