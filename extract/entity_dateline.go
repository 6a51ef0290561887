package extract

// A wire story's dateline names its agency in brackets before the dash
// ("KUALA LUMPUR, Feb 11 (AsiaWire) -", "PARIS (AFP) -"). The agency
// tells the story and is never what "the company" or "it" later means.

// datelineAgency: the name m stands alone in brackets within the first
// few tokens of the sentence, and a dash or colon follows the bracket.
func datelineAgency(toks []token, m mention) bool {
	if m.i < 2 || m.i > 8 || m.j+1 >= len(toks) || toks[m.i-1].text != "(" || toks[m.j].text != ")" {
		return false
	}
	switch toks[m.j+1].text {
	case "-", "--", "\u2014", "\u2013", ":":
	default:
		return false
	}
	for q := 0; q < m.i-1; q++ {
		if t := toks[q]; t.kind == tokWord && !t.upper && !isMonthOrDay(t.low) {
			return false // a clause, not a place and a date
		}
	}
	return true
}
