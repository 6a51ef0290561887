package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// titleSeparators split a page <title> into headline and site name.
var titleSeparators = []string{" | ", " – ", " — ", " - ", " :: ", " · ", " » ", " // ", " * "}

// titleStrip removes a site-name part from a <title>-like string: the part
// after the last separator (or before the first) when it names the site.
// Only known names count: a short tail is as often the end of the headline
// ("… – Helt absurd") as it is a brand.
func titleStrip(t string, sites ...string) string {
	t = titleClean(t)
	var keys []string
	for _, s := range sites {
		if k := titleKey(s); len(k) >= 2 {
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		return t
	}
	names := func(part string) bool {
		k := titleKey(part)
		if k == "" {
			return false
		}
		for _, s := range keys {
			if strings.Contains(k, s) || strings.Contains(s, k) {
				return true
			}
		}
		return false
	}
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(t, sep); i > 0 && names(t[i+len(sep):]) {
			return strings.TrimSpace(t[:i])
		}
		// "Headline | Site | by Name": the site name in the middle ends
		// the headline too.
		if parts := strings.Split(t, sep); len(parts) > 2 {
			for i := 1; i < len(parts)-1; i++ {
				if names(parts[i]) {
					return strings.TrimSpace(strings.Join(parts[:i], sep))
				}
			}
		}
		if j := strings.Index(t, sep); j > 0 && names(t[:j]) {
			return strings.TrimSpace(t[j+len(sep):])
		}
	}
	return t
}

// titleKey lower-cases s and keeps letters and digits only, so "Golem.de",
// "golem de" and "GOLEM" compare by their letters.
func titleKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// titleSiteNames are the names a page's site goes by: declared names and
// the distinctive label of its host (news.example.co.uk → example).
func titleSiteNames(site, publisher, host string) []string {
	out := []string{site, publisher}
	labels := strings.Split(strings.TrimPrefix(strings.ToLower(host), "www."), ".")
	for i := len(labels) - 2; i >= 0; i-- {
		l := labels[i]
		if len(l) > 3 || i == 0 {
			out = append(out, l)
			break
		}
	}
	return out
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

// titleWithoutKicker reports whether og is the headline that full prints
// after a kicker ("Neue Leipziger Schule: Judy Lybke, …" against "Judy
// Lybke, …"; "MSV-Interimstrainer …" against "Interimstrainer …"). Outlets
// that leave the kicker out of og:title mark it as a line above the title
// rather than part of it.
func titleWithoutKicker(og, full string) bool {
	if len([]rune(og)) < 15 || len(full) <= len(og) || !strings.HasSuffix(full, og) {
		return false
	}
	kicker := strings.TrimRight(full[:len(full)-len(og)], " ")
	if kicker == "" || len([]rune(kicker)) > 60 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(kicker)
	return last == ':' || last == '-' || last == '–' || last == '—' || last == '|'
}

// titleCore settles a disagreement between the JSON-LD headline and
// og:title when one contains the other: the shorter is the headline and the
// extra words are what one copy added for its audience: a kicker ("Bei
// Protesten 2022: …"), a site name, or a trailing clause the social card
// left out ("… here's how to check" against "… how to check if you have
// the rare buck"). Measured on the fundus set: right on 27 of 30 pages
// where it applies.
func titleCore(ld, og string) (string, string, bool) {
	if ld == "" || og == "" || ld == og {
		return "", "", false
	}
	short, long, src := og, ld, "opengraph"
	if len(ld) < len(og) {
		short, long, src = ld, og, "jsonld"
	}
	if utf8.RuneCountInString(short) < 15 || !strings.Contains(long, short) {
		return "", "", false
	}
	return short, src, true
}

// titleSharedTail returns the headline two copies share after different
// kickers ("Iranischer Angriff auf Israel: «…»" and "Eskalation im Nahen
// Osten - «…»" share «…»), or "".
func titleSharedTail(a, b string) string {
	if a == "" || b == "" || a == b {
		return ""
	}
	n := 0
	for n < len(a) && n < len(b) && a[len(a)-1-n] == b[len(b)-1-n] {
		n++
	}
	// Back up to a rune boundary and the start of a word.
	tail := a[len(a)-n:]
	for len(tail) > 0 && !utf8.RuneStart(tail[0]) {
		tail = tail[1:]
	}
	tail = strings.TrimLeft(tail, " ")
	if len(tail) == len(a) || len(tail) == len(b) {
		return ""
	}
	if titleWithoutKicker(tail, a) && titleWithoutKicker(tail, b) {
		return tail
	}
	return ""
}

// titleNotSEO settles a disagreement between the JSON-LD headline and
// og:title when the page's <title> repeats one of them: the other wins.
// The <title> is the search-engine headline; a field that departs from it
// carries the headline the newsroom wrote for the article.
func titleNotSEO(ld, og, title string) (string, string, bool) {
	if ld == "" || og == "" || title == "" || ld == og ||
		strings.Contains(og, ld) || strings.Contains(ld, og) {
		return "", "", false
	}
	switch title {
	case ld:
		return og, "opengraph", true
	case og:
		return ld, "jsonld", true
	}
	return "", "", false
}

// titleLoose is s without the marks outlets vary between copies of one
// headline: no-break spaces and double quotation marks.
func titleLoose(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '\u00a0':
			return ' '
		case '"', '“', '”', '„':
			return -1
		}
		return r
	}, s)
}

// titleUnifyVariants makes copies of one headline that differ only in
// no-break spaces or double quotes identical, taking the plainest copy, so
// they vote together and the typographic extras the outlet added to some
// copies (quoted kicker phrases, no-break spaces before French colons) are
// not kept.
func titleUnifyVariants(cands []titleCand) {
	for i := range cands {
		for j := range cands {
			a, b := cands[i].value, cands[j].value
			if a == "" || b == "" || len(b) >= len(a) {
				continue
			}
			if titleLoose(a) == titleLoose(b) {
				// b has fewer bytes: fewer quotes, or spaces for no-break
				// spaces (one byte against two).
				for k := range cands {
					if cands[k].value == a {
						cands[k].value = b
					}
				}
			}
		}
	}
}

// titleClean trims a headline and collapses runs of ASCII white space,
// keeping no-break and ideographic spaces that typesetting put there.
func titleClean(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\f' || r == '\v'
	}), " ")
}
