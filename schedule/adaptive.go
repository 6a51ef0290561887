package schedule

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"time"

	"github.com/robfig/cron/v3"
)

// Limits of the adaptive interval. A quiet source is polled at most 8× less
// often than its schedule says; failures back off up to 64× — and neither
// stretches the interval past maxInterval, so an outlet that wakes up again
// is noticed within a day.
const (
	maxQuietFactor  = 8
	maxBackoffShift = 6
	maxInterval     = 24 * time.Hour
)

// parseSpec parses a source's schedule. "@every D" is handled here rather
// than by cron because cron rounds it to whole seconds; everything else (five
// field specs, @hourly, CRON_TZ=...) is cron's standard syntax.
func parseSpec(spec string) (_ cron.Schedule, err error) {
	spec = strings.TrimSpace(spec)
	// cron v3.0.1 panics on some malformed time-zone prefixes ("TZ=").
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("schedule: bad spec %q", spec)
		}
	}()
	if rest, ok := strings.CutPrefix(spec, "@every "); ok {
		d, err := time.ParseDuration(strings.TrimSpace(rest))
		if err != nil || d <= 0 {
			return nil, fmt.Errorf("schedule: bad interval in %q", spec)
		}
		return every(d), nil
	}
	s, err := cron.ParseStandard(spec)
	if err != nil {
		return nil, fmt.Errorf("schedule: bad spec %q: %w", spec, err)
	}
	return s, nil
}

// every is a fixed interval without cron's rounding to seconds.
type every time.Duration

func (e every) Next(t time.Time) time.Time { return t.Add(time.Duration(e)) }

// adaptive wraps a source's base schedule: the next run is pushed out by a
// multiplier that grows while the source's feeds stay unchanged or its runs
// fail, and a little jitter keeps sources sharing a spec from firing in the
// same instant.
type adaptive struct {
	base   cron.Schedule
	jitter time.Duration

	mu       sync.Mutex
	quiet    int // 1, 2, 4 … maxQuietFactor
	failures int
	soon     bool
}

func newAdaptive(base cron.Schedule, jitter time.Duration) *adaptive {
	// Jitter spreads runs out; it must not swamp a short schedule.
	now := time.Now()
	if first := base.Next(now); !first.IsZero() {
		if p := base.Next(first).Sub(first); p > 0 {
			jitter = min(jitter, p/10)
		}
	}
	return &adaptive{base: base, jitter: jitter, quiet: 1}
}

// Next implements cron.Schedule.
func (a *adaptive) Next(t time.Time) time.Time {
	a.mu.Lock()
	soon := a.soon
	a.soon = false
	a.mu.Unlock()
	if soon {
		return t.Add(a.jitterDelay())
	}
	mult := a.multiplier()
	next := a.base.Next(t)
	if next.IsZero() {
		return next
	}
	if mult > 1 {
		// Stepping the base schedule keeps cron specs aligned to their
		// minutes; the cap stops a long chain of steps.
		limit := t.Add(a.capFor(next.Sub(t)))
		for i := 1; i < mult; i++ {
			n := a.base.Next(next)
			if n.IsZero() || n.After(limit) {
				next = limit
				break
			}
			next = n
		}
	}
	return next.Add(a.jitterDelay())
}

func (a *adaptive) jitterDelay() time.Duration {
	if a.jitter <= 0 {
		return 0
	}
	return rand.N(a.jitter)
}

// Interval is the current effective interval, for display.
func (a *adaptive) Interval(now time.Time) time.Duration {
	first := a.base.Next(now)
	if first.IsZero() {
		return 0
	}
	period := a.base.Next(first).Sub(first)
	d := period * time.Duration(a.multiplier())
	return min(d, a.capFor(period))
}

func (a *adaptive) capFor(period time.Duration) time.Duration {
	return max(maxInterval, period)
}

func (a *adaptive) multiplier() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.quiet << min(a.failures, maxBackoffShift)
}

// observe records a finished run and reports whether the multiplier changed.
func (a *adaptive) observe(failed, feedsChanged bool) (changed bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	before := a.quiet << min(a.failures, maxBackoffShift)
	switch {
	case failed:
		a.failures++
	case feedsChanged:
		a.failures = 0
		a.quiet = 1
	default:
		a.failures = 0
		a.quiet = min(a.quiet*2, maxQuietFactor)
	}
	return before != a.quiet<<min(a.failures, maxBackoffShift)
}

func (a *adaptive) consecutiveFailures() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.failures
}

// runSoon makes the next Next return a time within jitter of now, for a
// source never crawled or overdue.
func (a *adaptive) runSoon() {
	a.mu.Lock()
	a.soon = true
	a.mu.Unlock()
}
