package web

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"time"

	"github.com/claimwatch/claimwatch/index"
	"github.com/claimwatch/claimwatch/pipeline"
	"github.com/claimwatch/claimwatch/schedule"
)

// Searcher is what the server needs of the index (*index.Index has it).
type Searcher interface {
	Search(ctx context.Context, q index.Query) (*index.Results, error)
	SearchArticles(ctx context.Context, q index.Query) (*index.ArticleResults, error)
	Claim(ctx context.Context, id string) (index.ClaimDoc, error)
	Article(ctx context.Context, id string) (index.ArticleDoc, []index.ClaimDoc, error)
	Export(ctx context.Context, q index.Query, fn func(index.ClaimDoc) error) error
	Stats(ctx context.Context) (index.Stats, error)
}

// StatusSource reports the scheduler's state for /sources and /api/sources.
type StatusSource interface {
	Status() schedule.Status
}

// DryRunner previews one source without indexing anything. Implementations
// return an error wrapping ErrUnknownSource for a name not in the sources
// file, which the server answers with 404.
type DryRunner interface {
	DryRunSource(ctx context.Context, name string, limit int) ([]pipeline.Preview, error)
}

// ErrUnknownSource is what a DryRunner wraps when asked for a source that is
// not configured.
var ErrUnknownSource = errors.New("web: unknown source")

// Options configure a Server. Only Index is required.
type Options struct {
	Index  Searcher
	Status StatusSource // nil: the sources page shows no sources
	DryRun DryRunner    // nil: no "test this source" button
	Logger *slog.Logger // nil: log nothing
	// Metrics receives request metrics and is served at /metrics; nil: the
	// server makes its own on a fresh registry.
	Metrics *Metrics
	Now     func() time.Time // nil: time.Now
}

// Server serves the API and pages. Build it with New.
type Server struct {
	opts    Options
	log     *slog.Logger
	metrics *Metrics
	now     func() time.Time
	tmpl    templates
	handler http.Handler
	mux     *http.ServeMux // for the Allow header of a 405
}

// New returns a Server over opts. It panics only if the embedded templates
// are broken, which tests catch.
func New(opts Options) *Server {
	s := &Server{opts: opts, log: opts.Logger, metrics: opts.Metrics, now: opts.Now}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	if s.metrics == nil {
		s.metrics = NewMetrics(nil)
	}
	if s.now == nil {
		s.now = time.Now
	}
	s.tmpl = mustParseTemplates()
	s.handler = s.routes()
	return s
}

// Handler returns the server's root handler.
func (s *Server) Handler() http.Handler { return s.handler }

// Metrics returns the metrics the server records into, for the serve
// command's scheduler hook.
func (s *Server) Metrics() *Metrics { return s.metrics }

func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	s.mux = mux
	handle := func(pattern, route string, h http.HandlerFunc) {
		mux.Handle(pattern, s.metrics.instrument(route, h))
	}
	handle("GET /api/search", "/api/search", s.apiSearch)
	handle("GET /api/claims/{id}", "/api/claims/{id}", s.apiClaim)
	handle("GET /api/articles", "/api/articles", s.apiArticleSearch)
	handle("GET /api/articles/{id}", "/api/articles/{id}", s.apiArticle)
	handle("GET /api/sources", "/api/sources", s.apiSources)
	handle("POST /api/sources/{name}/test", "/api/sources/{name}/test", s.apiSourceTest)
	handle("GET /api/sources/{name}/test", "/api/sources/{name}/test", s.apiSourceTest)
	handle("GET /api/export", "/api/export", s.apiExport)
	handle("GET /healthz", "/healthz", s.healthz)
	mux.Handle("GET /metrics", s.metrics.instrument("/metrics", s.metrics.handler(s.refreshIndexStats)))

	handle("GET /{$}", "/", s.pageSearch)
	handle("GET /articles/{id}", "/articles/{id}", s.pageArticle)
	handle("GET /sources", "/sources", s.pageSources)
	handle("GET /sources/{name}/test", "/sources/{name}/test", s.pageSourceTest)
	handle("POST /sources/{name}/test", "/sources/{name}/test", s.pageSourceTest)
	mux.Handle("GET /static/", s.metrics.instrument("/static/", staticHandler()))
	handle(catchAll, "other", s.notFound)
	return mux
}

// catchAll answers what no other route does: 404, or 405 for a known path.
const catchAll = "/"

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
	defer cancel()
	if _, err := s.opts.Index.Stats(ctx); err != nil {
		s.log.Warn("healthz: index unreachable", slog.String("error", err.Error()))
		w.WriteHeader(http.StatusServiceUnavailable)
		_, _ = w.Write([]byte("index unreachable\n"))
		return
	}
	_, _ = w.Write([]byte("ok\n"))
}

// refreshIndexStats updates the index gauges just before a scrape, so they
// are never staler than the scrape interval.
func (s *Server) refreshIndexStats(ctx context.Context) {
	st, err := s.opts.Index.Stats(ctx)
	if err != nil {
		s.log.Warn("metrics: index stats", slog.String("error", err.Error()))
		return
	}
	s.metrics.SetIndexStats(st)
	if s.opts.Status != nil {
		running := 0
		for _, src := range s.opts.Status.Status().Sources {
			if src.Running {
				running++
			}
		}
		s.metrics.sourcesRunning.Set(float64(running))
	}
}
