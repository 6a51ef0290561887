package web

import (
	"fmt"
	"html"
	"html/template"
	"slices"
	"strings"
	"unicode"

	"github.com/claimwatch/claimwatch/index"
)

// span is one claim's place in a text, in code points.
type span struct {
	start, end int
	claim      int // index into the article's claim list
}

// markedArticle is an article's title and paragraphs as HTML with every
// located claim wrapped in <mark>, and which claims could not be placed.
type markedArticle struct {
	Title      template.HTML
	Paragraphs []template.HTML
	Located    []bool // by claim index
}

// markArticle places claims in the title and text. Claim offsets are code
// points into Field ("text" or "title"); offsets that do not fit the text
// fall back to finding the claim's sentence, so a stale index still shows
// something useful.
func markArticle(a index.ArticleDoc, claims []index.ClaimDoc) markedArticle {
	title, text := []rune(a.Title), []rune(a.Text)
	var titleSpans, textSpans []span
	located := make([]bool, len(claims))
	for i, c := range claims {
		runes, spans := text, &textSpans
		if c.Field == "title" {
			runes, spans = title, &titleSpans
		}
		sp, ok := locate(runes, c, i)
		if !ok {
			continue
		}
		located[i] = true
		*spans = append(*spans, sp)
	}
	out := markedArticle{Located: located}
	// Each claim gets one anchor (id="claim-ID"), at its first segment.
	anchored := make([]bool, len(claims))
	out.Title = template.HTML(renderMarked(title, 0, len(title), titleSpans, claims, anchored))
	for _, p := range paragraphs(text) {
		out.Paragraphs = append(out.Paragraphs, template.HTML(renderMarked(text, p[0], p[1], textSpans, claims, anchored)))
	}
	return out
}

func locate(runes []rune, c index.ClaimDoc, i int) (span, bool) {
	if c.Start >= 0 && c.End > c.Start && c.End <= len(runes) {
		return span{c.Start, c.End, i}, true
	}
	if c.Sentence == "" {
		return span{}, false
	}
	sentence := []rune(c.Sentence)
	for at := 0; at+len(sentence) <= len(runes); at++ {
		if slices.Equal(runes[at:at+len(sentence)], sentence) {
			return span{at, at + len(sentence), i}, true
		}
	}
	return span{}, false
}

// paragraphs returns the [start, end) code-point ranges of the text's
// paragraphs, separated by blank lines, skipping empty ones.
func paragraphs(text []rune) [][2]int {
	var out [][2]int
	start := 0
	flush := func(end int) {
		s, e := start, end
		for s < e && unicode.IsSpace(text[s]) {
			s++
		}
		for e > s && unicode.IsSpace(text[e-1]) {
			e--
		}
		if e > s {
			out = append(out, [2]int{s, e})
		}
	}
	for i := 0; i+1 < len(text); i++ {
		if text[i] == '\n' && text[i+1] == '\n' {
			flush(i)
			j := i
			for j < len(text) && text[j] == '\n' {
				j++
			}
			start = j
			i = j - 1
		}
	}
	flush(len(text))
	return out
}

// renderMarked renders runes[from:to] as escaped HTML, cutting it at every
// span boundary so that overlapping claims nest as flat segments: each
// segment is one <mark> listing every claim that covers it, which keeps the
// markup well-formed however the spans overlap.
func renderMarked(runes []rune, from, to int, spans []span, claims []index.ClaimDoc, anchored []bool) string {
	cuts := []int{from, to}
	for _, sp := range spans {
		if sp.end <= from || sp.start >= to {
			continue
		}
		cuts = append(cuts, max(sp.start, from), min(sp.end, to))
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	var b strings.Builder
	for k := 0; k+1 < len(cuts); k++ {
		s, e := cuts[k], cuts[k+1]
		var cover []span
		for _, sp := range spans {
			if sp.start <= s && sp.end >= e {
				cover = append(cover, sp)
			}
		}
		seg := html.EscapeString(string(runes[s:e]))
		if len(cover) == 0 {
			b.WriteString(seg)
			continue
		}
		for _, sp := range cover {
			if !anchored[sp.claim] {
				anchored[sp.claim] = true
				fmt.Fprintf(&b, `<span class="anchor" id="claim-%s"></span>`, html.EscapeString(claims[sp.claim].ID))
			}
		}
		tips := make([]string, len(cover))
		ids := make([]string, len(cover))
		for j, sp := range cover {
			tips[j] = claimTip(claims[sp.claim])
			ids[j] = fmt.Sprintf("c%d", sp.claim)
		}
		depth := min(len(cover), 3)
		fmt.Fprintf(&b, `<mark class="claim kind-%s depth-%d" data-claims="%s" title="%s">%s</mark>`,
			html.EscapeString(claims[cover[0].claim].Kind), depth,
			strings.Join(ids, " "), html.EscapeString(strings.Join(tips, "\n")), seg)
	}
	return b.String()
}

// claimTip is the one-line summary shown when hovering a marked claim.
func claimTip(c index.ClaimDoc) string {
	var b strings.Builder
	b.WriteString(c.Kind)
	b.WriteString(": ")
	b.WriteString(entityName(c.Actor.Canonical, c.Actor.Name))
	if len(c.Targets) > 0 {
		b.WriteString(" → ")
		b.WriteString(TargetNames(c.Targets))
	}
	if c.Action != "" {
		b.WriteString(" (" + c.Action + ")")
	}
	return b.String()
}
