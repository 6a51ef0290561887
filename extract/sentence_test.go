package extract

import (
	"testing"
	"unicode/utf8"
)

func TestSplitSentences(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want []string
	}{
		{"simple", "The FTC sued Amazon. Amazon said it would fight.", []string{"The FTC sued Amazon.", "Amazon said it would fight."}},
		{"abbreviations", "The U.S. Justice Department sued Google on Sept. 12. Google appealed.", []string{"The U.S. Justice Department sued Google on Sept. 12.", "Google appealed."}},
		{"initials", "Judge J. Smith ruled. The company appealed.", []string{"Judge J. Smith ruled.", "The company appealed."}},
		{"corporate suffix mid-sentence", "Apple Inc. said on Monday it would comply.", []string{"Apple Inc. said on Monday it would comply."}},
		{"corporate suffix at end", "The FTC fined Acme Inc. The company appealed.", []string{"The FTC fined Acme Inc.", "The company appealed."}},
		{"line breaks", "Headline here\nFirst sentence. Second one", []string{"Headline here", "First sentence.", "Second one"}},
		{"closing quote", "He said \"we will comply.\" Then he left.", []string{"He said \"we will comply.\"", "Then he left."}},
		{"decimal", "It was fined 18.2 billion yuan. Next.", []string{"It was fined 18.2 billion yuan.", "Next."}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ss := splitSentences(c.in, tokenize(c.in))
			var got []string
			for _, s := range ss {
				got = append(got, s.text)
			}
			if len(got) != len(c.want) {
				t.Fatalf("got %q, want %q", got, c.want)
			}
			for i := range got {
				if got[i] != c.want[i] {
					t.Errorf("sentence %d = %q, want %q", i, got[i], c.want[i])
				}
			}
		})
	}
}

func TestTokenizePossessiveAndOffsets(t *testing.T) {
	s := "China’s JD.com fined €4bn"
	toks := tokenize(s)
	want := []string{"China", "’s", "JD.com", "fined", "€", "4bn"}
	if len(toks) != len(want) {
		t.Fatalf("got %d tokens %+v", len(toks), toks)
	}
	runes := []rune(s)
	for i, tk := range toks {
		if tk.text != want[i] || string(runes[tk.start:tk.end]) != tk.text {
			t.Errorf("token %d = %q at %d-%d, want %q", i, tk.text, tk.start, tk.end, want[i])
		}
	}
	if toks[1].low != "'s" {
		t.Errorf("possessive low = %q, want 's", toks[1].low)
	}
}

func FuzzSplitSentences(f *testing.F) {
	for _, s := range []string{"A. B. C.", "U.S. firms.\n\nNext", "“Quoted.” Then", "Rs. 5 crore. Ok", "é’s’s", "a\u2028b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		runes := []rune(s)
		prev := 0
		for _, sp := range SplitSentences(s) {
			if sp[0] < prev || sp[1] < sp[0] || sp[1] > len(runes) {
				t.Fatalf("bad span %v (prev end %d, len %d) in %q", sp, prev, len(runes), s)
			}
			prev = sp[1]
		}
	})
}
