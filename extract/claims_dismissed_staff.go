package extract

// A firm that dismissed, fired or let go of people ("had dismissed several
// employees over the matter", "dismissed two managers") acted on its own
// staff; only dismissing claims, charges or a ruling answers an authority.

// dismissedNouns: the people a firm dismisses.
var dismissedNouns = toSet(`employee employees staff staffer staffers worker workers executive executives manager managers
 engineer engineers official officials director directors officer officers trader traders people personnel
 salesman salesmen agents agent workforce chief head members member`)

// dismissedStaff: within the four words after the verb at k, before any
// punctuation, a noun of people the firm employs.
func dismissedStaff(toks []token, k int) bool {
	for q := k + 1; q < len(toks) && q <= k+4; q++ {
		if toks[q].kind == tokPunct {
			return false
		}
		if dismissedNouns[toks[q].low] {
			return true
		}
	}
	return false
}
