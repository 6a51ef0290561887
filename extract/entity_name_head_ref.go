package extract

import "strings"

// firmNamedWith: the one firm among the last few named whose own name holds
// the trade noun w ("Thameside Business College" for "the college",
// "Harbourview Institute of Technology" for "the institute"). A noun too
// plain to refer back on its own ("the college" may be any college) is safe
// when a firm the article just named carries it in its name; two such
// firms leave it unresolved.
func (c *docContext) firmNamedWith(w string) *Entity {
	var hit *Entity
	for i := len(c.firms) - 1; i >= 0 && i >= len(c.firms)-6; i-- {
		if !nameHasWord(c.firms[i].Name, w) {
			continue
		}
		if hit != nil && !strings.EqualFold(hit.Canonical, c.firms[i].Canonical) && !wordPrefix(hit.Name, c.firms[i].Name) {
			return nil
		}
		if hit == nil {
			hit = &c.firms[i]
		}
	}
	return hit
}

// nameHasWord reports whether name holds the lower-case word w (or its
// plural, "Clinics") as a whole word, ignoring case, without allocating.
func nameHasWord(name, w string) bool {
	for rest := name; len(rest) >= len(w); {
		i := strings.IndexByte(rest, ' ')
		word := rest
		if i >= 0 {
			word = rest[:i]
		}
		if strings.EqualFold(word, w) || len(word) == len(w)+1 && (word[len(w)] == 's' || word[len(w)] == 'S') && strings.EqualFold(word[:len(w)], w) {
			return true
		}
		if i < 0 {
			return false
		}
		rest = rest[i+1:]
	}
	return false
}
