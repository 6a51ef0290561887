package crawler

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestRobotsDisallowedNeverFetched(t *testing.T) {
	s := newSite(t)
	s.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n\nUser-agent: otherbot\nDisallow: /\n")
	s.page("/feed.xml", "application/rss+xml", rssFeed(s.URL, "/news/1", "/private/2"))
	s.page("/news/1", "text/html", article("one"))
	s.page("/private/2", "text/html", article("two"))
	c := testCrawler(t, openTestState(t))
	src := testSource("r")
	src.Feeds = []string{s.URL + "/feed.xml"}
	sink := &collect{}
	stats, err := c.Crawl(context.Background(), src, sink)
	if err != nil {
		t.Fatal(err)
	}
	if n := s.count("/private/2"); n != 0 {
		t.Errorf("disallowed page fetched %d times", n)
	}
	if s.count("/news/1") != 1 || stats.Errors[kindRobots] != 1 || stats.Indexed != 1 {
		t.Errorf("stats = %+v, news hits %d", stats, s.count("/news/1"))
	}
	if n := s.count("/robots.txt"); n != 1 {
		t.Errorf("robots.txt fetched %d times in one run, want 1 (cached)", n)
	}

	// Fetch (dry run) obeys robots.txt as well.
	if _, err := c.Fetch(context.Background(), src, s.URL+"/private/2"); !errors.Is(err, ErrRobots) {
		t.Errorf("Fetch of disallowed page: %v, want ErrRobots", err)
	}
	// With RespectRobots off the page is fetched.
	src.RespectRobots = false
	if _, err := c.Fetch(context.Background(), src, s.URL+"/private/2"); err != nil {
		t.Errorf("Fetch with RespectRobots=false: %v", err)
	}
}

func TestRobotsDisallowedFeed(t *testing.T) {
	s := newSite(t)
	s.page("/robots.txt", "text/plain", "User-agent: claimwatch-test\nDisallow: /feeds/\n")
	s.page("/feeds/x.xml", "application/rss+xml", rssFeed(s.URL, "/n/1"))
	c := testCrawler(t, openTestState(t))
	src := testSource("rf")
	src.Feeds = []string{s.URL + "/feeds/x.xml"}
	stats, err := c.Crawl(context.Background(), src, &collect{})
	if err == nil || stats.Status != StatusFailed {
		t.Fatalf("crawl with only a disallowed feed: err=%v stats=%+v, want failure", err, stats)
	}
	if s.count("/feeds/x.xml") != 0 || stats.Errors[kindRobots] != 1 {
		t.Errorf("feed hits %d, stats %+v", s.count("/feeds/x.xml"), stats)
	}
}

// gapsAtLeast checks that consecutive arrivals are at least d apart (with a
// little slack for timer granularity on the server side).
func gapsAtLeast(t *testing.T, times []time.Time, d time.Duration) {
	t.Helper()
	if len(times) < 2 {
		t.Fatalf("only %d requests recorded", len(times))
	}
	for i := 1; i < len(times); i++ {
		if gap := times[i].Sub(times[i-1]); gap < d-5*time.Millisecond {
			t.Errorf("request %d came %v after the previous one, want >= %v", i, gap, d)
		}
	}
}

func TestPerHostDelayCoversEveryRequest(t *testing.T) {
	s := newSite(t)
	s.page("/feed.xml", "application/rss+xml", rssFeed(s.URL, "/d/1", "/d/2", "/d/3", "/d/4"))
	for _, p := range []string{"/d/1", "/d/2", "/d/3", "/d/4"} {
		s.page(p, "text/html", article(p))
	}
	c := testCrawler(t, openTestState(t))
	src := testSource("d")
	src.Feeds = []string{s.URL + "/feed.xml"}
	src.Delay = 120 * time.Millisecond
	src.Parallelism = 3
	if _, err := c.Crawl(context.Background(), src, &collect{}); err != nil {
		t.Fatal(err)
	}
	// robots.txt, feed and 4 articles: all paced by the same limiter.
	times := s.times("")
	if len(times) != 6 {
		t.Fatalf("%d requests, want 6", len(times))
	}
	gapsAtLeast(t, times, src.Delay)
}

func TestCrawlDelayRaisesDelay(t *testing.T) {
	s := newSite(t)
	s.page("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 0.25\n")
	s.page("/feed.xml", "application/rss+xml", rssFeed(s.URL, "/c/1", "/c/2"))
	s.page("/c/1", "text/html", article("1"))
	s.page("/c/2", "text/html", article("2"))
	c := testCrawler(t, openTestState(t))
	src := testSource("cd")
	src.Feeds = []string{s.URL + "/feed.xml"}
	src.Delay = 10 * time.Millisecond
	if _, err := c.Crawl(context.Background(), src, &collect{}); err != nil {
		t.Fatal(err)
	}
	gapsAtLeast(t, s.times("")[1:], 250*time.Millisecond)
}

func TestRetryAfterHonoured(t *testing.T) {
	cases := []struct {
		name   string
		status int
		header func() string
		wait   time.Duration
	}{
		{"429 seconds", http.StatusTooManyRequests, func() string { return "1" }, time.Second},
		{"503 http date", http.StatusServiceUnavailable, func() string {
			return time.Now().Add(1500 * time.Millisecond).UTC().Format(http.TimeFormat)
		}, 500 * time.Millisecond}, // HTTP dates have 1s resolution
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := newSite(t)
			var n atomic.Int32
			s.handle("/p", func(w http.ResponseWriter, r *http.Request) {
				if n.Add(1) == 1 {
					w.Header().Set("Retry-After", tc.header())
					w.WriteHeader(tc.status)
					return
				}
				w.Write([]byte(article("ok")))
			})
			c := testCrawler(t, nil)
			src := testSource("ra")
			src.RespectRobots = false
			p, err := c.Fetch(context.Background(), src, s.URL+"/p")
			if err != nil {
				t.Fatal(err)
			}
			if p.Status != 200 {
				t.Fatalf("status %d", p.Status)
			}
			times := s.times("/p")
			if len(times) != 2 {
				t.Fatalf("%d requests, want 2", len(times))
			}
			if gap := times[1].Sub(times[0]); gap < tc.wait {
				t.Errorf("retry came after %v, want >= %v", gap, tc.wait)
			}
		})
	}
}

func TestRetryAfterCapped(t *testing.T) {
	s := newSite(t)
	var n atomic.Int32
	s.handle("/p", func(w http.ResponseWriter, r *http.Request) {
		if n.Add(1) == 1 {
			w.Header().Set("Retry-After", "3600")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		w.Write([]byte(article("ok")))
	})
	c := New(Options{MaxRetryAfter: 100 * time.Millisecond, RetryBackoff: 10 * time.Millisecond})
	src := testSource("cap")
	src.RespectRobots = false
	if _, err := c.Fetch(context.Background(), src, s.URL+"/p"); err != nil {
		t.Fatalf("fetch with capped Retry-After: %v", err)
	}
}

func TestRetriesOn503ThenGivesUp(t *testing.T) {
	cases := []struct {
		name     string
		failures int32
		wantErr  bool
		wantHits int
	}{
		{"recovers", 2, false, 3},
		{"gives up", 100, true, 3}, // 1 try + 2 retries
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := newSite(t)
			var n atomic.Int32
			s.handle("/p", func(w http.ResponseWriter, r *http.Request) {
				if n.Add(1) <= tc.failures {
					w.WriteHeader(http.StatusServiceUnavailable)
					return
				}
				w.Write([]byte(article("ok")))
			})
			c := testCrawler(t, nil)
			src := testSource("503")
			src.RespectRobots = false
			_, err := c.Fetch(context.Background(), src, s.URL+"/p")
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tc.wantErr)
			}
			if tc.wantErr && errorKind(err) != kindHTTP5xx {
				t.Errorf("error kind %q, want %q", errorKind(err), kindHTTP5xx)
			}
			if got := s.count("/p"); got != tc.wantHits {
				t.Errorf("%d requests, want %d", got, tc.wantHits)
			}
		})
	}
}

func TestMaxBody(t *testing.T) {
	big := article(string(make([]byte, 0)) + stringOf('x', 5000))
	cases := []struct {
		name    string
		chunked bool
	}{{"content-length", false}, {"chunked", true}}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := newSite(t)
			s.handle("/big", func(w http.ResponseWriter, r *http.Request) {
				if !tc.chunked {
					w.Header().Set("Content-Length", strconv.Itoa(len(big)))
				}
				w.Write([]byte(big[:len(big)/2]))
				if tc.chunked {
					w.(http.Flusher).Flush()
				}
				w.Write([]byte(big[len(big)/2:]))
			})
			s.page("/small", "text/html", article("small"))
			s.page("/feed.xml", "application/rss+xml", rssFeed(s.URL, "/big", "/small"))
			c := testCrawler(t, openTestState(t))
			src := testSource("mb")
			src.MaxBody = 2000
			src.Feeds = []string{s.URL + "/feed.xml"}
			stats, err := c.Crawl(context.Background(), src, &collect{})
			if err != nil {
				t.Fatal(err)
			}
			if stats.Errors[kindTooLarge] != 1 || stats.Indexed != 1 {
				t.Errorf("stats = %+v, want one too_large and one indexed", stats)
			}
			if s.count("/big") != 1 {
				t.Errorf("too-large page requested %d times, want 1 (no retry)", s.count("/big"))
			}
		})
	}
}

func stringOf(c byte, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = c
	}
	return string(b)
}

func TestPrivateAddressRefused(t *testing.T) {
	s := newSite(t)
	s.page("/feed.xml", "application/rss+xml", rssFeed(s.URL, "/a"))
	s.page("/a", "text/html", article("a"))
	c := testCrawler(t, openTestState(t))
	src := testSource("priv")
	src.AllowPrivate = false
	src.Feeds = []string{s.URL + "/feed.xml"}
	stats, err := c.Crawl(context.Background(), src, &collect{})
	if err == nil {
		t.Fatal("crawl of a loopback server succeeded with AllowPrivate=false")
	}
	if stats.Errors[kindPrivate] != 1 {
		t.Errorf("errors = %v, want private_address", stats.Errors)
	}
	for _, u := range []string{s.URL + "/a", strings.Replace(s.URL, "127.0.0.1", "localhost", 1) + "/a"} {
		// The host name case is refused after DNS resolution, at dial time.
		if _, err := c.Fetch(context.Background(), src, u); !errors.Is(err, ErrPrivateAddress) {
			t.Errorf("Fetch(%s): %v, want ErrPrivateAddress", u, err)
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.hits) != 0 {
		t.Errorf("server saw %d requests, want none", len(s.hits))
	}
}

// TestRefusePrivateAddresses checks the dial-time rule on the resolved
// addresses it sees (redirects and rebinding end up here too).
func TestRefusePrivateAddresses(t *testing.T) {
	cases := []struct {
		addr string
		ok   bool
	}{
		{"127.0.0.1:80", false}, {"[::1]:443", false}, {"10.1.2.3:80", false}, {"192.168.0.1:80", false},
		{"172.16.5.4:80", false}, {"169.254.169.254:80", false}, {"0.0.0.0:80", false}, {"[fe80::1%eth0]:80", false},
		{"[::ffff:127.0.0.1]:80", false}, {"100.64.0.1:80", false}, {"[fd00::1]:80", false},
		{"93.184.216.34:80", true}, {"[2606:4700::1111]:443", true},
	}
	for _, tc := range cases {
		t.Run(tc.addr, func(t *testing.T) {
			err := refusePrivate("tcp", tc.addr, nil)
			if (err == nil) != tc.ok {
				t.Errorf("refusePrivate(%s) = %v, want ok=%v", tc.addr, err, tc.ok)
			}
		})
	}
}

func TestCancelStopsPromptly(t *testing.T) {
	s := newSite(t)
	var paths []string
	for i := range 20 {
		paths = append(paths, "/slow/"+strconv.Itoa(i))
	}
	s.page("/feed.xml", "application/rss+xml", rssFeed(s.URL, paths...))
	s.handle("/slow/", func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(50 * time.Millisecond)
		w.Write([]byte(article(r.URL.Path)))
	})
	c := testCrawler(t, openTestState(t))
	src := testSource("cancel")
	src.Delay = 100 * time.Millisecond
	src.Feeds = []string{s.URL + "/feed.xml"}
	ctx, cancel := context.WithCancel(context.Background())
	sink := SinkFunc(func(ctx context.Context, p Page) error {
		cancel() // SIGTERM after the first page
		return nil
	})
	done := make(chan struct{})
	var stats Stats
	var err error
	go func() {
		stats, err = c.Crawl(ctx, src, sink)
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Crawl did not return after cancel")
	}
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	if stats.Fetched >= 5 {
		t.Errorf("fetched %d pages after cancel, want only those in flight", stats.Fetched)
	}
}

func TestCancelledBeforeStart(t *testing.T) {
	s := newSite(t)
	s.page("/feed.xml", "application/rss+xml", rssFeed(s.URL, "/a"))
	c := testCrawler(t, openTestState(t))
	src := testSource("pre")
	src.Feeds = []string{s.URL + "/feed.xml"}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	stats, err := c.Crawl(ctx, src, &collect{})
	if !errors.Is(err, context.Canceled) || stats.Fetched != 0 {
		t.Fatalf("err %v stats %+v", err, stats)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.hits) != 0 {
		t.Errorf("server saw %d requests after cancel", len(s.hits))
	}
}

func TestFetchErrorNamesURLOnce(t *testing.T) {
	s := newSite(t)
	s.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n")
	s.handle("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	c := testCrawler(t, openTestState(t))
	src := testSource("msg")
	tests := []struct {
		name, path, kind string
	}{
		{"robots", "/private/a", kindRobots},
		{"redirect loop", "/loop", kindNetwork},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			u := s.URL + tc.path
			_, err := c.Fetch(context.Background(), src, u)
			if err == nil {
				t.Fatal("fetch succeeded")
			}
			if n := strings.Count(err.Error(), u); n != 1 || strings.Contains(err.Error(), `Get "`) || errorKind(err) != tc.kind {
				t.Errorf("error %q names the URL %d times (kind %s); want once, kind %s", err, n, errorKind(err), tc.kind)
			}
		})
	}
}
