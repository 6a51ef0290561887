package sources

import (
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/andybalholm/cascadia"
	"github.com/robfig/cron/v3"
)

// setting reads e into defs when e is one of the [defaults] keys and reports
// whether it was one. [defaults] and [[source]] share it so an override is
// checked exactly like a default.
func (d *decoder) setting(e *entry, defs *Defaults) bool {
	switch e.key {
	case "user_agent":
		if ua, ok := d.str(e); ok && d.userAgent(e.line, ua) {
			defs.UserAgent = ua
		}
	case "delay":
		if v, ok := d.duration(e, true); ok {
			defs.Delay = v
		}
	case "timeout":
		if v, ok := d.duration(e, false); ok {
			defs.Timeout = v
		}
	case "parallelism":
		if v, ok := d.positive(e); ok {
			// More than a handful of requests at once to one news site is not
			// polite crawling; a large value is almost surely a typo.
			if v > maxParallelism {
				d.add(e.line, "parallelism: %d requests at once to one host is too many (at most %d)", v, maxParallelism)
			} else {
				defs.Parallelism = int(v)
			}
		}
	case "max_pages":
		if v, ok := d.positive(e); ok {
			defs.MaxPages = int(v)
		}
	case "max_body":
		if v, ok := d.size(e); ok {
			defs.MaxBody = v
		}
	case "schedule":
		if v, ok := d.str(e); ok && d.schedule(e.line, v) {
			defs.Schedule = v
		}
	case "respect_robots":
		if v, ok := d.boolean(e); ok {
			defs.RespectRobots = v
		}
	case "allow_private":
		if v, ok := d.boolean(e); ok {
			defs.AllowPrivate = v
		}
	default:
		return false
	}
	return true
}

func (d *decoder) wrongType(e *entry, want string) {
	d.add(e.line, "%s: want %s, got %s", e.key, want, e.val.describe())
}

func (d *decoder) str(e *entry) (string, bool) {
	if e.val.kind != kindString {
		d.wrongType(e, "a string")
		return "", false
	}
	return e.val.str, true
}

func (d *decoder) boolean(e *entry) (bool, bool) {
	if e.val.kind != kindBool {
		d.wrongType(e, "true or false")
		return false, false
	}
	return e.val.boolean, true
}

type lineString struct {
	s    string
	line int
}

// strs reads an array of strings; a lone string is a type error because a
// list key written as a string is usually a list in the making.
func (d *decoder) strs(e *entry) []lineString {
	if e.val.kind != kindArray {
		if e.val.kind == kindString {
			d.add(e.line, "%s: want an array of strings such as [%q], got a single string", e.key, e.val.str)
		} else {
			d.wrongType(e, "an array of strings")
		}
		return nil
	}
	var out []lineString
	for i, it := range e.val.items {
		if it.kind != kindString {
			d.add(it.line, "%s[%d]: want a string, got %s", e.key, i, it.describe())
			continue
		}
		if strings.TrimSpace(it.str) == "" {
			d.add(it.line, "%s[%d]: empty string", e.key, i)
			continue
		}
		out = append(out, lineString{s: strings.TrimSpace(it.str), line: it.line})
	}
	return out
}

// urls reads a list of absolute http(s) URLs and records their hosts.
func (d *decoder) urls(e *entry, hosts *hostSet) []string {
	var out []string
	for _, it := range d.strs(e) {
		u, err := url.Parse(it.s)
		switch {
		case err != nil:
			d.add(it.line, "%s: bad URL %q: %v", e.key, it.s, unwrapURLError(err))
		case u.Scheme != "http" && u.Scheme != "https":
			d.add(it.line, "%s: %q is not an absolute http or https URL", e.key, it.s)
		case u.Hostname() == "":
			d.add(it.line, "%s: %q has no host", e.key, it.s)
		case strings.ContainsAny(it.s, " \t\n"):
			d.add(it.line, "%s: %q contains white space", e.key, it.s)
		default:
			out = append(out, it.s)
			hosts.add(strings.ToLower(u.Hostname()))
		}
	}
	return out
}

func unwrapURLError(err error) error {
	if ue, ok := err.(*url.Error); ok {
		return ue.Err
	}
	return err
}

var hostRe = regexp.MustCompile(`^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$`)

// domains reads allowed_domains: bare host names (the crawler allows their
// subdomains too).
func (d *decoder) domains(e *entry) []string {
	var out []string
	for _, it := range d.strs(e) {
		h := strings.ToLower(it.s)
		switch {
		case strings.Contains(h, "://") || strings.Contains(h, "/"):
			d.add(it.line, "%s: want a host name such as \"www.example.com\", not a URL: %q", e.key, it.s)
		case strings.HasPrefix(h, "*."):
			d.add(it.line, "%s: %q: write the domain without \"*.\"; its subdomains are allowed anyway", e.key, it.s)
		case !hostRe.MatchString(h):
			d.add(it.line, "%s: %q is not a host name", e.key, it.s)
		default:
			out = append(out, h)
		}
	}
	return out
}

// hostSet keeps hosts in first-seen order without duplicates.
type hostSet struct {
	order []string
	seen  map[string]bool
}

func newHostSet() *hostSet { return &hostSet{seen: map[string]bool{}} }

func (h *hostSet) add(host string) {
	if !h.seen[host] {
		h.seen[host] = true
		h.order = append(h.order, host)
	}
}

// union returns given followed by the recorded hosts not in it: the hosts of
// a source's own feeds, sitemaps and start pages are always allowed.
func (h *hostSet) union(given []string) []string {
	out := newHostSet()
	for _, g := range given {
		out.add(g)
	}
	for _, g := range h.order {
		out.add(g)
	}
	return out.order
}

func (d *decoder) duration(e *entry, zeroOK bool) (time.Duration, bool) {
	if e.val.kind != kindString {
		d.wrongType(e, `a duration string such as "5s" or "1m30s"`)
		return 0, false
	}
	v, err := time.ParseDuration(strings.TrimSpace(e.val.str))
	if err != nil {
		d.add(e.line, "%s: bad duration %q: want e.g. \"5s\", \"500ms\" or \"1m30s\"", e.key, e.val.str)
		return 0, false
	}
	if v < 0 || (v == 0 && !zeroOK) {
		d.add(e.line, "%s: must be positive, got %q", e.key, e.val.str)
		return 0, false
	}
	return v, true
}

func (d *decoder) positive(e *entry) (int64, bool) {
	if e.val.kind != kindInteger {
		d.wrongType(e, "a whole number")
		return 0, false
	}
	if e.val.integer < 1 {
		d.add(e.line, "%s: must be at least 1, got %d", e.key, e.val.integer)
		return 0, false
	}
	if e.val.integer > 1<<31-1 {
		d.add(e.line, "%s: %d is too large", e.key, e.val.integer)
		return 0, false
	}
	return e.val.integer, true
}

// maxParallelism bounds requests in flight to one host.
const maxParallelism = 16

var sizeRe = regexp.MustCompile(`^\s*(\d+)\s*([a-zA-Z]*)\s*$`)

var sizeUnits = map[string]int64{
	"": 1, "b": 1,
	"kb": 1000, "mb": 1000 * 1000, "gb": 1000 * 1000 * 1000,
	"kib": 1 << 10, "mib": 1 << 20, "gib": 1 << 30,
}

// size reads a byte count: an integer, or a string with a unit ("10MiB").
func (d *decoder) size(e *entry) (int64, bool) {
	var n int64
	switch e.val.kind {
	case kindInteger:
		n = e.val.integer
	case kindString:
		m := sizeRe.FindStringSubmatch(e.val.str)
		unit, ok := int64(0), false
		if m != nil {
			unit, ok = sizeUnits[strings.ToLower(m[2])]
		}
		if !ok {
			d.add(e.line, "%s: bad size %q: want bytes as an integer, or e.g. \"10MiB\", \"512KB\"", e.key, e.val.str)
			return 0, false
		}
		v, err := strconv.ParseInt(m[1], 10, 64)
		if err != nil || v > (1<<62)/unit {
			d.add(e.line, "%s: %q is too large", e.key, e.val.str)
			return 0, false
		}
		n = v * unit
	default:
		d.wrongType(e, "a byte count (integer, or a string such as \"10MiB\")")
		return 0, false
	}
	if n < 1 {
		d.add(e.line, "%s: must be at least 1 byte, got %d", e.key, n)
		return 0, false
	}
	return n, true
}

var cronParser = cron.NewParser(cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)

// schedule checks a cron spec the way the scheduler will parse it.
func (d *decoder) schedule(line int, spec string) (ok bool) {
	defer func() {
		// The cron parser has panicked on malformed time-zone prefixes; a bad
		// line in a config file must not take the program down.
		if r := recover(); r != nil {
			d.add(line, "schedule: bad cron spec %q", spec)
			ok = false
		}
	}()
	if _, err := cronParser.Parse(spec); err != nil {
		d.add(line, "schedule: bad cron spec %q: %v (want 5 fields such as \"0 * * * *\", or \"@hourly\", \"@every 30m\")", spec, err)
		return false
	}
	// The cron library quietly runs "@every -5m" or "@every 0s" every second;
	// a typo must not turn into hammering an outlet.
	if rest, ok := strings.CutPrefix(spec, "@every "); ok {
		if every, err := time.ParseDuration(strings.TrimSpace(rest)); err == nil && every < time.Second {
			d.add(line, "schedule: %q: the interval must be at least 1s, got %s", spec, every)
			return false
		}
	}
	return true
}

var contactURLRe = regexp.MustCompile(`https?://[^\s()<>;,]+`)

// userAgent insists on a contact URL: outlets that see a misbehaving crawler
// should be able to reach whoever runs it.
func (d *decoder) userAgent(line int, ua string) bool {
	for _, m := range contactURLRe.FindAllString(ua, -1) {
		if u, err := url.Parse(m); err == nil && u.Hostname() != "" {
			return true
		}
	}
	d.add(line, "user_agent: %q must contain a contact URL, e.g. \"mybot/1.0 (+https://example.org/bot)\"", ua)
	return false
}

var twoLetters = regexp.MustCompile(`^[A-Za-z]{2}$`)

func (d *decoder) country(line int, c string) (string, bool) {
	if !twoLetters.MatchString(c) {
		d.add(line, "country: want an ISO 3166-1 alpha-2 code such as \"SG\", got %q", c)
		return "", false
	}
	c = strings.ToUpper(c)
	if c == "UK" {
		d.add(line, "country: \"UK\" is not an ISO 3166-1 code; the United Kingdom is \"GB\"")
		return "", false
	}
	return c, true
}

func (d *decoder) language(line int, l string) (string, bool) {
	if !twoLetters.MatchString(l) {
		d.add(line, "language: want an ISO 639-1 code such as \"en\", got %q", l)
		return "", false
	}
	return strings.ToLower(l), true
}

// selectors reads [source.selectors]; each must compile as goquery will.
func (d *decoder) selectors(e *entry) Selectors {
	var s Selectors
	if e.val.kind != kindTable {
		d.wrongType(e, "a table ([source.selectors] or { title = \"h1\" })")
		return s
	}
	t := e.val.table
	for _, k := range t.order {
		se := t.entries[k]
		var dst *string
		switch k {
		case "title":
			dst = &s.Title
		case "body":
			dst = &s.Body
		case "authors":
			dst = &s.Authors
		case "published":
			dst = &s.Published
		default:
			d.add(se.line, "%s", unknownKey(k, "[source.selectors]", selectorKeys))
			continue
		}
		v, ok := d.str(se)
		if !ok || strings.TrimSpace(v) == "" {
			continue
		}
		if err := compileSelector(v); err != nil {
			d.add(se.line, "selectors.%s: bad CSS selector %q: %v", k, v, err)
			continue
		}
		*dst = v
	}
	return s
}

func compileSelector(sel string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("selector parser failed: %v", r)
		}
	}()
	_, err = cascadia.Compile(sel)
	return err
}
