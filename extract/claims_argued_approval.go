package extract

// arguedApproval: "asked the court to stop the review, arguing the deal was
// deemed approved when they notified the watchdog": a clearance told in
// the passive inside a party's argument is what the party contends, not an
// authority's act. Only the passive ("was (deemed) approved") is read so;
// "argued that the regulator approved the deal" names its actor and stays.
func arguedApproval(toks []token, k int, c Claim) bool {
	if c.Kind != KindApproval || k < 2 {
		return false
	}
	if p := toks[k-1].low; p != "deemed" && p != "was" && p != "were" && p != "been" && p != "is" {
		return false
	}
	for q := k - 2; q >= 0 && q >= k-8; q-- {
		switch toks[q].low {
		case "arguing", "argued", "argues", "argue", "contending", "contends", "contended", "insisting", "insists", "insisted", "claiming":
			return true
		}
		if toks[q].kind == tokPunct {
			return false
		}
	}
	return false
}
