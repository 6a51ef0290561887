package extract

import (
	"strings"
	"testing"
)

func TestLangNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"en-US", "en"}, {"de_DE", "de"}, {" FR ", "fr"}, {"iw", "he"}, {"eng", "en"},
		{"German", "de"}, {"", ""}, {"x-klingon", ""}, {"zh-Hant-TW", "zh"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := langNormalize(tc.in); got != tc.want {
				t.Errorf("langNormalize(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestLangDetectLongInput(t *testing.T) {
	// whatlanggo misreads long English input; the prefix cut must hold.
	para := "The regulator said on Tuesday that it had opened a formal investigation into the airline over repeated delays to maintenance checks on its regional fleet, and the company said it was cooperating. "
	if got := langDetect(strings.Repeat(para, 40)); got != "en" {
		t.Errorf("langDetect(long English) = %q, want en", got)
	}
}

func TestLangContradicts(t *testing.T) {
	zulu := strings.Repeat("Uhulumeni uthe uzophenya inkampani ngemuva kokuthi abantu abaningi bekhale ngamanzi angcolile endaweni yabo. ", 12)
	if got, ok := langContradicts("en", zulu); !ok || got != "zu" {
		t.Errorf("declared en on Zulu text: got %q, %v; want zu, true", got, ok)
	}
	if _, ok := langContradicts("en", "Short text."); ok {
		t.Error("short text must not overrule the declaration")
	}
	norwegian := strings.Repeat("Regjeringen sier at selskapet må betale en stor bot etter at kontrollen fant alvorlige feil i regnskapet. ", 12)
	if got, ok := langContradicts("no", norwegian); ok {
		t.Errorf("no vs %s are one language here", got)
	}
}
