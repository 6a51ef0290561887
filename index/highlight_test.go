package index

import (
	"context"
	"strings"
	"testing"
)

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
