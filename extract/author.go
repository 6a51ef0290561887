package extract

import (
	"regexp"
	"strings"
)

// authorPrefix strips the "By"-word outlets put before bylines.
var authorPrefix = regexp.MustCompile(`(?i)^\s*(?:by|von|por|par|di|da|door|av|af|przez|от|автор|written by|text|texte|fotos?|photos?|reporting by)\s*[:\-–]?\s+`)

// authorSplit separates several people written as one string.
var authorSplit = regexp.MustCompile(`\s*(?:,|;|\||/|\band\b|&|\bund\b|\by\b|\bet\b|\be\b|\bog\b|\boch\b|\ben\b|\bi\b|\bа також\b|\bи\b|\bта\b|、|，)\s*`)

// authorJunk are values that are not people: social handles, addresses and
// stock phrases some sites put in author fields.
var authorJunk = regexp.MustCompile(`(?i)^(?:https?://|www\.|@)|@\S+\.\w+|^(?:admin|administrator|editor|staff|redaktion|redacción|redazione|guest|unknown|anonymous|null|none|undefined)$`)

// authorClean normalises a list of raw author values: prefixes removed,
// joined names split, junk and duplicates (case-insensitive) dropped.
func authorClean(raw []string, split bool) []string {
	var out []string
	seen := map[string]bool{}
	for _, r := range raw {
		r = htmlCollapseSpace(r)
		r = authorPrefix.ReplaceAllString(r, "")
		parts := []string{r}
		if split && !strings.Contains(r, ",") || split && strings.Count(r, ",") > 0 && !authorLooksInverted(r) {
			parts = authorSplit.Split(r, -1)
		}
		for _, p := range parts {
			p = strings.Trim(strings.TrimSpace(p), ".,;:|-–—·•")
			p = strings.TrimSpace(p)
			if p == "" || len([]rune(p)) > 80 || authorJunk.MatchString(p) {
				continue
			}
			k := strings.ToLower(p)
			if seen[k] {
				continue
			}
			seen[k] = true
			out = append(out, p)
		}
		if len(out) >= 12 {
			break
		}
	}
	return out
}

// authorLooksInverted reports "Surname, Given" forms, which must not be split
// at the comma.
func authorLooksInverted(s string) bool {
	parts := strings.Split(s, ",")
	if len(parts) != 2 {
		return false
	}
	a, b := strings.Fields(parts[0]), strings.Fields(parts[1])
	return len(a) == 1 && len(b) == 1
}
