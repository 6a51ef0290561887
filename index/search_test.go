package index

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/claimwatch/claimwatch/extract"
)

func TestSearchFilters(t *testing.T) {
	ix := fixtureIndex(t)
	tests := []struct {
		name string
		q    Query
		want int
	}{
		{"all", Query{}, 8},
		{"star is all", Query{Text: " * "}, 8},
		{"text", Query{Text: "alibaba"}, 4},
		{"text stemmed", Query{Text: "fines"}, 3}, // two sentences and one title
		{"text in canonical target", Query{Text: "holdings"}, 4},
		{"field syntax", Query{Text: "kind:probe"}, 2},
		{"field syntax on a key", Query{Text: `firm_key:alibaba`}, 2},
		{"quoted keyword value", Query{Text: `firm:"Alibaba Group"`}, 2},
		{"required and excluded words", Query{Text: "+alibaba -comply"}, 3},
		{"kind", Query{Kind: []string{"penalty"}}, 2},
		{"kind case", Query{Kind: []string{"PENALTY"}}, 2},
		{"kinds ORed", Query{Kind: []string{"penalty", "probe"}}, 4},
		{"actor canonical", Query{Actor: []string{"State Administration for Market Regulation"}}, 4},
		{"actor lower", Query{Actor: []string{"state administration for market regulation"}}, 4},
		{"actor name only", Query{Actor: []string{"didi"}}, 0},
		{"firm", Query{Firm: []string{"Tencent Holdings"}}, 4},
		{"firm lower", Query{Firm: []string{"alibaba group"}}, 2},
		{"firm without canonical", Query{Firm: []string{"DIDI"}}, 1},
		{"firm without corporate suffix", Query{Firm: []string{"Tencent"}}, 4},
		{"firm with another suffix", Query{Firm: []string{"Alibaba Group Holding Ltd"}}, 0},
		{"firm with a suffix it lacks", Query{Firm: []string{"the Alibaba Corp."}}, 2},
		{"actor as written", Query{Actor: []string{"SAMR"}}, 4},
		{"actor as written with the", Query{Actor: []string{"Ministry of Industry and Information Technology"}}, 2},
		{"sector is not a firm", Query{Firm: []string{"fintech firms"}}, 0},
		{"outlet", Query{Outlet: []string{"caixin"}}, 3},
		{"outlets ORed", Query{Outlet: []string{"Caixin", "SCMP"}}, 6},
		{"country", Query{Country: []string{"GB"}}, 2},
		{"certainty", Query{Certainty: []string{"hedged"}}, 1},
		{"language", Query{Language: []string{"EN"}}, 8},
		{"since inclusive", Query{Since: day("2021-10-02")}, 6},
		{"until inclusive", Query{Until: day("2021-10-02")}, 5},
		{"one day", Query{Since: day("2021-10-02"), Until: day("2021-10-02")}, 3},
		{"filters ANDed", Query{Kind: []string{"penalty"}, Firm: []string{"tencent holdings"}}, 1},
		{"text and filter", Query{Text: "tencent", Outlet: []string{"SCMP"}}, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := ix.Search(context.Background(), tc.q)
			if err != nil {
				t.Fatal(err)
			}
			if int(res.Total) != tc.want || len(res.Hits) != tc.want {
				t.Fatalf("total %d, %d hits, want %d", res.Total, len(res.Hits), tc.want)
			}
		})
	}
}

func TestSearchBadQuery(t *testing.T) {
	ix := fixtureIndex(t)
	tests := []struct {
		name string
		q    Query
	}{
		{"unterminated phrase", Query{Text: `"alibaba fine`}},
		{"bad regexp", Query{Text: "/[/"}},
		{"fuzziness over 2", Query{Text: "alibaba~5"}},
		{"dangling field", Query{Text: "title:"}},
		{"unknown kind", Query{Kind: []string{"fine"}}},
		{"unknown certainty", Query{Certainty: []string{"sure"}}},
		{"empty firm", Query{Firm: []string{" "}}},
		{"since after until", Query{Since: day("2021-10-03"), Until: day("2021-10-02")}},
		{"unknown sort", Query{Sort: "score"}},
		{"negative size", Query{Size: -1}},
		{"negative from", Query{From: -5}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ix.Search(context.Background(), tc.q)
			if !errors.Is(err, ErrBadQuery) {
				t.Fatalf("err %v, want ErrBadQuery", err)
			}
		})
	}
	if _, err := ix.SearchArticles(context.Background(), Query{Kind: []string{"penalty"}}); !errors.Is(err, ErrBadQuery) {
		t.Fatalf("article search with a claim filter: err %v, want ErrBadQuery", err)
	}
}

func TestSearchSortAndPaging(t *testing.T) {
	ix := fixtureIndex(t)
	ctx := context.Background()
	newest, err := ix.Search(ctx, Query{Sort: "date"})
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i < len(newest.Hits); i++ {
		if newest.Hits[i].Published.After(newest.Hits[i-1].Published) {
			t.Fatalf("sort=date: hit %d (%v) newer than hit %d", i, newest.Hits[i].Published, i-1)
		}
	}
	oldest, err := ix.Search(ctx, Query{Sort: "-date", Size: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(oldest.Hits) != 2 || oldest.Total != 8 || !oldest.Hits[0].Published.Equal(day("2021-09-13")) {
		t.Fatalf("sort=-date size 2: %d hits of %d, first %v", len(oldest.Hits), oldest.Total, oldest.Hits[0].Published)
	}
	second, err := ix.Search(ctx, Query{Sort: "date", From: 2, Size: 2})
	if err != nil {
		t.Fatal(err)
	}
	if second.Hits[0].ID != newest.Hits[2].ID || second.Hits[1].ID != newest.Hits[3].ID {
		t.Fatalf("page 2 = %s,%s, want %s,%s", second.Hits[0].ID, second.Hits[1].ID, newest.Hits[2].ID, newest.Hits[3].ID)
	}
}

func TestSearchHitCarriesArticleMetadata(t *testing.T) {
	ix := fixtureIndex(t)
	res, err := ix.Search(context.Background(), Query{Kind: []string{"probe"}, Outlet: []string{"SCMP"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) != 1 {
		t.Fatalf("%d hits, want 1", len(res.Hits))
	}
	h := res.Hits[0]
	aid := ArticleID("https://scmp.example/didi")
	if h.ID != aid+"-0" || h.ArticleID != aid || h.URL != "https://scmp.example/didi" || h.Outlet != "SCMP" ||
		h.Country != "HK" || h.Title != "Regulator probes Didi after IPO" || !h.Published.Equal(day("2021-11-20")) ||
		h.Actor.Canonical != "CAC" || len(h.Targets) != 1 || h.Targets[0].Name != "Didi" {
		t.Fatalf("hit %+v lacks its article's metadata or claim fields", h)
	}
}

func TestSearchFacets(t *testing.T) {
	ix := fixtureIndex(t)
	res, err := ix.Search(context.Background(), Query{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		got  []TermCount
		want map[string]int
	}{
		{"kind", res.Facets.Kind, map[string]int{"penalty": 2, "probe": 2, "mandate": 2, "response": 1, "approval": 1}},
		{"actor", res.Facets.Actor, map[string]int{"State Administration for Market Regulation": 4, "MIIT": 2, "Alibaba Group": 1, "CAC": 1}},
		{"firm", res.Facets.Firm, map[string]int{"Tencent Holdings": 4, "Alibaba Group": 2, "Didi": 1}},
		{"outlet", res.Facets.Outlet, map[string]int{"Caixin": 3, "SCMP": 3, "Reuters": 2}},
		{"country", res.Facets.Country, map[string]int{"CN": 3, "HK": 3, "GB": 2}},
		{"certainty", res.Facets.Certainty, map[string]int{"asserted": 4, "reported": 3, "hedged": 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := facetMap(tc.got)
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Fatalf("facet %v, want %v", got, tc.want)
			}
			for i := 1; i < len(tc.got); i++ {
				if tc.got[i].Count > tc.got[i-1].Count {
					t.Fatalf("facet not sorted by count: %v", tc.got)
				}
			}
		})
	}
	// Facets follow the query.
	res, err = ix.Search(context.Background(), Query{Outlet: []string{"Reuters"}})
	if err != nil {
		t.Fatal(err)
	}
	if got := facetMap(res.Facets.Kind); fmt.Sprint(got) != fmt.Sprint(map[string]int{"penalty": 1, "probe": 1}) {
		t.Fatalf("kind facet of Reuters claims: %v", got)
	}
}

func TestSearchArticles(t *testing.T) {
	ix := fixtureIndex(t)
	ctx := context.Background()
	res, err := ix.SearchArticles(ctx, Query{Text: "cybersecurity"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 1 || res.Hits[0].Outlet != "SCMP" || res.Hits[0].Claims != 3 ||
		!strings.Contains(res.Hits[0].Highlight, "<mark>cybersecurity</mark>") {
		t.Fatalf("article search: %+v", res)
	}
	all, err := ix.SearchArticles(ctx, Query{Sort: "date"})
	if err != nil {
		t.Fatal(err)
	}
	if all.Total != 3 || all.Hits[0].Outlet != "SCMP" || all.Hits[2].Outlet != "Reuters" {
		t.Fatalf("articles newest first: %+v", all.Hits)
	}
	if got := facetMap(all.Facets.Language); got["en"] != 3 {
		t.Fatalf("language facet %v", got)
	}
	if got := facetMap(all.Facets.Outlet); len(got) != 3 || got["Caixin"] != 1 {
		t.Fatalf("outlet facet %v", got)
	}
	var n int
	for _, b := range all.Facets.Published {
		n += b.Count
	}
	if n != 3 {
		t.Fatalf("published histogram counts %d articles, want 3", n)
	}
	// Claim-only text (a sentence) does not match articles' fields other
	// than their own text and title.
	if res, err := ix.SearchArticles(ctx, Query{Outlet: []string{"reuters"}}); err != nil || res.Total != 1 {
		t.Fatalf("outlet filter on articles: %v %v", res, err)
	}
}

func TestArticleAndClaim(t *testing.T) {
	ix := fixtureIndex(t)
	ctx := context.Background()
	id := ArticleID("https://caixin.example/interop")
	a, claims, err := ix.Article(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if a.ID != id || a.Title != "MIIT orders tech giants to stop blocking links" || a.ClaimCount != 3 || !strings.Contains(a.Text, "unblock") {
		t.Fatalf("article %+v", a)
	}
	var kinds []string
	for i, c := range claims {
		kinds = append(kinds, c.Kind)
		if c.ID != ClaimID(id, i) || c.ArticleID != id || c.Outlet != "Caixin" {
			t.Fatalf("claim %d: %+v", i, c)
		}
	}
	if got := strings.Join(kinds, ","); got != "mandate,response,mandate" {
		t.Fatalf("claims in order %s, want mandate,response,mandate", got)
	}
	c, err := ix.Claim(ctx, ClaimID(id, 1))
	if err != nil || c.Kind != extract.KindResponse || c.Actor.Canonical != "Alibaba Group" {
		t.Fatalf("Claim: %+v %v", c, err)
	}
	tests := []struct {
		name string
		err  error
	}{
		{"unknown article", func() error { _, _, err := ix.Article(ctx, "0000000000000000"); return err }()},
		{"claim id as article", func() error { _, _, err := ix.Article(ctx, ClaimID(id, 0)); return err }()},
		{"unknown claim", func() error { _, err := ix.Claim(ctx, id+"-9"); return err }()},
		{"article id as claim", func() error { _, err := ix.Claim(ctx, id); return err }()},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !errors.Is(tc.err, ErrNotFound) {
				t.Fatalf("err %v, want ErrNotFound", tc.err)
			}
		})
	}
}

func TestExportAllPages(t *testing.T) {
	ix := openTemp(t)
	ctx := context.Background()
	ix.scanPage = 500
	entries := synthetic(300, 4) // 1200 claims: more than two export pages
	if err := ix.Upsert(ctx, entries...); err != nil {
		t.Fatal(err)
	}
	var got []ClaimDoc
	if err := ix.Export(ctx, Query{}, func(c ClaimDoc) error { got = append(got, c); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1200 {
		t.Fatalf("exported %d claims, want 1200", len(got))
	}
	seen := map[string]bool{}
	for i, c := range got {
		if seen[c.ID] {
			t.Fatalf("claim %s exported twice", c.ID)
		}
		seen[c.ID] = true
		if i > 0 && c.Published.After(got[i-1].Published) {
			t.Fatalf("export not newest first at %d", i)
		}
	}
	var n int
	if err := ix.Export(ctx, Query{Firm: []string{"alibaba group"}}, func(ClaimDoc) error { n++; return nil }); err != nil {
		t.Fatal(err)
	}
	if n != 240 {
		t.Fatalf("filtered export %d, want 240", n)
	}
	stop := errors.New("stop")
	n = 0
	err := ix.Export(ctx, Query{}, func(ClaimDoc) error {
		n++
		if n == 10 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 10 {
		t.Fatalf("export after callback error: err %v after %d, want stop after 10", err, n)
	}
	// Undated claims come last and paging carries on past them.
	undated := synthetic(150, 4)
	for i := range undated {
		undated[i].Article.URL += "/undated"
		undated[i].Article.Published = time.Time{}
	}
	if err := ix.Upsert(ctx, undated...); err != nil {
		t.Fatal(err)
	}
	got = got[:0]
	if err := ix.Export(ctx, Query{}, func(c ClaimDoc) error { got = append(got, c); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1800 || got[0].Published.IsZero() || !got[1799].Published.IsZero() || got[1199].Published.IsZero() {
		t.Fatalf("exported %d claims with undated ones, want 1800 with the 600 undated last", len(got))
	}
	if err := ix.Export(ctx, Query{Text: "/[/"}, func(ClaimDoc) error { return nil }); !errors.Is(err, ErrBadQuery) {
		t.Fatalf("bad export query: err %v", err)
	}
}

func FuzzSearchText(f *testing.F) {
	for _, s := range []string{"alibaba", "", "title:(", "+-", `"unterminated`, "/[/", "kind:penalty AND firm:x", "published:>2021", "a~2^3"} {
		f.Add(s)
	}
	ix := fixtureIndex(f)
	f.Fuzz(func(t *testing.T, text string) {
		_, err := ix.Search(context.Background(), Query{Text: text})
		if err != nil && !errors.Is(err, ErrBadQuery) {
			t.Fatalf("query %q: %v", text, err)
		}
	})
}
