package extract

// An approval whose object is a firm doing the deal: "approved Yili buying
// Westland", "cleared Safaricom acquiring a stake in Bonga Pay", "allowed
// Vodacom to buy Maziv" is told elsewhere. The authority approves both
// sides, and the buyer's act is itself an acquisition.

// buyingVerbs are the participles that make the approved firm a buyer.
var buyingVerbs = toSet(`buying acquiring purchasing absorbing taking merging`)

// approvedBuying finds, after the approval verb at k, a firm followed by a
// buying participle and the firm bought. buyer and bought index ms; both
// are -1 when the object is not so told.
func approvedBuying(toks []token, ms []mention, k int) (buyer, bought int) {
	buyer, bought = -1, -1
	for i := range ms {
		m := ms[i]
		if m.i <= k || m.i > k+6 {
			continue
		}
		if m.class != mFirm && m.class != mName && m.class != mOther {
			continue // (an unknown name "buying" a firm is a firm)
		}
		v := m.j
		if v >= len(toks) || !buyingVerbs[toks[v].low] {
			continue
		}
		if toks[v].low == "taking" && (v+1 >= len(toks) || toks[v+1].low != "over") {
			continue
		}
		if toks[v].low == "merging" && (v+1 >= len(toks) || toks[v+1].low != "with") {
			continue
		}
		for q := range ms {
			n := ms[q]
			if n.i <= v || n.i > v+8 || n.class != mFirm && n.class != mName {
				continue
			}
			// a stake, a unit or a share "in/of" the firm is still that firm bought
			clean := true
			for p := v + 1; p < n.i; p++ {
				if toks[p].kind == tokPunct && toks[p].text != "-" {
					clean = false
					break
				}
			}
			if clean {
				return i, q
			}
			break
		}
		return -1, -1
	}
	return -1, -1
}

// renewedGrants are the grants an authority renews or extends.
var renewedGrants = []string{"licence", "license", "licences", "licenses", "permit", "permits", "concession", "concessions",
	"authorisation", "authorization", "registration", "accreditation", "charter", "franchise", "spectrum"}
