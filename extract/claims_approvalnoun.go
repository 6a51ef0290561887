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
	if !(k == 0 || k == 1 && (toks[0].low == "the" || toks[0].low == "final" || toks[0].low == "regulatory")) {
		return nil, "" // elsewhere the verb that gives or wins it tells the claim
	}
	if k+1 >= len(toks) || toks[k+1].low != "for" && toks[k+1].low != "of" {
		return nil, ""
	}
	// the authority: after "came from", "was granted/given by", "from"
	var auth *Entity
	by := -1
	for q := k + 2; q+1 < len(toks) && q <= k+24; q++ {
		w := toks[q].low
		if (w == "from" && q > 0 && (toks[q-1].low == "came" || toks[q-1].low == "come" || toks[q-1].low == "comes")) ||
			w == "by" && q > 0 && (toks[q-1].low == "granted" || toks[q-1].low == "given" || toks[q-1].low == "issued") {
			by = q
			break
		}
	}
	if by < 0 {
		return nil, "approval noun with no authority giving it"
	}
	for _, m := range ms {
		if m.i == by+1 || m.i == by+2 && toks[by+1].low == "the" {
			if m.class == mAuth {
				e := m.ent
				auth = &e
			}
			break
		}
	}
	if auth == nil {
		return nil, "approval noun with no authority giving it"
	}
	var targets []Entity
	if n := dealNounAt(toks, k+1); n >= 0 && n < by {
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
			if m.i > k+1 && m.i < by && m.firmOrName() {
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
