package extract

import "strings"

// Articles shorten a firm's name to its last words as often as to its
// first: "Mineração Serra Azul" becomes "Serra Azul", "Grupo Hotelero Sol
// Caribe" "Sol Caribe", "PT Kalimantan Sawit Perkasa" "Sawit Perkasa" (a
// trade or legal word opening the name is dropped). The short form's answer
// is then to the acts on the full name.

// tailFormOf: one of the names of a firm in firms (the one answering) is
// the last two or more words of one of t's (the one acted on), and is not
// only business, legal-form or place words. Only that way round: an act on
// a product ("Unite Connect") is no act on the firm whose longer name ends
// with it ("Ascom Unite Connect").
func tailFormOf(t Entity, firms []Entity) bool {
	for _, f := range firms {
		for _, x := range []string{t.Name, t.Canonical} {
			for _, y := range []string{f.Name, f.Canonical} {
				if trailingWordsOf(strings.ToLower(y), strings.ToLower(x)) {
					return true
				}
			}
		}
	}
	return false
}

// trailingWordsOf: a has two words or more and ends b at a word break,
// one or two words shorter.
func trailingWordsOf(a, b string) bool {
	if a == "" || a == b || !strings.HasSuffix(b, " "+a) {
		return false
	}
	short := strings.Fields(a)
	extra := len(strings.Fields(b)) - len(short)
	if len(short) < 2 || extra < 1 || extra > 2 {
		return false
	}
	plain := false
	for _, w := range short {
		if !(businessHeads[w] || utilityWords[w] || corpSuffixes[w] || governmentalWords[w] || placeAdjectives[w]) {
			plain = true
		}
	}
	return plain
}
