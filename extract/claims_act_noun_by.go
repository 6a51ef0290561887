package extract

import "strings"

// An authority's act told as a noun with its agent in a "by" phrase: "The
// approval of Wawel Air's certificate by Poland's Civil Aviation Authority
// clears ...", "Approval of X's bid for Y by the KFTC came with a
// condition", "The revocation of X's licence by the ministry leaves ...",
// "A fine on X of NZ$2.4 million, imposed by the Environment Court, is
// ...", "A $2 million fine for X was announced by the FTC". Writers use the
// shape to make the act the sentence's topic; no verb joins the authority
// to the firm, so the verb frames never see it.

// actNounKinds maps the act nouns to the kind of act they name.
var actNounKinds = map[string]string{
	"approval": KindApproval, "clearance": KindApproval, "authorisation": KindApproval, "authorization": KindApproval,
	"go-ahead": KindApproval, "licensing": KindApproval,
	"revocation": KindPenalty, "cancellation": KindPenalty, "fine": KindPenalty, "penalty": KindPenalty,
	"order": KindMandate, "ban": KindMandate, "injunction": KindMandate, "directive": KindMandate, "blocking": KindMandate,
	"investigation": KindProbe, "probe": KindProbe, "inquiry": KindProbe, "audit": KindProbe, "raid": KindProbe,
}

// actNounLinks are the prepositions that tie the noun to what it acts on.
var actNounLinks = toSet(`of for on against into`)

// actNounAgentVerbs may stand between the noun phrase and its "by": a
// participle telling that the act was done ("imposed by", "was announced by").
var actNounAgentVerbs = toSet(`imposed issued granted given handed announced levied made ordered opened launched
 confirmed approved decided`)

// nounByActs finds the act nouns with a "by" authority in the sentence and
// builds the claims the other rules did not.
func nounByActs(toks []token, ms []mention, done []Claim) []Claim {
	var out []Claim
	for k := 0; k+3 < len(toks); k++ {
		if toks[k].lex&lxActNoun == 0 {
			continue
		}
		kind := actNounKinds[toks[k].low]
		if kind == "" || !actNounLinks[toks[k+1].low] || !actNounOpens(toks, k) {
			continue
		}
		by, auth := actNounAgent(toks, ms, k)
		if auth == nil {
			continue
		}
		var targets []Entity
		for _, m := range ms {
			if m.i > k+1 && m.j <= by && (m.firmOrName() && m.class != mPron || slotNamed(toks, m, k)) {
				targets = append(targets, asFirm(m))
			}
		}
		if kind != KindApproval && len(targets) > 1 {
			// a fine or order on X over its purchase of Y binds X only
			targets = targets[:1]
		}
		targets = onlyTargets(targets, []Entity{*auth})
		if len(targets) == 0 || hasActBy(done, kind, *auth) || hasActBy(out, kind, *auth) {
			continue
		}
		out = append(out, Claim{Kind: kind, Actor: *auth, Targets: targets, Action: toks[k].low, Confidence: 0.6, Rule: kind + "/act-noun-by"})
	}
	return out
}

// actNounOpens: the noun heads a noun phrase of its own ("the approval",
// "a $2 million fine", "Approval" opening the sentence), not a modifier
// ("fine print") or a verb ("order" after "to").
func actNounOpens(toks []token, k int) bool {
	if k == 0 {
		return true
	}
	for i := k - 1; i >= 0 && i >= k-5; i-- {
		w := toks[i].low
		switch {
		case w == "the" || w == "a" || w == "an":
			return true
		case toks[i].kind == tokNum || w == "$" || w == "million" || w == "billion" || w == "formal" || w == "final" || w == "regulatory" || strings.HasSuffix(w, "-month") || strings.HasSuffix(w, "-year"):
			continue
		default:
			return false
		}
	}
	return false
}

// actNounAgent finds the "by" of the noun phrase at k and the authority
// right after it. The phrase may run over a participle ("imposed by") and
// an auxiliary ("was announced by"), but no other verb, clause or quote.
func actNounAgent(toks []token, ms []mention, k int) (int, *Entity) {
	for q := k + 2; q < len(toks) && q <= k+22; q++ {
		w := toks[q].low
		if w == "by" {
			s := q + 1
			if s < len(toks) && (toks[s].low == "both" || toks[s].low == "either") {
				s++
			}
			for _, m := range ms {
				if m.i == s || m.i == s+1 && toks[s].low == "the" || m.i < s && m.j > s {
					if m.class == mPlace && m.poss {
						s = m.j // "by Poland's Civil Aviation Authority": the place only says whose
						continue
					}
					if m.class == mAuth {
						e := m.ent
						return q, &e
					}
					return -1, nil
				}
			}
			return -1, nil
		}
		if clauseOpeners[w] || w == "who" || w == "which" || w == "to" || w == "\"" || w == "“" {
			return -1, nil
		}
		if (w == "was" || w == "were" || w == "is" || w == "has" || w == "been") && q+1 < len(toks) && (actNounAgentVerbs[toks[q+1].low] || toks[q+1].low == "been") {
			continue
		}
		if toks[q].kind == tokWord && strings.HasSuffix(w, "ed") && !actNounAgentVerbs[w] && q+1 < len(toks) && toks[q+1].low != "by" {
			return -1, nil // another verb: the noun phrase has ended
		}
	}
	return -1, nil
}

func hasActBy(cs []Claim, kind string, a Entity) bool {
	for _, c := range cs {
		if c.Kind == kind && sameEntity(c.Actor, a) {
			return true
		}
	}
	return false
}

// slotNamed: an unknown one-word name the typing rules set aside is still
// the firm acted on when it stands right after the noun's preposition or
// owns what follows it ("the revocation of Zorvex's licence", "a fine for
// Zorvex").
func slotNamed(toks []token, m mention, k int) bool {
	return m.class == mOther && m.src == "name" && (m.i == k+2 || m.poss && actNounLinks[toks[m.i-1].low])
}
