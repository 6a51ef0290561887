package extract

// The two sides of a merger or partnership are a group the next "they"
// may mean ("blocked the merger of A and B. In a joint statement, they
// said they would appeal"), even when both are names only guessed to be
// firms: the deal itself says they are parties acting together.

// jointDealSides: the actor and single target of a firm's merger or
// partnership claim, or nil for any other claim.
func jointDealSides(c Claim) []Entity {
	if c.Kind != KindAction || len(c.Targets) != 1 || c.Negated || c.Actor.Type != TypeFirm || c.Targets[0].Type != TypeFirm {
		return nil
	}
	switch c.Action {
	case "merge", "partner", "combine":
		if sameEntity(c.Actor, c.Targets[0]) {
			return nil
		}
		return []Entity{c.Actor, c.Targets[0]}
	}
	return nil
}
