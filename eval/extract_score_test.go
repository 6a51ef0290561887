package eval

import (
	"math"
	"testing"
)

// The expected numbers below were computed with shared/tools/aebscore.py
// (page_scores per page, and the aggregate printed at full precision) on
// exactly these texts; python is not needed to run the test.
var bodyFixture = []struct {
	name, gold, pred string
	tp, fp, fn       float64
	exact            bool
}{
	{"boilerplate appended", "The quick brown fox jumps over the lazy dog. The quick brown fox jumps again, and again.",
		"The quick brown fox jumps over the lazy dog. Share this article on Facebook and Twitter now.",
		0.272727, 0.363636, 0.363636, false},
	{"unicode words and marks", "Über café naïve — 北京 是 中国 的 首都. Numbers 1,234 and 5_6 count too; résumé x ² y z",
		"Über café naïve — 北京 是 中国 的 首都. Numbers 1,234 and 5_6 count; résumé x ² y z extra words here",
		0.565217, 0.260870, 0.173913, false},
	{"gold too short for shingles", "short text", "", 1, 1, 0, false},
	{"repeated shingles count as multiset", "one two three four five six seven eight nine ten",
		"one two three four five six seven eight nine ten one two three four", 0.636364, 0.363636, 0, false},
	{"both empty", "", "", 1, 1, 0, true},
}

func TestScoreBodyPage(t *testing.T) {
	for _, tc := range bodyFixture {
		t.Run(tc.name, func(t *testing.T) {
			p := ScoreBodyPage(tc.gold, tc.pred)
			if math.Abs(p.TP-tc.tp) > 1e-6 || math.Abs(p.FP-tc.fp) > 1e-6 || math.Abs(p.FN-tc.fn) > 1e-6 || p.Exact != tc.exact {
				t.Errorf("got tp=%.6f fp=%.6f fn=%.6f exact=%v, want %.6f %.6f %.6f %v", p.TP, p.FP, p.FN, p.Exact, tc.tp, tc.fp, tc.fn, tc.exact)
			}
		})
	}
}

func TestScoreBodyAgreesWithReference(t *testing.T) {
	var pages []BodyPage
	for _, tc := range bodyFixture {
		pages = append(pages, ScoreBodyPage(tc.gold, tc.pred))
	}
	s := ScoreBody(pages)
	// aebscore.py: precision=0.5498291182501709 recall=0.838655462184874 f1=0.6642021089558228, 1 exact of 5.
	want := BodyScore{Precision: 0.5498291182501709, Recall: 0.838655462184874, F1: 0.6642021089558228, Accuracy: 0.2, Pages: 5}
	if math.Abs(s.Precision-want.Precision) > 1e-9 || math.Abs(s.Recall-want.Recall) > 1e-9 ||
		math.Abs(s.F1-want.F1) > 1e-9 || s.Accuracy != want.Accuracy || s.Pages != want.Pages {
		t.Errorf("ScoreBody = %+v, want %+v", s, want)
	}
}

func TestBodyTokens(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"punctuation splits", "it's a-b, c_d", []string{"it", "s", "a", "b", "c_d"}},
		{"digits and letters", "1,234 x²", []string{"1", "234", "x²"}},
		{"combining mark splits like python", "e\u0301t", []string{"e", "t"}},
		{"cjk run is one token", "北京是", []string{"北京是"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := bodyTokens(tc.in)
			if len(got) != len(tc.want) {
				t.Fatalf("bodyTokens(%q) = %q, want %q", tc.in, got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Fatalf("bodyTokens(%q) = %q, want %q", tc.in, got, tc.want)
				}
			}
		})
	}
}
