// Package pipeline owns one source's trip through the system: crawl it, turn
// each new or changed page into an article and claims, and upsert them into
// the index. It is the glue between crawler, extract and index, and the only
// place that knows all three.
package pipeline

import (
	"context"
	"errors"
	"log/slog"
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

// Options configure a Pipeline.
type Options struct {
	Crawler *crawler.Crawler
	Index   *index.Index
	Claims  ClaimFinder
	Logger  *slog.Logger // nil: log nothing
	Now     func() time.Time
}

// Pipeline runs sources through crawl, extract and index.
type Pipeline struct {
	opts Options
}

// New returns a Pipeline.
func New(opts Options) *Pipeline { return &Pipeline{opts: opts} }

// Run crawls src once and indexes what is new or changed.
func (p *Pipeline) Run(ctx context.Context, src sources.Source) (crawler.Stats, error) {
	return crawler.Stats{}, errors.New("pipeline: not implemented")
}

// Preview is what a dry run yields for one article.
type Preview struct {
	URL    string           `json:"url"`
	Doc    extract.Document `json:"article"`
	Claims []extract.Claim  `json:"claims"`
	Err    string           `json:"error,omitempty"`
}

// DryRun discovers up to limit articles of src, fetches and extracts them
// and returns what would be indexed, touching neither index nor crawl state.
func (p *Pipeline) DryRun(ctx context.Context, src sources.Source, limit int) ([]Preview, error) {
	return nil, errors.New("pipeline: not implemented")
}
