package demo

import (
	"embed"
	"fmt"
	"net/http"
	"sort"
	"strings"
	"sync"
)

//go:embed content
var content embed.FS

// Outlet describes one invented news site served under its path prefix.
type Outlet struct {
	Key      string // path prefix without slashes, and the content folder
	Name     string
	Source   string // source name in the generated sources config
	Country  string
	Language string
	Tagline  string
}

// outlets is the fixed cast; each has its own template, feed format and way
// of being discovered, so the crawler and extractor meet some variety.
var outlets = []Outlet{
	{Key: "wire", Name: "Meridian Wire", Source: "meridian-wire", Country: "GB", Language: "en",
		Tagline: "Fast, fair, fictional: the newswire for the claimwatch demo"},
	{Key: "techdaily", Name: "TechDaily Ledger", Source: "techdaily-ledger", Country: "US", Language: "en",
		Tagline: "Platforms, power and policy, daily"},
	{Key: "harbourpost", Name: "The Harbour Post", Source: "harbour-post", Country: "NZ", Language: "en",
		Tagline: "Your harbour, your news, since 1911 (in this demo)"},
}

func outletByKey(key string) (Outlet, bool) {
	for _, o := range outlets {
		if o.Key == key {
			return o, true
		}
	}
	return Outlet{}, false
}

// OutletList returns the demo outlets in a fixed order.
func OutletList() []Outlet { return append([]Outlet(nil), outlets...) }

// Options configure the outlets.
type Options struct {
	// Hold lists further slugs to keep back until Publish (besides those whose
	// front matter says held: true).
	Hold []string
	// PublishAll releases every held article from the start.
	PublishAll bool
}

// Outlets serves every demo outlet from one http.Handler. It is safe for
// concurrent use; only the set of held articles ever changes.
type Outlets struct {
	articles []Article      // newest first
	byPath   map[string]int // URL path -> index in articles
	bySlug   map[string]int // slug -> index in articles
	mu       sync.RWMutex
	held     map[string]bool // slug -> still held
}

// New loads the embedded articles. It fails only if the embedded content is
// malformed, which the package's tests rule out.
func New(opts Options) (*Outlets, error) {
	arts, err := loadArticles(content)
	if err != nil {
		return nil, err
	}
	o := &Outlets{
		articles: arts,
		byPath:   make(map[string]int, len(arts)),
		bySlug:   make(map[string]int, len(arts)),
		held:     map[string]bool{},
	}
	for i, a := range arts {
		o.byPath[ArticlePath(a)] = i
		o.bySlug[a.Slug] = i
		if a.Held && !opts.PublishAll {
			o.held[a.Slug] = true
		}
	}
	for _, s := range opts.Hold {
		if _, ok := o.bySlug[s]; !ok {
			return nil, fmt.Errorf("demo: hold: no article %q", s)
		}
		o.held[s] = true
	}
	return o, nil
}

// Articles returns every article, held or not, newest first.
func (o *Outlets) Articles() []Article { return append([]Article(nil), o.articles...) }

// Visible returns the articles currently published, newest first.
func (o *Outlets) Visible() []Article {
	o.mu.RLock()
	defer o.mu.RUnlock()
	var out []Article
	for _, a := range o.articles {
		if !o.held[a.Slug] {
			out = append(out, a)
		}
	}
	return out
}

// Held returns the slugs still held back, sorted.
func (o *Outlets) Held() []string {
	o.mu.RLock()
	defer o.mu.RUnlock()
	out := make([]string, 0, len(o.held))
	for s := range o.held {
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

// Publish releases a held article: from now on it is served and listed in
// its outlet's feed, sitemap and home page. Publishing a visible article is
// a no-op.
func (o *Outlets) Publish(slug string) error {
	if _, ok := o.bySlug[slug]; !ok {
		return fmt.Errorf("demo: publish: no article %q", slug)
	}
	o.mu.Lock()
	delete(o.held, slug)
	o.mu.Unlock()
	return nil
}

// Article returns the article with the given slug.
func (o *Outlets) Article(slug string) (Article, bool) {
	i, ok := o.bySlug[slug]
	if !ok {
		return Article{}, false
	}
	return o.articles[i], true
}

func (o *Outlets) isHeld(slug string) bool {
	o.mu.RLock()
	defer o.mu.RUnlock()
	return o.held[slug]
}

// visibleIn returns the published articles of one outlet, newest first.
func (o *Outlets) visibleIn(outlet string) []Article {
	var out []Article
	for _, a := range o.Visible() {
		if a.Outlet == outlet {
			out = append(out, a)
		}
	}
	return out
}

// ArticlePath is the URL path an article is served at; each outlet has its
// own URL scheme, as real sites do.
func ArticlePath(a Article) string {
	switch a.Outlet {
	case "wire":
		if a.Language != "en" {
			return "/wire/" + a.Language + "/" + a.Slug + ".html"
		}
		return "/wire/news/" + a.Slug
	case "techdaily":
		return "/techdaily/" + a.Published.Format("2006/01/02") + "/" + a.Slug + "/"
	default:
		return "/" + a.Outlet + "/story/" + a.Slug
	}
}

// ArticleURL is the absolute URL of an article on a server at baseURL
// (e.g. "http://127.0.0.1:8080").
func ArticleURL(baseURL string, a Article) string {
	return strings.TrimRight(baseURL, "/") + ArticlePath(a)
}

// canonicalURL is where an article's rel=canonical points: itself, or the
// original for a syndicated copy.
func (o *Outlets) canonicalURL(base string, a Article) string {
	if a.Canonical != "" {
		_, slug, _ := strings.Cut(a.Canonical, "/")
		if orig, ok := o.Article(slug); ok {
			return ArticleURL(base, orig)
		}
	}
	return ArticleURL(base, a)
}

// baseURL rebuilds the server's own origin from the request, so feeds and
// sitemaps carry absolute URLs whatever port the outlets landed on.
func baseURL(r *http.Request) string {
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

// ServeHTTP routes by path prefix to the outlet's pages, feeds and sitemaps.
func (o *Outlets) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	p := r.URL.Path
	base := baseURL(r)
	switch p {
	case "/":
		o.serveIndex(w, base)
		return
	case "/robots.txt":
		serveRobots(w, base)
		return
	}
	if i, ok := o.byPath[p]; ok {
		a := o.articles[i]
		if o.isHeld(a.Slug) {
			http.NotFound(w, r)
			return
		}
		o.serveArticle(w, base, a)
		return
	}
	key, rest, _ := strings.Cut(strings.TrimPrefix(p, "/"), "/")
	out, ok := outletByKey(key)
	if !ok {
		http.NotFound(w, r)
		return
	}
	switch {
	case rest == "":
		o.serveHome(w, base, out)
	case rest == "robots.txt":
		// Path-prefixed outlets share one host, so crawlers read /robots.txt;
		// this copy shows each outlet's own rules for people reading along.
		serveRobots(w, base)
	case strings.HasPrefix(rest, "private/"):
		servePrivate(w, base, out, rest)
	default:
		if !o.serveFeedOrSitemap(w, base, out, rest) {
			http.NotFound(w, r)
		}
	}
}
