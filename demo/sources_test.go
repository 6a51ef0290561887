package demo

import (
	"testing"

	"github.com/claimwatch/claimwatch/sources"
)

func TestSourcesTOMLParsesToSources(t *testing.T) {
	const base = "http://127.0.0.1:8099"
	got, err := sources.Parse("demo.toml", []byte(SourcesTOML(base)))
	if err != nil {
		t.Fatalf("sources.Parse: %v\n%s", err, SourcesTOML(base))
	}
	want := Sources(base)
	if got.Defaults != want.Defaults {
		t.Errorf("defaults:\n got %+v\nwant %+v", got.Defaults, want.Defaults)
	}
	if len(got.Sources) != len(want.Sources) {
		t.Fatalf("%d sources, want %d", len(got.Sources), len(want.Sources))
	}
	for i, w := range want.Sources {
		g := got.Sources[i]
		t.Run(w.Name, func(t *testing.T) {
			gp, wp := "", ""
			if g.ArticlePattern != nil {
				gp = g.ArticlePattern.String()
			}
			if w.ArticlePattern != nil {
				wp = w.ArticlePattern.String()
			}
			if gp != wp {
				t.Errorf("article pattern %q, want %q", gp, wp)
			}
			g.ArticlePattern, w.ArticlePattern = nil, nil
			g.Line, w.Line = 0, 0
			if !equalSource(g, w) {
				t.Errorf("\n got %+v\nwant %+v", g, w)
			}
		})
	}
}

func equalSource(a, b sources.Source) bool {
	eq := func(x, y []string) bool {
		if len(x) != len(y) {
			return false
		}
		for i := range x {
			if x[i] != y[i] {
				return false
			}
		}
		return true
	}
	return eq(a.Feeds, b.Feeds) && eq(a.Sitemaps, b.Sitemaps) && eq(a.StartURLs, b.StartURLs) &&
		eq(a.AllowedDomains, b.AllowedDomains) && eq(a.Tags, b.Tags) &&
		a.Name == b.Name && a.Outlet == b.Outlet && a.Country == b.Country && a.Language == b.Language &&
		a.Schedule == b.Schedule && a.Enabled == b.Enabled && a.Selectors == b.Selectors &&
		a.UserAgent == b.UserAgent && a.Delay == b.Delay && a.Parallelism == b.Parallelism &&
		a.Timeout == b.Timeout && a.MaxBody == b.MaxBody && a.MaxPages == b.MaxPages &&
		a.RespectRobots == b.RespectRobots && a.AllowPrivate == b.AllowPrivate
}
