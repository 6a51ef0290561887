package sources

import (
	"bytes"
	"fmt"
	"regexp"
	"sort"
)

// Parse parses and validates a sources file. path is used in messages only.
// On invalid input it returns a *ValidationError listing every problem, each
// with the line it is on, in line order.
func Parse(path string, data []byte) (*Config, error) {
	d := &decoder{file: path}
	// Some Windows editors save UTF-8 with a byte-order mark, which TOML
	// does not allow; it carries no meaning, so drop it.
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	root, sp := readTree(data)
	if sp != nil {
		// After a TOML syntax error nothing else can be trusted.
		d.add(sp.line, "%s", sp.message)
		return nil, d.err()
	}

	cfg := &Config{Path: path, Defaults: BuiltinDefaults()}
	var defaultsTable *table
	if e := root.get("defaults"); e != nil {
		if e.val.kind == kindTable {
			defaultsTable = e.val.table
			d.defaults(defaultsTable, &cfg.Defaults)
		} else {
			d.add(e.line, "defaults: want a table written [defaults], got %s", e.val.describe())
		}
	}

	var sourceTables []*table
	for _, k := range root.order {
		e := root.entries[k]
		switch k {
		case "defaults":
		case "source":
			sourceTables = d.sourceList(e)
		default:
			d.add(e.line, "%s", unknownKey(k, "the top level", topKeys))
		}
	}

	firstLine := map[string]int{}
	for _, t := range sourceTables {
		src, ok := d.source(t, cfg.Defaults)
		if src.Name != "" {
			if line, dup := firstLine[src.Name]; dup {
				d.add(d.keyLine(t, "name"), "duplicate source name %q (first defined at line %d)", src.Name, line)
				continue
			}
			firstLine[src.Name] = d.keyLine(t, "name")
		}
		if ok {
			cfg.Sources = append(cfg.Sources, src)
		}
	}
	if len(sourceTables) == 0 && len(d.problems) == 0 {
		d.add(0, "no [[source]] tables: nothing to crawl")
	}

	if len(d.problems) > 0 {
		return nil, d.err()
	}
	return cfg, nil
}

// decoder collects problems while the tree is turned into a Config, so one
// run reports everything wrong with the file.
type decoder struct {
	file     string
	problems []Problem
}

func (d *decoder) add(line int, format string, args ...any) {
	d.problems = append(d.problems, Problem{File: d.file, Line: line, Message: fmt.Sprintf(format, args...)})
}

func (d *decoder) err() error {
	sort.SliceStable(d.problems, func(i, j int) bool { return d.problems[i].Line < d.problems[j].Line })
	return &ValidationError{Problems: d.problems}
}

// keyLine is the line of key in t, or of t's header when the key is absent.
func (d *decoder) keyLine(t *table, key string) int {
	if e := t.get(key); e != nil {
		return e.line
	}
	return t.line
}

// sourceList accepts [[source]] tables, or the equivalent inline array of
// tables, and explains the common slip of writing [source].
func (d *decoder) sourceList(e *entry) []*table {
	v := e.val
	if v.kind == kindTable {
		d.add(e.line, "source: write [[source]] (double brackets) for each source, not [source]")
		return nil
	}
	if v.kind != kindArray {
		d.add(e.line, "source: want [[source]] tables, got %s", v.describe())
		return nil
	}
	var out []*table
	for _, item := range v.items {
		if item.kind != kindTable {
			d.add(item.line, "source: want [[source]] tables, got an array holding %s", item.describe())
			continue
		}
		out = append(out, item.table)
	}
	return out
}

// defaults reads the [defaults] table over the built-in defaults.
func (d *decoder) defaults(t *table, defs *Defaults) {
	for _, k := range t.order {
		e := t.entries[k]
		if !d.setting(e, defs) {
			d.add(e.line, "%s", unknownKey(k, "[defaults]", defaultKeys))
		}
	}
	if defs.Delay == 0 && !defs.AllowPrivate {
		d.add(d.keyLine(t, "delay"), "delay: 0s is only allowed with allow_private = true (your own test servers); be polite to real outlets")
	}
}

var nameRe = regexp.MustCompile(`^[a-z0-9_-]+$`)

// source reads one [[source]] table, resolving every setting against defs.
// ok is false when the source has problems.
func (d *decoder) source(t *table, defs Defaults) (Source, bool) {
	before := len(d.problems)
	s := Source{Line: t.line, Enabled: true}
	set := defs
	var startURLsLine int
	var discover *bool
	hosts := newHostSet()

	for _, k := range t.order {
		e := t.entries[k]
		if d.setting(e, &set) {
			continue
		}
		switch k {
		case "name":
			if name, ok := d.str(e); ok {
				if !nameRe.MatchString(name) {
					d.add(e.line, "name: %q must be lower-case letters, digits, '-' or '_' (it is the source's id)", name)
				} else {
					s.Name = name
				}
			}
		case "outlet":
			s.Outlet, _ = d.str(e)
		case "country":
			if c, ok := d.str(e); ok {
				s.Country, _ = d.country(e.line, c)
			}
		case "language":
			if l, ok := d.str(e); ok {
				s.Language, _ = d.language(e.line, l)
			}
		case "feeds":
			s.Feeds = d.urls(e, hosts)
		case "sitemaps":
			s.Sitemaps = d.urls(e, hosts)
		case "start_urls":
			s.StartURLs = d.urls(e, hosts)
			startURLsLine = e.line
		case "article_pattern":
			if p, ok := d.str(e); ok {
				re, err := regexp.Compile(p)
				if err != nil {
					d.add(e.line, "article_pattern: bad Go regexp: %v", err)
				} else {
					s.ArticlePattern = re
				}
			}
		case "allowed_domains":
			s.AllowedDomains = d.domains(e)
		case "discover_sitemaps":
			if v, ok := d.boolean(e); ok {
				discover = &v
			}
		case "enabled":
			s.Enabled, _ = d.boolean(e)
		case "tags":
			for _, it := range d.strs(e) {
				s.Tags = append(s.Tags, it.s)
			}
		case "selectors":
			s.Selectors = d.selectors(e)
		default:
			d.add(e.line, "%s", unknownKey(k, "[[source]]", sourceKeys))
		}
	}

	if t.get("name") == nil {
		d.add(t.line, "[[source]] has no name (a unique id such as \"bbc_business\")")
	}
	if s.Outlet == "" {
		s.Outlet = s.Name
	}
	if d.itemCount(t, "feeds", "sitemaps", "start_urls") == 0 {
		d.add(t.line, "source %q has nothing to crawl: give feeds, sitemaps, or start_urls with an article_pattern", s.Name)
	}
	if t.get("start_urls") != nil && t.get("article_pattern") == nil {
		d.add(startURLsLine, "start_urls need an article_pattern (a Go regexp matching the article URLs to follow)")
	}
	if set.Delay == 0 && !set.AllowPrivate && d.hasKey(t, "delay", "allow_private") {
		line := d.keyLine(t, "delay")
		if t.get("delay") == nil {
			line = d.keyLine(t, "allow_private")
		}
		d.add(line, "delay: 0s is only allowed with allow_private = true (your own test servers); be polite to real outlets")
	}
	s.AllowedDomains = hosts.union(s.AllowedDomains)
	// Unset, robots.txt sitemaps are read only for a source that lists
	// neither feeds nor sitemaps: a feed already names the fresh stories, and
	// a whole site's sitemaps would fill every run's max_pages with archive
	// and section pages instead.
	s.DiscoverSitemaps = len(s.Sitemaps) == 0 && len(s.Feeds) == 0
	if discover != nil {
		s.DiscoverSitemaps = *discover
	}

	s.UserAgent = set.UserAgent
	s.Delay = set.Delay
	s.Parallelism = set.Parallelism
	s.Timeout = set.Timeout
	s.MaxBody = set.MaxBody
	s.MaxPages = set.MaxPages
	s.Schedule = set.Schedule
	s.RespectRobots = set.RespectRobots
	s.AllowPrivate = set.AllowPrivate
	return s, len(d.problems) == before
}

func (d *decoder) hasKey(t *table, keys ...string) bool {
	for _, k := range keys {
		if t.get(k) != nil {
			return true
		}
	}
	return false
}

// itemCount counts the elements given under keys, valid or not, so that a
// source whose only feed is malformed is not also told it has nothing to crawl.
func (d *decoder) itemCount(t *table, keys ...string) int {
	n := 0
	for _, k := range keys {
		if e := t.get(k); e != nil {
			if e.val.kind == kindArray {
				n += len(e.val.items)
			} else {
				n++
			}
		}
	}
	return n
}
