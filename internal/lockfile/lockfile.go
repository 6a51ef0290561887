// Package lockfile owns the data directory's single-writer lock: one
// claimwatch process at a time may crawl into and index a data dir, while
// any number of readers (search, export) may share it when none writes.
package lockfile

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/gofrs/flock"
)

// ErrLocked is returned (wrapped) when another holder has the lock.
var ErrLocked = errors.New("lockfile: data dir is locked")

// Name is the lock file's name inside the data dir.
const Name = "claimwatch.lock"

// Lock is a held lock; Release it when done.
type Lock struct {
	fl     *flock.Flock
	path   string
	shared bool
}

// Acquire takes DIR/claimwatch.lock without waiting, creating DIR if needed,
// and records this process's PID in it. Each call opens its own handle, so
// a second Acquire in the same process conflicts like another process would.
func Acquire(dir string) (*Lock, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("lockfile: create %s: %w", dir, err)
	}
	path := filepath.Join(dir, Name)
	fl := flock.New(path)
	ok, err := fl.TryLock()
	if err != nil {
		return nil, fmt.Errorf("lockfile: lock %s: %w", path, err)
	}
	if !ok {
		return nil, fmt.Errorf("%w: %s is held by %s", ErrLocked, dir, holder(path))
	}
	// The PID is informational (for the message above); the flock is the lock.
	if err := os.WriteFile(path, []byte(strconv.Itoa(os.Getpid())+"\n"), 0o644); err != nil {
		_ = fl.Unlock()
		return nil, fmt.Errorf("lockfile: write pid to %s: %w", path, err)
	}
	return &Lock{fl: fl, path: path}, nil
}

// AcquireShared takes DIR/claimwatch.lock for reading without waiting: it
// succeeds beside other shared holders and fails with ErrLocked while a
// writer (Acquire) holds it. DIR must exist; a reader has nothing to create.
func AcquireShared(dir string) (*Lock, error) {
	path := filepath.Join(dir, Name)
	if _, err := os.Stat(dir); err != nil {
		return nil, fmt.Errorf("lockfile: %w", err)
	}
	fl := flock.New(path)
	ok, err := fl.TryRLock()
	if err != nil {
		return nil, fmt.Errorf("lockfile: lock %s: %w", path, err)
	}
	if !ok {
		return nil, fmt.Errorf("%w: %s is held by %s", ErrLocked, dir, holder(path))
	}
	return &Lock{fl: fl, path: path, shared: true}, nil
}

func holder(path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return "another process"
	}
	pid := strings.TrimSpace(string(b))
	if _, err := strconv.Atoi(pid); err != nil {
		return "another process"
	}
	return "pid " + pid
}

// Path is the lock file's path.
func (l *Lock) Path() string { return l.path }

// Release drops the lock. The file stays (removing it would race with a new
// holder that already opened it).
func (l *Lock) Release() error {
	if l == nil || l.fl == nil {
		return nil
	}
	if !l.shared {
		// The PID is the writer's; readers never wrote one.
		_ = os.Truncate(l.path, 0)
	}
	if err := l.fl.Unlock(); err != nil {
		return fmt.Errorf("lockfile: release %s: %w", l.path, err)
	}
	return nil
}
