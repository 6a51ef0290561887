package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlAttr returns the value of attribute key on n, "" when absent.
func htmlAttr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val
		}
	}
	return ""
}

// htmlHasAttr reports whether n carries attribute key at all.
func htmlHasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func htmlAppendText(b *strings.Builder, n *html.Node) {
	switch n.Type {
	case html.TextNode:
		b.WriteString(n.Data)
		return
	case html.ElementNode:
		if htmlInvisible[n.DataAtom] {
			return
		}
		if n.DataAtom == atom.Br || htmlBlockTags[n.DataAtom] {
			b.WriteByte(' ')
		}
	case html.CommentNode, html.DoctypeNode:
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		htmlAppendText(b, c)
	}
	if n.Type == html.ElementNode && htmlBlockTags[n.DataAtom] {
		b.WriteByte(' ')
	}
}

// htmlCollapseSpace trims s and turns every run of white space (including
// non-breaking and zero-width spaces) into one ASCII space.
func htmlCollapseSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// htmlInvisible are elements whose content is never article text.
var htmlInvisible = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true,
	atom.Embed: true, atom.Canvas: true, atom.Head: true, atom.Select: true,
	atom.Textarea: true, atom.Button: true, atom.Input: true, atom.Video: true,
	atom.Audio: true, atom.Picture: true, atom.Img: true, atom.Map: true, atom.Dialog: true,
}

// htmlBlockTags break lines when rendered; everything else is inline.
var htmlBlockTags = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Dd: true, atom.Details: true, atom.Div: true, atom.Dl: true, atom.Dt: true,
	atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true, atom.Footer: true,
	atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Header: true, atom.Hr: true, atom.Li: true,
	atom.Main: true, atom.Nav: true, atom.Ol: true, atom.P: true, atom.Pre: true,
	atom.Section: true, atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true,
	atom.Ul: true, atom.Body: true, atom.Html: true, atom.Summary: true, atom.Caption: true,
	atom.Tbody: true, atom.Thead: true, atom.Tfoot: true, atom.Center: true,
}

// htmlValid makes s valid UTF-8 and strips NUL and other C0 controls except
// line breaks and tabs, which downstream JSON and terminals choke on.
func htmlValid(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if strings.IndexFunc(s, htmlBadControl) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if htmlBadControl(r) {
			return -1
		}
		return r
	}, s)
}

func htmlBadControl(r rune) bool {
	return (r < 0x20 && r != '\n' && r != '\t') || r == 0x7f
}

// htmlFirst walks n depth-first and returns the first element for which
// match is true.
func htmlFirst(n *html.Node, match func(*html.Node) bool) *html.Node {
	if n.Type == html.ElementNode && match(n) {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := htmlFirst(c, match); f != nil {
			return f
		}
	}
	return nil
}

// htmlRawText is the text under n with block boundaries as spaces but no
// other white-space processing, for callers that must keep typographic
// spaces (headlines).
func htmlRawText(n *html.Node) string {
	var b strings.Builder
	htmlAppendText(&b, n)
	return b.String()
}

// htmlTextLimit is the visible text under n, white space collapsed, for
// callers that only want short texts: it stops collecting after max bytes
// and reports whether it had to, so that probing every nested element of a
// page stays linear.
func htmlTextLimit(n *html.Node, max int) (string, bool) {
	var b strings.Builder
	full := htmlAppendLimit(&b, n, max)
	return htmlCollapseSpace(b.String()), full
}

func htmlAppendLimit(b *strings.Builder, n *html.Node, max int) bool {
	if b.Len() > max {
		return false
	}
	switch n.Type {
	case html.TextNode:
		b.WriteString(n.Data)
		return b.Len() <= max
	case html.ElementNode:
		if htmlInvisible[n.DataAtom] {
			return true
		}
		if n.DataAtom == atom.Br || htmlBlockTags[n.DataAtom] {
			b.WriteByte(' ')
		}
	case html.CommentNode, html.DoctypeNode:
		return true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if !htmlAppendLimit(b, c, max) {
			return false
		}
	}
	if n.Type == html.ElementNode && htmlBlockTags[n.DataAtom] {
		b.WriteByte(' ')
	}
	return true
}

// htmlTextLimitS is htmlTextLimit's text alone, cut at 400 bytes.
func htmlTextLimitS(n *html.Node) string {
	t, _ := htmlTextLimit(n, 400)
	return t
}
