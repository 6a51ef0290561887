package demo

import (
	"strings"
	"testing"
)

func TestParseArticle(t *testing.T) {
	good := "---\ntitle: T\nauthors: A; B\npublished: 2021-09-13T10:00:00+08:00\ntags: x, y\n---\nFirst line\ncontinues.\n\n## Head\n\nLast.\n"
	a, err := parseArticle("content/wire/s.md", []byte(good))
	if err != nil {
		t.Fatal(err)
	}
	if a.Outlet != "wire" || a.Slug != "s" || len(a.Authors) != 2 || len(a.Tags) != 2 || a.Language != "en" {
		t.Errorf("parsed %+v", a)
	}
	if want := []string{"First line continues.", "## Head", "Last."}; strings.Join(a.Body, "|") != strings.Join(want, "|") {
		t.Errorf("body %q, want %q", a.Body, want)
	}
	if _, off := a.Published.Zone(); off != 8*3600 {
		t.Errorf("zone offset %d, want +8h", off)
	}

	bad := []struct {
		name, in, want string
	}{
		{"no front matter", "title: x\n", ":1: want front matter"},
		{"unclosed", "---\ntitle: x\n", "not closed"},
		{"no colon", "---\ntitle x\n---\nbody\n", ":2: want key: value"},
		{"unknown key", "---\ntitel: x\n---\nbody\n", `:2: unknown front matter key "titel"`},
		{"bad time", "---\ntitle: x\npublished: 2021-09-13\n---\nbody\n", ":3: published: want RFC 3339"},
		{"no title", "---\npublished: 2021-09-13T10:00:00Z\n---\nbody\n", "no title"},
		{"no body", "---\ntitle: x\npublished: 2021-09-13T10:00:00Z\n---\n\n", "no body"},
		{"bad charset", "---\ncharset: latin1\n---\n", "only gbk"},
		{"bad canonical", "---\ncanonical: x\n---\n", "want outlet/slug"},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseArticle("content/wire/s.md", []byte(tc.in))
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "content/wire/s.md") {
				t.Errorf("err %v, want one naming the file and containing %q", err, tc.want)
			}
		})
	}
}

func FuzzParseArticle(f *testing.F) {
	f.Add([]byte("---\ntitle: T\npublished: 2021-09-13T10:00:00+08:00\n---\nBody.\n"))
	f.Add([]byte("---\n---\n"))
	f.Add([]byte(""))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := parseArticle("content/x/y.md", data)
		if err != nil {
			return
		}
		if a.Title == "" || a.Published.IsZero() || len(a.Body) == 0 {
			t.Fatalf("accepted incomplete article %+v", a)
		}
	})
}
