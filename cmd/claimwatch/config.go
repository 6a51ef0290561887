package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/claimwatch/claimwatch/sources"
)

// loadSources reads and validates a sources file; an invalid one is a usage
// error (exit 2) whose message lists every FILE:LINE problem.
func loadSources(path string) (*sources.Config, error) {
	if path == "" {
		return nil, usagef("no sources file given (use --sources FILE)")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, usagef("sources file %s does not exist", path)
		}
		return nil, usagef("cannot read sources file: %w", err)
	}
	cfg, err := sources.Parse(path, data)
	if err != nil {
		var ve *sources.ValidationError
		if errors.As(err, &ve) {
			return nil, usageErr(problemsError{ve})
		}
		return nil, usageErr(err)
	}
	return cfg, nil
}

// problemsError prints a ValidationError as bare FILE:LINE: message lines,
// the form editors and their editors' jump-to-line features understand.
type problemsError struct{ ve *sources.ValidationError }

func (p problemsError) Error() string {
	lines := make([]string, len(p.ve.Problems))
	for i, pr := range p.ve.Problems {
		lines[i] = pr.String()
	}
	return fmt.Sprintf("%d problem(s) in sources file:\n%s", len(lines), strings.Join(lines, "\n"))
}

func (p problemsError) Unwrap() error { return p.ve }
