package extract

// A court or authority granting one firm's request for an order against
// another ("granted Panelbeat's request for an injunction barring rival
// Inkwell Studios from ...", "accepted Kora Mills' application for an
// interim order against Sable Foods") approves nothing of the asker: it
// binds the firm the order is against, and the asker, by asking, has
// taken that firm to court.

var requestGrantVerbs = toSet(`granted grants grant granting accepted accepts upheld upholds approved approves`)

var orderRequestNouns = toSet(`request requests application applications motion motions petition petitions plea bid`)

// requestedOrders are the acts a firm may ask a court for.
var requestedOrders = toSet(`injunction injunctions order orders ban freeze halt suspension`)

// orderLinks join the order to the firm it binds; true ones forbid.
var orderLinks = map[string]bool{"barring": true, "blocking": true, "preventing": true, "stopping": true,
	"prohibiting": true, "halting": true, "against": true, "restraining": true, "restricting": true, "ordering": false, "requiring": false, "forcing": false, "compelling": false}

// requestedOrderAt reads the grant verb at k as granting a firm's request
// for an order against a second firm: the asker, the firm bound, and
// whether the order forbids.
func requestedOrderAt(toks []token, ms []mention, k int) (x, y Entity, forbid, ok bool) {
	if !requestGrantVerbs[toks[k].low] {
		return
	}
	asker := -1
	for i := range ms {
		if ms[i].i > k && ms[i].i <= k+6 && ms[i].poss && ms[i].firmOrName() {
			asker = i
			break
		}
	}
	if asker < 0 {
		return
	}
	q := ms[asker].j
	if q+2 >= len(toks) || !orderRequestNouns[toks[q].low] || toks[q+1].low != "for" {
		return
	}
	q += 2
	for n := 0; q < len(toks) && n < 3 && !requestedOrders[toks[q].low]; n++ {
		q++ // "for an interim", "for a temporary restraining"
	}
	if q+1 >= len(toks) || !requestedOrders[toks[q].low] {
		return
	}
	forbid, linked := orderLinks[toks[q+1].low]
	if !linked {
		return
	}
	for i := asker + 1; i < len(ms); i++ {
		if ms[i].i > q+1 && ms[i].i <= q+5 && ms[i].firmOrName() {
			x, y = asFirm(ms[asker]), asFirm(ms[i])
			return x, y, forbid, !sameEntity(x, y)
		}
	}
	return
}

// grantedRequest rewrites an approval read from the grant verb at k when
// its object is a firm's request for an order against a second firm.
func grantedRequest(toks []token, ms []mention, k int, cs []Claim) []Claim {
	if len(cs) == 0 {
		return cs
	}
	x, y, forbid, ok := requestedOrderAt(toks, ms, k)
	if !ok {
		return cs
	}
	var out []Claim
	for _, c := range cs {
		if c.Kind != KindApproval {
			out = append(out, c)
			continue
		}
		out = append(out,
			Claim{Kind: KindMandate, Actor: c.Actor, Targets: []Entity{y}, Action: "order", Prohibition: forbid, Negated: c.Negated, Confidence: 0.75, Rule: "mandate/granted-request"},
			Claim{Kind: KindAction, Actor: x, Targets: []Entity{y}, Action: "sue", Confidence: 0.65, Rule: "action/granted-request"})
	}
	return out
}

// grantsRequestedOrder: the verb at k grants a firm's request for an order
// against another firm, so no approval may be read from it.
func grantsRequestedOrder(toks []token, ms []mention, k int) bool {
	_, _, _, ok := requestedOrderAt(toks, ms, k)
	return ok
}
