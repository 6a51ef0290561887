package web

import (
	"fmt"
	"html/template"
	"log/slog"
	"net/http"
	"sort"
	"time"

	"github.com/claimwatch/claimwatch/index"
	"github.com/claimwatch/claimwatch/pipeline"
	"github.com/claimwatch/claimwatch/schedule"
)

// facetItem is one clickable facet value.
type facetItem struct {
	Term   string
	Count  int
	Active bool
	Href   string
}

type facetView struct {
	Param string
	Label string
	Items []facetItem // shown
	More  []facetItem // behind "more", so long facets do not push results down
}

// facetShown is how many values of a facet show before "more".
const facetShown = 8

// chip is an active filter with a link that removes it.
type chip struct {
	Label string
	Value string
	Href  string
}

type searchView struct {
	Q           string
	Sort        string
	Size        int
	Error       string
	ErrorParam  string
	Total       uint64
	From, To    uint64
	Took        string
	Groups      []*claimGroup
	Facets      []facetView
	Chips       []chip
	ClearHref   string
	Histogram   *histogram
	PrevHref    string
	NextHref    string
	CSVHref     string
	JSONLHref   string
	HiddenKeys  []hidden // filters carried through the search form
	Highlighter func(index.ClaimHit) template.HTML
}

// hidden is a filter the search form re-submits, so typing a new query keeps
// the facets chosen.
type hidden struct{ Name, Value string }

var facetParams = []struct{ param, label string }{
	{"kind", "Kind"}, {"actor", "Actor"}, {"firm", "Firm"}, {"outlet", "Outlet"},
	{"country", "Country"}, {"certainty", "Certainty"},
}

func (s *Server) pageSearch(w http.ResponseWriter, r *http.Request) {
	st := newState(r.URL.Query())
	view := searchView{Q: st.v.Get("q"), Sort: st.v.Get("sort"), Highlighter: func(h index.ClaimHit) template.HTML { return safeHighlight(h.Highlight, h.Sentence) }}
	for _, f := range facetParams {
		for _, val := range st.v[f.param] {
			view.Chips = append(view.Chips, chip{Label: f.label, Value: val, Href: st.toggle(f.param, val)})
			view.HiddenKeys = append(view.HiddenKeys, hidden{f.param, val})
		}
	}
	for _, k := range []string{"since", "until"} {
		if val := st.v.Get(k); val != "" {
			view.Chips = append(view.Chips, chip{Label: k, Value: val, Href: st.without(k)})
			view.HiddenKeys = append(view.HiddenKeys, hidden{k, val})
		}
	}
	if sz := st.v.Get("size"); sz != "" {
		view.HiddenKeys = append(view.HiddenKeys, hidden{"size", sz})
	}
	if len(view.Chips) > 0 {
		view.ClearHref = href(urlValues("q", view.Q))
	}
	req, err := parseSearch(st.v)
	if err != nil {
		code, body := classify(err)
		view.Error, view.ErrorParam = body.Error, body.Param
		s.render(w, r, code, "search", page{Title: "Search", Nav: "search", Data: view})
		return
	}
	view.Size = req.Size
	res, err := s.opts.Index.Search(r.Context(), req.Query)
	if err != nil {
		code, body := classify(err)
		s.logError(r, code, err)
		if code == 499 {
			return
		}
		view.Error, view.ErrorParam = body.Error, body.Param
		s.render(w, r, code, "search", page{Title: "Search", Nav: "search", Data: view})
		return
	}
	view.Total = res.Total
	view.Took = fmt.Sprintf("%.1f ms", float64(res.Took.Microseconds())/1000)
	if len(res.Hits) > 0 {
		view.From = uint64(req.Query.From) + 1
		view.To = uint64(req.Query.From + len(res.Hits))
	}
	view.Groups = groupHits(res.Hits)
	facets := map[string][]index.TermCount{}
	for _, f := range facetParams {
		facets[f.param] = facetOf(res.Facets, f.param)
	}
	s.disjunctiveFacets(r, req.Query, facets)
	for _, f := range facetParams {
		fv := facetView{Param: f.param, Label: f.label}
		for _, tc := range facets[f.param] {
			if tc.Term == "" {
				continue // unknown values cannot be filtered on
			}
			fv.Items = append(fv.Items, facetItem{Term: tc.Term, Count: tc.Count, Active: st.has(f.param, tc.Term), Href: st.toggle(f.param, tc.Term)})
		}
		if len(fv.Items) > facetShown+2 { // folding one or two values saves nothing
			// Active values stay visible even when they rank low.
			var shown, more []facetItem
			for i, it := range fv.Items {
				if i < facetShown || it.Active {
					shown = append(shown, it)
				} else {
					more = append(more, it)
				}
			}
			fv.Items, fv.More = shown, more
		}
		if len(fv.Items) > 0 {
			view.Facets = append(view.Facets, fv)
		}
	}
	view.Histogram = newHistogram(res.Facets.Published, st)
	if req.Page > 1 {
		view.PrevHref = st.page(req.Page - 1)
	}
	if uint64(req.Query.From+req.Size) < res.Total && req.Query.From+2*req.Size <= maxWindow {
		view.NextHref = st.page(req.Page + 1)
	}
	view.CSVHref, view.JSONLHref = st.exportHref(FormatCSV), st.exportHref(FormatJSONL)
	title := "Search"
	if view.Q != "" {
		title = view.Q + " – search"
	}
	s.render(w, r, http.StatusOK, "search", page{Title: title, Nav: "search", Data: view})
}

// disjunctiveFacets recounts each facet that has a value chosen with that
// facet's own filter left out. Otherwise choosing outlet=A would shrink the
// outlet list to A alone, and the other outlets (which the filter ORs) could
// never be added by clicking. It costs one small search per active facet.
func (s *Server) disjunctiveFacets(r *http.Request, q index.Query, facets map[string][]index.TermCount) {
	for _, f := range facetParams {
		without, active := withoutFilter(q, f.param)
		if !active {
			continue
		}
		without.From, without.Size = 0, 1
		res, err := s.opts.Index.Search(r.Context(), without)
		if err != nil {
			s.log.Warn("facet recount", slog.String("facet", f.param), slog.String("error", err.Error()))
			continue
		}
		facets[f.param] = facetOf(res.Facets, f.param)
	}
}

// withoutFilter returns q without the filter of one facet parameter, and
// whether that filter was set.
func withoutFilter(q index.Query, param string) (index.Query, bool) {
	var field *[]string
	switch param {
	case "kind":
		field = &q.Kind
	case "actor":
		field = &q.Actor
	case "firm":
		field = &q.Firm
	case "outlet":
		field = &q.Outlet
	case "country":
		field = &q.Country
	case "certainty":
		field = &q.Certainty
	default:
		return q, false
	}
	active := len(*field) > 0
	*field = nil // q is a copy; the caller's slices are untouched
	return q, active
}

func facetOf(f index.Facets, param string) []index.TermCount {
	switch param {
	case "kind":
		return f.Kind
	case "actor":
		return f.Actor
	case "firm":
		return f.Firm
	case "outlet":
		return f.Outlet
	case "country":
		return f.Country
	case "certainty":
		return f.Certainty
	}
	return nil
}

func urlValues(kv ...string) map[string][]string {
	v := map[string][]string{}
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] != "" {
			v[kv[i]] = []string{kv[i+1]}
		}
	}
	return v
}

type articleView struct {
	Article index.ArticleDoc
	Claims  []index.ClaimDoc
	Marked  markedArticle
}

func (s *Server) pageArticle(w http.ResponseWriter, r *http.Request) {
	a, claims, err := s.opts.Index.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	view := articleView{Article: a, Claims: claims, Marked: markArticle(a, claims)}
	s.render(w, r, http.StatusOK, "article", page{Title: a.Title, Data: view})
}

type sourceRow struct {
	schedule.SourceStatus
	Duration time.Duration
	Errors   []errorCount
}

type errorCount struct {
	Kind  string
	Count int
}

type sourcesView struct {
	Status    schedule.Status
	Rows      []sourceRow
	CanDryRun bool
	Now       time.Time
}

func (s *Server) pageSources(w http.ResponseWriter, r *http.Request) {
	st := s.status()
	view := sourcesView{Status: st, CanDryRun: s.opts.DryRun != nil, Now: s.now()}
	for _, src := range st.Sources {
		row := sourceRow{SourceStatus: src}
		if src.Last != nil {
			row.Duration = src.Last.End.Sub(src.Last.Start)
			for k, n := range src.Last.Errors {
				row.Errors = append(row.Errors, errorCount{k, n})
			}
			sort.Slice(row.Errors, func(i, j int) bool {
				if row.Errors[i].Count != row.Errors[j].Count {
					return row.Errors[i].Count > row.Errors[j].Count
				}
				return row.Errors[i].Kind < row.Errors[j].Kind
			})
		}
		view.Rows = append(view.Rows, row)
	}
	s.render(w, r, http.StatusOK, "sources", page{Title: "Sources", Nav: "sources", Data: view})
}

type sourceTestView struct {
	Source   string
	Limit    int
	Previews []pipeline.Preview
	Claims   int
}

func (s *Server) pageSourceTest(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodPost {
		_ = r.ParseForm()
	}
	previews, limit, err := s.dryRun(r)
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	view := sourceTestView{Source: r.PathValue("name"), Limit: limit, Previews: previews}
	for _, p := range previews {
		view.Claims += len(p.Claims)
	}
	s.render(w, r, http.StatusOK, "sourcetest", page{Title: "Test " + view.Source, Nav: "sources", Data: view})
}
