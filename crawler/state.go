package crawler

import "errors"

// State is the crawl memory under the data dir: seen URLs with their
// canonical URL, ETag/Last-Modified and content hash, and per-source run
// stats. It survives restarts.
type State struct{}

// OpenState opens (creating if needed) the state database at path.
func OpenState(path string) (*State, error) { return nil, errors.New("crawler: not implemented") }

// Close closes the database.
func (s *State) Close() error { return nil }

// LastRun returns the stats of the last finished run of a source.
func (s *State) LastRun(source string) (Stats, bool, error) { return Stats{}, false, nil }
