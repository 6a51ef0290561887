package pipeline

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimwatch/claimwatch/crawler"
	"github.com/claimwatch/claimwatch/sources"
)

// TestRunSavesCorrectedStats crawls a real httptest outlet with the real
// crawler and state: the run stored in the state (what the sources page
// shows after a restart) counts only pages that reached the index (here the
// index refuses them all), and it
// replaces the crawler's own entry instead of adding a second run.
func TestRunSavesCorrectedStats(t *testing.T) {
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	var items strings.Builder
	for i, p := range []string{"/n/1", "/n/2", "/n/empty"} {
		fmt.Fprintf(&items, `<item><title>Item %d</title><link>%s%s</link></item>`, i, srv.URL, p)
	}
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>%s</channel></rss>`, items.String())
	})
	for _, p := range []string{"/n/1", "/n/2"} {
		mux.HandleFunc(p, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(articleHTML("Report "+p, ""))
		})
	}
	mux.HandleFunc("/n/empty", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html><head><title>x</title></head><body></body></html>"))
	})

	state, err := crawler.OpenState(filepath.Join(t.TempDir(), "state.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer state.Close()
	cr := crawler.New(crawler.Options{State: state, Grace: 200 * time.Millisecond})
	fi := &fakeIndex{failOn: []int{1}}
	p := New(Options{Crawler: cr, Claims: stubClaims, Runs: state, Now: func() time.Time { return testNow }})
	p.init(cr, fi)
	src := sources.Source{Name: "wire", Outlet: "The Wire", Language: "en", Feeds: []string{srv.URL + "/feed.xml"},
		Parallelism: 1, Timeout: 5 * time.Second, MaxBody: 1 << 20, MaxPages: 10, AllowPrivate: true}

	st, err := p.Run(context.Background(), src)
	if err != nil {
		t.Fatal(err)
	}
	if st.Indexed != 0 || st.Errors["extract"] != 1 || st.Errors["index"] != 2 {
		t.Fatalf("Run stats = %+v, want 0 indexed, 1 extract and 2 index errors", st)
	}
	last, ok, err := state.LastRun("wire")
	if err != nil || !ok {
		t.Fatalf("LastRun = %v, %v", ok, err)
	}
	if last.Indexed != 0 || last.Errors["index"] != 2 || last.Errors["extract"] != 1 || !last.Start.Equal(st.Start) {
		t.Errorf("saved last run = %+v, want the pipeline's corrected stats", last)
	}
	runs, err := state.Runs("wire", 0)
	if err != nil || len(runs) != 1 {
		t.Errorf("run history has %d entries (%v), want the crawler's entry replaced", len(runs), err)
	}
}
