package extract

import (
	"strings"
	"testing"
	"time"
)

// TestArticleMetadataRules checks the metadata choices measured on the
// fundus set, one small page per rule.
func TestArticleMetadataRules(t *testing.T) {
	tests := []struct {
		name, url, page string
		check           func(t *testing.T, d Document)
	}{
		{"url day refined by a dateline on the same day", "https://www.example.it/2025/04/01/story/",
			`<html><head><title>Story</title></head><body><h1>Story</h1><div class="date">erstellt: 01. April 2025, 15:25</div><p>Text of the story.</p></body></html>`,
			func(t *testing.T, d Document) {
				wantEq(t, "published", d.Published.Format(time.RFC3339), "2025-04-01T15:25:00Z")
				wantEq(t, "source", d.Sources["published"], "text")
			}},
		{"url day kept when the dateline names another day", "https://www.example.it/2025/04/01/story/",
			`<html><head><title>Story</title></head><body><h1>Story</h1><div class="date">02. April 2025, 15:25</div><p>Text.</p></body></html>`,
			func(t *testing.T, d Document) {
				wantEq(t, "published", d.Published.Format(time.RFC3339), "2025-04-01T00:00:00Z")
			}},
		{"outlet-only metadata author gives way to the byline", "https://www.mdr.de/nachrichten/story.html",
			`<html><head><meta property="og:site_name" content="MDR"><meta name="author" content="mdr.de"></head><body><h1>Story</h1><div class="byline">von David Straub, MDR THÜRINGEN</div><p>Text.</p></body></html>`,
			func(t *testing.T, d Document) {
				wantEq(t, "authors", strings.Join(d.Authors, ";"), "David Straub")
				wantEq(t, "source", d.Sources["authors"], "byline")
			}},
		{"initials in the byline do not replace the outlet", "https://www.kicker.de/story",
			`<html><head><meta property="og:site_name" content="kicker"><meta name="author" content="kicker"></head><body><h1>Story</h1><div class="author">amw</div><p>Text.</p></body></html>`,
			func(t *testing.T, d Document) {
				wantEq(t, "authors", strings.Join(d.Authors, ";"), "kicker")
			}},
		{"desk named with the outlet stays beside the reporter", "https://www.mdr.de/nachrichten/story.html",
			`<html><head><meta property="og:site_name" content="MDR"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Story","author":[{"@type":"Person","name":"Engin Haupt"},{"@type":"Person","name":"MDR SACHSEN-ANHALT"}]}</script></head><body><h1>Story</h1><p>Text.</p></body></html>`,
			func(t *testing.T, d Document) {
				wantEq(t, "authors", strings.Join(d.Authors, ";"), "Engin Haupt;MDR SACHSEN-ANHALT")
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Article([]byte(tc.page), tc.url, Hints{})
			if err != nil {
				t.Fatal(err)
			}
			tc.check(t, d)
		})
	}
}

func TestArticleCoAuthors(t *testing.T) {
	tests := []struct {
		name, page, want string
	}{
		{"byline links add a co-author", `<html><head><meta property="article:author" content="Marlene Holm"></head><body><h1>Story</h1><div class="byline"><a rel="author" href="/a">Ingrid Treborg</a> <a rel="author" href="/b">Marlene Holm</a></div><p>Text.</p><aside><a rel="author" href="/c">Other Writer</a></aside></body></html>`, "Ingrid Treborg;Marlene Holm"},
		{"teaser authors are not co-authors", `<html><head><meta property="article:author" content="Carla Siepmann"></head><body><h1>Story</h1><div class="byline"><a rel="author" href="/a">Carla Siepmann</a></div><p>Text.</p><aside><a rel="author" href="/c">Stefan Kaufmann</a></aside></body></html>`, "Carla Siepmann"},
		{"microdata names outside the byline are teasers", `<html><body><h1>Story</h1><div class="byline">By <span itemprop="author">Madeleine Howell</span></div><p>Text.</p><aside><span itemprop="author">Rebecca Astill</span><span itemprop="author">Jack Rear</span></aside></body></html>`, "Madeleine Howell"},
		{"link to the author's page", `<html><head><meta name="author" content="LTO"><meta property="og:site_name" content="LTO"></head><body><h1>Story</h1><p class="meta">von <a href="/autoren/name/max-kolter">Dr. Max Kolter</a></p><p>Text.</p></body></html>`, "Dr. Max Kolter"},
		{"outlet and agency credited jointly", `<html><head><meta property="og:site_name" content="Le Figaro"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Story","author":{"@type":"Person","name":"Le Figaro et AFP"}}</script></head><body><h1>Story</h1><p>Text.</p></body></html>`, "Le Figaro et AFP"},
		{"two people in one json-ld name", `<html><head><meta property="og:site_name" content="Global News"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Story","author":{"@type":"Person","name":"Samya Kullab and Vasilisa Stepanenko"}}</script></head><body><h1>Story</h1><p>Text.</p></body></html>`, "Samya Kullab;Vasilisa Stepanenko"},
		{"article:author tags complete json-ld", `<html><head><meta property="article:author" content="Deutsche Presse-Agentur"><meta property="article:author" content="MM-Redaktion"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Story","author":{"@type":"Person","name":"MM-Redaktion"}}</script></head><body><h1>Story</h1><p>Text.</p></body></html>`, "Deutsche Presse-Agentur;MM-Redaktion"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Article([]byte(tc.page), "https://news.example.com/story", Hints{})
			if err != nil {
				t.Fatal(err)
			}
			wantEq(t, "authors", strings.Join(d.Authors, ";"), tc.want)
		})
	}
}
