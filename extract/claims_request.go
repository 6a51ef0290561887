package extract

// Requests for information: "sent formal requests for information to
// Allegro and Zalando", "issued an information request to Temu". Under the
// EU's platform laws and most competition regimes such a request is the
// first formal step of an inquiry, so it is a probe of the firms it goes to.

// buildInfoRequest reads the frame around the verb at k ("send", "issue");
// it makes nothing unless a request noun for information follows.
func (x *ClaimExtractor) buildInfoRequest(toks []token, ms []mention, k int, neg bool) ([]Claim, string) {
	req := wordIndexWithin(toks, k+1, 4, "request", "requests")
	if req < 0 {
		return nil, ""
	}
	info := toks[req-1].low == "information" || toks[req-1].low == "data"
	if !info && req+2 < len(toks) && toks[req+1].low == "for" && (toks[req+2].low == "information" || toks[req+2].low == "data" || toks[req+2].low == "documents") {
		info = true
	}
	if !info {
		return nil, ""
	}
	t := firmInPhraseAfter(toks, ms, req, 8, "to")
	if t < 0 {
		t = requestRecipientBefore(ms, k, req)
	}
	if t < 0 {
		return nil, "a request for information to no firm"
	}
	targets := onlyTargets(entitiesOf(ms, listFrom(toks, ms, t), isFirmish, "firm"), nil)
	a := nearestAuth(toks, ms, k, false)
	if a == nil || len(targets) == 0 {
		return nil, "a request for information with no authority or firm"
	}
	return []Claim{{Kind: KindProbe, Actor: *a, Targets: targets, Action: "request information", Negated: neg, Confidence: 0.7, Rule: "probe/info-request"}}, ""
}

// requestRecipientBefore finds the firm told as the verb's first object,
// "sent Allegro a request for information": a name right after the verb
// that ends before the request noun.
func requestRecipientBefore(ms []mention, k, req int) int {
	for i := range ms {
		if ms[i].i == k+1 && ms[i].j < req && (ms[i].class == mFirm || ms[i].class == mName) {
			return i
		}
	}
	return -1
}
