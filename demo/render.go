package demo

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html/template"
	"net/http"
	"strings"
	"time"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// page is what every article template gets.
type page struct {
	Outlet    Outlet
	Base      string
	A         Article
	URL       string
	Canonical string
	Original  *Article // the original of a syndicated copy
	Paras     []para
	JSONLD    template.JS
	Related   []link
	Charset   string
}

type para struct {
	Head bool
	Text string
}

type link struct {
	URL, Title string
}

var funcs = template.FuncMap{
	"rfc3339": func(t time.Time) string { return t.Format(time.RFC3339) },
	"wireDate": func(t time.Time) string {
		return t.Format("January 2, 2006 3:04 PM") + " " + zoneLabel(t)
	},
	"blogDate":    func(t time.Time) string { return t.Format("Jan 2, 2006") },
	"harbourDate": func(t time.Time) string { return t.Format("Monday 2 January 2006, 3.04pm") },
	"join":        strings.Join,
	"lower":       strings.ToLower,
	"tagSlug":     func(s string) string { return strings.ReplaceAll(strings.ToLower(s), " ", "-") },
	"add1":        func(i int) int { return i + 1 },
	"outletName": func(key string) string {
		o, _ := outletByKey(key)
		return o.Name
	},
}

// zoneLabel prints "GMT+8" style offsets, as wire services do in datelines.
func zoneLabel(t time.Time) string {
	_, off := t.Zone()
	if off == 0 {
		return "GMT"
	}
	sign := "+"
	if off < 0 {
		sign, off = "-", -off
	}
	h, m := off/3600, off%3600/60
	if m != 0 {
		return fmt.Sprintf("GMT%s%d:%02d", sign, h, m)
	}
	return fmt.Sprintf("GMT%s%d", sign, h)
}

var templates = template.Must(template.New("").Funcs(funcs).Parse(wireTemplate + techTemplate + harbourTemplate + homeTemplates))

func (o *Outlets) serveArticle(w http.ResponseWriter, base string, a Article) {
	out, _ := outletByKey(a.Outlet)
	pg := page{
		Outlet:    out,
		Base:      base,
		A:         a,
		URL:       ArticleURL(base, a),
		Canonical: o.canonicalURL(base, a),
		Charset:   "utf-8",
	}
	if a.Charset != "" {
		pg.Charset = a.Charset
	}
	if a.Canonical != "" {
		_, slug, _ := strings.Cut(a.Canonical, "/")
		if orig, ok := o.Article(slug); ok {
			pg.Original = &orig
		}
	}
	for _, p := range a.Body {
		if h, ok := strings.CutPrefix(p, "## "); ok {
			pg.Paras = append(pg.Paras, para{Head: true, Text: h})
		} else {
			pg.Paras = append(pg.Paras, para{Text: p})
		}
	}
	for _, r := range o.visibleIn(a.Outlet) {
		if r.Slug != a.Slug && len(pg.Related) < 4 {
			pg.Related = append(pg.Related, link{URL: ArticleURL(base, r), Title: r.Title})
		}
	}
	name := a.Outlet + "-article"
	if a.Outlet == "wire" {
		pg.JSONLD = newsArticleJSONLD(pg)
	}
	var buf bytes.Buffer
	if err := templates.ExecuteTemplate(&buf, name, pg); err != nil {
		http.Error(w, "demo: render "+a.Slug+": "+err.Error(), http.StatusInternalServerError)
		return
	}
	body := buf.Bytes()
	ctype := "text/html; charset=utf-8"
	if a.Charset == "gbk" {
		// Characters outside GBK (the footer's ©) become numeric references,
		// as a real GBK site's CMS would write them.
		enc, err := encoding.HTMLEscapeUnsupported(simplifiedchinese.GBK.NewEncoder()).Bytes(body)
		if err != nil {
			http.Error(w, "demo: encode "+a.Slug+" as GBK: "+err.Error(), http.StatusInternalServerError)
			return
		}
		body, ctype = enc, "text/html; charset=GBK"
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Last-Modified", lastMod(a).UTC().Format(http.TimeFormat))
	w.Write(body)
}

func lastMod(a Article) time.Time {
	if !a.Updated.IsZero() {
		return a.Updated
	}
	return a.Published
}

// newsArticleJSONLD is the wire's structured data; json.Marshal escapes <, >
// and &, so the result is safe inside a script element.
func newsArticleJSONLD(pg page) template.JS {
	type person struct {
		Type string `json:"@type"`
		Name string `json:"name"`
	}
	type org struct {
		Type string `json:"@type"`
		Name string `json:"name"`
		URL  string `json:"url"`
	}
	authors := make([]person, len(pg.A.Authors))
	for i, n := range pg.A.Authors {
		authors[i] = person{"Person", n}
	}
	doc := map[string]any{
		"@context":         "https://schema.org",
		"@type":            "NewsArticle",
		"headline":         pg.A.Title,
		"description":      pg.A.Summary,
		"datePublished":    pg.A.Published.Format(time.RFC3339),
		"dateModified":     lastMod(pg.A).Format(time.RFC3339),
		"author":           authors,
		"inLanguage":       pg.A.Language,
		"keywords":         strings.Join(pg.A.Tags, ", "),
		"articleSection":   pg.A.Section,
		"mainEntityOfPage": map[string]string{"@type": "WebPage", "@id": pg.Canonical},
		"publisher":        org{"NewsMediaOrganization", pg.Outlet.Name, pg.Base + "/wire/"},
	}
	b, _ := json.Marshal(doc)
	return template.JS(b)
}

// The wire: rich metadata (JSON-LD NewsArticle, Open Graph, article:*),
// a dateline paragraph and a reporting credit line.
const wireTemplate = `{{define "wire-article"}}<!DOCTYPE html>
<html lang="{{.A.Language}}">
<head>
<meta charset="{{.Charset}}">
{{if ne .Charset "utf-8"}}<meta http-equiv="Content-Type" content="text/html; charset={{.Charset}}">
{{end}}<title>{{.A.Title}} | {{.Outlet.Name}}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{{.A.Summary}}">
<link rel="canonical" href="{{.Canonical}}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{{.Outlet.Name}}">
<meta property="og:title" content="{{.A.Title}}">
<meta property="og:description" content="{{.A.Summary}}">
<meta property="og:url" content="{{.Canonical}}">
<meta property="og:locale" content="{{.A.Language}}">
<meta property="article:published_time" content="{{rfc3339 .A.Published}}">
{{if not .A.Updated.IsZero}}<meta property="article:modified_time" content="{{rfc3339 .A.Updated}}">
{{end}}{{range .A.Authors}}<meta property="article:author" content="{{.}}">
{{end}}<meta property="article:section" content="{{.A.Section}}">
{{range .A.Tags}}<meta property="article:tag" content="{{.}}">
{{end}}<script type="application/ld+json">{{.JSONLD}}</script>
<link rel="alternate" type="application/rss+xml" title="{{.Outlet.Name}} top news" href="{{.Base}}/wire/feed.xml">
</head>
<body class="wire">
<header class="masthead"><a href="{{.Base}}/wire/">{{.Outlet.Name}}</a>
<nav><a href="{{.Base}}/wire/">Top News</a> <a href="{{.Base}}/wire/">Business</a> <a href="{{.Base}}/wire/">Technology</a> <a href="{{.Base}}/wire/">Markets</a></nav>
</header>
<main>
<article class="story">
<p class="kicker">{{.A.Section}}</p>
<h1 class="headline">{{.A.Title}}</h1>
<div class="byline">By {{join .A.Authors " and "}}</div>
<div class="dateline"><time datetime="{{rfc3339 .A.Published}}">{{wireDate .A.Published}}</time>{{if not .A.Updated.IsZero}} · Updated <time datetime="{{rfc3339 .A.Updated}}">{{wireDate .A.Updated}}</time>{{end}}</div>
<div class="story-body">
{{range .Paras}}{{if .Head}}<h2>{{.Text}}</h2>{{else}}<p>{{.Text}}</p>{{end}}
{{end}}</div>
<p class="credit">Reporting by {{join .A.Authors "; "}}; editing by the {{.Outlet.Name}} desk</p>
<p class="trust">Our standards: The Meridian Wire Trust Principles. Meridian Wire is a fictional outlet made for the claimwatch demo.</p>
</article>
<aside class="more"><h3>More from {{.Outlet.Name}}</h3><ul>
{{range .Related}}<li><a href="{{.URL}}">{{.Title}}</a></li>
{{end}}</ul></aside>
</main>
<footer><p>© 2021 {{.Outlet.Name}}. All quotes delayed a minimum of 15 minutes.</p>
<a href="{{.Base}}/wire/feed.xml">RSS</a> <a href="{{.Base}}/wire/sitemap_index.xml">Sitemap</a></footer>
</body>
</html>
{{end}}`

// The tech blog: schema.org microdata, <time> elements and a rel=author
// byline, with a sidebar and newsletter box around the post.
const techTemplate = `{{define "techdaily-article"}}<!DOCTYPE html>
<html lang="{{.A.Language}}">
<head>
<meta charset="utf-8">
<title>{{.A.Title}} – {{.Outlet.Name}}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="author" content="{{join .A.Authors ", "}}">
<link rel="canonical" href="{{.Canonical}}">
<link rel="alternate" type="application/atom+xml" title="{{.Outlet.Name}}" href="{{.Base}}/techdaily/atom.xml">
</head>
<body>
<div class="site-header"><a class="logo" href="{{.Base}}/techdaily/">{{.Outlet.Name}}</a> <span class="tagline">{{.Outlet.Tagline}}</span>
<ul class="menu"><li><a href="{{.Base}}/techdaily/">Latest</a></li><li><a href="{{.Base}}/techdaily/">Policy</a></li><li><a href="{{.Base}}/techdaily/">Gadgets</a></li><li><a href="{{.Base}}/techdaily/private/drafts/">Staff drafts</a></li></ul></div>
<div class="layout">
<article class="post" itemscope itemtype="https://schema.org/BlogPosting">
<meta itemprop="mainEntityOfPage" content="{{.Canonical}}">
<h1 class="post-title" itemprop="headline">{{.A.Title}}</h1>
<div class="post-meta">
{{range $i, $n := .A.Authors}}{{if $i}} and {{end}}<span itemprop="author" itemscope itemtype="https://schema.org/Person"><a rel="author" itemprop="url" href="{{$.Base}}/techdaily/author/{{tagSlug $n}}/"><span itemprop="name">{{$n}}</span></a></span>{{end}}
<span class="sep">/</span>
<time class="published" itemprop="datePublished" datetime="{{rfc3339 .A.Published}}">{{blogDate .A.Published}}</time>
{{if not .A.Updated.IsZero}}<span class="updated">Updated <time itemprop="dateModified" datetime="{{rfc3339 .A.Updated}}">{{blogDate .A.Updated}}</time></span>{{end}}
</div>
{{if .A.Summary}}<p class="dek" itemprop="description">{{.A.Summary}}</p>{{end}}
<div class="post-content" itemprop="articleBody">
{{range .Paras}}{{if .Head}}<h3>{{.Text}}</h3>{{else}}<p>{{.Text}}</p>{{end}}
{{end}}</div>
<ul class="post-tags">{{range .A.Tags}}<li><a rel="tag" href="{{$.Base}}/techdaily/tag/{{tagSlug .}}/" itemprop="keywords">{{.}}</a></li>{{end}}</ul>
</article>
<aside class="sidebar">
<section class="newsletter"><h4>Get the Ledger in your inbox</h4><p>One email a day with the platform-policy stories that matter. No spam, unsubscribe any time.</p><form><input type="email" placeholder="you@example.com"><button>Subscribe</button></form></section>
<section class="trending"><h4>Trending</h4><ol>
{{range .Related}}<li><a href="{{.URL}}">{{.Title}}</a></li>
{{end}}</ol></section>
</aside>
</div>
<footer class="site-footer"><p>{{.Outlet.Name}} is a fictional blog made for the claimwatch demo. <a href="{{.Base}}/techdaily/atom.xml">Atom feed</a></p></footer>
</body>
</html>
{{end}}`

// The regional paper: almost no metadata (a title, a printed date, a "By"
// line) buried in a cookie banner, share bar, related list and comments
// teaser, which boilerplate removal has to strip.
const harbourTemplate = `{{define "harbourpost-article"}}<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{.A.Title}} - The Harbour Post</title>
{{if .Original}}<link rel="canonical" href="{{.Canonical}}">
{{end}}</head>
<body>
<div id="cookie-consent" class="cookie-banner">
<p>We and our 143 partners use cookies and similar technologies to personalise content and adverts, to provide social media features and to analyse our traffic. By clicking "Accept all" you agree to the storing of cookies on your device. You can change your preferences at any time by visiting our Privacy Centre.</p>
<button>Accept all</button> <button>Manage preferences</button>
</div>
<div class="top"><a href="{{.Base}}/harbourpost/">THE HARBOUR POST</a> | <a href="{{.Base}}/harbourpost/">News</a> | <a href="{{.Base}}/harbourpost/">Business</a> | <a href="{{.Base}}/harbourpost/">Sport</a> | <a href="{{.Base}}/harbourpost/">Weather</a> | <a href="{{.Base}}/harbourpost/">Subscribe from $1 a week</a></div>
<div class="content">
<div class="section-label">{{.A.Section}}</div>
<h1>{{.A.Title}}</h1>
<div class="info">By {{join .A.Authors " and "}}{{if .Original}} of {{outletName .Original.Outlet}}{{end}}<br>
<span class="date">{{harbourDate .A.Published}}</span></div>
<div class="share-bar">Share this story: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
<div class="text">
{{range .Paras}}{{if .Head}}<p><b>{{.Text}}</b></p>{{else}}<p>{{.Text}}</p>{{end}}
{{end}}</div>
{{if .Original}}<p class="syndication">This story was first published by {{outletName .Original.Outlet}} and is republished here under a content-sharing agreement.</p>{{end}}
<div class="share-bar">Share this story: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>
<div class="related"><h3>Related stories</h3><ul>
{{range .Related}}<li><a href="{{.URL}}">{{.Title}}</a></li>
{{end}}</ul></div>
<div class="comments">Comments are closed on this story. Read our community guidelines.</div>
</div>
<div class="bottom">© The Harbour Post (a fictional newspaper for the claimwatch demo). Contact the newsroom: news@harbourpost.example</div>
</body>
</html>
{{end}}`
