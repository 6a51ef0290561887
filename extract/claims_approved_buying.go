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
		if v+1 < len(toks) && toks[v].low == "to" && buyingInfinitive(toks, v+1) {
			// "authorised X to take over Y", "allowed X to acquire Y": as the participle
			v++
		} else if v >= len(toks) || !buyingVerbs[toks[v].low] {
			continue
		}
		if (toks[v].low == "taking" || toks[v].low == "take") && (v+1 >= len(toks) || toks[v+1].low != "over" && toks[v+1].low != "control") {
			continue
		}
		if (toks[v].low == "merging" || toks[v].low == "merge") && (v+1 >= len(toks) || toks[v+1].low != "with") {
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

// buyingInfinitive: the word at i is a buying verb's base form ("buy",
// "acquire", "take over", "take control of", "merge with").
func buyingInfinitive(toks []token, i int) bool {
	switch toks[i].low {
	case "buy", "acquire", "purchase", "absorb", "take", "merge":
		return true
	}
	return false
}

// renewedGrants are the grants an authority renews or extends.
var renewedGrants = []string{"licence", "license", "licences", "licenses", "permit", "permits", "concession", "concessions",
	"authorisation", "authorization", "registration", "accreditation", "charter", "franchise", "spectrum"}

// licensedRightsTo: a firm that "licensed the (global) rights to <product>
// to X" or "licensed its drug to X" deals with X (an action between firms,
// not an authority's licence).
func licensedRightsTo(toks []token, ms []mention, k int) []Claim {
	if toks[k].low != "licensed" && toks[k].low != "licenced" && toks[k].low != "licenses" && toks[k].low != "licences" && toks[k].low != "licensing" {
		return nil
	}
	if k+1 < len(toks) && toks[k+1].low == "by" || k > 0 && passiveBe[toks[k-1].low] && toks[k].low != "licensing" {
		return nil // "was licensed by the regulator": the firm got a licence
	}
	if !wordWithin(toks, k+1, 4, "rights", "right", "its", "their", "the") {
		return nil
	}
	var to *Entity
	for i := range ms {
		m := ms[i]
		if m.i <= k+2 || m.i > k+20 || m.class != mFirm && m.class != mName {
			continue
		}
		if licensedParty(toks, m.i) {
			// "to Singapore-based Merlion Pharma", "from Danish company Fjord Bio"
			e := asFirm(m)
			to = &e
		}
	}
	if to == nil {
		return nil
	}
	subj := subjectBefore(toks, ms, k, func(m mention) bool { return m.firmOrName() || m.class == mOther }, 5)
	if len(subj) == 0 {
		return nil
	}
	s := ms[subj[len(subj)-1]]
	if s.class == mAuth || s.class == mPron && s.firmRef == nil {
		return nil
	}
	actor := asFirm(s)
	if s.class == mPron {
		actor = *s.firmRef
	} else if s.class == mOther {
		actor.Type = TypeFirm
	}
	if sameEntity(*to, actor) {
		return nil
	}
	return []Claim{{Kind: KindAction, Actor: actor, Targets: []Entity{*to}, Action: "license", Confidence: 0.6, Rule: "action/licensed-rights-to"}}
}

// licensedParty: the name at i is the other side of a licence: right
// after "to" or "from", or after it past a short description of place or
// trade ("to Singapore-based", "from Danish company", "to U.S. biotech").
func licensedParty(toks []token, i int) bool {
	for p := i - 1; p >= 0 && p >= i-5; p-- {
		switch toks[p].low {
		case "to", "from":
			return true
		case ",", ";", "(", ")", "and", "in", "for", "of":
			return false
		}
	}
	return false
}

// strippedOfAfterAside: "stripped Heritage Bank, a mid-sized lender with
// branches in 36 states, of its banking licence": past a comma-closed
// aside, "of" and a grant within three words.
func strippedOfAfterAside(toks []token, k int) bool {
	for i := k + 1; i+1 < len(toks) && i <= k+24; i++ {
		if toks[i].text == "," && toks[i+1].low == "of" {
			return wordWithin(toks, i+2, 4, "licence", "license", "licences", "licenses", "permit", "permits", "registration", "accreditation", "concession", "authorisation", "authorization", "charter")
		}
		if toks[i].text == ";" || toks[i].text == "." {
			return false
		}
	}
	return false
}

// grantRecipients: the firms a grant goes "to", over the whole sentence
// ("granted a licence to Thunes and in-principle approval to two others,
// Kinetic Remit and Halo Wallet"); an unknown name after "to" counts, as
// a licence is granted to a firm.
func grantRecipients(toks []token, ms []mention, k int) []Entity {
	var out []Entity
	list := false
	for i := range ms {
		m := ms[i]
		if m.i <= k+1 || m.i > k+30 {
			continue
		}
		if m.class != mFirm && m.class != mName && !(m.class == mOther && m.src == "name") {
			if m.class == mAuth || m.class == mPerson {
				list = false
			}
			continue
		}
		prev := toks[m.i-1].low
		// "to two others, A and B": the list after the counted recipients
		counted := prev == "," && m.i >= 3 && (toks[m.i-2].low == "others" || toks[m.i-2].low == "companies" || toks[m.i-2].low == "firms") && wordWithin(toks, m.i-5, 4, "to")
		if prev == "to" || counted || list && (prev == "and" || prev == ",") {
			e := asFirm(m)
			if m.class == mOther {
				e.Type = TypeFirm
			}
			if !sameEntityAny(e, out) {
				out = append(out, e)
			}
			list = true
			continue
		}
		list = false
	}
	return out
}
