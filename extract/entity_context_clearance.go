package extract

// "The carriers must also keep fares frozen", right after an authority
// cleared the merger of two carriers: the plural of a firm noun that opens
// a duty sentence means the parties the clearance was given to, since the
// conditions of a clearance bind them. Without a clearance just before,
// "The lenders must now win customers" stays a general remark.

// clearanceDutyRef: toks from d open a duty ("must", "will have to", "are
// required to", "also must") and the article's latest claims are a deal
// and its clearance, given to two or more named firms.
func clearanceDutyRef(toks []token, d int, ctx *docContext) bool {
	if d < len(toks) && toks[d].low == "also" {
		d++
	}
	if d >= len(toks) {
		return false
	}
	switch w := toks[d].low; {
	case w == "must":
	case (w == "will" || w == "would") && d+1 < len(toks) && toks[d+1].low == "have":
	case (w == "are" || w == "were") && d+1 < len(toks) && (toks[d+1].low == "required" || toks[d+1].low == "obliged" || toks[d+1].low == "also"):
	default:
		return false
	}
	if len(ctx.claims) == 0 {
		return false
	}
	// the latest claims: the deal, then (before it) its clearance; a
	// licence granted to two firms is no deal whose terms bind them
	deal := false
	for i := len(ctx.claims) - 1; i >= 0; i-- {
		c := ctx.claims[i]
		if c.Kind == KindAction && dealActions[c.Action] {
			deal = true
			continue
		}
		return (deal || clearingActions[c.Action]) && c.Kind == KindApproval && !c.Negated && len(c.Targets) >= 2
	}
	return false
}

var dealActions = toSet(`acquire merge buy purchase partner`)

// clearingActions clear a deal or a venture ("authorised the integration of
// A and B"); a licence ("granted licences to A and B") is not among them.
var clearingActions = toSet(`clear approve authorize`)
