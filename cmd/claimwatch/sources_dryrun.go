package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/claimwatch/claimwatch/crawler"
	"github.com/claimwatch/claimwatch/extract"
	"github.com/claimwatch/claimwatch/pipeline"
	"github.com/claimwatch/claimwatch/web"
)

const sourcesTestHelp = `usage: claimwatch sources test [--sources FILE] [--limit N] [--json] [--catalog FILE] NAME

Dry-runs one source: discovers up to N article URLs from its feeds, sitemaps
or start pages, fetches and extracts them and prints, per article, the URL,
title, publication date, authors, language, text length and opening, and the
claims found (kind, actor → targets, certainty, rule, sentence). Nothing is
indexed and no crawl state is written, so it needs no data dir and may run
beside a crawl or serve.

exit status: 0 at least one article was extracted; 1 nothing could be
discovered, fetched or extracted; 2 usage, an unknown source or an invalid
sources file.`

func runSourcesDryRun(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet("sources test", sourcesTestHelp, e.Stderr)
	sourcesPath := fs.String("sources", "sources.toml", "sources file")
	limit := fs.Int("limit", 3, "articles to fetch")
	asJSON := fs.Bool("json", false, "print the previews as JSON")
	catalog := fs.String("catalog", "", "extra entity catalogue merged over the built-in one")
	// NAME may come before or after the flags.
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	var name string
	if fs.NArg() > 0 {
		name = fs.Arg(0)
		if err := parseFlags(fs, fs.Args()[1:]); err != nil {
			return err
		}
	}
	if name == "" {
		return usagef("which source? (usage: claimwatch sources test [flags] NAME)")
	}
	if fs.NArg() > 0 {
		return usagef("unexpected argument %q after source name %q", fs.Arg(0), name)
	}
	if *limit < 1 {
		return usagef("--limit must be at least 1, got %d", *limit)
	}
	cfg, err := loadSources(*sourcesPath)
	if err != nil {
		return err
	}
	src, ok := cfg.Source(name)
	if !ok {
		return usagef("unknown source %q (not in %s; known: %s)", name, cfg.Path, knownSources(cfg))
	}
	claims, err := loadClaimFinder(*catalog)
	if err != nil {
		return err
	}
	// No State: a dry run must not mark anything seen.
	c := crawler.New(crawler.Options{Logger: e.Logger})
	p := pipeline.New(pipeline.Options{Crawler: c, Claims: claims, Logger: e.Logger})
	previews, err := p.DryRun(ctx, src, *limit)
	if err != nil {
		return withCode(1, err)
	}
	if *asJSON {
		enc := json.NewEncoder(e.Stdout)
		enc.SetIndent("", "  ")
		if previews == nil {
			previews = []pipeline.Preview{}
		}
		if err := enc.Encode(previews); err != nil {
			return withCode(1, err)
		}
	} else {
		writePreviews(e.Stdout, src.Name, previews)
	}
	ok = false
	for _, pv := range previews {
		ok = ok || pv.Err == ""
	}
	switch {
	case len(previews) == 0:
		return withCode(1, fmt.Errorf("source %s: no article URLs discovered", name))
	case !ok:
		return withCode(1, fmt.Errorf("source %s: none of %d articles could be fetched and extracted", name, len(previews)))
	}
	return nil
}

// writePreviews prints dry-run results for a reader checking a source.
func writePreviews(w io.Writer, name string, previews []pipeline.Preview) {
	fmt.Fprintf(w, "source %s: %d article(s)\n", name, len(previews))
	for i, pv := range previews {
		fmt.Fprintf(w, "\n[%d] %s\n", i+1, pv.URL)
		if pv.Err != "" {
			fmt.Fprintf(w, "    error:     %s\n", pv.Err)
			continue
		}
		d := pv.Doc
		if d.URL != "" && d.URL != pv.URL {
			fmt.Fprintf(w, "    canonical: %s\n", d.URL)
		}
		fmt.Fprintf(w, "    title:     %s\n", orUnknown(d.Title))
		pub := "unknown"
		if !d.Published.IsZero() {
			pub = d.Published.Format("2006-01-02 15:04 -0700")
		}
		fmt.Fprintf(w, "    published: %s\n", pub)
		fmt.Fprintf(w, "    authors:   %s\n", orUnknown(strings.Join(d.Authors, ", ")))
		fmt.Fprintf(w, "    language:  %s\n", orUnknown(d.Language))
		fmt.Fprintf(w, "    text:      %d chars\n", utf8.RuneCountInString(d.Text))
		fmt.Fprintf(w, "      %s\n", clip(d.Text, 200))
		fmt.Fprintf(w, "    claims:    %d\n", len(pv.Claims))
		for _, c := range pv.Claims {
			targets := web.TargetNames(c.Targets)
			if targets == "" {
				targets = "?"
			}
			amount := ""
			if c.Amount != nil {
				amount = " " + web.FormatAmount(c.Amount)
			}
			fmt.Fprintf(w, "      - %s: %s → %s%s [%s] rule=%s\n", claimKind(c), label(c.Actor.Canonical, c.Actor.Name),
				targets, amount, c.Certainty, c.Rule)
			fmt.Fprintf(w, "        %q\n", c.Sentence)
		}
	}
}

func orUnknown(s string) string {
	if strings.TrimSpace(s) == "" {
		return "unknown"
	}
	return s
}

func claimKind(c extract.Claim) string {
	k := c.Kind
	if c.Negated {
		k = "not " + k
	}
	if c.Stance != "" {
		k += "/" + c.Stance
	}
	return k
}
