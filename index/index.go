package index

import (
	"context"
	"errors"
)

// Index is an open on-disk index. It is safe for concurrent use.
type Index struct{}

// Open opens the index at path, creating it when absent.
func Open(path string) (*Index, error) { return nil, errors.New("index: not implemented") }

// Close flushes and closes the index.
func (ix *Index) Close() error { return nil }

// Upsert indexes entries in one batch; each article's previous claims are replaced.
func (ix *Index) Upsert(ctx context.Context, entries ...Entry) error {
	return errors.New("index: not implemented")
}

// Search searches claims.
func (ix *Index) Search(ctx context.Context, q Query) (*Results, error) {
	return nil, errors.New("index: not implemented")
}

// SearchArticles searches articles.
func (ix *Index) SearchArticles(ctx context.Context, q Query) (*ArticleResults, error) {
	return nil, errors.New("index: not implemented")
}

// Claim returns one claim by ID.
func (ix *Index) Claim(ctx context.Context, id string) (ClaimDoc, error) {
	return ClaimDoc{}, ErrNotFound
}

// Article returns one article by ID with all its claims, in text order.
func (ix *Index) Article(ctx context.Context, id string) (ArticleDoc, []ClaimDoc, error) {
	return ArticleDoc{}, nil, ErrNotFound
}

// Export calls fn for every claim matching q (all pages, not one), newest first.
func (ix *Index) Export(ctx context.Context, q Query, fn func(ClaimDoc) error) error {
	return errors.New("index: not implemented")
}

// Stats counts documents and bytes on disk.
func (ix *Index) Stats(ctx context.Context) (Stats, error) { return Stats{}, nil }

// ArticleID derives an article's ID from its canonical URL.
func ArticleID(canonicalURL string) string { return "" }
