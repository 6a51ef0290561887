package main

import (
	"context"
	"errors"
	"fmt"
	"text/tabwriter"

	"github.com/claimwatch/claimwatch/sources"
)

const sourcesCheckHelp = `usage: claimwatch sources check [FILE]

Validate a sources file (default sources.toml) without fetching anything.
Every problem is printed to stderr as FILE:LINE: message, all at once, and the
exit status is 2. A valid file prints a summary: how many sources and how many
are enabled, then one line per source with its feed, sitemap and start-page
counts and its schedule.`

func runSourcesCheck(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet("sources check", sourcesCheckHelp, e.Stderr)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	path := "sources.toml"
	switch fs.NArg() {
	case 0:
	case 1:
		path = fs.Arg(0)
	default:
		return usagef("want one sources file, got %d arguments", fs.NArg())
	}

	cfg, err := loadSources(path)
	if err != nil {
		var ve *sources.ValidationError
		if errors.As(err, &ve) {
			for _, p := range ve.Problems {
				fmt.Fprintln(e.Stderr, p.String())
			}
			return withCode(2, nil)
		}
		return err
	}

	fmt.Fprintf(e.Stdout, "%s: %d sources, %d enabled\n", path, len(cfg.Sources), len(cfg.Enabled()))
	tw := tabwriter.NewWriter(e.Stdout, 0, 0, 2, ' ', 0)
	for _, s := range cfg.Sources {
		sched := s.Schedule
		if !s.Enabled {
			sched += "  (disabled)"
		}
		fmt.Fprintf(tw, "  %s\tfeeds=%d\tsitemaps=%d\tstart=%d\t%s\n",
			s.Name, len(s.Feeds), len(s.Sitemaps), len(s.StartURLs), sched)
	}
	return tw.Flush()
}
