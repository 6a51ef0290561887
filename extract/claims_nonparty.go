package extract

import "strings"

// Names that are no party to a claim: a nationality adjective, a region's
// adjective, a code, a public fund, a titled person, a firm's own unit.

// demonymModifier: a nationality adjective qualifying a plain noun
// ("Vietnamese mobile phone numbers", "Chinese consumers") names no
// government that could have acted, so a later agentless passive ("are
// also required to ...") must not take it as its authority. "Chinese
// regulators" still stands for an authority.
func demonymModifier(toks []token, m mention) bool {
	if m.class != mPlace || m.poss || m.j-m.i != 1 || m.j >= len(toks) {
		return false
	}
	name := toks[m.i].low
	if name == strings.ToLower(m.ent.Canonical) || !hasDemonymEnding(name) {
		return false
	}
	next := toks[m.j]
	return next.kind == tokWord && !next.upper && authHeads[next.low] == ""
}
func hasDemonymEnding(w string) bool {
	for _, suf := range []string{"ese", "ian", "ish", "ean", "an", "ic", "i", "ch", "ss"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// regionWords make up an adjective of a region or people ("Middle
// Eastern", "Latin American", "West African"), which names no firm.
var regionWords = toSet(`middle eastern western northern southern east west north south central southeast southeastern northeast
 northeastern southwest southwestern northwest northwestern latin american african asian european arab arabian nordic scandinavian
 gulf pan-african pan-european pan-asian sub-saharan caribbean pacific atlantic baltic balkan mediterranean oceanian
 levantine maghrebi iberian anglo-saxon`)

func regionAdjective(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) == 0 {
		return false
	}
	last := ws[len(ws)-1]
	if !(strings.HasSuffix(last, "n") || strings.HasSuffix(last, "ic") || strings.HasSuffix(last, "ean")) {
		return false // "Gulf", "Pacific" alone may open a firm's name
	}
	for _, w := range ws {
		if !regionWords[w] {
			return false
		}
	}
	return true
}

// ownUnit: a target whose name extends the actor's ("Zamtel" -> "Zamtel
// Kwacha", "Kowhai Capital" -> "Kowhai Property Fund" shares its first
// word) is the actor's own product or unit, no other firm.
func ownUnit(actor, t Entity) bool {
	a := strings.Fields(strings.ToLower(actor.Name))
	b := strings.Fields(strings.ToLower(t.Name))
	if len(a) == 0 || len(b) <= len(a) || sameEntity(t, actor) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// trimNonParties drops targets that are no firm: a region's adjective
// ("a Middle Eastern payments firm"), a code ("GLP-1") and, for a firm's act, its own unit.
// emptied reports a claim left with no target it had.
func trimNonParties(c Claim) (Claim, bool) {
	keep := c.Targets[:0:0]
	for _, t := range c.Targets {
		if regionAdjective(t.Name) || codeName(t.Name) || publicFund(t.Name) || c.Kind != KindResponse && titledPerson(t.Name) || c.Kind == KindAction && ownUnit(c.Actor, t) {
			continue
		}
		keep = append(keep, t)
	}
	if len(keep) == len(c.Targets) {
		return c, false
	}
	c.Targets = keep
	return c, len(keep) == 0
}

// codeName: a letters-hyphen-digits code ("GLP-1", "COVID-19", "PD-1")
// names a molecule, a disease or a standard, never a firm.
func codeName(name string) bool {
	i := strings.IndexByte(name, '-')
	if i <= 0 || i == len(name)-1 {
		return false
	}
	for _, r := range name[:i] {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	for _, r := range name[i+1:] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// catalogPastDescriptor: a catalogued name opens inside the descriptor and
// runs past it ("Kenya's Office of the Data Protection Commissioner"), so
// the descriptor ("Kenya's Office") would cut a known body in two.
func (x *ClaimExtractor) catalogPastDescriptor(toks []token, m mention) bool {
	for h := m.i + 1; h < m.j; h++ {
		if n, l := x.cat.lookup(toks, h); n != nil && h+l > m.j {
			return true
		}
	}
	return false
}

// publicFund: a deposit-guarantee, investor-compensation or resolution
// body ("the Deposit Guarantee Fund", "Deposit Insurance Corporation")
// carries out what the authority decides; it is no firm bound.
func publicFund(name string) bool {
	n := strings.ToLower(name)
	return strings.Contains(n, "deposit guarantee") || strings.Contains(n, "deposit insurance") || strings.Contains(n, "guarantee fund") ||
		strings.Contains(n, "resolution fund") || strings.Contains(n, "compensation fund") || strings.Contains(n, "investor protection fund") ||
		strings.Contains(n, "compensation scheme")
}

// personTitleWords open a person's name in a target ("Reuters
// Editor-in-Chief Alessandra Galloni", "Binance CEO Richard Teng").
var personTitleWords = toSet(`ceo chief editor-in-chief chairman chairwoman chairperson president founder co-founder spokesman spokeswoman spokesperson director minister secretary`)

// titledPerson: a title followed by two or more capitalized words, the
// last of the name: a person, never a target.
func titledPerson(name string) bool {
	f := strings.Fields(name)
	for i, w := range f {
		if personTitleWords[strings.ToLower(w)] && len(f)-i-1 >= 2 {
			rest := f[i+1:]
			for _, r := range rest {
				if r == "" || r[0] < 'A' || r[0] > 'Z' || firmHeads[strings.ToLower(r)] || corpSuffixes[strings.ToLower(strings.TrimSuffix(r, "."))] {
					return false
				}
			}
			return true
		}
	}
	return false
}
