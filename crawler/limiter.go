package crawler

import (
	"context"
	"sync"
	"time"
)

// hostLimiter is the one gate every request of a Crawler passes, whatever
// fetched it (colly for articles, net/http for robots.txt, feeds and
// sitemaps): at most par requests in flight per host, request starts at
// least delay apart, and no start before a Retry-After deadline.
type hostLimiter struct {
	mu    sync.Mutex
	hosts map[string]*hostGate
	now   func() time.Time
}

type hostGate struct {
	inFlight  int
	nextStart time.Time
	changed   chan struct{} // closed and replaced whenever a slot frees
}

func newHostLimiter(now func() time.Time) *hostLimiter {
	return &hostLimiter{hosts: map[string]*hostGate{}, now: now}
}

func (l *hostLimiter) gate(host string) *hostGate {
	g := l.hosts[host]
	if g == nil {
		g = &hostGate{changed: make(chan struct{})}
		l.hosts[host] = g
	}
	return g
}

// acquire waits for a slot on host; the caller must call the returned release.
func (l *hostLimiter) acquire(ctx context.Context, host string, delay time.Duration, par int) (release func(), err error) {
	if par < 1 {
		par = 1
	}
	for {
		l.mu.Lock()
		g := l.gate(host)
		now := l.now()
		if g.inFlight < par && !now.Before(g.nextStart) {
			g.inFlight++
			g.nextStart = now.Add(delay)
			l.mu.Unlock()
			var once sync.Once
			return func() { once.Do(func() { l.release(host) }) }, nil
		}
		var wait <-chan time.Time
		var timer *time.Timer
		if g.inFlight < par {
			timer = time.NewTimer(g.nextStart.Sub(now))
			wait = timer.C
		}
		changed := g.changed
		l.mu.Unlock()
		select {
		case <-ctx.Done():
			if timer != nil {
				timer.Stop()
			}
			return nil, ctx.Err()
		case <-wait:
		case <-changed:
			if timer != nil {
				timer.Stop()
			}
		}
	}
}

func (l *hostLimiter) release(host string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	g := l.gate(host)
	g.inFlight--
	close(g.changed)
	g.changed = make(chan struct{})
}

// holdUntil keeps new requests to host from starting before t (Retry-After).
func (l *hostLimiter) holdUntil(host string, t time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	g := l.gate(host)
	if t.After(g.nextStart) {
		g.nextStart = t
	}
	close(g.changed)
	g.changed = make(chan struct{})
}
