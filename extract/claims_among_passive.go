package extract

// "Zuoyebang and Yuanfudao were among 15 tutoring companies fined ... by
// China's market regulator": the class after "among" is qualified by a
// passive participle whose agent is the authority, so the listed subjects
// are the act's targets (the active relative "the firms the regulator
// fined" is amongActed's).

// amongPassive: the act told by a participle from amongVerbs within a few
// lower-case words after "among" (at a), with "by" + an authority after it
// in the same clause; firms are the subjects already found.
func amongPassive(toks []token, ms []mention, a int, firms []Entity, neg bool) []Claim {
	p := -1
	for q := a + 2; q < len(toks) && q <= a+8; q++ {
		if toks[q].kind == tokPunct && toks[q].low != "-" || toks[q].upper {
			return nil
		}
		if _, ok := amongVerbs[toks[q].low]; ok {
			p = q
			break
		}
	}
	if p < 0 {
		return nil
	}
	for q := p + 1; q < len(toks) && q <= p+12; q++ {
		if toks[q].low == "," || toks[q].low == ";" {
			return nil
		}
		if toks[q].low != "by" {
			continue
		}
		for _, m := range ms {
			if m.class == mAuth && (m.i == q+1 || m.i == q+2 && toks[q+1].low == "the") {
				kind := amongVerbs[toks[p].low]
				return []Claim{{Kind: kind, Actor: m.ent, Targets: firms, Action: toks[p].low, Negated: neg, Confidence: 0.6, Rule: kind + "/among-passive"}}
			}
		}
		return nil
	}
	return nil
}
