package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"

	"github.com/claimwatch/claimwatch/index"
)

func TestReindexCommand(t *testing.T) {
	dir := searchDataDir(t)
	cases := []struct {
		name     string
		args     []string
		code     int
		out, err string
	}{
		{"keeps stored claims", []string{"reindex", "--data", dir}, 0, "reindexed 2 articles and 2 claims", ""},
		{"re-extracts claims from the stored text", []string{"reindex", "--data", dir, "--reextract"}, 0, "reindexed 2 articles and ", ""},
		{"no index", []string{"reindex", "--data", t.TempDir()}, 1, "", "no index in data dir"},
		{"catalog without reextract", []string{"reindex", "--data", dir, "--catalog", "x.json"}, 2, "", "--catalog only matters with --reextract"},
		{"stray argument", []string{"reindex", "--data", dir, "now"}, 2, "", "unexpected argument"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := runCaptured(tc.args...)
			if code != tc.code || !strings.Contains(out, tc.out) || !strings.Contains(errOut, tc.err) {
				t.Fatalf("exit %d, want %d\nstdout %q (want %q)\nstderr %q (want %q)", code, tc.code, out, tc.out, errOut, tc.err)
			}
			if code != 0 {
				return
			}
			// What was stored survives: the same searches answer the same.
			code, out, errOut = runSearchCLI(t, "--data", dir, "--json", "--articles", "alibaba")
			if code != 0 || !strings.Contains(out, `"total": 1`) || !strings.Contains(out, "China fines Alibaba") {
				t.Errorf("article search after reindex: exit %d\n%s\n%s", code, out, errOut)
			}
			if tc.name == "keeps stored claims" {
				code, out, errOut = runSearchCLI(t, "--data", dir, "--json", "--firm", "alibaba")
				if code != 0 || !strings.Contains(out, `"total": 1`) || !strings.Contains(out, "18.2 billion yuan") {
					t.Errorf("claim search after reindex: exit %d\n%s\n%s", code, out, errOut)
				}
			}
		})
	}

	// A data dir in use is refused, not rebuilt under the user.
	dd, err := openDataDir(context.Background(), &env{Logger: slog.New(slog.DiscardHandler)}, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer dd.Close()
	if code, _, errOut := runCaptured("reindex", "--data", dir); code != 1 || !strings.Contains(errOut, "in use") {
		t.Errorf("reindex of a locked dir: exit %d, %s", code, errOut)
	}
}

// TestOldMappingHint: the error for an index built with an older mapping
// names the directory and says which command rebuilds it.
func TestOldMappingHint(t *testing.T) {
	me := &index.MappingError{Path: "/srv/data/index.bleve", Version: 0, Changed: true}
	err := mappingHint("/srv/data", fmt.Errorf("wrapped: %w", me))
	if !errors.Is(err, index.ErrOldMapping) {
		t.Errorf("hint lost the sentinel: %v", err)
	}
	for _, want := range []string{"/srv/data/index.bleve", "claimwatch reindex --data /srv/data", "nothing is re-crawled"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("%q lacks %q", err, want)
		}
	}
	if other := errors.New("disk on fire"); mappingHint("/srv/data", other) != other {
		t.Error("other errors must pass through unchanged")
	}
}
