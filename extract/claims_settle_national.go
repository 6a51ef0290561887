package extract

// "ING agreed to pay 775 million euros to settle a Dutch prosecution",
// "agreed to pay $40 million to resolve a French criminal case": the
// settlement names its counterpart only by a nationality before the case
// noun. No body is named, yet the case is a public prosecution, so the
// country's prosecutors are the authority, as readers take it.

// nationalCaseNouns after a nationality make the prosecutors the party.
var nationalCaseNouns = toSet(`prosecution prosecutors prosecutor`)

// nationalProsecutors returns "<Nationality> prosecutors" for a settled
// case named so within a dozen words after k, or nil.
func nationalProsecutors(toks []token, ms []mention, k int) *Entity {
	for _, m := range ms {
		if m.i <= k || m.i > k+12 || m.class != mPlace || m.poss || m.j >= len(toks) {
			continue
		}
		q := m.j
		if toks[q].low == "criminal" && q+1 < len(toks) && (toks[q+1].low == "case" || toks[q+1].low == "investigation" || toks[q+1].low == "probe") {
			q = len(toks) // "a French criminal case"
		} else if !nationalCaseNouns[toks[q].low] {
			continue
		}
		name := span(toks, m.i, m.j) + " prosecutors"
		return &Entity{Name: name, Canonical: name, Type: TypeGovernment}
	}
	return nil
}
