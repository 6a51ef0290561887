package extract

// An authority's case told as its possession: "The ACCC's case against
// Harbour Power is continuing", "the SEC's lawsuit against Kestrel Capital
// goes to trial in May", "the FTC's complaint against X was filed in
// March". Whatever the sentence says of the case, the authority has sued
// or charged the firm (a probe), as "filed a lawsuit against X" does. A
// firm's or a court's case, or one against a person, is none.

// authorityCaseAgainst builds the probe for the case noun at k.
func authorityCaseAgainst(toks []token, ms []mention, k int) ([]Claim, string) {
	if k+2 >= len(toks) || toks[k+1].low != "against" {
		return nil, ""
	}
	var auth *mention
	for i := range ms {
		m := &ms[i]
		// "the ACCC's case", "the SEC's civil lawsuit"
		if m.poss && m.class == mAuth && m.ent.Type != TypeCourt && (m.j == k || m.j == k-1 && !toks[k-1].upper) {
			auth = m
		}
	}
	if auth == nil {
		return nil, "a case owned by no authority"
	}
	for i := range ms {
		m := ms[i]
		if m.i <= k+1 {
			continue
		}
		if m.i > k+8 || m.class == mAuth || m.class == mPerson {
			break
		}
		if gap := punctIn(toks, k+2, m.i); gap != "" && gap != "," {
			break
		}
		if m.firmOrName() {
			// (through an appositive: "against a second retailer, Harbour Power")
			return []Claim{{Kind: KindProbe, Actor: auth.ent, Targets: []Entity{asFirm(m)}, Action: "sue", Confidence: 0.6, Rule: "probe/authority-case-against"}}, ""
		}
	}
	return nil, "an authority's case against no firm"
}

// punctIn: the first clause mark from a up to b, or "".
func punctIn(toks []token, a, b int) string {
	for q := a; q < b && q < len(toks); q++ {
		if toks[q].kind == tokPunct && toks[q].text != "-" {
			return toks[q].text
		}
	}
	return ""
}
