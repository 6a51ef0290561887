package extract

import "strings"

// titleSeparators split a page <title> into headline and site name.
var titleSeparators = []string{" | ", " – ", " — ", " - ", " :: ", " · ", " » ", " // "}

// titleStrip removes a site-name part from a <title>-like string: the part
// after (or before) the last separator when it matches the site name or is
// much shorter than the rest.
func titleStrip(t, site string) string {
	t = titleClean(t)
	site = strings.ToLower(strings.TrimSpace(site))
	for _, sep := range titleSeparators {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		head, tail := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+len(sep):])
		lt := strings.ToLower(tail)
		if site != "" && (strings.Contains(lt, site) || strings.Contains(site, lt)) {
			return head
		}
		if len(tail) < len(head)/2 && len(strings.Fields(tail)) <= 4 {
			return head
		}
		if j := strings.Index(t, sep); j > 0 {
			first := strings.ToLower(strings.TrimSpace(t[:j]))
			if site != "" && (strings.Contains(first, site) || strings.Contains(site, first)) {
				return strings.TrimSpace(t[j+len(sep):])
			}
		}
	}
	return t
}

// titleCand is one source's proposal for the headline.
type titleCand struct {
	src    string
	value  string
	weight float64
}

// titleChoose picks the headline most sources agree on. Outlets often give
// a search-engine title in metadata and a different visible headline, so
// agreement between independent places beats any fixed order; the order of
// cands (most trusted first) breaks ties.
func titleChoose(cands []titleCand) (string, string) {
	best, bestSrc, bestScore := "", "", -1.0
	for i, c := range cands {
		if c.value == "" {
			continue
		}
		score := 0.0
		for _, o := range cands {
			switch {
			case o.value == "":
			case o.value == c.value:
				score += o.weight
			case strings.HasPrefix(o.value, c.value) || strings.HasSuffix(o.value, c.value):
				score += o.weight * 0.3
			}
		}
		score -= float64(i) * 0.01
		if score > bestScore {
			best, bestSrc, bestScore = c.value, c.src, score
		}
	}
	return best, bestSrc
}

// titleClean trims a headline and collapses runs of ASCII white space,
// keeping no-break and ideographic spaces that typesetting put there.
func titleClean(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\f' || r == '\v'
	}), " ")
}
