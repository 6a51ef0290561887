package extract

import (
	"strings"
	"testing"
)

func TestValidateSelectors(t *testing.T) {
	tests := []struct {
		name    string
		sel     Selectors
		wantErr string
	}{
		{"empty is fine", Selectors{}, ""},
		{"valid", Selectors{Title: "h1.headline", Body: "div.article-body > p, .lede", Authors: "[rel=author]", Published: "time[datetime]"}, ""},
		{"bad body named", Selectors{Body: "div[[["}, `selector body "div[[["`},
		{"bad published named", Selectors{Title: "h1", Published: "time::"}, `selector published "time::"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := ValidateSelectors(tc.sel)
			if tc.wantErr == "" {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("error = %v, want one containing %s", err, tc.wantErr)
			}
		})
	}
}

func TestArticleBadSelectorFallsBack(t *testing.T) {
	page := []byte("<html><body><div class='x'><p>Some text that is long enough, with commas, to be a paragraph here.</p></div></body></html>")
	doc, err := Article(page, "https://example.com/a", Hints{Selectors: Selectors{Body: "[[[", Title: "::bad"}})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Sources["text"] != "generic" || !strings.Contains(doc.Text, "long enough") {
		t.Errorf("text %q from %q, want the generic extractor's", doc.Text, doc.Sources["text"])
	}
}
