package extract

// Disputes between firms that end: "Qatar Airways and Airbus have settled
// their dispute", "Netflix and SK Broadband ended their legal battle",
// "Ericsson settled its patent dispute with Lenovo". The spec lists sue and
// agreements among the acts of a firm on a firm; a settlement is both (the
// suit and the deal that ends it are one tuple, scored either way round).
// A firm settling with its regulator is an answer to the authority and is
// left to the response rules.

// disputeNouns: what two firms fight over, in court or out of it.
var disputeNouns = toSet(`dispute disputes lawsuit lawsuits litigation battle battles fight feud row spat suit suits
 arbitration conflict standoff stand-off war clash quarrel`)

// settledDispute reads the verb at k (settle, end, resolve) when a dispute
// noun is its object: the firms named together as its subject, or the one
// subject and the firm after "with"/"against", act on each other. It
// returns ok=false when no dispute noun follows, so the verb's other
// readings ("resolved the issues the regulator raised") go on.
func settledDispute(toks []token, ms []mention, k int, neg bool) (cs []Claim, why string, ok bool) {
	n := -1
	for q := k + 1; q < len(toks) && q <= k+6; q++ {
		if disputeNouns[toks[q].low] {
			n = q
			break
		}
		if toks[q].kind == tokPunct && toks[q].text != "-" || toks[q].upper && q > k+1 {
			break // ("settled the bill with ...", "ended the quarter")
		}
	}
	if n < 0 {
		return nil, "", false
	}
	subj := subjectBefore(toks, ms, k, func(m mention) bool { return m.firmOrName() }, 3)
	if k > 0 && toks[k-1].text == "," {
		// "ICASA granted licences to A and B, ending a two-year dispute": a
		// clause after a comma is the sentence subject's, not its objects'
		subj = nil
		if s := sentenceSubject(ms); s >= 0 && ms[s].j < k && ms[s].firmOrName() {
			subj = listFrom(toks, ms, s)
		}
	}
	firms := subjectFirms(ms, subj, true) // ("X said it had settled its dispute with Y": the firm "it" is)
	if len(firms) == 1 {
		// "settled its patent dispute with Lenovo", "resolved its lawsuit against AerCap"
		i := firmInPhraseAfter(toks, ms, n, 6, "with", "against")
		if i < 0 || ms[i].class == mAuth {
			return nil, "dispute settled with no other firm", true
		}
		if e := asFirm(ms[i]); !sameEntityAny(e, firms) {
			firms = append(firms, e)
		}
	}
	if len(firms) < 2 {
		return nil, "dispute settled by no two firms", true
	}
	return []Claim{{Kind: KindAction, Actor: firms[0], Targets: firms[1:], Action: "settle", Negated: neg, Confidence: 0.6, Rule: "action/dispute-settled"}}, "", true
}
