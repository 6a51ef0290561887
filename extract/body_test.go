package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

const bodyPara = "The commission said on Monday that it had fined the company, which denied any wrongdoing, after an inquiry lasting two years. "

func TestBodyText(t *testing.T) {
	tests := []struct {
		name    string
		page    string
		want    []string
		notWant []string
	}{
		{"hidden and aria-hidden dropped",
			`<div class="story"><p>` + bodyPara + `</p><p style="display: none">Secret promo text that readers never see on the page.</p><p aria-hidden="true">Screen furniture text that is hidden from everyone.</p><p>` + bodyPara + `</p></div>`,
			[]string{"fined the company"}, []string{"Secret promo", "Screen furniture"}},
		{"comments and newsletter dropped",
			`<article><p>` + bodyPara + `</p><p>` + bodyPara + `</p></article><div id="comments"><p>I disagree with this article entirely, and here is why, at length.</p></div><div class="newsletter-box"><p>Sign up for our newsletter to get stories like this, every morning.</p></div>`,
			[]string{"fined the company"}, []string{"I disagree", "Sign up"}},
		{"link list inside the body dropped",
			`<div class="content"><p>` + bodyPara + `</p><ul><li><a href="/1">First related headline here</a></li><li><a href="/2">Second related headline here</a></li></ul><p>` + bodyPara + `</p></div>`,
			[]string{"fined the company"}, []string{"related headline"}},
		{"text with br is paragraphs",
			`<div class="txt">` + bodyPara + `<br><br>Second line of the article, with a comma, and more words to count.</div><div class="nav"><a href="/">Home</a></div>`,
			[]string{"fined the company", "Second line of the article"}, []string{"Home"}},
		{"heading inside the body kept, page h1 dropped",
			`<div class="post"><h1>Page headline</h1><p>` + bodyPara + `</p><h2>What happens next</h2><p>` + bodyPara + `</p></div>`,
			[]string{"What happens next"}, []string{"Page headline"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader("<html><body>" + tc.page + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			got, _ := bodyText(root)
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("text lacks %q:\n%s", w, got)
				}
			}
			for _, w := range tc.notWant {
				if strings.Contains(got, w) {
					t.Errorf("text has %q:\n%s", w, got)
				}
			}
		})
	}
}

func TestBodyParagraphBreaks(t *testing.T) {
	root, _ := html.Parse(strings.NewReader("<body><div class='article-body'><p>" + bodyPara + "</p><p>" + bodyPara + "</p><p>" + bodyPara + "</p></div></body>"))
	got, _ := bodyText(root)
	if n := strings.Count(got, "\n\n"); n != 2 {
		t.Errorf("paragraph breaks = %d, want 2 in %q", n, got)
	}
	if strings.Contains(got, "\n\n\n") || strings.HasPrefix(got, "\n") || strings.HasSuffix(got, "\n") {
		t.Errorf("stray blank lines in %q", got)
	}
}
