package sources

import (
	"fmt"
	"strings"
)

// Problem is one thing wrong with a sources file.
type Problem struct {
	File    string
	Line    int // 0 when the problem has no line (e.g. an unreadable file)
	Message string
}

func (p Problem) String() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Message)
	}
	return fmt.Sprintf("%s: %s", p.File, p.Message)
}

// ValidationError lists every problem found in a sources file at once, so an
// editor fixes them in one pass.
type ValidationError struct {
	Problems []Problem
}

func (e *ValidationError) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.String()
	}
	return "sources: invalid file:\n" + strings.Join(lines, "\n")
}
