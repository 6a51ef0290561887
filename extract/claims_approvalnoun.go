package extract

// An approval told as the subject of its sentence: "Approval for Pacifica
// Seguros' purchase of Andes Vida came from Colombia's financial
// superintendency", "Clearance for the merger was granted by the CMA on
// Monday". The authority after came from / granted by approves the firms
// (or the deal's parties) after "for".

// buildApprovalNoun handles the noun at k opening the sentence.
func (x *ClaimExtractor) buildApprovalNoun(toks []token, ms []mention, k int) ([]Claim, string) {
	if c := authorityApprovalOf(toks, ms, k); c != nil {
		return []Claim{*c}, ""
	}
	if !(k == 0 || k == 1 && (toks[0].low == "the" || toks[0].low == "final" || toks[0].low == "regulatory" || nationalAdjective(toks[0])) || k > 1 && datelineDash(toks[k-1])) {
		return nil, "" // elsewhere the verb that gives or wins it tells the claim
	}
	if k+1 >= len(toks) {
		return nil, ""
	}
	// the authority: after "came from", "was granted/given by", "from";
	// or right after the noun ("Approval from the central bank for X's
	// purchase of Y came on Friday"), the deal then after its "for"
	var auth *Entity
	by, forAt := -1, k+1
	if toks[k+1].low == "from" || toks[k+1].low == "by" {
		by = k + 1
		if e := authAt(ms, toks, by+1); e != nil {
			for q := by + 2; q < len(toks) && q <= by+12; q++ {
				if toks[q].low == "for" {
					forAt = q
					break
				}
			}
		}
		if forAt == k+1 {
			return nil, ""
		}
	} else if toks[k+1].low != "for" && toks[k+1].low != "of" {
		return nil, ""
	}
	for q := k + 2; by < 0 && q+1 < len(toks) && q <= k+24; q++ {
		w := toks[q].low
		if (w == "from" && q > 0 && (toks[q-1].low == "came" || toks[q-1].low == "come" || toks[q-1].low == "comes")) ||
			w == "by" && q > 0 && (toks[q-1].low == "granted" || toks[q-1].low == "given" || toks[q-1].low == "issued") {
			by = q
			break
		}
		if w == "came" && toks[q+1].low != "from" {
			// "Kazakh approval for X's purchase of Y came on Wednesday, when
			// the competition agency said ...": the one authority told after
			if a := soleAuthAfter(ms, q); a >= 0 {
				by = ms[a].i - 1
				if toks[by].low == "the" && by > q {
					by--
				}
			}
			break
		}
	}
	if by < 0 {
		return nil, "approval noun with no authority giving it"
	}
	auth = authAt(ms, toks, by+1)
	if auth == nil {
		return nil, "approval noun with no authority giving it"
	}
	if forAt > by {
		by = len(toks) // the deal follows the authority: no bound on it
	}
	var targets []Entity
	if n := dealNounAt(toks, forAt); n >= 0 && n < by {
		if b, others := dealParties(toks, ms, n); b >= 0 {
			for _, i := range append([]int{b}, others...) {
				targets = append(targets, asFirm(ms[i]))
			}
		} else if o := possessorOf(toks, ms, n); o >= 0 {
			targets = append(targets, asFirm(ms[o]))
			if i := firmInPhraseAfter(toks, ms, n, 8, "of"); i >= 0 && ms[i].i < by {
				targets = append(targets, asFirm(ms[i]))
			}
		}
	}
	if len(targets) == 0 {
		for _, m := range ms {
			if m.i > forAt && m.i < by && m.firmOrName() {
				targets = append(targets, asFirm(m))
			}
		}
	}
	targets = onlyTargets(targets, []Entity{*auth})
	if len(targets) == 0 {
		return nil, "approval noun for no firm"
	}
	return []Claim{{Kind: KindApproval, Actor: *auth, Targets: targets, Action: "approve", Confidence: 0.65, Rule: "approval/approval-noun-from"}}, ""
}

// authorityApprovalOf: "the regulator's approval of X's acquisition of Y",
// "the CMA's clearance of the merger between A and B": the possessing
// authority approves the deal's parties (or the firm) after "of".
func authorityApprovalOf(toks []token, ms []mention, k int) *Claim {
	if k+2 >= len(toks) || toks[k+1].low != "of" && toks[k+1].low != "for" {
		return nil
	}
	var auth *Entity
	for _, m := range ms {
		if m.class == mAuth && m.poss && m.j <= k && k-m.j <= 2 {
			e := m.ent
			auth = &e
		}
	}
	if auth == nil {
		return nil
	}
	var targets []Entity
	if n := dealNounAt(toks, k+1); n >= 0 {
		if b, others := dealParties(toks, ms, n); b >= 0 {
			for _, i := range append([]int{b}, others...) {
				targets = append(targets, asFirm(ms[i]))
			}
		} else if o := possessorOf(toks, ms, n); o >= 0 {
			targets = append(targets, asFirm(ms[o]))
			if i := firmInPhraseAfter(toks, ms, n, 8, "of"); i >= 0 {
				targets = append(targets, asFirm(ms[i]))
			}
		} else if ownDealNoun(toks, n) {
			// "Helios received the CCC's clearance of its purchase of Ubuntu":
			// "its" is the firm that received it, named before the authority
			for q := len(ms) - 1; q >= 0; q-- {
				if ms[q].j <= k && ms[q].firmOrName() && ms[q].i < auth0(ms, k) {
					targets = append(targets, asFirm(ms[q]))
					break
				}
			}
			if i := firmInPhraseAfter(toks, ms, n, 8, "of"); i >= 0 && len(targets) > 0 {
				targets = append(targets, asFirm(ms[i]))
			}
		}
	}
	if len(targets) == 0 {
		for _, m := range ms {
			if m.i == k+2 && m.firmOrName() {
				targets = append(targets, asFirm(m))
			}
		}
	}
	targets = onlyTargets(targets, []Entity{*auth})
	if len(targets) == 0 {
		return nil
	}
	return &Claim{Kind: KindApproval, Actor: *auth, Targets: targets, Action: "approve", Confidence: 0.65, Rule: "approval/authority-approval-of"}
}

// auth0 is where the authority owning the noun at k begins.
func auth0(ms []mention, k int) int {
	for _, m := range ms {
		if m.class == mAuth && m.poss && m.j <= k && k-m.j <= 2 {
			return m.i
		}
	}
	return k
}

// authAt: the authority named at q or right after a "the" there.
func authAt(ms []mention, toks []token, q int) *Entity {
	for _, m := range ms {
		if m.i == q || m.i == q+1 && q < len(toks) && toks[q].low == "the" {
			if m.class == mAuth {
				e := m.ent
				return &e
			}
			return nil
		}
	}
	return nil
}

// soleAuthAfter: the index of the only authority mention after token q, or -1.
func soleAuthAfter(ms []mention, q int) int {
	found := -1
	for i, m := range ms {
		if m.i > q && m.class == mAuth {
			if found >= 0 && !sameEntity(ms[found].ent, m.ent) {
				return -1
			}
			if found < 0 {
				found = i
			}
		}
	}
	return found
}

// nationalAdjective: "Kazakh approval", "Brazilian clearance": a capitalised
// word naming a country's people, which only says whose approval it is.
func nationalAdjective(t token) bool {
	if !t.upper || len(t.low) < 4 {
		return false
	}
	for _, suf := range []string{"an", "ish", "ese", "kh", "ek", "ian", "i"} {
		if len(t.low) > len(suf)+2 && t.low[len(t.low)-len(suf):] == suf {
			return true
		}
	}
	return false
}

// datelineDash: the dash that ends a dateline ("ADDIS ABABA, Oct 21 -
// Approval by ..."), after which the story's first sentence opens.
func datelineDash(t token) bool {
	return t.text == "-" || t.text == "—" || t.text == "–"
}

// ownerAfterFor: the capitalised run from q ends in a possessive followed
// by a lower-case word ("for Adani Ports' purchase of"): a firm owning a
// deal, not words of a body's name ("Ministry for Women's Affairs" goes on).
func ownerAfterFor(toks []token, q int) bool {
	n := 0
	for ; q < len(toks) && toks[q].upper && toks[q].kind == tokWord; q++ {
		n++
	}
	if n == 0 || q+1 >= len(toks) {
		return false
	}
	if w := toks[q].text; w != "'s" && w != "'" && w != "’s" && w != "’" {
		return false
	}
	return toks[q+1].kind == tokWord && !toks[q+1].upper
}
