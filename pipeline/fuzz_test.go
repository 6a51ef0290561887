package pipeline

import (
	"testing"
	"time"

	"github.com/claimwatch/claimwatch/crawler"
)

// FuzzProcess: pages are outside input. Process must not panic, and an
// accepted page must come out with an identity and text.
func FuzzProcess(f *testing.F) {
	f.Add([]byte(articleHTML("Acme fined", `<link rel="canonical" href="https://wire.example/a">`)), "https://wire.example/a?x=1")
	f.Add([]byte("<html><body><p>short</p></body></html>"), "https://wire.example/b")
	f.Add([]byte(""), "")
	f.Add([]byte("<meta property=og:url content=javascript:alert(1)><p>"+string(make([]byte, 64))+"</p>"), "http://[::1]/x")
	p := New(Options{Now: func() time.Time { return testNow }})
	f.Fuzz(func(t *testing.T, body []byte, url string) {
		e, err := p.Process(testSource(), crawler.Page{URL: url, Body: body, FetchedAt: testNow})
		if err != nil {
			return
		}
		if e.Article.URL == "" && url != "" {
			t.Errorf("accepted page without a URL (page URL %q)", url)
		}
		if e.Article.Text == "" {
			t.Error("accepted page without text")
		}
		if e.Article.ClaimCount != len(e.Claims) {
			t.Errorf("ClaimCount %d, claims %d", e.Article.ClaimCount, len(e.Claims))
		}
	})
}
