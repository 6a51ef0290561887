package crawler

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"sync"
)

// task is a candidate that needs fetching, with what we knew of it.
type task struct {
	e    entry
	old  seenRecord
	seen bool
}

// plan picks the candidates to fetch: never-seen URLs first (newest first),
// then seen ones whose listing gives a newer date than our fetch and a date
// other than the one it gave then. Putting new URLs first keeps sitemaps
// that stamp every lastmod with "now" from starving new reports of the
// MaxPages budget; remembering the listed date keeps them (and future-dated
// feed items) from being refetched on every run.
func (r *run) plan(cands []entry) []task {
	var fresh, updated []task
	for _, e := range cands {
		old, seen, err := r.state.seen(e.URL)
		if err != nil {
			r.countError(e.URL, err)
			continue
		}
		switch {
		case !seen:
			fresh = append(fresh, task{e: e})
		case e.newest().After(old.FetchedAt) && !e.newest().Equal(old.Listed):
			updated = append(updated, task{e: e, old: old, seen: true})
		}
	}
	return append(fresh, updated...)
}

// fetchAll fetches the planned candidates with as many workers as the
// source's parallelism (the host limiter does the pacing), until MaxPages
// fetches were started or ctx ends.
func (r *run) fetchAll(ctx context.Context, cands []entry, sink Sink) {
	tasks := r.plan(cands)
	work := make(chan task)
	var wg sync.WaitGroup
	for range r.pol.par {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for t := range work {
				r.process(ctx, t, sink)
				r.progress()
			}
		}()
	}
feed:
	for _, t := range tasks {
		if !r.hasBudget() {
			break
		}
		select {
		case <-ctx.Done():
			break feed
		case work <- t:
		}
	}
	close(work)
	wg.Wait()
}

func (r *run) hasBudget() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.issued < r.maxPages
}

// takeBudget reserves one of the run's MaxPages fetches.
func (r *run) takeBudget() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.issued >= r.maxPages {
		return false
	}
	r.issued++
	return true
}

// process fetches one planned candidate and hands it to sink when it is new
// or its content changed.
func (r *run) process(ctx context.Context, t task, sink Sink) {
	if ctx.Err() != nil {
		return
	}
	e, old, seen := t.e, t.old, t.seen
	if !r.takeBudget() {
		return
	}
	var prev *seenRecord
	if seen {
		prev = &old
	}
	f, err := r.retry(ctx, e.URL, func() (*fetched, error) { return r.fetchArticle(e.URL, r.articleHeader(prev)) })
	if err != nil {
		r.countError(e.URL, err)
		return
	}
	r.mu.Lock()
	r.stats.Fetched++
	r.mu.Unlock()
	if f.status == http.StatusNotModified {
		if seen {
			old.FetchedAt = r.c.opts.Now()
			old.Listed = e.newest()
			r.markUnchanged(old, e.URL)
			return
		}
		r.countError(e.URL, &httpStatusError{URL: e.URL, Status: f.status})
		return
	}
	p, err := r.page(f, e)
	if err != nil {
		r.countError(e.URL, err)
		return
	}
	rec := seenRecord{
		URL: p.URL, Canonical: p.CanonicalURL, Hash: p.ContentHash, FetchedAt: p.FetchedAt,
		ETag: f.header.Get("ETag"), LastModified: f.header.Get("Last-Modified"), Source: r.src.Name,
		Listed: e.newest(),
	}
	if seen && old.Hash == p.ContentHash {
		r.markUnchanged(rec, e.URL, p.URL, p.CanonicalURL)
		return
	}
	if p.CanonicalURL != e.URL {
		// A syndicated copy, or the same report reached by another URL.
		if c, ok, err := r.state.seen(p.CanonicalURL); err == nil && ok && c.Hash == p.ContentHash {
			r.mu.Lock()
			r.stats.Syndicated++
			r.mu.Unlock()
			if err := r.state.putSeen(rec, e.URL, p.URL); err != nil {
				r.log.Error("save seen", slog.String("url", rec.URL), slog.String("error", err.Error()))
			}
			return
		}
	}
	// The sink runs on the fetch context: a page fetched before a SIGTERM
	// may still be indexed within the grace period.
	if err := sink.HandlePage(r.fctx, p); err != nil {
		var ue *UnusableError
		unusable := errors.As(err, &ue) && ue.Kind != ""
		kind := kindSink
		if unusable {
			kind = ue.Kind
		}
		r.mu.Lock()
		r.stats.Errors[kind]++
		r.stats.LastError = err.Error()
		r.mu.Unlock()
		if !unusable {
			r.log.Warn("sink refused page", slog.String("url", p.URL), slog.String("error", err.Error()))
			return
		}
		r.log.Warn("page yields nothing to index", slog.String("url", p.URL), slog.String("kind", kind), slog.String("error", err.Error()))
	} else {
		r.mu.Lock()
		r.stats.Indexed++
		r.mu.Unlock()
	}
	if err := r.state.putSeen(rec, e.URL, p.URL, p.CanonicalURL); err != nil {
		r.log.Error("save seen", slog.String("url", p.URL), slog.String("error", err.Error()))
	}
}

func (r *run) markUnchanged(rec seenRecord, keys ...string) {
	r.mu.Lock()
	r.stats.Unchanged++
	r.mu.Unlock()
	if err := r.state.putSeen(rec, keys...); err != nil {
		r.log.Error("save seen", slog.String("url", rec.URL), slog.String("error", err.Error()))
	}
}
