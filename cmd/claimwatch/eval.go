package main

import (
	"context"
	"fmt"
)

const evalHelp = `usage: claimwatch eval claims|extract [flags]

Scores the project's own extraction against the team's gold sets:
  claims    claim extraction on a gold JSON-lines file (docs/claims.md format)
  extract   article extraction on the real-page corpus (body, dates, title, authors, language)

Run 'claimwatch eval claims --help' or 'claimwatch eval extract --help' for flags.`

func runEval(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 {
		fmt.Fprintln(e.Stderr, evalHelp)
		return withCode(2, nil)
	}
	switch args[0] {
	case "claims":
		return runEvalClaims(ctx, e, args[1:])
	case "extract":
		return runEvalExtract(ctx, e, args[1:])
	case "-h", "--help", "help":
		fmt.Fprintln(e.Stdout, evalHelp)
		return nil
	}
	return usagef("unknown eval target %q (want claims or extract)", args[0])
}
