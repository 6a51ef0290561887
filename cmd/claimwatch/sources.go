package main

import (
	"context"
	"fmt"
)

const sourcesHelp = `usage: claimwatch sources check [FILE]
       claimwatch sources test [--sources FILE] [--limit N] [--json] [--catalog FILE] NAME

  check   validate a sources file (default sources.toml); every problem is
          printed as FILE:LINE: message (exit 2 when any)
  test    dry-run one source: discover, fetch and extract a few articles and their
          claims without indexing anything, to see what a source yields

Run 'claimwatch sources check --help' or 'claimwatch sources test --help' for details.`

func runSources(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 {
		fmt.Fprintln(e.Stderr, sourcesHelp)
		return withCode(2, nil)
	}
	switch args[0] {
	case "check":
		return runSourcesCheck(ctx, e, args[1:])
	case "test":
		return runSourcesDryRun(ctx, e, args[1:])
	case "-h", "--help", "help":
		fmt.Fprintln(e.Stdout, sourcesHelp)
		return nil
	}
	return usagef("unknown sources action %q (want check or test)", args[0])
}
