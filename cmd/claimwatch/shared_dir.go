package main

import (
	"os"
	"path/filepath"

	"github.com/claimwatch/claimwatch/internal/sharedpath"
)

// defaultSharedDir is ../shared from the working directory (the layout of a
// clone beside the team's folder), else the folder sharedpath finds beside
// the module, else "" when neither exists.
func defaultSharedDir() string {
	rel := filepath.Join("..", "shared")
	if st, err := os.Stat(rel); err == nil && st.IsDir() {
		if abs, err := filepath.Abs(rel); err == nil {
			return abs
		}
	}
	if d, ok := sharedpath.Dir(); ok {
		return d
	}
	return ""
}

// goldSharedDir is where a gold file's "html" paths are read: the --shared
// flag when given, else defaultSharedDir; text-only gold files need none, so
// a missing folder falls back to ../shared and errors only when a page is
// read (naming the path).
func goldSharedDir(flag string) string {
	if flag != "" {
		return flag
	}
	if d := defaultSharedDir(); d != "" {
		return d
	}
	return filepath.Join("..", "shared")
}
