package extract

// A firm that says it has already fixed something answers an authority
// only when an act on it has been reported as done: after "the commission
// is considering fining X", "X said it had notified users" is the firm's
// own account, not compliance with anything.

// onlyHedgedActsOn: every authority claim on one of the firms in the
// article so far is hedged (planned, considered, reported as possible).
func (c *docContext) onlyHedgedActsOn(firms []Entity) bool {
	seen := false
	for _, cl := range c.claims {
		if cl.Kind == KindResponse || cl.Kind == KindAction || !targetsOneOf(cl.Targets, firms) {
			continue
		}
		if cl.Certainty != Hedged {
			return false
		}
		seen = true
	}
	return seen
}
