package extract

import "testing"

// Every token tokenize makes must carry the class bits of its lower-case
// form, whichever branch made it (word, punctuation, split-off "'s"), or the
// bit tests in the mention and trigger finders silently miss words.
func TestTokenizeLexFlags(t *testing.T) {
	cases := []struct {
		name, text, word string
		want             lexFlag
	}{
		{"capitalized stop word", "The regulator acted.", "the", lxCapStop},
		{"sector head after quantifier", "All Banks must comply.", "banks", lxSectorHead},
		{"authority head", "the competition Authority said", "authority", lxAuthHead},
		{"attribution verb", "Acme Ltd said on Monday", "said", lxAttribVerb},
		{"corporate suffix", "Acme Ltd said", "ltd", lxCorpSuffix},
		{"trigger form", "The court fined Acme.", "fined", lxTriggerForm},
		{"uphold verb", "The court upheld the fine.", "upheld", lxUpholdVerb},
		{"curly apostrophe folded", "Acme\u2019s board rejected it", "'s", 0},
		{"plain word has none", "The weather was fine.", "weather", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			found := false
			for _, tok := range tokenize(c.text) {
				if tok.low != c.word {
					continue
				}
				found = true
				if tok.lex != lexFlags[tok.low] {
					t.Errorf("%q: lex %b, want lexFlags[%q] = %b", tok.text, tok.lex, tok.low, lexFlags[tok.low])
				}
				if tok.lex&c.want != c.want {
					t.Errorf("%q: lex %b lacks %b", tok.text, tok.lex, c.want)
				}
			}
			if !found {
				t.Fatalf("no token %q in %q", c.word, c.text)
			}
		})
	}
}
