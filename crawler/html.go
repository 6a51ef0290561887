package crawler

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/claimwatch/claimwatch/urlnorm"
)

// pageLinks is what the crawler needs from an HTML page: its declared
// canonical URL and its outgoing links, both resolved and cleaned.
type pageLinks struct {
	Canonical string // <link rel=canonical>, else og:url; "" when neither
	Links     []string
}

// scanHTML tokenizes body (UTF-8) once; a full DOM is not needed for this.
func scanHTML(body []byte, pageURL string, wantLinks bool) pageLinks {
	var out pageLinks
	var canonical, ogURL string
	base := pageURL
	seen := map[string]bool{}
	z := html.NewTokenizer(bytes.NewReader(body))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		name, hasAttr := z.TagName()
		a := atom.Lookup(name)
		if !hasAttr || (a != atom.Link && a != atom.Meta && a != atom.A && a != atom.Base) {
			continue
		}
		attrs := map[string]string{}
		for {
			k, v, more := z.TagAttr()
			key := string(k)
			if _, dup := attrs[key]; !dup {
				attrs[key] = string(v)
			}
			if !more {
				break
			}
		}
		switch a {
		case atom.Base:
			if h := strings.TrimSpace(attrs["href"]); h != "" && base == pageURL {
				base = urlnorm.Resolve(pageURL, h)
			}
		case atom.Link:
			if canonical == "" && hasToken(attrs["rel"], "canonical") {
				canonical = strings.TrimSpace(attrs["href"])
			}
		case atom.Meta:
			if ogURL == "" && strings.EqualFold(strings.TrimSpace(attrs["property"]), "og:url") {
				ogURL = strings.TrimSpace(attrs["content"])
			}
		case atom.A:
			if !wantLinks {
				continue
			}
			h := strings.TrimSpace(attrs["href"])
			if h == "" || strings.HasPrefix(h, "#") || hasScheme(h, "javascript", "mailto", "tel", "data") {
				continue
			}
			u := urlnorm.Resolve(base, h)
			if !isHTTP(u) || seen[u] {
				continue
			}
			seen[u] = true
			out.Links = append(out.Links, u)
		}
	}
	for _, c := range []string{canonical, ogURL} {
		if c == "" {
			continue
		}
		if u := urlnorm.Resolve(base, c); isHTTP(u) {
			out.Canonical = u
			break
		}
	}
	return out
}

func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(list) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

func hasScheme(ref string, schemes ...string) bool {
	l := strings.ToLower(ref)
	for _, s := range schemes {
		if strings.HasPrefix(l, s+":") {
			return true
		}
	}
	return false
}

func isHTTP(u string) bool {
	return strings.HasPrefix(u, "http://") || strings.HasPrefix(u, "https://")
}
