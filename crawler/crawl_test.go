package crawler

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"
)

func rssFeed(base string, paths ...string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>` + base + `/</link>`)
	for i, p := range paths {
		fmt.Fprintf(&b, `<item><title>Item %d</title><link>%s%s?utm_source=rss</link><pubDate>Mon, 0%d Jan 2024 10:00:00 GMT</pubDate></item>`, i, base, p, i+1)
	}
	b.WriteString(`</channel></rss>`)
	return b.String()
}

// TestCrawlFeedDedupeAndConditionalGET checks the main path: a feed's
// articles reach the sink once; a second run revalidates the feed (304) and
// fetches no article again.
func TestCrawlFeedDedupeAndConditionalGET(t *testing.T) {
	s := newSite(t)
	feed := rssFeed(s.URL, "/a/1", "/a/2", "/a/3")
	s.handle("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(feed))
	})
	for _, p := range []string{"/a/1", "/a/2", "/a/3"} {
		s.page(p, "text/html; charset=utf-8", article("Article "+p))
	}
	st := openTestState(t)
	c := testCrawler(t, st)
	src := testSource("t")
	src.Feeds = []string{s.URL + "/feed.xml"}

	sink := &collect{}
	stats, err := c.Crawl(context.Background(), src, sink)
	if err != nil {
		t.Fatalf("crawl: %v", err)
	}
	if stats.Found != 3 || stats.Fetched != 3 || stats.Indexed != 3 || !stats.FeedsChanged || stats.Status != StatusOK {
		t.Fatalf("first run stats = %+v", stats)
	}
	got := sink.urls()
	p, ok := got[s.URL+"/a/1"]
	if !ok {
		t.Fatalf("sink got %v, want utm-free %s/a/1", got, s.URL)
	}
	if p.Via != viaFeed || p.FeedTitle == "" || p.FeedPublished.IsZero() || p.ContentHash == "" || p.Charset != "utf-8" {
		t.Errorf("page metadata = %+v", p)
	}

	stats2, err := c.Crawl(context.Background(), src, &collect{})
	if err != nil {
		t.Fatalf("second crawl: %v", err)
	}
	for _, p := range []string{"/a/1", "/a/2", "/a/3"} {
		if n := s.count(p); n != 1 {
			t.Errorf("%s fetched %d times over two runs, want 1", p, n)
		}
	}
	if stats2.FeedsChanged || stats2.Fetched != 0 || stats2.Indexed != 0 {
		t.Errorf("second run stats = %+v, want no fetches and FeedsChanged=false", stats2)
	}
	if h := s.lastHeader("/feed.xml"); h.Get("If-None-Match") != `"v1"` {
		t.Errorf("second feed request sent If-None-Match %q", h.Get("If-None-Match"))
	}
	last, ok, err := st.LastRun("t")
	if err != nil || !ok || !last.Start.Equal(stats2.Start) {
		t.Errorf("LastRun = %+v, %v, %v; want the second run", last, ok, err)
	}
	runs, err := st.Runs("t", 10)
	if err != nil || len(runs) != 2 || !runs[0].Start.Equal(stats2.Start) {
		t.Errorf("Runs = %d runs (%v), want 2 newest first", len(runs), err)
	}
}

// TestCrawlUpdatedEntryRefetched: a feed entry updated after our fetch is
// fetched again; unchanged content is not re-sent, changed content is.
func TestCrawlUpdatedEntryRefetched(t *testing.T) {
	s := newSite(t)
	now := time.Now().UTC()
	updated := now.Add(-time.Hour)
	body := article("v1")
	s.handle("/atom.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/atom+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>
<entry><title>E</title><link href="%s/e/1"/><id>1</id><updated>%s</updated></entry></feed>`, s.URL, updated.Format(time.RFC3339))
	})
	s.handle("/e/1", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(body))
	})
	st := openTestState(t)
	c := testCrawler(t, st)
	src := testSource("u")
	src.Feeds = []string{s.URL + "/atom.xml"}
	if _, err := c.Crawl(context.Background(), src, &collect{}); err != nil {
		t.Fatal(err)
	}
	// Updated later than our fetch, same content: fetched, not re-sent.
	updated = time.Now().UTC().Add(time.Hour)
	sink := &collect{}
	stats, err := c.Crawl(context.Background(), src, sink)
	if err != nil {
		t.Fatal(err)
	}
	if s.count("/e/1") != 2 || stats.Unchanged != 1 || len(sink.pages) != 0 {
		t.Fatalf("same content: hits=%d stats=%+v sent=%d", s.count("/e/1"), stats, len(sink.pages))
	}
	// Updated again, content changed: re-sent.
	updated = time.Now().UTC().Add(2 * time.Hour)
	body = article("v2")
	stats, err = c.Crawl(context.Background(), src, sink)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Indexed != 1 || len(sink.pages) != 1 || !strings.Contains(string(sink.pages[0].Body), "v2") {
		t.Fatalf("changed content: stats=%+v sent=%d", stats, len(sink.pages))
	}
}

// TestListingDatesDoNotStarveNewReports: a sitemap that stamps every lastmod
// with "now", and a future-dated item, must not be refetched ahead of (or
// instead of) a new report.
func TestListingDatesDoNotStarveNewReports(t *testing.T) {
	s := newSite(t)
	future := time.Now().Add(48 * time.Hour).UTC().Format(time.RFC3339)
	urls := []string{"/old/1"}
	s.handle("/sitemap.xml", func(w http.ResponseWriter, r *http.Request) {
		var b strings.Builder
		b.WriteString("<urlset>")
		for _, u := range urls {
			fmt.Fprintf(&b, "<url><loc>%s%s</loc><lastmod>%s</lastmod></url>", s.URL, u, time.Now().UTC().Format(time.RFC3339Nano))
		}
		fmt.Fprintf(&b, "<url><loc>%s/future</loc><lastmod>%s</lastmod></url></urlset>", s.URL, future)
		w.Write([]byte(b.String()))
	})
	for _, p := range []string{"/old/1", "/new/1", "/future"} {
		s.page(p, "text/html", article(p))
	}
	c := testCrawler(t, openTestState(t))
	src := testSource("starve")
	src.MaxPages = 2
	src.Sitemaps = []string{s.URL + "/sitemap.xml"}
	if st, err := c.Crawl(context.Background(), src, &collect{}); err != nil || st.Fetched != 2 {
		t.Fatalf("first run: %v %+v", err, st)
	}
	urls = append(urls, "/new/1")
	src.MaxPages = 1
	sink := &collect{}
	if _, err := c.Crawl(context.Background(), src, sink); err != nil {
		t.Fatal(err)
	}
	if _, ok := sink.urls()[s.URL+"/new/1"]; !ok || s.count("/old/1") != 1 {
		t.Errorf("second run sent %v and fetched /old/1 %d times; want the new report first", sink.urls(), s.count("/old/1"))
	}
	// With budget to spare, the future-dated item (same listed date as when
	// we fetched it) is still not fetched again.
	src.MaxPages = 10
	if _, err := c.Crawl(context.Background(), src, &collect{}); err != nil {
		t.Fatal(err)
	}
	if n := s.count("/future"); n != 1 {
		t.Errorf("future-dated item fetched %d times, want 1", n)
	}
}
