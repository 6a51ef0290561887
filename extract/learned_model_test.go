package extract

import (
	"bytes"
	"strings"
	"testing"
)

func TestShippedLearnedModelParses(t *testing.T) {
	m, err := ParseLearnedModel(strings.NewReader(learnedClaimsFile))
	if err != nil {
		t.Fatal(err)
	}
	if m.Threshold <= 0 || m.Threshold > 1 {
		t.Errorf("threshold %v, want in (0, 1]", m.Threshold)
	}
	// the file is written sorted and rounded: writing it again gives it back
	var b bytes.Buffer
	if _, err := m.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if b.String() != learnedClaimsFile {
		t.Errorf("shipped model does not round-trip: rewrite it with claimwatch train claims")
	}
}

func TestParseLearnedModel(t *testing.T) {
	cases := []struct {
		name, in string
		wantErr  string
		check    func(*testing.T, *LearnedModel)
	}{
		{name: "weights and keys", in: "# note\n@bias\t-1.5\n@threshold\t0.6\n@enabled\ttrue\n0.25\tk:probe\n-2\tneg\n",
			check: func(t *testing.T, m *LearnedModel) {
				if m.Bias != -1.5 || m.Threshold != 0.6 || !m.Enabled || m.Weights["k:probe"] != 0.25 || m.Weights["neg"] != -2 || len(m.Comments) != 1 {
					t.Errorf("got %+v", m)
				}
			}},
		{name: "re-scorer keys", in: "@dropbias\t2\n@drop\t0.1\n", check: func(t *testing.T, m *LearnedModel) {
			if m.DropBias != 2 || m.Drop != 0.1 {
				t.Errorf("got %+v", m)
			}
		}},
		{name: "drop outside", in: "@drop\t-0.1\n", wantErr: "line 1: drop threshold"},
		{name: "blank lines", in: "\n@bias\t0\n\n", check: func(t *testing.T, m *LearnedModel) {
			if len(m.Weights) != 0 {
				t.Errorf("weights %v", m.Weights)
			}
		}},
		{name: "no tab", in: "@bias 0\n", wantErr: "line 1"},
		{name: "bad weight", in: "@bias\t0\nx\tk:probe\n", wantErr: "line 2: weight"},
		{name: "not finite", in: "NaN\tk:probe\n", wantErr: "line 1"},
		{name: "threshold outside", in: "@threshold\t1.5\n", wantErr: "outside"},
		{name: "unknown key", in: "@lr\t1\n", wantErr: "unknown key @lr"},
		{name: "feature twice", in: "1\ta\n2\ta\n", wantErr: "line 2: feature \"a\" given twice"},
		{name: "key twice", in: "@bias\t1\n@bias\t2\n", wantErr: "@bias given twice"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m, err := ParseLearnedModel(strings.NewReader(c.in))
			if c.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), c.wantErr) {
					t.Fatalf("err %v, want one containing %q", err, c.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			c.check(t, m)
		})
	}
}

func FuzzParseLearnedModel(f *testing.F) {
	f.Add(learnedClaimsFile)
	f.Add("@bias\t1\n0.5\ta b\n")
	f.Add("#\n@threshold\t0.3\n@enabled\tfalse\n")
	f.Fuzz(func(t *testing.T, in string) {
		m, err := ParseLearnedModel(strings.NewReader(in))
		if err != nil {
			return
		}
		// what parses writes back to a file that parses to the same scores
		var b bytes.Buffer
		if _, err := m.WriteTo(&b); err != nil {
			t.Fatal(err)
		}
		m2, err := ParseLearnedModel(&b)
		if err != nil {
			t.Fatalf("rewritten model does not parse: %v\n%s", err, b.String())
		}
		if m2.Enabled != m.Enabled || len(m2.Weights) > len(m.Weights) {
			t.Fatalf("round trip changed the model: %+v -> %+v", m, m2)
		}
	})
}
