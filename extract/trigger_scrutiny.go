package extract

// Reporters tell an authority's inquiry with nouns that also have everyday
// senses: "stepped up its scrutiny of X" is an inquiry, "faces public
// scrutiny" is not. Such a noun counts as an inquiry only in the shape that
// ties it to the examined party.

// scrutinyOwners precede "scrutiny" when it is a body's own examination.
var scrutinyOwners = toSet(`its their regulatory antitrust official formal closer close increased heightened`)

// inquiryNounShape reports whether the noun at k, if it is one of these
// double-sense nouns, is in the inquiry shape; other nouns pass.
func inquiryNounShape(toks []token, k int) bool {
	switch toks[k].low {
	case "scrutiny":
		// "its scrutiny of X", "closer scrutiny into X's pricing"
		return k > 0 && scrutinyOwners[toks[k-1].low] && k+1 < len(toks) && (toks[k+1].low == "of" || toks[k+1].low == "into")
	}
	return true
}
