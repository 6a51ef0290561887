package extract

import (
	"regexp"
	"strings"
	"unicode"
)

// authorPrefix strips the "By"-word outlets put before bylines.
var authorPrefix = regexp.MustCompile(`(?i)^\s*(?:by|von|por|par|di|da|door|av|af|przez|от|автор|written by|posted by|text|texte|fotos?|photos?|reporting by)\s*[:\-–]?\s+`)

// authorSplit separates several people written as one string.
var authorSplit = regexp.MustCompile(`\s*(?:,|;|\||\band\b|&|\bund\b|\by\b|\bet\b|\be\b|\bog\b|\boch\b|\ben\b|\bi\b|\bа також\b|\bи\b|\bта\b|、|，)\s*`)

// authorJunk are values that are not people: social handles, addresses and
// stock phrases some sites put in author fields.
var authorJunk = regexp.MustCompile(`(?i)^(?:https?://|www\.|@)|@\S+\.\w+|\b(?:twitter|facebook|instagram|linkedin|whatsapp)\b|\(\d+\)|^[\d\p{P}\p{S}\s]+$|^(?:admin|administrator|editor|staff|redaktion|redacción|redazione|guest|unknown|anonymous|null|none|undefined)$`)

// authorParen drops parenthesised initials or roles: "Jane Roe (jro)".
var authorParen = regexp.MustCompile(`\s*\([^()]{0,40}\)`)

// authorRole drops job titles written after the name.
var authorRole = regexp.MustCompile(`(?i)\s+(?:기자|특파원|記者|特派員|编辑|記者)$`)

// authorClean normalises a list of raw author values: prefixes removed,
// joined names split, junk and duplicates (case-insensitive) dropped.
func authorClean(raw []string, split bool) []string {
	var out []string
	seen := map[string]bool{}
	for _, r := range raw {
		r = htmlCollapseSpace(r)
		if authorJunk.MatchString(r) {
			continue
		}
		r = authorPrefix.ReplaceAllString(r, "")
		r = authorParen.ReplaceAllString(r, "")
		parts := []string{r}
		if split && !authorLooksInverted(r) {
			parts = authorSplit.Split(r, -1)
		}
		for _, p := range parts {
			p = strings.Trim(strings.TrimSpace(p), ".,;:|-–—·•")
			p = strings.TrimSpace(authorRole.ReplaceAllString(p, ""))
			// More than five words is a role or a sentence, not a name.
			if p == "" || len([]rune(p)) > 80 || len(strings.Fields(p)) > 5 || authorJunk.MatchString(p) {
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

// authorOrgLike reports whether every name is really the outlet: the site
// name, the publisher or the host name written as a byline.
func authorOrgLike(names []string, sites ...string) bool {
	if len(names) == 0 {
		return false
	}
	norm := func(s string) string {
		s = strings.ToLower(s)
		return strings.Map(func(r rune) rune {
			if r == ' ' || r == '.' || r == '-' || r == '_' {
				return -1
			}
			return r
		}, s)
	}
	keys := []string{}
	for _, k := range sites {
		if k = norm(k); len(k) >= 2 {
			keys = append(keys, k)
		}
	}
	for _, n := range names {
		nn := norm(n)
		hit := false
		for _, k := range keys {
			// Short keys ("br", "mdr") must be a whole word of the name:
			// as substrings they hide in personal names (Sabrina).
			if len(k) >= 4 && (strings.Contains(k, nn) || strings.Contains(nn, k)) {
				hit = true
				break
			}
			for _, w := range strings.Fields(n) {
				if norm(w) == k {
					hit = true
				}
			}
		}
		if !hit {
			return false
		}
	}
	return true
}

// authorIsOutlet reports whether name is exactly one of the outlet's
// names (compared by letters and digits only, so "Lrt.lt" is lrt.lt).
func authorIsOutlet(name string, sites ...string) bool {
	k := titleKey(name)
	if k == "" {
		return false
	}
	for _, s := range sites {
		if titleKey(s) == k {
			return true
		}
	}
	return false
}

// authorHasFullName reports whether at least one name has a given name and
// a surname, or is written in a script without case (CJK names are one
// word): initials and agency codes ("amw", "APA") are not reporters' names.
func authorHasFullName(names []string) bool {
	for _, n := range names {
		if len(strings.Fields(n)) >= 2 {
			return true
		}
		cjk := n != ""
		for _, r := range n {
			if !unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
				cjk = false
				break
			}
		}
		if cjk {
			return true
		}
	}
	return false
}

// authorInByline keeps, of several linked or microdata names, those the
// page's first byline block prints: the others belong to teasers of other
// articles on the page. One name, or a page without bylines, is kept as is.
func authorInByline(names, bylines []string) []string {
	if len(names) < 2 || len(bylines) == 0 {
		return names
	}
	var out []string
	for _, n := range names {
		if strings.Contains(strings.ToLower(bylines[0]), strings.ToLower(n)) {
			out = append(out, n)
		}
	}
	if len(out) == 0 {
		return names
	}
	return out
}

// authorSubset reports whether every name in a is in b, ignoring case.
func authorSubset(a, b []string) bool {
	for _, x := range a {
		found := false
		for _, y := range b {
			if strings.EqualFold(x, y) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// authorNamesLike accepts only values shaped like personal names (one to
// four words, no digits, each word capitalised in scripts that have case);
// visible byline blocks also hold dates, roles and share buttons.
func authorNamesLike(names []string) bool {
	for _, n := range names {
		words := strings.Fields(n)
		if len(words) == 0 || len(words) > 4 {
			return false
		}
		for _, w := range words {
			r := []rune(w)
			if unicode.IsDigit(r[0]) || strings.ContainsAny(w, "0123456789:@") {
				return false
			}
			if unicode.IsLower(r[0]) && len(r) > 3 {
				return false
			}
		}
	}
	return true
}
