package index

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/claimwatch/claimwatch/extract"
)

func TestDateHistogram(t *testing.T) {
	ctx := context.Background()
	t.Run("daily under 90 days", func(t *testing.T) {
		ix := fixtureIndex(t)
		res, err := ix.Search(ctx, Query{})
		if err != nil {
			t.Fatal(err)
		}
		p := res.Facets.Published
		// 2021-09-13 .. 2021-11-20 is 69 days.
		if len(p) != 69 || p[0].Name != "2021-09-13" || p[68].Name != "2021-11-20" {
			t.Fatalf("%d bars from %v to %v, want 69 daily bars 2021-09-13..2021-11-20", len(p), p[0].Name, p[len(p)-1].Name)
		}
		counts := map[string]int{}
		total := 0
		for _, b := range p {
			if b.Count > 0 {
				counts[b.Name] = b.Count
			}
			total += b.Count
			if !b.End.Equal(b.Start.AddDate(0, 0, 1)) {
				t.Fatalf("bar %s spans %v..%v, want one day", b.Name, b.Start, b.End)
			}
		}
		want := map[string]int{"2021-09-13": 2, "2021-10-02": 3, "2021-11-20": 3}
		if fmt.Sprint(counts) != fmt.Sprint(want) || total != 8 {
			t.Fatalf("non-zero bars %v (total %d), want %v", counts, total, want)
		}
	})
	t.Run("monthly over 90 days", func(t *testing.T) {
		ix := fixtureIndex(t)
		late := Entry{Article: ArticleDoc{URL: "https://late.example/1", Outlet: "Late", Published: day("2022-03-05"), Title: "late"},
			Claims: []extract.Claim{claim(extract.KindProbe, samr, extract.Asserted, "SAMR probes Meituan.", extract.Entity{Name: "Meituan", Type: extract.TypeFirm})}}
		undated := Entry{Article: ArticleDoc{URL: "https://undated.example/1", Outlet: "Undated", Title: "undated"},
			Claims: []extract.Claim{claim(extract.KindProbe, samr, extract.Asserted, "SAMR probes JD.", extract.Entity{Name: "JD", Type: extract.TypeFirm})}}
		if err := ix.Upsert(ctx, late, undated); err != nil {
			t.Fatal(err)
		}
		res, err := ix.Search(ctx, Query{})
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		var counts []int
		for _, b := range res.Facets.Published {
			names = append(names, b.Name)
			counts = append(counts, b.Count)
		}
		if got, want := strings.Join(names, ","), "2021-09,2021-10,2021-11,2021-12,2022-01,2022-02,2022-03"; got != want {
			t.Fatalf("bars %s, want %s", got, want)
		}
		if got, want := fmt.Sprint(counts), "[2 3 3 0 0 0 1]"; got != want {
			t.Fatalf("counts %s, want %s", got, want)
		}
		if res.Total != 10 {
			t.Fatalf("total %d, want 10 (the undated claim still matches)", res.Total)
		}
	})
	t.Run("empty result", func(t *testing.T) {
		ix := fixtureIndex(t)
		res, err := ix.Search(ctx, Query{Text: "nonexistentword"})
		if err != nil {
			t.Fatal(err)
		}
		if res.Total != 0 || len(res.Facets.Published) != 0 {
			t.Fatalf("total %d, %d bars, want none", res.Total, len(res.Facets.Published))
		}
	})
}

func TestBuckets(t *testing.T) {
	tests := []struct {
		name   string
		lo, hi time.Time
		n      int
		first  string
		last   string
	}{
		{"same day", day("2021-05-05"), day("2021-05-05"), 1, "2021-05-05", "2021-05-05"},
		{"89 days", day("2021-01-01"), day("2021-03-31"), 90, "2021-01-01", "2021-03-31"},
		{"months", day("2021-01-15"), day("2021-12-01"), 12, "2021-01", "2021-12"},
		{"years when very long", day("1995-06-01"), day("2021-02-01"), 27, "1995", "2021"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b := buckets(tc.lo, tc.hi)
			if len(b) != tc.n || b[0].Name != tc.first || b[len(b)-1].Name != tc.last {
				t.Fatalf("%d buckets %s..%s, want %d %s..%s", len(b), b[0].Name, b[len(b)-1].Name, tc.n, tc.first, tc.last)
			}
		})
	}
}
