package crawler

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestStateSurvivesReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "state.db")
	st, err := OpenState(path)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)
	for i := range 3 {
		if err := st.saveRun(Stats{Source: "s", Start: start.Add(time.Duration(i) * time.Minute), Status: StatusOK, Found: i}); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.saveRun(Stats{Source: "s2", Start: start, Found: 99}); err != nil {
		t.Fatal(err)
	}
	if err := st.putSeen(seenRecord{URL: "http://x/a", Canonical: "http://x/c", Hash: "h"}, "http://x/a", "http://x/c"); err != nil {
		t.Fatal(err)
	}
	// Saving again with the same Start replaces that run.
	if err := st.SaveRun(Stats{Source: "s", Start: start.Add(2 * time.Minute), Status: StatusOK, Found: 2, Indexed: 7}); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	st, err = OpenState(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	last, ok, err := st.LastRun("s")
	if err != nil || !ok || last.Found != 2 || last.Indexed != 7 {
		t.Errorf("LastRun = %+v %v %v", last, ok, err)
	}
	runs, err := st.Runs("s", 2)
	if err != nil || len(runs) != 2 || runs[0].Indexed != 7 || runs[1].Found != 1 {
		t.Errorf("Runs = %+v %v", runs, err)
	}
	if _, ok, _ := st.LastRun("nope"); ok {
		t.Error("LastRun of an unknown source reported ok")
	}
	rec, ok, err := st.seen("http://x/c")
	if err != nil || !ok || rec.URL != "http://x/a" {
		t.Errorf("seen by canonical = %+v %v %v", rec, ok, err)
	}
}

func TestOpenStateBadFiles(t *testing.T) {
	dir := t.TempDir()
	corrupt := filepath.Join(dir, "corrupt.db")
	if err := os.WriteFile(corrupt, []byte(strings.Repeat("not a bolt file ", 2000)), 0o600); err != nil {
		t.Fatal(err)
	}
	notDir := filepath.Join(dir, "file")
	os.WriteFile(notDir, nil, 0o600)
	cases := []struct{ name, path string }{
		{"corrupt", corrupt},
		{"parent is a file", filepath.Join(notDir, "state.db")},
		{"empty path", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			st, err := OpenState(tc.path)
			if err == nil {
				st.Close()
				t.Fatal("no error")
			}
			if !strings.HasPrefix(err.Error(), "crawler: open state") || !strings.Contains(err.Error(), tc.path) {
				t.Errorf("error %q does not name the state file", err)
			}
		})
	}
}
