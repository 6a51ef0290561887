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
	Dropped []Counts // the re-scorer alone, per CVReport.DropThresholds
	Both    Counts   // both at the chosen thresholds (rules when none)
}

// CVReport is a whole cross-validation.
type CVReport struct {
	Thresholds []float64
	Rows       []CVRow
	Rules      Counts
	Learned    []Counts
	// the re-scorer alone at each drop threshold, the one chosen (-1 none,
	// by the same rule as Best), and both stages at their chosen thresholds
	DropThresholds []float64
	Dropped        []Counts
	BestDrop       int
	Both           Counts
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

// DefaultDropThresholds are the re-scorer's thresholds cross-validation tries.
func DefaultDropThresholds() []float64 {
	return []float64{0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5}
}

// DefaultThresholds are the thresholds cross-validation tries.
func DefaultThresholds() []float64 {
	var ts []float64
	for t := 0.10; t < 0.951; t += 0.05 {
		ts = append(ts, round4(t))
	}
	return ts
}

// CrossValidate holds out each set in turn; drops are the re-scorer's
// thresholds (none: the re-scorer is not measured).
func CrossValidate(sets []LearnSet, o TrainOptions, thresholds []float64, drops ...float64) CVReport {
	rep := CVReport{Thresholds: thresholds, Learned: make([]Counts, len(thresholds)), Best: -1,
		DropThresholds: drops, Dropped: make([]Counts, len(drops)), BestDrop: -1}
	models := make([]*extract.LearnedModel, len(sets))
	for i, held := range sets {
		var train []LearnSet
		for j, s := range sets {
			if j != i {
				train = append(train, s)
			}
		}
		m := TrainLearned(train, o)
		if len(drops) > 0 {
			TrainRescorer(train, o, m)
		}
		models[i] = m
		row := CVRow{Set: held.Name, Rules: scoreSet(held, nil, -1, 0), Learned: make([]Counts, len(thresholds)), Dropped: make([]Counts, len(drops))}
		for ti, t := range thresholds {
			row.Learned[ti] = scoreSet(held, m, t, 0)
			rep.Learned[ti] = rep.Learned[ti].add(row.Learned[ti])
		}
		for di, d := range drops {
			row.Dropped[di] = scoreSet(held, m, -1, d)
			rep.Dropped[di] = rep.Dropped[di].add(row.Dropped[di])
		}
		rep.Rules = rep.Rules.add(row.Rules)
		rep.Rows = append(rep.Rows, row)
	}
	rep.Best = chooseThreshold(rep.Rules, rep.Learned)
	rep.BestDrop = chooseThreshold(rep.Rules, rep.Dropped)
	add, drop := -1.0, 0.0
	if rep.Best >= 0 {
		add = thresholds[rep.Best]
	}
	if rep.BestDrop >= 0 {
		drop = drops[rep.BestDrop]
	}
	for i := range rep.Rows {
		rep.Rows[i].Both = scoreSet(sets[i], models[i], add, drop)
		rep.Both = rep.Both.add(rep.Rows[i].Both)
	}
	return rep
}

// chooseThreshold: the index with the highest F1 among those that lower
// precision by at most MaxPrecisionDrop and raise F1 by MinF1Gain; -1.
func chooseThreshold(rules Counts, at []Counts) int {
	rp, _, rf := rules.PRF()
	best, bestF := -1, rf+MinF1Gain
	for ti, c := range at {
		p, _, f := c.PRF()
		if p >= rp-MaxPrecisionDrop && f >= bestF {
			bestF, best = f, ti
		}
	}
	return best
}

// scoreSet scores a set's rules' claims, those under m's re-scorer at drop
// left out (0: none), plus what m adds at threshold add (< 0: nothing).
func scoreSet(s LearnSet, m *extract.LearnedModel, add, drop float64) Counts {
	gold := make([]ClaimsGoldDoc, 0, len(s.Docs))
	pred := make(map[string][]extract.Claim, len(s.Docs))
	for _, d := range s.Docs {
		gold = append(gold, d.Gold)
		cs := d.Rules
		if m != nil {
			mt := *m
			mt.Drop = drop
			cs = extract.RescoreRules(d.Rules, &mt)
			if add >= 0 {
				mt.Threshold = add
				cs = append(append([]extract.Claim(nil), cs...), extract.SelectLearned(cs, d.Cands, &mt)...)
			}
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
	for di, d := range r.DropThresholds {
		c := r.Dropped[di]
		p, rc, f := c.PRF()
		mark := ""
		if di == r.BestDrop {
			mark = "  <- chosen"
		}
		fmt.Fprintf(&b, "rules re-scored %.2f P=%.3f R=%.3f F1=%.3f tp=%d fp=%d fn=%d%s\n", d, p, rc, f, c.TP, c.FP, c.FN, mark)
	}
	if len(r.DropThresholds) > 0 {
		p, rc, f := r.Both.PRF()
		fmt.Fprintf(&b, "both as chosen      P=%.3f R=%.3f F1=%.3f tp=%d fp=%d fn=%d\n", p, rc, f, r.Both.TP, r.Both.FP, r.Both.FN)
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
		fmt.Fprintf(&b, "\nper set at threshold %.2f: rules P/R/F1 -> rules+learned P/R/F1 (tp fp fn)", r.Thresholds[at])
		if len(r.DropThresholds) > 0 {
			b.WriteString("; both as chosen F1")
		}
		b.WriteByte('\n')
		for _, row := range r.Rows {
			p0, r0, f0 := row.Rules.PRF()
			c := row.Learned[at]
			p1, r1, f1 := c.PRF()
			fmt.Fprintf(&b, "%-10s %.3f %.3f %.3f -> %.3f %.3f %.3f  (%d %d %d -> %d %d %d)", row.Set, p0, r0, f0, p1, r1, f1,
				row.Rules.TP, row.Rules.FP, row.Rules.FN, c.TP, c.FP, c.FN)
			if len(r.DropThresholds) > 0 {
				_, _, fb := row.Both.PRF()
				fmt.Fprintf(&b, "; %.3f", fb)
			}
			b.WriteByte('\n')
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
