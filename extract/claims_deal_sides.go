package extract

// The two sides of a deal told with the owner's possessive and the other
// side after "to" or "from": "Petrobras' sale of its Bahia refinery to
// Mubadala", "Life Healthcare's purchase of 12 hospitals from Mediclinic",
// "Osem's purchase of Tnuva's snack business". What changes hands is an
// asset; the firms are the owner and the other side.

var sellNouns = toSet(`sale disposal divestment divestiture transfer`)
var buyNouns = toSet(`purchase acquisition takeover buyout`)

// possessedDealSides returns the owner of the deal noun at n and the
// other side, or nil when either is missing.
func possessedDealSides(toks []token, ms []mention, n int) []Entity {
	o := possessorOf(toks, ms, n)
	if o < 0 || n+1 >= len(toks) {
		return nil
	}
	owner := asFirm(ms[o])
	if toks[n+1].low != "of" {
		// "U.S. Steel's sale to Nippon Steel closed": the owner is what is
		// sold, the firm right after "to" the buyer
		if b := buyerRightAfterTo(toks, ms, n, sellNouns[toks[n].low]); b != nil && !sameEntity(*b, owner) {
			return []Entity{owner, *b}
		}
		return nil
	}
	var other *Entity
	switch {
	case sellNouns[toks[n].low]:
		other = sideAfter(toks, ms, n, "to")
	case buyNouns[toks[n].low]:
		if other = sideAfter(toks, ms, n, "from"); other == nil {
			// "Osem's purchase of Tnuva's snack business": the possessor of the asset
			for i := range ms {
				m := ms[i]
				if m.i == n+2 && m.poss && m.firmOrName() {
					e := asFirm(m)
					other = &e
				}
			}
		}
	}
	if other == nil || sameEntity(*other, owner) {
		return nil
	}
	return []Entity{owner, *other}
}

// noObjection: an authority that "will not object to" or "raised no
// objection to" a deal clears it. The trigger at k is "object" or
// "objection(s)".
func noObjection(toks []token, ms []mention, k int) ([]Claim, bool) {
	w := toks[k].low
	if w != "objection" && w != "objections" {
		if k < 1 || !(toks[k-1].low == "not" || toks[k-1].low == "never" || k >= 2 && toks[k-2].low == "not") {
			return nil, false
		}
	} else {
		if k < 1 || toks[k-1].low != "no" {
			return nil, false
		}
	}
	at := k
	if w != "oppose" && w != "opposed" && w != "opposes" {
		// "will not object to", "no objection to"; "did not oppose the merger"
		if k+1 >= len(toks) || toks[k+1].low != "to" {
			return nil, false
		}
		at = k + 1
	}
	ts := dealTargets(toks, ms, at)
	if len(ts) == 0 {
		return nil, false
	}
	// (the authority, or "it" standing for one: "said it would not oppose")
	subj := subjectBefore(toks, ms, k, func(m mention) bool { return m.class == mAuth || m.class == mPron && m.authRef != nil && !m.plural }, 10)
	if len(subj) == 0 {
		return nil, false
	}
	a := ms[subj[len(subj)-1]]
	actor := a.ent
	switch {
	case a.class == mAuth:
	case a.class == mPron && a.authRef != nil:
		actor = *a.authRef
	default:
		return nil, false
	}
	return []Claim{{Kind: KindApproval, Actor: actor, Targets: ts, Action: "clear", Confidence: 0.65, Rule: "approval/no-objection"}}, true
}

// sideAfter: the firm right after prep ("to Mubadala", "from rival
// Mediclinic") within the deal's phrase; an unknown name counts, as a deal
// has firms on both sides.
func sideAfter(toks []token, ms []mention, n int, prep string) *Entity {
	for i := range ms {
		m := ms[i]
		if m.i <= n+1 || m.i > n+12 {
			continue
		}
		if m.class != mFirm && m.class != mName && m.class != mOther {
			continue
		}
		for p := m.i - 1; p > n && p >= m.i-3; p-- {
			if toks[p].low == prep {
				e := asFirm(m)
				if m.class == mOther {
					e.Type = TypeFirm
				}
				return &e
			}
			if toks[p].kind == tokPunct {
				break
			}
		}
	}
	return nil
}

// buyerRightAfterTo: the firm opening the "to" phrase right after the sale
// noun at n ("sale to Nippon Steel", "sale to rival Kauri Fresh"), or nil;
// "sales to supermarkets" and "sale to Germany" name none.
func buyerRightAfterTo(toks []token, ms []mention, n int, sale bool) *Entity {
	if !sale || n+2 >= len(toks) || toks[n+1].low != "to" {
		return nil
	}
	for i := range ms {
		m := ms[i]
		if m.i < n+2 {
			continue
		}
		if m.i > n+4 || !(m.class == mFirm || m.class == mName) {
			return nil
		}
		for q := n + 2; q < m.i; q++ {
			if toks[q].kind != tokWord || toks[q].upper {
				return nil // ("to Germany's X": a place between)
			}
		}
		e := asFirm(m)
		return &e
	}
	return nil
}
