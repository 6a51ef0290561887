package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"

	"github.com/claimwatch/claimwatch/index"
	"github.com/claimwatch/claimwatch/web"
)

const exportHelp = `usage: claimwatch export --data DIR [--format csv|jsonl] [filters] [QUERY]

Streams every claim matching QUERY and the filters to standard output,
newest first, as CSV (with a header row) or JSON lines. Unlike search it is
not paged: it writes all matches. The CSV columns are documented in
docs/api.md; they are the same as GET /api/export on a running server.

QUERY uses Bleve's query-string syntax: words, "phrases", +must -not,
field:value (kind:penalty). Filters (--kind, --actor, --firm, --outlet,
--country, --certainty, --language, --since, --until) may be repeated;
several values of one filter are ORed, different filters are ANDed.

While "claimwatch serve" holds the data directory the index is locked; use
the server's /api/export with the same parameters instead.

exit status: 0 on success (even with no rows), 2 for a bad query, flag or
date, 1 when DIR has no index or is in use by a running claimwatch.

examples:
  claimwatch export --data ./data --kind penalty --since 2021-01-01 > fines.csv
  claimwatch export --data ./data --format jsonl --firm Alibaba antitrust
`

func runExport(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet("export", exportHelp, e.Stderr)
	dir := fs.String("data", "", "data directory (required)")
	format := fs.String("format", web.FormatCSV, "output format: csv or jsonl")
	var kind, actor, firm, country, outlet, certainty, language stringList
	fs.Var(&kind, "kind", "claim kind: "+strings.Join(web.Kinds, ", ")+" (repeatable)")
	fs.Var(&actor, "actor", "actor name or canonical name (repeatable)")
	fs.Var(&firm, "firm", "target firm name or canonical name (repeatable)")
	fs.Var(&country, "country", "outlet country, ISO code (repeatable)")
	fs.Var(&outlet, "outlet", "outlet name (repeatable)")
	fs.Var(&certainty, "certainty", "certainty: "+strings.Join(web.Certainties, ", ")+" (repeatable)")
	fs.Var(&language, "language", "article language, ISO 639-1 (repeatable)")
	since := fs.String("since", "", "published on or after this day (YYYY-MM-DD)")
	until := fs.String("until", "", "published on or before this day (YYYY-MM-DD)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *dir == "" {
		return usagef("no data directory given (use --data DIR)")
	}
	v := url.Values{"q": {strings.Join(fs.Args(), " ")}, "since": {*since}, "until": {*until}}
	for name, vals := range map[string]stringList{"kind": kind, "actor": actor, "firm": firm, "country": country,
		"outlet": outlet, "certainty": certainty, "language": language} {
		v[name] = vals
	}
	q, err := web.ParseFilters(v)
	if err != nil {
		var pe *web.ParamError
		if errors.As(err, &pe) {
			if pe.Param == "q" {
				return usagef("query: %s", pe.Msg)
			}
			return usagef("--%s: %s", pe.Param, pe.Msg)
		}
		return usageErr(err)
	}
	cw, err := web.NewClaimWriter(e.Stdout, *format)
	if err != nil {
		return usagef("--format: unknown format %q (want csv or jsonl)", *format)
	}

	ix, release, err := openIndexForSearch(*dir)
	if err != nil {
		return err
	}
	defer release()

	// The header waits for the first row (or a clean end), so a query the
	// index rejects leaves stdout empty instead of a headed, empty file.
	rows := 0
	err = ix.Export(ctx, q, func(c index.ClaimDoc) error {
		if rows == 0 {
			if err := cw.Header(); err != nil {
				return err
			}
		}
		rows++
		return cw.WriteClaim(c)
	})
	if errors.Is(err, index.ErrBadQuery) {
		return usageErr(err)
	}
	if err == nil && rows == 0 {
		err = cw.Header()
	}
	if ferr := cw.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return withCode(1, fmt.Errorf("export after %d claims: %w", rows, err))
	}
	e.Logger.Info("export done", slog.Int("claims", rows), slog.String("format", *format))
	return nil
}
