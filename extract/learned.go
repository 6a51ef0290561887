package extract

import (
	"fmt"
	"strings"
	"sync"
)

// The learned stage after the rules: candidates (learned_candidates.go)
// scored by a LearnedModel; those at or above its threshold are added with
// rule "learned/<kind>" and the score as confidence. The rules' claims are
// never changed.

// WithLearned returns a copy of x that adds the candidates m keeps (nil:
// rules only). NewClaimExtractor uses the embedded model when it is
// enabled.
func (x *ClaimExtractor) WithLearned(m *LearnedModel) *ClaimExtractor {
	y := *x
	y.learned = m
	return &y
}

// Candidates returns the rules' claims of doc and the learned stage's
// candidates, unscored: what training and cross-validation read.
func (x *ClaimExtractor) Candidates(doc Document) ([]Claim, []Candidate) {
	var cands []Candidate
	y := x.WithLearned(nil)
	claims, _ := y.run(doc, false, &cands)
	return claims, cands
}

// learnedDefault is the embedded model when enabled, else nil; parsed
// once, and never changed after (extractors share it).
var learnedDefault = sync.OnceValue(func() *LearnedModel {
	m := DefaultLearnedModel()
	if !m.Enabled {
		return nil
	}
	return m
})

// collectCandidates is the hook run() calls per sentence when a model is set
// or candidates are asked for.
func (x *ClaimExtractor) collectCandidates(s sentence, field string, si int, before docContext, ctx *docContext, rules []Claim, trace int) []Candidate {
	if !hasTriggerWord(x, s.toks) {
		return nil
	}
	ms := x.learnedMentions(s.toks, before)
	cs := x.learnedCandidates(s, field, si, ms, ctx, rules)
	for i := range cs {
		cs[i].trace = trace
	}
	return cs
}

// hasTriggerWord: a cheap test before mentions are read again.
func hasTriggerWord(x *ClaimExtractor, toks []token) bool {
	for k, t := range toks {
		if t.kind != tokWord {
			continue
		}
		if _, ok := fallbackExtraVerbs[t.low]; ok {
			return true
		}
		if len(x.lx.triggerAt(toks, k, true)) > 0 {
			return true
		}
	}
	return false
}

// SelectLearned scores cands with m and returns the claims to add to
// rules: the best candidate of each trigger, when it reaches m's threshold
// and neither a rule nor an earlier kept candidate made the same claim.
func SelectLearned(rules []Claim, cands []Candidate, m *LearnedModel) []Claim {
	out, _ := selectLearned(rules, cands, m)
	return out
}

type learnedVerdict struct {
	c      Candidate
	score  float64
	kept   bool
	reason string
}

func selectLearned(rules []Claim, cands []Candidate, m *LearnedModel) ([]Claim, []learnedVerdict) {
	if m == nil || len(cands) == 0 {
		return nil, nil
	}
	seen := map[string]bool{}
	for _, r := range rules {
		seen[claimKey(r)] = true
	}
	type slot struct {
		field   string
		sent, k int
	}
	best := map[slot]int{}
	var order []slot
	scores := make([]float64, len(cands))
	var verdicts []learnedVerdict
	for i, c := range cands {
		scores[i] = m.Score(c.Features)
		sl := slot{c.Claim.Field, c.sent, c.k}
		j, ok := best[sl]
		if !ok {
			best[sl] = i
			order = append(order, sl)
			continue
		}
		if scores[i] > scores[j] {
			best[sl] = i
			verdicts = append(verdicts, learnedVerdict{c: cands[j], score: scores[j], reason: fmt.Sprintf("score %.2f, another reading of its trigger scored higher", scores[j])})
		} else {
			verdicts = append(verdicts, learnedVerdict{c: c, score: scores[i], reason: fmt.Sprintf("score %.2f, another reading of its trigger scored higher", scores[i])})
		}
	}
	var out []Claim
	for _, sl := range order {
		i := best[sl]
		c := cands[i]
		v := learnedVerdict{c: c, score: scores[i]}
		key := claimKey(c.Claim)
		switch {
		case scores[i] < m.Threshold:
			v.reason = fmt.Sprintf("score %.2f under the threshold %.2f", scores[i], m.Threshold)
		case seen[key] || ruleCovers(rules, c.Claim) || ruleCovers(out, c.Claim):
			v.reason = fmt.Sprintf("score %.2f, but the same claim is already made", scores[i])
		default:
			seen[key] = true
			cl := c.Claim
			cl.Confidence = scores[i]
			out = append(out, cl)
			v.kept = true
		}
		verdicts = append(verdicts, v)
	}
	return out, verdicts
}

// traceLearned records the verdicts in the sentence traces, with each
// candidate's score and the features that weighed most.
func traceLearned(traces []SentenceTrace, verdicts []learnedVerdict, m *LearnedModel) {
	for _, v := range verdicts {
		at := v.c.trace
		if at < 0 {
			// a re-scored rule claim: its sentence's trace
			for i, t := range traces {
				if t.Start == v.c.Claim.Start && t.End == v.c.Claim.End && (t.Field == v.c.Claim.Field || t.Field == "text" && v.c.Claim.Field == "") {
					at = i
				}
			}
		}
		if at < 0 || at >= len(traces) {
			continue
		}
		tr := &traces[at]
		top := strings.Join(m.TopFeatures(v.c.Features, 5), " ")
		if v.kept {
			c := v.c.Claim
			c.Confidence = v.score
			tr.Kept = append(tr.Kept, c)
			tr.Dropped = append(tr.Dropped, DroppedCandidate{Kind: c.Kind, Trigger: c.Action, Reason: fmt.Sprintf("(learned: kept, score %.2f; %s)", v.score, top)})
			continue
		}
		tr.Dropped = append(tr.Dropped, DroppedCandidate{Kind: v.c.Claim.Kind, Trigger: v.c.Claim.Action,
			Reason: fmt.Sprintf("learned candidate %s -> %s: %s; %s", v.c.Claim.Actor.Name, targetNames(v.c.Claim.Targets), v.reason, top)})
	}
}

func targetNames(ts []Entity) string {
	var xs []string
	for _, t := range ts {
		xs = append(xs, t.Name)
	}
	return strings.Join(xs, ", ")
}
