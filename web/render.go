package web

import (
	"bytes"
	"embed"
	"fmt"
	"html"
	"html/template"
	"io/fs"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/claimwatch/claimwatch/extract"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// pageNames are the templates that render a whole page; each is parsed
// together with layout.html, which calls its "content" block.
var pageNames = []string{"search", "article", "sources", "sourcetest", "error"}

type templates map[string]*template.Template

func mustParseTemplates() templates {
	funcs := template.FuncMap{
		"day":      formatDay,
		"datetime": formatDateTime,
		"dur":      formatDuration,
		"targets":  TargetNames,
		"entity":   func(e extract.Entity) string { return entityName(e.Canonical, e.Name) },
		"percent":  func(f float64) string { return strconv.Itoa(int(f*100+0.5)) + "%" },
		"amount":   FormatAmount,
		"rel":      relative,
	}
	out := templates{}
	for _, name := range pageNames {
		t := template.Must(template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/"+name+".html"))
		out[name] = t
	}
	return out
}

func staticHandler() http.Handler {
	sub, err := fs.Sub(staticFS, "static")
	if err != nil {
		panic(err) // the embed pattern guarantees the directory
	}
	files := http.StripPrefix("/static/", http.FileServerFS(sub))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		files.ServeHTTP(w, r)
	})
}

// page is what layout.html needs besides the page's own data.
type page struct {
	Title string
	Nav   string // "search", "sources"
	Data  any
}

// render writes a page; templates execute into a buffer first so a template
// error becomes a clean 500 instead of half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, code int, name string, p page) {
	var b bytes.Buffer
	if err := s.tmpl[name].Execute(&b, p); err != nil {
		s.logError(r, 500, fmt.Errorf("web: render %s: %w", name, err))
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Security-Policy", "default-src 'self'; style-src 'self'; img-src 'self' data:; script-src 'self'; frame-ancestors 'none'")
	w.WriteHeader(code)
	_, _ = b.WriteTo(w)
}

// errorView is error.html's data.
type errorView struct {
	Code    int
	Message string
	Param   string
}

// renderError is the HTML twin of writeError, using the same mapping.
func (s *Server) renderError(w http.ResponseWriter, r *http.Request, err error) {
	code, body := classify(err)
	s.logError(r, code, err)
	if code == 499 {
		return
	}
	errorHeaders(w, err)
	s.render(w, r, code, "error", page{Title: http.StatusText(code), Data: errorView{Code: code, Message: body.Error, Param: body.Param}})
}

func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	if allow := allowedMethods(s.mux, r); len(allow) > 0 {
		err := &methodError{method: r.Method, path: r.URL.Path, allow: allow}
		if strings.HasPrefix(r.URL.Path, "/api/") {
			s.writeError(w, r, err)
		} else {
			s.renderError(w, r, err)
		}
		return
	}
	if strings.HasPrefix(r.URL.Path, "/api/") {
		writeJSON(w, http.StatusNotFound, apiError{Error: "no such endpoint: " + r.URL.Path})
		return
	}
	s.render(w, r, http.StatusNotFound, "error", page{Title: "Not found", Data: errorView{Code: 404, Message: "There is no page at " + r.URL.Path + "."}})
}

// allowedMethods lists the methods some route other than the catch-all
// takes for r's path; empty means the path is unknown (404, not 405). The
// catch-all route is what makes ServeMux's own 405 unreachable.
func allowedMethods(mux *http.ServeMux, r *http.Request) []string {
	var allow []string
	for _, m := range []string{http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete} {
		r2 := r.Clone(r.Context())
		r2.Method = m
		if _, pattern := mux.Handler(r2); pattern != "" && pattern != catchAll {
			allow = append(allow, m)
		}
	}
	return allow
}

// safeHighlight re-escapes the index's highlight keeping only <mark> tags:
// the fragment is built from crawled text, and the page must not depend on
// another package escaping it right.
func safeHighlight(h, sentence string) template.HTML {
	if h == "" {
		return template.HTML(html.EscapeString(sentence))
	}
	var b strings.Builder
	for i, open := range strings.Split(h, "<mark>") {
		if i > 0 {
			b.WriteString("<mark>")
		}
		for j, part := range strings.Split(open, "</mark>") {
			if j > 0 {
				b.WriteString("</mark>")
			}
			b.WriteString(html.EscapeString(html.UnescapeString(part)))
		}
	}
	return template.HTML(b.String())
}

// TargetNames lists a claim's targets by canonical name, each once (the CLI
// table and demo say them the same way).
func TargetNames(ts []extract.Entity) string {
	names := make([]string, 0, len(ts))
	for _, t := range ts {
		// A firm and its unit often share a canonical name; say it once.
		if n := entityName(t.Canonical, t.Name); !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	return strings.Join(names, ", ")
}

func formatDay(t time.Time) string {
	if t.IsZero() {
		return "date unknown"
	}
	return t.Format("2 Jan 2006")
}

func formatDateTime(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	return t.UTC().Format("2006-01-02 15:04:05 UTC")
}

func formatDuration(d time.Duration) string {
	if d <= 0 {
		return "—"
	}
	return d.Round(time.Second).String()
}

// relative says how far t is from now in words ("in 25s", "3m ago").
func relative(now, t time.Time) string {
	if t.IsZero() || now.IsZero() {
		return ""
	}
	d := t.Sub(now)
	abs := d.Abs()
	var text string
	switch {
	case abs < time.Hour:
		text = abs.Round(time.Second).String()
	case abs < 48*time.Hour:
		text = strings.TrimSuffix(abs.Round(time.Minute).String(), "0s")
	default:
		text = strconv.Itoa(int(abs.Hours()/24)) + " days"
	}
	if d >= 0 {
		return "in " + text
	}
	return text + " ago"
}

func itoa(n int) string { return strconv.Itoa(n) }

// FormatAmount writes sums the way reports do ("CNY 18.23 billion"), since
// 1.8228e+10 is unreadable and 18228000000 hard to count. The CLI's claim
// table uses it too, so both show a sum alike.
func FormatAmount(a *extract.Amount) string {
	if a == nil {
		return ""
	}
	v, unit := a.Value, ""
	switch {
	case v >= 1e12:
		v, unit = v/1e12, " trillion"
	case v >= 1e9:
		v, unit = v/1e9, " billion"
	case v >= 1e6:
		v, unit = v/1e6, " million"
	}
	num := strconv.FormatFloat(v, 'f', 2, 64)
	num = strings.TrimSuffix(strings.TrimRight(num, "0"), ".")
	return strings.TrimSpace(a.Currency + " " + num + unit)
}
