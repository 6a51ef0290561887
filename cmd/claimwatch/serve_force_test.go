package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestServeSecondSignalExitsAtOnce: a second signal while a crawl holds up
// the graceful shutdown returns at once with 128+signal, logs which crawl
// was abandoned, and leaves a data dir that opens again with what was
// indexed before.
func TestServeSecondSignalExitsAtOnce(t *testing.T) {
	release := make(chan struct{})
	slowAsked := make(chan struct{}, 1)
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>`+
				`<item><title>EU fines Google</title><link>%[1]s/news/fast.html</link><pubDate>Tue, 03 Mar 2026 09:00:00 +0000</pubDate></item>`+
				`<item><title>Slow</title><link>%[1]s/news/slow.html</link><pubDate>Mon, 02 Mar 2026 09:00:00 +0000</pubDate></item>`+
				`</channel></rss>`, "http://"+r.Host)
		case "/news/fast.html":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte(newsPage))
		case "/news/slow.html":
			select {
			case slowAsked <- struct{}{}:
			default:
			}
			select {
			case <-release:
			case <-r.Context().Done():
			}
		default:
			http.NotFound(w, r)
		}
	}))
	defer site.Close()
	defer close(release)

	tmp := t.TempDir()
	srcPath := filepath.Join(tmp, "sources.toml")
	body := fmt.Sprintf("[defaults]\ndelay = \"10ms\"\nallow_private = true\nschedule = \"@every 1h\"\n\n"+
		"[[source]]\nname = \"slow\"\ncountry = \"GB\"\nlanguage = \"en\"\nfeeds = [\"%s/feed.xml\"]\n", site.URL)
	if err := os.WriteFile(srcPath, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg, err := loadSources(srcPath)
	if err != nil {
		t.Fatal(err)
	}
	e, _, stderr := testEnv()
	dataPath := filepath.Join(tmp, "data")
	dd, err := openDataDir(context.Background(), e, dataPath)
	if err != nil {
		t.Fatal(err)
	}

	armed := make(chan struct{})
	force := make(chan os.Signal, 1)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	base, done := startServe(ctx, t, e, stderr, cfg, dd,
		withJitter(0), withPollInterval(time.Hour), withStopGrace(time.Minute), withBatchSize(1),
		withForceSignals(func() (<-chan os.Signal, func()) { close(armed); return force, func() {} }))

	select {
	case <-slowAsked:
	case <-time.After(15 * time.Second):
		t.Fatalf("the crawl never reached the slow page\n%s", stderr)
	}
	waitFor(t, 10*time.Second, "the fast article to be indexed", func() bool {
		var r struct {
			Total int `json:"total"`
		}
		getJSON(t, base+"/api/articles", &r)
		return r.Total == 1
	})

	cancel() // the first signal: graceful shutdown starts and waits for the crawl
	select {
	case <-armed:
	case <-time.After(10 * time.Second):
		t.Fatal("serve never began shutting down")
	}
	force <- syscall.SIGINT
	var serveErr error
	select {
	case serveErr = <-done:
	case <-time.After(10 * time.Second):
		t.Fatalf("serve kept waiting after the second signal\n%s", stderr)
	}
	err = closeAfterServe(e, dd, serveErr)
	var ee *exitError
	if !errors.As(err, &ee) || ee.code != 130 {
		t.Fatalf("result %v, want exit 130 after a second SIGINT", err)
	}
	log := stderr.String()
	if !strings.Contains(log, "second signal: exiting without waiting") || !strings.Contains(log, "abandoned_crawls=[slow]") {
		t.Errorf("log does not say the crawl of slow was abandoned:\n%s", log)
	}

	// The data dir opens again (lock released, index and state readable)
	// and keeps what was indexed before the forced exit.
	dd2, err := openDataDir(context.Background(), e, dataPath)
	if err != nil {
		t.Fatalf("reopen after forced exit: %v", err)
	}
	defer dd2.Close()
	st, err := dd2.Index.Stats(context.Background())
	if err != nil || st.Articles != 1 {
		t.Errorf("index after forced exit: %+v, %v; want the 1 article indexed before", st, err)
	}
}
