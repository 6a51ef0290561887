package pipeline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimwatch/claimwatch/crawler"
	"github.com/claimwatch/claimwatch/extract"
	"github.com/claimwatch/claimwatch/index"
	"github.com/claimwatch/claimwatch/internal/sharedpath"
)

// corpusPages loads the English fundus pages as crawled pages.
func corpusPages(b *testing.B) []crawler.Page {
	b.Helper()
	var out []crawler.Page
	for _, cc := range []string{"us", "uk", "ca", "au"} {
		files, _ := filepath.Glob(filepath.Join(sharedpath.Require(b), "corpus", "fundus", cc, "*.html"))
		for i, f := range files {
			body, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			u := fmt.Sprintf("https://%s.example/news/%d.html", cc, i)
			out = append(out, crawler.Page{URL: u, CanonicalURL: u, Body: body, FetchedAt: testNow})
		}
	}
	if len(out) == 0 {
		b.Skip("no corpus pages")
	}
	return out
}

// BenchmarkProcessCorpus: extract + claims per real page (reported per page).
func BenchmarkProcessCorpus(b *testing.B) {
	pages := corpusPages(b)
	p := New(Options{Claims: extract.NewClaimExtractor(extract.DefaultCatalog())})
	src := testSource()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		_, _ = p.Process(src, pages[n%len(pages)])
		n++
	}
}

// BenchmarkRunCorpus: a whole Run into a real on-disk index, with the fake
// crawler handing over every English corpus page; reports pages/s.
func BenchmarkRunCorpus(b *testing.B) {
	pages := corpusPages(b)
	ix, err := index.Open(filepath.Join(b.TempDir(), "index.bleve"))
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	p := &Pipeline{opts: Options{Claims: extract.NewClaimExtractor(extract.DefaultCatalog())}}
	p.init(&fakeCrawler{pages: pages, workers: 2}, ix)
	b.ResetTimer()
	for b.Loop() {
		st, err := p.Run(context.Background(), testSource())
		if err != nil || st.Indexed == 0 {
			b.Fatalf("run: %v, indexed %d", err, st.Indexed)
		}
	}
	b.ReportMetric(float64(b.N*len(pages))/b.Elapsed().Seconds(), "pages/s")
}
