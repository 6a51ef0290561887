package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/claimwatch/claimwatch/sources"
)

// getJSON fetches u and decodes its JSON body into v.
func getJSON(t *testing.T, u string, v any) {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatalf("GET %s: %v", u, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %s", u, resp.Status)
	}
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Fatalf("GET %s: %v", u, err)
	}
}

// getText fetches u and returns its body.
func getText(t *testing.T, u string) string {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatalf("GET %s: %v", u, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %s %v", u, resp.Status, err)
	}
	return string(b)
}

// waitFor polls cond every 100ms until it holds or d passes.
func waitFor(t *testing.T, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", d, what)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// startServe runs serveWith in the background on a free loopback port and
// returns its base URL and the channel its result arrives on; the test fails
// when it never listens.
func startServe(ctx context.Context, t *testing.T, e *env, stderr fmt.Stringer, cfg *sources.Config, dd *dataDir, opts ...serveOption) (string, <-chan error) {
	t.Helper()
	ready := make(chan string, 1)
	done := make(chan error, 1)
	go func() {
		done <- serveWith(ctx, e, cfg, dd, "127.0.0.1:0", func(u string) { ready <- u }, opts...)
	}()
	select {
	case base := <-ready:
		return base, done
	case err := <-done:
		t.Fatalf("serveWith returned before listening: %v\n%s", err, stderr)
	case <-time.After(10 * time.Second):
		t.Fatal("serveWith never became ready")
	}
	return "", nil
}

func TestE2EServe(t *testing.T) {
	pages := append(loadGold(t, e2ePages[:2]), goldPage{
		Title:     "EU fines Google €2.4bn over shopping search",
		Published: time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC),
		Body:      []byte(newsPage),
	})
	o := newOutlet(t, pages)
	o.inFeed = []int{0, 1}
	tmp := t.TempDir()
	srcPath := writeSources(t, tmp, "live", o, "")
	cfg, err := loadSources(srcPath)
	if err != nil {
		t.Fatal(err)
	}
	e, _, stderr := testEnv()
	dd, err := openDataDir(context.Background(), e, filepath.Join(tmp, "data"))
	if err != nil {
		t.Fatal(err)
	}
	defer dd.Close()

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	reload := make(chan struct{})
	reloaded := make(chan error, 1)
	base, done := startServe(ctx, t, e, stderr, cfg, dd,
		withJitter(0), withPollInterval(time.Hour), withStopGrace(10*time.Second),
		withReloadTrigger(reload), withReloadHook(func(err error) { reloaded <- err }))

	articles := func() int {
		var r struct {
			Total int `json:"total"`
		}
		getJSON(t, base+"/api/articles", &r)
		return r.Total
	}
	// The never-crawled source runs at once.
	waitFor(t, 10*time.Second, "the first crawl to index 2 articles", func() bool { return articles() == 2 })

	// Publish a new report: the next scheduled run picks it up, no restart.
	o.mu.Lock()
	o.inFeed = append(o.inFeed, 2)
	o.mu.Unlock()
	waitFor(t, 10*time.Second, "the new article in /api/articles", func() bool { return articles() == 3 })
	var sr struct {
		Total  int `json:"total"`
		Facets struct {
			Firm []struct {
				Term  string `json:"term"`
				Count int    `json:"count"`
			} `json:"firm"`
		} `json:"facets"`
	}
	// Fetch times and the scheduler's queue reach /metrics.
	metrics := getText(t, base+"/metrics")
	if m := regexp.MustCompile(`(?m)^claimwatch_fetch_duration_seconds_count\{source="live"\} ([0-9]+)$`).FindStringSubmatch(metrics); m == nil || m[1] == "0" {
		t.Errorf("/metrics has no fetch durations for source live: %v", m)
	}
	for _, name := range []string{"claimwatch_sources_running ", "claimwatch_sources_waiting "} {
		if !strings.Contains(metrics, "\n"+name) {
			t.Errorf("/metrics lacks %s", name)
		}
	}
	getJSON(t, base+"/api/search?firm=Google", &sr)
	if sr.Total == 0 || len(sr.Facets.Firm) == 0 {
		t.Errorf("/api/search for Google after publishing: total %d facets %+v", sr.Total, sr.Facets.Firm)
	}

	// An invalid file is rejected; the old config keeps running.
	bad := strings.Replace(mustRead(t, srcPath), `country = "GB"`, `country = "Britain"`, 1)
	if err := os.WriteFile(srcPath, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	// A real SIGHUP: serveWith has subscribed to it before announcing ready.
	if err := syscall.Kill(os.Getpid(), syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	if err := <-reloaded; err == nil || !strings.Contains(err.Error(), srcPath+":") {
		t.Errorf("reload of an invalid file: %v, want FILE:LINE problems", err)
	}
	var st struct {
		ConfigError string `json:"config_error"`
		Sources     []struct {
			Name string `json:"name"`
		} `json:"sources"`
	}
	getJSON(t, base+"/api/sources", &st)
	if !strings.Contains(st.ConfigError, srcPath+":") || len(st.Sources) != 1 || st.Sources[0].Name != "live" {
		t.Errorf("after a rejected reload: config_error %q, sources %+v; want the error and the old source", st.ConfigError, st.Sources)
	}

	// A valid file with a second source is applied.
	good := strings.Replace(mustRead(t, srcPath), `country = "Britain"`, `country = "GB"`, 1) +
		"\n[[source]]\nname = \"second\"\ncountry = \"IE\"\nlanguage = \"en\"\nenabled = false\nfeeds = [\"" + o.srv.URL + "/feed.xml\"]\n"
	if err := os.WriteFile(srcPath, []byte(good), 0o644); err != nil {
		t.Fatal(err)
	}
	reload <- struct{}{}
	if err := <-reloaded; err != nil {
		t.Fatalf("reload of a valid file: %v", err)
	}
	st.ConfigError, st.Sources = "", nil // config_error is omitted when empty
	getJSON(t, base+"/api/sources", &st)
	if st.ConfigError != "" || len(st.Sources) != 2 {
		t.Errorf("after a good reload: config_error %q, sources %+v", st.ConfigError, st.Sources)
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("graceful shutdown returned %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serveWith did not return after cancel")
	}
	if _, err := http.Get(base + "/healthz"); err == nil {
		t.Error("web server still answering after shutdown")
	}
	// After the shutdown the index reopens with everything it served, and
	// the sources page's figures (the saved last run) survive too.
	if err := dd.Close(); err != nil {
		t.Fatalf("closing the data dir after shutdown: %v", err)
	}
	ix, release, err := openIndexForSearch(filepath.Join(tmp, "data"))
	if err != nil {
		t.Fatalf("reopening the index after shutdown: %v", err)
	}
	defer release()
	ist, err := ix.Stats(context.Background())
	if err != nil || ist.Articles != 3 {
		t.Errorf("index after shutdown: %+v, %v; want the 3 articles served", ist, err)
	}
}

func mustRead(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestE2EServeReloadsOnFileChange(t *testing.T) {
	o := newOutlet(t, nil)
	tmp := t.TempDir()
	srcPath := writeSources(t, tmp, "first", o, "")
	cfg, err := loadSources(srcPath)
	if err != nil {
		t.Fatal(err)
	}
	e, _, stderr := testEnv()
	dd, err := openDataDir(context.Background(), e, filepath.Join(tmp, "data"))
	if err != nil {
		t.Fatal(err)
	}
	defer dd.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	reloaded := make(chan error, 10)
	base, done := startServe(ctx, t, e, stderr, cfg, dd,
		withJitter(0), withPollInterval(50*time.Millisecond),
		withReloadHook(func(err error) { reloaded <- err }))
	// A second [[source]] appended: the size changes even within one mtime tick.
	extra := mustRead(t, srcPath) + "\n[[source]]\nname = \"added\"\ncountry = \"IE\"\nlanguage = \"en\"\nfeeds = [\"" + o.srv.URL + "/feed.xml\"]\n"
	if err := os.WriteFile(srcPath, []byte(extra), 0o644); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-reloaded:
		if err != nil {
			t.Fatalf("reload after the edit: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the edited sources file was not reloaded")
	}
	var st struct {
		Sources []struct {
			Name string `json:"name"`
		} `json:"sources"`
	}
	getJSON(t, base+"/api/sources", &st)
	if len(st.Sources) != 2 || st.Sources[1].Name != "added" {
		t.Errorf("sources after the edit = %+v, want first and added", st.Sources)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("shutdown: %v", err)
	}
}

// newsPage is a report published while serve runs, with one plain claim.
const newsPage = `<!doctype html><html lang="en"><head><title>EU fines Google</title>
<meta property="article:published_time" content="2026-03-01T09:00:00Z"></head><body><article>
<h1>EU fines Google €2.4bn over shopping search</h1>
<p>The European Commission fined Google €2.4 billion on Tuesday for abusing its dominance in online search.</p>
<p>The company has 90 days to end the conduct or face further penalties, the Commission said in a statement issued in Brussels on Tuesday afternoon.</p>
<p>Regulators in several countries are looking at the search giant's advertising business, which accounts for most of its revenue.</p>
</article></body></html>`
