package sources

import "errors"

// Parse parses and validates a sources file. path is used in messages only.
// On invalid input it returns a *ValidationError listing every problem.
func Parse(path string, data []byte) (*Config, error) {
	return nil, errors.New("sources: not implemented")
}
