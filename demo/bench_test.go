package demo

import (
	"net/http/httptest"
	"testing"
)

// BenchmarkServe measures the handler on its busiest pages: an article (the
// GBK one re-encodes on every request), a feed and a sitemap.
func BenchmarkServe(b *testing.B) {
	o, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	wire, _ := o.Article("china-tells-alibaba-tencent-stop-blocking-links")
	gbk, _ := o.Article("miit-interoperability-chinese-brief")
	for _, bc := range []struct{ name, path string }{
		{"article", ArticlePath(wire)},
		{"gbk-article", ArticlePath(gbk)},
		{"rss", "/wire/feed.xml"},
		{"sitemap", "/wire/sitemap-articles.xml"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				w := httptest.NewRecorder()
				o.ServeHTTP(w, httptest.NewRequest("GET", "http://127.0.0.1:8080"+bc.path, nil))
				if w.Code != 200 {
					b.Fatalf("status %d", w.Code)
				}
			}
		})
	}
}
