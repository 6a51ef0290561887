package demo

import (
	"bytes"
	"net/http"
)

type homePage struct {
	Outlet  Outlet
	Base    string
	Links   []link
	Outlets []outletLinks
}

type outletLinks struct {
	Outlet Outlet
	Home   string
	Feed   string
	Map    string
}

// homeTemplates: the root lists the outlets; each outlet's home lists its
// published stories (the Harbour Post is crawled from it) and, as real sites
// do, links somewhere robots.txt forbids.
const homeTemplates = `{{define "index"}}<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>claimwatch demo outlets</title></head>
<body><h1>claimwatch demo outlets</h1>
<p>Invented news sites serving articles written for the claimwatch demo.</p>
<ul>{{range .Outlets}}<li><a href="{{.Home}}">{{.Outlet.Name}}</a> (<a href="{{.Feed}}">feed</a>{{if .Map}}, <a href="{{.Map}}">sitemap</a>{{end}})</li>
{{end}}</ul>
<p><a href="{{.Base}}/robots.txt">robots.txt</a></p>
</body></html>
{{end}}{{define "home"}}<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{.Outlet.Name}}</title></head>
<body class="home {{.Outlet.Key}}">
<h1>{{.Outlet.Name}}</h1><p class="tagline">{{.Outlet.Tagline}}</p>
<ul class="stories">{{range .Links}}<li><a href="{{.URL}}">{{.Title}}</a></li>
{{end}}</ul>
<p class="staff"><a href="{{.Base}}/{{.Outlet.Key}}/private/story/newsroom-rota">Staff area</a></p>
</body></html>
{{end}}{{define "private"}}<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Staff only: newsroom rota and embargoed notes - {{.Outlet.Name}}</title></head>
<body><h1>Staff only: newsroom rota and embargoed notes</h1>
<p>By Night Desk</p>
<p>This page is disallowed by robots.txt and exists so tests can tell whether a crawler obeys it. Codeword: zebrafinch.</p>
<p>Embargoed until further notice: the regulator ordered Tencent and Alibaba to hand over their zebrafinch files, people familiar with the matter said. The desk will confirm before anything runs.</p>
<p>Rota: Monday early shift, Tuesday late shift, Wednesday weekend cover. Remember to log off the shared terminal and lock the stationery cupboard.</p>
</body></html>
{{end}}`

func (o *Outlets) serveIndex(w http.ResponseWriter, base string) {
	pg := homePage{Base: base}
	for _, out := range outlets {
		pg.Outlets = append(pg.Outlets, outletLinks{
			Outlet: out,
			Home:   base + "/" + out.Key + "/",
			Feed:   base + feedPath(out.Key),
			Map:    sitemapURL(base, out.Key),
		})
	}
	render(w, "index", pg)
}

func (o *Outlets) serveHome(w http.ResponseWriter, base string, out Outlet) {
	pg := homePage{Outlet: out, Base: base}
	for _, a := range o.visibleIn(out.Key) {
		pg.Links = append(pg.Links, link{URL: ArticleURL(base, a), Title: a.Title})
	}
	render(w, "home", pg)
}

// servePrivate answers anything under /<outlet>/private/ with a staff page
// carrying a codeword, so a crawler that ignores robots.txt is caught out.
func servePrivate(w http.ResponseWriter, base string, out Outlet, rest string) {
	render(w, "private", homePage{Outlet: out, Base: base})
}

func render(w http.ResponseWriter, name string, data any) {
	var buf bytes.Buffer
	if err := templates.ExecuteTemplate(&buf, name, data); err != nil {
		http.Error(w, "demo: render "+name+": "+err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(buf.Bytes())
}
