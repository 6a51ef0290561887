package web

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
)

// TestMethodNotAllowed: a known path asked with the wrong method is 405 with
// an Allow header (JSON under /api, the error page elsewhere); an unknown
// path stays 404 whatever the method.
func TestMethodNotAllowed(t *testing.T) {
	ts := newTestServer(t, fixture())
	cases := []struct {
		name, method, path string
		code               int
		allow              string
		json               bool
	}{
		{"post to search api", "POST", "/api/search", 405, "GET, HEAD", true},
		{"delete a claim", "DELETE", "/api/claims/abc", 405, "GET, HEAD", true},
		{"put a source test", "PUT", "/api/sources/reuters/test", 405, "GET, HEAD, POST", true},
		{"post to export", "POST", "/api/export", 405, "GET, HEAD", true},
		{"post to search page", "POST", "/", 405, "GET, HEAD", false},
		{"post to sources page", "POST", "/sources", 405, "GET, HEAD", false},
		{"post to healthz", "POST", "/healthz", 405, "GET, HEAD", false},
		{"unknown api path", "POST", "/api/nope", 404, "", true},
		{"unknown page", "DELETE", "/no/such/page", 404, "", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			req, err := http.NewRequest(tc.method, ts.URL+tc.path, nil)
			if err != nil {
				t.Fatal(err)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			body, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != tc.code {
				t.Fatalf("status %d, want %d; body %s", resp.StatusCode, tc.code, body)
			}
			if got := resp.Header.Get("Allow"); got != tc.allow {
				t.Errorf("Allow %q, want %q", got, tc.allow)
			}
			ct := resp.Header.Get("Content-Type")
			if tc.json {
				var e apiError
				if !strings.HasPrefix(ct, "application/json") || json.Unmarshal(body, &e) != nil || e.Error == "" {
					t.Fatalf("want a JSON error body, got %q: %s", ct, body)
				}
				if tc.code == 405 && !strings.Contains(e.Error, tc.method) {
					t.Errorf("error %q does not name the method", e.Error)
				}
			} else if !strings.HasPrefix(ct, "text/html") {
				t.Errorf("content type %q, want the HTML error page", ct)
			}
		})
	}
}
