// Package urlnorm owns the canonical form of article URLs: resolving links
// against the page they were found on and stripping what only tracks readers
// (campaign parameters, click ids, fragments), so one article has one key in
// the crawler's frontier and in the index.
package urlnorm

import (
	"net/url"
	"strings"
)

// trackingParams are dropped whatever their value; prefixes cover families
// such as utm_source, utm_medium and so on.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "msclkid": true, "yclid": true,
	"mc_cid": true, "mc_eid": true, "ocid": true, "cmpid": true, "cmp": true,
	"igshid": true, "_ga": true, "_gl": true, "ncid": true, "ns_mchannel": true,
	"ns_source": true, "ns_campaign": true, "ns_linkname": true, "ns_fee": true,
	"sr_share": true, "smid": true, "smtyp": true, "ito": true, "ref_src": true,
	"mkt_tok": true, "spm": true, "wt_mc": true, "wt.mc_id": true, "ref": true, "referrer": true,
	"taid": true, "guccounter": true, "guce_referrer": true, "guce_referrer_sig": true,
	"soc_src": true, "soc_trk": true, "cmpredirect": true, "at_medium": true,
	"at_campaign": true, "at_custom1": true, "at_custom2": true, "at_custom3": true, "at_custom4": true,
}

var trackingPrefixes = []string{"utm_", "pk_", "mtm_", "hsa_", "vero_", "oly_", "__s"}

// isTracking reports whether a query key only identifies a campaign or click.
func isTracking(key string) bool {
	k := strings.ToLower(key)
	if trackingParams[k] {
		return true
	}
	for _, p := range trackingPrefixes {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	return false
}

// Clean returns raw with tracking parameters and the fragment removed, the
// scheme and host lower-cased and default ports dropped. Remaining query
// parameters keep their order so that servers relying on it still work.
// Input that does not parse as an absolute http(s) URL is returned trimmed
// but otherwise unchanged: cleaning must never lose a link.
func Clean(raw string) string {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return raw
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	if (u.Scheme == "http" && strings.HasSuffix(u.Host, ":80")) || (u.Scheme == "https" && strings.HasSuffix(u.Host, ":443")) {
		u.Host = u.Host[:strings.LastIndexByte(u.Host, ':')]
	}
	u.Fragment = ""
	u.RawFragment = ""
	if u.Path == "" {
		u.Path = "/"
	}
	if u.RawQuery != "" {
		u.RawQuery = cleanQuery(u.RawQuery)
	}
	u.ForceQuery = false
	return u.String()
}

// cleanQuery filters the raw query string piecewise rather than through
// url.Values so that encoding and order of kept parameters are untouched.
func cleanQuery(q string) string {
	parts := strings.FieldsFunc(q, func(r rune) bool { return r == '&' || r == ';' })
	kept := parts[:0]
	for _, p := range parts {
		key := p
		if i := strings.IndexByte(p, '='); i >= 0 {
			key = p[:i]
		}
		if k, err := url.QueryUnescape(key); err == nil {
			key = k
		}
		if key == "" || isTracking(key) {
			continue
		}
		kept = append(kept, p)
	}
	return strings.Join(kept, "&")
}

// Resolve resolves ref against base and cleans the result. An empty or
// unparsable ref yields the cleaned base; an unparsable base yields ref
// cleaned as far as possible.
func Resolve(base, ref string) string {
	ref = strings.TrimSpace(ref)
	b, err := url.Parse(strings.TrimSpace(base))
	if err != nil {
		return Clean(ref)
	}
	if ref == "" {
		return Clean(b.String())
	}
	r, err := url.Parse(ref)
	if err != nil {
		return Clean(b.String())
	}
	return Clean(b.ResolveReference(r).String())
}
