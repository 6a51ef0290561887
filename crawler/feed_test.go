package crawler

import (
	"context"
	"net/http"
	"sync/atomic"
	"testing"
	"time"
)

func TestParseFeedFormats(t *testing.T) {
	cases := []struct {
		name, body, wantURL, wantTitle string
	}{
		{"rss relative link", `<rss version="2.0"><channel><item><title>A</title><link>/a/1?utm_source=x</link><pubDate>Tue, 02 Jan 2024 10:00:00 GMT</pubDate></item></channel></rss>`,
			"https://news.example/a/1", "A"},
		{"atom", `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>B</title><link rel="alternate" href="https://news.example/b"/><id>b</id><updated>2024-01-02T10:00:00Z</updated></entry></feed>`,
			"https://news.example/b", "B"},
		{"json feed", `{"version":"https://jsonfeed.org/version/1.1","title":"x","items":[{"id":"1","url":"https://news.example/c","title":"C","date_published":"2024-01-02T10:00:00Z"}]}`,
			"https://news.example/c", "C"},
		{"rss guid permalink only", `<rss version="2.0"><channel><item><title>D</title><guid>https://news.example/d</guid></item></channel></rss>`,
			"https://news.example/d", "D"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			es, err := parseFeed([]byte(tc.body), "https://news.example/feeds/all.xml")
			if err != nil {
				t.Fatal(err)
			}
			if len(es) != 1 || es[0].URL != tc.wantURL || es[0].Title != tc.wantTitle || es[0].Via != viaFeed {
				t.Fatalf("entries = %+v", es)
			}
		})
	}
	if _, err := parseFeed([]byte("<html>nope</html>"), "https://x/"); err == nil {
		t.Error("HTML parsed as a feed")
	}
}

func TestSitemapListedAsFeed(t *testing.T) {
	s := newSite(t)
	s.page("/sitemap.xml", "application/xml", `<urlset><url><loc>`+"/x/1"+`</loc></url></urlset>`)
	s.page("/x/1", "text/html", article("x"))
	c := testCrawler(t, openTestState(t))
	src := testSource("sf")
	src.Feeds = []string{s.URL + "/sitemap.xml"}
	urls, err := c.Discover(context.Background(), src, 10)
	if err != nil || len(urls) != 1 || urls[0] != s.URL+"/x/1" {
		t.Fatalf("Discover = %v, %v", urls, err)
	}
}

func TestTimeoutCounted(t *testing.T) {
	s := newSite(t)
	s.page("/feed.xml", "application/rss+xml", rssFeed(s.URL, "/slow"))
	release := make(chan struct{})
	t.Cleanup(func() { close(release) })
	s.handle("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	})
	c := New(Options{State: openTestState(t), Retries: -1})
	src := testSource("to")
	src.Timeout = 150 * time.Millisecond
	src.Feeds = []string{s.URL + "/feed.xml"}
	stats, err := c.Crawl(context.Background(), src, &collect{})
	if err != nil {
		t.Fatal(err)
	}
	if stats.Errors[kindTimeout] != 1 {
		t.Errorf("errors = %v, want one timeout", stats.Errors)
	}
}

func TestParallelismBound(t *testing.T) {
	s := newSite(t)
	var paths []string
	for i := range 8 {
		paths = append(paths, "/p/"+string(rune('a'+i)))
	}
	s.page("/feed.xml", "application/rss+xml", rssFeed(s.URL, paths...))
	var cur, peak atomic.Int32
	s.handle("/p/", func(w http.ResponseWriter, r *http.Request) {
		n := cur.Add(1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		time.Sleep(40 * time.Millisecond)
		cur.Add(-1)
		w.Write([]byte(article(r.URL.Path)))
	})
	c := testCrawler(t, openTestState(t))
	src := testSource("par")
	src.Parallelism = 2
	src.Feeds = []string{s.URL + "/feed.xml"}
	stats, err := c.Crawl(context.Background(), src, &collect{})
	if err != nil || stats.Indexed != 8 {
		t.Fatalf("%v %+v", err, stats)
	}
	if p := peak.Load(); p != 2 {
		t.Errorf("peak concurrency %d, want 2", p)
	}
}
