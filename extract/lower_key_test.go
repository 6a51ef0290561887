package extract

import (
	"strings"
	"testing"
)

// The allocation-free helpers must say exactly what the strings they
// replace said: claims may not change with them.
func TestLowerKeyHelpers(t *testing.T) {
	for _, s := range []string{"", "Saraband", "ACME", "already", "Bình Dương", "İstanbul", "\u212Aelvin", "Zürich-Nord", "a\xffb", strings.Repeat("Long", 20)} {
		t.Run("lower/"+s, func(t *testing.T) {
			var buf [32]byte
			if got := string(appendLower(buf[:0], s)); got != strings.ToLower(s) {
				t.Errorf("appendLower(%q) = %q, want %q", s, got, strings.ToLower(s))
			}
		})
	}
	for _, c := range []struct{ name, want string }{
		{"Lusaka Water and Sewerage Company", "LWSC"},
		{"Kenya Power AND Lighting Company", "KPLC"},
		{"Bank of the North", "BN"},
		{"Électricité de France", ""},
		{"Grupo financiero Uno", ""},
	} {
		t.Run("initials/"+c.name, func(t *testing.T) {
			if got := initialsOf(c.name); got != c.want {
				t.Errorf("initialsOf(%q) = %q, want %q", c.name, got, c.want)
			}
			if c.want != "" && !initialsAre(c.name, c.want) || initialsAre(c.name, c.want+"X") {
				t.Errorf("initialsAre(%q) disagrees with initialsOf", c.name)
			}
		})
	}
	for _, c := range []struct{ text, name string }{
		{"Pearl River said", "Pearl River Condiments"},
		{"Pearl River said", "Pearl River"},
		{"Pearl River said", "Pearl Rivers Ltd"},
		{"AT&T Mobile said", "AT&T Mobile Inc"},
		{"Gulf  Star said", "Gulf Star Ship Management"},
	} {
		t.Run("opens/"+c.text+"/"+c.name, func(t *testing.T) {
			toks := tokenize(c.text)
			nm := span(toks, 0, 2)
			want := len(c.name) > len(nm)+1 && c.name[len(nm)] == ' ' && c.name[:len(nm)] == nm
			if got := spanOpens(toks, 0, 2, c.name); got != want {
				t.Errorf("spanOpens(%q, %q) = %v, want %v", nm, c.name, got, want)
			}
		})
	}
}

// tokenize slices a capitalized ASCII word's lower case from one lowered
// copy of the text; it must be what lowerFold gives the word.
func TestTokenizeLowSlices(t *testing.T) {
	for _, s := range []string{
		"The Competition Commission fined AT&T's unit; Bình Dương's İstanbul office said ‘no’.",
		"JOHN F. Kennedy met U.S. officials in Zürich and McDonald’s HQ.",
	} {
		t.Run(s, func(t *testing.T) {
			for _, tk := range tokenize(s) {
				if tk.kind != tokPunct && tk.low != "'s" && tk.low != lowerFold(tk.text) {
					t.Errorf("token %q: low %q, want %q", tk.text, tk.low, lowerFold(tk.text))
				}
			}
		})
	}
}
