package extract

// Persons and places among unknown capitalized names: a name is a person by
// its role ("midfielder Thabo Nkosi", "Arjun Mehta, chief executive of X",
// "Akio Toyoda as chairman"), a place by the noun after it ("Bình Dương
// province"). Neither is ever a party to a claim.

// personByApposition reports whether an unknown name is a person by what
// follows it: ", chief executive of X", ", the founder of X", ", a director
// at X". A firm so described has a business head or a legal form instead.
func personByApposition(toks []token, m mention) bool {
	if m.class != mName || businessHeads[toks[m.j-1].low] || corpSuffixes[toks[m.j-1].low] {
		return false
	}
	if roleBefore(toks, m) || m.j+1 < len(toks) && toks[m.j].low == "as" && personTitles[toks[m.j+1].low] && !toks[m.j+1].upper {
		return true // "board chairperson Mutinta Chanda", "Akio Toyoda as chairman"
	}
	if m.j >= len(toks) || toks[m.j].text != "," {
		return false
	}
	if m.j+2 < len(toks) && toks[m.j+1].kind == tokNum && len(toks[m.j+1].text) <= 2 && toks[m.j+2].text == "," {
		return true // "Kofi Mensah, 54, was fined": an age
	}
	q := m.j + 1
	if q < len(toks) && (toks[q].low == "the" || toks[q].low == "a" || toks[q].low == "an" || toks[q].low == "its" || toks[q].low == "former") {
		q++
	}
	if q >= len(toks) || !personTitles[toks[q].low] || toks[q].low == "owner" || toks[q].low == "investor" || toks[q].low == "parent" {
		return false
	}
	for r := q + 1; r < len(toks) && r <= q+3; r++ {
		if toks[r].low == "of" || toks[r].low == "at" {
			return true
		}
		if toks[r].kind == tokPunct {
			return false
		}
	}
	return false
}

// sportsRoles name persons by their place in a team; with the titles they
// stand before a person's name ("midfielder Thabo Nkosi", "Goalkeeper Sipho
// Chaine", "coach Miguel Cardoso").
var sportsRoles = toSet(`coach midfielder goalkeeper striker defender forward winger captain referee fly-half
 scrum-half batsman bowler chairperson`)

// roleBefore reports whether a person's role or title stands right before
// the unknown two- or three-word name m, or opens it.
func roleBefore(toks []token, m mention) bool {
	n := m.j - m.i
	if m.poss {
		n--
	}
	if n < 2 || n > 4 {
		return false
	}
	if sportsRoles[toks[m.i].low] {
		return true // "Goalkeeper Sipho Chaine" at the start of a sentence
	}
	if n > 3 || m.i == 0 {
		return false
	}
	w := toks[m.i-1]
	if w.upper || w.kind != tokWord {
		return false
	}
	switch w.low {
	case "owner", "investor", "leader", "player", "general", "former", "late", "man", "woman", "boss", "parent", "head":
		return false
	}
	return sportsRoles[w.low] || personTitles[w.low]
}

// placeNouns after an unknown name make it a place ("Bình Dương province",
// "Chiang Mai region").
var placeNouns = toSet(`province provinces region district county prefecture municipality state city town village
 governorate oblast emirate township`)

// placeByNoun reports whether the unknown name m is followed by a place
// noun in lower case and has no business word in it.
func placeByNoun(toks []token, m mention) bool {
	if m.class != mName || m.poss || m.j >= len(toks) || !placeNouns[toks[m.j].text] {
		return false
	}
	for q := m.i; q < m.j; q++ {
		if businessHeads[toks[q].low] || corpSuffixes[toks[q].low] {
			return false
		}
	}
	return true
}
