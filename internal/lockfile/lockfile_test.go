package lockfile

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestAcquireConflictsInOneProcess(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data", "nested")
	l1, err := Acquire(dir)
	if err != nil {
		t.Fatalf("first acquire: %v", err)
	}
	b, err := os.ReadFile(filepath.Join(dir, Name))
	if err != nil || strings.TrimSpace(string(b)) != strconv.Itoa(os.Getpid()) {
		t.Fatalf("lock file holds %q (%v), want our pid", b, err)
	}
	_, err = Acquire(dir)
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("second acquire: got %v, want ErrLocked", err)
	}
	for _, want := range []string{dir, "pid " + strconv.Itoa(os.Getpid())} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not name %q", err, want)
		}
	}
	if err := l1.Release(); err != nil {
		t.Fatalf("release: %v", err)
	}
	l2, err := Acquire(dir)
	if err != nil {
		t.Fatalf("acquire after release: %v", err)
	}
	defer l2.Release()
}

func TestAcquireUnusableDir(t *testing.T) {
	f := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(f, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Acquire(filepath.Join(f, "sub"))
	if err == nil || !strings.Contains(err.Error(), f) {
		t.Fatalf("got %v, want an error naming %s", err, f)
	}
}

func TestSharedLocks(t *testing.T) {
	dir := t.TempDir()
	r1, err := AcquireShared(dir)
	if err != nil {
		t.Fatalf("first reader: %v", err)
	}
	r2, err := AcquireShared(dir)
	if err != nil {
		t.Fatalf("second reader beside the first: %v", err)
	}
	if _, err := Acquire(dir); !errors.Is(err, ErrLocked) {
		t.Fatalf("writer while readers hold the lock: %v, want ErrLocked", err)
	}
	r1.Release()
	r2.Release()
	w, err := Acquire(dir)
	if err != nil {
		t.Fatalf("writer after the readers left: %v", err)
	}
	if _, err := AcquireShared(dir); !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), "pid "+strconv.Itoa(os.Getpid())) {
		t.Fatalf("reader while a writer holds the lock: %v, want ErrLocked naming its pid", err)
	}
	w.Release()
	if _, err := AcquireShared(filepath.Join(dir, "missing")); err == nil {
		t.Error("shared lock on a missing dir succeeded (and would have created it)")
	}
}
