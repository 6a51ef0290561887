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
