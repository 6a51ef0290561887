package extract

import (
	"testing"
	"unicode/utf8"
)

// FuzzClaims: no panic on any text; every claim's offsets lie inside its
// field and Sentence is exactly the field's runes[Start:End].
func FuzzClaims(f *testing.F) {
	for _, s := range []string{
		"The FTC fined Meta $5 billion. Meta said it would appeal.",
		"China tells Alibaba, Tencent to open up\nThe ministry ordered them to stop.",
		"It was fined by the regulator. They complied.",
		"’s ’s . . Inc. The",
		"Ministry of of and Commission Authority Court",
		"Turkey's banking regulator BDDK, the NUPRC, approved the purchase of X Foods by on condition that the buyer",
		"Meetup, which it acquired. it has until to. the subject of a SEC inquiry",
		"A and its rival B formed a joint venture together; gave them until",
	} {
		f.Add(s, "Headline fines Google")
	}
	x := NewClaimExtractor(nil)
	f.Fuzz(func(t *testing.T, text, title string) {
		if !utf8.ValidString(text) || !utf8.ValidString(title) {
			return
		}
		for _, c := range x.Claims(Document{Title: title, Text: text}) {
			field := text
			if c.Field == "title" {
				field = title
			}
			r := []rune(field)
			if c.Start < 0 || c.End > len(r) || c.Start > c.End {
				t.Fatalf("offsets %d-%d outside field of %d runes", c.Start, c.End, len(r))
			}
			if string(r[c.Start:c.End]) != c.Sentence {
				t.Fatalf("sentence %q != field[%d:%d] %q", c.Sentence, c.Start, c.End, string(r[c.Start:c.End]))
			}
		}
	})
}
