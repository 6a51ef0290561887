package web

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func newTestServer(t *testing.T, f *fakeIndex, opts ...func(*Options)) *httptest.Server {
	t.Helper()
	o := Options{Index: f, Now: func() time.Time { return time.Date(2021, 10, 1, 12, 0, 0, 0, time.UTC) }}
	for _, fn := range opts {
		fn(&o)
	}
	ts := httptest.NewServer(New(o).Handler())
	t.Cleanup(ts.Close)
	return ts
}

func get(t *testing.T, ts *httptest.Server, path string) (*http.Response, string) {
	t.Helper()
	resp, err := http.Get(ts.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(body)
}

func TestAPIErrors(t *testing.T) {
	ts := newTestServer(t, fixture())
	cases := []struct {
		name, path string
		code       int
		param      string
	}{
		{"bad since", "/api/search?since=2021-13-01", 400, "since"},
		{"bad until", "/api/search?until=yesterday", 400, "until"},
		{"until before since", "/api/search?since=2021-05-01&until=2021-04-01", 400, "until"},
		{"page zero", "/api/search?page=0", 400, "page"},
		{"page not a number", "/api/search?page=two", 400, "page"},
		{"page too deep", "/api/search?page=600&size=20", 400, "page"},
		{"size too big", "/api/search?size=1001", 400, "size"},
		{"size zero", "/api/search?size=0", 400, "size"},
		{"unknown sort", "/api/search?sort=score", 400, "sort"},
		{"unknown kind", "/api/search?kind=penalty&kind=fine", 400, "kind"},
		{"unknown certainty", "/api/search?certainty=sure", 400, "certainty"},
		{"bad query syntax", "/api/search?q=((", 400, "q"},
		{"query too long", "/api/search?q=" + strings.Repeat("a", 2001), 400, "q"},
		{"export bad format", "/api/export?format=xlsx", 400, "format"},
		{"export bad kind", "/api/export?kind=nope", 400, "kind"},
		{"export bad query", "/api/export?q=((", 400, "q"},
		{"claim not found", "/api/claims/nope", 404, ""},
		{"article not found", "/api/articles/nope", 404, ""},
		{"unknown endpoint", "/api/nope", 404, ""},
		{"dry run unavailable", "/api/sources/reuters/test", 404, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := get(t, ts, tc.path)
			if resp.StatusCode != tc.code {
				t.Fatalf("status %d, want %d; body %s", resp.StatusCode, tc.code, body)
			}
			if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Fatalf("content type %q, want JSON", ct)
			}
			var e apiError
			if err := json.Unmarshal([]byte(body), &e); err != nil {
				t.Fatalf("error body is not JSON: %v: %s", err, body)
			}
			if e.Error == "" || e.Param != tc.param {
				t.Fatalf("error %+v, want param %q and a message", e, tc.param)
			}
		})
	}
}

func TestAPISearch(t *testing.T) {
	ts := newTestServer(t, fixture())
	cases := []struct {
		name, query string
		total       uint64
		hits        int
		check       func(t *testing.T, r searchResponse)
	}{
		{"everything", "", 7, 7, nil},
		{"text", "q=fined", 3, 3, func(t *testing.T, r searchResponse) {
			if !strings.Contains(r.Hits[0].Highlight, "<mark>fined</mark>") {
				t.Errorf("highlight %q has no mark", r.Hits[0].Highlight)
			}
			if r.Hits[0].URL == "" || r.Hits[0].Outlet == "" || r.Hits[0].Title == "" || r.Hits[0].Published.IsZero() {
				t.Errorf("hit lacks article fields: %+v", r.Hits[0])
			}
		}},
		{"kinds ORed", "kind=probe&kind=mandate", 2, 2, nil},
		{"outlet and kind ANDed", "outlet=Caixin&kind=penalty", 1, 1, nil},
		{"firm", "firm=Tencent", 2, 2, nil},
		{"date range", "since=2021-04-11&until=2021-04-12", 2, 2, nil},
		{"paging", "size=2&page=2", 7, 2, func(t *testing.T, r searchResponse) {
			if r.Page != 2 || r.Size != 2 {
				t.Errorf("page %d size %d, want 2 and 2", r.Page, r.Size)
			}
		}},
		{"facets", "", 7, 7, func(t *testing.T, r searchResponse) {
			if len(r.Facets.Kind) == 0 || r.Facets.Kind[0].Term != "penalty" || r.Facets.Kind[0].Count != 3 {
				t.Errorf("kind facet %+v, want penalty 3 first", r.Facets.Kind)
			}
			if len(r.Facets.Published) == 0 {
				t.Error("no date histogram")
			}
		}},
		{"no hits is an empty list", "q=zebra", 0, 0, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := get(t, ts, "/api/search?"+tc.query)
			if resp.StatusCode != 200 {
				t.Fatalf("status %d: %s", resp.StatusCode, body)
			}
			if !strings.Contains(body, `"hits": [`) {
				t.Errorf("hits is not a JSON list: %s", body)
			}
			var r searchResponse
			if err := json.Unmarshal([]byte(body), &r); err != nil {
				t.Fatal(err)
			}
			if r.Total != tc.total || len(r.Hits) != tc.hits {
				t.Fatalf("total %d hits %d, want %d and %d", r.Total, len(r.Hits), tc.total, tc.hits)
			}
			if tc.check != nil {
				tc.check(t, r)
			}
		})
	}
}

func TestAPIClaimAndArticle(t *testing.T) {
	ts := newTestServer(t, fixture())
	resp, body := get(t, ts, "/api/claims/a-probe-0")
	if resp.StatusCode != 200 || !strings.Contains(body, `"kind": "probe"`) || !strings.Contains(body, `"article_id": "a-probe"`) {
		t.Fatalf("claim: %d %s", resp.StatusCode, body)
	}
	resp, body = get(t, ts, "/api/articles/a-reuters")
	if resp.StatusCode != 200 {
		t.Fatalf("article: %d %s", resp.StatusCode, body)
	}
	var a articleResponse
	if err := json.Unmarshal([]byte(body), &a); err != nil {
		t.Fatal(err)
	}
	if a.Article.ID != "a-reuters" || len(a.Claims) != 2 || a.Claims[1].Kind != "response" {
		t.Fatalf("article %q with %d claims, want a-reuters with fine and response", a.Article.ID, len(a.Claims))
	}
	resp, body = get(t, ts, "/api/articles?q=tencent")
	if resp.StatusCode != 200 || !strings.Contains(body, `"total": 2`) {
		t.Fatalf("article search: %d %s", resp.StatusCode, body)
	}
}

func TestHealthz(t *testing.T) {
	f := fixture()
	ts := newTestServer(t, f)
	resp, body := get(t, ts, "/healthz")
	if resp.StatusCode != 200 || strings.TrimSpace(body) != "ok" {
		t.Fatalf("healthy: %d %q", resp.StatusCode, body)
	}
	f.statsErr = errDown
	resp, _ = get(t, ts, "/healthz")
	if resp.StatusCode != 503 {
		t.Fatalf("index down: status %d, want 503", resp.StatusCode)
	}
}
