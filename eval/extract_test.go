package eval

import (
	"context"
	"testing"

	"github.com/claimwatch/claimwatch/internal/sharedpath"
)

// extractFloors sit a little under what the extractor achieved when they
// were set, so a regression fails here before it reaches a user.
var extractFloors = map[string]float64{
	"aeb/body_f1":       0.968,
	"htmldate/date_f":   0.940,
	"fundus/title":      0.985,
	"fundus/authors":    0.895,
	"fundus/published":  0.970,
	"fundus/language":   0.970,
	"all/no_panic_utf8": 1.0,
}

// TestExtractCorpusFloors runs the whole real-page corpus (~770 pages):
// no page may panic or yield invalid UTF-8, and every scored metric must
// stay above its floor.
func TestExtractCorpusFloors(t *testing.T) {
	shared := sharedpath.Require(t)
	rep, err := RunExtract(context.Background(), ExtractOptions{Shared: shared})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, r := range rep.Rows {
		key := r.Set + "/" + r.Metric
		seen[key] = true
		floor, ok := extractFloors[key]
		if !ok {
			continue
		}
		if r.Score < floor {
			t.Errorf("%s = %.4f over %d pages, below floor %.3f", key, r.Score, r.Pages, floor)
		} else {
			t.Logf("%s = %.4f (floor %.3f, %d pages)", key, r.Score, floor, r.Pages)
		}
	}
	for key := range extractFloors {
		if !seen[key] {
			t.Errorf("metric %s missing from the report", key)
		}
	}
	for _, r := range rep.Rows {
		if r.Set == "all" && r.Pages < 700 {
			t.Errorf("only %d corpus pages read, want the whole corpus (~770)", r.Pages)
		}
	}
	for _, m := range rep.Misses {
		if m.Metric == "no_panic_utf8" {
			t.Errorf("%s/%s: %s", m.Set, m.File, m.Got)
		}
	}
}

func TestRunExtractBadInput(t *testing.T) {
	tests := []struct {
		name string
		opt  ExtractOptions
	}{
		{"missing corpus", ExtractOptions{Shared: t.TempDir()}},
		{"unknown set", ExtractOptions{Shared: "..", Sets: []string{"nope"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.name == "unknown set" {
				tc.opt.Shared = sharedpath.Require(t)
			}
			if _, err := RunExtract(context.Background(), tc.opt); err == nil {
				t.Error("want an error")
			}
		})
	}
}
