package crawler

import (
	"context"
	"testing"
)

// TestEnvironmentDoesNotChangePoliteness: colly.NewCollector would apply
// COLLY_* variables over our settings; ours must ignore them.
func TestEnvironmentDoesNotChangePoliteness(t *testing.T) {
	t.Setenv("COLLY_USER_AGENT", "env-agent")
	t.Setenv("COLLY_MAX_BODY_SIZE", "10")
	t.Setenv("COLLY_IGNORE_ROBOTSTXT", "true")
	t.Setenv("COLLY_DISALLOWED_DOMAINS", "127.0.0.1")
	s := newSite(t)
	s.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /no\n")
	s.page("/yes", "text/html", article("a page longer than ten bytes"))
	s.page("/no", "text/html", article("no"))
	c := testCrawler(t, nil)
	src := testSource("env")
	p, err := c.Fetch(context.Background(), src, s.URL+"/yes")
	if err != nil {
		t.Fatal(err)
	}
	if string(p.Body) != article("a page longer than ten bytes") {
		t.Errorf("body truncated to %q", p.Body)
	}
	if ua := s.lastHeader("/yes").Get("User-Agent"); ua != src.UserAgent {
		t.Errorf("User-Agent %q, want %q", ua, src.UserAgent)
	}
	if _, err := c.Fetch(context.Background(), src, s.URL+"/no"); err == nil || s.count("/no") != 0 {
		t.Errorf("robots.txt ignored under COLLY_IGNORE_ROBOTSTXT: %v", err)
	}
}
