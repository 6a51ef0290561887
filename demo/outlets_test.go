package demo

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"github.com/mmcdole/gofeed"
	"github.com/temoto/robotstxt"
	"golang.org/x/text/encoding/simplifiedchinese"
)

func newServer(t *testing.T, opts Options) (*Outlets, *httptest.Server) {
	t.Helper()
	o, err := New(opts)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	srv := httptest.NewServer(o)
	t.Cleanup(srv.Close)
	return o, srv
}

func get(t *testing.T, url string) (*http.Response, []byte) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("read %s: %v", url, err)
	}
	return resp, b
}

func getOK(t *testing.T, url string) (*http.Response, []byte) {
	t.Helper()
	resp, b := get(t, url)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: status %d", url, resp.StatusCode)
	}
	return resp, b
}

func TestContent(t *testing.T) {
	o, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	arts := o.Articles()
	canon := map[string]bool{}
	outletsWithMIIT := map[string]bool{}
	negatives, gbk := 0, 0
	for _, a := range arts {
		t.Run(a.Slug, func(t *testing.T) {
			if len(a.Authors) == 0 || a.Summary == "" || len(a.Tags) == 0 || a.Section == "" {
				t.Errorf("missing authors, summary, tags or section: %+v", a)
			}
			if a.Language == "en" {
				if n := len(strings.Fields(a.Text())); n < 150 || n > 500 {
					t.Errorf("%d words, want 150-500", n)
				}
			}
			if a.Published.Location().String() == "UTC" && a.Published.Format("-07:00") == "+00:00" {
				t.Errorf("published %v has no zone", a.Published)
			}
		})
		if a.Held {
			continue
		}
		if a.Canonical == "" {
			canon[a.Slug] = true
		}
		if a.Negative {
			negatives++
		}
		if a.Charset == "gbk" {
			gbk++
		}
		if strings.Contains(a.Text(), "Ministry of Industry and Information Technology") && strings.Contains(a.Text(), "Tencent") {
			outletsWithMIIT[a.Outlet] = true
		}
	}
	if len(canon) < 30 {
		t.Errorf("%d distinct visible articles, want >= 30", len(canon))
	}
	if len(outletsWithMIIT) < 3 {
		t.Errorf("MIIT story on %d outlets, want 3", len(outletsWithMIIT))
	}
	if negatives < 4 || gbk != 1 || len(o.Held()) < 1 {
		t.Errorf("negatives=%d gbk=%d held=%v; want >=4, 1, >=1", negatives, gbk, o.Held())
	}
	months := map[string]bool{}
	for _, a := range arts {
		months[a.Published.Format("2006-01")] = true
	}
	if len(months) < 5 {
		t.Errorf("articles span %d months, want >= 5 for a useful histogram", len(months))
	}
}

func TestEveryArticleRenders(t *testing.T) {
	o, srv := newServer(t, Options{})
	for _, a := range o.Articles() {
		t.Run(a.Slug, func(t *testing.T) {
			resp, body := get(t, ArticleURL(srv.URL, a))
			if a.Held {
				if resp.StatusCode != http.StatusNotFound {
					t.Fatalf("held article: status %d, want 404", resp.StatusCode)
				}
				return
			}
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("status %d", resp.StatusCode)
			}
			if a.Charset == "gbk" {
				if utf8.Valid(body) {
					t.Fatal("GBK page is valid UTF-8; it must not be")
				}
				if ct := resp.Header.Get("Content-Type"); !strings.Contains(strings.ToLower(ct), "charset=gbk") {
					t.Errorf("Content-Type %q does not declare GBK", ct)
				}
				if !bytes.Contains(bytes.ToLower(body), []byte(`charset="gbk"`)) && !bytes.Contains(bytes.ToLower(body), []byte("charset=gbk")) {
					t.Error("page has no meta charset gbk")
				}
				dec, err := simplifiedchinese.GBK.NewDecoder().Bytes(body)
				if err != nil {
					t.Fatal(err)
				}
				body = dec
			} else if !utf8.Valid(body) {
				t.Fatal("page is not valid UTF-8")
			}
			doc, err := goquery.NewDocumentFromReader(bytes.NewReader(body))
			if err != nil {
				t.Fatal(err)
			}
			if got := doc.Find("h1").First().Text(); got != a.Title {
				t.Errorf("h1 %q, want %q", got, a.Title)
			}
			if !strings.Contains(doc.Find("title").Text(), a.Title) {
				t.Errorf("title %q does not contain %q", doc.Find("title").Text(), a.Title)
			}
			last := a.Body[len(a.Body)-1]
			if !strings.Contains(doc.Text(), last) {
				t.Errorf("last paragraph missing from page")
			}
		})
	}
}

func TestTemplatesDiffer(t *testing.T) {
	o, srv := newServer(t, Options{})
	want := map[string][]string{
		"wire":        {`application/ld+json`, `"@type":"NewsArticle"`, `property="og:title"`, `property="article:published_time"`},
		"techdaily":   {`itemtype="https://schema.org/BlogPosting"`, `itemprop="datePublished"`, `rel="author"`, `<time `},
		"harbourpost": {`id="cookie-consent"`, `class="share-bar"`, `class="related"`},
	}
	absent := map[string][]string{
		"harbourpost": {`og:`, `ld+json`, `itemprop`, `<time`},
	}
	for _, a := range o.Visible() {
		if a.Charset != "" || a.Canonical != "" {
			continue
		}
		_, body := getOK(t, ArticleURL(srv.URL, a))
		for _, s := range want[a.Outlet] {
			if !bytes.Contains(body, []byte(s)) {
				t.Errorf("%s/%s: missing %s", a.Outlet, a.Slug, s)
			}
		}
		for _, s := range absent[a.Outlet] {
			if bytes.Contains(body, []byte(s)) {
				t.Errorf("%s/%s: has %s, want minimal metadata", a.Outlet, a.Slug, s)
			}
		}
	}
}

func TestSyndicatedCanonical(t *testing.T) {
	o, srv := newServer(t, Options{})
	found := 0
	for _, a := range o.Visible() {
		_, body := getOK(t, ArticleURL(srv.URL, a))
		if a.Charset == "gbk" {
			continue
		}
		doc, err := goquery.NewDocumentFromReader(bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		href, has := doc.Find(`link[rel=canonical]`).Attr("href")
		if a.Canonical == "" {
			if has && href != ArticleURL(srv.URL, a) {
				t.Errorf("%s: canonical %q, want itself", a.Slug, href)
			}
			continue
		}
		found++
		_, slug, _ := strings.Cut(a.Canonical, "/")
		orig, _ := o.Article(slug)
		if orig.Outlet == a.Outlet {
			t.Errorf("%s: syndicated from its own outlet", a.Slug)
		}
		if href != ArticleURL(srv.URL, orig) {
			t.Errorf("%s: canonical %q, want %q", a.Slug, href, ArticleURL(srv.URL, orig))
		}
		if a.Text() != orig.Text() {
			t.Errorf("%s: text differs from the original", a.Slug)
		}
	}
	if found == 0 {
		t.Fatal("no syndicated copy")
	}
}

// urlsOf lists the visible article URLs of one outlet, newest first, at most n.
func urlsOf(o *Outlets, base, outlet string, n int) []string {
	var out []string
	for _, a := range o.visibleIn(outlet) {
		if len(out) < n {
			out = append(out, ArticleURL(base, a))
		}
	}
	return out
}

func sorted(s []string) []string {
	s = append([]string(nil), s...)
	sort.Strings(s)
	return s
}

func equalSets(t *testing.T, what string, got, want []string) {
	t.Helper()
	g, w := sorted(got), sorted(want)
	if strings.Join(g, "\n") != strings.Join(w, "\n") {
		t.Errorf("%s:\n got %q\nwant %q", what, g, w)
	}
}

func TestFeeds(t *testing.T) {
	o, srv := newServer(t, Options{})
	tests := []struct {
		name, path, ctype, feedType, outlet string
		n                                   int
	}{
		{"rss", "/wire/feed.xml", "application/rss+xml", "rss", "wire", rssItems},
		{"atom", "/techdaily/atom.xml", "application/atom+xml", "atom", "techdaily", atomItems},
		{"json", "/harbourpost/feed.json", "application/feed+json", "json", "harbourpost", jsonItems},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := getOK(t, srv.URL+tc.path)
			if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, tc.ctype) {
				t.Errorf("Content-Type %q, want %s", ct, tc.ctype)
			}
			switch tc.feedType {
			case "json":
				var v map[string]any
				if err := json.Unmarshal(body, &v); err != nil {
					t.Fatalf("invalid JSON: %v", err)
				}
			default:
				if err := xml.Unmarshal(body, new(struct{})); err != nil {
					t.Fatalf("invalid XML: %v", err)
				}
			}
			f, err := gofeed.NewParser().ParseString(string(body))
			if err != nil {
				t.Fatalf("gofeed: %v", err)
			}
			if f.FeedType != tc.feedType {
				t.Errorf("feed type %q, want %q", f.FeedType, tc.feedType)
			}
			var got []string
			for _, it := range f.Items {
				got = append(got, it.Link)
				if it.PublishedParsed == nil || len(it.Authors) == 0 || it.Title == "" {
					t.Errorf("item %s lacks date, author or title", it.Link)
				}
			}
			equalSets(t, "feed links", got, urlsOf(o, srv.URL, tc.outlet, tc.n))
		})
	}
}

type locs struct {
	Locs []string `xml:"url>loc"`
	Maps []string `xml:"sitemap>loc"`
}

func TestSitemaps(t *testing.T) {
	o, srv := newServer(t, Options{})
	fetch := func(u string) locs {
		_, body := getOK(t, u)
		var l locs
		if err := xml.Unmarshal(body, &l); err != nil {
			t.Fatalf("%s: invalid XML: %v", u, err)
		}
		return l
	}
	t.Run("wire index", func(t *testing.T) {
		idx := fetch(srv.URL + "/wire/sitemap_index.xml")
		if len(idx.Maps) != 2 {
			t.Fatalf("index lists %v, want 2 sitemaps", idx.Maps)
		}
		for _, m := range idx.Maps {
			equalSets(t, m, fetch(m).Locs, urlsOf(o, srv.URL, "wire", 1000))
		}
		_, news := getOK(t, srv.URL+"/wire/sitemap-news.xml")
		for _, s := range []string{`xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"`, "<news:publication_date>", "<news:name>Meridian Wire</news:name>"} {
			if !bytes.Contains(news, []byte(s)) {
				t.Errorf("news sitemap lacks %s", s)
			}
		}
	})
	t.Run("techdaily", func(t *testing.T) {
		equalSets(t, "sitemap", fetch(srv.URL+"/techdaily/sitemap.xml").Locs, urlsOf(o, srv.URL, "techdaily", 1000))
	})
	t.Run("harbourpost home", func(t *testing.T) {
		_, body := getOK(t, srv.URL+"/harbourpost/")
		doc, _ := goquery.NewDocumentFromReader(bytes.NewReader(body))
		var got []string
		doc.Find("ul.stories a").Each(func(_ int, s *goquery.Selection) {
			h, _ := s.Attr("href")
			got = append(got, h)
		})
		equalSets(t, "home links", got, urlsOf(o, srv.URL, "harbourpost", 1000))
	})
}

func TestRobots(t *testing.T) {
	_, srv := newServer(t, Options{})
	_, body := getOK(t, srv.URL+"/robots.txt")
	r, err := robotstxt.FromBytes(body)
	if err != nil {
		t.Fatal(err)
	}
	g := r.FindGroup("claimwatch")
	cases := []struct {
		path string
		ok   bool
	}{
		{"/harbourpost/private/story/newsroom-rota", false},
		{"/wire/private/story/newsroom-rota", false},
		{"/techdaily/private/drafts/", false},
		{"/harbourpost/story/waterfront-night-market-returns", true},
		{"/wire/news/eu-approves-microsoft-nuance", true},
	}
	for _, c := range cases {
		if got := g.Test(c.path); got != c.ok {
			t.Errorf("robots allows %s = %v, want %v", c.path, got, c.ok)
		}
	}
	if !bytes.Contains(body, []byte("Sitemap: "+srv.URL+"/wire/sitemap_index.xml")) {
		t.Error("robots.txt does not advertise the wire sitemap")
	}
	// The trap: the crawled start page links to the disallowed page, the
	// article pattern matches it, and it is really there.
	_, home := getOK(t, srv.URL+"/harbourpost/")
	priv := srv.URL + "/harbourpost/private/story/newsroom-rota"
	if !bytes.Contains(home, []byte(priv)) {
		t.Error("harbourpost home does not link to the private page")
	}
	if !Sources(srv.URL).Sources[2].ArticlePattern.MatchString(priv) {
		t.Error("article pattern does not match the private page")
	}
	if _, b := getOK(t, priv); !bytes.Contains(b, []byte("zebrafinch")) {
		t.Error("private page lacks its codeword")
	}
}

func TestPublish(t *testing.T) {
	o, srv := newServer(t, Options{Hold: []string{"waterfront-night-market-returns"}})
	for _, slug := range o.Held() {
		a, _ := o.Article(slug)
		u := ArticleURL(srv.URL, a)
		listing := map[string]string{
			"wire": "/wire/sitemap-articles.xml", "techdaily": "/techdaily/sitemap.xml", "harbourpost": "/harbourpost/",
		}[a.Outlet]
		t.Run(slug, func(t *testing.T) {
			if resp, _ := get(t, u); resp.StatusCode != http.StatusNotFound {
				t.Errorf("before publish: status %d, want 404", resp.StatusCode)
			}
			if _, b := getOK(t, srv.URL+listing); bytes.Contains(b, []byte(u)) {
				t.Errorf("before publish: %s lists it", listing)
			}
			if err := o.Publish(slug); err != nil {
				t.Fatal(err)
			}
			getOK(t, u)
			if _, b := getOK(t, srv.URL+listing); !bytes.Contains(b, []byte(u)) {
				t.Errorf("after publish: %s does not list it", listing)
			}
			if _, b := getOK(t, srv.URL+feedPath(a.Outlet)); !bytes.Contains(b, []byte(u)) && a.Published.Equal(o.visibleIn(a.Outlet)[0].Published) {
				t.Errorf("after publish: newest article missing from feed")
			}
		})
	}
	if len(o.Held()) != 0 {
		t.Errorf("still held: %v", o.Held())
	}
	if err := o.Publish("no-such-story"); err == nil {
		t.Error("Publish of an unknown slug: no error")
	}
	if _, err := New(Options{Hold: []string{"no-such-story"}}); err == nil {
		t.Error("New with unknown hold: no error")
	}
	all, _ := New(Options{PublishAll: true})
	if len(all.Held()) != 0 {
		t.Errorf("PublishAll: still held %v", all.Held())
	}
}

func TestSources(t *testing.T) {
	_, srv := newServer(t, Options{})
	cfg := Sources(srv.URL + "/")
	if len(cfg.Sources) != 3 || len(cfg.Enabled()) != 3 {
		t.Fatalf("%d sources, want 3 enabled", len(cfg.Sources))
	}
	for _, s := range cfg.Sources {
		t.Run(s.Name, func(t *testing.T) {
			if !s.AllowPrivate || !s.RespectRobots || s.Schedule != "@every 30s" || s.Delay <= 0 || s.MaxPages < 50 {
				t.Errorf("politeness settings: %+v", s)
			}
			if len(s.AllowedDomains) != 1 || s.AllowedDomains[0] != "127.0.0.1" {
				t.Errorf("allowed domains %v", s.AllowedDomains)
			}
			for _, u := range append(append(append([]string{}, s.Feeds...), s.Sitemaps...), s.StartURLs...) {
				if strings.Contains(u, "//"+"/") || !strings.HasPrefix(u, srv.URL+"/") {
					t.Errorf("bad URL %q", u)
				}
				getOK(t, u)
			}
			if len(s.Feeds) == 0 || len(s.Sitemaps)+len(s.StartURLs) == 0 {
				t.Errorf("want a feed and a sitemap or start page: %+v", s)
			}
		})
	}
}

func TestNotFoundAndMethods(t *testing.T) {
	_, srv := newServer(t, Options{})
	for _, p := range []string{"/nope/", "/wire/news/no-such-story", "/techdaily/feed.json"} {
		if resp, _ := get(t, srv.URL+p); resp.StatusCode != http.StatusNotFound {
			t.Errorf("%s: status %d, want 404", p, resp.StatusCode)
		}
	}
	resp, err := http.Post(srv.URL+"/wire/feed.xml", "text/plain", nil)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST: status %d, want 405", resp.StatusCode)
	}
}
