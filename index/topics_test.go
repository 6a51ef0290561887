package index

import (
	"context"
	"testing"

	"github.com/claimwatch/claimwatch/extract"
)

// A story's topic is searchable as a word even when its sentences never say it.
func TestSearchFindsClaimsByTopic(t *testing.T) {
	ix := openTemp(t)
	c := claim(extract.KindMandate, miit, extract.Reported, "The ministry told Tencent to stop blocking links.", tencent)
	c.Topics = []string{"interoperability"}
	other := claim(extract.KindPenalty, samr, extract.Asserted, "SAMR fined Alibaba.", alibaba)
	other.Topics = []string{"antitrust"}
	entry := Entry{Article: ArticleDoc{URL: "https://example.test/a", Outlet: "X", Title: "Links", Published: day("2021-09-13")},
		Claims: []extract.Claim{c, other}}
	if err := ix.Upsert(context.Background(), entry); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		q    string
		want int
	}{{"interoperability", 1}, {"antitrust", 1}, {"data protection", 0}} {
		t.Run(tc.q, func(t *testing.T) {
			res, err := ix.Search(context.Background(), Query{Text: tc.q})
			if err != nil {
				t.Fatal(err)
			}
			if int(res.Total) != tc.want {
				t.Fatalf("%q: %d hits, want %d", tc.q, res.Total, tc.want)
			}
		})
	}
}

// A response's target is the authority it answers: it is no firm, so the
// firm facet and filter leave it out while free text still finds it.
func TestFirmFacetLeavesOutAuthorities(t *testing.T) {
	ix := openTemp(t)
	resp := claim(extract.KindResponse, alibaba, extract.Asserted, "Alibaba said it would comply with the ministry's order.", miit)
	entry := Entry{Article: ArticleDoc{URL: "https://example.test/r", Outlet: "X", Title: "Comply", Published: day("2021-09-13")},
		Claims: []extract.Claim{resp}}
	if err := ix.Upsert(context.Background(), entry); err != nil {
		t.Fatal(err)
	}
	res, err := ix.Search(context.Background(), Query{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Facets.Firm) != 0 {
		t.Errorf("firm facet %v, want none (the only target is a ministry)", res.Facets.Firm)
	}
	byFirm, err := ix.Search(context.Background(), Query{Firm: []string{"MIIT"}})
	if err != nil {
		t.Fatal(err)
	}
	if byFirm.Total != 0 {
		t.Errorf("firm filter MIIT found %d claims, want 0", byFirm.Total)
	}
	byText, err := ix.Search(context.Background(), Query{Text: "ministry"})
	if err != nil {
		t.Fatal(err)
	}
	if byText.Total != 1 {
		t.Errorf("free text 'ministry' found %d claims, want 1", byText.Total)
	}
}
