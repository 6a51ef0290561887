package extract

// Reporters extend an authority's act to more firms by likeness rather than
// by naming the act again: "Gaotu and New Oriental are expected to face
// similar penalties", "Harrowgate received a similar fine in March",
// "Naver faces the same investigation". The act's noun says which kind of
// the article's earlier authority acts is meant; the firms before the verb
// are its new targets, and the authority is the one that acted before.

// similarActNouns: the act nouns "similar"/"the same" may carry, by kind.
var similarActNouns = map[string]string{
	"penalty": KindPenalty, "penalties": KindPenalty, "fine": KindPenalty, "fines": KindPenalty,
	"sanction": KindPenalty, "sanctions": KindPenalty, "punishment": KindPenalty, "punishments": KindPenalty,
	"order": KindMandate, "orders": KindMandate, "ban": KindMandate, "bans": KindMandate,
	"directive": KindMandate, "directives": KindMandate, "restriction": KindMandate, "restrictions": KindMandate,
	"suspension": KindMandate, "suspensions": KindMandate,
	"probe": KindProbe, "probes": KindProbe, "investigation": KindProbe, "investigations": KindProbe,
	"inquiry": KindProbe, "inquiries": KindProbe, "scrutiny": KindProbe, "charges": KindProbe, "raids": KindProbe,
	"approval": KindApproval, "approvals": KindApproval, "clearance": KindApproval, "licence": KindApproval, "license": KindApproval,
}

// similarVerbs: how a firm is said to undergo the act.
var similarVerbs = toSet(`face faces faced facing receive receives received receiving get gets got incur incurs incurred risk risks risked draw draws drew attract attracts attracted`)

// similarActs: the latest earlier authority act of the noun's kind, bound
// to the firms that face "a similar"/"the same" one in this sentence, and
// the verb's index, which any hedge ("are expected to face") comes before.
func similarActs(toks []token, ms []mention, prior []Claim) ([]Claim, int) {
	for s := 1; s+1 < len(toks); s++ {
		w := toks[s].low
		if w != "similar" && !(w == "same" && toks[s-1].low == "the") {
			continue
		}
		kind, ok := similarActNouns[toks[s+1].low]
		if !ok {
			continue
		}
		v := s - 1
		if toks[v].low == "a" || toks[v].low == "the" || toks[v].low == "an" {
			v--
		}
		if v < 1 || !similarVerbs[toks[v].low] {
			continue
		}
		subj := subjectBefore(toks, ms, v, func(m mention) bool { return m.firmOrName() }, 5)
		var firms []Entity
		for _, i := range subj {
			if ms[i].firmOrName() {
				firms = append(firms, asFirm(ms[i]))
			}
		}
		if len(firms) == 0 {
			continue
		}
		for n := len(prior) - 1; n >= 0; n-- {
			c := prior[n]
			if c.Kind != kind || c.Negated || c.Actor.Name == "" || hasEntity(c.Targets, firms[0]) {
				continue
			}
			c.Targets, c.Amount = firms, nil
			c.Rule = kind + "/similar-act"
			return []Claim{c}, v
		}
	}
	return nil, 0
}
