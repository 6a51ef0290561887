package web

import (
	"fmt"
	"log/slog"
	"net/http"
	"strings"

	"github.com/claimwatch/claimwatch/index"
	"github.com/claimwatch/claimwatch/pipeline"
	"github.com/claimwatch/claimwatch/schedule"
)

// searchResponse is /api/search's body.
type searchResponse struct {
	Total  uint64           `json:"total"`
	Page   int              `json:"page"`
	Size   int              `json:"size"`
	TookMS float64          `json:"took_ms"`
	Hits   []index.ClaimHit `json:"hits"`
	Facets index.Facets     `json:"facets"`
}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	req, err := parseSearch(r.URL.Query())
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	res, err := s.opts.Index.Search(r.Context(), req.Query)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	hits := res.Hits
	if hits == nil {
		hits = []index.ClaimHit{}
	}
	writeJSON(w, http.StatusOK, searchResponse{
		Total: res.Total, Page: req.Page, Size: req.Size,
		TookMS: float64(res.Took.Microseconds()) / 1000,
		Hits:   hits, Facets: res.Facets,
	})
}

// articleSearchResponse is /api/articles's body.
type articleSearchResponse struct {
	Total  uint64              `json:"total"`
	Page   int                 `json:"page"`
	Size   int                 `json:"size"`
	Hits   []index.ArticleHit  `json:"hits"`
	Facets index.ArticleFacets `json:"facets"`
}

func (s *Server) apiArticleSearch(w http.ResponseWriter, r *http.Request) {
	req, err := parseSearch(r.URL.Query())
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	res, err := s.opts.Index.SearchArticles(r.Context(), req.Query)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	hits := res.Hits
	if hits == nil {
		hits = []index.ArticleHit{}
	}
	writeJSON(w, http.StatusOK, articleSearchResponse{Total: res.Total, Page: req.Page, Size: req.Size, Hits: hits, Facets: res.Facets})
}

func (s *Server) apiClaim(w http.ResponseWriter, r *http.Request) {
	c, err := s.opts.Index.Claim(r.Context(), r.PathValue("id"))
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, c)
}

// articleResponse is /api/articles/{id}'s body.
type articleResponse struct {
	Article index.ArticleDoc `json:"article"`
	Claims  []index.ClaimDoc `json:"claims"`
}

func (s *Server) apiArticle(w http.ResponseWriter, r *http.Request) {
	a, claims, err := s.opts.Index.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	if claims == nil {
		claims = []index.ClaimDoc{}
	}
	writeJSON(w, http.StatusOK, articleResponse{Article: a, Claims: claims})
}

func (s *Server) status() schedule.Status {
	if s.opts.Status == nil {
		return schedule.Status{Sources: []schedule.SourceStatus{}}
	}
	st := s.opts.Status.Status()
	if st.Sources == nil {
		st.Sources = []schedule.SourceStatus{}
	}
	return st
}

func (s *Server) apiSources(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, s.status())
}

// Dry runs fetch live pages, so the limit stays small.
const (
	defaultDryRunLimit = 5
	maxDryRunLimit     = 20
)

func (s *Server) dryRun(r *http.Request) ([]pipeline.Preview, int, error) {
	if s.opts.DryRun == nil {
		return nil, 0, fmt.Errorf("web: dry runs are not available here: %w", ErrUnknownSource)
	}
	limit, err := parseInt(r.URL.Query(), "limit", defaultDryRunLimit)
	if err == nil && r.Method == http.MethodPost {
		limit, err = parseInt(r.PostForm, "limit", limit)
	}
	if err != nil {
		return nil, 0, err
	}
	if limit < 1 || limit > maxDryRunLimit {
		return nil, 0, badParam("limit", "limit must be between 1 and %d, not %d", maxDryRunLimit, limit)
	}
	name := r.PathValue("name")
	s.log.Info("dry run", slog.String("source", name), slog.Int("limit", limit))
	previews, err := s.opts.DryRun.DryRunSource(r.Context(), name, limit)
	return previews, limit, err
}

// sourceTestResponse is /api/sources/{name}/test's body.
type sourceTestResponse struct {
	Source   string             `json:"source"`
	Limit    int                `json:"limit"`
	Previews []pipeline.Preview `json:"previews"`
}

func (s *Server) apiSourceTest(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodPost {
		_ = r.ParseForm()
	}
	previews, limit, err := s.dryRun(r)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	if previews == nil {
		previews = []pipeline.Preview{}
	}
	writeJSON(w, http.StatusOK, sourceTestResponse{Source: r.PathValue("name"), Limit: limit, Previews: previews})
}

// apiExport streams every matching claim. Headers go out with the first row,
// so a bad query still gets a proper 400; an error after that aborts the
// connection, because a truncated file must not look complete.
func (s *Server) apiExport(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	q, err := ParseFilters(v)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	format := v.Get("format")
	if format == "" {
		format = FormatCSV
	}
	cw, err := NewClaimWriter(w, format)
	if err != nil {
		s.writeError(w, r, badParam("format", "unknown format %q (want csv or jsonl)", format))
		return
	}
	rc := http.NewResponseController(w)
	started, rows := false, 0
	start := func() error {
		started = true
		h := w.Header()
		h.Set("Content-Type", cw.ContentType())
		h.Set("X-Content-Type-Options", "nosniff")
		name := fmt.Sprintf("claimwatch-claims-%s.%s", s.now().UTC().Format("20060102-150405"), format)
		h.Set("Content-Disposition", `attachment; filename="`+name+`"`)
		w.WriteHeader(http.StatusOK)
		return cw.Header()
	}
	err = s.opts.Index.Export(r.Context(), q, func(c index.ClaimDoc) error {
		if !started {
			if err := start(); err != nil {
				return err
			}
		}
		if err := cw.WriteClaim(c); err != nil {
			return err
		}
		rows++
		if rows%500 == 0 {
			if err := cw.Flush(); err != nil {
				return err
			}
			_ = rc.Flush()
		}
		return nil
	})
	if err != nil && !started {
		s.writeError(w, r, err)
		return
	}
	if err == nil && !started {
		err = start()
	}
	if err == nil {
		err = cw.Flush()
	}
	if err != nil {
		s.log.Error("export aborted", slog.Int("rows", rows), slog.String("error", err.Error()))
		panic(http.ErrAbortHandler)
	}
	s.log.Info("export", slog.String("format", format), slog.Int("rows", rows), slog.String("query", strings.TrimSpace(q.Text)))
}
