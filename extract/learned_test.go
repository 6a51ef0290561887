package extract

import (
	"strings"
	"testing"
)

// handModel keeps penalty readings of "penalise" and nothing else: enough
// to test the stage's plumbing without a trained model.
func handModel(threshold float64) *LearnedModel {
	return &LearnedModel{Bias: -3, Threshold: threshold, Enabled: true, Weights: map[string]float64{
		"lem:penalize|penalty": 6,
		"neg":                  -8,
	}}
}

const splitPassive = "Kivu Breweries, the regulator said on Friday, has been penalised over late filings."

func TestLearnedStageAddsAboveThreshold(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		threshold float64
		want      []string
	}{
		{"kept", splitPassive, 0.5, []string{"penalty regulator -> Kivu Breweries"}},
		{"under the threshold", splitPassive, 0.99, nil},
		{"negated", strings.Replace(splitPassive, "has been", "has not been", 1), 0.5, nil},
		// the rules make this one: the learned stage adds no second copy
		{"rule claim stands", "The regulator penalised Kivu Breweries over late filings.", 0.5, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			x := NewClaimExtractor(nil).WithLearned(handModel(c.threshold))
			var got []string
			for _, cl := range x.Claims(Document{Text: c.text}) {
				if !strings.HasPrefix(cl.Rule, "learned/") {
					continue
				}
				if cl.Confidence < c.threshold {
					t.Errorf("confidence %.2f under the threshold", cl.Confidence)
				}
				for _, tg := range cl.Targets {
					got = append(got, cl.Kind+" "+cl.Actor.Name+" -> "+tg.Name)
				}
			}
			if strings.Join(got, "; ") != strings.Join(c.want, "; ") {
				t.Errorf("learned claims %v, want %v", got, c.want)
			}
		})
	}
}

func TestLearnedStageOnePerTrigger(t *testing.T) {
	// a trigger read several ways (kinds, actors) yields at most one claim
	_, cands := NewClaimExtractor(nil).Candidates(Document{Text: splitPassive})
	if len(cands) < 2 {
		t.Fatalf("%d candidates, want several readings of 'penalised'", len(cands))
	}
	m := &LearnedModel{Bias: 5, Threshold: 0.5, Weights: map[string]float64{}} // keeps everything
	add := SelectLearned(nil, cands, m)
	if len(add) != 1 {
		t.Errorf("%d claims from one trigger, want 1: %v", len(add), add)
	}
}

func TestLearnedStageExplain(t *testing.T) {
	x := NewClaimExtractor(nil).WithLearned(handModel(0.5))
	var b strings.Builder
	if err := WriteTrace(&b, x.Explain(Document{Text: splitPassive})); err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"learned: kept, score 0.95", "lem:penalize|penalty=+6.00", "score 0.05, another reading of its trigger scored higher"} {
		if !strings.Contains(b.String(), w) {
			t.Errorf("explain lacks %q:\n%s", w, b.String())
		}
	}
}

func TestLearnedStageOffLeavesRules(t *testing.T) {
	// the candidates are read on a copy of the article's context: the
	// rules' claims are the same with the stage on or off
	text := "The Bank of Ghana fined Zenfi Microcredit. Zenfi said it would appeal. It also ordered Asante Mutual to stop lending, the bank said."
	off := NewClaimExtractor(nil).WithLearned(nil).Claims(Document{Text: text})
	rules, _ := NewClaimExtractor(nil).Candidates(Document{Text: text})
	on := NewClaimExtractor(nil).WithLearned(handModel(0.5)).Claims(Document{Text: text})
	if len(off) == 0 || len(rules) != len(off) || len(on) < len(off) {
		t.Fatalf("off %d, candidates' rules %d, on %d claims", len(off), len(rules), len(on))
	}
	for i := range off {
		if claimKey(off[i]) != claimKey(rules[i]) || claimKey(off[i]) != claimKey(on[i]) {
			t.Errorf("claim %d: off %s, candidates' rules %s, on %s", i, claimKey(off[i]), claimKey(rules[i]), claimKey(on[i]))
		}
	}
}

func TestShippedModelSwitch(t *testing.T) {
	// NewClaimExtractor uses the embedded model exactly when it is enabled
	m := DefaultLearnedModel()
	got := NewClaimExtractor(nil).learned != nil
	if got != m.Enabled {
		t.Errorf("extractor uses the learned stage: %t; shipped model enabled: %t", got, m.Enabled)
	}
}

func TestRescorerDrops(t *testing.T) {
	// a hand re-scorer that distrusts one frame: its claims go, the others stay
	text := "The Bank of Ghana fined Zenfi Microcredit over bad loans."
	rules := NewClaimExtractor(nil).WithLearned(nil).Claims(Document{Text: text})
	if len(rules) != 1 {
		t.Fatalf("rules made %d claims, want 1: %v", len(rules), rules)
	}
	distrust := "r:rule:" + rules[0].Rule
	m := &LearnedModel{Bias: -20, Threshold: 0.5, Enabled: true, DropBias: 3, Drop: 0.5, Weights: map[string]float64{distrust: -6}}
	if got := NewClaimExtractor(nil).WithLearned(m).Claims(Document{Text: text}); len(got) != 0 {
		t.Errorf("re-scorer kept %v", got)
	}
	var b strings.Builder
	WriteTrace(&b, NewClaimExtractor(nil).WithLearned(m).Explain(Document{Text: text}))
	if !strings.Contains(b.String(), "re-scored 0.05 under the drop threshold") {
		t.Errorf("explain does not show the drop:\n%s", b.String())
	}
	m.Weights[distrust] = 0
	if got := NewClaimExtractor(nil).WithLearned(m).Claims(Document{Text: text}); len(got) != 1 {
		t.Errorf("re-scorer trusting the frame left %d claims", len(got))
	}
	m.Drop = 0 // never drops
	m.Weights[distrust] = -6
	if got := RescoreRules(rules, m); len(got) != 1 {
		t.Errorf("drop 0 left %d claims", len(got))
	}
}
