package web

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"

	"github.com/claimwatch/claimwatch/index"
)

// ParamError is a bad request parameter; Param names it so API clients, the
// search page and the export command can point at the offending field.
type ParamError struct {
	Param string
	Msg   string
}

func (e *ParamError) Error() string { return fmt.Sprintf("web: parameter %q: %s", e.Param, e.Msg) }

func badParam(param, format string, args ...any) error {
	return &ParamError{Param: param, Msg: fmt.Sprintf(format, args...)}
}

// methodError is a request for a path that exists, but not for its method.
type methodError struct {
	method, path string
	allow        []string
}

func (e *methodError) Error() string {
	return fmt.Sprintf("web: method %s not allowed on %s (allowed: %s)", e.method, e.path, strings.Join(e.allow, ", "))
}

// apiError is the JSON body of every API error.
type apiError struct {
	Error string `json:"error"`
	Param string `json:"param,omitempty"`
}

// classify is the one place errors become HTTP statuses.
func classify(err error) (int, apiError) {
	var pe *ParamError
	var me *methodError
	switch {
	case errors.As(err, &me):
		return http.StatusMethodNotAllowed, apiError{Error: fmt.Sprintf("method %s is not allowed on %s; use %s", me.method, me.path, strings.Join(me.allow, " or "))}
	case errors.As(err, &pe):
		return http.StatusBadRequest, apiError{Error: pe.Msg, Param: pe.Param}
	case errors.Is(err, index.ErrBadQuery):
		return http.StatusBadRequest, apiError{Error: err.Error(), Param: "q"}
	case errors.Is(err, index.ErrNotFound), errors.Is(err, ErrUnknownSource):
		return http.StatusNotFound, apiError{Error: "not found"}
	case errors.Is(err, context.Canceled):
		// The client went away; nobody reads the answer.
		return 499, apiError{Error: "request canceled"}
	case errors.Is(err, context.DeadlineExceeded):
		return http.StatusGatewayTimeout, apiError{Error: "timed out"}
	default:
		return http.StatusInternalServerError, apiError{Error: "internal error"}
	}
}

// writeError answers an API request with err as JSON; internal errors are
// logged and not shown, since they may carry paths.
func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	code, body := classify(err)
	errorHeaders(w, err)
	s.logError(r, code, err)
	writeJSON(w, code, body)
}

// errorHeaders sets the headers an error status requires (RFC 9110: a 405
// must carry Allow).
func errorHeaders(w http.ResponseWriter, err error) {
	var me *methodError
	if errors.As(err, &me) {
		w.Header().Set("Allow", strings.Join(me.allow, ", "))
	}
}

func (s *Server) logError(r *http.Request, code int, err error) {
	if code >= 500 {
		s.log.Error("request failed", slog.String("path", r.URL.Path), slog.Int("status", code), slog.String("error", err.Error()))
	}
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	// Served as application/json with nosniff, so "<" needs no \u003c;
	// highlights stay readable to people reading the API.
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}
