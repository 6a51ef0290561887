package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimwatch/claimwatch/extract"
	"github.com/claimwatch/claimwatch/index"
	"github.com/claimwatch/claimwatch/internal/lockfile"
	"github.com/claimwatch/claimwatch/web"
)

// exportDataDir builds a data dir whose index holds n penalty articles and
// one probe, each with one claim.
func exportDataDir(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	ix, err := index.Open(filepath.Join(dir, "index.bleve"))
	if err != nil {
		t.Fatal(err)
	}
	var entries []index.Entry
	add := func(i int, kind, outlet, sentence string) {
		url := fmt.Sprintf("https://%s.example/news/%d", strings.ToLower(outlet), i)
		entries = append(entries, index.Entry{
			Article: index.ArticleDoc{ID: index.ArticleID(url), URL: url, Source: strings.ToLower(outlet), Outlet: outlet, Country: "GB", Language: "en",
				Title: "Title " + fmt.Sprint(i), Published: time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i), Text: sentence},
			Claims: []extract.Claim{{Kind: kind, Actor: extract.Entity{Name: "FTC", Type: "regulator", Country: "US"},
				Targets: []extract.Entity{{Name: "Acme", Canonical: "Acme Inc", Type: "firm"}}, Action: "fine", Certainty: "asserted",
				Sentence: sentence, Start: 0, End: len(sentence), Confidence: 0.9, Rule: "test"}},
		})
	}
	for i := range n {
		add(i, "penalty", "Wire", fmt.Sprintf("The FTC fined Acme, case %d.", i))
	}
	add(n, "probe", "Daily", `The FTC probes Acme's "deal".`)
	if err := ix.Upsert(context.Background(), entries...); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestExportCommand(t *testing.T) {
	dir := exportDataDir(t, 45)
	cases := []struct {
		name  string
		args  []string
		code  int
		rows  int    // CSV data rows, or JSON lines
		inErr string // in stderr
	}{
		{"all as csv", []string{"--data", dir}, 0, 46, ""},
		{"filter by kind", []string{"--data", dir, "--kind", "probe"}, 0, 1, ""},
		{"kinds ORed", []string{"--data", dir, "--kind", "probe", "--kind", "penalty"}, 0, 46, ""},
		{"query words", []string{"--data", dir, "deal"}, 0, 1, ""},
		{"date range", []string{"--data", dir, "--since", "2021-01-01", "--until", "2021-01-10"}, 0, 10, ""},
		{"jsonl", []string{"--data", dir, "--format", "jsonl", "--outlet", "Wire"}, 0, 45, ""},
		{"bad format", []string{"--data", dir, "--format", "xml"}, 2, 0, `--format: unknown format "xml"`},
		{"bad kind", []string{"--data", dir, "--kind", "fine"}, 2, 0, `--kind: unknown kind "fine"`},
		{"bad date", []string{"--data", dir, "--since", "01/02/2021"}, 2, 0, `--since: "01/02/2021" is not a date`},
		{"no data dir", nil, 2, 0, "--data"},
		{"no index", []string{"--data", t.TempDir()}, 1, 0, "no index in"},
		{"no rows still has a header", []string{"--data", dir, "nothingmatcheszzz"}, 0, 0, ""},
		{"bad query", []string{"--data", dir, `"unclosed`}, 2, 0, "bad query"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			e := &env{Stdout: &out, Stderr: &errb, Stdin: strings.NewReader(""), Logger: slog.New(slog.NewTextHandler(&errb, nil))}
			code := run(context.Background(), append([]string{"export"}, tc.args...), e)
			if code != tc.code {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tc.code, errb.String())
			}
			if tc.inErr != "" && !strings.Contains(errb.String(), tc.inErr) {
				t.Fatalf("stderr %q lacks %q", errb.String(), tc.inErr)
			}
			if code != 0 {
				if out.Len() > 0 {
					t.Fatalf("failed export wrote %q to stdout", out.String())
				}
				return
			}
			if strings.Contains(strings.Join(tc.args, " "), "jsonl") {
				if n := strings.Count(out.String(), "\n"); n != tc.rows {
					t.Fatalf("%d lines, want %d", n, tc.rows)
				}
				return
			}
			recs, err := csv.NewReader(&out).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(recs[0], ",") != strings.Join(web.CSVColumns, ",") {
				t.Fatalf("header %v", recs[0])
			}
			if len(recs)-1 != tc.rows {
				t.Fatalf("%d rows, want %d", len(recs)-1, tc.rows)
			}
		})
	}
}

func TestExportDataDirInUse(t *testing.T) {
	dir := exportDataDir(t, 1)
	lock, err := lockfile.Acquire(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer lock.Release()
	var out, errb bytes.Buffer
	e := &env{Stdout: &out, Stderr: &errb, Stdin: strings.NewReader(""), Logger: slog.New(slog.NewTextHandler(&errb, nil))}
	code := run(context.Background(), []string{"export", "--data", dir}, e)
	if code != 1 || !strings.Contains(errb.String(), "in use by a running claimwatch serve") || !strings.Contains(errb.String(), "/api/export") {
		t.Fatalf("exit %d, stderr %q; want exit 1 naming the running serve and /api/export", code, errb.String())
	}
}
