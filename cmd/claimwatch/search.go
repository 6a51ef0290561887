package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/claimwatch/claimwatch/index"
	"github.com/claimwatch/claimwatch/internal/lockfile"
	"github.com/claimwatch/claimwatch/web"
)

const searchHelp = `usage: claimwatch search --data DIR [flags] [QUERY]

Search the claims (or, with --articles, the articles) indexed in DIR.

QUERY uses Bleve's query-string syntax over claim sentences, article titles
and actor/target names: words (stemmed, any may match; +word must match,
-word must not), "exact phrases", field:value (kind:penalty, firm:"Alibaba
Group"), wildcards (ali*) and fuzzy terms (alibab~1). Flags may come before
or after QUERY; put -- before a QUERY that starts with '-'. No QUERY matches
everything.

Filters (--kind, --actor, --firm, --outlet, --country, --certainty,
--language, --since, --until) may be repeated; several values of one filter
are ORed, different filters are ANDed. --actor and --firm match the
canonical name or the name as written, ignoring case, punctuation and
corporate suffixes (Tencent finds Tencent Holdings). Dates are UTC days,
inclusive. --limit bounds the hits shown, --sort orders them.

The default output is a table followed by facet summaries; --json prints
{"total": N, "hits": [...], "facets": {...}}.

Exit status: 0 on success (even with no hits), 2 for a bad query, flag or
date, 1 when DIR has no index or is in use by a running claimwatch serve.

examples:
  claimwatch search --data ./data alibaba
  claimwatch search --data ./data --kind penalty --firm "alibaba group" --sort date
  claimwatch search --data ./data --since 2021-09-01 --until 2021-09-30 --json "interoperability"
  claimwatch search --data ./data --articles --outlet Reuters antitrust
`

// indexPath is where a data dir keeps its Bleve index; crawl, serve and
// search all agree on it.
func indexPath(dir string) string { return filepath.Join(dir, "index.bleve") }

// maxSearchLimit is the most hits one search shows, as /api/search's size.
const maxSearchLimit = 1000

type searchFlags struct {
	data      string
	articles  bool
	kind      stringList
	firm      stringList
	actor     stringList
	outlet    stringList
	country   stringList
	certainty stringList
	language  stringList
	since     string
	until     string
	limit     int
	sort      string
	json      bool
}

func runSearch(ctx context.Context, e *env, args []string) error {
	var f searchFlags
	fs := newFlagSet("search", searchHelp, e.Stderr)
	fs.StringVar(&f.data, "data", "", "data directory holding index.bleve (required)")
	fs.BoolVar(&f.articles, "articles", false, "search articles instead of claims")
	fs.Var(&f.kind, "kind", "claim kind: mandate, penalty, probe, approval, response, action (repeatable)")
	fs.Var(&f.firm, "firm", "target firm, canonical name or as written (repeatable)")
	fs.Var(&f.actor, "actor", "acting authority or firm (repeatable)")
	fs.Var(&f.outlet, "outlet", "news outlet (repeatable)")
	fs.Var(&f.country, "country", "outlet's country (repeatable)")
	fs.Var(&f.certainty, "certainty", "asserted, reported or hedged (repeatable)")
	fs.Var(&f.language, "language", "article language, ISO 639-1 (repeatable)")
	fs.StringVar(&f.since, "since", "", "published on or after this day (YYYY-MM-DD)")
	fs.StringVar(&f.until, "until", "", "published on or before this day (YYYY-MM-DD)")
	fs.IntVar(&f.limit, "limit", 20, "number of hits to show (at most 1000)")
	fs.StringVar(&f.sort, "sort", "relevance", "relevance, date (newest first) or -date (oldest first)")
	fs.BoolVar(&f.json, "json", false, "print JSON instead of a table")
	words, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	q, err := f.query(words)
	if err != nil {
		return err
	}

	ix, release, err := openIndexForSearch(f.data)
	if err != nil {
		return err
	}
	defer release()

	if f.articles {
		res, err := ix.SearchArticles(ctx, q)
		if err != nil {
			return searchErr(err)
		}
		if f.json {
			return writeArticlesJSON(e.Stdout, res)
		}
		return writeArticlesTable(e.Stdout, res)
	}
	res, err := ix.Search(ctx, q)
	if err != nil {
		return searchErr(err)
	}
	if f.json {
		return writeJSON(e.Stdout, res)
	}
	return writeClaimsTable(e.Stdout, res)
}

// parseInterspersed parses flags wherever they appear among the query words
// (the flag package stops at the first word); after "--" all is query.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var words []string
	for {
		if err := parseFlags(fs, args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return words, nil
		}
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			return append(words, rest...), nil
		}
		words = append(words, rest[0])
		args = rest[1:]
	}
}

// query validates the flags that the index cannot check (dates, limit) and
// builds the index query; problems are usage errors.
func (f *searchFlags) query(words []string) (index.Query, error) {
	if f.data == "" {
		return index.Query{}, usagef("no data directory given (use --data DIR)")
	}
	if f.limit < 1 || f.limit > maxSearchLimit {
		return index.Query{}, usagef("--limit %d: want 1 to %d (export writes every match)", f.limit, maxSearchLimit)
	}
	switch f.sort {
	case "relevance", "date", "-date":
	default:
		return index.Query{}, usagef("--sort %q: want relevance, date or -date", f.sort)
	}
	since, err := parseDay("--since", f.since)
	if err != nil {
		return index.Query{}, err
	}
	until, err := parseDay("--until", f.until)
	if err != nil {
		return index.Query{}, err
	}
	if f.articles && len(f.kind)+len(f.firm)+len(f.actor)+len(f.certainty) > 0 {
		return index.Query{}, usagef("--kind, --firm, --actor and --certainty filter claims; drop them or --articles")
	}
	return index.Query{
		Text:      strings.Join(words, " "),
		Kind:      f.kind,
		Actor:     f.actor,
		Firm:      f.firm,
		Country:   f.country,
		Outlet:    f.outlet,
		Certainty: f.certainty,
		Language:  f.language,
		Since:     since,
		Until:     until,
		Size:      f.limit,
		Sort:      f.sort,
	}, nil
}

func parseDay(flag, v string) (time.Time, error) {
	if v == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.DateOnly, v)
	if err != nil {
		return time.Time{}, usagef("%s %q: want a date as YYYY-MM-DD", flag, v)
	}
	return t, nil
}

// openIndexForSearch opens DIR's index read-only for search and export
// under a shared data dir lock: searches and exports run side by side, and
// a running serve or crawl (which holds the lock exclusively) is reported at
// once instead of blocking. The returned func releases both.
func openIndexForSearch(dir string) (*index.Index, func(), error) {
	path := indexPath(dir)
	if _, err := os.Stat(filepath.Join(path, "index_meta.json")); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, nil, withCode(1, fmt.Errorf("no index in data dir %s (run 'claimwatch crawl --data %s' first)", dir, dir))
		}
		return nil, nil, withCode(1, fmt.Errorf("cannot read index %s: %w", path, err))
	}
	lock, err := lockfile.AcquireShared(dir)
	if err != nil {
		if errors.Is(err, lockfile.ErrLocked) {
			return nil, nil, withCode(1, inUse(dir, err))
		}
		return nil, nil, withCode(1, err)
	}
	ix, err := index.OpenReadOnly(path)
	if err != nil {
		_ = lock.Release()
		if errors.Is(err, index.ErrLocked) {
			return nil, nil, withCode(1, inUse(dir, err))
		}
		return nil, nil, withCode(1, mappingHint(dir, err))
	}
	return ix, func() {
		_ = ix.Close()
		_ = lock.Release()
	}, nil
}

func inUse(dir string, err error) error {
	return fmt.Errorf("data dir %s in use by a running claimwatch serve (or crawl); use its API (/api/search, /api/export) or try again when it ends (%v)", dir, err)
}

// searchErr maps the index's bad-query errors to exit 2.
func searchErr(err error) error {
	if errors.Is(err, index.ErrBadQuery) {
		return usageErr(err)
	}
	return err
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// articleJSON is the --articles --json hit: the article's card without the
// scoring details.
type articleJSON struct {
	ID        string    `json:"id"`
	URL       string    `json:"url"`
	Title     string    `json:"title"`
	Outlet    string    `json:"outlet"`
	Published time.Time `json:"published"`
	Authors   []string  `json:"authors"`
	Language  string    `json:"language"`
	Claims    int       `json:"claims"`
}

func writeArticlesJSON(w io.Writer, res *index.ArticleResults) error {
	hits := make([]articleJSON, len(res.Hits))
	for i, h := range res.Hits {
		authors := h.Authors
		if authors == nil {
			authors = []string{}
		}
		hits[i] = articleJSON{ID: h.ID, URL: h.URL, Title: h.Title, Outlet: h.Outlet,
			Published: h.Published, Authors: authors, Language: h.Language, Claims: h.Claims}
	}
	return writeJSON(w, struct {
		Total  uint64              `json:"total"`
		Hits   []articleJSON       `json:"hits"`
		Facets index.ArticleFacets `json:"facets"`
	}{res.Total, hits, res.Facets})
}

func dayOf(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return t.Format(time.DateOnly)
}

// clip shortens s to n runes on one line.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

func writeClaimsTable(w io.Writer, res *index.Results) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "KIND\tDATE\tOUTLET\tACTOR → TARGETS\tAMOUNT\tCERTAINTY\tEVIDENCE")
	for _, h := range res.Hits {
		who := label(h.Actor.Canonical, h.Actor.Name)
		if targets := web.TargetNames(h.Targets); targets != "" {
			who += " → " + targets
		}
		kind := h.Kind
		if h.Negated {
			kind = "not " + kind
		}
		amount := "-"
		if h.Amount != nil {
			amount = web.FormatAmount(h.Amount)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", kind, dayOf(h.Published), clip(h.Outlet, 20),
			clip(who, 64), amount, h.Certainty, clip(h.Sentence, 100))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "\n%d claims", res.Total)
	if int(res.Total) > len(res.Hits) {
		fmt.Fprintf(w, " (showing %d)", len(res.Hits))
	}
	fmt.Fprintln(w)
	facets := []struct {
		name  string
		terms []index.TermCount
	}{
		{"kind", res.Facets.Kind}, {"actor", res.Facets.Actor}, {"firm", res.Facets.Firm},
		{"outlet", res.Facets.Outlet}, {"country", res.Facets.Country}, {"certainty", res.Facets.Certainty},
	}
	for _, f := range facets {
		if len(f.terms) > 0 {
			fmt.Fprintf(w, "  %-10s %s\n", f.name+":", summary(f.terms, 6))
		}
	}
	if p := datesSummary(res.Facets.Published); p != "" {
		fmt.Fprintf(w, "  %-10s %s\n", "published:", p)
	}
	return nil
}

func writeArticlesTable(w io.Writer, res *index.ArticleResults) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tOUTLET\tCLAIMS\tTITLE\tURL")
	for _, h := range res.Hits {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\n", dayOf(h.Published), clip(h.Outlet, 20), h.Claims, clip(h.Title, 70), h.URL)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "\n%d articles", res.Total)
	if int(res.Total) > len(res.Hits) {
		fmt.Fprintf(w, " (showing %d)", len(res.Hits))
	}
	fmt.Fprintln(w)
	if len(res.Facets.Outlet) > 0 {
		fmt.Fprintf(w, "  %-10s %s\n", "outlet:", summary(res.Facets.Outlet, 6))
	}
	if len(res.Facets.Language) > 0 {
		fmt.Fprintf(w, "  %-10s %s\n", "language:", summary(res.Facets.Language, 6))
	}
	if p := datesSummary(res.Facets.Published); p != "" {
		fmt.Fprintf(w, "  %-10s %s\n", "published:", p)
	}
	return nil
}

func label(canonical, name string) string {
	if canonical != "" {
		return canonical
	}
	if name != "" {
		return name
	}
	return "?"
}

// summary lists the top n terms as "term (count)".
func summary(ts []index.TermCount, n int) string {
	parts := make([]string, 0, n+1)
	for i, t := range ts {
		if i == n {
			parts = append(parts, fmt.Sprintf("… %d more", len(ts)-n))
			break
		}
		parts = append(parts, fmt.Sprintf("%s (%d)", t.Term, t.Count))
	}
	return strings.Join(parts, ", ")
}

// datesSummary names the histogram's span and its busiest bar.
func datesSummary(ds []index.DateCount) string {
	if len(ds) == 0 {
		return ""
	}
	top := ds[0]
	for _, d := range ds {
		if d.Count > top.Count {
			top = d
		}
	}
	return fmt.Sprintf("%s … %s, %d bars, busiest %s (%d)", ds[0].Name, ds[len(ds)-1].Name, len(ds), top.Name, top.Count)
}
