package pipeline

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimwatch/claimwatch/crawler"
	"github.com/claimwatch/claimwatch/extract"
	"github.com/claimwatch/claimwatch/index"
	"github.com/claimwatch/claimwatch/sources"
)

var testNow = time.Date(2026, 3, 2, 12, 0, 0, 0, time.UTC)

func testSource() sources.Source {
	return sources.Source{
		Name: "wire", Outlet: "The Wire", Country: "GB", Language: "en",
		Tags: []string{"business"},
	}
}

// articleHTML is a minimal news page; head adds extra <head> markup.
func articleHTML(title, head string) []byte {
	para := strings.Repeat("The regulator said the merger would be reviewed in detail over the coming months. ", 6)
	return []byte(`<!doctype html><html><head><title>` + title + `</title>` + head + `</head><body>
<header><nav><a href="/">Home</a></nav></header>
<article><h1>` + title + `</h1>
<p>The Competition and Markets Authority fined Acme Ltd £2 million on Tuesday for breaching consumer law.</p>
<p>` + para + `</p><p>` + para + `</p></article>
<footer>© The Wire</footer></body></html>`)
}

// stubClaims returns one claim per document so tests can see claims flow through.
var stubClaims = ClaimFinderFunc(func(doc extract.Document) []extract.Claim {
	return []extract.Claim{{Kind: extract.KindPenalty, Sentence: doc.Title, Rule: "stub"}}
})

func TestProcess(t *testing.T) {
	feedDate := time.Date(2026, 2, 20, 8, 0, 0, 0, time.UTC)
	tests := []struct {
		name          string
		page          crawler.Page
		wantURL       string
		wantLang      string
		wantPublished time.Time
		wantErr       bool
	}{
		{
			name: "canonical from the page",
			page: crawler.Page{
				URL:       "https://wire.example/news/1?utm_source=rss",
				Body:      articleHTML("Acme fined", `<link rel="canonical" href="https://wire.example/news/1"><meta property="article:published_time" content="2026-02-21T09:30:00Z"><meta http-equiv="content-language" content="en">`),
				FetchedAt: testNow,
			},
			wantURL:       "https://wire.example/news/1",
			wantLang:      "en",
			wantPublished: time.Date(2026, 2, 21, 9, 30, 0, 0, time.UTC),
		},
		{
			name: "feed date when the page has none",
			page: crawler.Page{
				URL: "https://wire.example/news/2", CanonicalURL: "https://wire.example/news/2",
				Body: articleHTML("Acme appeals", ""), FeedPublished: feedDate, FetchedAt: testNow,
			},
			wantURL:       "https://wire.example/news/2",
			wantLang:      "en",
			wantPublished: feedDate,
		},
		{
			name:    "empty page",
			page:    crawler.Page{URL: "https://wire.example/news/3", Body: []byte("  ")},
			wantErr: true,
		},
		{
			name:    "no text",
			page:    crawler.Page{URL: "https://wire.example/news/4", Body: []byte("<html><head><title>x</title></head><body></body></html>")},
			wantErr: true,
		},
	}
	p := New(Options{Claims: stubClaims, Now: func() time.Time { return testNow }})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e, err := p.Process(testSource(), tc.page)
			if tc.wantErr {
				if err == nil {
					t.Fatalf("Process accepted a page without an article: %+v", e.Article)
				}
				if !strings.Contains(err.Error(), tc.page.URL) {
					t.Errorf("error %q does not name the page", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			a := e.Article
			if a.URL != tc.wantURL || a.ID != index.ArticleID(tc.wantURL) {
				t.Errorf("URL, ID = %q, %q; want %q and its ID", a.URL, a.ID, tc.wantURL)
			}
			if a.Source != "wire" || a.Outlet != "The Wire" || a.Country != "GB" || strings.Join(a.Tags, ",") != "business" {
				t.Errorf("source fields = %q %q %q %v", a.Source, a.Outlet, a.Country, a.Tags)
			}
			if a.Language != tc.wantLang {
				t.Errorf("Language = %q, want %q", a.Language, tc.wantLang)
			}
			if !a.Published.Equal(tc.wantPublished) {
				t.Errorf("Published = %v, want %v", a.Published, tc.wantPublished)
			}
			if !a.Fetched.Equal(testNow) {
				t.Errorf("Fetched = %v, want %v", a.Fetched, testNow)
			}
			if !strings.Contains(a.Text, "fined Acme Ltd") || strings.Contains(a.Text, "Home") {
				t.Errorf("Text = %.120q, want the article body only", a.Text)
			}
			if len(e.Claims) != 1 || a.ClaimCount != 1 || e.Claims[0].Sentence != a.Title {
				t.Errorf("claims = %+v (count %d), want the finder's one claim", e.Claims, a.ClaimCount)
			}
		})
	}
}

func TestProcessUsesSelectors(t *testing.T) {
	src := testSource()
	src.Selectors = sources.Selectors{Title: ".headline"}
	body := []byte(strings.Replace(string(articleHTML("Site name | Generic", "")), "<article>", `<article><div class="headline">Editor's headline</div>`, 1))
	p := New(Options{Claims: stubClaims})
	e, err := p.Process(src, crawler.Page{URL: "https://wire.example/news/9", Body: body})
	if err != nil {
		t.Fatal(err)
	}
	if e.Article.Title != "Editor's headline" {
		t.Errorf("Title = %q, want the selector's", e.Article.Title)
	}
}

// fakeCrawler hands n generated pages to the sink, from workers goroutines.
type fakeCrawler struct {
	pages   []crawler.Page
	workers int
	err     error
	fetched []string
}

func (f *fakeCrawler) Crawl(ctx context.Context, src sources.Source, sink crawler.Sink) (crawler.Stats, error) {
	st := crawler.Stats{Source: src.Name, Start: testNow, Status: crawler.StatusOK, Found: len(f.pages), Fetched: len(f.pages),
		Errors: map[string]int{}}
	ch := make(chan crawler.Page)
	var wg sync.WaitGroup
	var mu sync.Mutex
	for range max(f.workers, 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range ch {
				err := sink.HandlePage(ctx, p)
				mu.Lock()
				var ue *crawler.UnusableError
				switch {
				case err == nil:
					st.Indexed++
				case errors.As(err, &ue): // as the crawler counts refused pages
					st.Errors[ue.Kind]++
				default:
					st.Errors["sink"]++
				}
				mu.Unlock()
			}
		}()
	}
	for _, p := range f.pages {
		ch <- p
	}
	close(ch)
	wg.Wait()
	return st, f.err
}

func (f *fakeCrawler) Discover(ctx context.Context, src sources.Source, limit int) ([]string, error) {
	var out []string
	for _, p := range f.pages {
		out = append(out, p.URL)
	}
	return out, f.err
}

func (f *fakeCrawler) Fetch(ctx context.Context, src sources.Source, url string) (crawler.Page, error) {
	f.fetched = append(f.fetched, url)
	for _, p := range f.pages {
		if p.URL == url {
			return p, nil
		}
	}
	return crawler.Page{}, fmt.Errorf("crawler: %s: http 404", url)
}

// fakeIndex records upserted batches; failOn makes those calls (1-based) fail.
type fakeIndex struct {
	mu      sync.Mutex
	batches []int
	ids     map[string]bool
	failOn  []int
	calls   int
}

func (f *fakeIndex) Upsert(ctx context.Context, entries ...index.Entry) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls++
	if slices.Contains(f.failOn, f.calls) {
		return errors.New("index: disk full")
	}
	if f.ids == nil {
		f.ids = map[string]bool{}
	}
	f.batches = append(f.batches, len(entries))
	for _, e := range entries {
		f.ids[e.Article.URL] = true
	}
	return nil
}

func genPages(n, broken int) []crawler.Page {
	var out []crawler.Page
	for i := range n {
		u := fmt.Sprintf("https://wire.example/news/%d", i)
		body := articleHTML(fmt.Sprintf("Report %d", i), "")
		if i < broken {
			body = nil
		}
		out = append(out, crawler.Page{URL: u, CanonicalURL: u, Body: body, FetchedAt: testNow})
	}
	return out
}

func TestRunBatches(t *testing.T) {
	tests := []struct {
		name        string
		pages       int
		broken      int
		workers     int
		failOn      []int
		crawlErr    error
		wantBatches []int
		wantIndexed int
		wantErrors  map[string]int
		wantErr     bool
	}{
		{name: "two full batches and a rest", pages: 120, wantBatches: []int{50, 50, 20}, wantIndexed: 120, wantErrors: map[string]int{}},
		{name: "concurrent sink calls", pages: 120, workers: 4, wantBatches: []int{50, 50, 20}, wantIndexed: 120, wantErrors: map[string]int{}},
		{name: "extract failures counted", pages: 10, broken: 3, wantBatches: []int{7}, wantIndexed: 7, wantErrors: map[string]int{"extract": 3}},
		{name: "failed upsert retried at the end", pages: 120, failOn: []int{2}, wantBatches: []int{50, 70}, wantIndexed: 120, wantErrors: map[string]int{}},
		{name: "upserts keep failing", pages: 120, failOn: []int{2, 3}, wantBatches: []int{50}, wantIndexed: 50, wantErrors: map[string]int{"index": 70}},
		{name: "crawl error still flushes", pages: 5, crawlErr: errors.New("crawler: every feed failed"), wantBatches: []int{5}, wantIndexed: 5, wantErrors: map[string]int{}, wantErr: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fc := &fakeCrawler{pages: genPages(tc.pages, tc.broken), workers: tc.workers, err: tc.crawlErr}
			fi := &fakeIndex{failOn: tc.failOn}
			var hooked int
			runs := &savedRuns{}
			p := &Pipeline{opts: Options{Claims: stubClaims, Runs: runs, OnIndexed: func(src string, es []index.Entry) {
				if src == "wire" {
					hooked += len(es) // batches are flushed one at a time
				}
			}}}
			p.init(fc, fi)
			st, err := p.Run(context.Background(), testSource())
			if hooked != tc.wantIndexed {
				t.Errorf("OnIndexed saw %d entries, want %d", hooked, tc.wantIndexed)
			}
			if (err != nil) != tc.wantErr {
				t.Fatalf("Run error = %v, want error %v", err, tc.wantErr)
			}
			if fmt.Sprint(fi.batches) != fmt.Sprint(tc.wantBatches) {
				t.Errorf("batches = %v, want %v", fi.batches, tc.wantBatches)
			}
			if st.Indexed != tc.wantIndexed || len(fi.ids) != tc.wantIndexed {
				t.Errorf("Indexed = %d, stored %d, want %d", st.Indexed, len(fi.ids), tc.wantIndexed)
			}
			if fmt.Sprint(st.Errors) != fmt.Sprint(tc.wantErrors) {
				t.Errorf("Errors = %v, want %v", st.Errors, tc.wantErrors)
			}
			if st.Source != "wire" || st.Found != tc.pages {
				t.Errorf("crawler stats lost: %+v", st)
			}
			// The corrected stats, not the crawler's, are what a restart shows.
			if len(runs.saved) != 1 || fmt.Sprint(runs.saved[0]) != fmt.Sprint(st) {
				t.Errorf("saved runs = %+v, want exactly the returned %+v", runs.saved, st)
			}
		})
	}
}

func TestRunFlushesWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	fc := &fakeCrawler{pages: genPages(7, 0)}
	var got int
	fi := upsertFunc(func(ctx context.Context, es ...index.Entry) error {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		got += len(es)
		return nil
	})
	p := &Pipeline{opts: Options{Claims: stubClaims}}
	p.init(crawlThenCancel{fc, cancel}, fi)
	st, _ := p.Run(ctx, testSource())
	if got != 7 || st.Indexed != 7 {
		t.Errorf("after cancel: stored %d, Indexed %d, want 7 accepted pages stored", got, st.Indexed)
	}
}

// savedRuns records what the pipeline saves as a run's final Stats.
type savedRuns struct{ saved []crawler.Stats }

func (r *savedRuns) SaveRun(st crawler.Stats) error {
	r.saved = append(r.saved, st)
	return nil
}

type upsertFunc func(ctx context.Context, es ...index.Entry) error

func (f upsertFunc) Upsert(ctx context.Context, es ...index.Entry) error { return f(ctx, es...) }

type crawlThenCancel struct {
	*fakeCrawler
	cancel context.CancelFunc
}

func (c crawlThenCancel) Crawl(ctx context.Context, src sources.Source, sink crawler.Sink) (crawler.Stats, error) {
	st, err := c.fakeCrawler.Crawl(ctx, src, sink)
	c.cancel()
	return st, err
}

func TestDryRun(t *testing.T) {
	pages := genPages(4, 1)
	fc := &fakeCrawler{pages: pages}
	fi := &fakeIndex{}
	p := &Pipeline{opts: Options{Claims: stubClaims}}
	p.init(fc, fi)
	prev, err := p.DryRun(context.Background(), testSource(), 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(prev) != 3 || len(fc.fetched) != 3 {
		t.Fatalf("previews %d, fetched %d, want 3 (the limit)", len(prev), len(fc.fetched))
	}
	if prev[0].Err == "" {
		t.Errorf("broken page preview has no error: %+v", prev[0])
	}
	if prev[1].Err != "" || prev[1].Doc.Title != "Report 1" || len(prev[1].Claims) != 1 {
		t.Errorf("preview[1] = %+v, want the article and its claim", prev[1])
	}
	if fi.calls != 0 {
		t.Errorf("dry run wrote to the index %d times", fi.calls)
	}
}

func TestDryRunDiscoverError(t *testing.T) {
	p := &Pipeline{opts: Options{}}
	p.init(&fakeCrawler{err: errors.New("crawler: feed 404")}, nil)
	if _, err := p.DryRun(context.Background(), testSource(), 2); err == nil || !strings.Contains(err.Error(), "wire") {
		t.Errorf("DryRun error = %v, want one naming the source", err)
	}
}

func TestRunNeedsCrawlerAndIndex(t *testing.T) {
	if _, err := New(Options{}).Run(context.Background(), testSource()); err == nil {
		t.Error("Run without crawler and index did not fail")
	}
}

func BenchmarkProcess(b *testing.B) {
	p := New(Options{})
	page := genPages(1, 0)[0]
	src := testSource()
	for b.Loop() {
		if _, err := p.Process(src, page); err != nil {
			b.Fatal(err)
		}
	}
}
