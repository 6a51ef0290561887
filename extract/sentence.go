package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text is tokenized once per field; sentences are token ranges of it, so
// every later step works on tokens with their rune offsets already known.

type tokKind uint8

const (
	tokWord tokKind = iota
	tokNum
	tokPunct
)

type token struct {
	text         string // surface
	low          string // lower case, curly apostrophes folded
	start, end   int    // rune offsets in the field
	bstart, bend int    // byte offsets in the field
	kind         tokKind
	upper        bool    // starts with an upper-case letter
	nl           bool    // a line break comes before this token
	lex          lexFlag // lexFlags[low]: tokens are only made by tokenize
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		// the same answer as below from a table, and small enough to be
		// inlined, for the ASCII most text is made of
		return asciiWord[r]
	}
	return isWordRuneWide(r)
}

func isWordRuneWide(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c))
	}
	return t
}()

// lexFlagOf is lexFlags[low], read from a table for one-byte tokens
// (punctuation, "a", "I"), which are a good share of all tokens.
func lexFlagOf(low string) lexFlag {
	if len(low) == 1 {
		return byteLexFlags[low[0]]
	}
	return lexFlags[low]
}

var byteLexFlags = func() (t [256]lexFlag) {
	for w, f := range lexFlags {
		if len(w) == 1 {
			t[w[0]] = f
		}
	}
	return t
}()

// tokenize splits s into words, numbers and single punctuation marks. Inner
// dots, apostrophes, ampersands and hyphens stay inside a word ("JD.com",
// "AT&T", "e-commerce"); a possessive "'s" becomes its own token.
func tokenize(s string) []token {
	toks := make([]token, 0, len(s)/5+1)
	var lowS string // s with its ASCII capitals lowered, made at the first capitalized ASCII word
	runeIdx := 0
	nl := false
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			if r == '\n' || r == '\u2028' || r == '\u2029' {
				nl = true
			}
			i += w
			runeIdx++
			continue
		}
		if !isWordRune(r) {
			low := foldPunct(s[i : i+w])
			toks = append(toks, token{text: s[i : i+w], low: low, lex: lexFlagOf(low), start: runeIdx, end: runeIdx + 1, bstart: i, bend: i + w, kind: tokPunct, nl: nl})
			nl = false
			i += w
			runeIdx++
			continue
		}
		// a word or number
		j, rj := i, runeIdx
		for j < len(s) {
			if b := s[j]; b < utf8.RuneSelf && asciiWord[b] {
				j++
				rj++
				continue
			}
			c, cw := utf8.DecodeRuneInString(s[j:])
			if isWordRune(c) {
				j += cw
				rj++
				continue
			}
			if c == '.' || c == '\'' || c == '\u2019' || c == '&' || c == '-' || c == ',' {
				n, nw := utf8.DecodeRuneInString(s[j+cw:])
				if j+cw >= len(s) || !isWordRune(n) {
					// "U.S." keeps its final dot
					if c == '.' && isInitialism(s[i:j]) {
						j += cw
						rj++
					}
					break
				}
				if c == ',' && !(isDigitByte(s[j-1]) && isDigitByte(s[j+cw])) {
					break
				}
				if (c == '\'' || c == '\u2019') && (n == 's' || n == 'S') {
					after := j + cw + nw
					if after >= len(s) || !isWordRune(runeAt(s, after)) {
						break // possessive: split off
					}
				}
				j += cw + nw
				rj += 2
				continue
			}
			break
		}
		// a middle initial keeps its dot when a capitalized name follows ("John F. Kennedy")
		if j-i == 1 && s[i] >= 'A' && s[i] <= 'Z' && j+2 < len(s) && s[j] == '.' && s[j+1] == ' ' && s[j+2] >= 'A' && s[j+2] <= 'Z' && len(toks) > 0 && toks[len(toks)-1].upper && toks[len(toks)-1].bend == i-1 {
			j++
			rj++
		}
		text := s[i:j]
		first, _ := utf8.DecodeRuneInString(text)
		k := tokWord
		if unicode.IsDigit(first) {
			k = tokNum
		}
		var low string
		switch asciiCase(text) {
		case 0:
			low = text
		case 1:
			if lowS == "" {
				lowS = lowerASCII(s)
			}
			low = lowS[i:j] // what lowerFold gives, without a string per capitalized word
		default:
			low = lowerFold(text)
		}
		toks = append(toks, token{text: text, low: low, lex: lexFlagOf(low), start: runeIdx, end: rj, bstart: i, bend: j, kind: k, upper: unicode.IsUpper(first) || innerCapName(text), nl: nl})
		nl = false
		runeIdx = rj
		i = j
		// possessive 's as its own token
		if i < len(s) {
			c, cw := utf8.DecodeRuneInString(s[i:])
			if (c == '\'' || c == '\u2019') && i+cw < len(s) && (s[i+cw] == 's' || s[i+cw] == 'S') {
				after := i + cw + 1
				if after >= len(s) || !isWordRune(runeAt(s, after)) {
					toks = append(toks, token{text: s[i:after], low: "'s", lex: lexFlags["'s"], start: runeIdx, end: runeIdx + 2, bstart: i, bend: after, kind: tokWord})
					runeIdx += 2
					i = after
				}
			}
		}
	}
	return toks
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

func runeAt(s string, i int) rune {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

// isInitialism: single letters joined by dots, "U.S", "U.K", "E.U".
func isInitialism(s string) bool {
	if len(s) < 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if i%2 == 0 {
			if !(s[i] >= 'A' && s[i] <= 'Z' || s[i] >= 'a' && s[i] <= 'z') {
				return false
			}
		} else if s[i] != '.' {
			return false
		}
	}
	return len(s)%2 == 1
}

// asciiCase: 0 for ASCII text without a capital, 1 for ASCII text with
// one, 2 for other text.
func asciiCase(s string) int {
	c := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return 2
		}
		if 'A' <= s[i] && s[i] <= 'Z' {
			c = 1
		}
	}
	return c
}

// lowerASCII lowers the ASCII capitals of s and leaves every other byte,
// so its slice over ASCII text is that text's strings.ToLower.
func lowerASCII(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}

func lowerFold(s string) string {
	ascii := true
	hasUpper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			ascii = false
			break
		}
		if c >= 'A' && c <= 'Z' {
			hasUpper = true
		}
	}
	if ascii && !hasUpper {
		return s
	}
	if ascii {
		return strings.ToLower(s)
	}
	return strings.ReplaceAll(strings.ToLower(s), "\u2019", "'")
}

func foldPunct(s string) string {
	switch s {
	case "\u2019", "\u2018":
		return "'"
	case "\u201c", "\u201d":
		return "\""
	case "\u2013", "\u2014":
		return "-"
	}
	return s
}

// abbreviations that do not end a sentence when followed by a dot.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sen": true, "rep": true, "gov": true,
	"gen": true, "st": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "no": true, "vs": true,
	"jr": true, "sr": true, "mt": true, "ft": true, "col": true, "lt": true, "capt": true, "approx": true,
	"est": true, "fig": true, "p": true, "pp": true, "vol": true, "op": true, "rs": true,
}

// corporate suffixes end a sentence only when a typical sentence opener follows.
var corpAbbrev = map[string]bool{"inc": true, "corp": true, "co": true, "ltd": true, "bros": true, "plc": true}

var sentenceOpeners = map[string]bool{
	"the": true, "it": true, "he": true, "she": true, "they": true, "a": true, "an": true, "in": true,
	"on": true, "but": true, "this": true, "its": true, "we": true, "i": true, "shares": true, "analysts": true,
}

type sentence struct {
	toks       []token
	start, end int // rune offsets in the field
	text       string
	head       bool // a headline: a title, or a short first line with no full stop
	// later collects a first-line headline's answers whose act the body
	// tells after it (set by the claim extractor; nil elsewhere)
	later *[]headAnswer
}

// splitSentences groups tokens into sentences: line breaks always end one;
// ".", "!" and "?" end one when what follows looks like a new sentence.
func splitSentences(s string, toks []token) []sentence {
	var out []sentence
	begin := 0
	emit := func(end int) {
		if end > begin {
			ts := toks[begin:end]
			out = append(out, sentence{toks: ts, start: ts[0].start, end: ts[len(ts)-1].end, text: s[ts[0].bstart:ts[len(ts)-1].bend]})
		}
		begin = end
	}
	for k := 0; k < len(toks); k++ {
		if toks[k].nl && k > begin {
			emit(k)
		}
		t := toks[k]
		if t.kind != tokPunct || !(t.text == "." || t.text == "!" || t.text == "?" || t.text == "\u2026") {
			continue
		}
		// absorb closing quotes and brackets
		e := k + 1
		for e < len(toks) && !toks[e].nl && isCloser(toks[e].text) {
			if (toks[e].text == "\"" || toks[e].text == "'") && toks[e].bstart > toks[e-1].bend {
				break // 'on Monday. "We will ...': a straight quote after a space opens the next sentence
			}
			e++
		}
		if e >= len(toks) {
			k = e - 1
			continue
		}
		next := toks[e]
		if next.nl {
			k = e - 1
			continue
		}
		if !(next.upper || next.kind == tokNum || isOpener(next.text)) {
			continue
		}
		if t.text == "." && k > 0 && toks[k-1].bend == t.bstart {
			prev := toks[k-1].low
			if abbreviations[prev] || (len(prev) == 1 && toks[k-1].upper) {
				continue
			}
			if corpAbbrev[prev] && !sentenceOpeners[next.low] && !nameThenVerb(toks, e) {
				continue
			}
		}
		emit(e)
		k = e - 1
	}
	emit(len(toks))
	return out
}

func isCloser(s string) bool {
	switch s {
	case "\"", "'", "\u201d", "\u2019", ")", "]", "\u00bb":
		return true
	}
	return false
}

func isOpener(s string) bool {
	switch s {
	case "\"", "'", "\u201c", "\u2018", "(", "[", "\u00ab", "-", "\u2013", "\u2014", "\u2022":
		return true
	}
	return false
}

// SplitSentences returns the sentences of a text as rune offset pairs, for
// callers (index, web) that highlight sentences.
func SplitSentences(text string) [][2]int {
	toks := tokenize(text)
	ss := splitSentences(text, toks)
	out := make([][2]int, len(ss))
	for i, s := range ss {
		out[i] = [2]int{s.start, s.end}
	}
	return out
}

// innerCapName: a brand written with a lower-case first letter and a
// capital second ("iFood", "eBay", "bKash", "dLocal") is a name all the
// same; "mRNA" (no lower case after the capital) is not, nor are
// Apple's products ("iPhones": a device, never a party).
func innerCapName(w string) bool {
	if len(w) < 4 || w[0] < 'a' || w[0] > 'z' || w[1] < 'A' || w[1] > 'Z' || appleProducts[strings.ToLower(w)] {
		return false
	}
	for i := 2; i < len(w); i++ {
		if w[i] >= 'a' && w[i] <= 'z' {
			return true
		}
	}
	return false
}

var appleProducts = toSet(`iphone iphones ipad ipads ipod ipods imac imacs icloud itunes imessage ios`)

// nameThenVerb: a capitalized word and then a finite verb start at e ("...
// sued Visa Inc. Visa said ..."): after "Inc." or "Ltd." a new sentence
// opens with its subject.
func nameThenVerb(toks []token, e int) bool {
	if e+1 >= len(toks) || !toks[e].upper || toks[e+1].nl {
		return false
	}
	switch toks[e+1].low {
	case "said", "says", "will", "would", "has", "had", "is", "was", "declined", "denied", "added", "shares", "plans", "did", "does":
		return true
	}
	return false
}
