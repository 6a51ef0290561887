package extract

// An authority often acts on a class it counts and then names some of its
// members: "authorised 14 more betting operators, including Betano and
// Superbet", "revoked the licences of 12 exporters, among them X and Y",
// "fined five builders, such as A". The class itself scores as no party,
// so the act reaches the named members. Their being listed as members of a
// class of firms is sign enough that one-word unknown names are firms.

// classMemberWords open the list of named members after a class.
func classMembersOpen(toks []token, q int) int {
	switch w := toks[q].low; {
	case w == "including":
		return q + 1
	case w == "such" && q+1 < len(toks) && toks[q+1].low == "as":
		return q + 2
	case w == "among" && q+1 < len(toks) && toks[q+1].low == "them":
		return q + 2
	}
	return -1
}

// classMembersEnd are words past which the named members belong to
// another clause.
var classMembersEnd = toSet(`; which who but while after before because although whereas said says`)

// namedClassMembers: when every target of the authority's act c at k is a
// class named right after the trigger, the firms listed after "including"
// (or "such as", "among them") later in the clause.
func namedClassMembers(toks []token, ms []mention, k int, c Claim) []Entity {
	if c.Kind != KindMandate && c.Kind != KindProbe && c.Kind != KindPenalty && c.Kind != KindApproval || !onlySectors(c.Targets) {
		return nil
	}
	from := -1
	for _, m := range ms {
		if m.class == mSector && m.i > k && m.i <= k+6 {
			from = m.j
			break
		}
	}
	if from < 0 {
		return nil
	}
	for q := from; q < len(toks) && q <= from+16; q++ {
		if classMembersEnd[toks[q].low] {
			return nil
		}
		start := classMembersOpen(toks, q)
		if start < 0 {
			continue
		}
		var out []Entity
		for n := range ms {
			m := ms[n]
			if m.i < start {
				continue
			}
			if !(m.firmOrName() || m.class == mOther && m.src == "name") || m.poss || mediaSource(toks, m) {
				// (", Arab News reported": the outlet closes the list)
				break
			}
			if len(out) > 0 && !onlyConnectors(toks, ms[n-1].j, m.i) {
				break
			}
			if len(out) == 0 && m.i != start && !memberDescription(toks, start, m.i) {
				return nil
			}
			e := m.ent
			e.Type = TypeFirm
			out = append(out, e)
		}
		return out
	}
	return nil
}

// memberDescription: the words from start to the first member describe it
// ("among them Jeddah-based budget airline Hijaz Air", "including the
// state-owned X"): a few lower-case words or a place made an adjective.
func memberDescription(toks []token, start, at int) bool {
	if at-start > 5 {
		return false
	}
	for q := start; q < at; q++ {
		t := toks[q]
		if t.kind != tokWord || t.upper && !placeAdjective(t.low) || classMembersEnd[t.low] || t.low == "and" || t.low == "or" || verbCue[t.low] {
			return false
		}
	}
	return true
}
