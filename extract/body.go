package extract

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// bodyStat is what the scorer knows about one element after the counting
// pass: visible characters, characters inside links, characters inside
// paragraph-like children, and the content score accumulated from them.
type bodyStat struct {
	text  int
	link  int
	ptext int
	// own, ownLink and commas cover the inline text of the element itself:
	// text not inside a nested block, i.e. the paragraph(s) it renders.
	own     int
	ownLink int
	commas  int
	score   float64
	cand    bool
}

// bodyExtractor holds the per-page state of one extraction; it lives for a
// single call so extraction stays safe for concurrent use.
type bodyExtractor struct {
	stats map[*html.Node]*bodyStat
	cands []*html.Node
}

// bodyText finds the main text of the page under root and renders it with
// paragraph breaks. It edits the tree (prunes boilerplate), so it runs after
// metadata has been read.
func bodyText(root *html.Node) (string, *html.Node) {
	body := htmlFirst(root, func(n *html.Node) bool { return n.DataAtom == atom.Body })
	if body == nil {
		body = root
	}
	e := &bodyExtractor{stats: make(map[*html.Node]*bodyStat, 1024)}
	e.count(body)
	total := e.stats[body]
	if total == nil || total.text == 0 {
		return "", nil
	}
	e.prune(body, total.ptext)
	e.stats = make(map[*html.Node]*bodyStat, len(e.stats))
	e.cands = e.cands[:0]
	e.count(body)
	e.scoreParagraphs(body)
	top := e.pickTop(body)
	if top == nil {
		top = body
	}
	root2, keep := e.expand(top, body)
	var r bodyRenderer
	r.e = e
	r.keep = keep
	r.renderMain(root2)
	return r.text(), root2
}

// bodyRenderAll renders everything under n as paragraphs, with only the
// in-article filters (link lists, hidden furniture) applied: n was chosen
// by an editor's selector or is a JSON-LD body, not by the scorer.
func bodyRenderAll(n *html.Node) string {
	e := &bodyExtractor{stats: make(map[*html.Node]*bodyStat, 256)}
	e.count(n)
	r := bodyRenderer{e: e}
	r.renderMain(n)
	return r.text()
}

// count fills stats bottom-up.
func (e *bodyExtractor) count(n *html.Node) *bodyStat {
	st := &bodyStat{}
	e.stats[n] = st
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			k := bodyRunes(c.Data)
			st.text += k
			st.own += k
			st.commas += bodyCommas(c.Data)
		case html.ElementNode:
			if htmlInvisible[c.DataAtom] {
				continue
			}
			cs := e.count(c)
			st.text += cs.text
			st.link += cs.link
			st.ptext += cs.ptext
			if !htmlBlockTags[c.DataAtom] {
				st.own += cs.own
				st.ownLink += cs.ownLink
				st.commas += cs.commas
			}
		}
	}
	if n.DataAtom == atom.A {
		st.link = st.text
		st.ownLink = st.own
	}
	if bodyParaTags[n.DataAtom] {
		st.ptext = st.text - st.link
	} else if htmlBlockTags[n.DataAtom] && st.own-st.ownLink >= 25 {
		// Text written straight into a div (with <br> between lines) is
		// paragraph text too.
		st.ptext += st.own - st.ownLink
	}
	return st
}

func bodyCommas(s string) int {
	return strings.Count(s, ",") + strings.Count(s, "，") + strings.Count(s, "、") + strings.Count(s, "،")
}

// bodyRunes counts non-space characters: spacing in markup says nothing
// about content.
func bodyRunes(s string) int {
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c > ' ' {
				n++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != '\u00a0' && r != '\u200b' && r != '\u3000' {
			n++
		}
		i += size
	}
	return n
}

var bodyParaTags = map[atom.Atom]bool{atom.P: true, atom.Pre: true, atom.Blockquote: true, atom.Dd: true}

// prune removes elements that are boilerplate by name or by their
// class/id/role, unless they hold most of the page's paragraph text (some
// sites put the whole page inside a "sidebar-layout" or similar).
func (e *bodyExtractor) prune(n *html.Node, pageP int) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch c.Type {
		case html.CommentNode:
			n.RemoveChild(c)
		case html.ElementNode:
			if htmlInvisible[c.DataAtom] || e.boilerplate(c, pageP) {
				n.RemoveChild(c)
			} else {
				e.prune(c, pageP)
			}
		}
		c = next
	}
}

func (e *bodyExtractor) boilerplate(n *html.Node, pageP int) bool {
	st := e.stats[n]
	big := st != nil && pageP > 0 && st.ptext*2 > pageP
	switch n.DataAtom {
	case atom.Nav, atom.Aside, atom.Footer, atom.Form, atom.Figcaption, atom.Figure, atom.Dialog, atom.Menu, atom.Header:
		return !big
	case atom.Body, atom.Html, atom.Main:
		return false
	}
	if bodyHidden(n) {
		return true
	}
	if big {
		return false
	}
	if r := strings.ToLower(htmlAttr(n, "role")); r == "navigation" || r == "complementary" || r == "contentinfo" || r == "banner" || r == "dialog" || r == "alertdialog" {
		return true
	}
	cls := htmlAttr(n, "class") + " " + htmlAttr(n, "id")
	if strings.TrimSpace(cls) == "" {
		return false
	}
	neg, pos := bodyClassSignals(cls)
	return neg && !pos
}

// bodyHidden reports elements the page hides from readers.
func bodyHidden(n *html.Node) bool {
	if htmlHasAttr(n, "hidden") || htmlAttr(n, "aria-hidden") == "true" {
		return true
	}
	if s := htmlAttr(n, "style"); s != "" {
		s = strings.ReplaceAll(strings.ToLower(s), " ", "")
		if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
			return true
		}
	}
	return false
}

// bodyNegTokens are class/id words that mark page furniture, matched as
// whole tokens (split on - _ space) so "shared-content" is not "share".
var bodyNegTokens = map[string]bool{
	"nav": true, "navbar": true, "navigation": true, "menu": true, "footer": true,
	"sidebar": true, "widget": true, "widgets": true, "share": true, "sharing": true, "social": true,
	"sharebar": true, "socialshare": true, "related": true, "recommended": true, "recommendations": true,
	"newsletter": true, "subscribe": true, "subscription": true, "signup": true, "cookie": true,
	"cookies": true, "consent": true, "gdpr": true, "promo": true, "advert": true,
	"advertisement": true, "ad": true, "ads": true, "adslot": true, "sponsor": true, "sponsored": true,
	"comment": true, "comments": true, "disqus": true, "breadcrumb": true, "breadcrumbs": true,
	"pagination": true, "pager": true, "tags": true, "taglist": true, "caption": true,
	"figcaption": true, "credit": true, "credits": true, "byline": true, "author": true, "bio": true,
	"popular": true, "mostread": true, "trending": true, "outbrain": true, "taboola": true,
	"readmore": true, "toolbar": true, "masthead": true, "modal": true, "popup": true,
	"overlay": true, "hidden": true, "hide": true, "paywall": true, "login": true, "signin": true,
	"rating": true, "jump": true, "banner": true, "dateline": true, "timestamp": true, "meta": true,
	"print": true, "skip": true, "sronly": true, "tooltip": true, "lightbox": true, "gallery": true,
	"slideshow": true, "carousel": true,
	"teaser": true, "teasers": true, "more": true, "next": true, "prev": true, "header": true,
	"topbar": true, "subnav": true, "dropdown": true, "hamburger": true, "search": true, "feedback": true,
	"donate": true, "donation": true, "membership": true, "contributor": true, "authors": true,
	"trust": true, "rail": true,
	"rightrail": true, "leftrail": true, "aside": true, "newsletters": true,
}

// bodyNegSubstrings catch compound names without separators.
var bodyNegSubstrings = []string{"share", "social", "newsletter", "cookie", "related", "comment", "sidebar", "breadcrumb", "advert", "promo", "subscribe", "recommend", "outbrain", "taboola", "byline", "caption", "popular", "trending", "readmore", "read-more", "paywall", "footer", "navbar", "menu"}

// bodyPosTokens mark containers of article text.
var bodyPosTokens = map[string]bool{
	"article": true, "articlebody": true, "body": true, "content": true, "entry": true, "main": true,
	"post": true, "text": true, "story": true, "storybody": true, "prose": true, "richtext": true,
	"paragraph": true, "blog": true, "articletext": true, "postbody": true, "entrycontent": true,
}

func bodyClassSignals(cls string) (neg, pos bool) {
	lc := strings.ToLower(cls)
	tokens := strings.FieldsFunc(lc, func(r rune) bool {
		return r == ' ' || r == '-' || r == '_' || r == ':' || r == '.' || r == '/' || r == '\t' || r == '\n'
	})
	for _, t := range tokens {
		if bodyNegTokens[t] {
			neg = true
		}
		if bodyPosTokens[t] {
			pos = true
		}
	}
	if !neg {
		for _, s := range bodyNegSubstrings {
			if strings.Contains(lc, s) {
				neg = true
				break
			}
		}
	}
	// "article-body" style compounds also count as positive.
	if !pos {
		for _, s := range []string{"articlebody", "article-body", "article__body", "story-body", "storybody", "entry-content", "post-content", "article-content", "articlecontent", "post-body", "article-text", "body-text", "bodytext"} {
			if strings.Contains(lc, s) {
				pos = true
				break
			}
		}
	}
	return neg, pos
}

// scoreParagraphs gives each run of paragraph text a content score from
// its length and commas and hands it to its container and the container's
// ancestors, decaying with distance, the way readability does. A <p> is
// contained by its parent; text written straight into a div is contained by
// the div itself.
func (e *bodyExtractor) scoreParagraphs(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		e.scoreParagraphs(c)
		if !htmlBlockTags[c.DataAtom] && c.DataAtom != atom.Td {
			continue
		}
		st := e.stats[c]
		own := st.own - st.ownLink
		if own < 25 {
			continue
		}
		s := 1.0 + float64(st.commas) + min(float64(own)/100, 3)
		p := c
		switch c.DataAtom {
		case atom.P, atom.Pre, atom.Blockquote, atom.Dd, atom.Li, atom.Td, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Dt:
			p = c.Parent
			if c.DataAtom == atom.P {
				s += 1
			}
		}
		// List items and subheadings are article text only half as often.
		if c.DataAtom == atom.Li || bodyIsHeading(c.DataAtom) {
			s *= 0.5
		}
		for lvl := 0; p != nil && lvl < 4; lvl++ {
			ps := e.stats[p]
			if ps == nil {
				break
			}
			if !ps.cand {
				ps.cand = true
				ps.score = e.initScore(p)
				e.cands = append(e.cands, p)
			}
			switch lvl {
			case 0:
				ps.score += s
			case 1:
				ps.score += s / 2
			default:
				ps.score += s / float64(lvl*3)
			}
			p = p.Parent
		}
	}
}

func bodyIsHeading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

func (e *bodyExtractor) initScore(n *html.Node) float64 {
	s := 0.0
	switch n.DataAtom {
	case atom.Div, atom.Article:
		s = 5
	case atom.Pre, atom.Td, atom.Blockquote:
		s = 3
	case atom.Address, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		s = -3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		s = -5
	}
	if n.DataAtom == atom.Article || strings.Contains(strings.ToLower(htmlAttr(n, "itemprop")), "articlebody") {
		s += 10
	}
	neg, pos := bodyClassSignals(htmlAttr(n, "class") + " " + htmlAttr(n, "id"))
	if neg {
		s -= 25
	}
	if pos {
		s += 25
	}
	return s
}

// pickTop returns the best candidate after scaling by link density, or an
// ancestor that scores nearly as well while holding much more text.
func (e *bodyExtractor) pickTop(body *html.Node) *html.Node {
	var top *html.Node
	best := 0.0
	final := func(n *html.Node) float64 {
		st := e.stats[n]
		ld := 0.0
		if st.text > 0 {
			ld = float64(st.link) / float64(st.text)
		}
		return st.score * (1 - ld)
	}
	for _, c := range e.cands {
		if s := final(c); top == nil || s > best {
			top, best = c, s
		}
	}
	if top == nil {
		return nil
	}
	// A container scoring nearly as well as the winner but holding much more
	// paragraph text is the real body; the winner was one block of it that
	// got a class bonus (article-card, story-para and the like).
	ts := e.stats[top]
	up := top
	for p, lvl := top.Parent, 0; p != nil && p != body && lvl < bodyClimbLevels; p, lvl = p.Parent, lvl+1 {
		ps := e.stats[p]
		if ps == nil || !ps.cand {
			continue
		}
		if final(p) >= best*bodyClimbScore && float64(ps.ptext) >= float64(ts.ptext)*bodyClimbText {
			up = p
		}
	}
	return up
}

const (
	bodyClimbLevels = 5
	bodyClimbScore  = 0.8
	bodyClimbText   = 1.5
)

// expand grows the chosen container upward while its siblings hold more of
// the article: bodies are often split into several columns or wrappers
// around ads and embeds. At every level only the siblings that look like
// article text (and short blocks between them, such as subheadings) are
// kept.
func (e *bodyExtractor) expand(top, body *html.Node) (*html.Node, map[*html.Node]map[*html.Node]bool) {
	keep := map[*html.Node]map[*html.Node]bool{}
	cur, committed, idle := top, top, 0
	for cur != body && cur.Parent != nil && cur.Parent.Type == html.ElementNode && idle <= bodyExpandIdle {
		p := cur.Parent
		cs := e.stats[cur]
		var kids []*html.Node
		good := map[*html.Node]bool{}
		extra := 0
		for c := p.FirstChild; c != nil; c = c.NextSibling {
			kids = append(kids, c)
			if c == cur {
				good[c] = true
				continue
			}
			// Above a crossed wrapper only same-shaped siblings (the next
			// chunk of a chunked body) count.
			if e.siblingGood(c, cs) && (idle == 0 || bodySameShape(c, cur)) {
				good[c] = true
				extra += e.stats[c].ptext
			}
		}
		first, last := -1, -1
		for i, c := range kids {
			if good[c] {
				if first < 0 {
					first = i
				}
				last = i
			}
		}
		set := map[*html.Node]bool{}
		for i := first; i <= last; i++ {
			c := kids[i]
			if c == cur || good[c] || extra > 0 && (c.Type == html.TextNode || e.sandwichOK(c)) {
				set[c] = true
			}
		}
		keep[p] = set
		cur = p
		// A level without new text (a wrapper pairing the body with an ad
		// rail) is crossed but only committed if a level above adds text.
		if extra > 0 {
			committed, idle = cur, 0
		} else {
			idle++
		}
	}
	return committed, keep
}

// bodySameShape reports siblings built from the same template.
func bodySameShape(a, b *html.Node) bool {
	return a.Type == html.ElementNode && a.DataAtom == b.DataAtom && htmlAttr(a, "class") == htmlAttr(b, "class")
}

// bodyExpandIdle is how many wrapper levels without new article text the
// expansion crosses looking for more body chunks.
const bodyExpandIdle = 2

// siblingGood reports whether a sibling of the chosen container carries
// article text of its own.
func (e *bodyExtractor) siblingGood(c *html.Node, cur *bodyStat) bool {
	if c.Type != html.ElementNode {
		return false
	}
	st := e.stats[c]
	if st == nil || st.ptext < 80 || st.text == 0 {
		return false
	}
	if float64(st.link)/float64(st.text) > 0.3 {
		return false
	}
	return st.ptext*10 >= cur.ptext || st.ptext >= 300
}

// sandwichOK accepts short blocks between kept siblings (subheadings,
// one-line paragraphs) unless they are mostly links.
func (e *bodyExtractor) sandwichOK(c *html.Node) bool {
	if c.Type != html.ElementNode {
		return false
	}
	st := e.stats[c]
	if st == nil || st.text == 0 {
		return false
	}
	return float64(st.link)/float64(st.text) < 0.5
}

// bodyRenderer writes the chosen container as paragraphs, skipping blocks
// that look like furniture even inside the article (link lists, one-line
// promos).
type bodyRenderer struct {
	e *bodyExtractor
	// keep, when set for a parent, lists which of its children to render;
	// parents absent from it render all children.
	keep  map[*html.Node]map[*html.Node]bool
	paras []string
	cur   strings.Builder
}

func (r *bodyRenderer) renderMain(top *html.Node) {
	r.walk(top)
	r.flush()
}

func (r *bodyRenderer) flush() {
	t := htmlCollapseSpace(r.cur.String())
	r.cur.Reset()
	if t == "" {
		return
	}
	r.paras = append(r.paras, t)
}

func (r *bodyRenderer) walk(n *html.Node) {
	only := r.keep[n]
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if only != nil && !only[c] {
			continue
		}
		switch c.Type {
		case html.TextNode:
			r.cur.WriteString(c.Data)
		case html.ElementNode:
			if htmlInvisible[c.DataAtom] {
				continue
			}
			if c.DataAtom == atom.Br {
				r.cur.WriteByte('\n')
				continue
			}
			block := htmlBlockTags[c.DataAtom]
			if block {
				r.flush()
				if r.skipBlock(c) {
					continue
				}
			}
			r.walk(c)
			if block {
				r.flush()
			}
		}
	}
}

// skipBlock drops link-dominated blocks (related lists, tag clouds) and
// headings-only furniture inside the article container.
func (r *bodyRenderer) skipBlock(n *html.Node) bool {
	st := r.e.stats[n]
	if st == nil || st.text == 0 {
		return st != nil
	}
	ld := float64(st.link) / float64(st.text)
	switch n.DataAtom {
	case atom.Ul, atom.Ol, atom.Dl:
		return ld > 0.5
	case atom.P:
		return ld > 0.8 && st.text < 200
	case atom.H1:
		return true
	case atom.Table, atom.Tbody, atom.Thead, atom.Tr, atom.Td, atom.Th:
		// Results and standings tables link every name; they are content.
		return ld > 0.95 && st.text < 100
	}
	return ld > 0.6 && st.text < 400
}

func (r *bodyRenderer) text() string {
	return strings.Join(r.paras, "\n\n")
}
