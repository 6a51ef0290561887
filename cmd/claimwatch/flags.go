package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// newFlagSet returns a FlagSet whose --help prints the command's help text
// and flags to w. Parse errors come back as usage errors (exit 2).
func newFlagSet(name, help string, w io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("claimwatch "+name, flag.ContinueOnError)
	fs.SetOutput(w)
	fs.Usage = func() {
		fmt.Fprintln(w, strings.TrimSpace(help))
		n := 0
		fs.VisitAll(func(*flag.Flag) { n++ })
		if n > 0 {
			fmt.Fprintln(w, "\nflags:")
			fs.PrintDefaults()
		}
	}
	return fs
}

// parseFlags parses args; --help returns errHelp mapped to exit 0, a bad flag
// returns a usage error. Callers: if err := parseFlags(fs, args); err != nil { return err }
func parseFlags(fs interface{ Parse([]string) error }, args []string) error {
	err := fs.Parse(args)
	if errors.Is(err, flag.ErrHelp) {
		return withCode(0, nil)
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
