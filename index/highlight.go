package index

import (
	"html"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search"
)

// span is a matched byte range of a field value.
type span struct{ start, end int }

// spans flattens bleve's per-term locations into sorted, merged byte ranges
// that lie inside a string of length n.
func spans(tl search.TermLocationMap, n int) []span {
	var out []span
	for _, locs := range tl {
		for _, l := range locs {
			s, e := int(l.Start), int(l.End)
			if s < 0 || e > n || s >= e {
				continue
			}
			out = append(out, span{s, e})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	merged := out[:0]
	for _, sp := range out {
		if k := len(merged) - 1; k >= 0 && sp.start <= merged[k].end {
			merged[k].end = max(merged[k].end, sp.end)
			continue
		}
		merged = append(merged, sp)
	}
	return merged
}

// markAll returns s HTML-escaped with the located matches wrapped in <mark>.
// Without matches it is just the escaped text.
func markAll(s string, tl search.TermLocationMap) string {
	return mark(s, spans(tl, len(s)), 0, len(s))
}

// mark escapes s[from:to] and wraps the spans inside it in <mark>.
func mark(s string, sp []span, from, to int) string {
	var b strings.Builder
	cur := from
	for _, x := range sp {
		if x.start < cur || x.end > to {
			continue
		}
		b.WriteString(html.EscapeString(s[cur:x.start]))
		b.WriteString("<mark>")
		b.WriteString(html.EscapeString(s[x.start:x.end]))
		b.WriteString("</mark>")
		cur = x.end
	}
	b.WriteString(html.EscapeString(s[cur:to]))
	return b.String()
}

// snippetBefore and snippetAfter size the window of article text shown
// around the first match, in bytes.
const (
	snippetBefore = 80
	snippetAfter  = 220
)

// snippet is an escaped excerpt of s around its first match, or "" when
// nothing in s matched.
func snippet(s string, tl search.TermLocationMap) string {
	sp := spans(tl, len(s))
	if len(sp) == 0 {
		return ""
	}
	from := runeStart(s, max(0, sp[0].start-snippetBefore))
	to := runeStart(s, min(len(s), sp[0].start+snippetAfter))
	// Start and end on word boundaries unless that would lose the match.
	if from > 0 {
		if i := strings.IndexAny(s[from:sp[0].start], " \n"); i >= 0 {
			from += i + 1
		}
	}
	if to < len(s) {
		if i := strings.LastIndexAny(s[sp[0].end:to], " \n"); i >= 0 {
			to = sp[0].end + i
		}
	}
	out := strings.TrimSpace(mark(s, sp, from, to))
	out = strings.Join(strings.Fields(out), " ")
	if from > 0 {
		out = "…" + out
	}
	if to < len(s) {
		out += "…"
	}
	return out
}

// runeStart moves i back to the start of the UTF-8 sequence it falls in.
func runeStart(s string, i int) int {
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}
