package web

import (
	"context"
	"net/http"
	"strconv"
	"time"

	"github.com/claimwatch/claimwatch/crawler"
	"github.com/claimwatch/claimwatch/index"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics are claimwatch's Prometheus collectors: HTTP requests recorded by
// the server, and crawl, index and queue figures that the serve command's
// scheduler hook feeds in. All methods are safe for concurrent use.
type Metrics struct {
	gatherer prometheus.Gatherer

	httpRequests *prometheus.CounterVec
	httpDuration *prometheus.HistogramVec

	fetchDuration   *prometheus.HistogramVec
	runDuration     *prometheus.HistogramVec
	runs            *prometheus.CounterVec
	crawlErrors     *prometheus.CounterVec
	pagesFetched    *prometheus.CounterVec
	articlesIndexed *prometheus.CounterVec
	claimsIndexed   *prometheus.CounterVec

	indexArticles  prometheus.Gauge
	indexClaims    prometheus.Gauge
	indexSize      prometheus.Gauge
	sourcesRunning prometheus.Gauge
	sourcesWaiting prometheus.Gauge
}

// NewMetrics registers claimwatch's collectors on reg. A nil reg gets a fresh
// registry with the Go and process collectors too. /metrics serves reg when
// it is also a Gatherer (a *prometheus.Registry is), else only these
// collectors.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	own := prometheus.NewRegistry()
	m := &Metrics{gatherer: own}
	if reg == nil {
		own.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
		reg = own
	} else if g, ok := reg.(prometheus.Gatherer); ok {
		m.gatherer = g
	}
	durationBuckets := []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10}
	m.httpRequests = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "claimwatch_http_requests_total", Help: "HTTP requests answered, by route pattern and status code.",
	}, []string{"route", "code"})
	m.httpDuration = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name: "claimwatch_http_request_duration_seconds", Help: "Time to answer HTTP requests, by route pattern.", Buckets: durationBuckets,
	}, []string{"route"})
	m.fetchDuration = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name: "claimwatch_fetch_duration_seconds", Help: "Time to fetch one page, by source.", Buckets: durationBuckets,
	}, []string{"source"})
	m.runDuration = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name: "claimwatch_crawl_run_duration_seconds", Help: "Time of one crawl run of one source.",
		Buckets: []float64{1, 5, 15, 30, 60, 120, 300, 600, 1800, 3600},
	}, []string{"source"})
	m.runs = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "claimwatch_crawl_runs_total", Help: "Crawl runs, by source and status (ok, failed, skipped).",
	}, []string{"source", "status"})
	m.crawlErrors = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "claimwatch_crawl_errors_total", Help: "Crawl errors, by source and kind (robots, http_4xx, timeout, ...).",
	}, []string{"source", "kind"})
	m.pagesFetched = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "claimwatch_pages_fetched_total", Help: "Article pages fetched, by source.",
	}, []string{"source"})
	m.articlesIndexed = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "claimwatch_articles_indexed_total", Help: "Articles written to the index, by source.",
	}, []string{"source"})
	m.claimsIndexed = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "claimwatch_claims_indexed_total", Help: "Claims written to the index, by source.",
	}, []string{"source"})
	m.indexArticles = prometheus.NewGauge(prometheus.GaugeOpts{Name: "claimwatch_index_articles", Help: "Articles in the index."})
	m.indexClaims = prometheus.NewGauge(prometheus.GaugeOpts{Name: "claimwatch_index_claims", Help: "Claims in the index."})
	m.indexSize = prometheus.NewGauge(prometheus.GaugeOpts{Name: "claimwatch_index_size_bytes", Help: "Bytes the index takes on disk."})
	m.sourcesRunning = prometheus.NewGauge(prometheus.GaugeOpts{Name: "claimwatch_sources_running", Help: "Sources crawling now."})
	m.sourcesWaiting = prometheus.NewGauge(prometheus.GaugeOpts{Name: "claimwatch_sources_waiting", Help: "Sources due but waiting for a crawl slot."})
	reg.MustRegister(m.httpRequests, m.httpDuration, m.fetchDuration, m.runDuration, m.runs,
		m.crawlErrors, m.pagesFetched, m.articlesIndexed, m.claimsIndexed,
		m.indexArticles, m.indexClaims, m.indexSize, m.sourcesRunning, m.sourcesWaiting)
	if reg != prometheus.Registerer(own) {
		// Keep our collectors reachable even when reg cannot be gathered.
		if _, ok := reg.(prometheus.Gatherer); !ok {
			own.MustRegister(m.httpRequests, m.httpDuration, m.fetchDuration, m.runDuration, m.runs,
				m.crawlErrors, m.pagesFetched, m.articlesIndexed, m.claimsIndexed,
				m.indexArticles, m.indexClaims, m.indexSize, m.sourcesRunning, m.sourcesWaiting)
		}
	}
	return m
}

// ObserveRun records one finished crawl run of a source.
func (m *Metrics) ObserveRun(st crawler.Stats) {
	src := st.Source
	status := st.Status
	if status == "" {
		status = "unknown"
	}
	m.runs.WithLabelValues(src, status).Inc()
	if !st.Start.IsZero() && st.End.After(st.Start) {
		m.runDuration.WithLabelValues(src).Observe(st.End.Sub(st.Start).Seconds())
	}
	for kind, n := range st.Errors {
		if n > 0 {
			m.crawlErrors.WithLabelValues(src, kind).Add(float64(n))
		}
	}
	if st.Fetched > 0 {
		m.pagesFetched.WithLabelValues(src).Add(float64(st.Fetched))
	}
	if st.Indexed > 0 {
		m.articlesIndexed.WithLabelValues(src).Add(float64(st.Indexed))
	}
}

// ObserveFetch records the time one page fetch of source took.
func (m *Metrics) ObserveFetch(source string, d time.Duration) {
	m.fetchDuration.WithLabelValues(source).Observe(d.Seconds())
}

// AddClaims counts n claims indexed for source (crawler.Stats has no claim
// count, so the pipeline hook reports them separately).
func (m *Metrics) AddClaims(source string, n int) {
	if n > 0 {
		m.claimsIndexed.WithLabelValues(source).Add(float64(n))
	}
}

// SetQueue records how many sources are crawling and how many wait for a slot.
func (m *Metrics) SetQueue(running, waiting int) {
	m.sourcesRunning.Set(float64(running))
	m.sourcesWaiting.Set(float64(waiting))
}

// SetIndexStats records the index's size.
func (m *Metrics) SetIndexStats(st index.Stats) {
	m.indexArticles.Set(float64(st.Articles))
	m.indexClaims.Set(float64(st.Claims))
	m.indexSize.Set(float64(st.SizeBytes))
}

// handler serves the registry in the Prometheus text format, calling
// refresh first so gauges read at scrape time are current.
func (m *Metrics) handler(refresh func(context.Context)) http.HandlerFunc {
	h := promhttp.HandlerFor(m.gatherer, promhttp.HandlerOpts{})
	return func(w http.ResponseWriter, r *http.Request) {
		if refresh != nil {
			ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
			refresh(ctx)
			cancel()
		}
		h.ServeHTTP(w, r)
	}
}

// instrument counts and times requests under a fixed route label, never the
// raw path, so IDs in URLs cannot blow up the label set.
func (m *Metrics) instrument(route string, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, code: http.StatusOK}
		defer func() {
			m.httpRequests.WithLabelValues(route, strconv.Itoa(rec.code)).Inc()
			m.httpDuration.WithLabelValues(route).Observe(time.Since(start).Seconds())
		}()
		h.ServeHTTP(rec, r)
	})
}

// statusRecorder remembers the status code written through it.
type statusRecorder struct {
	http.ResponseWriter
	code        int
	wroteHeader bool
}

func (r *statusRecorder) WriteHeader(code int) {
	if !r.wroteHeader {
		r.code = code
		r.wroteHeader = true
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *statusRecorder) Write(b []byte) (int, error) {
	r.wroteHeader = true
	return r.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach Flush on the real writer.
func (r *statusRecorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// Flush passes streaming exports' flushes through.
func (r *statusRecorder) Flush() {
	if f, ok := r.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}
