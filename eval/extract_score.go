package eval

import (
	"strings"
	"unicode"
)

// BodyPage is one page's share of true positives, false positives and false
// negatives among its 4-token shingles, each divided by their sum, exactly
// as the Article Extraction Benchmark's scorer (shared/tools/aebscore.py)
// computes them.
type BodyPage struct {
	TP, FP, FN float64
	// Exact is true when both texts have the same token sequence.
	Exact bool
}

// BodyScore aggregates pages the benchmark's way: precision and recall are
// means over pages (pages whose denominator is zero are skipped) and F1 is
// computed from those means, not averaged per page.
type BodyScore struct {
	Precision, Recall, F1, Accuracy float64
	Pages                           int
}

// ScoreBodyPage compares one extracted text with its gold text.
func ScoreBodyPage(gold, pred string) BodyPage {
	gs, gt := bodyShingles(gold)
	ps, pt := bodyShingles(pred)
	var tp, fp, fn int
	for k, g := range gs {
		p := ps[k]
		tp += min(g, p)
		if g > p {
			fn += g - p
		}
	}
	for k, p := range ps {
		if g := gs[k]; p > g {
			fp += p - g
		}
	}
	exact := len(gt) == len(pt)
	if exact {
		for i := range gt {
			if gt[i] != pt[i] {
				exact = false
				break
			}
		}
	}
	total := float64(tp + fp + fn)
	if total == 0 {
		return BodyPage{TP: 1, FP: 1, FN: 0, Exact: exact} // both empty, as the reference does
	}
	return BodyPage{TP: float64(tp) / total, FP: float64(fp) / total, FN: float64(fn) / total, Exact: exact}
}

// Precision of one page, and whether it counts toward the mean.
func (p BodyPage) precision() (float64, bool) {
	if p.FP == 0 && p.FN == 0 {
		return 1, true
	}
	if p.TP+p.FP > 0 {
		return p.TP / (p.TP + p.FP), true
	}
	return 0, false
}

func (p BodyPage) recall() (float64, bool) {
	if p.FP == 0 && p.FN == 0 {
		return 1, true
	}
	if p.TP+p.FN > 0 {
		return p.TP / (p.TP + p.FN), true
	}
	return 0, false
}

// F1 of a single page, used to rank the worst pages.
func (p BodyPage) F1() float64 {
	pr, _ := p.precision()
	rc, _ := p.recall()
	if pr+rc == 0 {
		return 0
	}
	return 2 * pr * rc / (pr + rc)
}

// ScoreBody aggregates page scores; pages is the number of gold pages (a
// missing prediction must be scored as an empty text by the caller).
func ScoreBody(pages []BodyPage) BodyScore {
	var ps, rs float64
	var np, nr, exact int
	for _, p := range pages {
		if v, ok := p.precision(); ok {
			ps += v
			np++
		}
		if v, ok := p.recall(); ok {
			rs += v
			nr++
		}
		if p.Exact {
			exact++
		}
	}
	s := BodyScore{Pages: len(pages)}
	if np > 0 {
		s.Precision = ps / float64(np)
	}
	if nr > 0 {
		s.Recall = rs / float64(nr)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	if len(pages) > 0 {
		s.Accuracy = float64(exact) / float64(len(pages))
	}
	return s
}

// bodyTokens splits text like Python's re.findall(r"\w+") on str: runs of
// letters, numbers and underscore. Combining marks are not word characters
// there, so they are not here either.
func bodyTokens(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		w := r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
		if w && start < 0 {
			start = i
		} else if !w && start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

func bodyShingles(s string) (map[string]int, []string) {
	toks := bodyTokens(s)
	m := make(map[string]int, len(toks))
	var b strings.Builder
	for i := 0; i+4 <= len(toks); i++ {
		b.Reset()
		for j := i; j < i+4; j++ {
			b.WriteString(toks[j])
			b.WriteByte(0)
		}
		m[b.String()]++
	}
	return m, toks
}
