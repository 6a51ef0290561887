package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"strings"
	"testing"

	"github.com/claimwatch/claimwatch/internal/sharedpath"
)

func evalExtractEnv() (*env, *bytes.Buffer, *bytes.Buffer) {
	var out, errb bytes.Buffer
	return &env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}, &out, &errb
}

func TestEvalExtractUsage(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantErr  string
	}{
		{"unknown set", []string{"eval", "extract", "--set", "nope"}, 2, "unknown --set"},
		{"stray argument", []string{"eval", "extract", "--shared", "x", "extra"}, 2, "unexpected argument"},
		{"no corpus", []string{"eval", "extract", "--shared", "/nonexistent-claimwatch-shared"}, 1, "corpus folder"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e, _, errb := evalExtractEnv()
			if code := run(context.Background(), tc.args, e); code != tc.wantCode {
				t.Errorf("exit = %d, want %d; stderr: %s", code, tc.wantCode, errb)
			}
			if !strings.Contains(errb.String(), tc.wantErr) {
				t.Errorf("stderr %q lacks %q", errb, tc.wantErr)
			}
		})
	}
}

func TestEvalExtractJSON(t *testing.T) {
	shared := sharedpath.Require(t)
	e, out, errb := evalExtractEnv()
	if code := run(context.Background(), []string{"eval", "extract", "--shared", shared, "--set", "htmldate", "--json", "--errors", "-n", "3"}, e); code != 0 {
		t.Fatalf("exit %d: %s", code, errb)
	}
	var rep struct {
		Rows []struct {
			Metric, Set   string
			Score, Target float64
			Pages         int
		}
		Misses []struct{ Set, Metric, File string }
	}
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	found := false
	for _, r := range rep.Rows {
		if r.Set == "htmldate" && r.Metric == "date_f" {
			found = true
			if r.Pages != 200 || r.Score < 0.9 || r.Target != 0.94 {
				t.Errorf("htmldate row = %+v", r)
			}
		}
	}
	if !found {
		t.Errorf("no htmldate/date_f row in %s", out)
	}
	if n := len(rep.Misses); n == 0 || n > 3 {
		t.Errorf("--errors -n 3 listed %d misses, want 1..3", n)
	}
}
