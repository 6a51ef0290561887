package extract

// An authority described by a plain head and the places it serves
// ("natural resources authorities in Henan and Hubei", "tax officials in
// Guangdong and Jiangsu"): the place after "in" qualifies the head as a
// country before it does ("China's tax authorities"), and a list of places
// belongs to the one description, so the bodies act as one party rather
// than each province standing for a government.

// placeAfterIn reports "in" at e followed by a place the catalogue knows.
func (x *ClaimExtractor) placeAfterIn(toks []token, e int) bool {
	if e+1 >= len(toks) || toks[e].low != "in" || !toks[e+1].upper {
		return false
	}
	_, ok := x.cat.countryOf[toks[e+1].low]
	return ok
}

// placeListEnd extends a description ending at e over "and <Place>" (or
// ", <Place>") when the words after are places the catalogue knows.
func (x *ClaimExtractor) placeListEnd(toks []token, e int) int {
	for e+1 < len(toks) && (toks[e].low == "and" || toks[e].low == ",") && toks[e+1].upper {
		if _, ok := x.cat.countryOf[toks[e+1].low]; !ok {
			break
		}
		e += 2
	}
	return e
}
