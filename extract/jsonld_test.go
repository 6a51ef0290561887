package extract

import (
	"strings"
	"testing"
)

func TestJSONLDArticles(t *testing.T) {
	tests := []struct {
		name        string
		scripts     []string
		wantHead    string
		wantAuthors string
		wantOrg     bool
		wantBody    string
	}{
		{"graph picks the article over the website",
			[]string{`{"@graph":[{"@type":"WebSite","name":"Site"},{"@type":"WebPage","name":"Page"},{"@type":["NewsArticle"],"headline":"H","author":{"@type":"Person","name":"A B"}}]}`},
			"H", "A B", false, ""},
		{"array of blocks and string authors",
			[]string{`[{"@type":"BreadcrumbList"},{"@type":"Article","headline":"X","author":["Jo Roe","Al Doe"],"articleBody":"Body."}]`},
			"X", "Jo Roe|Al Doe", false, "Body."},
		{"organisation only author is flagged",
			[]string{`{"@type":"NewsArticle","headline":"Y","author":{"@type":"Organization","name":"Daily"}}`},
			"Y", "Daily", true, ""},
		{"persons preferred over organisations",
			[]string{`{"@type":"NewsArticle","headline":"Z","author":[{"@type":"Organization","name":"Daily"},{"@type":"Person","name":"Kim Lee"}]}`},
			"Z", "Kim Lee", false, ""},
		{"raw newlines inside strings are repaired",
			[]string{"{\"@type\":\"NewsArticle\",\"headline\":\"Line\none\",\"articleBody\":\"a\tb\"}"},
			"Line one", "", false, "a b"},
		{"html comment wrapper and trailing semicolon",
			[]string{`<!-- {"@type":"BlogPosting","headline":"C"}; -->`},
			"C", "", false, ""},
		{"mainEntity nesting",
			[]string{`{"@type":"WebPage","mainEntity":{"@type":"ReportageNewsArticle","headline":"M"}}`},
			"M", "", false, ""},
		{"garbage is skipped", []string{`{not json`, `{"@type":"NewsArticle","headline":"G"}`}, "G", "", false, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			as := jsonldArticles(tc.scripts)
			if len(as) == 0 {
				t.Fatal("no article found")
			}
			a := as[0]
			if got := strings.Join(strings.Fields(a.headline), " "); got != tc.wantHead {
				t.Errorf("headline = %q, want %q", got, tc.wantHead)
			}
			if got := strings.Join(a.authors, "|"); got != tc.wantAuthors {
				t.Errorf("authors = %q, want %q", got, tc.wantAuthors)
			}
			if a.orgAuthor != tc.wantOrg {
				t.Errorf("orgAuthor = %v, want %v", a.orgAuthor, tc.wantOrg)
			}
			if tc.wantBody != "" && strings.Join(strings.Fields(a.body), " ") != tc.wantBody {
				t.Errorf("body = %q, want %q", a.body, tc.wantBody)
			}
		})
	}
}

func FuzzJSONLD(f *testing.F) {
	f.Add(`{"@graph":[{"@type":"NewsArticle","headline":"H","author":[{"name":"A"}]}]}`)
	f.Add(`[[[[[[[[[[{"@type":"Article"}]]]]]]]]]]`)
	f.Fuzz(func(t *testing.T, s string) {
		_ = jsonldArticles([]string{s})
	})
}
