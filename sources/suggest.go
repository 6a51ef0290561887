package sources

import (
	"fmt"
	"strings"
)

// unknownKey words the message for a key that is not allowed in a table,
// suggesting the closest allowed key when it is plausibly a typo.
func unknownKey(key, where string, allowed []string) string {
	msg := fmt.Sprintf("unknown key %q in %s", key, where)
	if s := closest(key, allowed); s != "" {
		msg += fmt.Sprintf(" (did you mean %q?)", s)
	}
	return msg
}

// closest returns the allowed word nearest to word, or "" when none is near
// enough to be a typo. Case, dashes and spaces are forgiven first because
// "User-Agent" and "maxPages" are the usual slips.
func closest(word string, allowed []string) string {
	norm := func(s string) string {
		s = strings.ToLower(s)
		return strings.NewReplacer("-", "", "_", "", " ", "").Replace(s)
	}
	nw := norm(word)
	best, bestDist := "", -1
	for _, a := range allowed {
		if norm(a) == nw {
			return a
		}
		d := editDistance(nw, norm(a))
		if bestDist < 0 || d < bestDist {
			best, bestDist = a, d
		}
	}
	limit := 2
	if len(nw) <= 4 {
		limit = 1
	}
	if bestDist >= 0 && bestDist <= limit {
		return best
	}
	return ""
}

// editDistance is the optimal-string-alignment distance between a and b, in
// bytes (keys are ASCII): Levenshtein plus swapping two neighbours ("nmae")
// as one edit, the commonest typo.
func editDistance(a, b string) int {
	if len(a) > 64 || len(b) > 64 {
		return 1 << 30 // not a typo of a key; also bounds the work for fuzzed input
	}
	rows := make([][]int, len(a)+1)
	for i := range rows {
		rows[i] = make([]int, len(b)+1)
		rows[i][0] = i
	}
	for j := range rows[0] {
		rows[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d := min(rows[i-1][j]+1, rows[i][j-1]+1, rows[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d = min(d, rows[i-2][j-2]+1)
			}
			rows[i][j] = d
		}
	}
	return rows[len(a)][len(b)]
}
