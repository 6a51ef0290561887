package main

import (
	"context"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"testing"
	"time"

	"github.com/claimwatch/claimwatch/demo"
)

// serve keeps the demo outlets fresh on an @every 1s schedule: a story the
// outlets publish while it runs turns up in /api/search without a restart.
func TestServeDemoOutletsPicksUpNewStory(t *testing.T) {
	outlets, err := demo.New(demo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	held := outlets.Held()
	if len(held) == 0 {
		t.Fatal("the demo holds no story back to publish later")
	}
	story, _ := outlets.Article(held[0])
	srv := httptest.NewServer(outlets)
	defer srv.Close()

	cfg := demo.Sources(srv.URL)
	for i := range cfg.Sources {
		cfg.Sources[i].Schedule = "@every 1s"
		cfg.Sources[i].Delay = time.Millisecond
	}
	e, _, stderr := testEnv()
	dd, err := openDataDir(context.Background(), e, filepath.Join(t.TempDir(), "data"))
	if err != nil {
		t.Fatal(err)
	}
	defer dd.Close()

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	base, done := startServe(ctx, t, e, stderr, cfg, dd,
		withJitter(0), withPollInterval(time.Hour), withStopGrace(10*time.Second))

	// The story's title as a phrase query, so only it can match.
	search := base + "/api/articles?q=" + url.QueryEscape(`"`+story.Title+`"`)
	count := func() int {
		var r struct {
			Total int `json:"total"`
		}
		getJSON(t, search, &r)
		return r.Total
	}
	articles := func() int {
		var r struct {
			Total int `json:"total"`
		}
		getJSON(t, base+"/api/articles", &r)
		return r.Total
	}
	waitFor(t, 20*time.Second, "the first crawl of the demo outlets", func() bool { return articles() >= 30 })
	if n := count(); n != 0 {
		t.Fatalf("held story %q found before it was published (%d hits)", story.Title, n)
	}
	if err := outlets.Publish(story.Slug); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 20*time.Second, "the newly published story in search", func() bool { return count() == 1 })

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serveWith: %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serveWith did not stop")
	}
}
