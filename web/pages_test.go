package web

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/claimwatch/claimwatch/crawler"
	"github.com/claimwatch/claimwatch/extract"
	"github.com/claimwatch/claimwatch/pipeline"
	"github.com/claimwatch/claimwatch/schedule"
)

func TestSearchPage(t *testing.T) {
	ts := newTestServer(t, fixture())
	cases := []struct {
		name, query string
		code        int
		want        []string
		not         []string
	}{
		{"all", "", 200, []string{
			`<span id="total">7</span>`,
			`reported by 3 outlets`,
			`<span class="badge kind-penalty">penalty</span>`,
			`SAMR → Alibaba Group`,
			`according to people familiar with the matter`,
			`href="/?kind=probe"`, // facet link
			`<svg viewBox="0 0 600 80"`,
			`href="/?since=2021-04-01&amp;until=2021-04-30"`, // histogram bar narrows to its month
			`href="/articles/a-reuters#claim-a-reuters-0"`,
			`href="/api/export?format=csv"`,
		}, nil},
		{"facet chosen shows chip and keeps it in the form", "kind=probe&q=Tencent", 200, []string{
			`<span id="total">1</span>`,
			`class="chip" href="/?q=Tencent"`,
			`<input type="hidden" name="kind" value="probe">`,
			`class="active" aria-pressed="true"`,
		}, nil},
		{"query with markup is escaped", "q=" + url.QueryEscape(`<script>alert(1)</script>`), 200, []string{
			`value="&lt;script&gt;alert(1)&lt;/script&gt;"`,
		}, []string{"<script>alert(1)"}},
		{"crawled markup is escaped", "outlet=Tabloid", 200, []string{
			`&lt;script&gt;alert(1)&lt;/script&gt; Corp`,
			`&lt;img src=x onerror=alert(1)&gt; deal`,
		}, []string{"<script>alert", "<img src=x"}},
		{"highlight keeps marks", "q=fined", 200, []string{`<mark>fined</mark>`}, nil},
		{"bad parameter names it", "since=soon", 400, []string{`id="search-error"`, `parameter <code>since</code>`}, nil},
		{"bad query names q", "q=((", 400, []string{`parameter <code>q</code>`}, nil},
		{"pager", "size=2&page=2", 200, []string{`href="/?size=2" rel="prev"`, `href="/?page=3&amp;size=2" rel="next"`}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := get(t, ts, "/?"+tc.query)
			if resp.StatusCode != tc.code {
				t.Fatalf("status %d, want %d", resp.StatusCode, tc.code)
			}
			for _, w := range tc.want {
				if !strings.Contains(body, w) {
					t.Errorf("page lacks %s", w)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(body, n) {
					t.Errorf("page contains %s", n)
				}
			}
		})
	}
}

func TestArticlePage(t *testing.T) {
	ts := newTestServer(t, fixture())
	resp, body := get(t, ts, "/articles/a-reuters")
	if resp.StatusCode != 200 {
		t.Fatalf("status %d", resp.StatusCode)
	}
	for _, w := range []string{
		`<span class="anchor" id="claim-a-reuters-0"></span><mark class="claim kind-penalty depth-1" data-claims="c0" title="penalty: SAMR → Alibaba Group (fine)">Regulators fined Alibaba 18.2 billion yuan on Saturday.</mark>`,
		`<mark class="claim kind-response depth-1" data-claims="c1" title="response: Alibaba Group → SAMR (accept)">The company said it accepted the penalty.</mark></p>`,
		`<h2>2 claims</h2>`,
		`href="#claim-a-reuters-1">show in text</a>`,
	} {
		if !strings.Contains(body, w) {
			t.Errorf("page lacks %s", w)
		}
	}
	if n := strings.Count(body, "<p>"); n != 2 {
		t.Errorf("%d paragraphs, want 2", n)
	}
	resp, body = get(t, ts, "/articles/a-xss")
	if strings.Contains(body, "<script>alert") || strings.Contains(body, "<img src=x") {
		t.Error("article page lets crawled markup through")
	}
	resp, _ = get(t, ts, "/articles/nope")
	if resp.StatusCode != 404 {
		t.Errorf("unknown article: %d, want 404", resp.StatusCode)
	}
	resp, body = get(t, ts, "/no/such/page")
	if resp.StatusCode != 404 || !strings.Contains(body, "There is no page at /no/such/page") {
		t.Errorf("unknown page: %d", resp.StatusCode)
	}
}

type fakeDryRun struct{ calls []string }

func (f *fakeDryRun) DryRunSource(ctx context.Context, name string, limit int) ([]pipeline.Preview, error) {
	f.calls = append(f.calls, fmt.Sprintf("%s/%d", name, limit))
	if name != "reuters" {
		return nil, fmt.Errorf("serve: source %q: %w", name, ErrUnknownSource)
	}
	return []pipeline.Preview{
		{URL: "https://reuters.example/a", Doc: extract.Document{Title: "Regulator fines <b>Acme</b>", Text: "Body."},
			Claims: []extract.Claim{{Kind: "penalty", Actor: extract.Entity{Name: "FTC"}, Targets: []extract.Entity{{Name: "Acme"}}, Sentence: "The FTC fined Acme."}}},
		{URL: "https://reuters.example/b", Err: "fetch: http 500"},
	}, nil
}

func TestSourcesPages(t *testing.T) {
	start := time.Date(2021, 4, 10, 9, 0, 0, 0, time.UTC)
	status := fixedStatus{
		ConfigPath: "/etc/claimwatch/sources.toml", ConfigLoaded: start, ConfigError: "sources.toml:12: schedule: bad cron spec \"every <day>\"",
		Sources: []schedule.SourceStatus{
			{Name: "reuters", Outlet: "Reuters", Country: "GB", Schedule: "@every 30m", Enabled: true, IntervalText: "1h0m0s", Next: start.Add(time.Hour), Skipped: 2,
				Last: &crawler.Stats{Start: start, End: start.Add(95 * time.Second), Status: "ok", Found: 40, Fetched: 12, Unchanged: 3, Syndicated: 2, Indexed: 7,
					Errors: map[string]int{"timeout": 1, "http_5xx": 4}, LastError: "GET https://reuters.example/x: timeout"}},
			{Name: "caixin", Outlet: "Caixin", Enabled: false},
		},
	}
	dr := &fakeDryRun{}
	ts := newTestServer(t, fixture(), func(o *Options) { o.Status = status; o.DryRun = dr })
	resp, body := get(t, ts, "/sources")
	if resp.StatusCode != 200 {
		t.Fatalf("status %d", resp.StatusCode)
	}
	for _, w := range []string{
		`bad cron spec &#34;every &lt;day&gt;&#34;`,
		`<code>@every 30m</code>, polling every 1h0m0s now`,
		`2021-04-10 10:00:00 UTC (174 days ago)`,
		`took 1m35s`,
		`40 found · 12 fetched · 3 unchanged · 2 syndicated · 7 indexed`,
		`http_5xx 4 · timeout 1`,
		`GET https://reuters.example/x: timeout`,
		`<dt>Skipped runs</dt><dd>2</dd>`,
		`action="/sources/reuters/test"`,
		`<dt>Last run</dt><dd>never</dd>`,
	} {
		if !strings.Contains(body, w) {
			t.Errorf("sources page lacks %s", w)
		}
	}
	resp, body = get(t, ts, "/sources/reuters/test?limit=3")
	if resp.StatusCode != 200 || !strings.Contains(body, "Regulator fines &lt;b&gt;Acme&lt;/b&gt;") || !strings.Contains(body, "fetch: http 500") ||
		!strings.Contains(body, "1 claim.") {
		t.Errorf("test page: %d %s", resp.StatusCode, body)
	}
	resp, err := http.PostForm(ts.URL+"/sources/reuters/test", url.Values{"limit": {"4"}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 || dr.calls[len(dr.calls)-1] != "reuters/4" {
		t.Errorf("POST test: %d, calls %v", resp.StatusCode, dr.calls)
	}
	for _, tc := range []struct {
		path string
		code int
	}{
		{"/sources/nope/test", 404},
		{"/sources/reuters/test?limit=500", 400},
		{"/api/sources/nope/test", 404},
		{"/api/sources/reuters/test?limit=x", 400},
	} {
		resp, _ := get(t, ts, tc.path)
		if resp.StatusCode != tc.code {
			t.Errorf("%s: %d, want %d", tc.path, resp.StatusCode, tc.code)
		}
	}
	_, body = get(t, ts, "/api/sources/reuters/test")
	if !strings.Contains(body, `"previews": [`) || !strings.Contains(body, `"limit": 5`) {
		t.Errorf("api test: %s", body)
	}
	_, body = get(t, ts, "/api/sources")
	if !strings.Contains(body, `"config_error": "sources.toml:12`) || !strings.Contains(body, `"skipped_runs": 2`) {
		t.Errorf("api sources: %s", body)
	}
}

func TestSourcesWithoutScheduler(t *testing.T) {
	ts := newTestServer(t, fixture())
	_, body := get(t, ts, "/api/sources")
	if !strings.Contains(body, `"sources": []`) {
		t.Errorf("api sources: %s", body)
	}
	_, body = get(t, ts, "/sources")
	if !strings.Contains(body, "No sources are scheduled") || strings.Contains(body, "Test this source") {
		t.Error("sources page without scheduler")
	}
}

func TestStaticAndHeaders(t *testing.T) {
	ts := newTestServer(t, fixture())
	resp, body := get(t, ts, "/static/style.css")
	if resp.StatusCode != 200 || !strings.Contains(body, ".card") {
		t.Fatalf("style.css: %d", resp.StatusCode)
	}
	resp, body = get(t, ts, "/")
	if !strings.Contains(resp.Header.Get("Content-Security-Policy"), "script-src 'self'") {
		t.Error("no CSP")
	}
	// Inline scripts and styles would be blocked by the CSP.
	if regexp.MustCompile(`<script>|style="|onclick=`).MatchString(body) {
		t.Error("page has inline script or style")
	}
}

func TestLongFacetsFold(t *testing.T) {
	f := fixture()
	f.bulk(12)
	for i := range f.claims {
		if f.claims[i].Outlet == "Bulk" {
			f.claims[i].Outlet = fmt.Sprintf("Bulk %02d", i)
		}
	}
	ts := newTestServer(t, f)
	_, body := get(t, ts, "/?outlet="+url.QueryEscape(f.claims[len(f.claims)-1].Outlet))
	// 16 outlets: 8 shown, the rest folded, but the chosen one stays visible.
	outlets := body[strings.Index(body, `data-param="outlet"`):]
	outlets = outlets[:strings.Index(outlets, "</section>")]
	shown := outlets[:strings.Index(outlets, `<details class="more">`)]
	if n := strings.Count(shown, "<li>"); n != facetShown+1 {
		t.Errorf("%d outlets shown, want %d", n, facetShown+1)
	}
	if !strings.Contains(shown, `class="active"`) {
		t.Error("the active outlet is folded away")
	}
	if !strings.Contains(outlets, "<summary>") {
		t.Error("no fold")
	}
}

func TestJSONIsNotHTMLEscaped(t *testing.T) {
	ts := newTestServer(t, fixture())
	_, body := get(t, ts, "/api/search?q=fined")
	if !strings.Contains(body, `<mark>fined</mark>`) {
		t.Errorf("highlight escaped for HTML in JSON: %.300s", body)
	}
}
