package web

import (
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/claimwatch/claimwatch/extract"
	"github.com/claimwatch/claimwatch/index"
)

// BenchmarkSearchPage measures the server's own share of a search page
// (parsing, grouping, facets, histogram, template) over an in-memory index.
func BenchmarkSearchPage(b *testing.B) {
	f := fixture()
	f.bulk(500)
	h := New(Options{Index: f}).Handler()
	b.ReportAllocs()
	for b.Loop() {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", "/?size=50&kind=action&kind=penalty", nil))
		if rec.Code != 200 {
			b.Fatal(rec.Code)
		}
	}
}

// BenchmarkMarkArticle marks 40 claims, some overlapping, in a long article.
func BenchmarkMarkArticle(b *testing.B) {
	text := strings.Repeat("Regulators fined the company, and the company said it would appeal the décision.\n\n", 200)
	var claims []index.ClaimDoc
	for i := range 40 {
		claims = append(claims, index.ClaimDoc{ID: "c", Claim: extract.Claim{Kind: "penalty", Actor: extract.Entity{Name: "R"}, Start: i * 400, End: i*400 + 120}})
	}
	a := index.ArticleDoc{Title: "Title", Text: text}
	b.ReportAllocs()
	for b.Loop() {
		markArticle(a, claims)
	}
}
