package extract

import (
	"strings"
)

// dealBuyer: the firm that ends up owning "the combined company": the
// possessor of a deal noun earlier in the sentence ("Avianca's takeover of
// Viva Air"), else the actor of the article's last deal.
func (c *docContext) dealBuyer(toks []token, k int) *Entity {
	if b := c.sentenceDealBuyer(toks, k); b != nil {
		return b
	}
	if d := lastDeal(nil, c.claims); d != nil && (d.Action == "acquire" || d.Action == "buy" || d.Action == "purchase" || d.Action == "merge") {
		e := d.Actor
		return &e
	}
	return nil
}

// sentenceDealBuyer: the possessor of a deal noun earlier in this sentence
// ("Avianca's takeover of Viva Air"), or nil.
func (c *docContext) sentenceDealBuyer(toks []token, k int) *Entity {
	for q := k - 1; q >= 2; q-- {
		if !dealNouns[toks[q].low] {
			continue
		}
		for p := q - 1; p >= 1 && p >= q-5; p-- {
			if toks[p].low != "'s" && toks[p].text != "'" {
				continue
			}
			last := toks[p-1].text
			for n := len(c.firms) - 1; n >= 0; n-- {
				if f := c.firms[n]; f.Name == last || strings.HasSuffix(f.Name, " "+last) {
					return &c.firms[n]
				}
			}
			if toks[p-1].upper {
				// a name the article met only in this sentence
				b := p - 1
				for b > 0 && toks[b-1].upper && toks[b-1].kind == tokWord && p-b < 4 {
					b--
				}
				name := span(toks, b, p)
				return &Entity{Name: name, Canonical: name, Type: TypeFirm}
			}
		}
		break
	}
	return nil
}
