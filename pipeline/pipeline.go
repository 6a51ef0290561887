// Package pipeline owns one source's trip through the system: crawl it, turn
// each new or changed page into an article and claims, and upsert them into
// the index. It is the glue between crawler, extract and index, and the only
// place that knows all three.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/claimwatch/claimwatch/crawler"
	"github.com/claimwatch/claimwatch/extract"
	"github.com/claimwatch/claimwatch/index"
	"github.com/claimwatch/claimwatch/sources"
)

// ClaimFinder finds claims in an article (extract.ClaimExtractor does).
type ClaimFinder interface {
	Claims(doc extract.Document) []extract.Claim
}

// ClaimFinderFunc adapts a function such as extract.Claims to ClaimFinder.
type ClaimFinderFunc func(doc extract.Document) []extract.Claim

// Claims calls f.
func (f ClaimFinderFunc) Claims(doc extract.Document) []extract.Claim { return f(doc) }

// DefaultBatchSize is how many pages are upserted at once during a crawl.
const DefaultBatchSize = 50

// Options configure a Pipeline.
type Options struct {
	Crawler *crawler.Crawler
	Index   *index.Index
	Claims  ClaimFinder  // nil: extract.Claims with the built-in catalogue
	Logger  *slog.Logger // nil: log nothing
	Now     func() time.Time
	// BatchSize is how many pages are upserted at once; 0 means DefaultBatchSize.
	BatchSize int
	// OnIndexed, when set, is called after each successful upsert with the
	// entries stored (serve feeds its claim metrics from it).
	OnIndexed func(source string, entries []index.Entry)
	// Runs, when set, stores each run's final Stats (crawler.State does).
	// The crawler saves its own counts as it ends; only the pipeline knows
	// which pages reached the index, so it saves the corrected Stats over
	// them (same Start), and the sources page shows them after a restart.
	Runs RunRecorder
}

// RunRecorder stores a run's Stats, replacing an entry with the same Start.
type RunRecorder interface {
	SaveRun(st crawler.Stats) error
}

// crawlService is what the pipeline needs of the crawler.
type crawlService interface {
	Crawl(ctx context.Context, src sources.Source, sink crawler.Sink) (crawler.Stats, error)
	Discover(ctx context.Context, src sources.Source, limit int) ([]string, error)
	Fetch(ctx context.Context, src sources.Source, url string) (crawler.Page, error)
}

// upserter is what the pipeline needs of the index.
type upserter interface {
	Upsert(ctx context.Context, entries ...index.Entry) error
}

// Pipeline runs sources through crawl, extract and index. It is safe for
// concurrent use by several sources at once.
type Pipeline struct {
	opts   Options
	log    *slog.Logger
	crawl  crawlService
	index  upserter
	claims ClaimFinder
	runs   RunRecorder

	// active are the batchers of running Runs, for Abandon.
	activeMu  sync.Mutex
	active    map[*batcher]bool
	abandoned bool
}

// ErrAbandoned is what the sink answers once Abandon has been called: the
// crawler then does not mark the page seen, so the next run fetches it.
var ErrAbandoned = errors.New("pipeline: abandoned at forced shutdown")

// Abandon stores what running Runs have accepted but not yet indexed and
// makes them refuse every page after that, so that a process exiting without
// waiting for its crawls leaves no page marked seen that is not in the
// index. New Runs fail. It returns how many pages it stored.
func (p *Pipeline) Abandon(ctx context.Context) (int, error) {
	p.activeMu.Lock()
	defer p.activeMu.Unlock()
	p.abandoned = true
	n := 0
	var errs []error
	for b := range p.active {
		b.mu.Lock()
		pending := len(b.pending)
		if err := b.flushLocked(ctx); err != nil {
			errs = append(errs, err)
		} else {
			n += pending
		}
		b.closed = true
		b.mu.Unlock()
	}
	return n, errors.Join(errs...)
}

// New returns a Pipeline.
func New(opts Options) *Pipeline {
	p := &Pipeline{opts: opts}
	// Typed nils must not become non-nil interfaces.
	var cs crawlService
	if opts.Crawler != nil {
		cs = opts.Crawler
	}
	var ix upserter
	if opts.Index != nil {
		ix = opts.Index
	}
	if st, ok := opts.Runs.(*crawler.State); ok && st == nil {
		p.opts.Runs = nil
	}
	p.init(cs, ix)
	return p
}

func (p *Pipeline) init(cs crawlService, ix upserter) {
	p.crawl, p.index = cs, ix
	p.log = p.opts.Logger
	if p.log == nil {
		p.log = slog.New(slog.DiscardHandler)
	}
	if p.opts.Now == nil {
		p.opts.Now = time.Now
	}
	if p.opts.BatchSize <= 0 {
		p.opts.BatchSize = DefaultBatchSize
	}
	p.claims = p.opts.Claims
	if p.claims == nil {
		p.claims = ClaimFinderFunc(extract.Claims)
	}
	p.runs = p.opts.Runs
}

// Process turns one fetched page into what the index stores for it. It does
// no I/O, so it can be tested and reused without a crawl.
func (p *Pipeline) Process(src sources.Source, page crawler.Page) (index.Entry, error) {
	doc, err := p.extract(src, page)
	if err != nil {
		return index.Entry{}, err
	}
	claims := p.claims.Claims(doc)
	published := doc.Published
	if published.IsZero() {
		published = page.FeedPublished
	}
	fetched := page.FetchedAt
	if fetched.IsZero() {
		fetched = p.opts.Now()
	}
	return index.Entry{
		Article: index.ArticleDoc{
			ID:         index.ArticleID(doc.URL),
			URL:        doc.URL,
			Source:     src.Name,
			Outlet:     src.Outlet,
			Country:    src.Country,
			Language:   doc.Language,
			Title:      doc.Title,
			Authors:    doc.Authors,
			Published:  published,
			Fetched:    fetched,
			Text:       doc.Text,
			Tags:       src.Tags,
			ClaimCount: len(claims),
		},
		Claims: claims,
	}, nil
}

// extract runs article extraction with the source's hints and fills what the
// page left out from the source and the crawl.
func (p *Pipeline) extract(src sources.Source, page crawler.Page) (extract.Document, error) {
	doc, err := extract.Article(page.Body, page.URL, extract.Hints{
		Selectors:     extract.Selectors(src.Selectors),
		Language:      src.Language,
		Now:           p.opts.Now(),
		FeedTitle:     page.FeedTitle,
		FeedPublished: page.FeedPublished,
	})
	if err != nil {
		return extract.Document{}, fmt.Errorf("pipeline: extract %s: %w", page.URL, err)
	}
	if strings.TrimSpace(doc.Text) == "" {
		return extract.Document{}, fmt.Errorf("pipeline: extract %s: no article text found", page.URL)
	}
	for _, u := range []string{page.CanonicalURL, page.URL} {
		if doc.URL != "" {
			break
		}
		doc.URL = u
	}
	if doc.Language == "" {
		doc.Language = src.Language
	}
	if doc.Published.IsZero() {
		doc.Published = page.FeedPublished
	}
	return doc, nil
}

// Run crawls src once and indexes what is new or changed. Pages are upserted
// in batches; a batch that fails is retried once at the end of the run. A
// page that fails extraction counts as Errors["extract"] (and is fetched
// again only when it changes), one that could not be stored as Errors["index"].
// It returns the crawler's Stats with Indexed set to the pages stored, and
// saves them in Options.Runs.
func (p *Pipeline) Run(ctx context.Context, src sources.Source) (crawler.Stats, error) {
	if p.crawl == nil || p.index == nil {
		return crawler.Stats{}, errors.New("pipeline: Run needs a crawler and an index")
	}
	b := &batcher{ix: p.index, size: p.opts.BatchSize, log: p.log.With(slog.String("source", src.Name))}
	if p.opts.OnIndexed != nil {
		b.onIndexed = func(es []index.Entry) { p.opts.OnIndexed(src.Name, es) }
	}
	p.activeMu.Lock()
	if p.abandoned {
		p.activeMu.Unlock()
		return crawler.Stats{Source: src.Name, Status: crawler.StatusSkipped}, ErrAbandoned
	}
	if p.active == nil {
		p.active = map[*batcher]bool{}
	}
	p.active[b] = true
	p.activeMu.Unlock()
	defer func() {
		p.activeMu.Lock()
		delete(p.active, b)
		p.activeMu.Unlock()
	}()
	sink := crawler.SinkFunc(func(ctx context.Context, page crawler.Page) error {
		e, err := p.Process(src, page)
		if err != nil {
			// Remembered as seen by the crawler and counted as an extract
			// error: extraction is deterministic, so fetching the same bytes
			// again next run would only cost the outlet a request. A
			// changed page is fetched and tried again.
			return &crawler.UnusableError{Kind: "extract", Err: err}
		}
		return b.add(ctx, e)
	})
	stats, err := p.crawl.Crawl(ctx, src, sink)
	// What the sink accepted is stored even when the run was cancelled, so a
	// shutdown never drops pages the crawler has already marked seen. This
	// is also the retry of a batch that failed during the run.
	if err := b.flush(context.WithoutCancel(ctx)); err != nil {
		b.failPending(err)
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if stats.Errors == nil {
		stats.Errors = map[string]int{}
	}
	if b.indexErrs > 0 {
		stats.Errors["index"] += b.indexErrs
		if stats.LastError == "" {
			stats.LastError = b.lastErr
		}
	}
	stats.Indexed = b.indexed
	if stats.Source == "" {
		stats.Source = src.Name
	}
	if p.runs != nil && !stats.Start.IsZero() {
		if serr := p.runs.SaveRun(stats); serr != nil {
			p.log.Error("save run stats", slog.String("source", src.Name), slog.String("error", serr.Error()))
		}
	}
	if err != nil {
		return stats, fmt.Errorf("pipeline: crawl %s: %w", src.Name, err)
	}
	return stats, nil
}

// batcher collects entries from concurrent sink calls and upserts them N at a time.
type batcher struct {
	ix        upserter
	size      int
	log       *slog.Logger
	onIndexed func([]index.Entry)

	mu        sync.Mutex
	pending   []index.Entry
	indexed   int
	indexErrs int
	lastErr   string
	// deferred is set when an upsert failed during the run: entries then
	// wait for the final flush instead of failing again batch after batch.
	deferred bool
	// closed is set by Pipeline.Abandon: pages are refused from then on.
	closed bool
}

// add queues e and upserts the queue when it is full. A failed upsert keeps
// the entries for the final flush: the crawler has already counted these
// pages as accepted and will not fetch them again unless they change.
func (b *batcher) add(ctx context.Context, e index.Entry) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return ErrAbandoned
	}
	b.pending = append(b.pending, e)
	if b.deferred || len(b.pending) < b.size {
		return nil
	}
	if err := b.flushLocked(ctx); err != nil {
		b.deferred = true
		b.log.Warn("index upsert failed; retrying at the end of the run",
			slog.Int("pages", len(b.pending)), slog.String("error", err.Error()))
	}
	return nil
}

// flush upserts everything pending, keeping it pending on failure.
func (b *batcher) flush(ctx context.Context) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.flushLocked(ctx)
}

// flushLocked holds the lock across the upsert so batches reach the index
// in the order pages arrived.
func (b *batcher) flushLocked(ctx context.Context) error {
	if len(b.pending) == 0 {
		return nil
	}
	if err := b.ix.Upsert(ctx, b.pending...); err != nil {
		return fmt.Errorf("pipeline: upsert %d pages: %w", len(b.pending), err)
	}
	b.indexed += len(b.pending)
	if b.onIndexed != nil {
		b.onIndexed(b.pending)
	}
	b.pending = nil
	return nil
}

// failPending counts what could not be stored even at the end of the run.
func (b *batcher) failPending(err error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.indexErrs += len(b.pending)
	b.lastErr = err.Error()
	b.log.Error("index upsert failed; pages not stored", slog.Int("pages", len(b.pending)), slog.String("error", err.Error()))
	b.pending = nil
}

// Preview is what a dry run yields for one article.
type Preview struct {
	URL    string           `json:"url"`
	Doc    extract.Document `json:"article"`
	Claims []extract.Claim  `json:"claims"`
	Err    string           `json:"error,omitempty"`
}

// DefaultDryRunLimit is how many articles a dry run looks at when not told.
const DefaultDryRunLimit = 5

// DryRun discovers up to limit articles of src, fetches and extracts them
// and returns what would be indexed, touching neither index nor crawl state.
// A page that cannot be fetched or extracted yields a Preview with Err set.
func (p *Pipeline) DryRun(ctx context.Context, src sources.Source, limit int) ([]Preview, error) {
	if p.crawl == nil {
		return nil, errors.New("pipeline: DryRun needs a crawler")
	}
	if limit <= 0 {
		limit = DefaultDryRunLimit
	}
	urls, err := p.crawl.Discover(ctx, src, limit)
	if err != nil {
		return nil, fmt.Errorf("pipeline: discover %s: %w", src.Name, err)
	}
	if len(urls) > limit {
		urls = urls[:limit]
	}
	out := make([]Preview, 0, len(urls))
	for _, u := range urls {
		if err := ctx.Err(); err != nil {
			return out, fmt.Errorf("pipeline: dry run %s: %w", src.Name, err)
		}
		pv := Preview{URL: u}
		page, err := p.crawl.Fetch(ctx, src, u)
		if err != nil {
			pv.Err = err.Error()
			out = append(out, pv)
			continue
		}
		doc, err := p.extract(src, page)
		if err != nil {
			pv.Err = err.Error()
			out = append(out, pv)
			continue
		}
		pv.Doc = doc
		pv.Claims = p.claims.Claims(doc)
		out = append(out, pv)
	}
	return out, nil
}
