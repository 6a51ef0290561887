package extract

import (
	"strings"
	"unicode/utf8"
)

// Asking a word set about a capitalized word without a new string: the
// per-mention checks (a firm's inner word, a title inside a name, a
// firm's initials) ran strings.ToLower per call, and its result always
// goes to the heap. appendLower writes into a caller's stack array, and
// `lw := string(b)` that is only used as a map key stays on the stack too
// (up to 32 bytes), so the check allocates nothing.

// appendLower appends strings.ToLower(s) to buf.
func appendLower(buf []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return append(buf, strings.ToLower(s)...)
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}
