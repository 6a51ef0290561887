package sources

import "time"

// Built-in defaults, used where [defaults] says nothing. They are polite on
// purpose: one request at a time per host, five seconds apart.
const (
	DefaultUserAgent   = "claimwatch/0.1 (+https://github.com/claimwatch/claimwatch)"
	DefaultDelay       = 5 * time.Second
	DefaultParallelism = 1
	DefaultTimeout     = 30 * time.Second
	DefaultMaxBody     = 10 << 20 // 10 MiB
	DefaultMaxPages    = 200
	DefaultSchedule    = "@every 1h"
)

// BuiltinDefaults returns the defaults a file without a [defaults] table gets.
func BuiltinDefaults() Defaults {
	return Defaults{
		UserAgent:     DefaultUserAgent,
		Delay:         DefaultDelay,
		Parallelism:   DefaultParallelism,
		Timeout:       DefaultTimeout,
		MaxBody:       DefaultMaxBody,
		MaxPages:      DefaultMaxPages,
		Schedule:      DefaultSchedule,
		RespectRobots: true,
		AllowPrivate:  false,
	}
}

// The keys each table accepts. Every [defaults] key may also be set in a
// [[source]] to override it for that source.
var (
	defaultKeys = []string{
		"user_agent", "delay", "parallelism", "timeout", "max_body",
		"max_pages", "schedule", "respect_robots", "allow_private",
	}
	sourceOnlyKeys = []string{
		"name", "outlet", "country", "language", "feeds", "sitemaps",
		"start_urls", "article_pattern", "allowed_domains", "discover_sitemaps", "enabled",
		"tags", "selectors",
	}
	sourceKeys   = append(append([]string{}, sourceOnlyKeys...), defaultKeys...)
	selectorKeys = []string{"title", "body", "authors", "published"}
	topKeys      = []string{"defaults", "source"}
)
