package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestPublisherProfileLookup(t *testing.T) {
	tests := []struct {
		name, host string
		want       bool
	}{
		{"www prefix", "www.spiegel.de", true},
		{"bare host", "taz.de", true},
		{"subdomain uses parent", "edition.independent.co.uk", true},
		{"upper case and trailing dot", "WWW.FAZ.NET.", true},
		{"unknown outlet", "www.example.com", false},
		{"suffix of a known name is not it", "notspiegel.de", false},
		{"empty", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, ok := publisherProfiles.lookup(tc.host); ok != tc.want {
				t.Errorf("lookup(%q) found = %v, want %v", tc.host, ok, tc.want)
			}
		})
	}
}

func TestTitleProfileVersion(t *testing.T) {
	p := titleProfile{
		{until: "2026-01-27", fields: []string{"jsonld"}},
		{fields: []string{"headline"}},
	}
	tests := []struct{ name, day, want string }{
		{"before the change", "2025-05-15", "jsonld"},
		{"on the last day", "2026-01-27", "jsonld"},
		{"after the change", "2026-07-12", "headline"},
		{"unknown date takes the current markup", "", "headline"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := p.version(tc.day).fields[0]; got != tc.want {
				t.Errorf("version(%q) = %s, want %s", tc.day, got, tc.want)
			}
		})
	}
}

func TestProfileTitle(t *testing.T) {
	m := &metaPage{title: "标题--时政--人民网", metas: map[string][]string{
		"og:title":  {"Europe\u00a0: les ventes progressent | Les Echos"},
		"title":     {"停戦「最も合意に近い」\u3000最終案"},
		"taz:title": {"Ein bisschen Fortschritt\u200b"},
		"site-only": {"LES ECHOS"},
	}}
	sites := []string{"Les Echos"}
	tests := []struct {
		name    string
		v       titleVersion
		ld      string
		want    string
		wantSrc string
	}{
		{"jsonld", titleVersion{fields: []string{"jsonld"}}, "LD headline", "LD headline", "profile:jsonld"},
		{"og:title loses the site name", titleVersion{fields: []string{"og:title"}}, "", "Europe\u00a0: les ventes progressent", "profile:og:title"},
		{"spaces folded", titleVersion{fields: []string{"og:title"}, spaces: true}, "", "Europe : les ventes progressent", "profile:og:title"},
		{"ideographic space folded", titleVersion{fields: []string{"title"}, spaces: true}, "", "停戦「最も合意に近い」 最終案", "profile:title"},
		{"typesetting kept without spaces", titleVersion{fields: []string{"taz:title"}}, "", "Ein bisschen Fortschritt\u200b", "profile:taz:title"},
		{"missing field falls to the next", titleVersion{fields: []string{"headline", "jsonld"}}, "LD", "LD", "profile:jsonld"},
		{"nothing found", titleVersion{fields: []string{"headline"}}, "LD", "", ""},
		{"no fields: generic rules", titleVersion{}, "LD", "", ""},
		{"<title> as it stands", titleVersion{fields: []string{"<title>"}}, "", "标题--时政--人民网", "profile:<title>"},
		{"css without a page", titleVersion{fields: []string{"css:h2"}}, "", "", ""},
		{"a field holding only the site name is skipped", titleVersion{fields: []string{"site-only", "jsonld"}}, "LD", "LD", "profile:jsonld"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, src := profileTitle(tc.v, m, nil, tc.ld, sites)
			if got != tc.want || src != tc.wantSrc {
				t.Errorf("profileTitle = %q (%s), want %q (%s)", got, src, tc.want, tc.wantSrc)
			}
		})
	}
}

// The same page reads differently at an outlet with a profile: Spiegel
// means its og:title, t-online its JSON-LD headline until it changed its
// markup and a visible element since, an unknown outlet gets the generic
// rules, and an editor's selector beats all.
func TestArticleTitleProfile(t *testing.T) {
	tmpl := `<html><head>
<title>Silicon Valley Bank: Fed räumt Versäumnisse ein - DER SPIEGEL</title>
<meta property="og:title" content="Silicon Valley Bank: Fed räumt Versäumnisse ein">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Kollaps der Bank: US-Notenbank räumt Fehler ein","datePublished":"DATE"}</script>
</head><body><article><h2><div data-external-article-headline="x">Fed räumt
  Fehler ein</div></h2><h1 class="hl">Kollaps der Bank: US-Notenbank räumt Fehler ein</h1><p>Text der Meldung, lang genug für einen Artikel über die Bank und die Aufsicht.</p></article></body></html>`
	tests := []struct {
		name, url, date string
		hints           Hints
		want, src       string
	}{
		{"profile", "https://www.spiegel.de/wirtschaft/a.html", "2023-04-28", Hints{}, "Silicon Valley Bank: Fed räumt Versäumnisse ein", "profile:og:title"},
		{"no profile", "https://news.example.org/a.html", "2023-04-28", Hints{}, "Kollaps der Bank: US-Notenbank räumt Fehler ein", "jsonld"},
		{"older markup: JSON-LD", "https://www.t-online.de/nachrichten/a.html", "2026-01-07", Hints{}, "Kollaps der Bank: US-Notenbank räumt Fehler ein", "profile:jsonld"},
		{"newer markup: a visible element", "https://www.t-online.de/nachrichten/a.html", "2026-04-15", Hints{}, "Fed räumt Fehler ein", "profile:css:div[data-external-article-headline]"},
		{"selector wins", "https://www.spiegel.de/wirtschaft/a.html", "2023-04-28", Hints{Selectors: Selectors{Title: "h1.hl"}}, "Kollaps der Bank: US-Notenbank räumt Fehler ein", "selector"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			page := []byte(strings.ReplaceAll(tmpl, "DATE", tc.date+"T10:00:00+02:00"))
			doc, err := Article(page, tc.url, tc.hints)
			if err != nil {
				t.Fatal(err)
			}
			if doc.Title != tc.want || doc.Sources["title"] != tc.src {
				t.Errorf("title = %q (%s), want %q (%s)", doc.Title, doc.Sources["title"], tc.want, tc.src)
			}
		})
	}
}

// FuzzArticleProfiles runs pages through the outlets whose profiles read a
// visible element, fold spaces or use dated versions: no panic, and the
// title stays valid UTF-8.
func FuzzArticleProfiles(f *testing.F) {
	f.Add([]byte(`<html><head><meta name="title" content="A\u3000B"><script type="application/ld+json">{"@type":"NewsArticle","headline":"H","datePublished":"2026-07-01"}</script></head><body><header><h1>Visible</h1></header><div data-external-article-headline>Div</div></body></html>`))
	f.Add([]byte(`<title>x</title><meta property="og:title" content="&#xa0;">`))
	f.Add([]byte("<div data-external-article-headline>\xff\xfe</div>"))
	urls := []string{"https://www.t-online.de/a", "https://www.mdr.de/a", "https://mainichi.jp/a", "https://www.hankookilbo.com/a"}
	f.Fuzz(func(t *testing.T, page []byte) {
		for _, u := range urls {
			doc, err := Article(page, u, Hints{})
			if err != nil {
				continue
			}
			if !utf8.ValidString(doc.Title) {
				t.Fatalf("%s: title %q", u, doc.Title)
			}
		}
	})
}
