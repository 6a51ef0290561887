package index

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestOpenLockedAndReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "index.bleve")
	ix, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Upsert(context.Background(), fixture()...); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(path); !errors.Is(err, ErrLocked) {
		t.Fatalf("second Open: err %v, want ErrLocked", err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	ix, err = Open(path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer ix.Close()
	if st, err := ix.Stats(context.Background()); err != nil || st.Claims != 8 {
		t.Fatalf("reopened stats %+v %v, want 8 claims", st, err)
	}
}

// TestOpenReadOnlyShared: read-only opens share the index with each other
// (searches and exports side by side), refuse writes, and never create one.
func TestOpenReadOnlyShared(t *testing.T) {
	path := filepath.Join(t.TempDir(), "index.bleve")
	if _, err := OpenReadOnly(path); err == nil {
		t.Fatal("OpenReadOnly of a missing index succeeded")
	}
	ix, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Upsert(context.Background(), fixture()...); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	r1, err := OpenReadOnly(path)
	if err != nil {
		t.Fatalf("first reader: %v", err)
	}
	defer r1.Close()
	r2, err := OpenReadOnly(path)
	if err != nil {
		t.Fatalf("second reader beside the first: %v", err)
	}
	defer r2.Close()
	for _, r := range []*Index{r1, r2} {
		if st, err := r.Stats(context.Background()); err != nil || st.Claims != 8 {
			t.Errorf("reader stats %+v %v, want 8 claims", st, err)
		}
	}
	if err := r1.Upsert(context.Background(), fixture()...); !errors.Is(err, ErrReadOnly) {
		t.Errorf("Upsert on a read-only index: %v, want ErrReadOnly", err)
	}
}

func TestOpenOverEmptyDir(t *testing.T) {
	path := filepath.Join(t.TempDir(), "index.bleve")
	if err := os.Mkdir(path, 0o755); err != nil {
		t.Fatal(err)
	}
	ix, err := Open(path)
	if err != nil {
		t.Fatalf("Open over an empty dir: %v", err)
	}
	ix.Close()
}

func TestArticleID(t *testing.T) {
	a := ArticleID("https://example.com/a")
	if len(a) != 16 || a != ArticleID("https://example.com/a") || a == ArticleID("https://example.com/b") {
		t.Fatalf("ArticleID not a stable 16-hex hash: %q", a)
	}
}
