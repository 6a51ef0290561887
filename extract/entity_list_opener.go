package extract

// listOpeners announce two or more members ("including A and B PLC",
// "between A and B AS").
var listOpeners = toSet(`including between both namely notably`)

// listOpenedBefore reports whether the name that starts at k follows a
// list opener ("including", "such as", "between") and already has two
// words before the "and" at j: "including Sidama Highland Coffee and Yirga
// Trading PLC" names two firms though the legal form ends only the second;
// "including Procter and Gamble Co" (one word before "and") stays one name.
func listOpenedBefore(toks []token, k, j int) bool {
	if j-k < 2 || k < 1 {
		return false
	}
	p := toks[k-1].low
	return listOpeners[p] || p == "as" && k >= 2 && toks[k-2].low == "such"
}
