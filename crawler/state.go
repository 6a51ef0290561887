package crawler

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Buckets of the state database. Seen records are keyed by both the request
// URL and the canonical URL so that either form of a report is recognised.
var (
	bucketSeen = []byte("seen")
	bucketDocs = []byte("docs") // feeds, sitemaps and start pages: validators and last entries
	bucketLast = []byte("last") // source -> Stats of the last run
	bucketRuns = []byte("runs") // source \x00 start(unix nanos, big endian) -> Stats
)

// keepRuns bounds the run history per source so the file does not grow forever.
const keepRuns = 200

// State is the crawl memory under the data dir: seen URLs with their
// canonical URL, ETag/Last-Modified and content hash, and per-source run
// stats. It survives restarts.
type State struct {
	db *bolt.DB
}

// seenRecord is what the crawler remembers of one fetched report.
type seenRecord struct {
	URL          string    `json:"url"`
	Canonical    string    `json:"canonical"`
	Hash         string    `json:"hash"`
	FetchedAt    time.Time `json:"fetched_at"`
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	Source       string    `json:"source"`
	Listed       time.Time `json:"listed,omitzero"` // date the feed/sitemap gave when we fetched
}

// docRecord is what the crawler remembers of one feed, sitemap or start page.
// The entries are kept so that a 304 answer still yields the URLs a previous
// run could not fetch because of MaxPages.
type docRecord struct {
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	Hash         string    `json:"hash"`
	FetchedAt    time.Time `json:"fetched_at"`
	Entries      []entry   `json:"entries,omitempty"`
	Children     []entry   `json:"children,omitempty"` // child sitemaps of an index
}

// OpenState opens (creating if needed) the state database at path.
func OpenState(path string) (*State, error) {
	if path == "" {
		return nil, errors.New("crawler: open state: empty path")
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("crawler: open state %s: %w", path, err)
	}
	// A timeout keeps a second process from blocking forever on bbolt's file lock.
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 2 * time.Second})
	if err != nil {
		if errors.Is(err, bolt.ErrTimeout) {
			return nil, fmt.Errorf("crawler: open state %s: in use by another process: %w", path, err)
		}
		return nil, fmt.Errorf("crawler: open state %s (not a claimwatch state file, corrupt or unwritable?): %w", path, err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketSeen, bucketDocs, bucketLast, bucketRuns} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("crawler: open state %s: %w", path, err)
	}
	return &State{db: db}, nil
}

// Close closes the database.
func (s *State) Close() error {
	if s == nil || s.db == nil {
		return nil
	}
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("crawler: close state: %w", err)
	}
	return nil
}

// LastRun returns the stats of the last finished run of a source.
func (s *State) LastRun(source string) (Stats, bool, error) {
	st, ok, err := getJSON[Stats](s.db, bucketLast, source)
	if err != nil {
		return Stats{}, false, fmt.Errorf("crawler: last run of %s: %w", source, err)
	}
	return st, ok, nil
}

// Runs returns up to n of the most recent runs of a source, newest first.
func (s *State) Runs(source string, n int) ([]Stats, error) {
	var out []Stats
	prefix := append([]byte(source), 0)
	err := s.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketRuns).Cursor()
		// Seek past the last key with this prefix, then walk backwards.
		end := append(append([]byte{}, prefix...), 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff)
		k, v := c.Seek(end)
		if k == nil {
			k, v = c.Last()
		} else {
			k, v = c.Prev()
		}
		for ; k != nil && hasPrefix(k, prefix) && (n <= 0 || len(out) < n); k, v = c.Prev() {
			var st Stats
			if err := json.Unmarshal(v, &st); err != nil {
				return err
			}
			out = append(out, st)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("crawler: runs of %s: %w", source, err)
	}
	return out, nil
}

func hasPrefix(b, p []byte) bool {
	return len(b) >= len(p) && string(b[:len(p)]) == string(p)
}

func runKey(source string, start time.Time) []byte {
	k := append([]byte(source), 0)
	return binary.BigEndian.AppendUint64(k, uint64(start.UnixNano()))
}

// SaveRun stores st as the last run of its source and in its history (keyed
// by Start, so saving again with the same Start replaces the entry). Crawl
// saves its own Stats; a caller that refines them afterwards (the pipeline's
// extract/index counts) or records a skipped run saves them here.
func (s *State) SaveRun(st Stats) error { return s.saveRun(st) }

func (s *State) saveRun(st Stats) error {
	v, err := json.Marshal(st)
	if err != nil {
		return fmt.Errorf("crawler: save run: %w", err)
	}
	err = s.db.Update(func(tx *bolt.Tx) error {
		if err := tx.Bucket(bucketLast).Put([]byte(st.Source), v); err != nil {
			return err
		}
		runs := tx.Bucket(bucketRuns)
		if err := runs.Put(runKey(st.Source, st.Start), v); err != nil {
			return err
		}
		// Prune the oldest runs beyond keepRuns.
		prefix := append([]byte(st.Source), 0)
		var keys [][]byte
		c := runs.Cursor()
		for k, _ := c.Seek(prefix); k != nil && hasPrefix(k, prefix); k, _ = c.Next() {
			keys = append(keys, append([]byte{}, k...))
		}
		for i := 0; i < len(keys)-keepRuns; i++ {
			if err := runs.Delete(keys[i]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("crawler: save run of %s: %w", st.Source, err)
	}
	return nil
}

// seen returns the record stored under url (a request or canonical URL).
func (s *State) seen(url string) (seenRecord, bool, error) {
	rec, ok, err := getJSON[seenRecord](s.db, bucketSeen, url)
	if err != nil {
		return seenRecord{}, false, fmt.Errorf("crawler: read seen %s: %w", url, err)
	}
	return rec, ok, nil
}

// putSeen stores rec under each of keys (request, final and canonical URL as
// the caller sees fit).
func (s *State) putSeen(rec seenRecord, keys ...string) error {
	if err := putJSON(s.db, bucketSeen, rec, keys...); err != nil {
		return fmt.Errorf("crawler: save seen %s: %w", rec.URL, err)
	}
	return nil
}

func (s *State) doc(url string) (docRecord, bool, error) {
	rec, ok, err := getJSON[docRecord](s.db, bucketDocs, url)
	if err != nil {
		return docRecord{}, false, fmt.Errorf("crawler: read validators of %s: %w", url, err)
	}
	return rec, ok, nil
}

func (s *State) putDoc(url string, rec docRecord) error {
	if err := putJSON(s.db, bucketDocs, rec, url); err != nil {
		return fmt.Errorf("crawler: save validators of %s: %w", url, err)
	}
	return nil
}

// getJSON decodes the value under key in bucket; false when there is none.
func getJSON[T any](db *bolt.DB, bucket []byte, key string) (T, bool, error) {
	var v T
	var ok bool
	err := db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucket).Get([]byte(key))
		if b == nil {
			return nil
		}
		ok = true
		return json.Unmarshal(b, &v)
	})
	return v, ok, err
}

// putJSON stores v under every non-empty key in bucket, in one transaction.
func putJSON(db *bolt.DB, bucket []byte, v any, keys ...string) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucket)
		for _, k := range keys {
			if k == "" {
				continue
			}
			if err := b.Put([]byte(k), data); err != nil {
				return err
			}
		}
		return nil
	})
}
