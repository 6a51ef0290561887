package index

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimwatch/claimwatch/extract"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t.Add(10 * time.Hour)
}

var (
	samr    = extract.Entity{Name: "SAMR", Canonical: "State Administration for Market Regulation", Type: extract.TypeRegulator, Country: "CN"}
	miit    = extract.Entity{Name: "the Ministry of Industry and Information Technology", Canonical: "MIIT", Type: extract.TypeGovernment, Country: "CN"}
	alibaba = extract.Entity{Name: "Alibaba", Canonical: "Alibaba Group", Type: extract.TypeFirm}
	tencent = extract.Entity{Name: "Tencent", Canonical: "Tencent Holdings", Type: extract.TypeFirm}
	didi    = extract.Entity{Name: "Didi", Type: extract.TypeFirm}
	cac     = extract.Entity{Name: "Cyberspace Administration of China", Canonical: "CAC", Type: extract.TypeRegulator}
	fintech = extract.Entity{Name: "fintech firms", Type: extract.TypeSector}
)

func claim(kind string, actor extract.Entity, certainty, sentence string, targets ...extract.Entity) extract.Claim {
	return extract.Claim{Kind: kind, Actor: actor, Targets: targets, Certainty: certainty, Sentence: sentence, Action: "test", Rule: "test"}
}

// fixture is three articles with eight claims between them.
func fixture() []Entry {
	return []Entry{
		{
			Article: ArticleDoc{URL: "https://reuters.example/samr-fine", Source: "reuters", Outlet: "Reuters", Country: "GB", Language: "en",
				Title: "China fines Alibaba record $2.8 billion", Published: day("2021-09-13"), Authors: []string{"A. Writer"},
				Text: "China's market regulator fined Alibaba Group a record 18.2 billion yuan on Saturday.\n\nThe regulator also opened a probe into Tencent."},
			Claims: []extract.Claim{
				claim(extract.KindPenalty, samr, extract.Asserted, "China's market regulator fined Alibaba Group a record 18.2 billion yuan on Saturday.", alibaba),
				claim(extract.KindProbe, samr, extract.Reported, "The regulator also opened a probe into Tencent.", tencent),
			},
		},
		{
			Article: ArticleDoc{URL: "https://caixin.example/interop", Source: "caixin", Outlet: "Caixin", Country: "CN", Language: "en",
				Title: "MIIT orders tech giants to stop blocking links", Published: day("2021-10-02"),
				Text: "The ministry told Tencent and Alibaba to unblock links. Alibaba said it would comply."},
			Claims: []extract.Claim{
				claim(extract.KindMandate, miit, extract.Reported, "The ministry said <script>alert(1)</script> Tencent & Alibaba must unblock links.", tencent, alibaba),
				claim(extract.KindResponse, alibaba, extract.Asserted, "Alibaba said it would comply with the guidance."),
				claim(extract.KindMandate, miit, extract.Hedged, "Fintech firms may be told to cut ties with platforms.", fintech),
			},
		},
		{
			Article: ArticleDoc{URL: "https://scmp.example/didi", Source: "scmp", Outlet: "SCMP", Country: "HK", Language: "en",
				Title: "Regulator probes Didi after IPO", Published: day("2021-11-20"),
				Text: "The Cyberspace Administration of China opened a cybersecurity review of Didi."},
			Claims: []extract.Claim{
				claim(extract.KindProbe, cac, extract.Asserted, "The Cyberspace Administration of China opened a cybersecurity review of Didi.", didi),
				claim(extract.KindApproval, samr, extract.Reported, "SAMR approved the Tencent deal.", tencent),
				claim(extract.KindPenalty, samr, extract.Asserted, "SAMR fined Tencent 500,000 yuan.", tencent),
			},
		},
	}
}

func openTemp(t testing.TB) *Index {
	t.Helper()
	ix, err := Open(filepath.Join(t.TempDir(), "index.bleve"))
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

func fixtureIndex(t testing.TB) *Index {
	t.Helper()
	ix := openTemp(t)
	if err := ix.Upsert(context.Background(), fixture()...); err != nil {
		t.Fatalf("Upsert: %v", err)
	}
	return ix
}

func mustStats(t *testing.T, ix *Index) Stats {
	t.Helper()
	st, err := ix.Stats(context.Background())
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	return st
}

func TestUpsertReplaces(t *testing.T) {
	ctx := context.Background()
	ix := fixtureIndex(t)
	if st := mustStats(t, ix); st.Articles != 3 || st.Claims != 8 || st.SizeBytes <= 0 {
		t.Fatalf("after first upsert: %+v, want 3 articles, 8 claims, some bytes", st)
	}
	if err := ix.Upsert(ctx, fixture()...); err != nil {
		t.Fatal(err)
	}
	if st := mustStats(t, ix); st.Articles != 3 || st.Claims != 8 {
		t.Fatalf("after re-upsert: %+v, want 3 articles and 8 claims (no duplicates)", st)
	}

	// The Caixin article is re-crawled with one claim left.
	e := fixture()[1]
	e.Claims = e.Claims[1:2]
	if err := ix.Upsert(ctx, e); err != nil {
		t.Fatal(err)
	}
	if st := mustStats(t, ix); st.Articles != 3 || st.Claims != 6 {
		t.Fatalf("after shrinking re-upsert: %+v, want 3 articles and 6 claims", st)
	}
	id := ArticleID(e.Article.URL)
	a, claims, err := ix.Article(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if a.ClaimCount != 1 || len(claims) != 1 || claims[0].Kind != extract.KindResponse {
		t.Fatalf("article has ClaimCount %d and claims %+v, want the one response", a.ClaimCount, claims)
	}
	if _, err := ix.Claim(ctx, ClaimID(id, 2)); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Claim of removed position: err %v, want ErrNotFound", err)
	}
}

func TestUpsertDuplicateURLInOneCall(t *testing.T) {
	ix := openTemp(t)
	a, b := fixture()[0], fixture()[0]
	b.Claims = b.Claims[:1]
	if err := ix.Upsert(context.Background(), a, b); err != nil {
		t.Fatal(err)
	}
	if st := mustStats(t, ix); st.Articles != 1 || st.Claims != 1 {
		t.Fatalf("stats %+v, want the last entry's 1 article and 1 claim", st)
	}
}

func TestUpsertRejectsEntryWithoutURL(t *testing.T) {
	ix := openTemp(t)
	err := ix.Upsert(context.Background(), Entry{Article: ArticleDoc{Title: "x"}})
	if err == nil || !strings.Contains(err.Error(), "no URL") {
		t.Fatalf("err %v, want a no-URL error", err)
	}
}

func TestUpsertHonoursContext(t *testing.T) {
	ix := openTemp(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := ix.Upsert(ctx, fixture()...); !errors.Is(err, context.Canceled) {
		t.Fatalf("err %v, want context.Canceled", err)
	}
}

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
		{"kind", Query{Kind: []string{"penalty"}}, 2},
		{"kind case", Query{Kind: []string{"PENALTY"}}, 2},
		{"kinds ORed", Query{Kind: []string{"penalty", "probe"}}, 4},
		{"actor canonical", Query{Actor: []string{"State Administration for Market Regulation"}}, 4},
		{"actor lower", Query{Actor: []string{"state administration for market regulation"}}, 4},
		{"actor name only", Query{Actor: []string{"didi"}}, 0},
		{"firm", Query{Firm: []string{"Tencent Holdings"}}, 4},
		{"firm lower", Query{Firm: []string{"alibaba group"}}, 2},
		{"firm without canonical", Query{Firm: []string{"DIDI"}}, 1},
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

func facetMap(tc []TermCount) map[string]int {
	m := map[string]int{}
	for _, x := range tc {
		m[x.Term] = x.Count
	}
	return m
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

func TestHighlightEscapes(t *testing.T) {
	ix := fixtureIndex(t)
	res, err := ix.Search(context.Background(), Query{Text: "unblock"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) != 1 {
		t.Fatalf("%d hits, want 1", len(res.Hits))
	}
	h := res.Hits[0].Highlight
	want := "The ministry said &lt;script&gt;alert(1)&lt;/script&gt; Tencent &amp; Alibaba must <mark>unblock</mark> links."
	if h != want {
		t.Fatalf("highlight\n%s\nwant\n%s", h, want)
	}
	// Without a text query the sentence is still escaped.
	res, err = ix.Search(context.Background(), Query{Kind: []string{"mandate"}, Certainty: []string{"reported"}})
	if err != nil {
		t.Fatal(err)
	}
	if hl := res.Hits[0].Highlight; strings.Contains(hl, "<script>") || strings.Contains(hl, "<mark>") {
		t.Fatalf("unhighlighted sentence not escaped or marked: %s", hl)
	}
}

func TestMarkAndSnippet(t *testing.T) {
	tests := []struct {
		name  string
		s     string
		spans []span
		want  string
	}{
		{"none", "a<b", nil, "a&lt;b"},
		{"two", "fine alibaba and tencent", []span{{5, 12}, {17, 24}}, "fine <mark>alibaba</mark> and <mark>tencent</mark>"},
		{"escape inside mark", "x <b> y", []span{{2, 5}}, "x <mark>&lt;b&gt;</mark> y"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := mark(tc.s, tc.spans, 0, len(tc.s)); got != tc.want {
				t.Fatalf("got %q want %q", got, tc.want)
			}
		})
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

// synthetic makes n articles with claimsPer claims each, dated one per day
// from 2020-01-01.
func synthetic(n, claimsPer int) []Entry {
	firms := []extract.Entity{alibaba, tencent, didi, {Name: "Meituan", Type: extract.TypeFirm}, {Name: "JD.com", Type: extract.TypeFirm}}
	actors := []extract.Entity{samr, miit, cac}
	kinds := validKinds
	outlets := []string{"Reuters", "Caixin", "SCMP", "Nikkei"}
	out := make([]Entry, n)
	for i := range out {
		f := firms[i%len(firms)]
		e := Entry{Article: ArticleDoc{
			URL:       fmt.Sprintf("https://synthetic.example/%d", i),
			Outlet:    outlets[i%len(outlets)],
			Country:   []string{"GB", "CN", "HK", "JP"}[i%4],
			Language:  "en",
			Title:     fmt.Sprintf("Regulators and %s, part %d", f.Name, i),
			Published: day("2020-01-01").AddDate(0, 0, i),
			Text:      fmt.Sprintf("Article %d about %s and its regulators.", i, f.Name),
		}}
		for j := 0; j < claimsPer; j++ {
			a := actors[(i+j)%len(actors)]
			e.Claims = append(e.Claims, claim(kinds[(i+j)%len(kinds)], a, validCertainty[j%3],
				fmt.Sprintf("%s fined %s over antitrust issue number %d.", a.Name, f.Name, j), f))
		}
		out[i] = e
	}
	return out
}

func TestExportAllPages(t *testing.T) {
	ix := openTemp(t)
	ctx := context.Background()
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

func TestOpenLockedAndReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "index.bleve")
	ix, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Upsert(context.Background(), fixture()...); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(path); !errors.Is(err, ErrLocked) {
		t.Fatalf("second Open: err %v, want ErrLocked", err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	ix, err = Open(path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer ix.Close()
	if st, err := ix.Stats(context.Background()); err != nil || st.Claims != 8 {
		t.Fatalf("reopened stats %+v %v, want 8 claims", st, err)
	}
}

func TestOpenOverEmptyDir(t *testing.T) {
	path := filepath.Join(t.TempDir(), "index.bleve")
	if err := os.Mkdir(path, 0o755); err != nil {
		t.Fatal(err)
	}
	ix, err := Open(path)
	if err != nil {
		t.Fatalf("Open over an empty dir: %v", err)
	}
	ix.Close()
}

func TestConcurrentUpsertAndSearch(t *testing.T) {
	ix := fixtureIndex(t)
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for w := 0; w < 4; w++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			for i := 0; i < 5; i++ {
				if err := ix.Upsert(ctx, fixture()...); err != nil {
					errs <- err
				}
			}
		}()
		go func() {
			defer wg.Done()
			for i := 0; i < 5; i++ {
				if _, err := ix.Search(ctx, Query{Text: "alibaba"}); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	if st := mustStats(t, ix); st.Articles != 3 || st.Claims != 8 {
		t.Fatalf("after concurrent re-upserts: %+v, want 3 articles and 8 claims", st)
	}
}

func TestArticleID(t *testing.T) {
	a := ArticleID("https://example.com/a")
	if len(a) != 16 || a != ArticleID("https://example.com/a") || a == ArticleID("https://example.com/b") {
		t.Fatalf("ArticleID not a stable 16-hex hash: %q", a)
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
