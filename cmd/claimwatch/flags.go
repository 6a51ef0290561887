package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// newFlagSet returns a FlagSet whose usage text is the command's help text
// and flags. Where that text goes is decided by parseFlags: asked for with
// --help/-h it goes to stdout (so `| less` works) with exit 0; after a bad
// flag it goes to w (stderr) with exit 2.
func newFlagSet(name, help string, w io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("claimwatch "+name, flag.ContinueOnError)
	fs.SetOutput(&flagOutput{w: w})
	fs.Usage = func() {
		out := fs.Output()
		fmt.Fprintln(out, strings.TrimSpace(help))
		n := 0
		fs.VisitAll(func(*flag.Flag) { n++ })
		if n > 0 {
			fmt.Fprintln(out, "\nflags:")
			fs.PrintDefaults()
		}
	}
	return fs
}

// flagOutput holds back what the flag package prints while parsing, because
// only after Parse returns is it known whether that text answers --help
// (stdout) or reports a mistake (stderr). Outside parseFlags it writes
// straight through.
type flagOutput struct {
	w   io.Writer
	buf *bytes.Buffer
}

func (o *flagOutput) Write(p []byte) (int, error) {
	if o.buf != nil {
		return o.buf.Write(p)
	}
	return o.w.Write(p)
}

// parseFlags parses args; --help returns an exit-0 error carrying the help
// text for run to print on stdout, a bad flag returns a usage error (exit 2)
// after the flag package's message and usage went to stderr.
// Callers: if err := parseFlags(fs, args); err != nil { return err }
func parseFlags(fs interface{ Parse([]string) error }, args []string) error {
	var out *flagOutput
	if o, ok := fs.(interface{ Output() io.Writer }); ok {
		out, _ = o.Output().(*flagOutput)
	}
	if out != nil {
		out.buf = &bytes.Buffer{}
		defer func() { out.buf = nil }()
	}
	err := fs.Parse(args)
	if errors.Is(err, flag.ErrHelp) {
		if out == nil {
			return withCode(0, nil)
		}
		return &exitError{code: 0, stdout: out.buf.String()}
	}
	if out != nil {
		out.w.Write(out.buf.Bytes())
	}
	if err != nil {
		return withCode(2, nil) // flag already printed the error and usage
	}
	return nil
}

// stringList is a repeatable string flag (--source a --source b).
type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }
