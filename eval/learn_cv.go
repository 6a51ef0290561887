package eval

import (
	"fmt"
	"io"
	"strings"

	"github.com/claimwatch/claimwatch/extract"
)

// Leave-one-set-out cross-validation of the learned claim stage: each gold
// set is scored with a model trained on all the other sets, against the
// rules alone. Sets are written by different people, so a held set stands
// for a writer the model never saw: the measure that decides whether the
// stage ships.

// Counts are true and false positives and false negatives.
type Counts struct{ TP, FP, FN int }

func (c Counts) add(d Counts) Counts { return Counts{c.TP + d.TP, c.FP + d.FP, c.FN + d.FN} }

// PRF is precision, recall and F1 of c.
func (c Counts) PRF() (p, r, f float64) { return prf(c.TP, c.FP, c.FN) }

// CVRow is one held-out set: the rules alone and rules + learned at each
// threshold.
type CVRow struct {
	Set     string
	Rules   Counts
	Learned []Counts // per threshold of CVReport.Thresholds
}

// CVReport is a whole cross-validation.
type CVReport struct {
	Thresholds []float64
	Rows       []CVRow
	Rules      Counts
	Learned    []Counts
	// Best is the index of the chosen threshold: the highest F1 among those
	// that lower precision by at most MaxPrecisionDrop and raise F1 by at
	// least MinF1Gain; -1 when none does.
	Best int
}

// MaxPrecisionDrop is how much summed precision the learned stage may cost;
// MinF1Gain the least summed F1 it must add to count as a gain rather than
// noise (about three gold tuples in 3,000).
const (
	MaxPrecisionDrop = 0.005
	MinF1Gain        = 0.001
)

// DefaultThresholds are the thresholds cross-validation tries.
func DefaultThresholds() []float64 {
	var ts []float64
	for t := 0.10; t < 0.951; t += 0.05 {
		ts = append(ts, round4(t))
	}
	return ts
}

// CrossValidate holds out each set in turn.
func CrossValidate(sets []LearnSet, o TrainOptions, thresholds []float64) CVReport {
	rep := CVReport{Thresholds: thresholds, Learned: make([]Counts, len(thresholds)), Best: -1}
	for i, held := range sets {
		var train []LearnSet
		for j, s := range sets {
			if j != i {
				train = append(train, s)
			}
		}
		m := TrainLearned(train, o)
		row := CVRow{Set: held.Name, Rules: scoreSet(held, nil), Learned: make([]Counts, len(thresholds))}
		for ti, t := range thresholds {
			mt := *m
			mt.Threshold = t
			row.Learned[ti] = scoreSet(held, &mt)
			rep.Learned[ti] = rep.Learned[ti].add(row.Learned[ti])
		}
		rep.Rules = rep.Rules.add(row.Rules)
		rep.Rows = append(rep.Rows, row)
	}
	rp, _, rf := rep.Rules.PRF()
	bestF := rf + MinF1Gain
	for ti, c := range rep.Learned {
		p, _, f := c.PRF()
		if p >= rp-MaxPrecisionDrop && f >= bestF {
			bestF, rep.Best = f, ti
		}
	}
	return rep
}

// scoreSet scores a set's rules' claims plus what m adds (nil: rules only).
func scoreSet(s LearnSet, m *extract.LearnedModel) Counts {
	gold := make([]ClaimsGoldDoc, 0, len(s.Docs))
	pred := make(map[string][]extract.Claim, len(s.Docs))
	for _, d := range s.Docs {
		gold = append(gold, d.Gold)
		cs := d.Rules
		if m != nil {
			cs = append(append([]extract.Claim(nil), cs...), extract.SelectLearned(d.Rules, d.Cands, m)...)
		}
		pred[d.Gold.ID] = cs
	}
	r := ScoreClaims(gold, pred)
	return Counts{r.TP, r.FP, r.FN}
}

// WriteCVReport prints the totals per threshold and, per set, the rules
// alone against rules + learned at threshold index at (-1: the chosen
// one, else the one with the highest F1).
func WriteCVReport(w io.Writer, r CVReport, at int) error {
	var b strings.Builder
	p, rc, f := r.Rules.PRF()
	fmt.Fprintf(&b, "leave-one-set-out over %d sets\n", len(r.Rows))
	fmt.Fprintf(&b, "rules only          P=%.3f R=%.3f F1=%.3f tp=%d fp=%d fn=%d\n", p, rc, f, r.Rules.TP, r.Rules.FP, r.Rules.FN)
	for ti, t := range r.Thresholds {
		c := r.Learned[ti]
		p, rc, f := c.PRF()
		mark := ""
		if ti == r.Best {
			mark = "  <- chosen"
		}
		fmt.Fprintf(&b, "rules+learned %.2f  P=%.3f R=%.3f F1=%.3f tp=%d fp=%d fn=%d%s\n", t, p, rc, f, c.TP, c.FP, c.FN, mark)
	}
	if at < 0 {
		at = r.Best
	}
	if at < 0 {
		b.WriteString("no threshold raises F1 by 0.001 or more without lowering precision by more than 0.005: the stage stays disabled\n")
		// show the threshold that came closest
		bf := -1.0
		for ti, c := range r.Learned {
			if _, _, f := c.PRF(); f > bf {
				bf, at = f, ti
			}
		}
	}
	if at >= 0 && at < len(r.Thresholds) {
		fmt.Fprintf(&b, "\nper set at threshold %.2f: rules P/R/F1 -> rules+learned P/R/F1 (tp fp fn)\n", r.Thresholds[at])
		for _, row := range r.Rows {
			p0, r0, f0 := row.Rules.PRF()
			c := row.Learned[at]
			p1, r1, f1 := c.PRF()
			fmt.Fprintf(&b, "%-10s %.3f %.3f %.3f -> %.3f %.3f %.3f  (%d %d %d -> %d %d %d)\n", row.Set, p0, r0, f0, p1, r1, f1,
				row.Rules.TP, row.Rules.FP, row.Rules.FN, c.TP, c.FP, c.FN)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
