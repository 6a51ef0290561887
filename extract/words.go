package extract

import (
	"slices"
	"strings"
)

// Word-set membership over tokens: the one place rules ask "is one of these
// words here". Sets come in two forms, a map built once with toSet for the
// long lists a rule shares, and a variadic list for the few words one rule
// names inline; both compare the lowercased token.

// toSet builds a word set from a space-separated list, so long lexicons stay
// readable as text.
func toSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// hasWord: some token of seg is in set.
func hasWord(seg []token, set map[string]bool) bool {
	for _, t := range seg {
		if set[t.low] {
			return true
		}
	}
	return false
}

// hasWordIn: some token of seg is one of words.
func hasWordIn(seg []token, words ...string) bool {
	for _, t := range seg {
		if slices.Contains(words, t.low) {
			return true
		}
	}
	return false
}

// setWithin: one of the n words from "from" is in set.
func setWithin(toks []token, from, n int, set map[string]bool) bool {
	for i := from; i < len(toks) && i < from+n; i++ {
		if set[toks[i].low] {
			return true
		}
	}
	return false
}

// wordWithin: one of the n words from "from" is one of words.
func wordWithin(toks []token, from, n int, words ...string) bool {
	return wordIndexWithin(toks, from, n, words...) >= 0
}

// wordIndexWithin: the first of the n words from "from" that is one of
// words, or -1.
func wordIndexWithin(toks []token, from, n int, words ...string) int {
	for i := from; i < len(toks) && i < from+n; i++ {
		if slices.Contains(words, toks[i].low) {
			return i
		}
	}
	return -1
}

// precededBy: one of words stands within four words before token i (and
// after from), with no punctuation between: a preposition or cue that
// governs the word at i rather than an earlier clause.
func precededBy(toks []token, i, from int, words ...string) bool {
	for p := i - 1; p > from && p >= i-4; p-- {
		if toks[p].kind == tokPunct {
			return false
		}
		if slices.Contains(words, toks[p].low) {
			return true
		}
	}
	return false
}
