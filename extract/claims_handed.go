package extract

import "strings"

// Acts told as a thing an authority hands over: "issued a mobile money
// licence to X", "handed X a $3 million fine", "served X with a
// cease-and-desist order", "sent a statement of objections to X", "X was
// issued with a penalty notice". The verb says only that something passed
// from the authority to the firm; the noun says what the act was, so the
// kind comes from the noun, and the firm is the one it went to.

type handedAct struct{ kind, action string }

// handedNouns: what a giving verb may hand over, and the act it makes.
var handedNouns = map[string]handedAct{
	"fine": {KindPenalty, "fine"}, "fines": {KindPenalty, "fine"}, "penalty": {KindPenalty, "fine"}, "penalties": {KindPenalty, "fine"},
	"licence": {KindApproval, "license"}, "license": {KindApproval, "license"}, "licences": {KindApproval, "license"}, "licenses": {KindApproval, "license"},
	"permit": {KindApproval, "license"}, "permits": {KindApproval, "license"}, "approval": {KindApproval, "approve"},
	"go-ahead": {KindApproval, "approve"}, "clearance": {KindApproval, "approve"}, "authorisation": {KindApproval, "authorize"}, "authorization": {KindApproval, "authorize"},
	"directive": {KindMandate, "order"}, "directives": {KindMandate, "order"}, "order": {KindMandate, "order"}, "orders": {KindMandate, "order"},
	"ultimatum": {KindMandate, "order"}, "injunction": {KindMandate, "order"}, "cease-and-desist": {KindMandate, "order"},
	"objections": {KindProbe, "charge"}, "subpoena": {KindProbe, "subpoena"}, "subpoenas": {KindProbe, "subpoena"},
}

// noticeKinds: a notice is an act only by the word before it.
var noticeKinds = map[string]handedAct{
	"penalty": {KindPenalty, "fine"}, "compliance": {KindMandate, "order"}, "enforcement": {KindMandate, "order"},
	"infringement": {KindPenalty, "fine"}, "revocation": {KindPenalty, "revoke"}, "suspension": {KindMandate, "suspend"},
}

// handedNoun finds what the verb at k hands over: the first act noun in
// its clause, past the recipient, an amount and adjectives.
func handedNoun(toks []token, k int) (int, handedAct) {
	for q := k + 1; q < len(toks) && q <= k+10; q++ {
		w := toks[q].low
		switch w {
		case ",", ";", "that", "which", "who", "after", "because", "while", "but":
			return -1, handedAct{}
		case "notice", "notices":
			if a, ok := noticeKinds[toks[q-1].low]; ok {
				return q, a
			}
			continue
		}
		if a, ok := handedNouns[w]; ok {
			if (w == "order" || w == "orders") && q+1 < len(toks) && toks[q+1].low == "of" {
				continue // "an order of magnitude", "the order of events"
			}
			if a.kind == KindPenalty && q+1 < len(toks) && toks[q+1].low == "notice" {
				return q + 1, a
			}
			return q, a
		}
	}
	return -1, handedAct{}
}

// buildHanded reads the verb at k ("handed", "issued", "served", "sent")
// with the act noun it hands over.
func (x *ClaimExtractor) buildHanded(toks []token, ms []mention, k, aux int, neg bool) ([]Claim, string) {
	q, act := handedNoun(toks, k)
	if q < 0 {
		return nil, ""
	}
	var targets []Entity
	var actor *Entity
	if aux >= 0 {
		// "X was handed a fine by the regulator", "X was issued with a licence"
		targets = onlyTargets(passiveTargets(toks, ms, aux), nil)
		if ag := agentAfter(toks, ms, q); len(ag) > 0 && ms[ag[0]].class == mAuth {
			e := ms[ag[0]].ent
			actor = &e
		}
	} else {
		for n := range ms {
			// the recipient between verb and noun: "handed X a fine", "served X with"
			if ms[n].i > k && ms[n].j <= q && isFirmish(ms[n]) && !ms[n].poss {
				targets = onlyTargets(entitiesOf(ms, listFrom(toks, ms, n), isFirmish, "firm"), nil)
				break
			}
		}
		if len(targets) == 0 {
			// after the noun: "a licence to X", "a fine on X"
			// ("an order against X" is left to the noun's own frame, which
			// tells an order from a finding)
			preps := []string{"to", "on"}
			if act.kind == KindPenalty {
				preps = append(preps, "against")
			}
			if i := firmInPhraseAfter(toks, ms, q, 8, preps...); i >= 0 {
				targets = onlyTargets(entitiesOf(ms, listFrom(toks, ms, i), isFirmish, "firm"), nil)
			}
		}
	}
	if actor == nil {
		for n := len(ms) - 1; n >= 0; n-- {
			if ms[n].j <= k && ms[n].class == mAuth && !ms[n].poss {
				e := ms[n].ent
				actor = &e
				break
			}
		}
	}
	if actor == nil || len(targets) == 0 {
		return nil, "a handed act with no authority or no firm"
	}
	c := Claim{Kind: act.kind, Actor: *actor, Targets: targets, Action: act.action, Negated: neg, Confidence: 0.7, Rule: act.kind + "/handed-" + act.action}
	if act.kind == KindPenalty {
		if amt, at := findAmount(toks, k); amt != nil && at > k && at < q+8 {
			c.Amount = amt
		}
	}
	return []Claim{c}, ""
}

// demandVerbs take a that-clause whose subject is the party bound, its verb
// in the bare form ("demanded that X withdraw", "directed that X stop").
var demandVerbs = toSet(`demanded demands demanding required requires ordered orders directed directs instructed instructs`)

// thatSubjunctiveFirm returns the mention index of the firm opening a
// that-clause after a demand verb at k whose verb is bare ("that X
// withdraw", "that X not sell"), or -1: a bare verb marks a demand, where
// "said that X had" only reports.
func thatSubjunctiveFirm(toks []token, ms []mention, k int) int {
	if !demandVerbs[toks[k].low] || k+2 >= len(toks) || toks[k+1].low != "that" {
		return -1
	}
	for n := range ms {
		if ms[n].i != k+2 && !(ms[n].i == k+3 && toks[k+2].kind == tokWord && !toks[k+2].upper) {
			continue
		}
		if !isFirmish(ms[n]) || ms[n].poss {
			return -1
		}
		v := ms[n].j
		if v < len(toks) && toks[v].low == "not" {
			v++
		}
		if v >= len(toks) || toks[v].kind != tokWord || toks[v].upper {
			return -1
		}
		w := toks[v].low
		if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || verbCue[w] || w == "is" || w == "was" || w == "be" {
			return -1 // "that X sells", "that X had", "that X will": a report
		}
		return n
	}
	return -1
}
