package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/claimwatch/claimwatch/crawler"
)

// TestCrawlCountsSyndicated: a copy skipped because its canonical report is
// already stored is counted as syndicated in the summary table, the log
// line and the stored run (the JSON /api/sources serves), not folded into
// unchanged.
func TestCrawlCountsSyndicated(t *testing.T) {
	page := strings.Replace(newsPage, "<head>", `<head><link rel="canonical" href="/story/1">`, 1)
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			// The original is newer, so it is fetched (and stored) first.
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>`+
				`<item><title>EU fines Google</title><link>%[1]s/story/1</link><pubDate>Tue, 03 Mar 2026 09:00:00 +0000</pubDate></item>`+
				`<item><title>EU fines Google (AMP)</title><link>%[1]s/amp/story/1</link><pubDate>Mon, 02 Mar 2026 09:00:00 +0000</pubDate></item>`+
				`</channel></rss>`, "http://"+r.Host)
		case "/story/1", "/amp/story/1":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte(page))
		default:
			http.NotFound(w, r)
		}
	}))
	defer site.Close()
	tmp := t.TempDir()
	srcPath := filepath.Join(tmp, "sources.toml")
	body := fmt.Sprintf("[defaults]\ndelay = \"10ms\"\nallow_private = true\nparallelism = 1\n\n"+
		"[[source]]\nname = \"synd\"\ncountry = \"GB\"\nlanguage = \"en\"\nfeeds = [\"%s/feed.xml\"]\n", site.URL)
	if err := os.WriteFile(srcPath, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	dataPath := filepath.Join(tmp, "data")
	e, out, stderr := testEnv()
	if code := run(context.Background(), []string{"crawl", "--sources", srcPath, "--data", dataPath}, e); code != 0 {
		t.Fatalf("crawl exit %d\n%s", code, stderr)
	}

	lines := strings.Split(out.String(), "\n")
	header, row := strings.Fields(lines[0]), strings.Fields(lines[1])
	col := -1
	for i, h := range header {
		if h == "SYNDICATED" {
			col = i
		}
	}
	if col < 0 || len(row) <= col || row[col] != "1" {
		t.Errorf("summary has no SYNDICATED column with 1:\n%s", out)
	}
	if !regexp.MustCompile(`source crawled.*unchanged=0 syndicated=1 indexed=1`).MatchString(stderr.String()) {
		t.Errorf("log line lacks unchanged=0 syndicated=1 indexed=1:\n%s", stderr)
	}

	st, err := crawler.OpenState(stateFile(dataPath))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	last, ok, err := st.LastRun("synd")
	if err != nil || !ok {
		t.Fatalf("stored run: %v %v", ok, err)
	}
	js, _ := json.Marshal(last)
	if !strings.Contains(string(js), `"syndicated":1`) || !strings.Contains(string(js), `"unchanged":0`) {
		t.Errorf("stored run JSON %s, want syndicated 1 and unchanged 0", js)
	}
}
