package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"sort"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/claimwatch/claimwatch/crawler"
	"github.com/claimwatch/claimwatch/sources"
)

const crawlHelp = `usage: claimwatch crawl [--sources FILE] [--data DIR] [--source NAME ...] [--concurrency N] [--catalog FILE]

Runs one crawl pass over the enabled sources (or only the named ones, even
if disabled) and exits; meant for cron. New and changed articles are
extracted and indexed into DIR; a second run fetches only what changed.
Sources are crawled a few at a time; politeness per host is the crawler's.

On a terminal a progress line shows found/fetched/indexed/errors; otherwise
progress is logged. A summary table per source is printed at the end.

exit status: 0 every source was crawled (per-page errors are counted, not
fatal); 1 some source could not be crawled at all, or DIR is in use by
another claimwatch; 2 usage or an invalid sources file.`

// crawlConcurrency bounds sources crawled at once: sources are different
// hosts, so this is about our own CPU and sockets, not politeness.
const crawlConcurrency = 4

func runCrawl(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet("crawl", crawlHelp, e.Stderr)
	sourcesPath := fs.String("sources", "sources.toml", "sources file")
	dataPath := fs.String("data", "data", "data directory (index and crawl state)")
	catalog := fs.String("catalog", "", "extra entity catalogue merged over the built-in one")
	concurrency := fs.Int("concurrency", crawlConcurrency, "sources crawled at once")
	var names stringList
	fs.Var(&names, "source", "crawl only this source (repeatable)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("unexpected argument %q (sources are chosen with --source NAME)", fs.Arg(0))
	}
	if *concurrency < 1 {
		return usagef("--concurrency must be at least 1, got %d", *concurrency)
	}
	cfg, err := loadSources(*sourcesPath)
	if err != nil {
		return err
	}
	srcs, err := pickSources(cfg, names)
	if err != nil {
		return err
	}

	prog := newProgress(e, len(srcs))
	opts := []dataDirOption{withCatalog(*catalog), withProgress(prog.update)}
	if e.Interactive {
		opts = append(opts, withQuietLibraries())
	}
	dd, err := openDataDir(ctx, e, *dataPath, opts...)
	if err != nil {
		return err
	}
	defer dd.Close()

	results := crawlAll(ctx, srcs, *concurrency, func(ctx context.Context, src sources.Source) (crawler.Stats, error) {
		prog.started(src.Name)
		st, err := dd.Pipeline.Run(ctx, src)
		prog.finished(st, err)
		return st, err
	})
	prog.done()
	writeCrawlSummary(e.Stdout, results)
	if err := dd.Close(); err != nil {
		return withCode(1, fmt.Errorf("closing data dir: %w", err))
	}

	var failed []string
	for _, r := range results {
		if r.failed() {
			failed = append(failed, r.src.Name)
		}
	}
	if err := ctx.Err(); err != nil {
		return withCode(1, fmt.Errorf("interrupted: %w", err))
	}
	if len(failed) > 0 {
		return withCode(1, fmt.Errorf("%d of %d sources could not be crawled: %s",
			len(failed), len(results), strings.Join(failed, ", ")))
	}
	return nil
}

// pickSources returns the named sources, or every enabled one. Naming a
// source crawls it even when disabled: the editor asked for it.
func pickSources(cfg *sources.Config, names []string) ([]sources.Source, error) {
	if len(names) == 0 {
		srcs := cfg.Enabled()
		if len(srcs) == 0 {
			return nil, usagef("%s: no enabled sources", cfg.Path)
		}
		return srcs, nil
	}
	var out []sources.Source
	seen := map[string]bool{}
	for _, n := range names {
		src, ok := cfg.Source(n)
		if !ok {
			return nil, usagef("unknown source %q (not in %s; known: %s)", n, cfg.Path, knownSources(cfg))
		}
		if !seen[n] {
			seen[n] = true
			out = append(out, src)
		}
	}
	return out, nil
}

func knownSources(cfg *sources.Config) string {
	var names []string
	for _, s := range cfg.Sources {
		names = append(names, s.Name)
	}
	return strings.Join(names, ", ")
}

// crawlResult is one source's pass.
type crawlResult struct {
	src   sources.Source
	stats crawler.Stats
	err   error
	took  time.Duration
}

func (r crawlResult) failed() bool {
	return r.err != nil || r.stats.Status == crawler.StatusFailed
}

// crawlAll runs fn over srcs, at most n at once, and returns results in
// the order of srcs.
func crawlAll(ctx context.Context, srcs []sources.Source, n int,
	fn func(context.Context, sources.Source) (crawler.Stats, error)) []crawlResult {
	results := make([]crawlResult, len(srcs))
	sem := make(chan struct{}, n)
	var wg sync.WaitGroup
	for i, src := range srcs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			start := time.Now()
			if err := ctx.Err(); err != nil {
				results[i] = crawlResult{src: src, err: err}
				return
			}
			st, err := fn(ctx, src)
			results[i] = crawlResult{src: src, stats: st, err: err, took: time.Since(start)}
		}()
	}
	wg.Wait()
	return results
}

// writeCrawlSummary prints one row per source and a total row.
func writeCrawlSummary(w io.Writer, results []crawlResult) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "SOURCE\tSTATUS\tFOUND\tFETCHED\tUNCHANGED\tSYNDICATED\tINDEXED\tERRORS\tTOOK\t")
	var tot crawler.Stats
	var problems []string
	for _, r := range results {
		st := r.stats
		status := st.Status
		switch {
		case errors.Is(r.err, context.Canceled):
			// Stopped by the user: what was fetched is kept, nothing failed.
			status = "interrupted"
		case r.err != nil:
			status = crawler.StatusFailed
		}
		if status == "" {
			status = crawler.StatusOK
		}
		nerr := 0
		for _, v := range st.Errors {
			nerr += v
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%d\t%d\t%d\t%s\t\n", r.src.Name, status,
			st.Found, st.Fetched, st.Unchanged, st.Syndicated, st.Indexed, nerr, r.took.Round(10*time.Millisecond))
		tot.Found += st.Found
		tot.Fetched += st.Fetched
		tot.Unchanged += st.Unchanged
		tot.Syndicated += st.Syndicated
		tot.Indexed += st.Indexed
		tot.Errors = addErrors(tot.Errors, st.Errors)
		switch {
		case r.err != nil:
			problems = append(problems, fmt.Sprintf("%s: %v", r.src.Name, r.err))
		case nerr > 0:
			problems = append(problems, fmt.Sprintf("%s: errors %s%s", r.src.Name, formatErrors(st.Errors), lastErrorSuffix(st)))
		}
	}
	if len(results) > 1 {
		nerr := 0
		for _, v := range tot.Errors {
			nerr += v
		}
		fmt.Fprintf(tw, "total\t\t%d\t%d\t%d\t%d\t%d\t%d\t\t\n", tot.Found, tot.Fetched, tot.Unchanged, tot.Syndicated, tot.Indexed, nerr)
	}
	tw.Flush()
	for _, p := range problems {
		fmt.Fprintln(w, p)
	}
}

func lastErrorSuffix(st crawler.Stats) string {
	if st.LastError == "" {
		return ""
	}
	return " (last: " + st.LastError + ")"
}

func addErrors(dst, src map[string]int) map[string]int {
	if dst == nil {
		dst = map[string]int{}
	}
	for k, v := range src {
		dst[k] += v
	}
	return dst
}

// formatErrors renders error counts as "http_4xx=2 timeout=1", sorted by kind.
func formatErrors(m map[string]int) string {
	kinds := make([]string, 0, len(m))
	for k, v := range m {
		if v > 0 {
			kinds = append(kinds, k)
		}
	}
	sort.Strings(kinds)
	parts := make([]string, len(kinds))
	for i, k := range kinds {
		parts[i] = fmt.Sprintf("%s=%d", k, m[k])
	}
	return strings.Join(parts, " ")
}

// progress reports a crawl as it goes: one rewritten line on a terminal,
// log lines otherwise.
type progress struct {
	e     *env
	total int

	mu        sync.Mutex
	per       map[string]crawler.Stats
	finishedN int
	lastDraw  time.Time
	drawn     bool
}

func newProgress(e *env, total int) *progress {
	return &progress{e: e, total: total, per: map[string]crawler.Stats{}}
}

func (p *progress) started(name string) {
	if !p.e.Interactive {
		p.e.Logger.Info("crawling source", slog.String("source", name))
	}
}

// update receives the crawler's running counts for one source.
func (p *progress) update(st crawler.Stats) {
	if !p.e.Interactive {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.per[st.Source] = st
	// Redrawing on every page would flood a slow terminal.
	if time.Since(p.lastDraw) < 100*time.Millisecond {
		return
	}
	p.draw()
}

func (p *progress) finished(st crawler.Stats, err error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.finishedN++
	if st.Source != "" {
		p.per[st.Source] = st
	}
	if p.e.Interactive {
		p.draw()
		return
	}
	attrs := []any{slog.String("source", st.Source), slog.String("status", st.Status),
		slog.Int("found", st.Found), slog.Int("fetched", st.Fetched), slog.Int("unchanged", st.Unchanged),
		slog.Int("syndicated", st.Syndicated),
		slog.Int("indexed", st.Indexed), slog.String("errors", formatErrors(st.Errors))}
	if err != nil {
		p.e.Logger.Error("source failed", append(attrs, slog.String("error", err.Error()))...)
		return
	}
	p.e.Logger.Info("source crawled", attrs...)
}

// draw rewrites the progress line; p.mu is held.
func (p *progress) draw() {
	var t crawler.Stats
	nerr := 0
	for _, st := range p.per {
		t.Found += st.Found
		t.Fetched += st.Fetched
		t.Indexed += st.Indexed
		for _, v := range st.Errors {
			nerr += v
		}
	}
	fmt.Fprintf(p.e.Stderr, "\r\033[Ksources %d/%d  found %d  fetched %d  indexed %d  errors %d",
		p.finishedN, p.total, t.Found, t.Fetched, t.Indexed, nerr)
	p.lastDraw = time.Now()
	p.drawn = true
}

// done ends the progress line so the summary starts on a fresh one.
func (p *progress) done() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.drawn {
		fmt.Fprintln(p.e.Stderr)
	}
}
