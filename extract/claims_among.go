package extract

// "X was (not) among the companies the regulator fined"; a place standing
// for its government across auxiliaries.

// auxWords may stand between a subject and its verb without breaking the
// clause ("Beijing has not told", "Seoul had already ordered").
var auxWords = toSet(`has have had did does do is was were are not n't never also already will would has reportedly previously recently now yet`)

// onlyAuxBetween: toks[from:to] holds only auxiliaries, negation and such
// adverbs (at most four).
func onlyAuxBetween(toks []token, from, to int) bool {
	if to-from > 4 || to <= from {
		return false
	}
	for q := from; q < to; q++ {
		if !auxWords[toks[q].low] {
			return false
		}
	}
	return true
}

// amongVerbs: an authority's past act told in a relative clause after
// "among the companies (that) the regulator ...", and its kind.
var amongVerbs = map[string]string{
	"investigated": KindProbe, "probed": KindProbe, "examined": KindProbe, "raided": KindProbe, "searched": KindProbe,
	"inspected": KindProbe, "audited": KindProbe, "charged": KindProbe, "sued": KindProbe, "summoned": KindProbe,
	"fined": KindPenalty, "penalised": KindPenalty, "penalized": KindPenalty, "sanctioned": KindPenalty,
	"ordered": KindMandate, "told": KindMandate, "directed": KindMandate, "banned": KindMandate, "barred": KindMandate,
	"suspended": KindMandate, "blocked": KindMandate, "warned": KindMandate, "instructed": KindMandate,
	"approved": KindApproval, "cleared": KindApproval, "licensed": KindApproval, "authorised": KindApproval, "authorized": KindApproval,
}

// amongActed: "Kakao Mobility was not among the companies the Korea Fair
// Trade Commission investigated", "Safaricom is among the firms that
// Kenya's regulator fined": the firm is (or, denied, is not) the target of
// the authority's act told in the relative clause.
func amongActed(toks []token, ms []mention) []Claim {
	for a := 2; a+2 < len(toks); a++ {
		if toks[a].low != "among" {
			continue
		}
		v := a - 1
		neg := false
		if toks[v].low == "not" || toks[v].low == "n't" || toks[v].low == "never" {
			neg, v = true, v-1
		}
		if v < 1 || !(toks[v].low == "was" || toks[v].low == "were" || toks[v].low == "is" || toks[v].low == "are" || toks[v].low == "been") {
			continue
		}
		subj := subjectBefore(toks, ms, v, func(m mention) bool { return m.firmOrName() }, 3)
		if len(subj) == 0 {
			continue
		}
		var firms []Entity
		for _, i := range subj {
			if ms[i].firmOrName() {
				firms = append(firms, asFirm(ms[i]))
			}
		}
		// the relative clause: [the] [N] noun(s) [that|which] <authority> <verb>
		for _, m := range ms {
			if m.i <= a || m.i > a+7 || m.class != mAuth {
				continue
			}
			gapOK := true
			for q := a + 1; q < m.i; q++ {
				if toks[q].kind == tokPunct || toks[q].upper && toks[q].low != "the" {
					gapOK = false
				}
			}
			if !gapOK || m.j >= len(toks) {
				break
			}
			vb := m.j
			if vb < len(toks) && (toks[vb].low == "had" || toks[vb].low == "has" || toks[vb].low == "have") {
				vb++
			}
			if vb >= len(toks) {
				break
			}
			kind, ok := amongVerbs[toks[vb].low]
			if !ok {
				break
			}
			return []Claim{{Kind: kind, Actor: m.ent, Targets: firms, Action: toks[vb].low, Negated: neg, Confidence: 0.6, Rule: kind + "/among-acted"}}
		}
		if cs := amongPassive(toks, ms, a, firms, neg); cs != nil {
			return cs // "were among 15 tutoring firms fined ... by the regulator"
		}
	}
	return nil
}
