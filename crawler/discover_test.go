package crawler

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

func gz(t *testing.T, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.Bytes()
}

func TestSitemapIndexGzipAndNews(t *testing.T) {
	s := newSite(t)
	s.page("/sitemap_index.xml", "application/xml", fmt.Sprintf(`<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
 <sitemap><loc>%[1]s/sm/news.xml</loc><lastmod>2024-05-02T10:00:00+00:00</lastmod></sitemap>
 <sitemap><loc>%[1]s/sm/old.xml.gz</loc><lastmod>2024-01-01</lastmod></sitemap>
 <sitemap><loc>%[1]s/sm/nested.xml</loc></sitemap>
</sitemapindex>`, s.URL))
	s.page("/sm/news.xml", "text/xml", fmt.Sprintf(`<?xml version="1.0"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
 <url><loc>%s/n/fine</loc><news:news><news:publication><news:name>X</news:name><news:language>en</news:language></news:publication>
  <news:publication_date>2024-05-02T09:30:00Z</news:publication_date><news:title>Regulator fines Acme</news:title></news:news></url>
</urlset>`, s.URL))
	old := gz(t, fmt.Sprintf(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>%s/o/1</loc><lastmod>2024-01-01</lastmod></url></urlset>`, s.URL))
	s.handle("/sm/old.xml.gz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/x-gzip")
		w.Write(old)
	})
	s.page("/sm/nested.xml", "application/xml", fmt.Sprintf(`<sitemapindex><sitemap><loc>%s/sm/deep.xml</loc></sitemap></sitemapindex>`, s.URL))
	s.page("/sm/deep.xml", "application/xml", fmt.Sprintf(`<urlset><url><loc>%s/deep/1</loc></url></urlset>`, s.URL))
	for _, p := range []string{"/n/fine", "/o/1", "/deep/1"} {
		s.page(p, "text/html", article(p))
	}

	c := testCrawler(t, openTestState(t))
	src := testSource("sm")
	src.Sitemaps = []string{s.URL + "/sitemap_index.xml"}
	sink := &collect{}
	stats, err := c.Crawl(context.Background(), src, sink)
	if err != nil {
		t.Fatal(err)
	}
	got := sink.urls()
	if stats.Found != 3 || len(got) != 3 {
		t.Fatalf("found %d, sent %v", stats.Found, got)
	}
	news := got[s.URL+"/n/fine"]
	if news.Via != viaSitemap || news.FeedTitle != "Regulator fines Acme" ||
		!news.FeedPublished.Equal(time.Date(2024, 5, 2, 9, 30, 0, 0, time.UTC)) {
		t.Errorf("news page = via %q title %q published %v", news.Via, news.FeedTitle, news.FeedPublished)
	}

	t.Run("depth bound", func(t *testing.T) {
		c := New(Options{State: openTestState(t), SitemapDepth: 1})
		urls, err := c.Discover(context.Background(), src, 0)
		if err != nil {
			t.Fatal(err)
		}
		if slices.Contains(urls, s.URL+"/deep/1") || !slices.Contains(urls, s.URL+"/o/1") {
			t.Errorf("Discover with depth 1 = %v, want /o/1 but not /deep/1", urls)
		}
	})
}

func TestStartURLsArticlePattern(t *testing.T) {
	s := newSite(t)
	s.page("/business", "text/html", `<html><body>
<a href="/business">Business</a> <a href="/business/page/2">More</a>
<a href="/2024/05/02/acme-fined-by-regulator?utm_medium=front">Acme fined</a>
<a href="https://elsewhere.example/2024/05/02/other-story">Off-site</a>
<a href="/feed/">RSS</a> <a href="javascript:void(0)">x</a>
<a href="/2024/05/03/probe-opened#comments">Probe</a></body></html>`)
	s.page("/2024/05/02/acme-fined-by-regulator", "text/html", article("fined"))
	s.page("/2024/05/03/probe-opened", "text/html", article("probe"))
	c := testCrawler(t, openTestState(t))
	src := testSource("start")
	src.StartURLs = []string{s.URL + "/business"}
	src.ArticlePattern = regexp.MustCompile(`/\d{4}/\d{2}/\d{2}/[a-z0-9-]+$`)
	urls, err := c.Discover(context.Background(), src, 0)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{s.URL + "/2024/05/02/acme-fined-by-regulator", s.URL + "/2024/05/03/probe-opened"}
	if !slices.Equal(urls, want) {
		t.Errorf("Discover = %v, want %v", urls, want)
	}
	sink := &collect{}
	stats, err := c.Crawl(context.Background(), src, sink)
	if err != nil || stats.Indexed != 2 || sink.pages[0].Via != viaStart {
		t.Errorf("crawl: %v, stats %+v", err, stats)
	}
	if s.count("/business/page/2") != 0 {
		t.Error("a listing page was fetched as an article")
	}
}

func TestCanonicalAndSyndication(t *testing.T) {
	s := newSite(t)
	orig := `<html><head><link rel="canonical" href="/story/1?utm_campaign=x"><title>S</title></head><body>same</body></html>`
	s.page("/story/1", "text/html", orig)
	// A copy of the same page reached by a tracking URL path alias.
	s.page("/amp/story/1", "text/html", orig)
	s.page("/og", "text/html", `<html><head><meta property="og:url" content="`+"http://"+"example.org/og-canon?utm_source=fb&id=7"+`"></head><body>og</body></html>`)
	s.page("/feed.xml", "application/rss+xml", rssFeed(s.URL, "/og", "/amp/story/1", "/story/1")) // newest last
	c := testCrawler(t, openTestState(t))
	src := testSource("canon")
	src.Parallelism = 1
	src.Feeds = []string{s.URL + "/feed.xml"}
	sink := &collect{}
	stats, err := c.Crawl(context.Background(), src, sink)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Fetched != 3 || stats.Indexed != 2 || stats.Syndicated != 1 || stats.Unchanged != 0 {
		t.Errorf("stats = %+v, want the syndicated copy not re-sent and counted as syndicated", stats)
	}
	got := sink.urls()
	if p := got[s.URL+"/story/1"]; p.CanonicalURL != s.URL+"/story/1" {
		t.Errorf("canonical of /story/1 = %q", p.CanonicalURL)
	}
	if p := got[s.URL+"/og"]; p.CanonicalURL != "http://example.org/og-canon?id=7" {
		t.Errorf("og:url canonical = %q", p.CanonicalURL)
	}
}

func TestProgressAndPartialFailure(t *testing.T) {
	s := newSite(t)
	s.page("/feed.xml", "application/rss+xml", rssFeed(s.URL, "/ok", "/gone"))
	s.page("/ok", "text/html", article("ok"))
	c := New(Options{State: openTestState(t), RetryBackoff: 10 * time.Millisecond})
	var calls []Stats
	c.opts.Progress = func(st Stats) { calls = append(calls, st) }
	src := testSource("prog")
	src.Parallelism = 1
	src.Feeds = []string{s.URL + "/feed.xml", s.URL + "/missing-feed.xml"}
	stats, err := c.Crawl(context.Background(), src, &collect{})
	if err != nil {
		t.Fatalf("one good feed of two: %v", err)
	}
	if stats.Errors[kindHTTP4xx] != 2 || stats.Indexed != 1 || stats.LastError == "" {
		t.Errorf("stats = %+v, want 2 http_4xx (feed and page)", stats)
	}
	if len(calls) < 3 || calls[len(calls)-1].Indexed != 1 {
		t.Errorf("progress calls = %d, last %+v", len(calls), calls)
	}
}

func TestNoSinkRecordOnSinkError(t *testing.T) {
	s := newSite(t)
	s.page("/feed.xml", "application/rss+xml", rssFeed(s.URL, "/a"))
	s.page("/a", "text/html", article("a"))
	c := testCrawler(t, openTestState(t))
	src := testSource("sinkerr")
	src.Feeds = []string{s.URL + "/feed.xml"}
	fail := SinkFunc(func(context.Context, Page) error { return fmt.Errorf("index down") })
	stats, err := c.Crawl(context.Background(), src, fail)
	if err != nil || stats.Errors[kindSink] != 1 {
		t.Fatalf("err %v stats %+v", err, stats)
	}
	sink := &collect{}
	if _, err := c.Crawl(context.Background(), src, sink); err != nil || len(sink.pages) != 1 {
		t.Errorf("page refused by the sink was not retried next run (%v, %d pages)", err, len(sink.pages))
	}
}

// TestUnusablePageSeenButNotIndexed: a page the sink cannot use is counted
// under the sink's kind (in the live progress too), never as indexed, and
// is not fetched again while unchanged.
func TestUnusablePageSeenButNotIndexed(t *testing.T) {
	s := newSite(t)
	s.page("/feed.xml", "application/rss+xml", rssFeed(s.URL, "/good", "/empty"))
	s.page("/good", "text/html", article("good"))
	s.page("/empty", "text/html", "<html><body></body></html>")
	var mu sync.Mutex
	var last Stats
	c := New(Options{State: openTestState(t), RetryBackoff: 20 * time.Millisecond, Grace: 200 * time.Millisecond,
		Progress: func(st Stats) { mu.Lock(); last = st; mu.Unlock() }})
	src := testSource("unusable")
	src.Feeds = []string{s.URL + "/feed.xml"}
	sink := SinkFunc(func(_ context.Context, p Page) error {
		if strings.HasSuffix(p.URL, "/empty") {
			return fmt.Errorf("pipeline: wrapped: %w", &UnusableError{Kind: "extract", Err: errors.New("no article text")})
		}
		return nil
	})
	stats, err := c.Crawl(context.Background(), src, sink)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Indexed != 1 || stats.Errors["extract"] != 1 || stats.Errors[kindSink] != 0 {
		t.Errorf("stats = %+v, want 1 indexed and 1 extract error", stats)
	}
	mu.Lock()
	if last.Indexed != 1 || last.Errors["extract"] != 1 {
		t.Errorf("last progress = %+v, want 1 indexed and 1 extract error", last)
	}
	mu.Unlock()
	if _, err := c.Crawl(context.Background(), src, sink); err != nil {
		t.Fatal(err)
	}
	if n := s.count("/empty"); n != 1 {
		t.Errorf("unusable unchanged page fetched %d times over two runs, want 1", n)
	}
}

func TestMaxPages(t *testing.T) {
	s := newSite(t)
	var paths []string
	for i := range 6 {
		p := fmt.Sprintf("/m/%d", i)
		paths = append(paths, p)
		s.page(p, "text/html", article(p))
	}
	s.handle("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"f"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"f"`)
		w.Write([]byte(rssFeed(s.URL, paths...)))
	})
	c := testCrawler(t, openTestState(t))
	src := testSource("max")
	src.MaxPages = 4
	src.Feeds = []string{s.URL + "/feed.xml"}
	st1, err := c.Crawl(context.Background(), src, &collect{})
	if err != nil || st1.Fetched != 4 {
		t.Fatalf("first run: %v %+v", err, st1)
	}
	// The feed answers 304 now; the two left over must still be fetched.
	st2, err := c.Crawl(context.Background(), src, &collect{})
	if err != nil || st2.Fetched != 2 || st2.FeedsChanged {
		t.Fatalf("second run: %v %+v", err, st2)
	}
}

// TestSitemapConditionalGET: an index and its children that answer 304 yield
// the remembered entries, fetch nothing again and report FeedsChanged=false.
func TestSitemapConditionalGET(t *testing.T) {
	s := newSite(t)
	serve := func(path, body string) {
		s.handle(path, func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("If-Modified-Since") == "Tue, 02 Jan 2024 10:00:00 GMT" {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("Last-Modified", "Tue, 02 Jan 2024 10:00:00 GMT")
			w.Write([]byte(body))
		})
	}
	serve("/index.xml", fmt.Sprintf(`<sitemapindex><sitemap><loc>%s/child.xml</loc></sitemap></sitemapindex>`, s.URL))
	serve("/child.xml", fmt.Sprintf(`<urlset><url><loc>%[1]s/k/1</loc></url><url><loc>%[1]s/k/2</loc></url></urlset>`, s.URL))
	s.page("/k/1", "text/html", article("1"))
	s.page("/k/2", "text/html", article("2"))
	c := testCrawler(t, openTestState(t))
	src := testSource("smc")
	src.MaxPages = 1
	src.Sitemaps = []string{s.URL + "/index.xml"}
	st1, err := c.Crawl(context.Background(), src, &collect{})
	if err != nil || st1.Fetched != 1 || !st1.FeedsChanged {
		t.Fatalf("first run: %v %+v", err, st1)
	}
	st2, err := c.Crawl(context.Background(), src, &collect{})
	if err != nil || st2.FeedsChanged || st2.Found != 2 || st2.Fetched != 1 {
		t.Fatalf("second run: %v %+v, want the left-over page from remembered entries", err, st2)
	}
	if s.count("/k/1")+s.count("/k/2") != 2 {
		t.Errorf("articles fetched %d times in total, want 2", s.count("/k/1")+s.count("/k/2"))
	}
	if s.count("/child.xml") != 2 || s.lastHeader("/child.xml").Get("If-Modified-Since") == "" {
		t.Error("child sitemap was not revalidated with If-Modified-Since")
	}
}

func TestOffsiteRedirectNotFollowed(t *testing.T) {
	other := newSite(t)
	other.page("/consent", "text/html", article("consent wall"))
	otherURL := strings.Replace(other.URL, "127.0.0.1", "localhost", 1)
	s := newSite(t)
	s.handle("/r", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, otherURL+"/consent", http.StatusFound)
	})
	s.handle("/same", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/final", http.StatusMovedPermanently)
	})
	s.page("/final", "text/html", article("final"))
	s.page("/feed.xml", "application/rss+xml", rssFeed(s.URL, "/r", "/same"))
	c := testCrawler(t, openTestState(t))
	src := testSource("off")
	src.Feeds = []string{s.URL + "/feed.xml"}
	sink := &collect{}
	stats, err := c.Crawl(context.Background(), src, sink)
	if err != nil {
		t.Fatal(err)
	}
	if other.count("/consent") != 0 || stats.Errors[kindOffsite] != 1 {
		t.Errorf("offsite hits %d, stats %+v", other.count("/consent"), stats)
	}
	if _, ok := sink.urls()[s.URL+"/final"]; !ok {
		t.Errorf("same-site redirect: sink got %v, want final URL", sink.urls())
	}
}

// TestOnFetchReportsEveryRequest: the fetch hook hears of robots.txt, the
// feed and each article, named by source, with a duration and the error of
// a failed request.
func TestOnFetchReportsEveryRequest(t *testing.T) {
	s := newSite(t)
	s.page("/feed.xml", "application/rss+xml", rssFeed(s.URL, "/a", "/b"))
	s.page("/a", "text/html", article("a"))
	s.page("/b", "text/html", article("b"))
	var mu sync.Mutex
	got := map[string]int{}
	var total time.Duration
	c := New(Options{State: openTestState(t), Grace: 200 * time.Millisecond,
		OnFetch: func(source string, d time.Duration, err error) {
			mu.Lock()
			defer mu.Unlock()
			got[source]++
			total += d
		}})
	src := testSource("hooked")
	src.Feeds = []string{s.URL + "/feed.xml"}
	if _, err := c.Crawl(context.Background(), src, &collect{}); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	// robots.txt, the feed and two articles.
	if got["hooked"] != 4 || len(got) != 1 || total <= 0 {
		t.Errorf("OnFetch calls = %v (total %v), want 4 for source hooked", got, total)
	}
}
