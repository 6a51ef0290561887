package index

import (
	"context"
	"fmt"
	"path/filepath"
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

func facetMap(tc []TermCount) map[string]int {
	m := map[string]int{}
	for _, x := range tc {
		m[x.Term] = x.Count
	}
	return m
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
