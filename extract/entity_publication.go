package extract

// An official publication ("published in the Official Gazette", "the
// Boletín Oficial", "the EU's Official Journal", "the Federal Register")
// only carries an authority's act: it is never a party, nor the firm a
// later "the company" means.

// publicationHeads end the name of an official publication.
var publicationHeads = toSet(`gazette journal bulletin register boletín boletin diário diario gaceta gazzetta
 amtsblatt dziennik monitor`)

// publicationName reports whether the name m is an official publication:
// its last word is a publication head and it starts with Official/State/
// Federal/Government or the head is a foreign one.
func publicationName(toks []token, m mention) bool {
	if m.j-m.i < 2 || m.j > len(toks) {
		return false
	}
	last := m.j - 1
	if m.poss {
		last--
	}
	if last <= m.i || !publicationHeads[toks[last].low] {
		return false
	}
	switch toks[m.i].low {
	case "official", "state", "federal", "government", "national", "royal", "public":
		return true
	case "boletín", "boletin", "diário", "diario", "gaceta", "gazzetta", "amtsblatt", "dziennik":
		return true
	}
	return toks[m.i+1].low == "official" // "Kenya Gazette"-like names stay firms unless official
}
