package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/blevesearch/bleve/v2"
	bolt "go.etcd.io/bbolt"

	"github.com/claimwatch/claimwatch/extract"
)

// ReindexOptions tune Reindex.
type ReindexOptions struct {
	// Claims, when set, recomputes each article's claims from its stored
	// text (a newer extractor or catalogue) instead of keeping the stored ones.
	Claims func(ArticleDoc) []extract.Claim
	// Progress, when set, is called with the number of articles done after
	// each batch.
	Progress func(done int)
}

// ReindexStats count what Reindex wrote.
type ReindexStats struct {
	Articles int
	Claims   int
}

// Reindex rebuilds the index at path with this build's mapping from the
// article and claim documents it stores (every article keeps its text and
// metadata), without fetching anything. The new index is built beside the
// old one and swapped in only when complete, so a failure or interruption
// leaves the old index as it was. The caller must hold the data dir's lock.
func Reindex(ctx context.Context, path string, opts ReindexOptions) (ReindexStats, error) {
	var st ReindexStats
	// The old mapping does not matter for reading stored documents.
	bi, err := bleve.OpenUsing(path, map[string]any{"bolt_timeout": lockWait.String(), "read_only": true})
	if err != nil {
		if errors.Is(err, bolt.ErrTimeout) {
			return st, fmt.Errorf("%w: %s", ErrLocked, path)
		}
		return st, fmt.Errorf("index: reindex %s: %w", path, err)
	}
	old := &Index{path: path, bi: bi, readOnly: true}
	tmp := path + ".reindex"
	if err := os.RemoveAll(tmp); err != nil {
		old.Close()
		return st, fmt.Errorf("index: reindex: %w", err)
	}
	fresh, err := Open(tmp)
	if err != nil {
		old.Close()
		return st, fmt.Errorf("index: reindex: %w", err)
	}
	st, err = copyEntries(ctx, old, fresh, opts)
	cerr := errors.Join(old.Close(), fresh.Close())
	if err == nil {
		err = cerr
	}
	if err != nil {
		_ = os.RemoveAll(tmp)
		return st, fmt.Errorf("index: reindex %s: %w", path, err)
	}
	backup := path + ".old"
	if err := os.RemoveAll(backup); err != nil {
		return st, fmt.Errorf("index: reindex: %w", err)
	}
	if err := os.Rename(path, backup); err != nil {
		return st, fmt.Errorf("index: reindex: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		// Put the old one back rather than leave no index at path.
		_ = os.Rename(backup, path)
		return st, fmt.Errorf("index: reindex: %w", err)
	}
	if err := os.RemoveAll(backup); err != nil {
		return st, fmt.Errorf("index: reindex: rebuilt, but the old index is left at %s: %w", backup, err)
	}
	return st, nil
}

// copyEntries reads every article of from, with its claims in text order
// (or recomputed), and upserts them into to a page at a time.
func copyEntries(ctx context.Context, from, to *Index, opts ReindexOptions) (ReindexStats, error) {
	var st ReindexStats
	err := from.eachPage(ctx, typeQuery(typeArticle), nil, func(hits []hit) error {
		entries := make([]Entry, 0, len(hits))
		ids := make([]string, 0, len(hits))
		for _, h := range hits {
			var a ArticleDoc
			if err := json.Unmarshal([]byte(h.doc), &a); err != nil {
				return fmt.Errorf("decode article %s: %w", h.id, err)
			}
			entries = append(entries, Entry{Article: a})
			ids = append(ids, h.id)
		}
		if opts.Claims != nil {
			for i := range entries {
				entries[i].Claims = opts.Claims(entries[i].Article)
			}
		} else if err := storedClaims(ctx, from, ids, entries); err != nil {
			return err
		}
		if err := to.Upsert(ctx, entries...); err != nil {
			return err
		}
		st.Articles += len(entries)
		for _, e := range entries {
			st.Claims += len(e.Claims)
		}
		if opts.Progress != nil {
			opts.Progress(st.Articles)
		}
		return nil
	})
	return st, err
}

// storedClaims fills entries[i].Claims with the stored claims of article
// ids[i], in text order.
func storedClaims(ctx context.Context, from *Index, ids []string, entries []Entry) error {
	type posClaim struct {
		pos int
		c   extract.Claim
	}
	byArticle := map[string][]posClaim{}
	q := bleve.NewConjunctionQuery(typeQuery(typeClaim), termsQuery(fieldArticleID, ids))
	err := from.eachPage(ctx, q, nil, func(hits []hit) error {
		for _, h := range hits {
			var cd ClaimDoc
			if err := json.Unmarshal([]byte(h.doc), &cd); err != nil {
				return fmt.Errorf("decode claim %s: %w", h.id, err)
			}
			// Claim IDs are ArticleID-pos; the position gives text order.
			pos, _ := strconv.Atoi(h.id[strings.LastIndexByte(h.id, '-')+1:])
			byArticle[cd.ArticleID] = append(byArticle[cd.ArticleID], posClaim{pos, cd.Claim})
		}
		return nil
	})
	if err != nil {
		return err
	}
	for i, id := range ids {
		pcs := byArticle[id]
		slices.SortFunc(pcs, func(a, b posClaim) int { return a.pos - b.pos })
		for _, pc := range pcs {
			entries[i].Claims = append(entries[i].Claims, pc.c)
		}
	}
	return nil
}
