package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/claimwatch/claimwatch/extract"
)

const extractHelp = `usage: claimwatch extract [--url URL] [--text] [--explain] [--catalog FILE] [--max-bytes N] FILE|-

Extracts one article (HTML, or plain text with --text) and its claims and
prints one JSON object: {"url","title","authors","published","language","text","claims":[...]}.
FILE "-" reads standard input. --explain prints, instead, a per-sentence trace
of the entities, triggers and claims kept or dropped (and why). --catalog
merges an editor's catalogue file (docs/catalog.md) into the built-in one.`

type extractOutput struct {
	URL       string          `json:"url"`
	Title     string          `json:"title"`
	Authors   []string        `json:"authors"`
	Published string          `json:"published"`
	Language  string          `json:"language"`
	Text      string          `json:"text"`
	Claims    []extract.Claim `json:"claims"`
}

func runExtract(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet("extract", extractHelp, e.Stderr)
	pageURL := fs.String("url", "", "URL the page was fetched from (resolves links, fallback canonical URL)")
	asText := fs.Bool("text", false, "treat the input as plain text, not HTML")
	explain := fs.Bool("explain", false, "print the per-sentence trace instead of JSON")
	catalog := fs.String("catalog", "", "extra catalogue file merged into the built-in one")
	maxBytes := fs.Int64("max-bytes", 10<<20, "refuse input larger than this many bytes (the crawler's default max_body)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("want exactly one FILE (or - for standard input), got %d", fs.NArg())
	}
	x, err := claimExtractor(*catalog)
	if err != nil {
		return err
	}
	name := fs.Arg(0)
	var in io.Reader = e.Stdin
	if name == "-" {
		name = "standard input"
	} else {
		f, err := os.Open(name)
		if err != nil {
			return withCode(1, fmt.Errorf("reading %s: %w", name, err))
		}
		defer f.Close()
		in = f
	}
	data, err := readInput(in, name, *maxBytes)
	if err != nil {
		return withCode(1, err)
	}
	var doc extract.Document
	if *asText {
		doc = extract.Document{URL: *pageURL, Text: string(data)}
	} else {
		doc, err = extract.Article(data, *pageURL, extract.Hints{})
		if err != nil {
			return withCode(1, fmt.Errorf("extracting %s: %w", fs.Arg(0), err))
		}
	}
	if *explain {
		return extract.WriteTrace(e.Stdout, x.Explain(doc))
	}
	out := extractOutput{URL: doc.URL, Title: doc.Title, Authors: doc.Authors, Language: doc.Language, Text: doc.Text, Claims: x.Claims(doc)}
	if out.Authors == nil {
		out.Authors = []string{}
	}
	if out.Claims == nil {
		out.Claims = []extract.Claim{}
	}
	if !doc.Published.IsZero() {
		out.Published = doc.Published.Format(time.RFC3339)
	}
	enc := json.NewEncoder(e.Stdout)
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// claimExtractor builds an extractor with the built-in catalogue, merged
// with an editor's file when one is given (a bad file is a usage error).
func claimExtractor(path string) (*extract.ClaimExtractor, error) {
	if path == "" {
		return extract.NewClaimExtractor(nil), nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, usageErr(fmt.Errorf("catalog: %w", err))
	}
	cat, err := extract.ParseCatalog(data)
	if err != nil {
		return nil, usageErr(fmt.Errorf("%s: %w", path, err))
	}
	return extract.NewClaimExtractor(extract.DefaultCatalog().Merge(cat)), nil
}

// readInput reads at most limit bytes of a page or text, refusing larger or
// binary input with a message naming it: a stray archive or a 50 MB dump
// would otherwise cost seconds and gigabytes to "extract".
func readInput(r io.Reader, name string, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%s is larger than --max-bytes %d", name, limit)
	}
	head := data[:min(len(data), 8<<10)]
	if bytes.IndexByte(head, 0) >= 0 {
		return nil, fmt.Errorf("%s looks binary (NUL bytes), not a page or text", name)
	}
	return data, nil
}
