package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/claimwatch/claimwatch/crawler"
	"github.com/claimwatch/claimwatch/extract"
	"github.com/claimwatch/claimwatch/index"
	"github.com/claimwatch/claimwatch/internal/lockfile"
	"github.com/claimwatch/claimwatch/pipeline"
)

// dataDir is an opened data directory: locked against a second crawl or
// serve, with its crawl state, index and a pipeline over them.
type dataDir struct {
	Dir      string
	State    *crawler.State
	Index    *index.Index
	Crawler  *crawler.Crawler
	Pipeline *pipeline.Pipeline
	Claims   pipeline.ClaimFinder

	unlock func() error
}

// dataDirConfig holds openDataDir's optional settings.
type dataDirConfig struct {
	catalog  string              // extra catalogue file merged over the built-in one
	progress func(crawler.Stats) // crawler progress callback
	logger   *slog.Logger        // nil: e.Logger
	quiet    bool                // libraries log nothing (a progress line owns the terminal)
}

type dataDirOption func(*dataDirConfig)

// withCatalog merges the catalogue file path over the built-in one.
func withCatalog(path string) dataDirOption { return func(c *dataDirConfig) { c.catalog = path } }

// withProgress passes fn to the crawler as its progress callback.
func withProgress(fn func(crawler.Stats)) dataDirOption {
	return func(c *dataDirConfig) { c.progress = fn }
}

// withQuietLibraries keeps crawler and pipeline from logging.
func withQuietLibraries() dataDirOption { return func(c *dataDirConfig) { c.quiet = true } }

// stateFile is the crawl state inside a data dir.
func stateFile(dir string) string { return filepath.Join(dir, "state.db") }

// openDataDir locks dir (refusing when another claimwatch holds it), opens
// state and index and builds the pipeline. A held lock is exit 1 with a
// message naming the holder; a bad catalogue file is a usage error.
func openDataDir(ctx context.Context, e *env, dir string, opts ...dataDirOption) (_ *dataDir, err error) {
	var cfg dataDirConfig
	for _, o := range opts {
		o(&cfg)
	}
	if dir == "" {
		return nil, usagef("no data directory given (use --data DIR)")
	}
	claims, err := loadClaimFinder(cfg.catalog)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, withCode(1, fmt.Errorf("cannot create data dir: %w", err))
	}
	d := &dataDir{Dir: dir, Claims: claims}
	defer func() {
		if err != nil {
			_ = d.Close()
		}
	}()
	d.unlock, err = lockDataDir(dir)
	if err != nil {
		return nil, withCode(1, err)
	}
	d.State, err = crawler.OpenState(stateFile(dir))
	if err != nil {
		return nil, withCode(1, fmt.Errorf("open crawl state: %w", err))
	}
	d.Index, err = index.Open(indexPath(dir))
	if err != nil {
		return nil, withCode(1, fmt.Errorf("open index: %w", mappingHint(dir, err)))
	}
	log := e.Logger
	if cfg.logger != nil {
		log = cfg.logger
	}
	if cfg.quiet {
		log = nil
	}
	d.Crawler = crawler.New(crawler.Options{State: d.State, Logger: log, Progress: cfg.progress})
	d.Pipeline = pipeline.New(pipeline.Options{Crawler: d.Crawler, Index: d.Index, Claims: claims, Logger: log, Runs: d.State})
	return d, nil
}

// loadClaimFinder builds the claim extractor: the built-in catalogue, with
// path's entries merged over it when given.
func loadClaimFinder(path string) (pipeline.ClaimFinder, error) {
	cat := extract.DefaultCatalog()
	if path != "" {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, usagef("cannot read catalogue: %w", err)
		}
		extra, err := extract.ParseCatalog(data)
		if err != nil {
			return nil, usagef("catalogue %s: %w", path, err)
		}
		cat = cat.Merge(extra)
	}
	return extract.NewClaimExtractor(cat), nil
}

// Close releases everything in reverse order: the index is flushed before
// the lock is given up.
func (d *dataDir) Close() error {
	if d == nil {
		return nil
	}
	var errs []error
	if d.Index != nil {
		errs = append(errs, d.Index.Close())
		d.Index = nil
	}
	if d.State != nil {
		errs = append(errs, d.State.Close())
		d.State = nil
	}
	if d.unlock != nil {
		errs = append(errs, d.unlock())
		d.unlock = nil
	}
	return errors.Join(errs...)
}

// lockDataDir takes the data dir's exclusive lock.
func lockDataDir(dir string) (unlock func() error, err error) {
	l, err := lockfile.Acquire(dir)
	if errors.Is(err, lockfile.ErrLocked) {
		// A writer records its PID; searches and exports share the lock
		// without one.
		who := "a search or export"
		if b, rerr := os.ReadFile(filepath.Join(dir, lockfile.Name)); rerr == nil && len(bytes.TrimSpace(b)) > 0 {
			who = "pid " + string(bytes.TrimSpace(b))
		}
		return nil, fmt.Errorf("%s is in use by another claimwatch (%s); crawl and serve cannot share a data dir", dir, who)
	}
	if err != nil {
		return nil, err
	}
	return l.Release, nil
}
