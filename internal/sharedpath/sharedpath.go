// Package sharedpath finds the team's read-only shared folder (gold sets and
// the real-page corpus) for tests and the eval command. It lives beside the
// repository as ../shared; a user's clone may not have it, and tests then skip.
package sharedpath

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir returns the shared folder: $CLAIMWATCH_SHARED when set, else ../shared
// next to the module root found by walking up from the working directory.
func Dir() (string, bool) {
	if d := os.Getenv("CLAIMWATCH_SHARED"); d != "" {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			return d, true
		}
		return "", false
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			d := filepath.Join(filepath.Dir(dir), "shared")
			if st, err := os.Stat(d); err == nil && st.IsDir() {
				return d, true
			}
			return "", false
		}
		if filepath.Dir(dir) == dir {
			return "", false
		}
	}
}

// Require returns the shared folder or skips the test with a message saying why.
func Require(tb testing.TB) string {
	tb.Helper()
	d, ok := Dir()
	if !ok {
		tb.Skip("skipping: ../shared (gold sets and real-page corpus) is not beside this clone; set CLAIMWATCH_SHARED to run")
	}
	return d
}
