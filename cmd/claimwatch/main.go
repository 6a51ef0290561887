// Command claimwatch crawls news outlets, extracts articles and the claims in
// them, indexes both with Bleve and serves search over them. Configuration is
// read here and only here; every package gets what it needs through
// constructors.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
)

// env is what a subcommand may touch of the outside world; tests build one
// with buffers instead of the process's streams.
type env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Logger *slog.Logger
	// Interactive is true when Stderr is a terminal (progress lines instead of logs).
	Interactive bool
	// Signals, when set, replaces signal.Notify for serve's second-signal
	// watch (tests); it returns the channel and a function to stop it.
	Signals func() (<-chan os.Signal, func())
}

// notifyStop delivers SIGINT and SIGTERM from now on; e.Signals stands in
// for it in tests.
func (e *env) notifyStop() (<-chan os.Signal, func()) {
	if e.Signals != nil {
		return e.Signals()
	}
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	return ch, func() { signal.Stop(ch) }
}

type command struct {
	name    string
	summary string
	run     func(ctx context.Context, e *env, args []string) error
}

func commands() []command {
	return []command{
		{"crawl", "run one crawl pass over the sources and exit (for cron)", runCrawl},
		{"serve", "crawl on schedule and serve the search page and JSON API", runServe},
		{"search", "search claims or articles in the index", runSearch},
		{"export", "stream every matching claim as CSV or JSON lines", runExport},
		{"extract", "extract an article and its claims from one page or text", runExtract},
		{"sources", "check the sources file or dry-run one source", runSources},
		{"reindex", "rebuild the index from its stored articles (after an upgrade)", runReindex},
		{"eval", "score extraction against gold sets (claims, extract)", runEval},
		{"demo", "serve bundled sample outlets, crawl them and show searches", runDemo},
		{"train", "train and cross-validate the learned claim stage on gold sets", runTrain},
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], newEnv())
	stop()
	os.Exit(code)
}

func newEnv() *env {
	interactive := false
	if st, err := os.Stderr.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
		interactive = true
	}
	return &env{
		Stdin:       os.Stdin,
		Stdout:      os.Stdout,
		Stderr:      os.Stderr,
		Logger:      slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo})),
		Interactive: interactive,
	}
}

// run dispatches to a subcommand and maps its error to an exit code: 2 for
// usage and configuration errors, the code carried by an exitError, else 1.
func run(ctx context.Context, args []string, e *env) int {
	if len(args) == 0 {
		usage(e.Stderr)
		return 2
	}
	if args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(e.Stdout)
		return 0
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, e, args[1:])
		if err == nil {
			return 0
		}
		var ee *exitError
		if errors.As(err, &ee) {
			fmt.Fprint(e.Stdout, ee.stdout)
			if ee.err != nil {
				fmt.Fprintf(e.Stderr, "claimwatch %s: %v\n", c.name, ee.err)
			}
			return ee.code
		}
		fmt.Fprintf(e.Stderr, "claimwatch %s: %v\n", c.name, err)
		return 1
	}
	fmt.Fprintf(e.Stderr, "claimwatch: unknown command %q\n\n", args[0])
	usage(e.Stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: claimwatch COMMAND [flags]\n\ncommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'claimwatch COMMAND --help' for a command's flags.")
}

// exitError carries an exit code; err (may be nil when already reported) is
// printed by run on stderr, stdout (help asked for) on stdout.
type exitError struct {
	code   int
	err    error
	stdout string
}

func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit %d", e.code)
	}
	return e.err.Error()
}

func (e *exitError) Unwrap() error { return e.err }

// usageErr marks err as a usage or configuration error (exit 2).
func usageErr(err error) error { return &exitError{code: 2, err: err} }

// usagef is usageErr with formatting.
func usagef(format string, args ...any) error { return usageErr(fmt.Errorf(format, args...)) }

// withCode returns err with a specific exit code; err may be nil when the
// command already printed what went wrong.
func withCode(code int, err error) error { return &exitError{code: code, err: err} }
