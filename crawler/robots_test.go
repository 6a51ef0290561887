package crawler

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
)

// TestRobotsUnreachable: a 5xx or 429 robots.txt disallows the host for the
// run that saw it (RFC 9309 2.3.1.4), and the next run asks again rather than
// carrying the failure over.
func TestRobotsUnreachable(t *testing.T) {
	for _, status := range []int{http.StatusInternalServerError, http.StatusServiceUnavailable, http.StatusTooManyRequests} {
		t.Run(http.StatusText(status), func(t *testing.T) {
			s := newSite(t)
			var down atomic.Bool
			down.Store(true)
			s.handle("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
				if down.Load() {
					http.Error(w, "busy", status)
					return
				}
				w.Write([]byte("User-agent: *\nDisallow: /private/\n"))
			})
			s.page("/feed.xml", "application/rss+xml", rssFeed(s.URL, "/news/1"))
			s.page("/news/1", "text/html", article("one"))
			c := testCrawler(t, openTestState(t))
			src := testSource("u")
			src.Feeds = []string{s.URL + "/feed.xml"}

			stats, err := c.Crawl(context.Background(), src, &collect{})
			if err == nil || stats.Status != StatusFailed {
				t.Fatalf("run with robots.txt %d: err=%v status=%s, want the source refused", status, err, stats.Status)
			}
			if n := s.count("/feed.xml"); n != 0 {
				t.Errorf("feed fetched %d times while robots.txt was unreachable", n)
			}
			if !strings.Contains(stats.LastError, "robots.txt unreachable") {
				t.Errorf("last error %q does not say robots.txt was unreachable", stats.LastError)
			}
			if n := s.count("/robots.txt"); n != 1 {
				t.Errorf("robots.txt fetched %d times in the failing run, want 1", n)
			}

			down.Store(false)
			sink := &collect{}
			stats, err = c.Crawl(context.Background(), src, sink)
			if err != nil || stats.Indexed != 1 {
				t.Fatalf("next run: err=%v stats=%+v, want robots.txt asked again and the article crawled", err, stats)
			}
			if n := s.count("/robots.txt"); n != 2 {
				t.Errorf("robots.txt fetched %d times over two runs, want 2", n)
			}
		})
	}
}

// TestRobotsUnreachableKeepsLastGoodCopy: once robots.txt was read, a later
// 5xx keeps its rules in force instead of shutting the host out.
func TestRobotsUnreachableKeepsLastGoodCopy(t *testing.T) {
	s := newSite(t)
	var down atomic.Bool
	s.handle("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		if down.Load() {
			http.Error(w, "down", http.StatusBadGateway)
			return
		}
		w.Write([]byte("User-agent: *\nDisallow: /private/\n"))
	})
	s.page("/news/1", "text/html", article("one"))
	s.page("/private/2", "text/html", article("two"))
	c := testCrawler(t, nil)
	src := testSource("k")
	src.Feeds = []string{s.URL + "/feed.xml"}
	if _, err := c.Fetch(context.Background(), src, s.URL+"/news/1"); err != nil {
		t.Fatal(err)
	}
	// Expire the good copy so that the next run refetches it.
	c.tr.robots.mu.Lock()
	for _, e := range c.tr.robots.hosts {
		e.fetched = e.fetched.Add(-2 * robotsTTL)
	}
	c.tr.robots.mu.Unlock()
	down.Store(true)
	if _, err := c.Fetch(context.Background(), src, s.URL+"/news/1"); err != nil {
		t.Errorf("allowed page refused while robots.txt is 502 after a good read: %v", err)
	}
	if _, err := c.Fetch(context.Background(), src, s.URL+"/private/2"); !errors.Is(err, ErrRobots) {
		t.Errorf("disallowed page: %v, want ErrRobots from the last good copy", err)
	}
	if n := s.count("/robots.txt"); n < 2 {
		t.Errorf("robots.txt fetched %d times, want it asked again", n)
	}
}

// TestRobotsNetworkFailureDisallows: a robots.txt that cannot be reached at
// all is "unreachable" too, so nothing on the host is fetched.
func TestRobotsNetworkFailureDisallows(t *testing.T) {
	s := newSite(t)
	s.handle("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		// Drop the connection without an answer.
		hj, ok := w.(http.Hijacker)
		if !ok {
			t.Error("no hijacker")
			return
		}
		conn, _, _ := hj.Hijack()
		conn.Close()
	})
	s.page("/news/1", "text/html", article("one"))
	c := New(Options{Retries: -1})
	_, err := c.Fetch(context.Background(), testSource("n"), s.URL+"/news/1")
	if err == nil || !strings.Contains(err.Error(), "robots.txt unreachable") || errorKind(err) != kindNetwork {
		t.Errorf("Fetch with robots.txt unreachable: %v (kind %s), want a network error saying robots.txt was unreachable", err, errorKind(err))
	}
	if n := s.count("/news/1"); n != 0 {
		t.Errorf("page fetched %d times although robots.txt was unreachable", n)
	}
}
