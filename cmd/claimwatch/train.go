package main

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/claimwatch/claimwatch/eval"
	"github.com/claimwatch/claimwatch/extract"
)

const trainHelp = `usage: claimwatch train claims [--gold F1,F2,...] [--shared DIR] [--cv [--at T]] [--out FILE] [--threshold T] [--drop D] [--enable] [--note TEXT]

Trains the extractor's learned claim stage (extract/learned*.go): every
candidate claim the rules did not make on a gold document is labelled by
the gold tuples it matches (scored as claimscore.py does) and a logistic
regression is fitted, deterministically; a second one, the re-scorer, is
fitted to the rules' own claims (right or wrong), to drop those it scores
under a threshold. --gold defaults to every eval/testdata/*.jsonl and
shared/claims/dev.jsonl, one set per file.

--cv runs leave-one-set-out cross-validation: each set is scored with a
model trained on all the other sets, against the rules alone, at each
threshold, and the re-scorer alone at each drop threshold; the chosen
threshold of each is the one with the highest summed F1 among those that
raise summed F1 by at least 0.001 and lower summed precision by at most
0.005 (none: that part stays off). With --out as well, the model trained
on all sets is written with those thresholds, enabled only when CV chose
one of them.

Without --cv, --out writes the model with --threshold and --drop, enabled
with --enable.

To reproduce the shipped model (from the module root at the commit its
first comment lines name):
  claimwatch train claims --cv --out extract/learned_claims.txt --note "trained at COMMIT"`

func runTrain(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 {
		fmt.Fprintln(e.Stderr, trainHelp)
		return withCode(2, nil)
	}
	switch args[0] {
	case "claims":
		return runTrainClaims(ctx, e, args[1:])
	case "-h", "--help", "help":
		fmt.Fprintln(e.Stdout, trainHelp)
		return nil
	}
	return usagef("unknown train target %q (want claims)", args[0])
}

func runTrainClaims(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet("train claims", trainHelp, e.Stderr)
	var gold stringList
	fs.Var(&gold, "gold", "gold JSON-lines files, comma-separated or repeated (default: eval/testdata/*.jsonl and shared/claims/dev.jsonl)")
	shared := fs.String("shared", "", "shared folder for html paths and dev.jsonl (default ../shared, else the one beside the module)")
	cv := fs.Bool("cv", false, "run leave-one-set-out cross-validation and choose the threshold")
	out := fs.String("out", "", "write the model trained on all sets to this file")
	threshold := fs.Float64("threshold", 0.5, "threshold to write without --cv")
	enable := fs.Bool("enable", false, "mark the written model enabled (without --cv)")
	drop := fs.Float64("drop", 0, "re-scorer threshold to write without --cv: rule claims scoring under it are dropped (0: none)")
	var extra stringList
	fs.Var(&extra, "note", "a comment line for the written model (e.g. the commit it was trained at); repeatable")
	at := fs.Float64("at", -1, "with --cv, print the per-set table at this threshold (default: the chosen one, else the best)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("unexpected arguments: %v", fs.Args())
	}
	if *threshold < 0 || *threshold > 1 {
		return usagef("--threshold %v: want a value in [0, 1]", *threshold)
	}
	if *drop < 0 || *drop > 1 {
		return usagef("--drop %v: want a value in [0, 1]", *drop)
	}
	dir := goldSharedDir(*shared)
	var files []string
	for _, g := range gold {
		for _, f := range strings.Split(g, ",") {
			if f = strings.TrimSpace(f); f != "" {
				files = append(files, f)
			}
		}
	}
	if len(files) == 0 {
		fs, err := filepath.Glob(filepath.Join("eval", "testdata", "*.jsonl"))
		if err != nil || len(fs) == 0 {
			return usagef("no --gold given and no eval/testdata/*.jsonl here (run from the module root)")
		}
		sort.Strings(fs)
		files = append(fs, filepath.Join(dir, "claims", "dev.jsonl"))
	}
	if *cv && len(files) < 2 {
		return usagef("--cv needs at least two gold sets, got %d", len(files))
	}
	x := extract.NewClaimExtractor(nil)
	var sets []eval.LearnSet
	for _, f := range files {
		s, err := eval.ReadLearnSet(ctx, f, dir, x)
		if err != nil {
			return withCode(1, err)
		}
		sets = append(sets, s)
	}
	pos, neg := eval.Examples(sets)
	fmt.Fprintf(e.Stdout, "%d sets, %d candidates labelled (%d adding a gold claim, %d not)\n", len(sets), pos+neg, pos, neg)
	m := &extract.LearnedModel{}
	var notes []string
	if *cv {
		rep := eval.CrossValidate(sets, eval.TrainOptions{}, eval.DefaultThresholds(), eval.DefaultDropThresholds()...)
		show := -1
		for ti, t := range rep.Thresholds {
			if *at >= 0 && math.Abs(t-*at) < 1e-9 {
				show = ti
			}
		}
		if *at >= 0 && show < 0 {
			return usagef("--at %v: not one of the thresholds tried (%v)", *at, rep.Thresholds)
		}
		if err := eval.WriteCVReport(e.Stdout, rep, show); err != nil {
			return withCode(1, err)
		}
		var cvText bytes.Buffer
		eval.WriteCVReport(&cvText, rep, -1)
		for _, l := range strings.Split(strings.TrimSpace(cvText.String()), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				notes = append(notes, "cv: "+l)
			}
		}
		*threshold, *drop, *enable = 0.5, 0, false
		if rep.Best >= 0 {
			*threshold, *enable = rep.Thresholds[rep.Best], true
		}
		if rep.BestDrop >= 0 {
			*drop, *enable = rep.DropThresholds[rep.BestDrop], true
		}
	}
	if *out == "" {
		return nil
	}
	m = eval.TrainLearned(sets, eval.TrainOptions{})
	eval.TrainRescorer(sets, eval.TrainOptions{}, m)
	m.Threshold, m.Drop, m.Enabled = *threshold, *drop, *enable
	var names []string
	for _, s := range sets {
		names = append(names, s.Name)
	}
	m.Comments = append([]string{
		"learned claim stage: logistic regression weights, one feature a line (weight<TAB>feature)",
		"written by: claimwatch train claims" + map[bool]string{true: " --cv", false: ""}[*cv] + " --out FILE",
		fmt.Sprintf("trained on %d sets: %s", len(sets), strings.Join(names, " ")),
		fmt.Sprintf("%d labelled candidates (%d positive)", pos+neg, pos),
	}, append(extra, notes...)...)
	var b bytes.Buffer
	if _, err := m.WriteTo(&b); err != nil {
		return withCode(1, err)
	}
	if err := os.WriteFile(*out, b.Bytes(), 0o644); err != nil {
		return withCode(1, fmt.Errorf("train: %w", err))
	}
	fmt.Fprintf(e.Stdout, "wrote %s: %d weights, threshold %.2f, drop %.2f, enabled %t\n", *out, len(m.Weights), m.Threshold, m.Drop, m.Enabled)
	return nil
}
