package web

import (
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/claimwatch/claimwatch/extract"
	"github.com/claimwatch/claimwatch/index"
)

// Paging limits: size is capped so one request cannot ask for the whole
// index (export is for that), and deep pages are refused because Bleve
// scores and sorts From+Size hits to answer them.
const (
	defaultSize = 20
	maxSize     = 1000
	maxWindow   = 10000
	// maxQueryLen bounds query strings: real searches are short, and a
	// megabyte of clauses would only cost the index time.
	maxQueryLen = 2000
)

// Kinds and Certainties are the values the kind and certainty filters accept.
var (
	Kinds       = []string{extract.KindMandate, extract.KindPenalty, extract.KindProbe, extract.KindApproval, extract.KindResponse, extract.KindAction}
	Certainties = []string{extract.Asserted, extract.Reported, extract.Hedged}
	sorts       = []string{"relevance", "date", "-date"}
)

// dayLayout is the only date form the filters take: whole days are what the
// histogram and the CLI speak.
const dayLayout = "2006-01-02"

// searchRequest is a parsed /api/search or / request.
type searchRequest struct {
	Query index.Query
	Page  int
	Size  int
}

// ParseFilters reads the filter parameters shared by search and export
// (q, kind, actor, firm, country, outlet, certainty, language, since, until,
// sort); repeated parameters are ORed. Errors are *ParamError. The export
// command builds url.Values from its flags and calls it too, so the CLI and
// the API accept exactly the same filters.
func ParseFilters(v url.Values) (index.Query, error) {
	q := index.Query{
		Text:      strings.TrimSpace(v.Get("q")),
		Kind:      values(v, "kind"),
		Actor:     values(v, "actor"),
		Firm:      values(v, "firm"),
		Country:   values(v, "country"),
		Outlet:    values(v, "outlet"),
		Certainty: values(v, "certainty"),
		Language:  values(v, "language"),
	}
	if len(q.Text) > maxQueryLen {
		return q, badParam("q", "query is %d bytes long; the limit is %d", len(q.Text), maxQueryLen)
	}
	// Kinds and certainties are a closed lower-case vocabulary; "Penalty"
	// from a hand-typed URL or flag means the same.
	for i, k := range q.Kind {
		k = strings.ToLower(k)
		q.Kind[i] = k
		if !slices.Contains(Kinds, k) {
			return q, badParam("kind", "unknown kind %q (want one of %s)", k, strings.Join(Kinds, ", "))
		}
	}
	for i, c := range q.Certainty {
		c = strings.ToLower(c)
		q.Certainty[i] = c
		if !slices.Contains(Certainties, c) {
			return q, badParam("certainty", "unknown certainty %q (want one of %s)", c, strings.Join(Certainties, ", "))
		}
	}
	var err error
	if q.Since, err = parseDay(v, "since"); err != nil {
		return q, err
	}
	if q.Until, err = parseDay(v, "until"); err != nil {
		return q, err
	}
	if !q.Since.IsZero() && !q.Until.IsZero() && q.Until.Before(q.Since) {
		return q, badParam("until", "until %s is before since %s", q.Until.Format(dayLayout), q.Since.Format(dayLayout))
	}
	q.Sort = v.Get("sort")
	if q.Sort != "" && !slices.Contains(sorts, q.Sort) {
		return q, badParam("sort", "unknown sort %q (want relevance, date or -date)", q.Sort)
	}
	return q, nil
}

// parseSearch reads a search request: filters plus page and size.
func parseSearch(v url.Values) (searchRequest, error) {
	q, err := ParseFilters(v)
	if err != nil {
		return searchRequest{}, err
	}
	page, err := parseInt(v, "page", 1)
	if err != nil {
		return searchRequest{}, err
	}
	if page < 1 {
		return searchRequest{}, badParam("page", "page must be 1 or more, not %d", page)
	}
	size, err := parseInt(v, "size", defaultSize)
	if err != nil {
		return searchRequest{}, err
	}
	if size < 1 || size > maxSize {
		return searchRequest{}, badParam("size", "size must be between 1 and %d, not %d", maxSize, size)
	}
	if (page-1)*size+size > maxWindow {
		return searchRequest{}, badParam("page", "page %d of size %d goes past result %d; narrow the search or use /api/export", page, size, maxWindow)
	}
	if q.Sort == "" && q.Text == "" {
		// Without words every hit scores the same; newest first is the
		// useful order for browsing.
		q.Sort = "date"
	}
	q.From = (page - 1) * size
	q.Size = size
	return searchRequest{Query: q, Page: page, Size: size}, nil
}

// values returns the non-empty values of a repeated parameter, trimmed.
func values(v url.Values, key string) []string {
	var out []string
	for _, s := range v[key] {
		if s = strings.TrimSpace(s); s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

func parseDay(v url.Values, key string) (time.Time, error) {
	s := strings.TrimSpace(v.Get(key))
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(dayLayout, s)
	if err != nil {
		return time.Time{}, badParam(key, "%q is not a date (want YYYY-MM-DD)", s)
	}
	return t, nil
}

func parseInt(v url.Values, key string, def int) (int, error) {
	s := strings.TrimSpace(v.Get(key))
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, badParam(key, "%q is not a whole number", s)
	}
	return n, nil
}
