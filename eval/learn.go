package eval

import (
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"

	"github.com/claimwatch/claimwatch/extract"
)

// Training the extractor's learned claim stage: each candidate the stage
// proposes on a gold document is labelled by matching its claim tuples to
// the gold tuples the rules left unmatched, with the scorer's own name
// matching, and a logistic regression is fitted to the labels.

// LearnDoc is one gold document read for training: the rules' claims and
// the learned stage's candidates.
type LearnDoc struct {
	Gold  ClaimsGoldDoc
	Rules []extract.Claim
	Cands []extract.Candidate
	// Labels[i]: 1 the candidate adds a gold tuple, 0 it adds none, -1 it
	// only repeats tuples the rules matched or is mixed (left out).
	Labels []int8
	// RuleLabels[i]: 1 rule claim i matches gold tuples, 0 it matches
	// none, -1 it only repeats matched ones (the re-scorer's labels).
	RuleLabels []int8
	// Hits[i] are the gold tuples (indices in the document) candidate i
	// adds: the bag of readings one gold claim may have come from.
	Hits [][]int
}

// LearnSet is one gold file read for training.
type LearnSet struct {
	Name string
	Docs []LearnDoc
}

// ReadLearnSet reads a gold file and runs the rules and the candidate
// finder over each document (html documents resolved under shared).
func ReadLearnSet(ctx context.Context, path, shared string, x *extract.ClaimExtractor) (LearnSet, error) {
	f, err := os.Open(path)
	if err != nil {
		return LearnSet{}, fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	gold, err := ReadClaimsGold(f)
	if err != nil {
		return LearnSet{}, fmt.Errorf("eval: %s: %w", path, err)
	}
	return NewLearnSet(ctx, setName(path), gold, shared, x)
}

// NewLearnSet runs the rules and the candidate finder over each document
// of gold and labels the candidates.
func NewLearnSet(ctx context.Context, name string, gold []ClaimsGoldDoc, shared string, x *extract.ClaimExtractor) (LearnSet, error) {
	set := LearnSet{Name: name}
	for _, g := range dedupeGold(gold) {
		if err := ctx.Err(); err != nil {
			return LearnSet{}, err
		}
		doc, err := goldDocument(g, shared)
		if err != nil {
			return LearnSet{}, err
		}
		rules, cands := x.Candidates(doc)
		labels, hits := labelCandidates(g, rules, cands)
		set.Docs = append(set.Docs, LearnDoc{Gold: g, Rules: rules, Cands: cands, Labels: labels, Hits: hits, RuleLabels: labelRules(g, rules)})
	}
	return set, nil
}

func setName(path string) string {
	b := filepath.Base(path)
	if ext := filepath.Ext(b); ext != "" {
		b = b[:len(b)-len(ext)]
	}
	return b
}

// dedupeGold keeps the last line of each id, in first-seen order, as the
// scorer does.
func dedupeGold(gold []ClaimsGoldDoc) []ClaimsGoldDoc {
	at := map[string]int{}
	var order []string
	for i, g := range gold {
		if _, ok := at[g.ID]; !ok {
			order = append(order, g.ID)
		}
		at[g.ID] = i
	}
	out := make([]ClaimsGoldDoc, 0, len(order))
	for _, id := range order {
		out = append(out, gold[at[id]])
	}
	return out
}

// goldDocument is the document PredictClaims reads for g.
func goldDocument(g ClaimsGoldDoc, shared string) (extract.Document, error) {
	if g.HTML == "" {
		return extract.Document{Text: g.Text}, nil
	}
	path := filepath.Join(shared, filepath.FromSlash(g.HTML))
	page, err := os.ReadFile(path)
	if err != nil {
		return extract.Document{}, fmt.Errorf("eval: gold %s: %w", g.ID, err)
	}
	d, err := extract.Article(page, "", extract.Hints{})
	if err != nil {
		return extract.Document{}, fmt.Errorf("eval: gold %s: extracting %s: %w", g.ID, path, err)
	}
	return d, nil
}

// labelCandidates labels each candidate against the gold tuples the rules
// did not match, and lists the tuples each adds.
func labelCandidates(g ClaimsGoldDoc, rules []extract.Claim, cands []extract.Candidate) ([]int8, [][]int) {
	var gt []claimTuple
	for _, c := range g.Claims {
		gt = append(gt, goldTuples(c)...)
	}
	used := make([]bool, len(gt))
	for _, r := range rules {
		for _, p := range predTuples(r) {
			for i, t := range gt {
				if !used[i] && tupleMatches(p, t) {
					used[i] = true
					break
				}
			}
		}
	}
	labels := make([]int8, len(cands))
	hitList := make([][]int, len(cands))
	for n, c := range cands {
		hits, repeats, misses := 0, 0, 0
		for _, p := range predTuples(c.Claim) {
			hit, rep := false, false
			for i, t := range gt {
				if tupleMatches(p, t) {
					if used[i] {
						rep = true
					} else {
						hit = true
						hitList[n] = append(hitList[n], i)
					}
				}
			}
			switch {
			case hit:
				hits++
			case rep:
				repeats++
			default:
				misses++
			}
		}
		switch {
		case hits > 0 && misses == 0:
			labels[n] = 1
		case hits == 0 && misses > 0:
			labels[n] = 0
		case hits > 0 && hits >= misses:
			labels[n] = 1
		default:
			labels[n] = -1
		}
	}
	return labels, hitList
}

// labelRules labels the rules' claims as the scorer counts them: in order,
// each tuple takes the first unmatched gold tuple it matches.
func labelRules(g ClaimsGoldDoc, rules []extract.Claim) []int8 {
	var gt []claimTuple
	for _, c := range g.Claims {
		gt = append(gt, goldTuples(c)...)
	}
	used := make([]bool, len(gt))
	out := make([]int8, len(rules))
	for n, r := range rules {
		hits, misses := 0, 0
		for _, p := range predTuples(r) {
			hit, rep := -1, false
			for i, t := range gt {
				if !tupleMatches(p, t) {
					continue
				}
				if used[i] {
					rep = true
					continue
				}
				hit = i
				break
			}
			switch {
			case hit >= 0:
				used[hit] = true
				hits++
			case !rep:
				misses++
			}
		}
		switch {
		case hits >= misses && hits > 0:
			out[n] = 1
		case misses > 0:
			out[n] = 0
		default:
			out[n] = -1
		}
	}
	return out
}

// TrainRescorer fits the re-scorer on the rules' labelled claims: its
// weights (features "r:...") and bias go into m.
func TrainRescorer(sets []LearnSet, o TrainOptions, m *extract.LearnedModel) {
	o = o.withDefaults()
	var exs []example
	for _, s := range sets {
		for _, d := range s.Docs {
			for i, r := range d.Rules {
				if d.RuleLabels[i] < 0 {
					continue
				}
				exs = append(exs, example{feats: extract.RuleFeatures(r), y: float64(d.RuleLabels[i]), weight: 1})
			}
		}
	}
	r := fitLogistic(exs, o)
	m.DropBias = r.Bias
	for f, w := range r.Weights {
		m.Weights[f] = w
	}
}

// TrainOptions set the fit; the zero value uses the defaults.
type TrainOptions struct {
	Iterations int     // full-batch steps per round (default 300)
	Rate       float64 // AdaGrad step (default 0.5)
	L2         float64 // per-example L2 strength (default 1e-3)
	MinCount   int     // features seen in fewer examples are left out (default 2)
	// Rounds of multiple-instance relabelling (default -1: none). Gold
	// claims are per document, so every reading of every sentence that
	// happens to name a gold claim's parties matches it ("probe" read into
	// "fined" when the article also tells a probe elsewhere). With rounds,
	// after a first fit in which each gold claim's readings share one unit
	// of weight, only the best-scoring reading of each gold claim stays
	// positive. Leave-one-set-out it did no better than plain labels
	// (docs/claims-model.md), so it is off by default.
	Rounds int
}

func (o TrainOptions) withDefaults() TrainOptions {
	if o.Iterations == 0 {
		o.Iterations = 300
	}
	if o.Rate == 0 {
		o.Rate = 0.5
	}
	if o.L2 == 0 {
		o.L2 = 1e-3
	}
	if o.MinCount == 0 {
		o.MinCount = 2
	}
	if o.Rounds == 0 {
		o.Rounds = -1
	}
	return o
}

// example is one labelled candidate for the fit.
type example struct {
	feats  []string
	y      float64
	weight float64
	doc    int   // document ordinal over all sets
	hits   []int // gold tuples of that document it adds
}

// TrainLearned fits a logistic regression to the labelled candidates of
// sets by full-batch AdaGrad: no randomness and sums in a fixed order, so
// the same sets give the same weights. The threshold is left at 0.5 and
// the model disabled; the caller sets both.
func TrainLearned(sets []LearnSet, o TrainOptions) *extract.LearnedModel {
	o = o.withDefaults()
	var exs []example
	doc := 0
	for _, s := range sets {
		for _, d := range s.Docs {
			for i, c := range d.Cands {
				if d.Labels[i] < 0 {
					continue
				}
				exs = append(exs, example{feats: c.Features, y: float64(d.Labels[i]), weight: 1, doc: doc, hits: d.Hits[i]})
			}
			doc++
		}
	}
	// first fit: each gold tuple's readings share one unit of weight
	type bagKey struct{ doc, tuple int }
	bags := map[bagKey][]int{}
	for i, e := range exs {
		if e.y == 1 {
			for _, t := range e.hits {
				bags[bagKey{e.doc, t}] = append(bags[bagKey{e.doc, t}], i)
			}
		}
	}
	for i := range exs {
		if exs[i].y != 1 || o.Rounds < 0 {
			continue
		}
		w := 0.0
		for _, t := range exs[i].hits {
			w += 1 / float64(len(bags[bagKey{exs[i].doc, t}]))
		}
		exs[i].weight = min(w, 1)
	}
	m := fitLogistic(exs, o)
	for r := 0; r < o.Rounds; r++ {
		// keep the best reading of each gold tuple positive, drop the others
		keep := make([]bool, len(exs))
		keys := make([]bagKey, 0, len(bags))
		for k := range bags {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool {
			if keys[i].doc != keys[j].doc {
				return keys[i].doc < keys[j].doc
			}
			return keys[i].tuple < keys[j].tuple
		})
		for _, k := range keys {
			best, bs := -1, -1.0
			for _, i := range bags[k] {
				if sc := m.Score(exs[i].feats); sc > bs {
					best, bs = i, sc
				}
			}
			keep[best] = true
		}
		var round []example
		for i, e := range exs {
			switch {
			case e.y == 0:
				round = append(round, e)
			case keep[i]:
				e.weight = 1
				round = append(round, e)
			}
		}
		m = fitLogistic(round, o)
	}
	return m
}

// fitLogistic is the weighted full-batch fit.
func fitLogistic(exs []example, o TrainOptions) *extract.LearnedModel {
	count := map[string]int{}
	for _, e := range exs {
		for _, f := range uniq(e.feats) {
			count[f]++
		}
	}
	names := make([]string, 0, len(count))
	for f, n := range count {
		if n >= o.MinCount {
			names = append(names, f)
		}
	}
	sort.Strings(names)
	index := make(map[string]int, len(names))
	for i, f := range names {
		index[f] = i
	}
	xs := make([][]int, len(exs))
	for i, e := range exs {
		for _, f := range uniq(e.feats) {
			if j, ok := index[f]; ok {
				xs[i] = append(xs[i], j)
			}
		}
	}
	w := make([]float64, len(names))
	g2 := make([]float64, len(names))
	grad := make([]float64, len(names))
	var bias, bg2 float64
	n := 0.0
	for _, e := range exs {
		n += e.weight
	}
	n = max(n, 1)
	for it := 0; it < o.Iterations; it++ {
		clear(grad)
		var bgrad float64
		for i, row := range xs {
			z := bias
			for _, j := range row {
				z += w[j]
			}
			e := (1/(1+math.Exp(-z)) - exs[i].y) * exs[i].weight
			bgrad += e
			for _, j := range row {
				grad[j] += e
			}
		}
		bgrad /= n
		bg2 += bgrad * bgrad
		bias -= o.Rate * bgrad / (math.Sqrt(bg2) + 1e-8)
		for j := range w {
			gj := grad[j]/n + o.L2*w[j]
			if gj == 0 {
				continue
			}
			g2[j] += gj * gj
			w[j] -= o.Rate * gj / (math.Sqrt(g2[j]) + 1e-8)
		}
	}
	m := &extract.LearnedModel{Bias: round4(bias), Threshold: 0.5, Weights: map[string]float64{}}
	for j, f := range names {
		if v := round4(w[j]); v != 0 {
			m.Weights[f] = v
		}
	}
	return m
}

// round4 rounds as the model file does, so a model used in memory scores
// exactly as the same model read back from its file.
func round4(v float64) float64 { return math.Round(v*1e4) / 1e4 }

func uniq(fs []string) []string {
	seen := make(map[string]bool, len(fs))
	out := fs[:0:0]
	for _, f := range fs {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return out
}

// Examples counts the labelled candidates of sets: positives, negatives.
func Examples(sets []LearnSet) (pos, neg int) {
	for _, s := range sets {
		for _, d := range s.Docs {
			for _, l := range d.Labels {
				switch l {
				case 1:
					pos++
				case 0:
					neg++
				}
			}
		}
	}
	return pos, neg
}
