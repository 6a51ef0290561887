package crawler

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"net/http"
	"sync"
	"time"

	"github.com/gocolly/colly/v2"

	"github.com/claimwatch/claimwatch/sources"
	"github.com/claimwatch/claimwatch/urlnorm"
)

// Options configure a Crawler.
type Options struct {
	State  *State
	Logger *slog.Logger // nil: log nothing
	// Transport, when set, replaces the default HTTP transport (tests). The
	// private-address check lives in the default transport's dialer, so it
	// does not apply to a replacement.
	Transport http.RoundTripper
	// Progress, when set, is called as counts change (for a terminal progress line).
	Progress func(Stats)
	// OnFetch, when set, is called after every HTTP request a run makes
	// (articles, feeds, sitemaps, robots.txt, each redirect hop) with the
	// time it took on the wire, not counting politeness waits (serve feeds
	// its fetch-duration metric from it). It must be safe for concurrent use.
	OnFetch func(source string, d time.Duration, err error)
	// Now returns the current time; nil means time.Now.
	Now func() time.Time

	// Retries is how many times a network error, timeout, 429 or 5xx is
	// retried (0: 2; negative: never).
	Retries int
	// RetryBackoff is the first wait before a retry, doubled each time
	// (0: 1s). A Retry-After header replaces it.
	RetryBackoff time.Duration
	// MaxRetryAfter caps how long a Retry-After header makes us wait (0: 2m).
	MaxRetryAfter time.Duration
	// Grace is how long fetches already running may finish after ctx is
	// cancelled (0: 5s).
	Grace time.Duration
	// MaxSitemaps bounds the child sitemaps followed per sitemap index,
	// newest lastmod first (0: 20); SitemapDepth bounds nesting (0: 3).
	MaxSitemaps  int
	SitemapDepth int
}

// Crawler runs crawl passes over sources. One Crawler shares its host
// limiter and robots.txt cache between all sources and runs, so two sources
// on one host do not double its load.
type Crawler struct {
	opts Options
	tr   *transport
}

// New returns a Crawler.
func New(opts Options) *Crawler {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	switch {
	case opts.Retries == 0:
		opts.Retries = 2
	case opts.Retries < 0:
		opts.Retries = 0
	}
	if opts.RetryBackoff <= 0 {
		opts.RetryBackoff = time.Second
	}
	if opts.MaxRetryAfter <= 0 {
		opts.MaxRetryAfter = 2 * time.Minute
	}
	if opts.Grace <= 0 {
		opts.Grace = 5 * time.Second
	}
	if opts.MaxSitemaps <= 0 {
		opts.MaxSitemaps = 20
	}
	if opts.SitemapDepth <= 0 {
		opts.SitemapDepth = 3
	}
	return &Crawler{opts: opts, tr: newTransport(opts.Transport)}
}

// Defaults for Source fields left zero (sources.Parse fills them; literals in
// tests and tools may not).
const (
	defaultTimeout  = 30 * time.Second
	defaultMaxBody  = 10 << 20
	defaultMaxPages = 100
)

// fetched is one HTTP answer, whoever made the request.
type fetched struct {
	status      int
	header      http.Header
	body        []byte
	contentType string
	finalURL    string
}

// run is the working state of one Crawl, Discover or Fetch call.
type run struct {
	c         *Crawler
	src       sources.Source
	pol       *policy
	state     *State // nil for dry runs
	log       *slog.Logger
	fctx      context.Context // fetches: outlives ctx by the grace period
	client    *http.Client
	collector *colly.Collector
	maxBody   int64
	maxPages  int
	allowed   []string

	mu     sync.Mutex
	stats  Stats
	issued int // article fetches started, against maxPages

	progMu sync.Mutex // serializes Progress calls from the workers
}

func (c *Crawler) newRun(ctx context.Context, src sources.Source, state *State) (*run, context.CancelFunc) {
	pol := &policy{
		userAgent:     src.UserAgent,
		delay:         src.Delay,
		par:           max(src.Parallelism, 1),
		timeout:       src.Timeout,
		respectRobots: src.RespectRobots,
		allowPrivate:  src.AllowPrivate,
		maxRetryAfter: c.opts.MaxRetryAfter,
		runStart:      time.Now(),
	}
	if on := c.opts.OnFetch; on != nil {
		pol.onFetch = func(d time.Duration, err error) { on(src.Name, d, err) }
	}
	if pol.userAgent == "" {
		pol.userAgent = defaultUserAgent
	}
	if pol.timeout <= 0 {
		pol.timeout = defaultTimeout
	}
	// Fetches run on a context that ends Grace after ctx does, so a SIGTERM
	// lets pages in flight finish (and reach the sink) without starting new ones.
	fctx, cancel := context.WithCancel(withPolicy(context.WithoutCancel(ctx), pol))
	stop := context.AfterFunc(ctx, func() {
		t := time.NewTimer(c.opts.Grace)
		defer t.Stop()
		select {
		case <-t.C:
			cancel()
		case <-fctx.Done():
		}
	})
	r := &run{
		c:        c,
		src:      src,
		pol:      pol,
		state:    state,
		log:      c.opts.Logger.With(slog.String("source", src.Name)),
		fctx:     fctx,
		maxBody:  src.MaxBody,
		maxPages: src.MaxPages,
		allowed:  allowedDomains(src),
		stats:    Stats{Source: src.Name, Start: c.opts.Now(), Errors: map[string]int{}},
	}
	if r.maxBody <= 0 {
		r.maxBody = defaultMaxBody
	}
	if r.maxPages <= 0 {
		r.maxPages = defaultMaxPages
	}
	r.client = &http.Client{Transport: c.tr, CheckRedirect: func(req *http.Request, via []*http.Request) error {
		if len(via) >= 10 {
			return fmt.Errorf("crawler: %s: more than 10 redirects", via[0].URL)
		}
		return nil
	}}
	r.collector = r.newCollector()
	return r, func() { stop(); cancel() }
}

// Crawl runs one pass over src: discover, fetch new or changed articles (at
// most src.MaxPages), hand them to sink. It returns an error only when the
// source could not be crawled at all; per-page errors are counted in Stats.
// The run's Stats are also saved in the State. When ctx is cancelled, fetches
// in flight get Options.Grace to finish, no new ones start, and the partial
// Stats are returned with an error wrapping ctx.Err().
func (c *Crawler) Crawl(ctx context.Context, src sources.Source, sink Sink) (Stats, error) {
	if c.opts.State == nil {
		return Stats{}, errors.New("crawler: Crawl needs Options.State")
	}
	r, done := c.newRun(ctx, src, c.opts.State)
	defer done()
	r.log.Info("crawl start")

	disc := r.discover(ctx)
	cands := r.candidates(disc.entries)
	r.mu.Lock()
	r.stats.Found = len(cands)
	r.stats.FeedsChanged = disc.changed
	r.mu.Unlock()
	r.progress()

	var err error
	if disc.docs > 0 && disc.failed == disc.docs {
		r.mu.Lock()
		r.stats.Status = StatusFailed
		r.mu.Unlock()
		err = fmt.Errorf("crawler: %s: every feed, sitemap and start url failed: %w", src.Name, disc.lastErr)
	} else if disc.docs == 0 {
		r.mu.Lock()
		r.stats.Status = StatusFailed
		r.stats.LastError = "nothing to crawl: no feeds, sitemaps or start urls"
		r.mu.Unlock()
		err = fmt.Errorf("crawler: %s: no feeds, sitemaps or start urls", src.Name)
	} else {
		r.fetchAll(ctx, cands, sink)
		r.mu.Lock()
		r.stats.Status = StatusOK
		r.mu.Unlock()
		if ctx.Err() != nil {
			err = fmt.Errorf("crawler: %s: interrupted: %w", src.Name, ctx.Err())
		}
	}
	r.mu.Lock()
	r.stats.End = c.opts.Now()
	if err != nil && r.stats.LastError == "" {
		r.stats.LastError = err.Error()
	}
	st := r.snapshot()
	r.mu.Unlock()
	if serr := c.opts.State.saveRun(st); serr != nil {
		r.log.Error("save run stats", slog.String("error", serr.Error()))
	}
	r.log.Info("crawl done",
		slog.String("status", st.Status), slog.Int("found", st.Found), slog.Int("fetched", st.Fetched),
		slog.Int("unchanged", st.Unchanged), slog.Int("syndicated", st.Syndicated), slog.Int("indexed", st.Indexed), slog.Int("errors", countErrors(st)),
		slog.Bool("feeds_changed", st.FeedsChanged), slog.Duration("took", st.End.Sub(st.Start)))
	return st, err
}

// Discover returns up to limit article URLs of src without fetching articles
// or touching state (for dry runs).
func (c *Crawler) Discover(ctx context.Context, src sources.Source, limit int) ([]string, error) {
	r, done := c.newRun(ctx, src, nil)
	defer done()
	disc := r.discover(ctx)
	if disc.docs == 0 {
		return nil, fmt.Errorf("crawler: %s: no feeds, sitemaps or start urls", src.Name)
	}
	if disc.failed == disc.docs {
		return nil, fmt.Errorf("crawler: %s: every feed, sitemap and start url failed: %w", src.Name, disc.lastErr)
	}
	var out []string
	for _, e := range r.candidates(disc.entries) {
		if limit > 0 && len(out) >= limit {
			break
		}
		out = append(out, e.URL)
	}
	return out, nil
}

// Fetch fetches one page with src's politeness and decoding rules, without
// consulting or updating seen-state (for dry runs and `extract --url`).
func (c *Crawler) Fetch(ctx context.Context, src sources.Source, url string) (Page, error) {
	r, done := c.newRun(ctx, src, nil)
	defer done()
	u := urlnorm.Clean(url)
	if !isHTTP(u) {
		return Page{}, fmt.Errorf("crawler: fetch %q: not an http(s) URL", url)
	}
	f, err := r.retry(ctx, u, func() (*fetched, error) { return r.fetchArticle(u, r.articleHeader(nil)) })
	if err != nil {
		return Page{}, err
	}
	return r.page(f, entry{URL: u})
}

// page turns a 200 answer into a Page: decoded, canonical URL found, hashed.
func (r *run) page(f *fetched, e entry) (Page, error) {
	body, cs, err := decodeHTML(f.body, f.contentType)
	if err != nil {
		return Page{}, fmt.Errorf("crawler: %s: %w", f.finalURL, err)
	}
	final := urlnorm.Clean(f.finalURL)
	canonical := scanHTML(body, final, false).Canonical
	if canonical == "" {
		canonical = final
	}
	sum := sha256.Sum256(body)
	return Page{
		Source:        r.src.Name,
		URL:           final,
		CanonicalURL:  canonical,
		Body:          body,
		Charset:       cs,
		Status:        f.status,
		FetchedAt:     r.c.opts.Now(),
		ContentHash:   hex.EncodeToString(sum[:]),
		Via:           e.Via,
		FeedTitle:     e.Title,
		FeedPublished: e.Published,
	}, nil
}

func (r *run) articleHeader(rec *seenRecord) http.Header {
	h := http.Header{}
	h.Set("User-Agent", r.pol.userAgent)
	h.Set("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5")
	if rec != nil {
		if rec.ETag != "" {
			h.Set("If-None-Match", rec.ETag)
		}
		if rec.LastModified != "" {
			h.Set("If-Modified-Since", rec.LastModified)
		}
	}
	return h
}

// retry runs do until it succeeds, fails for good, or attempts run out.
// 429/503 waits come from the host limiter (Retry-After was recorded there
// by the transport, so every request to the host waits); other retryable
// failures back off exponentially.
func (r *run) retry(ctx context.Context, url string, do func() (*fetched, error)) (*fetched, error) {
	for attempt := 0; ; attempt++ {
		f, err := do()
		if err == nil && f.status >= 400 {
			err = &httpStatusError{URL: url, Status: f.status}
		}
		if err == nil {
			return f, nil
		}
		if !retryable(err) || attempt >= r.c.opts.Retries || ctx.Err() != nil {
			return f, err
		}
		wait := backoff(r.c.opts.RetryBackoff, attempt)
		if f != nil && (f.status == http.StatusTooManyRequests || f.status == http.StatusServiceUnavailable) {
			if _, ok := parseRetryAfter(f.header.Get("Retry-After"), time.Now()); ok {
				wait = 0
			}
		}
		r.log.Debug("retry", slog.String("url", url), slog.Int("attempt", attempt+1),
			slog.String("error", err.Error()), slog.Duration("wait", wait))
		if err := sleepCtx(ctx, wait); err != nil {
			return f, fmt.Errorf("crawler: %s: %w", url, err)
		}
	}
}

// fetchPlain makes one attempt at a feed, sitemap or start page with
// net/http (through the same transport as colly's requests), reading at most
// limit bytes.
func (r *run) fetchPlain(url string, hdr http.Header, limit int64) (*fetched, error) {
	req, err := http.NewRequestWithContext(r.fctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, fmt.Errorf("crawler: bad url %q: %w", url, err)
	}
	req.Header = hdr
	resp, err := r.client.Do(req)
	if err != nil {
		return nil, fetchError(url, err)
	}
	defer resp.Body.Close()
	if resp.ContentLength > limit {
		return nil, fmt.Errorf("%w (%d bytes): %s", errTooLarge, limit, url)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, fmt.Errorf("crawler: read %s: %w", url, err)
	}
	if int64(len(body)) > limit {
		return nil, fmt.Errorf("%w (%d bytes): %s", errTooLarge, limit, url)
	}
	return &fetched{
		status:      resp.StatusCode,
		header:      resp.Header,
		body:        body,
		contentType: resp.Header.Get("Content-Type"),
		finalURL:    resp.Request.URL.String(),
	}, nil
}

// countError records a per-page or per-document failure.
func (r *run) countError(url string, err error) {
	kind := errorKind(err)
	r.mu.Lock()
	r.stats.Errors[kind]++
	r.stats.LastError = err.Error()
	r.mu.Unlock()
	r.log.Warn("fetch failed", slog.String("url", url), slog.String("kind", kind), slog.String("error", err.Error()))
}

// snapshot copies the stats; the caller holds r.mu.
func (r *run) snapshot() Stats {
	st := r.stats
	st.Errors = maps.Clone(r.stats.Errors)
	return st
}

func (r *run) progress() {
	if r.c.opts.Progress == nil {
		return
	}
	r.progMu.Lock()
	defer r.progMu.Unlock()
	r.mu.Lock()
	st := r.snapshot()
	r.mu.Unlock()
	r.c.opts.Progress(st)
}

func countErrors(st Stats) int {
	n := 0
	for _, v := range st.Errors {
		n += v
	}
	return n
}
