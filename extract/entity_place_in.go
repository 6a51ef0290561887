package extract

// placeInWords are the locative prepositions after which an unknown name
// is where something happened ("collapsed in Kahawa West", "plants in
// Mato Grosso", "a project in the Salar de Maricunga"), not a firm.
var placeInWords = toSet(`in near outside`)

// holdingBeforeIn are the words after which "in X" names what is owned or
// traded, a firm ("a 40% stake in Acme", "invested in Acme").
var holdingBeforeIn = toSet(`stake stakes share shares holding holdings interest interests investment investments invest
 invests invested investing investor investors position positions trading dealing dealings role majority minority
 control bought buy buying bet bets`)

// placeAfterIn reports whether the unknown name m follows a locative "in"
// (or "in the") and nothing marks it a firm: no business word or legal
// suffix in it, no trade noun after it, no holding before the "in", and the
// article never calls it a firm. Such a name is no party and no antecedent
// of "the company".
func placeAfterIn(toks []token, m mention, firmy map[string]bool) bool {
	if m.class != mName || m.poss || nameLen(&m) > 3 || m.i < 2 {
		return false
	}
	q := m.i - 1
	if toks[q].low == "the" {
		q--
	}
	if q < 1 || !placeInWords[toks[q].low] || toks[q].upper {
		return false
	}
	if p := toks[q-1]; holdingBeforeIn[p.low] || p.kind != tokWord {
		return false // ("51% in X", "a stake in X")
	}
	for k := m.i; k < m.j; k++ {
		if businessHeads[toks[k].low] || corpSuffixes[toks[k].low] || firmy[toks[k].low] {
			return false
		}
	}
	if m.j < len(toks) {
		if n := toks[m.j].low; descriptionHead(n) || ownersNouns[n] || pluralFirmHead(n) {
			return false // "in Acme shares", "in Acme bank"
		}
	}
	return true
}
