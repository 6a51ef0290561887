package extract

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
)

// LearnedModel weighs a candidate's features: a logistic regression, so a
// score is the model's probability that the candidate is a gold claim.
// It is written as a small text file (learned_claims.txt, embedded), one
// feature and its weight a line, sorted, so a retrained model diffs line
// by line. It is trained outside this package (claimwatch train claims).
type LearnedModel struct {
	Bias float64
	// Threshold is the least score a candidate needs to be kept; Enabled
	// says whether NewClaimExtractor uses the model at all (only when
	// cross-validation showed a gain).
	Threshold float64
	Enabled   bool
	// DropBias and Drop are the re-scorer's (learned_rescore.go): a rule
	// claim scoring under Drop is left out; 0 never drops.
	DropBias float64
	Drop     float64
	Weights  map[string]float64
	// Comment lines written at the top of the file (what it was trained on).
	Comments []string
}

//go:embed learned_claims.txt
var learnedClaimsFile string

// DefaultLearnedModel parses the embedded model; it panics only if the
// shipped file is broken, which the package's tests rule out.
func DefaultLearnedModel() *LearnedModel {
	m, err := ParseLearnedModel(strings.NewReader(learnedClaimsFile))
	if err != nil {
		panic(err)
	}
	return m
}

// Score is the model's probability that a candidate with features f is a
// gold claim.
func (m *LearnedModel) Score(f []string) float64 {
	z := m.Bias
	for _, x := range f {
		z += m.Weights[x]
	}
	return 1 / (1 + math.Exp(-z))
}

// RuleScore is the re-scorer's probability that a rule claim with
// features f is a gold claim.
func (m *LearnedModel) RuleScore(f []string) float64 {
	z := m.DropBias
	for _, x := range f {
		z += m.Weights[x]
	}
	return 1 / (1 + math.Exp(-z))
}

// TopFeatures returns the n features of f that weigh most either way, as
// "feature=+0.42", for --explain.
func (m *LearnedModel) TopFeatures(f []string, n int) []string {
	type fw struct {
		f string
		w float64
	}
	var xs []fw
	for _, x := range f {
		if w, ok := m.Weights[x]; ok {
			xs = append(xs, fw{x, w})
		}
	}
	sort.SliceStable(xs, func(i, j int) bool { return math.Abs(xs[i].w) > math.Abs(xs[j].w) })
	var out []string
	for i := 0; i < len(xs) && i < n; i++ {
		out = append(out, fmt.Sprintf("%s=%+.2f", xs[i].f, xs[i].w))
	}
	return out
}

// WriteTo writes the model in the format ParseLearnedModel reads: comment
// lines, then "@bias", "@threshold", "@enabled", "@dropbias", "@drop", then "weight<TAB>feature"
// lines sorted by feature (the re-scorer's with the prefix "r:"). Weights are rounded to 4 decimals; those that
// round to zero are left out.
func (m *LearnedModel) WriteTo(w io.Writer) (int64, error) {
	var b strings.Builder
	for _, c := range m.Comments {
		// one line each, as ParseLearnedModel reads them back
		for _, l := range strings.Split(c, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				b.WriteString("# " + l + "\n")
			} else {
				b.WriteString("#\n")
			}
		}
	}
	fmt.Fprintf(&b, "@bias\t%.4f\n@threshold\t%.4f\n@enabled\t%t\n@dropbias\t%.4f\n@drop\t%.4f\n", m.Bias, m.Threshold, m.Enabled, m.DropBias, m.Drop)
	keys := make([]string, 0, len(m.Weights))
	for k, v := range m.Weights {
		if math.Abs(v) >= 0.00005 {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "%.4f\t%s\n", m.Weights[k], k)
	}
	n, err := io.WriteString(w, b.String())
	return int64(n), err
}

// ParseLearnedModel reads a model file; errors name the line.
func ParseLearnedModel(r io.Reader) (*LearnedModel, error) {
	m := &LearnedModel{Weights: map[string]float64{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	n := 0
	seen := map[string]bool{}
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.TrimSpace(line) == "" {
			continue
		}
		if c, ok := strings.CutPrefix(line, "#"); ok {
			m.Comments = append(m.Comments, strings.TrimSpace(c))
			continue
		}
		a, b, ok := strings.Cut(line, "\t")
		if !ok || b == "" || strings.ContainsAny(b, "\t") {
			return nil, fmt.Errorf("extract: learned model line %d: want \"weight<TAB>feature\" or \"@key<TAB>value\", got %q", n, line)
		}
		if strings.HasPrefix(a, "@") {
			if seen[a] {
				return nil, fmt.Errorf("extract: learned model line %d: %s given twice", n, a)
			}
			seen[a] = true
			var err error
			switch a {
			case "@bias":
				m.Bias, err = parseFinite(b)
			case "@threshold":
				m.Threshold, err = parseFinite(b)
				if err == nil && (m.Threshold < 0 || m.Threshold > 1) {
					err = fmt.Errorf("threshold %v outside [0, 1]", m.Threshold)
				}
			case "@dropbias":
				m.DropBias, err = parseFinite(b)
			case "@drop":
				m.Drop, err = parseFinite(b)
				if err == nil && (m.Drop < 0 || m.Drop > 1) {
					err = fmt.Errorf("drop threshold %v outside [0, 1]", m.Drop)
				}
			case "@enabled":
				m.Enabled, err = strconv.ParseBool(b)
			default:
				err = fmt.Errorf("unknown key %s", a)
			}
			if err != nil {
				return nil, fmt.Errorf("extract: learned model line %d: %w", n, err)
			}
			continue
		}
		w, err := parseFinite(a)
		if err != nil {
			return nil, fmt.Errorf("extract: learned model line %d: weight: %w", n, err)
		}
		if _, dup := m.Weights[b]; dup {
			return nil, fmt.Errorf("extract: learned model line %d: feature %q given twice", n, b)
		}
		m.Weights[b] = w
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("extract: learned model line %d: %w", n+1, err)
	}
	return m, nil
}

func parseFinite(s string) (float64, error) {
	v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil {
		return 0, err
	}
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, fmt.Errorf("%q is not a finite number", s)
	}
	return v, nil
}
