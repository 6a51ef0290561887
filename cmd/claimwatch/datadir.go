package main

import (
	"context"
	"errors"

	"github.com/claimwatch/claimwatch/crawler"
	"github.com/claimwatch/claimwatch/index"
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
}

// openDataDir locks dir (refusing when another claimwatch holds it), opens
// state and index and builds the pipeline.
func openDataDir(ctx context.Context, e *env, dir string) (*dataDir, error) {
	return nil, errors.New("not implemented yet")
}

// Close releases everything in reverse order.
func (d *dataDir) Close() error { return nil }
