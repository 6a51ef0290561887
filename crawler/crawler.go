package crawler

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"time"

	"github.com/claimwatch/claimwatch/sources"
)

// Options configure a Crawler.
type Options struct {
	State  *State
	Logger *slog.Logger // nil: log nothing
	// Transport, when set, replaces the default HTTP transport (tests).
	Transport http.RoundTripper
	// Progress, when set, is called as counts change (for a terminal progress line).
	Progress func(Stats)
	// Now returns the current time; nil means time.Now.
	Now func() time.Time
}

// Crawler runs crawl passes over sources.
type Crawler struct {
	opts Options
}

// New returns a Crawler.
func New(opts Options) *Crawler { return &Crawler{opts: opts} }

// Crawl runs one pass over src: discover, fetch new or changed articles (at
// most src.MaxPages), hand them to sink. It returns an error only when the
// source could not be crawled at all; per-page errors are counted in Stats.
// The run's Stats are also saved in the State.
func (c *Crawler) Crawl(ctx context.Context, src sources.Source, sink Sink) (Stats, error) {
	return Stats{}, errors.New("crawler: not implemented")
}

// Discover returns up to limit article URLs of src without fetching articles
// or touching state (for dry runs).
func (c *Crawler) Discover(ctx context.Context, src sources.Source, limit int) ([]string, error) {
	return nil, errors.New("crawler: not implemented")
}

// Fetch fetches one page with src's politeness and decoding rules, without
// consulting or updating seen-state (for dry runs and `extract --url`).
func (c *Crawler) Fetch(ctx context.Context, src sources.Source, url string) (Page, error) {
	return Page{}, errors.New("crawler: not implemented")
}
