package extract

import (
	"strings"
	"unicode"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// titleProfile is which of its own copies of the headline a known outlet
// means as the title, for the outlets whose copies disagree (a JSON-LD
// headline, an og:title for social cards, a <meta name="title"> for search
// engines) in a way no page-level signal settles. Outlets change their
// markup, so a profile may hold dated versions, oldest first.
type titleProfile []titleVersion

// titleProfiles are title profiles keyed by an outlet's host without
// "www.".
type titleProfiles map[string]titleProfile

// titleVersion is one period of an outlet's markup.
type titleVersion struct {
	// until is the last day (YYYY-MM-DD) this version applies to, by the
	// page's publication date; "" for the current markup.
	until string
	// fields are tried in order: "jsonld" is the JSON-LD headline, "<title>"
	// the page's <title> as it stands, "css:SELECTOR" the text of the first
	// element the selector matches; any other value names a <meta> by name
	// or property. None: the generic rules.
	fields []string
	// spaces folds no-break and ideographic spaces to plain ones, for
	// outlets that typeset their metadata with them.
	spaces bool
}

// only is a profile with one version.
func only(fields ...string) titleProfile { return titleProfile{{fields: fields}} }

// publisherProfiles are built-in title profiles keyed by the outlet's host
// without "www.". Every entry restates which field the title attribute of
// the Fundus project's parser for that outlet reads, with its version
// dates (github.com/flairNLP/fundus, src/fundus/publishers/<file> named in
// the comment); README's "where each value came from" says so. Versions go
// by the page's publication date, the nearest the page has to when it was
// served. An editor's [source.selectors] title in sources.toml still wins
// over a profile.
var publisherProfiles = titleProfiles{
	"thewest.com.au":            only("jsonld"),   // au/west_australian.py
	"cbc.ca":                    only("jsonld"),   // ca/cbc_news.py
	"nzz.ch":                    only("title"),    // ch/nzz.py
	"tagesanzeiger.ch":          only("og:title"), // ch/tages_anzeiger.py
	"20min.ch":                  only("og:title"), // ch/zwanzig_minuten.py
	"people.com.cn":             only("<title>"),  // cn/people.py
	"br.de":                     only("jsonld"),   // de/br.py
	"braunschweiger-zeitung.de": only("jsonld"),   // de/braunschweiger_zeitung.py
	"faz.net":                   only("og:title"), // de/faz.py
	"focus.de":                  only("jsonld"),   // de/focus.py
	"abendblatt.de":             only("jsonld"),   // de/funke.py (de/__init__.py: parser=FunkeParser)
	"morgenpost.de":             only("jsonld"),   // de/funke.py (de/__init__.py: parser=FunkeParser)
	"mdr.de": { // de/mdr.py
		{until: "2026-06-01", fields: []string{"jsonld"}},
		{fields: []string{"css:header h1"}},
	},
	"merkur.de":              only("og:title"), // de/merkur.py
	"mz.de":                  only("title"),    // de/mz.py
	"ndr.de":                 only("title"),    // de/ndr.py
	"n-tv.de":                only("og:title"), // de/ntv.py
	"rp-online.de":           only("og:title"), // de/rheinische_post.py
	"spiegel.de":             only("og:title"), // de/spon.py
	"stern.de":               only("og:title"), // de/stern.py
	"stuttgarter-zeitung.de": only("og:title"), // de/stuttgarter_zeitung.py
	"t-online.de": { // de/t_online.py
		{until: "2026-02-19", fields: []string{"jsonld"}},
		{fields: []string{"css:div[data-external-article-headline]"}},
	},
	"taz.de":       only("taz:title"),                              // de/taz.py
	"zdf.de":       only("og:title"),                               // de/zdf.py
	"zdfheute.de":  only("og:title"),                               // de/zdf.py
	"euronews.com": only("og:title"),                               // fr/euronews.py (also the English edition)
	"lesechos.fr":  {{fields: []string{"og:title"}, spaces: true}}, // fr/les_echos.py
	"mainichi.jp":  {{fields: []string{"title"}, spaces: true}},    // jp/mainichi_shimbun.py
	"nikkei.com":   only("jsonld"),                                 // jp/nikkei.py
	"hankookilbo.com": { // kr/hankook_ilbo.py
		{until: "2026-01-27", fields: []string{"jsonld"}},
		{fields: []string{"headline"}},
	},
	"nrk.no":          only("og:title"), // no/nrk.py
	"vg.no":           only("og:title"), // no/verdensgang.py
	"dailymail.co.uk": only("og:title"), // uk/daily_mail.py
	"dailystar.co.uk": { // uk/daily_star.py
		{until: "2026-04-09", fields: []string{"og:title"}},
		{fields: []string{"jsonld"}},
	},
	"standard.co.uk":    only("og:title"), // uk/evening_standard.py
	"express.co.uk":     only("og:title"), // uk/express.py
	"inews.co.uk":       only("jsonld"),   // uk/i_news.py
	"techradar.com":     only("jsonld"),   // uk/techradar.py
	"independent.co.uk": only("jsonld"),   // uk/the_independent.py
	"mirror.co.uk":      only("og:title"), // uk/the_mirror.py
	"thesun.co.uk":      only("jsonld"),   // uk/the_sun.py
	"telegraph.co.uk":   only("og:title"), // uk/the_telegraph.py
	"apnews.com":        only("jsonld"),   // us/ap_news.py
	"latimes.com":       only("og:title"), // us/la_times.py
	"rollingstone.com": { // us/rolling_stone.py
		{until: "2024-08-22", fields: []string{"swiftype:title"}},
		{fields: []string{"<title>"}},
	},
	"techcrunch.com":       only("og:title"), // us/techcrunch.py
	"thegatewaypundit.com": only("og:title"), // us/the_gateway_pundit.py
	"wired.com":            only("jsonld"),   // us/wired.py
}

// lookup finds the profile for host or one of its parent domains
// (edition.example.com uses example.com's).
func (ps titleProfiles) lookup(host string) (titleProfile, bool) {
	h := strings.TrimSuffix(strings.ToLower(host), ".")
	for h != "" {
		if p, ok := ps[strings.TrimPrefix(h, "www.")]; ok {
			return p, true
		}
		i := strings.IndexByte(h, '.')
		if i < 0 {
			break
		}
		h = h[i+1:]
	}
	return nil, false
}

// version is the profile's version for a page published at day
// (YYYY-MM-DD, "" when unknown: the current markup).
func (p titleProfile) version(day string) titleVersion {
	for _, v := range p {
		if v.until == "" || (day != "" && day <= v.until) {
			return v
		}
	}
	return titleVersion{}
}

// profileTitle reads the headline a profile version names; ld is the
// cleaned JSON-LD headline and sites the names the page's site goes by.
// root is the parsed page, for css: fields.
func profileTitle(v titleVersion, m *metaPage, root *html.Node, ld string, sites []string) (string, string) {
	for _, f := range v.fields {
		var t string
		switch {
		case f == "jsonld":
			t = ld
		case f == "<title>":
			t = m.title
		case strings.HasPrefix(f, "css:"):
			if root != nil {
				t = htmlCollapseSpace(goquery.NewDocumentFromNode(root).Find(f[len("css:"):]).First().Text())
			}
		default:
			s, _ := m.first(f)
			t = titleStrip(s, sites...)
		}
		if v.spaces {
			t = titleClean(strings.Map(func(r rune) rune {
				if unicode.IsSpace(r) {
					return ' '
				}
				return r
			}, t))
		}
		// A field holding nothing but the site's name is a placeholder,
		// not this article's headline.
		if t != "" && !titleOnlySite(t, sites) {
			return t, "profile:" + f
		}
	}
	return "", ""
}

// titleOnlySite reports whether t is just one of the site's names.
func titleOnlySite(t string, sites []string) bool {
	k := titleKey(t)
	for _, s := range sites {
		if sk := titleKey(s); sk != "" && sk == k {
			return true
		}
	}
	return false
}
