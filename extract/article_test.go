package extract

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/article")

// goldenPageURL is the URL every golden page claims to come from; its
// tracking parameter and date path exercise canonical cleaning and the URL
// date fallback.
const goldenPageURL = "https://news.example.com/2024/05/03/story.html?utm_source=rss&id=7#top"

var goldenNow = time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)

// goldenResult is what a golden file stores: the Document, or the error.
type goldenResult struct {
	Error    string    `json:"error,omitempty"`
	Document *Document `json:"document,omitempty"`
}

func TestArticleGolden(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join("testdata", "article", "*.html"))
	if err != nil || len(pages) == 0 {
		t.Fatalf("no golden pages: %v", err)
	}
	for _, page := range pages {
		name := strings.TrimSuffix(filepath.Base(page), ".html")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(page)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := Article(src, goldenPageURL, Hints{Now: goldenNow})
			var res goldenResult
			if err != nil {
				res.Error = err.Error()
			} else {
				res.Document = &doc
			}
			got, err := json.MarshalIndent(res, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := strings.TrimSuffix(page, ".html") + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./extract -run TestArticleGolden -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from golden (rerun with -update after checking):\ngot:\n%s\nwant:\n%s", name, got, want)
			}
		})
	}
}

// TestArticleShapes asserts the behaviour each golden page exists for, so
// that a careless -update cannot bless a regression.
func TestArticleShapes(t *testing.T) {
	read := func(t *testing.T, name string) Document {
		t.Helper()
		src, err := os.ReadFile(filepath.Join("testdata", "article", name+".html"))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Article(src, goldenPageURL, Hints{Now: goldenNow})
		if err != nil {
			t.Fatalf("Article: %v", err)
		}
		return doc
	}
	tests := []struct {
		name  string
		check func(t *testing.T, d Document)
	}{
		{"jsonld_only", func(t *testing.T, d Document) {
			wantEq(t, "title", d.Title, "Port authority fines Blue Dock Ltd over spill")
			wantEq(t, "authors", strings.Join(d.Authors, ";"), "Ana Ruiz;Tom Berg")
			wantEq(t, "published", d.Published.Format(time.RFC3339), "2024-05-03T15:47:42+02:00")
			wantEq(t, "language", d.Language, "en")
			wantContains(t, d.Text, "fined Blue Dock Ltd 2 million euros")
			wantEq(t, "text source", d.Sources["text"], "jsonld")
		}},
		{"no_metadata", func(t *testing.T, d Document) {
			wantEq(t, "title", d.Title, "Regulator opens probe into Northwind Air")
			wantContains(t, d.Text, "opened a formal investigation into Northwind Air")
			wantNotContains(t, d.Text, "All rights reserved")
			wantNotContains(t, d.Text, "Sport")
			wantEq(t, "url", d.URL, "https://news.example.com/2024/05/03/story.html?id=7")
			wantEq(t, "published from url", d.Published.Format("2006-01-02"), "2024-05-03")
			wantEq(t, "paragraphs", strings.Count(d.Text, "\n\n"), 2)
		}},
		{"live_blog", func(t *testing.T, d Document) {
			wantContains(t, d.Text, "All ferry crossings have been cancelled")
			wantContains(t, d.Text, "welcome to our live coverage")
			wantNotContains(t, d.Text, "Harbour Road")
			wantEq(t, "site", d.SiteName, "Coastal Daily")
		}},
		{"paginated", func(t *testing.T, d Document) {
			wantEq(t, "url", d.URL, "https://news.example.com/wirtschaft/kartellamt-fusion?page=2")
			wantNotContains(t, d.Text, "Weiter")
			wantEq(t, "language", d.Language, "de")
			wantEq(t, "published", d.Published.Format(time.RFC3339), "2023-11-02T10:30:00+01:00")
		}},
		{"amp", func(t *testing.T, d Document) {
			wantContains(t, d.Text, "amende de 1,5 million d'euros")
			wantNotContains(t, d.Text, "Accueil")
			wantEq(t, "url", d.URL, "https://www.exemple.fr/tech/cnil-optika.html")
		}},
		{"latin1_declared", func(t *testing.T, d Document) {
			wantContains(t, d.Text, "Transición Ecológica")
			wantEq(t, "language", d.Language, "es")
			wantEq(t, "published", d.Published.Format("2006-01-02"), "2021-03-05")
		}},
		{"cookie_related", func(t *testing.T, d Document) {
			wantContains(t, d.Text, "ordered Vantor Bank to repay customers")
			wantNotContains(t, d.Text, "cookies")
			wantNotContains(t, d.Text, "newsletter")
			wantNotContains(t, d.Text, "shareholders applaud")
			wantEq(t, "authors", strings.Join(d.Authors, ";"), "Priya Shah")
		}},
		{"byline_caption", func(t *testing.T, d Document) {
			wantContains(t, d.Text, "suspended operations at its northern site")
			wantContains(t, d.Text, "publish the results within two weeks")
			wantNotContains(t, d.Text, "Protesters gather")
			wantNotContains(t, d.Text, "Photo credit")
			wantNotContains(t, d.Text, "Share on Facebook")
			wantEq(t, "authors", strings.Join(d.Authors, ";"), "Lee Wong;Sara Ali")
			wantEq(t, "published", d.Published.Format(time.RFC3339), "2024-03-12T09:30:00+08:00")
		}},
		{"headline_only", func(t *testing.T, d Document) {
			wantEq(t, "title", d.Title, "Antitrust, multa a Telco Uno")
			wantEq(t, "language", d.Language, "it")
		}},
		{"br_text", func(t *testing.T, d Document) {
			wantContains(t, d.Text, "O Procon notificou")
			wantContains(t, d.Text, "novos ônibus começam")
			wantNotContains(t, d.Text, "Telefone")
		}},
		{"split_body", func(t *testing.T, d Document) {
			wantContains(t, d.Text, "pressed the chief executive of Orbital Labs")
			wantContains(t, d.Text, "Orbital Labs shares fell 3 percent")
			wantNotContains(t, d.Text, "Most read")
			wantNotContains(t, d.Text, "Senators question Orbital Labs chief")
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.check(t, read(t, tc.name)) })
	}
}

func TestArticleEmpty(t *testing.T) {
	for _, in := range []string{"", "  \n\t", "<html></html>", "<!-- nothing -->"} {
		if _, err := Article([]byte(in), "https://example.com/", Hints{}); !errors.Is(err, ErrNoContent) {
			t.Errorf("Article(%q) error = %v, want ErrNoContent", in, err)
		}
	}
}

func TestArticleGiantPage(t *testing.T) {
	var b strings.Builder
	b.WriteString("<html><body><nav>")
	for i := 0; i < 2000; i++ {
		b.WriteString(`<a href="/x">Section link</a> `)
	}
	b.WriteString("</nav><article>")
	for i := 0; i < 5000; i++ {
		b.WriteString("<p>The commission said on Monday that it had fined the company, which denied wrongdoing, after a two-year inquiry.</p>")
	}
	b.WriteString("</article></body></html>")
	doc, err := Article([]byte(b.String()), "https://example.com/a", Hints{})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(doc.Text, "fined the company"); got != 5000 {
		t.Errorf("paragraphs kept = %d, want 5000", got)
	}
	if strings.Contains(doc.Text, "Section link") {
		t.Error("navigation leaked into text")
	}
}

func TestArticleHintsAndGuards(t *testing.T) {
	page := `<html><head><meta property="article:published_time" content="2031-01-01T00:00:00Z">
<meta name="date" content="1985-01-01"></head><body><div class="headline">Hello</div>
<div class="body"><p>Some body text that is long enough to be a paragraph of an article, with commas, and more.</p></div></body></html>`
	doc, err := Article([]byte(page), "https://example.com/x", Hints{
		Now: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), Language: "nl",
		FeedTitle: "Feed title", FeedPublished: time.Date(2023, 12, 31, 8, 0, 0, 0, time.UTC),
		Selectors: Selectors{Title: ".headline", Body: ".body"},
	})
	if err != nil {
		t.Fatal(err)
	}
	wantEq(t, "title from selector", doc.Title, "Hello")
	wantEq(t, "title source", doc.Sources["title"], "selector")
	wantEq(t, "text source", doc.Sources["text"], "selector")
	// 2031 is after Now+1 day and 1985 is before 1990: the feed date wins.
	wantEq(t, "published", doc.Published.Format(time.RFC3339), "2023-12-31T08:00:00Z")
	wantEq(t, "published source", doc.Sources["published"], "feed")
}

func FuzzArticle(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "article", "*.html"))
	for _, s := range seeds {
		if b, err := os.ReadFile(s); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("<p>\xff\xfe broken <b>utf8</p>"))
	f.Add([]byte(`<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","author":[[[{}]]],"datePublished":99}]}</script>`))
	f.Fuzz(func(t *testing.T, page []byte) {
		doc, err := Article(page, "https://example.com/a?utm_source=x", Hints{})
		if err != nil && !errors.Is(err, ErrNoContent) {
			t.Fatalf("unexpected error kind: %v", err)
		}
		for name, s := range map[string]string{"title": doc.Title, "text": doc.Text, "url": doc.URL, "language": doc.Language,
			"site": doc.SiteName, "description": doc.Description, "authors": strings.Join(doc.Authors, "\x00")} {
			if !utf8.ValidString(s) {
				t.Fatalf("%s is not valid UTF-8: %q", name, s)
			}
		}
		// Text is rendered from the page, so it can never be much larger
		// than the input (entities expand at most a few bytes each).
		if len(doc.Text) > 4*len(page)+64 {
			t.Fatalf("text (%d bytes) larger than plausible for %d input bytes", len(doc.Text), len(page))
		}
	})
}

func wantEq[T comparable](t *testing.T, what string, got, want T) {
	t.Helper()
	if got != want {
		t.Errorf("%s = %v, want %v", what, got, want)
	}
}

func wantContains(t *testing.T, text, sub string) {
	t.Helper()
	if !strings.Contains(text, sub) {
		t.Errorf("text lacks %q; text:\n%s", sub, text)
	}
}

func wantNotContains(t *testing.T, text, sub string) {
	t.Helper()
	if strings.Contains(text, sub) {
		t.Errorf("text contains %q; text:\n%s", sub, text)
	}
}
