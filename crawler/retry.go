package crawler

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Error kinds counted in Stats.Errors.
const (
	kindRobots    = "robots"
	kindHTTP4xx   = "http_4xx"
	kindHTTP5xx   = "http_5xx"
	kindTimeout   = "timeout"
	kindNetwork   = "network"
	kindTooLarge  = "too_large"
	kindPrivate   = "private_address"
	kindDecode    = "decode"
	kindSink      = "sink"
	kindCancelled = "cancelled"
	kindOffsite   = "offsite"
)

// ErrOffsite is returned (wrapped) when an article redirects to a host
// outside the source's allowed domains.
var ErrOffsite = errors.New("crawler: redirect outside allowed domains")

// errTooLarge is returned (wrapped) for a body over the source's MaxBody.
var errTooLarge = errors.New("crawler: body larger than max_body")

// httpStatusError is a final non-2xx/304 answer.
type httpStatusError struct {
	URL    string
	Status int
}

func (e *httpStatusError) Error() string {
	return "crawler: " + e.URL + ": HTTP " + strconv.Itoa(e.Status)
}

// fetchError names the URL of a failed request once: net/http's *url.Error
// would add `Get "URL":` before a cause that often names it already
// (robots, redirects), which made last_error hard to read.
func fetchError(u string, err error) error {
	var ue *url.Error
	if errors.As(err, &ue) && ue.Err != nil {
		err = ue.Err
	}
	if strings.HasPrefix(err.Error(), "crawler: ") && strings.Contains(err.Error(), u) {
		return err // our own transport's or redirect policy's error, naming u already
	}
	return fmt.Errorf("crawler: fetch %s: %w", u, err)
}

// errorKind maps an error to its Stats.Errors key.
func errorKind(err error) string {
	var se *httpStatusError
	var ne net.Error
	switch {
	case errors.As(err, &se):
		if se.Status >= 500 {
			return kindHTTP5xx
		}
		return kindHTTP4xx
	case errors.Is(err, ErrRobots):
		return kindRobots
	case errors.Is(err, ErrPrivateAddress):
		return kindPrivate
	case errors.Is(err, ErrOffsite):
		return kindOffsite
	case errors.Is(err, errTooLarge):
		return kindTooLarge
	case errors.Is(err, errDecode):
		return kindDecode
	case errors.Is(err, context.Canceled):
		return kindCancelled
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &ne) && ne.Timeout():
		return kindTimeout
	}
	return kindNetwork
}

// retryable reports whether another attempt could succeed.
func retryable(err error) bool {
	switch errorKind(err) {
	case kindHTTP5xx, kindTimeout, kindNetwork:
		return true
	case kindHTTP4xx:
		var se *httpStatusError
		return errors.As(err, &se) && se.Status == http.StatusTooManyRequests
	}
	return false
}

// parseRetryAfter reads a Retry-After value: delay-seconds or an HTTP date.
func parseRetryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if n, err := strconv.ParseInt(v, 10, 64); err == nil {
		if n < 0 {
			return 0, false
		}
		if n > int64(24*time.Hour/time.Second) {
			n = int64(24 * time.Hour / time.Second)
		}
		return time.Duration(n) * time.Second, true
	}
	t, err := http.ParseTime(v)
	if err != nil {
		return 0, false
	}
	d := t.Sub(now)
	if d < 0 {
		d = 0
	}
	return d, true
}

// backoff is base·2^attempt, capped, so repeated failures slow down quickly
// without one bad host stalling a run for long.
func backoff(base time.Duration, attempt int) time.Duration {
	const maxBackoff = 30 * time.Second
	d := base
	for i := 0; i < attempt && d < maxBackoff; i++ {
		d *= 2
	}
	return min(d, maxBackoff)
}

// sleepCtx waits d or until ctx is done.
func sleepCtx(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
