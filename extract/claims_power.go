package extract

import "strings"

// A law's or an authority's standing power ("the commissioner can fine
// supermarket operators up to NZ$5 million", "has the power to revoke the
// licences of fuel retailers", "is empowered to suspend lenders") is no
// act on anyone: only a named firm makes "can"/"could" a weighed act
// (docs/claims.md hedges "could fine Kronpay").

var powerAdverbs = toSet(`also now still already even only`)

// powerSupportVerbs carry a penalty noun ("power to impose fines").
var powerSupportVerbs = toSet(`impose levy issue hand slap order demand`)

// standingPower: the act at k is only something the actor can do, and it
// falls on no named firm.
func standingPower(toks []token, k int, c Claim) bool {
	if c.Kind != KindPenalty && c.Kind != KindMandate && c.Kind != KindProbe {
		return false
	}
	for _, t := range c.Targets {
		if t.Type != TypeSector {
			return false
		}
	}
	q := k - 1
	for q >= 0 && powerAdverbs[toks[q].low] {
		q--
	}
	if q < 0 {
		return false
	}
	if toks[q].low == "can" {
		return true
	}
	if q >= 1 && powerSupportVerbs[toks[q].low] && toks[q-1].low == "to" {
		q-- // "has the power to impose penalties on payment firms"
	}
	// "has the power to", "is empowered to", "has powers to", "is able to"
	if toks[q].low != "to" || q < 1 {
		return false
	}
	switch toks[q-1].low {
	case "power", "powers", "empowered", "able", "authority", "mandate":
		return true
	}
	return false
}

// standingState: a class that "is"/"are" registered, licensed or
// authorised with an authority ("More than 200 digital lenders are
// registered with the commission") is a standing state, no approval given;
// a named firm or a past act ("were licensed last week") stays one.
func standingState(toks []token, k int, c Claim) bool {
	if c.Kind != KindApproval || !sectorOnly(c) || k < 1 {
		return false
	}
	q := k - 1
	for q >= 0 && powerAdverbs[toks[q].low] {
		q--
	}
	return q >= 0 && (toks[q].low == "are" || toks[q].low == "is") && strings.HasSuffix(toks[k].low, "ed")
}
