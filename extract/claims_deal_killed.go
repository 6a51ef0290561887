package extract

// An authority that kills a deal blocks it, whatever verb the reporter
// picks: "vetoed Siemens' joint venture with Alstom", "rejected Karoo
// Cement's takeover of Highveld", "scuppered the merger of A and B",
// "turned down X's purchase of Y". The spec counts a blocked deal as a
// prohibition mandate on both parties; "reject" and "turn down" otherwise
// read as a firm's refusal or an authority's refusal of a request, and
// "veto"-like verbs (veto, scupper, torpedo, thwart, nix) make no claim
// unless a deal is their object ("vetoed the bill" binds no firm).

// authorityKilledDeal: the mandate of the authority that is the subject of
// the verb at k on the parties of the deal that is its object, or nil.
func authorityKilledDeal(toks []token, ms []mention, k int) []Claim {
	v := k
	if toks[k].low == "turned" || toks[k].low == "turns" || toks[k].low == "turn" || toks[k].low == "turning" {
		if k+1 >= len(toks) || toks[k+1].low != "down" {
			return nil
		}
		v = k + 1
	}
	if negatedAt(toks, k) {
		return nil
	}
	subj := subjectBefore(toks, ms, k, func(m mention) bool { return m.class == mAuth }, 8)
	if len(subj) == 0 || ms[subj[len(subj)-1]].class != mAuth {
		return nil
	}
	n := dealNounAt(toks, v)
	if n < 0 || toks[n].low == "bid" && toks[k].low != "vetoed" {
		return nil // (a rejected "bid" is as often a tender as a takeover)
	}
	targets := onlyTargets(dealTargets(toks, ms, v), nil)
	if len(targets) == 0 {
		return nil
	}
	return []Claim{{Kind: KindMandate, Actor: ms[subj[len(subj)-1]].ent, Targets: targets, Action: "block", Prohibition: true, Confidence: 0.7, Rule: "mandate/deal-killed"}}
}
