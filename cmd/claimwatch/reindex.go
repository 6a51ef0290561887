package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/claimwatch/claimwatch/extract"
	"github.com/claimwatch/claimwatch/index"
)

const reindexHelp = `usage: claimwatch reindex [--data DIR] [--reextract] [--catalog FILE]

Rebuilds the index in DIR from the articles it stores (text and metadata
are kept for every article), with this build's index mapping. Nothing is
fetched: run it after an upgrade when opening the index says it was built
with an older mapping. The new index is built beside the old one and only
replaces it when complete; interrupted, the old index stays as it was.

Claims are kept as stored; with --reextract they are extracted again from
each article's text with this build's claim extractor and the built-in
catalogue (plus --catalog FILE), so extractor improvements reach old
articles too.

DIR is locked while this runs: stop serve (or wait for crawl) first.

exit status: 0 rebuilt; 1 no index in DIR, DIR in use, or the rebuild
failed; 2 usage.`

func runReindex(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet("reindex", reindexHelp, e.Stderr)
	dataPath := fs.String("data", "data", "data directory (index and crawl state)")
	reextract := fs.Bool("reextract", false, "extract claims again from each article's stored text")
	catalog := fs.String("catalog", "", "extra entity catalogue merged over the built-in one (with --reextract)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("unexpected argument %q", fs.Arg(0))
	}
	if *catalog != "" && !*reextract {
		return usagef("--catalog only matters with --reextract")
	}
	path := indexPath(*dataPath)
	if _, err := os.Stat(filepath.Join(path, "index_meta.json")); err != nil {
		return withCode(1, fmt.Errorf("no index in data dir %s (nothing to rebuild)", *dataPath))
	}
	var opts index.ReindexOptions
	if *reextract {
		finder, err := loadClaimFinder(*catalog)
		if err != nil {
			return err
		}
		opts.Claims = func(a index.ArticleDoc) []extract.Claim {
			return finder.Claims(extract.Document{URL: a.URL, Title: a.Title, Authors: a.Authors,
				Published: a.Published, Language: a.Language, Text: a.Text})
		}
	}
	unlock, err := lockDataDir(*dataPath)
	if err != nil {
		return withCode(1, err)
	}
	defer unlock()
	start := time.Now()
	opts.Progress = func(n int) { e.Logger.Info("reindexing", slog.Int("articles", n)) }
	st, err := index.Reindex(ctx, path, opts)
	if err != nil {
		if errors.Is(err, index.ErrLocked) {
			return withCode(1, fmt.Errorf("data dir %s: index in use by another claimwatch: %w", *dataPath, err))
		}
		return withCode(1, err)
	}
	fmt.Fprintf(e.Stdout, "reindexed %d articles and %d claims into %s (mapping version %d) in %s\n",
		st.Articles, st.Claims, path, index.MappingVersion, time.Since(start).Round(time.Millisecond))
	return nil
}

// mappingHint adds what to do to an index's mapping error.
func mappingHint(dir string, err error) error {
	if errors.Is(err, index.ErrOldMapping) {
		return fmt.Errorf("%w; run 'claimwatch reindex --data %s' to rebuild it from the stored articles (nothing is re-crawled)", err, dir)
	}
	return err
}
