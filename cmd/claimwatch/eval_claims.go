package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/claimwatch/claimwatch/eval"
	"github.com/claimwatch/claimwatch/extract"
)

const evalClaimsHelp = `usage: claimwatch eval claims --gold FILE [--shared DIR] [--errors] [--json] [--catalog FILE] [--write-pred FILE] [--learned]

Runs claim extraction on every document of a gold file (docs/claims.md
format; "html" paths are read under --shared and go through article
extraction first) and prints precision, recall, F1, certainty accuracy,
false claims per negative document and a per-kind table, scored exactly as
shared/tools/claimscore.py does. --errors lists each false positive and
false negative (and certainty miss) with its sentence. --learned turns
on the learned stage with the shipped weights (extract/learned_claims.txt)
even though the file ships it disabled, so a new gold set can show whether
the stage pays on text nobody tuned on (see docs/claims-model.md).`

func runEvalClaims(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet("eval claims", evalClaimsHelp, e.Stderr)
	goldPath := fs.String("gold", "", "gold JSON-lines file (required)")
	shared := fs.String("shared", "", "shared folder for html paths (default ../shared, else the one beside the module)")
	showErrors := fs.Bool("errors", false, "list each false positive and false negative with its sentence")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	catalog := fs.String("catalog", "", "extra catalogue file merged into the built-in one")
	predOut := fs.String("write-pred", "", "also write the predictions as JSON lines (claimscore.py's PRED format) to this file")
	learned := fs.Bool("learned", false, "add the learned stage's claims (shipped weights and threshold) to the rules'")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *goldPath == "" {
		return usagef("--gold FILE is required")
	}
	if fs.NArg() > 0 {
		return usagef("unexpected arguments: %v", fs.Args())
	}
	dir := goldSharedDir(*shared)
	x, err := claimExtractor(*catalog)
	if err != nil {
		return err
	}
	if *learned {
		x = x.WithLearned(extract.DefaultLearnedModel())
	}
	f, err := os.Open(*goldPath)
	if err != nil {
		return withCode(1, fmt.Errorf("gold: %w", err))
	}
	defer f.Close()
	gold, err := eval.ReadClaimsGold(f)
	if err != nil {
		return withCode(1, fmt.Errorf("%s: %w", *goldPath, err))
	}
	pred, err := eval.PredictClaims(ctx, gold, dir, x)
	if err != nil {
		return withCode(1, err)
	}
	if *predOut != "" {
		pf, err := os.Create(*predOut)
		if err != nil {
			return withCode(1, fmt.Errorf("predictions: %w", err))
		}
		werr := eval.WriteClaimsPredictions(pf, gold, pred)
		if cerr := pf.Close(); werr == nil {
			werr = cerr
		}
		if werr != nil {
			return withCode(1, werr)
		}
	}
	r := eval.ScoreClaims(gold, pred)
	if *asJSON {
		if !*showErrors {
			r.Errors = nil
		}
		enc := json.NewEncoder(e.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	}
	return eval.WriteClaimsReport(e.Stdout, r, *showErrors)
}
