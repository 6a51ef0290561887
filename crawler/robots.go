package crawler

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
)

// ErrRobots is returned (wrapped) for a URL robots.txt disallows.
var ErrRobots = errors.New("crawler: disallowed by robots.txt")

const (
	robotsTTL        = time.Hour
	robotsRetryTTL   = 5 * time.Minute
	robotsMaxBody    = 512 << 10
	maxCrawlDelay    = 60 * time.Second // a larger Crawl-delay would stall a run for hours
	defaultUserAgent = "claimwatch/0.1 (+https://github.com/claimwatch/claimwatch)"
)

// robotsCache fetches each host's robots.txt once per TTL, through the same
// transport as everything else (so the fetch itself is rate limited).
//
// What an answer means follows RFC 9309 section 2.3.1: 2xx rules are obeyed;
// 4xx ("unavailable") allows everything; 5xx, 429 and network failures
// ("unreachable") disallow everything. An unreachable robots.txt is not
// remembered past the run that saw it (nor past robotsRetryTTL): the next
// run asks again, so a host that was briefly down is not shut out for long.
// If an earlier fetch succeeded, its rules stay in force while the file is
// unreachable, as the RFC allows. The RFC also lets a crawler treat a
// robots.txt unreachable for a long time (30 days) as allow-all; claimwatch
// does not, since nothing here remembers a host's history across restarts.
type robotsCache struct {
	client *http.Client
	now    func() time.Time
	mu     sync.Mutex
	hosts  map[string]*robotsEntry
}

type robotsEntry struct {
	ready   chan struct{}
	data    *robotstxt.RobotsData // nil: allow all
	fetched time.Time
	// unreachable says why robots.txt could not be read ("HTTP 503",
	// "network: ..."); empty when it was read (or was 4xx). netErr is the
	// network failure, if that was why.
	unreachable string
	netErr      error
}

func newRobotsCache(client *http.Client, now func() time.Time) *robotsCache {
	return &robotsCache{client: client, now: now, hosts: map[string]*robotsEntry{}}
}

type robotsRules struct {
	data *robotstxt.RobotsData
	// unreachable is set when robots.txt could not be read; data is then
	// the last good copy or disallowAll. netErr is the network failure, if
	// that was why, so that a refused page reports it (DNS, refused
	// connection, private address) rather than a bare robots refusal.
	unreachable string
	netErr      error
}

func (r robotsRules) group(ua string) *robotstxt.Group {
	if r.data == nil {
		return nil
	}
	return r.data.FindGroup(ua)
}

func (r robotsRules) allowed(u *url.URL, ua string) bool {
	if r.data == nil {
		return true
	}
	p := u.EscapedPath()
	if p == "" {
		p = "/"
	}
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return r.data.TestAgent(p, ua)
}

func (r robotsRules) crawlDelay(ua string) time.Duration {
	g := r.group(ua)
	if g == nil {
		return 0
	}
	return min(g.CrawlDelay, maxCrawlDelay)
}

// sitemaps returns the Sitemap: lines of the file (none when unreachable
// and no earlier copy was read).
func (r robotsRules) sitemaps() []string {
	if r.data == nil {
		return nil
	}
	return r.data.Sitemaps
}

// fresh reports whether e may answer a request of a run that started at
// runStart: a read file for robotsTTL, an unreachable one only for runs
// already going when it failed.
func (c *robotsCache) fresh(e *robotsEntry, runStart time.Time) bool {
	age := c.now().Sub(e.fetched)
	if e.unreachable != "" {
		return age <= robotsRetryTTL && runStart.Before(e.fetched)
	}
	return age <= robotsTTL
}

// get returns the rules for u's host, fetching robots.txt if needed. Only one
// caller fetches; others wait for it (or for their ctx). runStart is when the
// asking run began (zero: treat as already going).
func (c *robotsCache) get(ctx context.Context, u *url.URL, runStart time.Time) robotsRules {
	key := hostKey(u.Scheme, u.Host)
	c.mu.Lock()
	e := c.hosts[key]
	var prev *robotsEntry
	if e != nil {
		select {
		case <-e.ready:
			if !c.fresh(e, runStart) {
				prev, e = e, nil
			}
		default:
		}
	}
	owner := false
	if e == nil {
		e = &robotsEntry{ready: make(chan struct{})}
		c.hosts[key] = e
		owner = true
	}
	c.mu.Unlock()
	if owner {
		e.data, e.unreachable, e.netErr = c.fetch(ctx, u)
		e.fetched = c.now()
		if e.unreachable != "" && prev != nil && prev.data != disallowAll {
			// RFC 9309 2.3.1.4 allows keeping a cached copy meanwhile.
			e.data = prev.data
		}
		if ctx.Err() != nil {
			// Do not remember a fetch that was cut short by our own cancellation.
			e.data, e.unreachable = disallowAll, "cancelled"
			c.mu.Lock()
			delete(c.hosts, key)
			c.mu.Unlock()
		}
		close(e.ready)
	}
	select {
	case <-e.ready:
		return robotsRules{data: e.data, unreachable: e.unreachable, netErr: e.netErr}
	case <-ctx.Done():
		// The request itself will fail on ctx; refuse rather than guess.
		return robotsRules{data: disallowAll, unreachable: "cancelled"}
	}
}

var disallowAll, _ = robotstxt.FromStatusAndBytes(http.StatusInternalServerError, nil)

// fetch reads robots.txt for u's host. It returns the rules (nil: allow all)
// and, when the file is unreachable (5xx, 429, network failure), why (and
// the network error, if any); the rules are then disallowAll.
func (c *robotsCache) fetch(ctx context.Context, u *url.URL) (*robotstxt.RobotsData, string, error) {
	ru := url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, ru.String(), nil)
	if err != nil {
		return disallowAll, "network", err
	}
	resp, err := c.client.Do(req)
	if err != nil {
		return disallowAll, "network", err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 500 || resp.StatusCode == http.StatusTooManyRequests {
		return disallowAll, fmt.Sprintf("HTTP %d", resp.StatusCode), nil
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, robotsMaxBody))
	if err != nil {
		return disallowAll, "network", err
	}
	data, err := robotstxt.FromStatusAndBytes(resp.StatusCode, body)
	if err != nil {
		// A file we cannot parse has no rules we could follow.
		return nil, "", nil
	}
	return data, "", nil
}
