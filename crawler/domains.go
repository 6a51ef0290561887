package crawler

import (
	"net/url"
	"strings"

	"github.com/claimwatch/claimwatch/sources"
)

// allowedDomains is the source's AllowedDomains, or the hosts of its feed,
// sitemap and start URLs when it gives none. A leading "www." is dropped so
// that the bare domain and its other subdomains are allowed too.
func allowedDomains(src sources.Source) []string {
	list := src.AllowedDomains
	if len(list) == 0 {
		for _, group := range [][]string{src.Feeds, src.Sitemaps, src.StartURLs} {
			for _, raw := range group {
				if u, err := url.Parse(strings.TrimSpace(raw)); err == nil && u.Hostname() != "" {
					list = append(list, u.Hostname())
				}
			}
		}
	}
	var out []string
	for _, d := range list {
		d = strings.TrimPrefix(strings.ToLower(strings.TrimSpace(d)), "www.")
		if d != "" {
			out = append(out, d)
		}
	}
	return out
}

// allowedURL reports whether u's host is an allowed domain or a subdomain of one.
func (r *run) allowedURL(u string) bool {
	pu, err := url.Parse(u)
	if err != nil {
		return false
	}
	host := strings.ToLower(pu.Hostname())
	if host == "" {
		return false
	}
	if len(r.allowed) == 0 {
		return true
	}
	for _, d := range r.allowed {
		if host == d || strings.HasSuffix(host, "."+d) {
			return true
		}
	}
	return false
}
