package crawler

import (
	"context"
	"errors"
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
	ttl     time.Duration
}

func newRobotsCache(client *http.Client, now func() time.Time) *robotsCache {
	return &robotsCache{client: client, now: now, hosts: map[string]*robotsEntry{}}
}

type robotsRules struct{ data *robotstxt.RobotsData }

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

// get returns the rules for u's host, fetching robots.txt if needed. Only one
// caller fetches; others wait for it (or for their ctx).
func (c *robotsCache) get(ctx context.Context, u *url.URL) robotsRules {
	key := hostKey(u.Scheme, u.Host)
	c.mu.Lock()
	e := c.hosts[key]
	if e != nil {
		select {
		case <-e.ready:
			if c.now().Sub(e.fetched) > e.ttl {
				e = nil
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
		var ok bool
		e.data, ok = c.fetch(ctx, u)
		e.fetched = c.now()
		e.ttl = robotsTTL
		if !ok {
			// A failed or 5xx robots.txt is retried sooner than a good one.
			e.ttl = robotsRetryTTL
		}
		if ctx.Err() != nil {
			// Do not remember a fetch that was cut short by our own cancellation.
			e.data = disallowAll
			c.mu.Lock()
			delete(c.hosts, key)
			c.mu.Unlock()
		}
		close(e.ready)
	}
	select {
	case <-e.ready:
		return robotsRules{data: e.data}
	case <-ctx.Done():
		// The request itself will fail on ctx; refuse rather than guess.
		return robotsRules{data: disallowAll}
	}
}

var disallowAll, _ = robotstxt.FromStatusAndBytes(http.StatusInternalServerError, nil)

// fetch follows temoto/robotstxt's reading of status codes: 4xx allows all,
// 5xx disallows all. A network failure allows all, as most crawlers do, since
// the page fetches that follow fail on their own if the host is down.
func (c *robotsCache) fetch(ctx context.Context, u *url.URL) (*robotstxt.RobotsData, bool) {
	ru := url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, ru.String(), nil)
	if err != nil {
		return nil, false
	}
	resp, err := c.client.Do(req)
	if err != nil {
		return nil, false
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, robotsMaxBody))
	if err != nil {
		return nil, false
	}
	data, err := robotstxt.FromStatusAndBytes(resp.StatusCode, body)
	if err != nil {
		return nil, false
	}
	return data, resp.StatusCode < 500
}
