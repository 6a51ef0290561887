package main

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/claimwatch/claimwatch/demo"
	"github.com/claimwatch/claimwatch/index"
	"github.com/claimwatch/claimwatch/urlnorm"
)

// TestDemoOnce runs the whole system over the bundled outlets: crawl with
// feeds, sitemaps, a start page and robots.txt, extract, index, search.
func TestDemoOnce(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	dir := t.TempDir()
	var stdout, stderr bytes.Buffer
	e := &env{
		Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr,
		Logger: slog.New(slog.NewTextHandler(&stderr, nil)),
	}
	srcFile := filepath.Join(t.TempDir(), "demo.toml")
	if code := run(ctx, []string{"demo", "--once", "--data", dir, "--write-sources", srcFile}, e); code != 0 {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout.String(), stderr.String())
	}
	out := stdout.String()
	m := regexp.MustCompile(`(?m)^outlets: (http://\S+)/$`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no outlets line in output:\n%s", out)
	}
	base := m[1]
	for _, want := range []string{"indexed ", "claimwatch search --data " + dir + " --firm Tencent", "by outlet:"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}

	// The written sources file describes the same outlets, valid as it is.
	cfg, err := loadSources(srcFile)
	if err != nil {
		t.Fatalf("--write-sources file: %v", err)
	}
	if len(cfg.Enabled()) != 3 || !strings.HasPrefix(cfg.Enabled()[0].Feeds[0], base) {
		t.Errorf("--write-sources file has sources %+v, want the 3 outlets at %s", cfg.Enabled(), base)
	}

	dd, err := openDataDir(ctx, e, dir)
	if err != nil {
		t.Fatalf("reopen data dir after the demo: %v", err)
	}
	defer dd.Close()
	ix := dd.Index

	st, err := ix.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles < 30 {
		t.Errorf("%d articles indexed, want >= 30\n%s", st.Articles, out)
	}

	t.Run("MIIT story from three outlets", func(t *testing.T) {
		res, err := ix.SearchArticles(ctx, index.Query{Text: "interoperability", Size: 50})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Facets.Outlet) < 3 {
			t.Errorf("interoperability found on outlets %v, want 3", res.Facets.Outlet)
		}
		cl, err := ix.Search(ctx, index.Query{Firm: []string{"Tencent"}, Kind: []string{"mandate"}})
		if err != nil {
			t.Fatal(err)
		}
		if cl.Total == 0 {
			t.Error("no mandate claim targeting Tencent")
		}
	})

	outlets, err := demo.New(demo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	article := func(a demo.Article) (index.ArticleDoc, error) {
		doc, _, err := ix.Article(ctx, index.ArticleID(urlnorm.Clean(demo.ArticleURL(base, a))))
		return doc, err
	}
	for _, a := range outlets.Articles() {
		switch {
		case a.Held:
			t.Run("held/"+a.Slug, func(t *testing.T) {
				if _, err := article(a); !errors.Is(err, index.ErrNotFound) {
					t.Errorf("held article indexed (err %v)", err)
				}
			})
		case a.Canonical != "":
			t.Run("syndicated/"+a.Slug, func(t *testing.T) {
				if _, err := article(a); !errors.Is(err, index.ErrNotFound) {
					t.Errorf("syndicated copy indexed under its own URL (err %v), want under its canonical", err)
				}
			})
		case a.Charset == "gbk":
			t.Run("gbk/"+a.Slug, func(t *testing.T) {
				doc, err := article(a)
				if err != nil {
					t.Fatal(err)
				}
				if doc.Title != a.Title {
					t.Errorf("title %q, want %q", doc.Title, a.Title)
				}
				if !strings.Contains(doc.Text, "工业和信息化部") {
					t.Errorf("text not decoded from GBK: %.200q", doc.Text)
				}
			})
		case a.Negative:
			t.Run("negative/"+a.Slug, func(t *testing.T) {
				doc, err := article(a)
				if err != nil {
					t.Fatal(err)
				}
				if doc.ClaimCount != 0 {
					_, cs, _ := ix.Article(ctx, doc.ID)
					for _, c := range cs {
						t.Logf("claim: %s %q", c.Kind, c.Sentence)
					}
					t.Errorf("%d claims in a story that states none", doc.ClaimCount)
				}
			})
		}
	}

	t.Run("robots.txt obeyed", func(t *testing.T) {
		res, err := ix.SearchArticles(ctx, index.Query{Text: "zebrafinch"})
		if err != nil {
			t.Fatal(err)
		}
		if res.Total != 0 {
			t.Errorf("the page robots.txt disallows was indexed: %+v", res.Hits)
		}
	})
}

func TestDemoUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
	}{
		{"help", []string{"demo", "--help"}, 0},
		{"bad flag", []string{"demo", "--nope"}, 2},
		{"extra argument", []string{"demo", "now"}, 2},
		{"bad outlets address", []string{"demo", "--once", "--outlets-addr", "256.0.0.1:x"}, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			e := &env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &out, Logger: slog.New(slog.NewTextHandler(&out, nil))}
			if code := run(context.Background(), tc.args, e); code != tc.code {
				t.Errorf("exit %d, want %d\n%s", code, tc.code, out.String())
			}
		})
	}
}

func TestPublishHeld(t *testing.T) {
	o, err := demo.New(demo.Options{Hold: []string{"waterfront-night-market-returns"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(o.Held()) < 2 {
		t.Fatalf("held %v, want at least 2", o.Held())
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var logs bytes.Buffer
	publishHeld(ctx, slog.New(slog.NewTextHandler(&logs, nil)), o, time.Millisecond)
	if h := o.Held(); len(h) != 0 {
		t.Errorf("still held after publishHeld returned: %v", h)
	}
	if n := strings.Count(logs.String(), "published a held-back story"); n < 2 {
		t.Errorf("%d publish log lines, want one per story:\n%s", n, logs.String())
	}

	// A cancelled context stops it before anything more is released.
	o2, _ := demo.New(demo.Options{})
	before := len(o2.Held())
	cctx, ccancel := context.WithCancel(context.Background())
	ccancel()
	publishHeld(cctx, slog.New(slog.NewTextHandler(&logs, nil)), o2, time.Hour)
	if len(o2.Held()) != before {
		t.Errorf("published after cancel: held %d, want %d", len(o2.Held()), before)
	}
}
