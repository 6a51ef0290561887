package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/claimwatch/claimwatch/eval"
)

const evalExtractHelp = `usage: claimwatch eval extract [--shared DIR] [--set aeb|htmldate|fundus|readability|all] [--errors [-n N]] [--json]

Runs the project's article extraction over the shared real-page corpus and
prints one row per metric: body text F1 on aeb (4-token shingles, as
aebscore.py), publication day F on htmldate, title/authors/published/language
on fundus, and robustness (no panic, valid UTF-8) over every page read.
--errors lists the worst pages per metric after the table.`

func runEvalExtract(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet("eval extract", evalExtractHelp, e.Stderr)
	shared := fs.String("shared", "", "shared folder holding corpus/ (default ../shared, else the one beside the module)")
	set := fs.String("set", "all", "set to score: aeb, htmldate, fundus, readability or all")
	showErrors := fs.Bool("errors", false, "list the worst pages per metric")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	limit := fs.Int("n", 10, "pages listed per metric with --errors")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("unexpected argument %q", fs.Arg(0))
	}
	var sets []string
	switch *set {
	case "all", "":
	case "aeb", "htmldate", "fundus", "readability":
		sets = []string{*set}
	default:
		return usagef("unknown --set %q (want aeb, htmldate, fundus, readability or all)", *set)
	}
	dir := *shared
	if dir == "" {
		dir = defaultSharedDir()
	}
	if dir == "" {
		return usagef("no shared folder: ../shared does not exist; give --shared DIR")
	}
	rep, err := eval.RunExtract(ctx, eval.ExtractOptions{Shared: dir, Sets: sets})
	if err != nil {
		return err
	}
	if !*showErrors {
		rep.Misses = nil
	} else {
		rep.Misses = evalExtractWorst(rep.Misses, *limit)
	}
	if *asJSON {
		enc := json.NewEncoder(e.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	tw := tabwriter.NewWriter(e.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "metric\tset\tscore\ttarget\tpages\t")
	for _, r := range rep.Rows {
		target, mark := "-", ""
		if r.Target > 0 {
			target = fmt.Sprintf("%.3f", r.Target)
			if r.Score+1e-9 < r.Target {
				mark = "  below"
			}
		}
		fmt.Fprintf(tw, "%s\t%s\t%.3f\t%s\t%d\t%s\n", r.Metric, r.Set, r.Score, target, r.Pages, mark)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if *showErrors && len(rep.Misses) > 0 {
		fmt.Fprintln(e.Stdout, "\nworst pages:")
		for _, m := range rep.Misses {
			fmt.Fprintf(e.Stdout, "%s %s %s score=%.3f\n   got:  %s\n   want: %s\n", m.Set, m.Metric, m.File, m.Score, m.Got, m.Want)
		}
	}
	return nil
}

// evalExtractWorst keeps at most n misses per set and metric; misses come
// sorted worst first.
func evalExtractWorst(ms []eval.ExtractMiss, n int) []eval.ExtractMiss {
	seen := map[string]int{}
	var out []eval.ExtractMiss
	for _, m := range ms {
		k := m.Set + "/" + m.Metric
		if seen[k] >= n {
			continue
		}
		seen[k]++
		m.Got, m.Want = strings.TrimSpace(m.Got), strings.TrimSpace(m.Want)
		out = append(out, m)
	}
	return out
}
