package extract

// Nominal answers: "an appeal by Vossberg against the Commission's
// decision", "Meta's challenge to the DPC's order", "a complaint by X
// against the regulator's ruling" tell that the firm resisted the
// authority's act, whatever the sentence's verb says of the appeal.

var appealNouns = toSet(`appeal appeals challenge challenges objection objections`)

// appealNounResponses returns the resisting responses the sentence tells
// as nouns.
func appealNounResponses(toks []token, ms []mention) []Claim {
	var out []Claim
	for k := range toks {
		if toks[k].lex&lxAppealNoun == 0 || k == 0 {
			continue
		}
		// the appellants: "by X (and Y)" right after, or "X's" right before
		var firms []Entity
		next := k + 1
		if k+1 < len(toks) && toks[k+1].low == "by" {
			for i := range ms {
				m := ms[i]
				if m.i < k+2 || m.i > k+5 || m.class == mPlace {
					continue // ("by Germany's Vossberg": the place describes the firm)
				}
				for _, j := range listFrom(toks, ms, i) {
					f := ms[j]
					next = max(next, f.j)
					if (f.firmOrName() || f.class == mOther && f.src == "name" && len(firms) > 0) && !f.poss {
						// (a one-word co-appellant listed with a firm is one too)
						firms = append(firms, asFirm(mention{ent: f.ent, class: mName}))
					}
				}
				break
			}
		} else if toks[k-1].low == "its" && len(ms) > 0 && ms[0].i <= 1 && ms[0].firmOrName() && !ms[0].poss {
			// "Rongai Gas lost its appeal against the authority's fine"
			firms = append(firms, asFirm(ms[0]))
		} else {
			for _, m := range ms {
				if m.j == k && m.poss && m.firmOrName() {
					firms = append(firms, asFirm(m))
				}
			}
		}
		if len(firms) == 0 {
			continue
		}
		// the act appealed: "against / of / to" an authority's act or the authority
		for q := next; q < len(toks) && q <= next+3; q++ {
			w := toks[q].low
			if w != "against" && w != "of" && w != "to" {
				continue
			}
			for _, m := range ms {
				if m.class != mAuth || m.i <= q || m.i > q+2 {
					continue
				}
				if !m.poss && m.ent.Type == TypeCourt {
					continue // "an appeal to the Court of Justice": the venue
				}
				for _, f := range firms {
					out = append(out, Claim{Kind: KindResponse, Actor: f, Targets: []Entity{m.ent}, Action: "appeal", Stance: "resist", Confidence: 0.6, Rule: "response/appeal-noun"})
				}
				break
			}
			break
		}
	}
	return out
}
