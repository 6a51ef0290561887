package demo

import (
	"encoding/json"
	"encoding/xml"
	"net/http"
	"time"
)

// Feeds carry only the latest few stories, as real ones do, so the crawler
// must merge them with sitemaps or start pages to see everything.
const (
	rssItems  = 10
	atomItems = 8
	jsonItems = 6
)

func feedPath(key string) string {
	switch key {
	case "wire":
		return "/wire/feed.xml"
	case "techdaily":
		return "/techdaily/atom.xml"
	default:
		return "/" + key + "/feed.json"
	}
}

func sitemapURL(base, key string) string {
	switch key {
	case "wire":
		return base + "/wire/sitemap_index.xml"
	case "techdaily":
		return base + "/techdaily/sitemap.xml"
	}
	return ""
}

// serveFeedOrSitemap answers the outlet's machine-readable files; false
// means rest names none of them.
func (o *Outlets) serveFeedOrSitemap(w http.ResponseWriter, base string, out Outlet, rest string) bool {
	arts := o.visibleIn(out.Key)
	switch out.Key + "/" + rest {
	case "wire/feed.xml":
		writeXML(w, "application/rss+xml; charset=utf-8", rssFeed(base, out, head(arts, rssItems)))
	case "wire/sitemap_index.xml":
		writeXML(w, "application/xml; charset=utf-8", wireSitemapIndex(base, arts))
	case "wire/sitemap-news.xml":
		writeXML(w, "application/xml; charset=utf-8", newsSitemap(base, out, arts))
	case "wire/sitemap-articles.xml", "techdaily/sitemap.xml":
		writeXML(w, "application/xml; charset=utf-8", plainSitemap(base, arts))
	case "techdaily/atom.xml":
		writeXML(w, "application/atom+xml; charset=utf-8", atomFeed(base, out, head(arts, atomItems)))
	case "harbourpost/feed.json":
		b, err := json.MarshalIndent(jsonFeed(base, out, head(arts, jsonItems)), "", "  ")
		if err != nil {
			http.Error(w, "demo: json feed: "+err.Error(), http.StatusInternalServerError)
			return true
		}
		w.Header().Set("Content-Type", "application/feed+json; charset=utf-8")
		w.Write(b)
	default:
		return false
	}
	return true
}

func head(arts []Article, n int) []Article {
	if len(arts) > n {
		return arts[:n]
	}
	return arts
}

func writeXML(w http.ResponseWriter, ctype string, v any) {
	b, err := xml.MarshalIndent(v, "", "  ")
	if err != nil {
		http.Error(w, "demo: xml: "+err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", ctype)
	w.Write([]byte(xml.Header))
	w.Write(b)
}

type rss struct {
	XMLName xml.Name   `xml:"rss"`
	Version string     `xml:"version,attr"`
	DC      string     `xml:"xmlns:dc,attr"`
	Atom    string     `xml:"xmlns:atom,attr"`
	Channel rssChannel `xml:"channel"`
}

type rssChannel struct {
	Title       string    `xml:"title"`
	Link        string    `xml:"link"`
	Self        atomLink  `xml:"atom:link"`
	Description string    `xml:"description"`
	Language    string    `xml:"language"`
	LastBuild   string    `xml:"lastBuildDate,omitempty"`
	Items       []rssItem `xml:"item"`
}

type rssItem struct {
	Title       string   `xml:"title"`
	Link        string   `xml:"link"`
	GUID        rssGUID  `xml:"guid"`
	PubDate     string   `xml:"pubDate"`
	Creators    []string `xml:"dc:creator"`
	Categories  []string `xml:"category"`
	Description string   `xml:"description"`
}

type rssGUID struct {
	PermaLink string `xml:"isPermaLink,attr"`
	Value     string `xml:",chardata"`
}

type atomLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
}

func rssFeed(base string, out Outlet, arts []Article) rss {
	f := rss{Version: "2.0", DC: "http://purl.org/dc/elements/1.1/", Atom: "http://www.w3.org/2005/Atom"}
	f.Channel = rssChannel{
		Title:       out.Name + " - Top News",
		Link:        base + "/wire/",
		Self:        atomLink{Href: base + feedPath(out.Key), Rel: "self", Type: "application/rss+xml"},
		Description: out.Tagline,
		Language:    out.Language,
	}
	if len(arts) > 0 {
		f.Channel.LastBuild = lastMod(arts[0]).Format(time.RFC1123Z)
	}
	for _, a := range arts {
		u := ArticleURL(base, a)
		f.Channel.Items = append(f.Channel.Items, rssItem{
			Title: a.Title, Link: u, GUID: rssGUID{"true", u},
			PubDate:     a.Published.Format(time.RFC1123Z),
			Creators:    a.Authors,
			Categories:  a.Tags,
			Description: a.Summary,
		})
	}
	return f
}

type atom struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Title   string      `xml:"title"`
	ID      string      `xml:"id"`
	Updated string      `xml:"updated"`
	Links   []atomLink  `xml:"link"`
	Entries []atomEntry `xml:"entry"`
}

type atomEntry struct {
	Title      string         `xml:"title"`
	ID         string         `xml:"id"`
	Link       atomLink       `xml:"link"`
	Published  string         `xml:"published"`
	Updated    string         `xml:"updated"`
	Authors    []atomPerson   `xml:"author"`
	Categories []atomCategory `xml:"category"`
	Summary    string         `xml:"summary,omitempty"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

type atomCategory struct {
	Term string `xml:"term,attr"`
}

func atomFeed(base string, out Outlet, arts []Article) atom {
	f := atom{
		Title: out.Name,
		ID:    base + "/techdaily/",
		Links: []atomLink{
			{Href: base + feedPath(out.Key), Rel: "self", Type: "application/atom+xml"},
			{Href: base + "/techdaily/", Rel: "alternate", Type: "text/html"},
		},
		Updated: time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC).Format(time.RFC3339),
	}
	if len(arts) > 0 {
		f.Updated = lastMod(arts[0]).Format(time.RFC3339)
	}
	for _, a := range arts {
		u := ArticleURL(base, a)
		e := atomEntry{
			Title: a.Title, ID: u,
			Link:      atomLink{Href: u, Rel: "alternate", Type: "text/html"},
			Published: a.Published.Format(time.RFC3339),
			Updated:   lastMod(a).Format(time.RFC3339),
			Summary:   a.Summary,
		}
		for _, n := range a.Authors {
			e.Authors = append(e.Authors, atomPerson{n})
		}
		for _, t := range a.Tags {
			e.Categories = append(e.Categories, atomCategory{t})
		}
		f.Entries = append(f.Entries, e)
	}
	return f
}

type jsonFeedDoc struct {
	Version     string         `json:"version"`
	Title       string         `json:"title"`
	HomePageURL string         `json:"home_page_url"`
	FeedURL     string         `json:"feed_url"`
	Description string         `json:"description,omitempty"`
	Language    string         `json:"language,omitempty"`
	Items       []jsonFeedItem `json:"items"`
}

type jsonFeedItem struct {
	ID            string           `json:"id"`
	URL           string           `json:"url"`
	Title         string           `json:"title"`
	Summary       string           `json:"summary,omitempty"`
	ContentText   string           `json:"content_text"`
	DatePublished string           `json:"date_published"`
	DateModified  string           `json:"date_modified,omitempty"`
	Authors       []jsonFeedAuthor `json:"authors,omitempty"`
	Tags          []string         `json:"tags,omitempty"`
}

type jsonFeedAuthor struct {
	Name string `json:"name"`
}

func jsonFeed(base string, out Outlet, arts []Article) jsonFeedDoc {
	f := jsonFeedDoc{
		Version:     "https://jsonfeed.org/version/1.1",
		Title:       out.Name,
		HomePageURL: base + "/" + out.Key + "/",
		FeedURL:     base + feedPath(out.Key),
		Description: out.Tagline,
		Language:    out.Language,
		Items:       []jsonFeedItem{},
	}
	for _, a := range arts {
		u := ArticleURL(base, a)
		it := jsonFeedItem{
			ID: u, URL: u, Title: a.Title, Summary: a.Summary,
			ContentText:   a.Summary,
			DatePublished: a.Published.Format(time.RFC3339),
			Tags:          a.Tags,
		}
		if !a.Updated.IsZero() {
			it.DateModified = a.Updated.Format(time.RFC3339)
		}
		for _, n := range a.Authors {
			it.Authors = append(it.Authors, jsonFeedAuthor{n})
		}
		f.Items = append(f.Items, it)
	}
	return f
}
