package crawler

import (
	"context"
	"testing"
	"time"
)

func TestParseSitemap(t *testing.T) {
	cases := []struct {
		name     string
		in       string
		index    bool
		urls     []string
		wantErr  bool
		lastmod  time.Time
		newsDate time.Time
	}{
		{name: "urlset", in: `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc> http://a/1 </loc><lastmod>2024-03-01</lastmod></url><url><loc>http://a/2</loc></url></urlset>`,
			urls: []string{"http://a/1", "http://a/2"}, lastmod: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)},
		{name: "index", in: `<?xml version="1.0"?><sitemapindex><sitemap><loc>http://a/s1.xml</loc><lastmod>2024-03-01T10:00+01:00</lastmod></sitemap></sitemapindex>`,
			index: true, urls: []string{"http://a/s1.xml"}, lastmod: time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC)},
		{name: "news", in: `<urlset xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>http://a/n</loc><news:news><news:publication><news:name>Paper</news:name></news:publication><news:publication_date>2024-05-02T09:30:00.5Z</news:publication_date><news:title>T &amp; C</news:title></news:news></url></urlset>`,
			urls: []string{"http://a/n"}, newsDate: time.Date(2024, 5, 2, 9, 30, 0, 5e8, time.UTC)},
		{name: "entity and CDATA", in: `<urlset><url><loc><![CDATA[http://a/x?a=1&b=2]]></loc></url><url><loc>http://a/y?a=1&amp;b=2</loc></url></urlset>`,
			urls: []string{"http://a/x?a=1&b=2", "http://a/y?a=1&b=2"}},
		{name: "latin1 declared", in: "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><urlset><url><loc>http://a/caf\xe9</loc></url></urlset>",
			urls: []string{"http://a/café"}},
		{name: "truncated keeps what came before", in: `<urlset><url><loc>http://a/1</loc></url><url><loc>http://a/2`,
			urls: []string{"http://a/1"}},
		{name: "html is not a sitemap", in: `<html><body>hi</body></html>`, wantErr: true},
		{name: "rss is not a sitemap", in: `<rss><channel></channel></rss>`, wantErr: true},
		{name: "empty", in: ``, wantErr: true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			sm, err := parseSitemap([]byte(tc.in))
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tc.wantErr)
			}
			if tc.wantErr {
				return
			}
			got := sm.Entries
			if sm.Index != tc.index {
				t.Errorf("index = %v", sm.Index)
			}
			if sm.Index {
				got = sm.Children
			}
			var urls []string
			for _, e := range got {
				urls = append(urls, e.URL)
			}
			if len(urls) != len(tc.urls) {
				t.Fatalf("urls = %q, want %q", urls, tc.urls)
			}
			for i := range urls {
				if urls[i] != tc.urls[i] {
					t.Errorf("url %d = %q, want %q", i, urls[i], tc.urls[i])
				}
			}
			if !tc.lastmod.IsZero() && !got[0].Updated.Equal(tc.lastmod) {
				t.Errorf("lastmod = %v, want %v", got[0].Updated, tc.lastmod)
			}
			if !tc.newsDate.IsZero() && (!got[0].Published.Equal(tc.newsDate) || got[0].Title != "T & C") {
				t.Errorf("news = %v %q", got[0].Published, got[0].Title)
			}
		})
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2024, 1, 1, 12, 0, 0, 0, time.UTC)
	cases := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"120", 2 * time.Minute, true},
		{" 0 ", 0, true},
		{"Mon, 01 Jan 2024 12:00:30 GMT", 30 * time.Second, true},
		{"Mon, 01 Jan 2024 11:00:00 GMT", 0, true},
		{"-5", 0, false},
		{"soon", 0, false},
		{"", 0, false},
	}
	for _, tc := range cases {
		t.Run(tc.in, func(t *testing.T) {
			got, ok := parseRetryAfter(tc.in, now)
			if got != tc.want || ok != tc.ok {
				t.Errorf("parseRetryAfter(%q) = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.ok)
			}
		})
	}
}

func FuzzParseSitemap(f *testing.F) {
	f.Add([]byte(`<urlset><url><loc>http://a/1</loc><lastmod>2024-01-01</lastmod></url></urlset>`))
	f.Add([]byte(`<sitemapindex><sitemap><loc>http://a/s.xml</loc></sitemap></sitemapindex>`))
	f.Add([]byte(`<urlset xmlns:news="x"><url><loc>u</loc><news:news><news:title>t</news:title><news:publication_date>2024</news:publication_date></news:news></url></urlset>`))
	f.Add([]byte("<?xml version='1.0' encoding='gbk'?><urlset><url><loc>\xb9\xfa</loc></url></urlset>"))
	f.Fuzz(func(t *testing.T, b []byte) {
		sm, err := parseSitemap(b)
		if err != nil {
			return
		}
		if sm.Index && len(sm.Entries) > 0 {
			t.Fatal("an index with url entries")
		}
		for _, e := range append(sm.Entries, sm.Children...) {
			if e.URL == "" {
				t.Fatal("entry without loc")
			}
		}
	})
}

// TestRobotsSitemapsDiscovered: a source with DiscoverSitemaps reads the
// sitemaps named in robots.txt of its hosts (within its allowed domains),
// and one without it does not.
func TestRobotsSitemapsDiscovered(t *testing.T) {
	s := newSite(t)
	s.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n\nSitemap: "+s.URL+"/news-sitemap.xml\nSitemap: https://elsewhere.example/sitemap.xml\n")
	s.page("/feed.xml", "application/rss+xml", rssFeed(s.URL, "/news/1"))
	s.page("/news-sitemap.xml", "application/xml", `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`+
		`<url><loc>`+s.URL+`/news/2</loc></url><url><loc>`+s.URL+`/private/3</loc></url></urlset>`)
	s.page("/news/1", "text/html", article("one"))
	s.page("/news/2", "text/html", article("two"))
	s.page("/private/3", "text/html", article("three"))
	for _, discover := range []bool{true, false} {
		c := testCrawler(t, openTestState(t))
		src := testSource("d")
		src.Feeds = []string{s.URL + "/feed.xml"}
		src.AllowedDomains = []string{"127.0.0.1"}
		src.DiscoverSitemaps = discover
		sink := &collect{}
		stats, err := c.Crawl(context.Background(), src, sink)
		if err != nil {
			t.Fatal(err)
		}
		got := sink.urls()
		if _, ok := got[s.URL+"/news/2"]; ok != discover {
			t.Errorf("DiscoverSitemaps=%v: article listed only in the robots.txt sitemap crawled=%v; stats %+v", discover, ok, stats)
		}
		if _, ok := got[s.URL+"/news/1"]; !ok {
			t.Errorf("DiscoverSitemaps=%v: feed article not crawled", discover)
		}
		if discover && stats.Found != 3 {
			t.Errorf("found = %d, want 3 (feed 1 + robots sitemap 2)", stats.Found)
		}
	}
	if n := s.count("/robots.txt"); n != 2 {
		t.Errorf("robots.txt fetched %d times over two crawlers, want 2 (discovery reuses the politeness fetch)", n)
	}
}
