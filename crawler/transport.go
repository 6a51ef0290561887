package crawler

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"
)

// policy is the per-source politeness a request carries in its context, so
// one shared transport can serve every source of a Crawler.
type policy struct {
	userAgent     string
	delay         time.Duration
	par           int
	timeout       time.Duration
	respectRobots bool
	allowPrivate  bool
	maxRetryAfter time.Duration
	// runStart (wall clock) lets the robots.txt cache retry, for each new
	// run, a robots.txt that was unreachable for an earlier one.
	runStart time.Time
	// onFetch, when set, is told how long each request took on the wire
	// (after the host limiter's wait), body included.
	onFetch func(d time.Duration, err error)
}

type policyKey struct{}

func withPolicy(ctx context.Context, p *policy) context.Context {
	return context.WithValue(ctx, policyKey{}, p)
}

func policyFrom(ctx context.Context) *policy {
	if p, ok := ctx.Value(policyKey{}).(*policy); ok {
		return p
	}
	return &policy{userAgent: defaultUserAgent, delay: time.Second, par: 1, timeout: 30 * time.Second, respectRobots: true}
}

// transport is the single RoundTripper under every request a Crawler makes,
// including each hop of a redirect: it applies robots.txt (with
// Crawl-delay), the per-host limiter, the per-request timeout and Retry-After.
// Putting this below colly rather than in colly callbacks is what makes
// feeds, sitemaps, robots.txt and redirects obey the same rules as articles.
type transport struct {
	lim     *hostLimiter
	robots  *robotsCache
	public  http.RoundTripper // refuses private addresses at dial time
	private http.RoundTripper // allows them (tests, demo)
}

// newTransport uses the wall clock throughout (not Options.Now): waits,
// Retry-After dates and robots.txt expiry are about real time.
func newTransport(base http.RoundTripper) *transport {
	t := &transport{lim: newHostLimiter(time.Now)}
	if base != nil {
		t.public, t.private = base, base
	} else {
		t.public, t.private = newBaseTransport(false), newBaseTransport(true)
	}
	t.robots = newRobotsCache(&http.Client{Transport: t}, time.Now)
	return t
}

// newBaseTransport is set up field by field so that nothing in the
// environment changes behaviour: in particular no HTTP(S)_PROXY, since a
// proxy would dial on our behalf and bypass the private-address check.
func newBaseTransport(allowPrivate bool) *http.Transport {
	d := &net.Dialer{Timeout: 15 * time.Second, KeepAlive: 30 * time.Second}
	if !allowPrivate {
		d.Control = refusePrivate
	}
	return &http.Transport{
		Proxy:                 nil,
		DialContext:           d.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          64,
		MaxIdleConnsPerHost:   4,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   15 * time.Second,
		ExpectContinueTimeout: time.Second,
	}
}

func hostKey(scheme, host string) string {
	return strings.ToLower(scheme) + "://" + strings.ToLower(host)
}

func (t *transport) RoundTrip(req *http.Request) (*http.Response, error) {
	ctx := req.Context()
	p := policyFrom(ctx)
	host := hostKey(req.URL.Scheme, req.URL.Host)
	delay := p.delay
	if p.respectRobots && req.URL.Path != "/robots.txt" {
		rules := t.robots.get(ctx, req.URL, p.runStart)
		if !rules.allowed(req.URL, p.userAgent) {
			if rules.netErr != nil {
				return nil, fmt.Errorf("crawler: %s: robots.txt unreachable (asked again next run): %w", req.URL, rules.netErr)
			}
			if rules.unreachable != "" {
				return nil, fmt.Errorf("%w: %s (robots.txt unreachable: %s; asked again next run)", ErrRobots, req.URL, rules.unreachable)
			}
			return nil, fmt.Errorf("%w: %s", ErrRobots, req.URL)
		}
		if cd := rules.crawlDelay(p.userAgent); cd > delay {
			delay = cd
		}
	}
	release, err := t.lim.acquire(ctx, host, delay, p.par)
	if err != nil {
		return nil, err
	}
	tctx, cancel := context.WithTimeout(ctx, p.timeout)
	r2 := req.WithContext(tctx)
	if r2.Header.Get("User-Agent") == "" {
		r2.Header = req.Header.Clone()
		r2.Header.Set("User-Agent", p.userAgent)
	}
	base := t.public
	if p.allowPrivate {
		base = t.private
	}
	start := time.Now()
	resp, err := base.RoundTrip(r2)
	if err != nil {
		cancel()
		release()
		if p.onFetch != nil {
			p.onFetch(time.Since(start), err)
		}
		return nil, err
	}
	if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable {
		if ra, ok := parseRetryAfter(resp.Header.Get("Retry-After"), time.Now()); ok {
			t.lim.holdUntil(host, time.Now().Add(min(ra, p.maxRetryAfter)))
		}
	}
	resp.Body = &doneBody{ReadCloser: resp.Body, done: func() {
		cancel()
		release()
		if p.onFetch != nil {
			p.onFetch(time.Since(start), nil)
		}
	}}
	return resp, nil
}

// doneBody frees the host slot and the timeout when the body is closed:
// the slot covers the whole download, not just the headers.
type doneBody struct {
	io.ReadCloser
	once sync.Once
	done func()
}

func (b *doneBody) Close() error {
	err := b.ReadCloser.Close()
	b.once.Do(b.done)
	return err
}
