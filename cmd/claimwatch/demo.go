package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"sort"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/claimwatch/claimwatch/crawler"
	"github.com/claimwatch/claimwatch/demo"
	"github.com/claimwatch/claimwatch/index"
	"github.com/claimwatch/claimwatch/sources"
	"github.com/claimwatch/claimwatch/web"
)

const demoHelp = `usage: claimwatch demo [--addr HOST:PORT] [--data DIR] [--once] [--outlets-addr HOST:PORT] [--write-sources FILE]

Starts three invented news outlets on a loopback port (a wire service with
JSON-LD and an RSS feed and sitemap index, a tech blog with microdata and an
Atom feed, a regional paper with a cookie banner, a JSON Feed and a start
page), crawls each of them once, prints what was indexed and a few example
searches, then serves the web UI on --addr with the outlets crawled every
30 seconds. Held-back stories are published one by one while it runs, so
new reports turn up in the UI. Nothing touches the internet.

Without --data the index lives in a temporary directory removed at exit.
To keep a data dir across runs, also fix --outlets-addr: article URLs (and
so their IDs) include the outlets' port. --write-sources FILE writes a
sources file for the running outlets, to try crawl, serve or sources test
against them.

exit status: 0 done (or interrupted while serving); 1 the demo could not
run (data dir in use, address taken); 2 usage.`

// demoPublishEvery spaces out the held stories released while serving; it is
// longer than the crawl interval so each shows up on its own.
const demoPublishEvery = 45 * time.Second

func runDemo(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet("demo", demoHelp, e.Stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "address for the web UI")
	dataPath := fs.String("data", "", "data directory (default: a temporary one, removed at exit)")
	once := fs.Bool("once", false, "crawl, print the summary and searches, and exit")
	outletsAddr := fs.String("outlets-addr", "127.0.0.1:0", "address for the sample outlets (port 0: any free port)")
	writeSources := fs.String("write-sources", "", "also write a sources file for the outlets to FILE")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("unexpected argument %q", fs.Arg(0))
	}

	outlets, err := demo.New(demo.Options{})
	if err != nil {
		return withCode(1, err)
	}
	ln, err := net.Listen("tcp", *outletsAddr)
	if err != nil {
		return withCode(1, fmt.Errorf("listen for the sample outlets on %s: %w", *outletsAddr, err))
	}
	osrv := &http.Server{Handler: outlets, ReadHeaderTimeout: 10 * time.Second}
	go osrv.Serve(ln)
	defer func() {
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		osrv.Shutdown(sctx)
	}()
	base := "http://" + ln.Addr().String()
	fmt.Fprintf(e.Stdout, "outlets: %s/\n", base)
	if *writeSources != "" {
		if err := os.WriteFile(*writeSources, []byte(demo.SourcesTOML(base)), 0o644); err != nil {
			return withCode(1, fmt.Errorf("write sources file: %w", err))
		}
		fmt.Fprintf(e.Stdout, "sources: %s\n", *writeSources)
	}

	dir := *dataPath
	if dir == "" {
		dir, err = os.MkdirTemp("", "claimwatch-demo-")
		if err != nil {
			return withCode(1, fmt.Errorf("create temporary data dir: %w", err))
		}
		defer os.RemoveAll(dir)
	}
	// The first pass reports through the summary table; library logs would
	// only bury it.
	dd, err := openDataDir(ctx, e, dir, withQuietLibraries())
	if err != nil {
		return err
	}
	defer dd.Close()
	temp := ""
	if *dataPath == "" {
		temp = " (temporary)"
	}
	fmt.Fprintf(e.Stdout, "data:    %s%s\n\n", dir, temp)

	cfg := demo.Sources(base)
	results := crawlDemo(ctx, dd, cfg.Enabled())
	printDemoCrawl(e.Stdout, results)
	if ctx.Err() != nil {
		return withCode(1, fmt.Errorf("interrupted: %w", ctx.Err()))
	}
	for _, r := range results {
		if r.err != nil {
			return withCode(1, fmt.Errorf("crawling %s: %w", r.src.Name, r.err))
		}
	}
	dataFlag := "--data " + dir
	if *dataPath == "" {
		dataFlag = "--data DIR"
	}
	if err := printDemoSearches(ctx, e.Stdout, dd.Index, dataFlag); err != nil {
		return withCode(1, err)
	}
	if *once {
		return dd.Close()
	}

	pubCtx, stopPub := context.WithCancel(ctx)
	defer stopPub()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		publishHeld(pubCtx, e.Logger, outlets, demoPublishEvery)
	}()
	err = serveWith(ctx, e, cfg, dd, *addr, func(url string) {
		fmt.Fprintf(e.Stdout, "\nweb UI:  %s/  (the outlets are crawled every 30s; Ctrl-C to stop)\n", url)
		fmt.Fprintf(e.Stdout, "  %s/?firm=Tencent+Holdings\n  %s/?kind=penalty&sort=date\n  %s/sources\n", url, url, url)
	}, withJitter(2*time.Second), withStopGrace(5*time.Second))
	stopPub()
	wg.Wait()
	if cerr := dd.Close(); cerr != nil && err == nil {
		err = withCode(1, fmt.Errorf("closing data dir: %w", cerr))
	}
	return err
}

type demoResult struct {
	src   sources.Source
	stats crawler.Stats
	err   error
}

// crawlDemo runs every source once, all at the same time: they share one
// loopback host, so this also exercises the crawler's per-host limit.
func crawlDemo(ctx context.Context, dd *dataDir, srcs []sources.Source) []demoResult {
	out := make([]demoResult, len(srcs))
	var wg sync.WaitGroup
	for i, s := range srcs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st, err := dd.Pipeline.Run(ctx, s)
			out[i] = demoResult{src: s, stats: st, err: err}
		}()
	}
	wg.Wait()
	return out
}

func printDemoCrawl(w io.Writer, rs []demoResult) {
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "source\tfound\tfetched\tindexed\terrors\t")
	for _, r := range rs {
		nerr := 0
		var kinds []string
		for k, n := range r.stats.Errors {
			nerr += n
			kinds = append(kinds, fmt.Sprintf("%s=%d", k, n))
		}
		sort.Strings(kinds)
		detail := strings.Join(kinds, " ")
		if r.err != nil {
			detail = r.err.Error()
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%s\n", r.src.Name, r.stats.Found, r.stats.Fetched, r.stats.Indexed, nerr, detail)
	}
	tw.Flush()
}

// printDemoSearches shows what the index holds and a few searches a new
// user would try, each with the equivalent command line.
func printDemoSearches(ctx context.Context, w io.Writer, ix *index.Index, dataFlag string) error {
	st, err := ix.Stats(ctx)
	if err != nil {
		return fmt.Errorf("index stats: %w", err)
	}
	all, err := ix.Search(ctx, index.Query{Size: 1})
	if err != nil {
		return fmt.Errorf("search: %w", err)
	}
	fmt.Fprintf(w, "\nindexed %d articles, %d claims:", st.Articles, st.Claims)
	for _, k := range all.Facets.Kind {
		fmt.Fprintf(w, "  %s %d", k.Term, k.Count)
	}
	fmt.Fprintln(w)

	type example struct {
		title, cmd string
		q          index.Query
		articles   bool
	}
	examples := []example{
		// The short name a reader types finds the catalogue's "Tencent Holdings".
		{"claims about Tencent", "--firm Tencent", index.Query{Firm: []string{"Tencent"}, Size: 5, Sort: "date"}, false},
		{"penalties, newest first", "--kind penalty --sort date", index.Query{Kind: []string{"penalty"}, Size: 5, Sort: "date"}, false},
		{"articles mentioning interoperability", "--articles interoperability", index.Query{Text: "interoperability", Size: 5}, true},
		{"mandates by outlet", "--kind mandate", index.Query{Kind: []string{"mandate"}, Size: 3, Sort: "date"}, false},
	}
	for _, ex := range examples {
		fmt.Fprintf(w, "\n== %s\n   claimwatch search %s %s\n", ex.title, dataFlag, ex.cmd)
		if ex.articles {
			res, err := ix.SearchArticles(ctx, ex.q)
			if err != nil {
				return fmt.Errorf("search %s: %w", ex.cmd, err)
			}
			fmt.Fprintf(w, "   %d articles; by outlet:%s\n", res.Total, termCounts(res.Facets.Outlet))
			for _, h := range res.Hits {
				fmt.Fprintf(w, "   - %s  %s (%s, %d claims)\n", h.Published.Format("2006-01-02"), h.Title, h.Outlet, h.Claims)
			}
			continue
		}
		res, err := ix.Search(ctx, ex.q)
		if err != nil {
			return fmt.Errorf("search %s: %w", ex.cmd, err)
		}
		fmt.Fprintf(w, "   %d claims; by outlet:%s\n", res.Total, termCounts(res.Facets.Outlet))
		for _, h := range res.Hits {
			fmt.Fprintf(w, "   - %s\n", describeClaim(h.ClaimDoc))
		}
	}
	return nil
}

func termCounts(ts []index.TermCount) string {
	var b strings.Builder
	for _, t := range ts {
		fmt.Fprintf(&b, "  %s %d", t.Term, t.Count)
	}
	return b.String()
}

// describeClaim is a one-line reading of a claim: date, kind, who did what
// to whom, the sum when there is one, and where it was reported.
func describeClaim(c index.ClaimDoc) string {
	s := fmt.Sprintf("%s  %-8s %s %s %s", c.Published.Format("2006-01-02"), c.Kind,
		label(c.Actor.Canonical, c.Actor.Name), c.Action, web.TargetNames(c.Targets))
	if c.Amount != nil {
		s += " [" + web.FormatAmount(c.Amount) + "]"
	}
	if c.Certainty != "" && c.Certainty != "asserted" {
		s += " (" + c.Certainty + ")"
	}
	return s + "  — " + c.Outlet
}

// publishHeld releases the outlets' held-back stories one at a time, so a
// running demo shows new reports arriving through the scheduled crawls.
func publishHeld(ctx context.Context, log *slog.Logger, o *demo.Outlets, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		held := o.Held()
		if len(held) == 0 {
			return
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if err := o.Publish(held[0]); err != nil {
			log.Warn("demo: publish failed", slog.String("slug", held[0]), slog.String("error", err.Error()))
			continue
		}
		log.Info("demo: published a held-back story", slog.String("slug", held[0]))
	}
}
