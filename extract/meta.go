package extract

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// metaPage is everything the metadata steps read from a page, gathered in a
// single walk of the parsed tree so each field costs no extra traversal.
type metaPage struct {
	htmlLang  string
	title     string              // <title>
	metas     map[string][]string // lower-cased name/property/itemprop/http-equiv → contents, in page order
	canonical string
	jsonld    []string
	times     []metaTime
	h1s       []string
	itemAuth  []string // itemprop=author (microdata) names
	itemDate  []string // itemprop=datePublished values not given in <meta>
	relAuthor []string // <a rel=author> texts
	// authorLinks are texts of links to an author's page (/autoren/name/…)
	// without rel=author.
	authorLinks []string
	bylines     []string // short texts of elements classed as byline/author
	dateTexts   []string // short texts of elements classed as date/time/published
	afterH1     strings.Builder
	seenH1      bool
}

// metaTime is one <time> element; pub marks the ones a page flags as the
// publication time (pubdate attribute, itemprop or a class saying so).
type metaTime struct {
	value string
	pub   bool
}

func metaCollect(root *html.Node) *metaPage {
	m := &metaPage{metas: make(map[string][]string)}
	metaWalk(root, m, false)
	return m
}

// metaAfterH1Cap bounds the text kept after the headline for date search.
const metaAfterH1Cap = 3000

func metaWalk(n *html.Node, m *metaPage, inBody bool) {
	if n.Type == html.TextNode && m.seenH1 && m.afterH1.Len() < metaAfterH1Cap {
		m.afterH1.WriteString(n.Data)
		m.afterH1.WriteByte(' ')
		return
	}
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Html:
			if m.htmlLang == "" {
				m.htmlLang = strings.TrimSpace(htmlAttr(n, "lang"))
				if m.htmlLang == "" {
					m.htmlLang = strings.TrimSpace(htmlAttr(n, "xml:lang"))
				}
			}
		case atom.Body:
			inBody = true
		case atom.Title:
			if m.title == "" && !inBody {
				m.title = titleClean(htmlRawText(n))
			}
			return
		case atom.Meta:
			metaAdd(m, n)
			return
		case atom.Link:
			rel := strings.ToLower(htmlAttr(n, "rel"))
			if m.canonical == "" && metaHasWord(rel, "canonical") {
				m.canonical = strings.TrimSpace(htmlAttr(n, "href"))
			}
			return
		case atom.Script:
			if strings.Contains(strings.ToLower(htmlAttr(n, "type")), "ld+json") && n.FirstChild != nil {
				m.jsonld = append(m.jsonld, n.FirstChild.Data)
			}
			return
		case atom.Style, atom.Noscript, atom.Svg, atom.Template:
			return
		case atom.Time:
			v := strings.TrimSpace(htmlAttr(n, "datetime"))
			if v == "" {
				v = htmlTextLimitS(n)
			}
			if v != "" {
				cls := strings.ToLower(htmlAttr(n, "class") + " " + htmlAttr(n, "id") + " " + htmlAttr(n, "itemprop"))
				pub := htmlHasAttr(n, "pubdate") || strings.Contains(cls, "datepublished") ||
					strings.Contains(cls, "publish") || strings.Contains(cls, "pubdate")
				m.times = append(m.times, metaTime{value: v, pub: pub})
			}
		case atom.H1:
			if !m.seenH1 {
				defer func() { m.seenH1 = true }()
			}
			if len(m.h1s) < 5 {
				if t := titleClean(htmlRawText(n)); t != "" {
					m.h1s = append(m.h1s, t)
				}
			}
		case atom.A:
			if metaHasWord(strings.ToLower(htmlAttr(n, "rel")), "author") && len(m.relAuthor) < 10 {
				if t, ok := htmlTextLimit(n, 400); ok && t != "" {
					m.relAuthor = append(m.relAuthor, t)
				}
			} else if inBody && len(m.authorLinks) < 10 && metaAuthorPath.MatchString(htmlAttr(n, "href")) {
				if t, ok := htmlTextLimit(n, 200); ok && t != "" {
					m.authorLinks = append(m.authorLinks, t)
				}
			}
		}
		if inBody && len(m.bylines) < 3 {
			if cls := strings.ToLower(htmlAttr(n, "class") + " " + htmlAttr(n, "id")); strings.Contains(cls, "byline") || strings.Contains(cls, "author") {
				if !strings.Contains(cls, "bio") && !strings.Contains(cls, "avatar") && !strings.Contains(cls, "image") {
					if t, ok := htmlTextLimit(n, 400); ok && t != "" && len(t) < 120 {
						m.bylines = append(m.bylines, t)
					}
				}
			}
		}
		if inBody && len(m.dateTexts) < 10 {
			if cls := strings.ToLower(htmlAttr(n, "class") + " " + htmlAttr(n, "id")); cls != " " && metaDateClass(cls) {
				if t, ok := htmlTextLimit(n, 400); ok && t != "" && len(t) < 120 {
					m.dateTexts = append(m.dateTexts, t)
				}
			}
		}
		if ip := strings.ToLower(htmlAttr(n, "itemprop")); ip != "" {
			switch {
			case metaHasWord(ip, "author") || metaHasWord(ip, "creator"):
				name := ""
				if nn := htmlFirst(n, func(c *html.Node) bool {
					return c != n && metaHasWord(strings.ToLower(htmlAttr(c, "itemprop")), "name")
				}); nn != nil {
					name = htmlAttr(nn, "content")
					if name == "" {
						name = htmlTextLimitS(nn)
					}
				} else if n.DataAtom != atom.Meta {
					name = htmlTextLimitS(n)
				}
				if name != "" && len(m.itemAuth) < 10 {
					m.itemAuth = append(m.itemAuth, name)
				}
			case metaHasWord(ip, "datepublished"):
				v := htmlAttr(n, "content")
				if v == "" {
					v = htmlAttr(n, "datetime")
				}
				if v == "" {
					v = htmlTextLimitS(n)
				}
				if v != "" {
					m.itemDate = append(m.itemDate, v)
				}
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		metaWalk(c, m, inBody)
	}
}

func metaAdd(m *metaPage, n *html.Node) {
	content, ok := "", false
	for _, a := range n.Attr {
		if a.Key == "content" {
			content, ok = strings.TrimSpace(a.Val), true
		}
	}
	if !ok {
		if cs := htmlAttr(n, "charset"); cs != "" {
			m.metas["charset"] = append(m.metas["charset"], cs)
		}
		return
	}
	if content == "" {
		return
	}
	for _, key := range []string{"name", "property", "itemprop", "http-equiv"} {
		v := strings.ToLower(strings.TrimSpace(htmlAttr(n, key)))
		if v == "" {
			continue
		}
		// RDFa allows several space-separated properties in one attribute.
		for _, f := range strings.Fields(v) {
			if len(m.metas[f]) < 20 {
				m.metas[f] = append(m.metas[f], content)
			}
		}
	}
}

// first returns the first non-empty content among keys, in the order given,
// and the key it came from.
func (m *metaPage) first(keys ...string) (string, string) {
	for _, k := range keys {
		for _, v := range m.metas[k] {
			if v != "" {
				return v, k
			}
		}
	}
	return "", ""
}

func metaHasWord(s, w string) bool {
	for _, f := range strings.Fields(s) {
		if f == w {
			return true
		}
	}
	return false
}

// metaAuthorPath matches links to a writer's page on the outlet's site.
var metaAuthorPath = regexp.MustCompile(`(?i)/(?:authors?|autor|autoren|auteurs?|autore|autori|autores|journalists?|reporters?|redakteur|redaktion/autoren)/[^/?#]+`)

// metaDateClass reports class/id names that label a publication date.
func metaDateClass(cls string) bool {
	for _, k := range []string{"date", "publish", "posted", "timestamp", "dateline", "time", "fecha", "datum", "data"} {
		if strings.Contains(cls, k) {
			return !strings.Contains(cls, "update") && !strings.Contains(cls, "modif")
		}
	}
	return false
}
