package web

import (
	"strings"
	"testing"
	"time"

	"github.com/claimwatch/claimwatch/crawler"
	"github.com/claimwatch/claimwatch/schedule"
	"github.com/prometheus/client_golang/prometheus"
)

type fixedStatus schedule.Status

func (s fixedStatus) Status() schedule.Status { return schedule.Status(s) }

func TestMetrics(t *testing.T) {
	m := NewMetrics(nil)
	start := time.Date(2021, 4, 10, 9, 0, 0, 0, time.UTC)
	m.ObserveRun(crawler.Stats{Source: "reuters", Start: start, End: start.Add(42 * time.Second), Status: crawler.StatusOK,
		Fetched: 12, Indexed: 9, Errors: map[string]int{"http_5xx": 2, "timeout": 1}})
	m.ObserveFetch("reuters", 300*time.Millisecond)
	m.AddClaims("reuters", 17)
	m.SetQueue(1, 3)
	status := fixedStatus{Sources: []schedule.SourceStatus{{Name: "reuters", Running: true}, {Name: "caixin"}}}
	ts := newTestServer(t, fixture(), func(o *Options) { o.Metrics = m; o.Status = status })
	get(t, ts, "/api/search?q=fined")
	get(t, ts, "/api/claims/nope")
	_, body := get(t, ts, "/metrics")
	for _, want := range []string{
		`claimwatch_http_requests_total{code="200",route="/api/search"} 1`,
		`claimwatch_http_requests_total{code="404",route="/api/claims/{id}"} 1`,
		`claimwatch_http_request_duration_seconds_bucket{route="/api/search"`,
		`claimwatch_crawl_runs_total{source="reuters",status="ok"} 1`,
		`claimwatch_crawl_run_duration_seconds_sum{source="reuters"} 42`,
		`claimwatch_crawl_errors_total{kind="http_5xx",source="reuters"} 2`,
		`claimwatch_crawl_errors_total{kind="timeout",source="reuters"} 1`,
		`claimwatch_fetch_duration_seconds_count{source="reuters"} 1`,
		`claimwatch_pages_fetched_total{source="reuters"} 12`,
		`claimwatch_articles_indexed_total{source="reuters"} 9`,
		`claimwatch_claims_indexed_total{source="reuters"} 17`,
		`claimwatch_index_articles 6`,
		`claimwatch_index_claims 7`,
		`claimwatch_index_size_bytes 4096`,
		`claimwatch_sources_running 1`,
		`claimwatch_sources_waiting 3`,
		`go_goroutines`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
}

func TestMetricsOnCallersRegistry(t *testing.T) {
	reg := prometheus.NewRegistry()
	m := NewMetrics(reg)
	m.AddClaims("x", 1)
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, mf := range mfs {
		if mf.GetName() == "claimwatch_claims_indexed_total" {
			found = true
		}
	}
	if !found {
		t.Fatal("collectors not registered on the caller's registry")
	}
	// Two servers in one process each get their own registry: no panic on
	// duplicate registration.
	_ = New(Options{Index: fixture()})
	_ = New(Options{Index: fixture()})
}
