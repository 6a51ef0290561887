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
