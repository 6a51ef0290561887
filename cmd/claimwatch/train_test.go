package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimwatch/claimwatch/extract"
)

func TestTrainClaimsCommand(t *testing.T) {
	dir := t.TempDir()
	var a, b strings.Builder
	for i, f := range []string{"Tamu Mills", "Jamii Lenders", "Pesa Haraka", "Orinoco Freight"} {
		w := &a
		if i%2 == 1 {
			w = &b
		}
		w.WriteString(`{"id":"p` + f + `","text":"` + f + `, the regulator said on Monday, has been penalised over late filings.","claims":[{"kind":"penalty","actor":["regulator"],"targets":[["` + f + `"]]}]}` + "\n")
		w.WriteString(`{"id":"n` + f + `","text":"` + f + `, the regulator said on Monday, has not been penalised over late filings.","claims":[]}` + "\n")
	}
	ga, gb := filepath.Join(dir, "a.jsonl"), filepath.Join(dir, "b.jsonl")
	os.WriteFile(ga, []byte(a.String()), 0o644)
	os.WriteFile(gb, []byte(b.String()), 0o644)
	model := filepath.Join(dir, "model.txt")

	e, out, errb := claimsTestEnv("")
	if code := run(context.Background(), []string{"train", "claims", "--gold", ga + "," + gb, "--out", model, "--threshold", "0.6", "--enable"}, e); code != 0 {
		t.Fatalf("exit %d: %s", code, errb)
	}
	if !strings.Contains(out.String(), "2 sets") || !strings.Contains(out.String(), "enabled true") {
		t.Errorf("unexpected output:\n%s", out)
	}
	f, err := os.Open(model)
	if err != nil {
		t.Fatal(err)
	}
	m, err := extract.ParseLearnedModel(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	if !m.Enabled || m.Threshold != 0.6 || len(m.Weights) == 0 {
		t.Errorf("model: enabled %t threshold %v, %d weights", m.Enabled, m.Threshold, len(m.Weights))
	}
	first, _ := os.ReadFile(model)
	// the same command writes the same file
	e, _, _ = claimsTestEnv("")
	run(context.Background(), []string{"train", "claims", "--gold", ga, "--gold", gb, "--out", model, "--threshold", "0.6", "--enable"}, e)
	if again, _ := os.ReadFile(model); string(again) != string(first) {
		t.Error("training twice wrote different files")
	}

	e, out, errb = claimsTestEnv("")
	if code := run(context.Background(), []string{"train", "claims", "--gold", ga + "," + gb, "--cv"}, e); code != 0 {
		t.Fatalf("--cv: exit %d: %s", code, errb)
	}
	for _, w := range []string{"leave-one-set-out over 2 sets", "rules only", "rules re-scored", "per set at threshold"} {
		if !strings.Contains(out.String(), w) {
			t.Errorf("--cv output lacks %q:\n%s", w, out)
		}
	}

	for _, c := range []struct {
		args []string
		code int
	}{
		{[]string{"train"}, 2},
		{[]string{"train", "rules"}, 2},
		{[]string{"train", "claims", "--gold", ga, "--cv"}, 2},
		{[]string{"train", "claims", "--gold", ga, "--threshold", "2"}, 2},
		{[]string{"train", "claims", "--gold", ga, "--drop", "-1"}, 2},
		{[]string{"train", "claims", "--gold", ga, "stray"}, 2},
		{[]string{"train", "claims", "--gold", filepath.Join(dir, "missing.jsonl")}, 1},
		{[]string{"train", "claims", "--gold", ga + "," + gb, "--cv", "--at", "0.33"}, 2},
	} {
		e, _, _ := claimsTestEnv("")
		if code := run(context.Background(), c.args, e); code != c.code {
			t.Errorf("%v: exit %d, want %d", c.args, code, c.code)
		}
	}
	e, out, _ = claimsTestEnv("")
	if code := run(context.Background(), []string{"train", "--help"}, e); code != 0 || !strings.Contains(out.String(), "leave-one-set-out") {
		t.Errorf("--help: exit %d\n%s", code, out)
	}
}
