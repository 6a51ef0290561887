package index

import (
	"context"
	"testing"
	"time"
)

// BenchmarkSearch runs typical faceted searches (text, filters, all facets
// and the date histogram) over 4,000 synthetic claims.
func BenchmarkSearch(b *testing.B) {
	ix := openTemp(b)
	ctx := context.Background()
	if err := ix.Upsert(ctx, synthetic(1000, 4)...); err != nil {
		b.Fatal(err)
	}
	queries := []Query{
		{Text: "alibaba"},
		{Text: "antitrust fined", Kind: []string{"penalty", "probe"}},
		{Firm: []string{"tencent holdings"}, Sort: "date"},
		{Outlet: []string{"Reuters"}, Since: day("2020-06-01"), Until: day("2021-06-01")},
		{},
	}
	b.ResetTimer()
	start := time.Now()
	for i := 0; b.Loop(); i++ {
		if _, err := ix.Search(ctx, queries[i%len(queries)]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "queries/s")
}

// BenchmarkUpsert measures re-indexing 100 articles of 4 claims each.
func BenchmarkUpsert(b *testing.B) {
	ix := openTemp(b)
	ctx := context.Background()
	entries := synthetic(100, 4)
	for b.Loop() {
		if err := ix.Upsert(ctx, entries...); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*len(entries))/b.Elapsed().Seconds(), "articles/s")
}
