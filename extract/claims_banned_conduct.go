package extract

// An order told by the conduct it ends ("The watchdog also issued a
// corrective order banning the practice") binds the firm whose practice
// the authority has just acted on.

// bannedConduct: the order at k falls on a practice, not a firm ("banning
// the practice", "prohibiting such conduct", "to end the scheme"): whose
// practice it is the article has told.
func bannedConduct(toks []token, k int) bool {
	q := k + 1
	if q < len(toks) && (toks[q].low == "the" || toks[q].low == "this" || toks[q].low == "that" || toks[q].low == "such" || toks[q].low == "these" || toks[q].low == "those") {
		q++
	}
	return q > k+1 && q < len(toks) && conductNouns[toks[q].low] && toks[q].low != "deal" && toks[q].low != "plan" && toks[q].low != "plans" && toks[q].low != "matter"
}
