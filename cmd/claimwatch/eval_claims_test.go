package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestEvalClaimsCommand(t *testing.T) {
	dir := t.TempDir()
	gold := filepath.Join(dir, "gold.jsonl")
	os.WriteFile(gold, []byte(`{"id":"a","text":"The Federal Trade Commission sued Amazon on Tuesday.","claims":[{"kind":"probe","actor":["FTC","Federal Trade Commission"],"targets":[["Amazon"]],"certainty":"asserted"}]}
{"id":"b","text":"Shares of Apple rose 2% on Monday.","claims":[]}
`), 0o644)
	pred := filepath.Join(dir, "pred.jsonl")
	e, out, errb := claimsTestEnv("")
	if code := run(context.Background(), []string{"eval", "claims", "--gold", gold, "--errors", "--write-pred", pred}, e); code != 0 {
		t.Fatalf("exit %d: %s", code, errb)
	}
	if !strings.Contains(out.String(), "precision=1.000 recall=1.000 f1=1.000") || !strings.Contains(out.String(), "negatives: 1 docs, 0 false claims") {
		t.Errorf("unexpected report:\n%s", out)
	}
	if b, err := os.ReadFile(pred); err != nil || strings.Count(string(b), "\n") != 2 {
		t.Errorf("predictions file: %v %q", err, b)
	}
	e, out, _ = claimsTestEnv("")
	if code := run(context.Background(), []string{"eval", "claims", "--gold", gold, "--json"}, e); code != 0 || !strings.Contains(out.String(), `"f1": 1`) {
		t.Errorf("json: exit %d\n%s", code, out)
	}
	// the learned stage only adds claims: the rules' catch on the fixture
	// must survive it
	e, out, errb = claimsTestEnv("")
	if code := run(context.Background(), []string{"eval", "claims", "--gold", gold, "--learned"}, e); code != 0 || !strings.Contains(out.String(), "recall=1.000") {
		t.Errorf("--learned: exit %d\n%s%s", code, out, errb)
	}
	for _, c := range []struct {
		args []string
		code int
	}{
		{[]string{"eval", "claims"}, 2},
		{[]string{"eval", "claims", "--gold", filepath.Join(dir, "missing.jsonl")}, 1},
		{[]string{"eval", "claims", "--gold", gold, "stray"}, 2},
	} {
		e, _, _ := claimsTestEnv("")
		if code := run(context.Background(), c.args, e); code != c.code {
			t.Errorf("%v: exit %d, want %d", c.args, code, c.code)
		}
	}
}
