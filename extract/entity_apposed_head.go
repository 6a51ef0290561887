package extract

import "strings"

// A firm described in apposition ("Ukrzaliznytsia, the state railway,",
// "Hartwell, a payments start-up,") is what "the railway" or "the start-up"
// means later in the same sentence, even when another firm was named in
// between ("... to grain trader Chornozem Trading, which sued the
// railway"): the nearest firm would be the wrong one.

// apposedAs: the firm the current sentence set in apposition with a
// description ending in head, found in the tokens before k, or nil.
func (c *docContext) apposedAs(toks []token, k int, head string) *Entity {
	for q := k - 2; q >= 1; q-- {
		if toks[q].low != head || toks[q].upper {
			continue
		}
		if toks[q+1].upper && toks[q+1].kind == tokWord && !capStop[toks[q+1].low] {
			// "grain trader Chornozem Trading ... the trader": named right after its head
			b := q + 1
			e := b
			for e < k && e-b < 5 && toks[e].upper && toks[e].kind == tokWord {
				e++
			}
			return c.firmNamed(span(toks, b, e))
		}
		if q < 2 || toks[q+1].text != "," {
			continue
		}
		// back over the description's lowercase words to its article and comma
		p := q - 1
		for p > 0 && q-p <= 5 && (toks[p].kind == tokNum || toks[p].text == "-" || toks[p].kind == tokWord && !toks[p].upper && toks[p].low != "the" && toks[p].low != "a" && toks[p].low != "an") {
			p--
		}
		if p < 1 || (toks[p].low != "the" && toks[p].low != "a" && toks[p].low != "an") || toks[p-1].text != "," {
			continue
		}
		// the name before the comma: its capitalized words
		e := p - 1
		b := e
		for b > 0 && toks[b-1].upper && toks[b-1].kind == tokWord && e-b < 5 {
			b--
		}
		if b == e {
			continue
		}
		return c.firmNamed(span(toks, b, e))
	}
	return nil
}

// firmNamed: the recent firm this text names, else a firm of that name (a
// name first met in this sentence: its description makes it a firm).
func (c *docContext) firmNamed(text string) *Entity {
	name := strings.ToLower(text)
	for i := len(c.firms) - 1; i >= 0 && i >= len(c.firms)-8; i-- {
		f := strings.ToLower(c.firms[i].Name)
		if f == name || strings.HasSuffix(name, " "+f) || strings.HasPrefix(f, name+" ") {
			return &c.firms[i]
		}
	}
	return &Entity{Name: text, Canonical: text, Type: TypeFirm}
}

// namedModifier: the words before the head at h end in a firm's name with
// its legal form ("the 12-store Kiwi Grocer Co chain", "the Acme Foods Ltd
// brand"): the description names a firm of its own.
func namedModifier(toks []token, from, h int) bool {
	if h-1 < from || h-2 < from {
		return false
	}
	last := toks[h-1]
	return last.upper && legalForms[last.low] && toks[h-2].upper && toks[h-2].kind == tokWord
}

// legalForms: only the abbreviations of a legal form ("Telecom", "Group" or
// "Company" in "the Globe Telecom unit" describe a parent, not this firm).
var legalForms = toSet(`co co. ltd ltd. limited inc inc. plc llc corp corp. gmbh ag sa s.a. bhd pty nv bv spa`)
