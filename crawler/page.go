package crawler

import (
	"context"
	"time"
)

// Page is one fetched article page, decoded to UTF-8.
type Page struct {
	Source       string // source name
	URL          string // final URL after redirects
	CanonicalURL string // from <link rel=canonical>/og:url, cleaned; URL when absent
	Body         []byte // valid UTF-8
	Charset      string // charset the page was decoded from
	Status       int
	FetchedAt    time.Time
	ContentHash  string // hash of Body, to tell changed reports from unchanged
	// Where the URL was found, and what that entry said of it (fallbacks for extraction).
	Via           string // "feed", "sitemap" or "start"
	FeedTitle     string
	FeedPublished time.Time
}

// Sink receives pages that are new or changed. Returning an error counts the
// page as failed (it will be fetched again next run); it does not stop the crawl.
type Sink interface {
	HandlePage(ctx context.Context, p Page) error
}

// SinkFunc adapts a function to Sink.
type SinkFunc func(ctx context.Context, p Page) error

// HandlePage calls f.
func (f SinkFunc) HandlePage(ctx context.Context, p Page) error { return f(ctx, p) }

// UnusableError is what a sink returns (wrapped or not) for a page that was
// fetched fine but yields nothing to keep, such as one without article text.
// Unlike other sink errors the page is remembered as seen, since the same
// bytes would fail the same way and refetching them only costs the outlet a
// request; it is counted as Errors[Kind], not as Indexed, so progress and
// run stats never report it as indexed.
type UnusableError struct {
	Kind string // Stats.Errors key, e.g. "extract"
	Err  error
}

func (e *UnusableError) Error() string { return e.Err.Error() }

func (e *UnusableError) Unwrap() error { return e.Err }
