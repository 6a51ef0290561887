package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimwatch/claimwatch/extract"
	"github.com/claimwatch/claimwatch/pipeline"
)

func TestE2ESourcesTest(t *testing.T) {
	pages := loadGold(t, e2ePages[:4])
	o := newOutlet(t, pages)
	o.inFeed = []int{0, 1}
	o.inSitemap = []int{2, 3}
	tmp := t.TempDir()
	src := writeSources(t, tmp, "corpus", o, "")
	// The run must not need or create a data dir.
	t.Chdir(tmp)

	t.Run("text", func(t *testing.T) {
		o.resetHits()
		e, stdout, stderr := testEnv()
		if code := run(context.Background(), []string{"sources", "test", "--sources", src, "--limit", "2", "corpus"}, e); code != 0 {
			t.Fatalf("exit %d\n%s", code, stderr)
		}
		out := stdout.String()
		if got := strings.Count(out, "\n["); got != 2 {
			t.Errorf("%d articles printed, want 2 (--limit)\n%s", got, out)
		}
		for _, want := range []string{"title:", "published:", "authors:", "language:  en", "chars", "claims:"} {
			if !strings.Contains(out, want) {
				t.Errorf("output lacks %q:\n%s", want, out)
			}
		}
		if n := len(o.articleHits()); n != 2 {
			t.Errorf("fetched %d article pages, want 2", n)
		}
	})
	t.Run("json, name before flags", func(t *testing.T) {
		e, stdout, stderr := testEnv()
		if code := run(context.Background(), []string{"sources", "test", "corpus", "--sources", src, "--limit", "4", "--json"}, e); code != 0 {
			t.Fatalf("exit %d\n%s", code, stderr)
		}
		var pv []pipeline.Preview
		if err := json.Unmarshal([]byte(stdout.String()), &pv); err != nil {
			t.Fatalf("not JSON: %v\n%s", err, stdout)
		}
		var got []extracted
		for _, p := range pv {
			got = append(got, extracted{p.Doc.Title, p.Doc.Published})
		}
		matchGold(t, pages, got)
		claims := 0
		for _, p := range pv {
			claims += len(p.Claims)
		}
		if claims == 0 {
			t.Error("no claims in any preview")
		}
	})
	t.Run("unknown source", func(t *testing.T) {
		e, _, stderr := testEnv()
		if code := run(context.Background(), []string{"sources", "test", "--sources", src, "nope"}, e); code != 2 {
			t.Errorf("exit %d, want 2\n%s", code, stderr)
		}
	})
	// A second full crawl afterwards still fetches everything: the dry run
	// marked nothing as seen.
	t.Run("no state written", func(t *testing.T) {
		if _, err := os.Stat(filepath.Join(tmp, "data")); err == nil {
			t.Error("sources test created a data dir")
		}
		o.resetHits()
		e, stdout, stderr := testEnv()
		if code := run(context.Background(), []string{"crawl", "--sources", src, "--data", filepath.Join(tmp, "d2")}, e); code != 0 {
			t.Fatalf("crawl exit %d\n%s\n%s", code, stdout, stderr)
		}
		if n := len(o.articleHits()); n != len(pages) {
			t.Errorf("crawl after dry runs fetched %d pages, want %d", n, len(pages))
		}
	})
}

func TestWritePreviews(t *testing.T) {
	fine := extract.Claim{Kind: extract.KindPenalty, Actor: extract.Entity{Name: "SAMR", Canonical: "State Administration for Market Regulation"},
		Targets: []extract.Entity{{Name: "Alibaba", Canonical: "Alibaba Group"}, {Name: "Alibaba Group", Canonical: "Alibaba Group"}},
		Amount:  &extract.Amount{Value: 18.228e9, Currency: "CNY"}, Certainty: extract.Asserted, Rule: "penalty/fine",
		Sentence: "SAMR fined Alibaba 18.228 billion yuan."}
	orphan := extract.Claim{Kind: extract.KindProbe, Actor: extract.Entity{Name: "FTC"}, Certainty: extract.Reported, Rule: "probe/x"}
	previews := []pipeline.Preview{
		{URL: "https://x.example/1", Doc: extract.Document{Title: "Fined", Text: strings.Repeat("word ", 100)}, Claims: []extract.Claim{fine, orphan}},
		{URL: "https://x.example/2", Err: "crawler: HTTP 404"},
	}
	var b strings.Builder
	writePreviews(&b, "wire", previews)
	out := b.String()
	for _, want := range []string{
		"source wire: 2 article(s)",
		"- penalty: State Administration for Market Regulation → Alibaba Group CNY 18.23 billion [asserted] rule=penalty/fine",
		"- probe: FTC → ? [reported]",
		"error:     crawler: HTTP 404",
		"…",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}
