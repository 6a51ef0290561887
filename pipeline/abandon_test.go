package pipeline

import (
	"context"
	"errors"
	"testing"

	"github.com/claimwatch/claimwatch/crawler"
	"github.com/claimwatch/claimwatch/sources"
)

// crawlAbandonedMidway hands the sink half its pages, lets the test call
// Abandon, then hands it the rest, recording what the sink said of each.
type crawlAbandonedMidway struct {
	*fakeCrawler
	midway  func()
	refused []error
}

func (c *crawlAbandonedMidway) Crawl(ctx context.Context, src sources.Source, sink crawler.Sink) (crawler.Stats, error) {
	for i, p := range c.pages {
		if i == len(c.pages)/2 {
			c.midway()
		}
		if err := sink.HandlePage(ctx, p); err != nil {
			c.refused = append(c.refused, err)
		}
	}
	return crawler.Stats{Source: src.Name, Status: crawler.StatusOK}, nil
}

// TestAbandon: at a forced shutdown, what a running crawl handed over is
// stored at once (not left in a batch that would die with the process), and
// every later page is refused so the crawler does not mark it seen.
func TestAbandon(t *testing.T) {
	fi := &fakeIndex{}
	p := &Pipeline{opts: Options{Claims: stubClaims, BatchSize: 50}}
	var stored int
	var abErr error
	c := &crawlAbandonedMidway{fakeCrawler: &fakeCrawler{pages: genPages(6, 0)}}
	c.midway = func() { stored, abErr = p.Abandon(context.Background()) }
	p.init(c, fi)
	if _, err := p.Run(context.Background(), testSource()); err != nil {
		t.Fatal(err)
	}
	if abErr != nil || stored != 3 || len(fi.ids) != 3 {
		t.Errorf("Abandon stored %d (%v), index has %d; want the 3 pages handed over before it", stored, abErr, len(fi.ids))
	}
	if len(c.refused) != 3 {
		t.Fatalf("sink refused %d pages after Abandon, want 3", len(c.refused))
	}
	for _, err := range c.refused {
		if !errors.Is(err, ErrAbandoned) {
			t.Errorf("refusal %v, want ErrAbandoned", err)
		}
		var ue *crawler.UnusableError
		if errors.As(err, &ue) {
			t.Errorf("refusal %v is an UnusableError: the crawler would mark the page seen", err)
		}
	}
	if _, err := p.Run(context.Background(), testSource()); !errors.Is(err, ErrAbandoned) {
		t.Errorf("Run after Abandon: %v, want ErrAbandoned", err)
	}
}
