package extract

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"testing"

	trafilatura "github.com/markusmobius/go-trafilatura"

	"github.com/claimwatch/claimwatch/internal/sharedpath"
)

// benchPage is one AEB page loaded once, outside the timed loop.
type benchPage struct {
	url  string
	html []byte
}

func loadAEB(b *testing.B) ([]benchPage, int64) {
	b.Helper()
	dir := filepath.Join(sharedpath.Require(b), "corpus", "aeb")
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		b.Fatalf("read aeb gold: %v", err)
	}
	var gt map[string]struct {
		URL string `json:"url"`
	}
	if err := json.Unmarshal(raw, &gt); err != nil {
		b.Fatalf("parse aeb gold: %v", err)
	}
	ids := make([]string, 0, len(gt))
	for id := range gt {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var pages []benchPage
	var total int64
	for _, id := range ids {
		h, err := os.ReadFile(filepath.Join(dir, "html", id+".html"))
		if err != nil {
			b.Fatalf("read page: %v", err)
		}
		pages = append(pages, benchPage{url: gt[id].URL, html: h})
		total += int64(len(h))
	}
	return pages, total
}

// benchAEB runs fn over every AEB page per iteration on one goroutine and
// reports pages/s beside the MB/s that SetBytes gives.
func benchAEB(b *testing.B, fn func(p benchPage)) {
	pages, total := loadAEB(b)
	b.SetBytes(total)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, p := range pages {
			fn(p)
		}
	}
	b.ReportMetric(float64(b.N*len(pages))/b.Elapsed().Seconds(), "pages/s")
}

func BenchmarkArticleAEB(b *testing.B) {
	benchAEB(b, func(p benchPage) {
		if _, err := Article(p.html, p.url, Hints{}); err != nil && err != ErrNoContent {
			b.Fatalf("%s: %v", p.url, err)
		}
	})
}

// BenchmarkTrafilaturaAEB is the yardstick: go-trafilatura with its default
// options (no fallback extractors), parse included.
func BenchmarkTrafilaturaAEB(b *testing.B) {
	benchAEB(b, func(p benchPage) {
		_, _ = trafilatura.Extract(bytes.NewReader(p.html), trafilatura.Options{})
	})
}
