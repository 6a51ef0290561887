package demo

import (
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/claimwatch/claimwatch/sources"
)

// Politeness for a loopback server: quick enough that `claimwatch demo`
// finishes in seconds, slow enough that the crawler's rate limit is exercised.
const (
	demoDelay    = 50 * time.Millisecond
	demoSchedule = "@every 30s"
	demoAgent    = "claimwatch-demo/1.0 (+https://github.com/claimwatch/claimwatch)"
)

// Sources returns the sources config for outlets served at baseURL
// ("http://127.0.0.1:PORT"): one source per outlet, each discovered its own
// way (wire: RSS + sitemap index; tech blog: Atom + sitemap; paper: JSON Feed
// + start page with an article pattern).
func Sources(baseURL string) *sources.Config {
	base := strings.TrimRight(baseURL, "/")
	host := base
	if u, err := url.Parse(base); err == nil && u.Hostname() != "" {
		host = u.Hostname()
	}
	d := sources.Defaults{
		UserAgent:     demoAgent,
		Delay:         demoDelay,
		Parallelism:   2,
		Timeout:       10 * time.Second,
		MaxBody:       5 << 20,
		MaxPages:      200,
		Schedule:      demoSchedule,
		RespectRobots: true,
		AllowPrivate:  true,
	}
	cfg := &sources.Config{Path: "(demo)", Defaults: d}
	for i, o := range outlets {
		s := sources.Source{
			Name:           o.Source,
			Outlet:         o.Name,
			Country:        o.Country,
			Language:       o.Language,
			Feeds:          []string{base + feedPath(o.Key)},
			AllowedDomains: []string{host},
			Schedule:       d.Schedule,
			Enabled:        true,
			Tags:           []string{"demo"},
			UserAgent:      d.UserAgent,
			Delay:          d.Delay,
			Parallelism:    d.Parallelism,
			Timeout:        d.Timeout,
			MaxBody:        d.MaxBody,
			MaxPages:       d.MaxPages,
			RespectRobots:  d.RespectRobots,
			AllowPrivate:   d.AllowPrivate,
			Line:           i + 1,
		}
		if sm := sitemapURL(base, o.Key); sm != "" {
			s.Sitemaps = []string{sm}
		}
		if o.Key == "harbourpost" {
			s.StartURLs = []string{base + "/harbourpost/"}
			// Unanchored on purpose: it also matches the staff page under
			// /private/, which only robots.txt keeps the crawler away from.
			s.ArticlePattern = regexp.MustCompile(`/story/[a-z0-9-]+$`)
		}
		cfg.Sources = append(cfg.Sources, s)
	}
	return cfg
}

// SourcesTOML is Sources as a sources.toml file, for people who want to run
// `claimwatch crawl` or `serve` against the demo outlets themselves; the
// package's tests check that sources.Parse reads it back as Sources.
func SourcesTOML(baseURL string) string {
	cfg := Sources(baseURL)
	d := cfg.Defaults
	var b strings.Builder
	fmt.Fprintf(&b, "# claimwatch demo outlets at %s\n\n[defaults]\n", strings.TrimRight(baseURL, "/"))
	fmt.Fprintf(&b, "user_agent = %q\ndelay = %q\nparallelism = %d\ntimeout = %q\nmax_body = %d\nmax_pages = %d\n",
		d.UserAgent, d.Delay.String(), d.Parallelism, d.Timeout.String(), d.MaxBody, d.MaxPages)
	fmt.Fprintf(&b, "schedule = %q\nrespect_robots = %t\nallow_private = %t\n", d.Schedule, d.RespectRobots, d.AllowPrivate)
	list := func(xs []string) string {
		q := make([]string, len(xs))
		for i, x := range xs {
			q[i] = strconv.Quote(x)
		}
		return "[" + strings.Join(q, ", ") + "]"
	}
	for _, s := range cfg.Sources {
		fmt.Fprintf(&b, "\n[[source]]\nname = %q\noutlet = %q\ncountry = %q\nlanguage = %q\n", s.Name, s.Outlet, s.Country, s.Language)
		fmt.Fprintf(&b, "feeds = %s\n", list(s.Feeds))
		if len(s.Sitemaps) > 0 {
			fmt.Fprintf(&b, "sitemaps = %s\n", list(s.Sitemaps))
		}
		if len(s.StartURLs) > 0 {
			fmt.Fprintf(&b, "start_urls = %s\n", list(s.StartURLs))
		}
		if s.ArticlePattern != nil {
			// A TOML literal string keeps the regexp's backslashes as written.
			fmt.Fprintf(&b, "article_pattern = '%s'\n", s.ArticlePattern.String())
		}
		fmt.Fprintf(&b, "allowed_domains = %s\ntags = %s\n", list(s.AllowedDomains), list(s.Tags))
	}
	return b.String()
}
