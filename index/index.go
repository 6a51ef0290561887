package index

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	bolt "go.etcd.io/bbolt"
)

// ErrLocked is returned by Open when another process (or another Open in
// this one) holds the index; callers should use that process instead.
var ErrLocked = errors.New("index: in use by another process")

// lockWait bounds how long Open waits for bleve's root.bolt file lock, so a
// second claimwatch fails with ErrLocked instead of hanging.
const lockWait = 2 * time.Second

// Index is an open on-disk index. It is safe for concurrent use.
type Index struct {
	path string
	bi   bleve.Index
	// writeMu serialises Upserts: each reads an article's old claims before
	// replacing them, which must not interleave with another writer.
	writeMu sync.Mutex
	// scanPage overrides the page size of Export and internal scans (tests).
	scanPage int
	readOnly bool
}

// ErrReadOnly is returned by Upsert on an index opened with OpenReadOnly.
var ErrReadOnly = errors.New("index: opened read-only")

// OpenReadOnly opens an existing index for searching only. Any number of
// read-only opens may share the index (bleve's root file takes a shared
// lock), so searches and exports run side by side; a writer's Open excludes
// them and they it.
func OpenReadOnly(path string) (*Index, error) {
	if _, err := os.Stat(filepath.Join(path, "index_meta.json")); err != nil {
		return nil, fmt.Errorf("index: open %s: %w", path, err)
	}
	bi, err := bleve.OpenUsing(path, map[string]any{"bolt_timeout": lockWait.String(), "read_only": true})
	if err != nil {
		if errors.Is(err, bolt.ErrTimeout) {
			return nil, fmt.Errorf("%w: %s", ErrLocked, path)
		}
		return nil, fmt.Errorf("index: open %s: %w", path, err)
	}
	if _, err := checkMapping(path, bi); err != nil {
		bi.Close()
		return nil, err
	}
	return &Index{path: path, bi: bi, readOnly: true}, nil
}

// Open opens the index at path, creating it when absent.
func Open(path string) (*Index, error) {
	if path == "" {
		return nil, errors.New("index: open: empty path")
	}
	var bi bleve.Index
	var err error
	if _, statErr := os.Stat(filepath.Join(path, "index_meta.json")); errors.Is(statErr, fs.ErrNotExist) {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return nil, fmt.Errorf("index: open %s: %w", path, err)
		}
		// An empty directory is left by a create that died early; bleve
		// refuses to create over any existing path.
		if ents, err := os.ReadDir(path); err == nil && len(ents) == 0 {
			_ = os.Remove(path)
		}
		bi, err = bleve.New(path, newMapping())
		if err == nil {
			if err = stampVersion(bi); err != nil {
				bi.Close()
			}
		}
	} else {
		bi, err = bleve.OpenUsing(path, map[string]any{"bolt_timeout": lockWait.String()})
		if err == nil {
			var stamp bool
			if stamp, err = checkMapping(path, bi); err == nil && stamp {
				err = stampVersion(bi)
			}
			if err != nil {
				bi.Close()
				var me *MappingError
				if errors.As(err, &me) {
					return nil, err
				}
			}
		}
	}
	if err != nil {
		if errors.Is(err, bolt.ErrTimeout) {
			return nil, fmt.Errorf("%w: %s", ErrLocked, path)
		}
		return nil, fmt.Errorf("index: open %s: %w", path, err)
	}
	return &Index{path: path, bi: bi}, nil
}

// Close flushes and closes the index. It waits for an Upsert in progress,
// so that closing on a forced shutdown never cuts a batch in half; later
// Upserts fail.
func (ix *Index) Close() error {
	ix.writeMu.Lock()
	defer ix.writeMu.Unlock()
	if err := ix.bi.Close(); err != nil {
		return fmt.Errorf("index: close %s: %w", ix.path, err)
	}
	return nil
}

// Path is the directory the index lives in.
func (ix *Index) Path() string { return ix.path }

// ArticleID derives an article's ID from its canonical URL: the first 16 hex
// digits of its SHA-256, short enough for URLs and stable across runs.
func ArticleID(canonicalURL string) string {
	sum := sha256.Sum256([]byte(canonicalURL))
	return hex.EncodeToString(sum[:8])
}

// ClaimID is the ID of the claim at position pos (0-based, text order) of an article.
func ClaimID(articleID string, pos int) string {
	return fmt.Sprintf("%s-%d", articleID, pos)
}

// Stats counts documents and bytes on disk.
func (ix *Index) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	var err error
	if st.Articles, err = ix.countType(ctx, typeArticle); err != nil {
		return st, err
	}
	if st.Claims, err = ix.countType(ctx, typeClaim); err != nil {
		return st, err
	}
	err = filepath.WalkDir(ix.path, func(_ string, d fs.DirEntry, err error) error {
		if err != nil {
			// Segments vanish while merges run; a racing walk is not an error.
			if errors.Is(err, fs.ErrNotExist) {
				return nil
			}
			return err
		}
		if d.Type().IsRegular() {
			if info, err := d.Info(); err == nil {
				st.SizeBytes += info.Size()
			}
		}
		return nil
	})
	if err != nil {
		return st, fmt.Errorf("index: stats: %w", err)
	}
	return st, nil
}

func (ix *Index) countType(ctx context.Context, typ string) (uint64, error) {
	req := bleve.NewSearchRequestOptions(typeQuery(typ), 0, 0, false)
	res, err := ix.bi.SearchInContext(ctx, req)
	if err != nil {
		return 0, fmt.Errorf("index: count %ss: %w", typ, err)
	}
	return res.Total, nil
}
