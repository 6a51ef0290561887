package index

import (
	"context"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// dailyBelow is the span under which the histogram counts days, not months.
const dailyBelow = 90 * 24 * time.Hour

// maxMonthly is the number of months above which bars become years, so a
// stray 1990 date does not make hundreds of bars.
const maxMonthly = 120

const facetPublished = "published"

// histogram computes the bars for the matches of q: two one-hit searches
// find the oldest and newest dated match, and the range between them is cut
// into days, months or years.
func (ix *Index) histogram(ctx context.Context, q query.Query) ([]DateCount, error) {
	dated := bleve.NewConjunctionQuery(q, hasDate())
	edge := func(order string) (time.Time, bool, error) {
		req := bleve.NewSearchRequestOptions(dated, 1, 0, false)
		req.SortBy([]string{order})
		req.Fields = []string{fieldDoc}
		res, err := ix.search(ctx, req)
		if err != nil || len(res.Hits) == 0 {
			return time.Time{}, false, err
		}
		var d struct {
			Published time.Time `json:"published"`
		}
		if err := decodeDoc(res.Hits[0], &d); err != nil {
			return time.Time{}, false, err
		}
		return d.Published, true, nil
	}
	lo, ok, err := edge(fieldPublished)
	if err != nil || !ok {
		return nil, err
	}
	hi, _, err := edge("-" + fieldPublished)
	if err != nil {
		return nil, err
	}
	return buckets(lo, hi), nil
}

// buckets cuts [lo, hi] into calendar days (span < dailyBelow), months or,
// for very long spans, years, all in UTC.
func buckets(lo, hi time.Time) []DateCount {
	lo, hi = lo.UTC(), hi.UTC()
	var start time.Time
	var step func(time.Time) time.Time
	var name string
	months := (hi.Year()-lo.Year())*12 + int(hi.Month()-lo.Month())
	switch {
	case hi.Sub(lo) < dailyBelow:
		start = dayStart(lo)
		step = func(t time.Time) time.Time { return t.AddDate(0, 0, 1) }
		name = time.DateOnly
	case months <= maxMonthly:
		start = time.Date(lo.Year(), lo.Month(), 1, 0, 0, 0, 0, time.UTC)
		step = func(t time.Time) time.Time { return t.AddDate(0, 1, 0) }
		name = "2006-01"
	default:
		start = time.Date(lo.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
		step = func(t time.Time) time.Time { return t.AddDate(1, 0, 0) }
		name = "2006"
	}
	var out []DateCount
	for t := start; !t.After(hi); t = step(t) {
		out = append(out, DateCount{Name: t.Format(name), Start: t, End: step(t)})
	}
	return out
}

func addDateFacet(req *bleve.SearchRequest, bs []DateCount) {
	if len(bs) == 0 {
		return
	}
	fr := bleve.NewFacetRequest(fieldPublished, len(bs))
	for _, b := range bs {
		fr.AddDateTimeRange(b.Name, b.Start, b.End)
	}
	req.AddFacet(facetPublished, fr)
}

// dateCounts fills the bars' counts from the facet result, keeping every
// bar (zeros included) in time order.
func dateCounts(res *bleve.SearchResult, bs []DateCount) []DateCount {
	out := make([]DateCount, len(bs))
	copy(out, bs)
	fr, ok := res.Facets[facetPublished]
	if !ok || fr == nil {
		return out
	}
	counts := make(map[string]int, len(fr.DateRanges))
	for _, dr := range fr.DateRanges {
		counts[dr.Name] = dr.Count
	}
	for i := range out {
		out[i].Count = counts[out[i].Name]
	}
	return out
}
