package crawler

import (
	"slices"
	"testing"
)

func TestScanHTML(t *testing.T) {
	cases := []struct {
		name, body, canonical string
		links                 []string
	}{
		{"canonical wins over og", `<link rel="Canonical" href="/c?utm_source=x"><meta property="og:url" content="/og">`, "https://n.example/c", nil},
		{"og fallback", `<meta property="og:url" content="https://n.example/og#top">`, "https://n.example/og", nil},
		{"rel list", `<link rel="alternate canonical" href="https://n.example/x">`, "https://n.example/x", nil},
		{"non-http canonical ignored", `<link rel=canonical href="android-app://x/y">`, "", nil},
		{"base href", `<base href="https://cdn.example/sec/"><a href="story-1">s</a><a href="#x">x</a><a href="mailto:a@b">m</a><a href="story-1?utm_medium=y">dup</a>`,
			"", []string{"https://cdn.example/sec/story-1"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := scanHTML([]byte(tc.body), "https://n.example/page", true)
			if got.Canonical != tc.canonical {
				t.Errorf("canonical = %q, want %q", got.Canonical, tc.canonical)
			}
			if !slices.Equal(got.Links, tc.links) {
				t.Errorf("links = %q, want %q", got.Links, tc.links)
			}
		})
	}
}

func FuzzScanHTML(f *testing.F) {
	f.Add([]byte(`<link rel=canonical href="/a"><a href="b">b</a>`))
	f.Add([]byte(`<base href="//x"><meta property=og:url content="http://[::1]:80/">`))
	f.Fuzz(func(t *testing.T, b []byte) {
		got := scanHTML(b, "https://n.example/dir/page", true)
		for _, l := range append(got.Links, got.Canonical) {
			if l != "" && !isHTTP(l) {
				t.Fatalf("non-http URL %q", l)
			}
		}
	})
}

func FuzzParseFeed(f *testing.F) {
	f.Add([]byte(`<rss version="2.0"><channel><item><link>/a</link><pubDate>Tue, 02 Jan 2024 10:00:00 GMT</pubDate></item></channel></rss>`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="b"/></entry></feed>`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1","items":[{"url":"c"}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		es, err := parseFeed(b, "https://n.example/feed.xml")
		if err != nil {
			return
		}
		for _, e := range es {
			if e.URL == "" || e.Via != viaFeed {
				t.Fatalf("bad entry %+v", e)
			}
		}
	})
}
