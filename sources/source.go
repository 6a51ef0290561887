package sources

import (
	"regexp"
	"time"
)

// Config is a parsed, validated sources file.
type Config struct {
	Path     string
	Defaults Defaults
	Sources  []Source
}

// Defaults are the [defaults] table with its built-in defaults applied.
type Defaults struct {
	UserAgent     string
	Delay         time.Duration // minimum gap between two requests to one host
	Parallelism   int           // concurrent requests per host
	Timeout       time.Duration // per request
	MaxBody       int64         // bytes
	MaxPages      int           // article pages fetched per run per source
	Schedule      string        // cron spec or @every
	RespectRobots bool
	AllowPrivate  bool // allow loopback/private/link-local addresses (tests, demo)
}

// Selectors are goquery CSS selectors an editor gives for one outlet.
type Selectors struct {
	Title     string
	Body      string
	Authors   string
	Published string
}

// Source is one [[source]] with defaults resolved: every field here is the
// effective value the crawler uses.
type Source struct {
	Name           string
	Outlet         string
	Country        string // ISO 3166-1 alpha-2, upper case
	Language       string // ISO 639-1
	Feeds          []string
	Sitemaps       []string
	StartURLs      []string
	ArticlePattern *regexp.Regexp // nil when not set
	AllowedDomains []string       // allowed_domains plus the hosts of Feeds, Sitemaps and StartURLs
	// DiscoverSitemaps: also read the sitemaps named by the Sitemap: lines of
	// robots.txt on the hosts of Feeds, Sitemaps and StartURLs. It is
	// discover_sitemaps when set, else true exactly when Feeds and Sitemaps
	// are both empty.
	DiscoverSitemaps bool
	Schedule         string
	Enabled          bool
	Tags             []string
	Selectors        Selectors

	UserAgent     string
	Delay         time.Duration
	Parallelism   int
	Timeout       time.Duration
	MaxBody       int64
	MaxPages      int
	RespectRobots bool
	AllowPrivate  bool

	Line int // line of the [[source]] header in the file, for messages
}

// Enabled returns the sources that are enabled, in file order.
func (c *Config) Enabled() []Source {
	var out []Source
	for _, s := range c.Sources {
		if s.Enabled {
			out = append(out, s)
		}
	}
	return out
}

// Source returns the source with the given name.
func (c *Config) Source(name string) (Source, bool) {
	for _, s := range c.Sources {
		if s.Name == name {
			return s, true
		}
	}
	return Source{}, false
}
