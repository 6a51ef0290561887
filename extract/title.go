package extract

import "strings"

// titleSeparators split a page <title> into headline and site name.
var titleSeparators = []string{" | ", " – ", " — ", " - ", " :: ", " · ", " » ", " // "}

// titleStrip removes a site-name part from a <title>-like string: the part
// after (or before) the last separator when it matches the site name or is
// much shorter than the rest.
func titleStrip(t, site string) string {
	t = htmlCollapseSpace(t)
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
