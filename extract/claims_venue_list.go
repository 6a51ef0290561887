package extract

// "has taken Premier Foods, Tiger Brands, Pioneer Foods and Foodcorp to the
// Competition Tribunal": a suit whose object is a list of firms puts the
// venue far from the verb, and a tribunal or an arbitration is as much a
// venue as a court.

// venueNouns end a "to"/"before" phrase naming where a firm is brought.
var venueNouns = toSet(`court courts tribunal tribunals arbitration`)

// venueAfterList: after the verb at k, the first "to"/"before" within 20
// words, reached through only a list, opens a phrase whose head within
// four words is a court, a tribunal or an arbitration.
func venueAfterList(toks []token, k int) bool {
	for c := k + 2; c < len(toks) && c <= k+20; c++ {
		if toks[c].low != "to" && toks[c].low != "before" {
			continue
		}
		if !listOnlyBefore(toks, k, c) {
			return false
		}
		for q := c + 1; q < len(toks) && q <= c+4; q++ {
			if venueNouns[toks[q].low] {
				return true
			}
			if toks[q].kind == tokPunct {
				return false
			}
		}
		return false
	}
	return false
}
