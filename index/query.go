package index

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/claimwatch/claimwatch/extract"
)

const (
	defaultSize = 20
	maxSize     = 1000
)

var (
	validKinds = []string{extract.KindMandate, extract.KindPenalty, extract.KindProbe,
		extract.KindApproval, extract.KindResponse, extract.KindAction}
	validCertainty = []string{extract.Asserted, extract.Reported, extract.Hedged}
)

func typeQuery(typ string) query.Query {
	q := bleve.NewTermQuery(typ)
	q.SetField(fieldType)
	return q
}

// termsQuery matches documents whose keyword field holds any of terms.
func termsQuery(field string, terms []string) query.Query {
	if len(terms) == 1 {
		q := bleve.NewTermQuery(terms[0])
		q.SetField(field)
		return q
	}
	qs := make([]query.Query, len(terms))
	for i, t := range terms {
		tq := bleve.NewTermQuery(t)
		tq.SetField(field)
		qs[i] = tq
	}
	return bleve.NewDisjunctionQuery(qs...)
}

// textQuery parses Query.Text; bleve's parser is generated code fed with
// user input, so a panic in it is turned into ErrBadQuery too.
func textQuery(text string) (q query.Query, err error) {
	defer func() {
		if r := recover(); r != nil {
			q, err = nil, fmt.Errorf("%w: query %q: %v", ErrBadQuery, text, r)
		}
	}()
	qs := bleve.NewQueryStringQuery(text)
	parsed, err := qs.Parse()
	if err != nil {
		return nil, fmt.Errorf("%w: query %q: %v", ErrBadQuery, text, err)
	}
	if v, ok := parsed.(query.ValidatableQuery); ok {
		if err := v.Validate(); err != nil {
			return nil, fmt.Errorf("%w: query %q: %v", ErrBadQuery, text, err)
		}
	}
	return parsed, nil
}

// filterValues checks a filter's values: none may be blank, and when allowed
// is given each must be one of it (compared lower-cased).
func filterValues(name string, vals []string, lower bool, allowed []string) ([]string, error) {
	out := make([]string, 0, len(vals))
	for _, v := range vals {
		v = strings.TrimSpace(v)
		if v == "" {
			return nil, fmt.Errorf("%w: empty %s filter", ErrBadQuery, name)
		}
		if lower {
			v = strings.ToLower(v)
		}
		if allowed != nil && !slices.Contains(allowed, v) {
			return nil, fmt.Errorf("%w: unknown %s %q (want one of %s)", ErrBadQuery, name, v, strings.Join(allowed, ", "))
		}
		out = append(out, v)
	}
	return out, nil
}

// caseless matches the display-cased field exactly or its lower-cased twin,
// so "Alibaba Group" and "alibaba group" both find it.
func caseless(field, keyField string, vals []string) query.Query {
	lower := make([]string, len(vals))
	for i, v := range vals {
		lower[i] = strings.ToLower(v)
	}
	return bleve.NewDisjunctionQuery(termsQuery(field, vals), termsQuery(keyField, lower))
}

// entityFilter matches an actor or firm by display name, or by key (case,
// punctuation and corporate suffixes ignored) of its name as written or its
// canonical name: "tencent" finds "Tencent Holdings", "MIIT" finds the ministry
// wherever a report wrote "MIIT".
func entityFilter(field, keyField string, vals []string) query.Query {
	keys := make([]string, 0, len(vals))
	for _, v := range vals {
		if k := entityKey(v); k != "" {
			keys = append(keys, k)
		}
	}
	return bleve.NewDisjunctionQuery(termsQuery(field, vals), termsQuery(keyField, keys))
}

// buildQuery turns q into a bleve query over documents of type typ.
func buildQuery(q Query, typ string) (query.Query, error) {
	conj := []query.Query{typeQuery(typ)}
	if t := strings.TrimSpace(q.Text); t != "" && t != "*" {
		tq, err := textQuery(q.Text)
		if err != nil {
			return nil, err
		}
		conj = append(conj, tq)
	}
	type filter struct {
		name    string
		vals    []string
		lower   bool
		allowed []string
		build   func([]string) query.Query
	}
	exact := func(field string) func([]string) query.Query {
		return func(v []string) query.Query { return termsQuery(field, v) }
	}
	filters := []filter{
		{"country", q.Country, false, nil, func(v []string) query.Query { return caseless(fieldCountry, fieldCountryKey, v) }},
		{"outlet", q.Outlet, false, nil, func(v []string) query.Query { return caseless(fieldOutlet, fieldOutletKey, v) }},
		{"language", q.Language, true, nil, exact(fieldLanguage)},
	}
	if typ == typeClaim {
		filters = append(filters,
			filter{"kind", q.Kind, true, validKinds, exact(fieldKind)},
			filter{"actor", q.Actor, false, nil, func(v []string) query.Query { return entityFilter(fieldActor, fieldActorKey, v) }},
			filter{"firm", q.Firm, false, nil, func(v []string) query.Query { return entityFilter(fieldFirm, fieldFirmKey, v) }},
			filter{"certainty", q.Certainty, true, validCertainty, exact(fieldCertainty)},
		)
	} else if len(q.Kind)+len(q.Actor)+len(q.Firm)+len(q.Certainty) > 0 {
		return nil, fmt.Errorf("%w: kind, actor, firm and certainty filter claims, not articles", ErrBadQuery)
	}
	for _, f := range filters {
		if len(f.vals) == 0 {
			continue
		}
		vals, err := filterValues(f.name, f.vals, f.lower, f.allowed)
		if err != nil {
			return nil, err
		}
		conj = append(conj, f.build(vals))
	}
	if dq, err := dateQuery(q.Since, q.Until); err != nil {
		return nil, err
	} else if dq != nil {
		conj = append(conj, dq)
	}
	return bleve.NewConjunctionQuery(conj...), nil
}

// dayStart is the start of t's calendar day in UTC, the zone published
// dates are indexed in.
func dayStart(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// dateQuery restricts published to [since's day, until's day] inclusive.
func dateQuery(since, until time.Time) (query.Query, error) {
	if since.IsZero() && until.IsZero() {
		return nil, nil
	}
	var start, end time.Time
	if !since.IsZero() {
		start = dayStart(since)
	}
	if !until.IsZero() {
		end = dayStart(until).AddDate(0, 0, 1)
	}
	if !start.IsZero() && !end.IsZero() && !start.Before(end) {
		return nil, fmt.Errorf("%w: since %s is after until %s", ErrBadQuery,
			since.Format(time.DateOnly), until.Format(time.DateOnly))
	}
	incl, excl := true, false
	dq := bleve.NewDateRangeInclusiveQuery(start, end, &incl, &excl)
	dq.SetField(fieldPublished)
	if err := dq.Validate(); err != nil {
		return nil, fmt.Errorf("%w: date range: %v", ErrBadQuery, err)
	}
	return dq, nil
}

// hasDate matches documents with any plausible published date, to find the
// range the histogram spans.
func hasDate() query.Query {
	start := time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC)
	end := time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC)
	dq := bleve.NewDateRangeQuery(start, end)
	dq.SetField(fieldPublished)
	return dq
}

// page validates From/Size and applies the default and cap.
func page(q Query) (from, size int, err error) {
	if q.From < 0 {
		return 0, 0, fmt.Errorf("%w: negative from %d", ErrBadQuery, q.From)
	}
	switch {
	case q.Size < 0:
		return 0, 0, fmt.Errorf("%w: negative size %d", ErrBadQuery, q.Size)
	case q.Size == 0:
		size = defaultSize
	case q.Size > maxSize:
		size = maxSize
	default:
		size = q.Size
	}
	return q.From, size, nil
}

// sortOrder maps Query.Sort to bleve sort fields. Ties keep bleve's internal
// document order, stable for one snapshot; sorting by _id as well would load
// every candidate's external ID and double the cost of a search.
func sortOrder(s string) ([]string, error) {
	switch s {
	case "", "relevance":
		return []string{"-_score", "-" + fieldPublished}, nil
	case "date":
		return []string{"-" + fieldPublished}, nil
	case "-date":
		return []string{fieldPublished}, nil
	}
	return nil, fmt.Errorf("%w: unknown sort %q (want relevance, date or -date)", ErrBadQuery, s)
}
