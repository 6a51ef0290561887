package extract

// An acronym the catalogue knows as an authority is often also a firm's
// name (Spain's builder FCC, the carmaker FCA). Sitting bare between two
// firms of a comma list ("Acciona, Dragados, FCC, Ferrovial and Sacyr",
// "carmakers Renault, FCA and Volkswagen") it is one more member: an
// authority would be told with "the" or stand in a list of authorities.

// listedAcronymFirms retypes such a mention as a firm of its own name.
func listedAcronymFirms(toks []token, ms []mention) {
	for n := 1; n+1 < len(ms); n++ {
		m := &ms[n]
		if m.class != mAuth || m.j-m.i != 1 || m.poss || !isAcronym(toks[m.i].text) {
			continue
		}
		l, r := ms[n-1], ms[n+1]
		if !l.firmOrName() || l.poss || l.j+1 != m.i || toks[l.j].text != "," {
			continue
		}
		if !r.firmOrName() || r.i != m.j+1 || (toks[m.j].text != "," && toks[m.j].low != "and") {
			continue
		}
		name := toks[m.i].text
		m.class = mFirm
		m.ent = Entity{Name: name, Canonical: name, Type: TypeFirm}
		m.src = "list"
	}
}
