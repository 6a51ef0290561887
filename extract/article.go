package extract

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"

	"github.com/claimwatch/claimwatch/urlnorm"
)

// ErrNoContent is returned when a page has nothing to extract (empty input,
// or markup with neither text nor metadata).
var ErrNoContent = errors.New("extract: page has no content")

// Article extracts a Document from an HTML page. pageURL is the URL the page
// was fetched from (after redirects); it resolves relative links and is the
// fallback canonical URL.
//
// Evidence is taken in order of trust: the source's selectors, JSON-LD,
// Open Graph and other <meta>, <time> elements, the URL, then the generic
// DOM scorer for the body. Document.Sources says which one won per field.
func Article(page []byte, pageURL string, hints Hints) (Document, error) {
	return article(page, pageURL, hints, publisherProfiles)
}

// article is Article with the publisher profiles to apply, so tests can
// measure the generic rules alone.
func article(page []byte, pageURL string, hints Hints, profiles titleProfiles) (doc Document, err error) {
	if len(bytes.TrimSpace(page)) == 0 {
		return Document{}, ErrNoContent
	}
	root, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return Document{}, fmt.Errorf("extract: parse html: %w", err)
	}
	doc = Document{Sources: map[string]string{}}
	m := metaCollect(root)
	lds := jsonldArticles(m.jsonld)
	var ld *jsonldArticle
	if len(lds) > 0 {
		ld = &lds[0]
	}
	var sel *goquery.Document
	if hints.Selectors != (Selectors{}) {
		sel = goquery.NewDocumentFromNode(root)
	}

	doc.SiteName, _ = m.first("og:site_name", "application-name", "publisher")
	if doc.SiteName == "" && ld != nil {
		doc.SiteName = ld.publisher
	}
	doc.Description, _ = m.first("og:description", "description", "twitter:description", "dc.description")
	if doc.Description == "" && ld != nil {
		doc.Description = ld.desc
	}

	articleURL(&doc, m, pageURL)
	// The publication date picks the version of a publisher profile.
	articlePublished(&doc, page, m, ld, sel, hints)
	articleTitle(&doc, root, m, ld, sel, hints, profiles)
	articleAuthors(&doc, m, ld, sel, hints)

	// The body comes last because the scorer prunes the tree it reads.
	if sel != nil && hints.Selectors.Body != "" {
		if s := sel.Find(hints.Selectors.Body); s.Length() > 0 {
			var parts []string
			s.Each(func(_ int, q *goquery.Selection) {
				for _, n := range q.Nodes {
					if t := bodyRenderAll(n); t != "" {
						parts = append(parts, t)
					}
				}
			})
			if len(parts) > 0 {
				doc.Text = strings.Join(parts, "\n\n")
				doc.Sources["text"] = "selector"
			}
		}
	}
	if doc.Text == "" {
		doc.Text, _ = bodyText(root)
		if doc.Text != "" {
			doc.Sources["text"] = "generic"
		}
	}
	if ld != nil && len(ld.body) > 2*len(doc.Text) && len(ld.body) > 200 {
		doc.Text = articleParagraphs(ld.body)
		doc.Sources["text"] = "jsonld"
	}

	articleLanguage(&doc, m, ld, hints)

	if doc.Title == "" && hints.FeedTitle != "" {
		doc.Title = hints.FeedTitle
		doc.Sources["title"] = "feed"
	}
	if doc.Published.IsZero() && !hints.FeedPublished.IsZero() {
		doc.Published = hints.FeedPublished
		doc.Sources["published"] = "feed"
	}

	doc.Title = htmlValid(doc.Title)
	doc.Text = htmlValid(doc.Text)
	doc.SiteName = htmlValid(htmlCollapseSpace(doc.SiteName))
	doc.Description = htmlValid(htmlCollapseSpace(doc.Description))
	doc.URL = htmlValid(doc.URL)
	for i, a := range doc.Authors {
		doc.Authors[i] = htmlValid(a)
	}
	if doc.Text == "" && doc.Title == "" {
		return doc, ErrNoContent
	}
	return doc, nil
}

// articleParagraphs normalises a plain-text body (JSON-LD articleBody) to
// the Document.Text convention: paragraphs separated by a blank line.
func articleParagraphs(s string) string {
	if strings.Contains(s, "<") && strings.Contains(s, ">") {
		if n, err := html.Parse(strings.NewReader(s)); err == nil {
			return bodyRenderAll(n)
		}
	}
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	var out []string
	for _, l := range lines {
		if l = htmlCollapseSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n\n")
}

func articleURL(doc *Document, m *metaPage, pageURL string) {
	switch {
	case m.canonical != "":
		doc.URL = urlnorm.Resolve(pageURL, m.canonical)
		doc.Sources["url"] = "canonical"
	default:
		if u, _ := m.first("og:url"); u != "" {
			doc.URL = urlnorm.Resolve(pageURL, u)
			doc.Sources["url"] = "opengraph"
		} else if pageURL != "" {
			doc.URL = urlnorm.Clean(pageURL)
			doc.Sources["url"] = "page"
		}
	}
}

// titleWeights are the votes of jsonld, og:title, h1, other meta titles and
// <title>, measured on the fundus set: the last two only break ties or fill
// in when nothing better exists.
var titleWeights = [5]float64{1, 0.9, 0.8, 0.05, 0.05}

func articleTitleCands(doc *Document, m *metaPage, ld *jsonldArticle, w [5]float64) []titleCand {
	ldh := ""
	if ld != nil {
		ldh = titleClean(html.UnescapeString(ld.headline))
	}
	og, _ := m.first("og:title")
	tw, _ := m.first("twitter:title", "dc.title", "sailthru.title", "parsely-title", "headline", "title")
	h1 := ""
	if len(m.h1s) > 0 {
		h1 = m.h1s[0]
	}
	sites := articleSites(doc, ld)
	return []titleCand{
		{"jsonld", ldh, w[0]},
		{"opengraph", titleStrip(og, sites...), w[1]},
		{"h1", h1, w[2]},
		{"meta", titleStrip(tw, sites...), w[3]},
		{"title", titleStrip(m.title, sites...), w[4]},
	}
}

// articleHost is the host of the article's URL, "" when it has none.
func articleHost(doc *Document) string {
	if u, err := url.Parse(doc.URL); err == nil {
		return u.Hostname()
	}
	return ""
}

// articleSites are the names the article's site goes by, for stripping
// them from headlines.
func articleSites(doc *Document, ld *jsonldArticle) []string {
	publisher := ""
	if ld != nil {
		publisher = ld.publisher
	}
	return titleSiteNames(doc.SiteName, publisher, articleHost(doc))
}

func articleTitle(doc *Document, root *html.Node, m *metaPage, ld *jsonldArticle, sel *goquery.Document, hints Hints, profiles titleProfiles) {
	if sel != nil && hints.Selectors.Title != "" {
		if t := htmlCollapseSpace(sel.Find(hints.Selectors.Title).First().Text()); t != "" {
			doc.Title, doc.Sources["title"] = t, "selector"
			return
		}
	}
	cands := articleTitleCands(doc, m, ld, titleWeights)
	if p, ok := profiles.lookup(articleHost(doc)); ok {
		day := ""
		if !doc.Published.IsZero() {
			day = doc.Published.Format(time.DateOnly)
		}
		if t, src := profileTitle(p.version(day), m, root, cands[0].value, articleSites(doc, ld)); t != "" {
			doc.Title, doc.Sources["title"] = t, src
			return
		}
	}
	titleUnifyVariants(cands)
	if t, src, ok := titleCore(cands[0].value, cands[1].value); ok {
		doc.Title, doc.Sources["title"] = t, src
		return
	}
	if og := cands[1].value; titleWithoutKicker(og, cands[0].value) || titleWithoutKicker(og, cands[2].value) {
		doc.Title, doc.Sources["title"] = og, "opengraph"
		return
	}
	if t, src, ok := titleNotSEO(cands[0].value, cands[1].value, cands[4].value); ok {
		doc.Title, doc.Sources["title"] = t, src
		return
	}
	if t := titleSharedTail(cands[1].value, cands[2].value); t != "" {
		doc.Title, doc.Sources["title"] = t, "h1"
		return
	}
	doc.Title, doc.Sources["title"] = titleChoose(cands)
	if doc.Title == "" {
		delete(doc.Sources, "title")
	}
}

func articleAuthors(doc *Document, m *metaPage, ld *jsonldArticle, sel *goquery.Document, hints Hints) {
	if sel != nil && hints.Selectors.Authors != "" {
		var raw []string
		sel.Find(hints.Selectors.Authors).Each(func(_ int, q *goquery.Selection) { raw = append(raw, q.Text()) })
		if a := authorClean(raw, true); len(a) > 0 {
			doc.Authors, doc.Sources["authors"] = a, "selector"
			return
		}
	}
	var authors []string
	src := ""
	switch {
	case ld != nil && len(authorClean(ld.authors, true)) > 0:
		authors, src = authorClean(ld.authors, true), "jsonld"
	default:
		for _, k := range []string{"author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl", "dcterms.creator", "citation_author", "twitter:creator"} {
			if a := authorClean(m.metas[k], true); len(a) > 0 {
				authors, src = a, "meta"
				break
			}
		}
	}
	if authors == nil {
		if a := authorInByline(authorClean(m.itemAuth, true), m.bylines); len(a) > 0 {
			authors, src = a, "microdata"
		} else if a := authorInByline(authorClean(m.relAuthor, false), m.bylines); len(a) > 0 {
			authors, src = a, "rel-author"
		} else if a := authorClean(m.authorLinks, false); len(a) > 0 && len(a) <= 2 && authorNamesLike(a) && authorHasFullName(a) {
			authors, src = a, "author-link"
		}
	}
	// Co-authors JSON-LD left out but the article:author tags list, or the
	// byline shows and links to.
	if src == "jsonld" {
		if more := authorClean(m.metas["article:author"], true); len(more) > len(authors) && len(more) <= 4 && authorSubset(authors, more) {
			authors, src = more, "meta"
		}
	}
	if len(authors) > 0 && len(m.bylines) > 0 {
		if rel := authorInByline(authorClean(m.relAuthor, false), m.bylines[:1]); len(rel) > len(authors) && len(rel) <= 4 && authorSubset(authors, rel) {
			authors, src = rel, "rel-author"
		}
	}
	publisher, host := "", ""
	if ld != nil {
		publisher = ld.publisher
	}
	if u, err := url.Parse(doc.URL); err == nil {
		host = u.Hostname()
	}
	// The bare host counts too: outlets sign as "mdr.de".
	sites := append(titleSiteNames(doc.SiteName, publisher, host), strings.TrimPrefix(host, "www."))
	// One JSON-LD name crediting the outlet jointly with an agency ("Le
	// Figaro et AFP") is a single credit, not two people.
	if src == "jsonld" && len(ld.authors) == 1 && len(authors) == 2 && !strings.ContainsAny(ld.authors[0], ",;|") {
		for _, a := range authors {
			if authorIsOutlet(a, sites...) {
				authors = authorClean(ld.authors, false)
				break
			}
		}
	}
	// The outlet listed beside its reporters is not an author of its own;
	// a desk or regional edition named with it ("MDR SACHSEN-ANHALT",
	// "srf/hosb") is, as the outlets credit them.
	if len(authors) > 1 {
		var people []string
		for _, a := range authors {
			if !authorIsOutlet(a, sites...) {
				people = append(people, a)
			}
		}
		if len(people) > 0 {
			authors = people
		}
	}
	// With nothing in metadata, a visible byline holding personal names
	// will do.
	if authors == nil {
		for _, b := range m.bylines[:min(1, len(m.bylines))] {
			if a := authorClean([]string{b}, true); len(a) > 0 && len(a) <= 4 && authorNamesLike(a) && !authorOrgLike(a, sites...) {
				authors, src = a, "byline"
			}
		}
	}
	// Metadata crediting only the outlet while the page prints a reporter's
	// name: the reporter is the author (the outlet's own name beside it is
	// not).
	if len(authors) > 0 && authorOrgLike(authors, sites...) {
		for _, b := range append(m.bylines, strings.Join(m.authorLinks[:min(2, len(m.authorLinks))], ", ")) {
			a := authorClean([]string{b}, true)
			var people []string
			for _, n := range a {
				if !authorOrgLike([]string{n}, sites...) {
					people = append(people, n)
				}
			}
			if len(people) > 0 && len(a) <= 4 && authorNamesLike(a) && authorHasFullName(people) {
				authors, src = people, "byline"
				break
			}
		}
	}
	if len(authors) > 0 {
		doc.Authors, doc.Sources["authors"] = authors, src
	}
}

// articleDateMetaKeys are <meta> keys for the publication time, most
// specific first.
var articleDateMetaKeys = []string{
	"article:published_time", "og:published_time", "article:published", "published_time",
	"datepublished", "publishdate", "publish-date", "publish_date", "pubdate", "publication_date",
	"article:published:time", "article_published_time", "date_published", "date-published",
	"pub_date", "published-date", "publication-date", "release_date", "article.created",
	"sailthru.date", "parsely-pub-date", "dc.date.issued", "dcterms.issued", "dc.date.created",
	"dcterms.created", "dc.date", "dcterms.date", "date", "article.published", "article_date_original",
	"original-publish-date", "cxenseparse:recs:publishtime", "og:article:published_time",
	"og:pubdate", "article:post_date", "displaydate", "created", "creation_date",
}

func articlePublished(doc *Document, page []byte, m *metaPage, ld *jsonldArticle, sel *goquery.Document, hints Hints) {
	var others []string
	if ld != nil {
		others = append(others, ld.published, ld.modified)
	}
	for _, k := range []string{"article:published_time", "article:modified_time", "og:updated_time", "og:published_time", "datepublished", "datemodified", "last-modified"} {
		others = append(others, m.metas[k]...)
	}
	for _, t := range m.times {
		others = append(others, t.value)
	}
	try := func(v, src string) bool {
		r, ok := dateParse(v)
		if !ok || !datePlausible(r.t, hints.Now) {
			return false
		}
		doc.Published, doc.Sources["published"] = dateWithZoneOf(r, others), src
		return true
	}
	if sel != nil && hints.Selectors.Published != "" {
		s := sel.Find(hints.Selectors.Published).First()
		for _, a := range []string{"datetime", "content"} {
			if v, ok := s.Attr(a); ok && try(v, "selector") {
				return
			}
		}
		if try(s.Text(), "selector") {
			return
		}
	}
	if ld != nil && try(ld.published, "jsonld") {
		return
	}
	for _, k := range articleDateMetaKeys {
		for _, v := range m.metas[k] {
			if try(v, "meta") {
				return
			}
		}
	}
	for _, v := range m.itemDate {
		if try(v, "microdata") {
			return
		}
	}
	for _, t := range m.times {
		if t.pub && try(t.value, "time") {
			return
		}
	}
	for _, t := range m.times {
		if try(t.value, "time") {
			return
		}
	}
	if r, ok := dateFromURL(doc.URL); ok && datePlausible(r.t, hints.Now) {
		doc.Published, doc.Sources["published"] = r.t, "url"
		// The path gives the day only; a dateline on the page naming the
		// same day may give the clock time too.
		for _, v := range m.dateTexts {
			if t, ok := dateParse(v); ok && t.hasTime && t.t.Format(time.DateOnly) == r.t.Format(time.DateOnly) {
				doc.Published, doc.Sources["published"] = dateWithZoneOf(t, others), "text"
				break
			}
		}
		return
	}
	for _, v := range m.dateTexts {
		if try(v, "text") {
			return
		}
	}
	if r, ok := dateFindFirst(m.afterH1.String()); ok && datePlausible(r.t, hints.Now) {
		doc.Published, doc.Sources["published"] = r.t, "text"
		return
	}
	if r, ok := dateLatestInMarkup(page, hints.Now); ok {
		doc.Published, doc.Sources["published"] = r.t, "markup"
	}
}

func articleLanguage(doc *Document, m *metaPage, ld *jsonldArticle, hints Hints) {
	if l := langNormalize(m.htmlLang); l != "" {
		doc.Language, doc.Sources["language"] = l, "html"
		if d, ok := langContradicts(l, doc.Text); ok {
			doc.Language, doc.Sources["language"] = d, "text"
		}
		return
	}
	if v, _ := m.first("og:locale", "content-language", "language", "dc.language", "inlanguage"); v != "" {
		if l := langNormalize(v); l != "" {
			doc.Language, doc.Sources["language"] = l, "meta"
			return
		}
	}
	if ld != nil {
		if l := langNormalize(ld.lang); l != "" {
			doc.Language, doc.Sources["language"] = l, "jsonld"
			return
		}
	}
	if l := langDetect(doc.Title + ". " + doc.Text); l != "" {
		doc.Language, doc.Sources["language"] = l, "text"
		return
	}
	if l := langNormalize(hints.Language); l != "" {
		doc.Language, doc.Sources["language"] = l, "hints"
	}
}
