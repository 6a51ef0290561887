package extract

// Reporters often name an authority by its staff: a nationality, the
// field it polices and a plural person noun ("Belgian competition
// investigators", "Indian tax inspectors", "Kenyan revenue officers").
// The person noun alone is no body ("investigators found", "private
// investigators"), so both the place and a field word are required.

// staffHeads are the person nouns such a description ends in.
var staffHeads = toSet(`investigators inspectors officers auditors examiners enforcers agents`)

// staffAuthority reports whether toks[i] is a staff noun closing a
// description that a place qualifies and at least one field word
// (competition, tax, customs ...) narrows.
func staffAuthority(toks []token, i, modStart int, qualified bool) bool {
	if !qualified || i <= modStart || i >= len(toks) || toks[i].upper || !staffHeads[toks[i].low] {
		return false
	}
	for q := modStart; q < i; q++ {
		if toks[q].lex&lxAuthModifier == 0 || toks[q].upper {
			return false
		}
	}
	return true
}
