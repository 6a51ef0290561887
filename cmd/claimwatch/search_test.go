package main

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimwatch/claimwatch/extract"
	"github.com/claimwatch/claimwatch/index"
	"github.com/claimwatch/claimwatch/internal/lockfile"
)

// searchDataDir builds a data dir with a two-article index.
func searchDataDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	ix, err := index.Open(indexPath(dir))
	if err != nil {
		t.Fatal(err)
	}
	samr := extract.Entity{Name: "SAMR", Canonical: "State Administration for Market Regulation", Type: extract.TypeRegulator}
	alibaba := extract.Entity{Name: "Alibaba", Canonical: "Alibaba Group", Type: extract.TypeFirm}
	tencent := extract.Entity{Name: "Tencent", Canonical: "Tencent Holdings", Type: extract.TypeFirm}
	entries := []index.Entry{
		{
			Article: index.ArticleDoc{URL: "https://reuters.example/1", Outlet: "Reuters", Country: "GB", Language: "en",
				Title: "China fines Alibaba", Published: time.Date(2021, 4, 10, 9, 0, 0, 0, time.UTC), Authors: []string{"A. Writer"},
				Text: "SAMR fined Alibaba 18.2 billion yuan."},
			Claims: []extract.Claim{{Kind: extract.KindPenalty, Actor: samr, Targets: []extract.Entity{alibaba},
				Amount:    &extract.Amount{Value: 18.228e9, Currency: "CNY"},
				Certainty: extract.Asserted, Sentence: "SAMR fined Alibaba 18.2 billion yuan."}},
		},
		{
			Article: index.ArticleDoc{URL: "https://caixin.example/2", Outlet: "Caixin", Country: "CN", Language: "en",
				Title: "Tencent probed", Published: time.Date(2021, 5, 2, 9, 0, 0, 0, time.UTC),
				Text: "SAMR opened a probe into Tencent."},
			Claims: []extract.Claim{{Kind: extract.KindProbe, Actor: samr, Targets: []extract.Entity{tencent},
				Certainty: extract.Reported, Sentence: "SAMR opened a probe into Tencent."}},
		},
	}
	if err := ix.Upsert(context.Background(), entries...); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	return dir
}

func runSearchCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Logger: slog.New(slog.NewTextHandler(&errb, nil))}
	code = run(context.Background(), append([]string{"search"}, args...), e)
	return code, out.String(), errb.String()
}

func TestSearchCLIJSON(t *testing.T) {
	dir := searchDataDir(t)
	code, out, stderr := runSearchCLI(t, "--data", dir, "--json", "alibaba")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	if len(got) != 3 || got["total"] == nil || got["hits"] == nil || got["facets"] == nil {
		t.Fatalf("top-level keys of %s, want exactly total, hits, facets", out)
	}
	var res struct {
		Total int `json:"total"`
		Hits  []struct {
			ID        string `json:"id"`
			Kind      string `json:"kind"`
			Outlet    string `json:"outlet"`
			Sentence  string `json:"sentence"`
			Highlight string `json:"highlight"`
		} `json:"hits"`
		Facets map[string][]map[string]any `json:"facets"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	if res.Total != 1 || len(res.Hits) != 1 || res.Hits[0].Kind != "penalty" || res.Hits[0].Outlet != "Reuters" ||
		!strings.Contains(res.Hits[0].Highlight, "<mark>Alibaba</mark>") {
		t.Fatalf("hits %+v", res)
	}
	for _, k := range []string{"kind", "actor", "firm", "outlet", "country", "certainty", "published"} {
		if _, ok := res.Facets[k]; !ok {
			t.Fatalf("facet %q missing from %v", k, res.Facets)
		}
	}
	if len(res.Facets) != 7 {
		t.Fatalf("facets %v, want exactly 7", res.Facets)
	}
	if f := res.Facets["firm"]; len(f) != 1 || f[0]["term"] != "Alibaba Group" || f[0]["count"] != float64(1) {
		t.Fatalf("firm facet %v", f)
	}
	if p := res.Facets["published"]; len(p) != 1 || p[0]["name"] != "2021-04-10" || p[0]["count"] != float64(1) {
		t.Fatalf("published facet %v", p)
	}
}

func TestSearchCLIArticlesJSON(t *testing.T) {
	dir := searchDataDir(t)
	code, out, stderr := runSearchCLI(t, "--data", dir, "--articles", "--json", "--sort", "date")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var res struct {
		Total  int                          `json:"total"`
		Hits   []map[string]json.RawMessage `json:"hits"`
		Facets map[string]json.RawMessage   `json:"facets"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	if res.Total != 2 || len(res.Hits) != 2 {
		t.Fatalf("total %d hits %d, want 2", res.Total, len(res.Hits))
	}
	var keys []string
	for k := range res.Hits[0] {
		keys = append(keys, k)
	}
	if len(keys) != 8 || string(res.Hits[0]["title"]) != `"Tencent probed"` || string(res.Hits[0]["claims"]) != "1" {
		t.Fatalf("article hit %v, want id,url,title,outlet,published,authors,language,claims, newest first", keys)
	}
	if len(res.Facets) != 3 || res.Facets["outlet"] == nil || res.Facets["language"] == nil || res.Facets["published"] == nil {
		t.Fatalf("article facets %v", res.Facets)
	}
}

func TestSearchCLITable(t *testing.T) {
	dir := searchDataDir(t)
	// Flags after the query words are still flags.
	code, out, stderr := runSearchCLI(t, "--data", dir, "samr", "--kind", "probe")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"probe", "2021-05-02", "Caixin", "State Administration for Market Regulation → Tencent Holdings",
		"reported", "SAMR opened a probe into Tencent.", "1 claims", "firm:"} {
		if !strings.Contains(out, want) {
			t.Fatalf("table lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "Alibaba") {
		t.Fatalf("--kind probe still shows the penalty:\n%s", out)
	}
}

func TestSearchCLITableAmount(t *testing.T) {
	dir := searchDataDir(t)
	code, out, stderr := runSearchCLI(t, "--data", dir, "--kind", "penalty")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, "AMOUNT") || !strings.Contains(out, "CNY 18.23 billion") || strings.Contains(out, "e+10") {
		t.Fatalf("table does not show the fine for humans:\n%s", out)
	}
}

func TestSearchCLIErrors(t *testing.T) {
	dir := searchDataDir(t)
	tests := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"bad query", []string{"--data", dir, `"unterminated`}, 2, "bad query"},
		{"bad regexp", []string{"--data", dir, "--json", "/[/"}, 2, "bad query"},
		{"bad kind", []string{"--data", dir, "--kind", "fine"}, 2, "unknown kind"},
		{"bad since", []string{"--data", dir, "--since", "2021-13-01"}, 2, "--since"},
		{"until before since", []string{"--data", dir, "--since", "2021-05-01", "--until", "2021-04-01"}, 2, "after until"},
		{"bad sort", []string{"--data", dir, "--sort", "score"}, 2, "--sort"},
		{"bad limit", []string{"--data", dir, "--limit", "0"}, 2, "--limit"},
		{"negative limit", []string{"--data", dir, "--limit", "-1"}, 2, "--limit"},
		{"limit past the cap", []string{"--data", dir, "--limit", "5000"}, 2, "export writes every match"},
		{"bad field query", []string{"--data", dir, "field:"}, 2, "bad query"},
		{"no data flag", []string{"alibaba"}, 2, "--data"},
		{"claim filter on articles", []string{"--data", dir, "--articles", "--firm", "x"}, 2, "--articles"},
		{"no index", []string{"--data", t.TempDir(), "alibaba"}, 1, "claimwatch crawl"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runSearchCLI(t, tc.args...)
			if code != tc.code || !strings.Contains(stderr, tc.msg) {
				t.Fatalf("exit %d, stderr %q; want exit %d mentioning %q", code, stderr, tc.code, tc.msg)
			}
		})
	}
}

func TestSearchCLIDataDirInUse(t *testing.T) {
	dir := searchDataDir(t)
	lock, err := lockfile.Acquire(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer lock.Release()
	code, _, stderr := runSearchCLI(t, "--data", dir, "alibaba")
	if code != 1 || !strings.Contains(stderr, "in use by a running claimwatch serve") {
		t.Fatalf("exit %d, stderr %q; want exit 1 naming the running serve", code, stderr)
	}
}

// TestSearchesShareTheDataDir: a search or export in progress (a shared
// lock) lets another search run, and a crawl is refused naming it.
func TestSearchesShareTheDataDir(t *testing.T) {
	dir := searchDataDir(t)
	other, err := lockfile.AcquireShared(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Release()
	if code, _, stderr := runSearchCLI(t, "--data", dir, "alibaba"); code != 0 {
		t.Fatalf("search beside another search: exit %d, %s", code, stderr)
	}
	e, _, stderr := testEnv()
	src := filepath.Join(t.TempDir(), "sources.toml")
	body := "[[source]]\nname = \"wire\"\ncountry = \"GB\"\nlanguage = \"en\"\nfeeds = [\"http://127.0.0.1:1/feed.xml\"]\n"
	if err := os.WriteFile(src, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	if code := run(context.Background(), []string{"crawl", "--sources", src, "--data", dir}, e); code != 1 || !strings.Contains(stderr.String(), "a search or export") {
		t.Fatalf("crawl during a search: exit %d, stderr %q; want 1 naming the search", code, stderr)
	}
}
