package demo

import (
	"encoding/xml"
	"fmt"
	"net/http"
	"time"
)

type sitemapIndex struct {
	XMLName  xml.Name     `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 sitemapindex"`
	Sitemaps []sitemapRef `xml:"sitemap"`
}

type sitemapRef struct {
	Loc     string `xml:"loc"`
	LastMod string `xml:"lastmod,omitempty"`
}

type urlset struct {
	XMLName xml.Name       `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 urlset"`
	News    string         `xml:"xmlns:news,attr,omitempty"`
	URLs    []sitemapEntry `xml:"url"`
}

type sitemapEntry struct {
	Loc     string    `xml:"loc"`
	LastMod string    `xml:"lastmod,omitempty"`
	News    *newsInfo `xml:"news:news,omitempty"`
}

type newsInfo struct {
	Publication newsPublication `xml:"news:publication"`
	Date        string          `xml:"news:publication_date"`
	Title       string          `xml:"news:title"`
	Keywords    string          `xml:"news:keywords,omitempty"`
}

type newsPublication struct {
	Name     string `xml:"news:name"`
	Language string `xml:"news:language"`
}

func wireSitemapIndex(base string, arts []Article) sitemapIndex {
	var lm string
	if len(arts) > 0 {
		lm = lastMod(arts[0]).Format(time.RFC3339)
	}
	return sitemapIndex{Sitemaps: []sitemapRef{
		{Loc: base + "/wire/sitemap-news.xml", LastMod: lm},
		{Loc: base + "/wire/sitemap-articles.xml", LastMod: lm},
	}}
}

func newsSitemap(base string, out Outlet, arts []Article) urlset {
	s := urlset{News: "http://www.google.com/schemas/sitemap-news/0.9"}
	for _, a := range arts {
		s.URLs = append(s.URLs, sitemapEntry{
			Loc: ArticleURL(base, a),
			News: &newsInfo{
				Publication: newsPublication{Name: out.Name, Language: a.Language},
				Date:        a.Published.Format(time.RFC3339),
				Title:       a.Title,
			},
		})
	}
	return s
}

func plainSitemap(base string, arts []Article) urlset {
	var s urlset
	for _, a := range arts {
		s.URLs = append(s.URLs, sitemapEntry{Loc: ArticleURL(base, a), LastMod: lastMod(a).Format(time.RFC3339)})
	}
	return s
}

// serveRobots writes the one robots.txt the shared host has: each outlet's
// private area is off limits, and the sitemaps are advertised.
func serveRobots(w http.ResponseWriter, base string) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprint(w, "# claimwatch demo outlets share this host; each keeps staff pages private.\n")
	fmt.Fprint(w, "User-agent: *\n")
	for _, o := range outlets {
		fmt.Fprintf(w, "Disallow: /%s/private/\n", o.Key)
	}
	fmt.Fprint(w, "\n")
	for _, o := range outlets {
		if u := sitemapURL(base, o.Key); u != "" {
			fmt.Fprintf(w, "Sitemap: %s\n", u)
		}
	}
}
