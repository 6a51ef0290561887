package extract

import "strings"

// Requirements stated with a modal ("X must ...", "all banks must ..."):
// who is bound, and which authority (or law) imposes it.

// buildModal handles "X must (not) ...": the subject is bound, the actor is
// the authority the sentence cites.
func (x *ClaimExtractor) buildModal(toks []token, ms []mention, k int, tg trigger, ctx *docContext) ([]Claim, string) {
	if toks[k].low == "may" {
		return licenceTerms(toks, ms, k, ctx)
	}
	if k > 0 && toks[k-1].low == "and" {
		return nil, "coordinated \"and must\" repeats the first requirement"
	}
	e := k
	for e > 0 {
		w := toks[e-1].low
		if w == "also" || w == "now" || w == "still" || w == "all" || strings.HasSuffix(w, "ly") || toks[k].low != "must" && (w == "will" || w == "would" || w == "may" || w == "might") {
			e--
			continue
		}
		if w == "," {
			// skip an appositive back to the previous comma
			p := e - 2
			for p >= 0 && toks[p].text != "," {
				p--
			}
			if p >= 0 {
				e = p
				continue
			}
		}
		break
	}
	subj := subjectBefore(toks, ms, e, func(m mention) bool { return isFirmish(m) }, 0)
	if mem := membersBetweenCommas(toks, ms, k); len(mem) > 0 {
		subj = mem // "carriers, notably A, B and C, must": the named members are bound
	}
	if len(subj) > 0 && k+2 < len(toks) && toks[k+1].low == "be" && (ms[subj[len(subj)-1]].class == mPron || ms[subj[len(subj)-1]].class == mName) {
		return nil, "\"it must be said\" / \"X must be treated\": not a requirement on a firm"
	}
	if len(subj) == 0 {
		if c := mergedFirmMust(toks, ms, k, e, ctx); c != nil {
			return []Claim{*c}, ""
		}
		subj = subjectPastTail(toks, ms, e)
	}
	if len(subj) == 0 {
		return nil, "no firm or class of firms before \"must\""
	}
	targets := entitiesOf(ms, subj, isFirmish, "firm")
	a := nearestAuthExcept(toks, ms, k, true, recipientAuths(toks, ms, k))
	rule := "mandate/must"
	if a == nil {
		// "under a new directive from Bank Al-Maghrib": the rule's issuer
		// is an authority, whatever its name looks like
		if is := ruleIssuer(toks, ms); is != nil {
			a, rule = is, "mandate/must-rule-issuer"
		}
	}
	if a == nil {
		// a law or rule itself when no authority is named ("Under the new rules, ...")
		a = modalLawActor(toks, k)
		rule = "mandate/must-under-law"
	}
	if a == nil && toks[k].low != "must" {
		return nil, "\"have to\" with no authority or rule named" // (no inference from context)
	}
	if c := mustFromContext(a, targets, ctx); c != nil {
		// "Revolut has been granted a licence by the PRA. ... the company must
		// cap deposits": the authority that just acted on the firm imposes it
		a, rule = c, "mandate/must-context"
	}
	if a == nil {
		if c := boundAfterAct(toks, ms, subj, ctx); c != nil {
			// "The lenders must cap rates" after the licences to A, B and C
			a, targets, rule = &c.Actor, c.Targets, "mandate/must-after-act"
		}
	}
	if a == nil && ctx.rulesLeft > 0 && ctx.rulesBy != nil && onlySectors(targets) {
		// "The IRDAI issued new rules on Monday. Insurers must settle claims
		// within three hours": the class bound by the rules just issued
		a, rule = ctx.rulesBy, "mandate/must-rules-issued"
	}
	if a == nil {
		return nil, "no authority in the sentence imposes the \"must\""
	}
	targets = onlyTargets(targets, []Entity{*a})
	if len(targets) == 0 {
		return nil, "no firm or class of firms is bound"
	}
	proh := k+1 < len(toks) && (toks[k+1].low == "not" || toks[k+1].low == "stop" || toks[k+1].low == "cease" || toks[k+1].low == "halt")
	if amt := mustPaySum(toks, k); amt != nil && rule != "mandate/must-under-law" {
		// "the court ruled that X must pay 48 billion pesos in back taxes and
		// fines": an authority's order to pay is its penalty
		return []Claim{{Kind: KindPenalty, Actor: *a, Targets: targets, Action: "order to pay", Amount: amt, Confidence: 0.75, Rule: "penalty/must-pay"}}, ""
	}
	return []Claim{{Kind: KindMandate, Actor: *a, Targets: targets, Action: "must", Prohibition: proh, Negated: false, Confidence: 0.75, Rule: rule}}, ""
}

// mustPaySum: "must (also) pay/refund/compensate ... <sum>" with the sum
// within six words of the verb; the sum paid, or nil.
func mustPaySum(toks []token, k int) *Amount {
	v := k + 1
	if v < len(toks) && toks[v].low == "also" {
		v++
	}
	if v >= len(toks) {
		return nil
	}
	switch toks[v].low {
	case "pay", "refund", "repay", "compensate", "reimburse", "disgorge", "forfeit":
	default:
		return nil
	}
	amt, at := findAmount(toks, v)
	if amt == nil || at <= v || at > v+6 {
		return nil
	}
	return amt
}

// nameJoiners join two capitalized words into one name.
var nameJoiners = toSet(`de do da del di du des of al`)

// ruleNouns are rules an authority issues.
var ruleNouns = toSet(`directive directives rule rules regulation regulations circular guidelines guideline decree order instruction instructions`)

// ruleIssuer returns who issued the rule the sentence cites: "a directive
// from Bank Al-Maghrib", "rules issued by the central bank".
func ruleIssuer(toks []token, ms []mention) *Entity {
	for n := 0; n+2 < len(toks); n++ {
		if !ruleNouns[toks[n].low] {
			continue
		}
		p := n + 1
		if toks[p].low == "issued" || toks[p].low == "published" || toks[p].low == "announced" {
			p++
		}
		if p >= len(toks) || toks[p].low != "from" && toks[p].low != "by" {
			continue
		}
		s := p + 1
		if s < len(toks) && toks[s].low == "the" {
			s++
		}
		for q, m := range ms {
			if m.i != s && !(m.i == p+1 && m.j > s) {
				continue
			}
			if m.class == mAuth {
				e := m.ent
				return &e
			}
			if (m.class == mName || m.class == mOther || m.class == mFirm) && m.src == "name" && !m.poss {
				e := m.ent
				if q+1 < len(ms) && ms[q+1].i == m.j+1 && nameJoiners[toks[m.j].low] && ms[q+1].src == "name" {
					// "Banco de Mocambique": one name across its particle
					e.Name = span(toks, m.i, ms[q+1].j-btoi(ms[q+1].poss))
					e.Canonical = e.Name
				}
				e.Type = TypeRegulator
				return &e
			}
		}
	}
	return nil
}

// recipientAuths: authorities after the modal at k that only receive what
// the firms must do ("hand over data to the police", "file reports with
// the central bank"): they impose nothing.
func recipientAuths(toks []token, ms []mention, k int) []int {
	var out []int
	for n, m := range ms {
		if m.i <= k || m.class != mAuth || m.i == 0 {
			continue
		}
		p := toks[m.i-1].low
		if p == "the" && m.i >= 2 {
			p = toks[m.i-2].low
		}
		if p == "to" || p == "with" {
			out = append(out, n)
		}
	}
	return out
}
