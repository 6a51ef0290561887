package main

import (
	"errors"

	"github.com/claimwatch/claimwatch/sources"
)

// loadSources reads and validates a sources file; an invalid one is a usage
// error (exit 2) whose message lists every FILE:LINE problem.
func loadSources(path string) (*sources.Config, error) {
	return nil, errors.New("not implemented yet")
}
