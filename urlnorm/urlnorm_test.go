package urlnorm

import "testing"

func TestClean(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"utm family", "https://ex.com/a?utm_source=x&utm_medium=y&id=3", "https://ex.com/a?id=3"},
		{"click ids", "https://ex.com/a?fbclid=1&gclid=2&mc_cid=3&mc_eid=4&ocid=5&cmpid=6", "https://ex.com/a"},
		{"fragment dropped", "https://ex.com/a#comments", "https://ex.com/a"},
		{"host case and port", "HTTPS://Ex.COM:443/A?b=1", "https://ex.com/A?b=1"},
		{"order kept", "https://ex.com/a?z=1&utm_x=2&a=3", "https://ex.com/a?z=1&a=3"},
		{"empty path", "https://ex.com", "https://ex.com/"},
		{"not absolute", " /relative/path ", "/relative/path"},
		{"garbage kept", "%zz", "%zz"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Clean(tc.in); got != tc.want {
				t.Errorf("Clean(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestResolve(t *testing.T) {
	tests := []struct{ name, base, ref, want string }{
		{"relative", "https://ex.com/news/a.html", "b.html?utm_source=rss", "https://ex.com/news/b.html"},
		{"absolute path", "https://ex.com/news/a.html", "/x", "https://ex.com/x"},
		{"scheme relative", "https://ex.com/news/a.html", "//cdn.ex.com/x#y", "https://cdn.ex.com/x"},
		{"empty ref", "https://ex.com/a?fbclid=1", "", "https://ex.com/a"},
		{"absolute ref", "https://ex.com/a", "http://other.org/p", "http://other.org/p"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Resolve(tc.base, tc.ref); got != tc.want {
				t.Errorf("Resolve(%q, %q) = %q, want %q", tc.base, tc.ref, got, tc.want)
			}
		})
	}
}

func FuzzClean(f *testing.F) {
	for _, s := range []string{"https://ex.com/a?utm_source=1#x", "%", "http://[::1]:80/", "a?b&&c=;"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		once := Clean(s)
		if twice := Clean(once); twice != once {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, once, twice)
		}
	})
}
