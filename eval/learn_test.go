package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimwatch/claimwatch/extract"
	"github.com/claimwatch/claimwatch/internal/sharedpath"
)

// learnFixture: a wording the rules miss (the act told in a passive split
// by the attribution: "X, the regulator said on Monday, has been
// penalised"), five times with other names, and the same wording negated
// with no claim, five times.
func learnFixture() []ClaimsGoldDoc {
	firms := []string{"Tamu Mills", "Jamii Lenders", "Pesa Haraka", "Orinoco Freight", "Baltica Dairy"}
	days := []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}
	var out []ClaimsGoldDoc
	for i, f := range firms {
		out = append(out, ClaimsGoldDoc{
			ID:     fmt.Sprintf("pos-%d", i),
			Text:   fmt.Sprintf("%s, the regulator said on %s, has been penalised over late filings.", f, days[i]),
			Claims: []ClaimsGoldItem{{Kind: extract.KindPenalty, Actor: []string{"regulator"}, Targets: [][]string{{f}}}},
		}, ClaimsGoldDoc{
			ID:   fmt.Sprintf("neg-%d", i),
			Text: fmt.Sprintf("%s, the regulator said on %s, has not been penalised over late filings.", f, days[i]),
		})
	}
	return out
}

func learnFixtureSet(t *testing.T) LearnSet {
	t.Helper()
	s, err := NewLearnSet(context.Background(), "fixture", learnFixture(), "", extract.NewClaimExtractor(nil).WithLearned(nil))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestLearnLabels(t *testing.T) {
	s := learnFixtureSet(t)
	pos, neg := Examples([]LearnSet{s})
	if pos < 5 || neg < 5 {
		t.Fatalf("fixture gave %d positive and %d negative candidates, want at least 5 of each", pos, neg)
	}
	for _, d := range s.Docs {
		if len(d.Rules) > 0 {
			t.Fatalf("%s: the rules now make %v: pick another wording they miss for this fixture", d.Gold.ID, d.Rules)
		}
		for i, c := range d.Cands {
			want := int8(0)
			if strings.HasPrefix(d.Gold.ID, "pos") && c.Claim.Kind == extract.KindPenalty {
				want = 1
			}
			if d.Labels[i] != want {
				t.Errorf("%s: %s %s -> %v labelled %d, want %d", d.Gold.ID, c.Claim.Kind, c.Claim.Actor.Name, c.Claim.Targets, d.Labels[i], want)
			}
		}
	}
}

func TestLearnLabelsSkipRuleMatched(t *testing.T) {
	// a candidate that repeats a gold tuple the rules already matched is
	// left out of training: adding it changes no score
	g := ClaimsGoldDoc{ID: "d", Claims: []ClaimsGoldItem{{Kind: "penalty", Actor: []string{"FCA"}, Targets: [][]string{{"Acme Bank"}}}}}
	rule := extract.Claim{Kind: "penalty", Actor: extract.Entity{Name: "FCA"}, Targets: []extract.Entity{{Name: "Acme Bank", Type: "firm"}}}
	cands := []extract.Candidate{
		{Claim: rule},
		{Claim: extract.Claim{Kind: "probe", Actor: extract.Entity{Name: "FCA"}, Targets: []extract.Entity{{Name: "Acme Bank", Type: "firm"}}}},
	}
	labels, _ := labelCandidates(g, []extract.Claim{rule}, cands)
	if labels[0] != -1 || labels[1] != 0 {
		t.Errorf("labels %v, want [-1 0]", labels)
	}
}

func TestTrainLearnedDeterministic(t *testing.T) {
	s := learnFixtureSet(t)
	var a, b bytes.Buffer
	TrainLearned([]LearnSet{s}, TrainOptions{MinCount: 1}).WriteTo(&a)
	TrainLearned([]LearnSet{learnFixtureSet(t)}, TrainOptions{MinCount: 1}).WriteTo(&b)
	if a.String() != b.String() {
		t.Fatalf("two trainings on the same sets differ:\n%s\n---\n%s", a.String(), b.String())
	}
	// the file read back scores exactly as the model in memory
	m := TrainLearned([]LearnSet{s}, TrainOptions{MinCount: 1})
	back, err := extract.ParseLearnedModel(strings.NewReader(a.String()))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range s.Docs {
		for _, c := range d.Cands {
			if m.Score(c.Features) != back.Score(c.Features) {
				t.Fatalf("score %v in memory, %v read back", m.Score(c.Features), back.Score(c.Features))
			}
		}
	}
}

// TestLearnedStageCatches trains on the fixture and reads new text in the
// same wording with other names: the learned stage adds what the rules
// miss, and not its near misses.
func TestLearnedStageCatches(t *testing.T) {
	m := TrainLearned([]LearnSet{learnFixtureSet(t)}, TrainOptions{MinCount: 1})
	m.Threshold, m.Enabled = 0.5, true
	x := extract.NewClaimExtractor(nil).WithLearned(m)
	cases := []struct {
		name, text string
		want       string // "kind actor -> target", or "" for no learned claim
	}{
		{"passive split by the attribution", "Kivu Breweries, the regulator said on Friday, has been penalised over late filings.", "penalty regulator -> Kivu Breweries"},
		{"other firm, other day", "Sahel Telecom, the regulator said on Sunday, has been penalised over late filings.", "penalty regulator -> Sahel Telecom"},
		{"negated", "Kivu Breweries, the regulator said on Friday, has not been penalised over late filings.", ""},
		{"question", "Kivu Breweries, the regulator said on Friday, has been penalised over late filings?", ""},
		{"no authority", "Kivu Breweries, Sahel Telecom said on Friday, has been penalised over late filings.", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, cl := range x.Claims(extract.Document{Text: c.text}) {
				if !strings.HasPrefix(cl.Rule, "learned/") {
					continue
				}
				if cl.Confidence < m.Threshold || cl.Rule != "learned/"+cl.Kind {
					t.Errorf("learned claim with rule %q and confidence %.2f (threshold %.2f)", cl.Rule, cl.Confidence, m.Threshold)
				}
				for _, tg := range cl.Targets {
					got = append(got, cl.Kind+" "+cl.Actor.Name+" -> "+tg.Name)
				}
			}
			switch {
			case c.want == "" && len(got) > 0:
				t.Errorf("unwanted learned claims %v", got)
			case c.want != "" && (len(got) != 1 || got[0] != c.want):
				t.Errorf("learned claims %v, want [%s]", got, c.want)
			}
		})
	}
	// the rules alone miss it: what the test pins is the learned stage's
	for _, cl := range extract.NewClaimExtractor(nil).WithLearned(nil).Claims(extract.Document{Text: cases[0].text}) {
		t.Errorf("rules alone now make %s %s -> %v: pick another wording", cl.Kind, cl.Actor.Name, cl.Targets)
	}
}

func TestCrossValidateFixture(t *testing.T) {
	// two halves of the fixture: each is scored by a model trained on the
	// other, and the stage's gain shows in the report
	all := learnFixture()
	var a, b []ClaimsGoldDoc
	for i, g := range all {
		if i < 6 {
			a = append(a, g)
		} else {
			b = append(b, g)
		}
	}
	x := extract.NewClaimExtractor(nil).WithLearned(nil)
	sa, err := NewLearnSet(context.Background(), "a", a, "", x)
	if err != nil {
		t.Fatal(err)
	}
	sb, err := NewLearnSet(context.Background(), "b", b, "", x)
	if err != nil {
		t.Fatal(err)
	}
	rep := CrossValidate([]LearnSet{sa, sb}, TrainOptions{MinCount: 1}, []float64{0.5, 0.99})
	if rep.Rules.TP != 0 || rep.Rules.FN != 5 {
		t.Fatalf("rules alone: %+v, want tp 0 fn 5", rep.Rules)
	}
	if rep.Best != 0 || rep.Learned[0].TP != 5 || rep.Learned[0].FP != 0 {
		t.Errorf("best %d, learned at 0.5 %+v: want threshold 0.5 chosen with tp 5 fp 0", rep.Best, rep.Learned[0])
	}
	var out bytes.Buffer
	if err := WriteCVReport(&out, rep, -1); err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"rules only", "rules+learned 0.50", "<- chosen", "per set at threshold 0.50"} {
		if !strings.Contains(out.String(), w) {
			t.Errorf("report lacks %q:\n%s", w, out.String())
		}
	}
}

// TestLearnedStageLeavesRules: over every gold document, the learned stage
// on (with a model that keeps nothing) gives the rules' claims exactly: the
// candidates' second reading of the mentions must not disturb the rules'.
func TestLearnedStageLeavesRules(t *testing.T) {
	shared := sharedpath.Require(t)
	files, err := filepath.Glob(filepath.Join("testdata", "*.jsonl"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no gold sets: %v", err)
	}
	off := extract.NewClaimExtractor(nil).WithLearned(nil)
	on := extract.NewClaimExtractor(nil).WithLearned(&extract.LearnedModel{Bias: -50, Threshold: 1, Enabled: true})
	docs := 0
	for _, path := range files {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		gold, err := ReadClaimsGold(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		for _, g := range gold {
			doc, err := goldDocument(g, shared)
			if err != nil {
				t.Fatal(err)
			}
			a, _ := json.Marshal(off.Claims(doc))
			b, _ := json.Marshal(on.Claims(doc))
			if string(a) != string(b) {
				t.Errorf("%s %s: claims differ with the learned stage on:\n%s\n%s", path, g.ID, a, b)
			}
			docs++
		}
	}
	t.Logf("%d documents", docs)
}
