package extract

import "strings"

// looselySame reports whether a headline's target names a body target
// loosely: one of a hyphenated pair ("Saga-Oechsle tie-up" for Saga Group
// and Oechsle Stores) or the short form a longer name starts with ("Grab
// unit" for GrabTaxi Thailand). Headlines squeeze names; the body's claim
// on the full name is the same claim.
func looselySame(h Entity, ts []Entity) bool {
	name := strings.ToLower(h.Name)
	parts := strings.FieldsFunc(name, func(r rune) bool { return r == '-' || r == '–' || r == '/' })
	if len(parts) < 2 {
		parts = []string{name}
	}
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if len([]rune(p)) < 3 {
			continue
		}
		for _, t := range ts {
			if t.Type == TypeSector {
				continue
			}
			for _, n := range []string{t.Name, t.Canonical} {
				n = strings.ToLower(n)
				if n != "" && strings.HasPrefix(n, p) {
					return true
				}
			}
		}
	}
	return false
}

// countryNamedWith: the headline's actor is a country ("Thailand fines
// ...") and the body claim's sentence names it with its authority
// ("Thailand's Office of Trade Competition Commission fined ..."), which
// the catalogue may not tie to the country.
func countryNamedWith(h Entity, b Claim) bool {
	if h.Type != TypeGovernment || h.Name == "" || b.Actor.Type == TypeFirm {
		return false
	}
	return strings.Contains(b.Sentence, h.Name+"'s") || strings.Contains(b.Sentence, h.Name+"’s")
}

// unplacedAuthorities: both actors are authorities and one of them has no
// country on record, so the country test cannot tell them apart ("Thai
// regulator" in the headline, "Thailand's Trade Competition Commission"
// in the body).
func unplacedAuthorities(h, b Entity) bool {
	if h.Type == TypeFirm || b.Type == TypeFirm || h.Type == TypeOther || b.Type == TypeOther || h.Type == "" || b.Type == "" {
		return false
	}
	return h.Country == "" || b.Country == ""
}

// sectorOnly: the claim names no firm, only a class ("SEC revokes licences
// of three online lenders"). A headline telling a class what the body's
// claim of the same kind and actor tells named firms ("online lenders
// BilisPera and KwartaNow") is that claim with the names squeezed out, not
// a second act on unnamed firms (see classToldIn).
func sectorOnly(c Claim) bool {
	for _, t := range c.Targets {
		if t.Type != TypeSector {
			return false
		}
	}
	return true
}

// classToldIn: a telling word of the headline's class ("online lenders",
// "fuel distributors", "mobile money firms") recurs in the body sentence,
// so the body's firms are that class. A class the body words otherwise
// ("messaging giants" over "some of its largest tech firms") may be a
// wider act of its own and stays. Generic heads tell nothing.
func classToldIn(h Claim, sentence string) bool {
	low := strings.ToLower(sentence)
	for _, t := range h.Targets {
		for _, w := range strings.Fields(strings.ToLower(t.Name)) {
			w = strings.TrimRight(w, "s")
			if len(w) < 4 || genericClassWords[w] {
				continue
			}
			if strings.Contains(low, w) {
				return true
			}
		}
	}
	return false
}

// genericClassWords (stripped of a plural s) name any class of firm.
var genericClassWords = toSet(`firm compan companie operator business businesse player group some their three four five several
 other major large largest biggest small smaller leading local foreign`)
