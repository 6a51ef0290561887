package extract

import (
	"strconv"
	"strings"
)

// The re-scorer: the rules' own claims weighed by what the claim itself
// shows (its rule, kind, parties' types, whether they are named in the
// sentence or resolved from before, certainty, the sentence's length), so
// a frame that is often wrong on other writers' text can be overruled.
// Its features carry the prefix "r:" in the same weights file; its bias and
// threshold are the model's DropBias and Drop (0: never drop).

// RuleFeatures are the re-scorer's features of a rule claim.
func RuleFeatures(c Claim) []string {
	f := make([]string, 0, 24)
	frame := c.Rule
	if i := strings.IndexByte(frame, '/'); i >= 0 {
		frame = frame[i+1:]
	}
	f = append(f, "r:rule:"+c.Rule, "r:frame:"+frame, "r:kind:"+c.Kind, "r:cert:"+c.Certainty+"|"+c.Kind,
		"r:action:"+c.Action+"|"+c.Kind, "r:atype:"+c.Actor.Type+"|"+c.Kind,
		"r:conf:"+strconv.Itoa(int(c.Confidence*20+0.5)), "r:nt:"+bucket(len(c.Targets), 1, 2, 3))
	if c.Negated {
		f = append(f, "r:neg")
	}
	if c.Field == "title" {
		f = append(f, "r:title")
	}
	if c.Attribution != "" {
		f = append(f, "r:attrib")
	}
	if c.Actor.Canonical != "" {
		f = append(f, "r:acanon|"+c.Kind)
	}
	low := strings.ToLower(c.Sentence)
	if c.Actor.Name != "" && !strings.Contains(low, strings.ToLower(c.Actor.Name)) {
		f = append(f, "r:a-elsewhere|"+c.Kind)
	}
	elsewhere, canon, sector := false, false, false
	for _, t := range c.Targets {
		if t.Name != "" && !strings.Contains(low, strings.ToLower(t.Name)) {
			elsewhere = true
		}
		canon = canon || t.Canonical != ""
		sector = sector || t.Type == TypeSector
		f = append(f, "r:ttype:"+t.Type+"|"+c.Kind)
	}
	if elsewhere {
		f = append(f, "r:t-elsewhere|"+c.Kind)
	}
	if canon {
		f = append(f, "r:tcanon|"+c.Kind)
	}
	if sector {
		f = append(f, "r:sector")
	}
	f = append(f, "r:slen:"+bucket(len(strings.Fields(c.Sentence)), 10, 20, 35, 50))
	return uniqFeatures(f)
}

// RescoreRules returns rules without the claims m's re-scorer scores under
// its Drop threshold (all of them when Drop is 0).
func RescoreRules(rules []Claim, m *LearnedModel) []Claim {
	out, _ := rescoreRules(rules, m)
	return out
}

func rescoreRules(rules []Claim, m *LearnedModel) ([]Claim, []learnedVerdict) {
	if m == nil || m.Drop <= 0 {
		return rules, nil
	}
	var out []Claim
	var verdicts []learnedVerdict
	for _, c := range rules {
		f := RuleFeatures(c)
		sc := m.RuleScore(f)
		if sc < m.Drop {
			verdicts = append(verdicts, learnedVerdict{c: Candidate{Claim: c, Features: f, trace: -1}, score: sc, reason: "re-scored " + strconv.FormatFloat(sc, 'f', 2, 64) + " under the drop threshold"})
			continue
		}
		out = append(out, c)
	}
	return out, verdicts
}
