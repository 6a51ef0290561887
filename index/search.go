package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

// facetSize is how many terms each keyword facet reports.
const facetSize = 20

// scanPage is the page size Export and internal scans read with: each page
// re-runs the query over all matches, so pages are large.
const scanPage = 2000

// Search searches claims.
func (ix *Index) Search(ctx context.Context, q Query) (*Results, error) {
	res, err := ix.searchClaims(ctx, q)
	if err != nil {
		return nil, ix.classify(ctx, q, err)
	}
	return res, nil
}

// classify turns a search error caused by the query text into ErrBadQuery.
// Some query-string errors (a bad regexp, fuzziness over 2, an unparsable
// date bound) only surface when bleve builds its searchers, so the text
// query is probed on its own, joined with match-none so it costs nothing.
func (ix *Index) classify(ctx context.Context, q Query, err error) error {
	if errors.Is(err, ErrBadQuery) || strings.TrimSpace(q.Text) == "" || ctx.Err() != nil {
		return err
	}
	tq, terr := textQuery(q.Text)
	if terr != nil {
		return terr
	}
	probe := bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery(bleve.NewMatchNoneQuery(), tq), 0, 0, false)
	if _, perr := ix.bi.SearchInContext(ctx, probe); perr != nil {
		return fmt.Errorf("%w: query %q: %v", ErrBadQuery, q.Text, perr)
	}
	return err
}

// facetedSearch runs q over documents of typ with one facet per field and
// the published-date histogram: claim and article search differ only in
// their facets and hits.
func (ix *Index) facetedSearch(ctx context.Context, q Query, typ string, facets ...string) (*bleve.SearchResult, []DateCount, error) {
	bq, err := buildQuery(q, typ)
	if err != nil {
		return nil, nil, err
	}
	from, size, err := page(q)
	if err != nil {
		return nil, nil, err
	}
	order, err := sortOrder(q.Sort)
	if err != nil {
		return nil, nil, err
	}
	buckets, err := ix.histogram(ctx, bq)
	if err != nil {
		return nil, nil, err
	}
	req := bleve.NewSearchRequestOptions(bq, size, from, false)
	req.SortBy(order)
	req.Fields = []string{fieldDoc}
	req.IncludeLocations = strings.TrimSpace(q.Text) != ""
	for _, f := range facets {
		req.AddFacet(f, bleve.NewFacetRequest(f, facetSize))
	}
	addDateFacet(req, buckets)
	res, err := ix.search(ctx, req)
	if err != nil {
		return nil, nil, err
	}
	return res, buckets, nil
}

func (ix *Index) searchClaims(ctx context.Context, q Query) (*Results, error) {
	res, buckets, err := ix.facetedSearch(ctx, q, typeClaim,
		fieldKind, fieldActor, fieldFirm, fieldOutlet, fieldCountry, fieldCertainty)
	if err != nil {
		return nil, err
	}
	out := &Results{Total: res.Total, Took: res.Took, Hits: make([]ClaimHit, 0, len(res.Hits))}
	for _, h := range res.Hits {
		var cd ClaimDoc
		if err := decodeDoc(h, &cd); err != nil {
			return nil, err
		}
		out.Hits = append(out.Hits, ClaimHit{
			ClaimDoc:  cd,
			Score:     h.Score,
			Highlight: markAll(cd.Sentence, h.Locations[fieldSentence]),
		})
	}
	out.Facets = Facets{
		Kind:      terms(res, fieldKind),
		Actor:     terms(res, fieldActor),
		Firm:      terms(res, fieldFirm),
		Outlet:    terms(res, fieldOutlet),
		Country:   terms(res, fieldCountry),
		Certainty: terms(res, fieldCertainty),
		Published: dateCounts(res, buckets),
	}
	return out, nil
}

// SearchArticles searches articles.
func (ix *Index) SearchArticles(ctx context.Context, q Query) (*ArticleResults, error) {
	res, err := ix.searchArticles(ctx, q)
	if err != nil {
		return nil, ix.classify(ctx, q, err)
	}
	return res, nil
}

func (ix *Index) searchArticles(ctx context.Context, q Query) (*ArticleResults, error) {
	res, buckets, err := ix.facetedSearch(ctx, q, typeArticle, fieldOutlet, fieldLanguage)
	if err != nil {
		return nil, err
	}
	out := &ArticleResults{Total: res.Total, Took: res.Took, Hits: make([]ArticleHit, 0, len(res.Hits))}
	for _, h := range res.Hits {
		var a ArticleDoc
		if err := decodeDoc(h, &a); err != nil {
			return nil, err
		}
		hl := snippet(a.Text, h.Locations[fieldText])
		if hl == "" && len(h.Locations[fieldTitle]) > 0 {
			hl = markAll(a.Title, h.Locations[fieldTitle])
		}
		out.Hits = append(out.Hits, ArticleHit{
			ID: a.ID, URL: a.URL, Title: a.Title, Outlet: a.Outlet, Published: a.Published,
			Authors: a.Authors, Language: a.Language, Claims: a.ClaimCount,
			Score: h.Score, Highlight: hl,
		})
	}
	out.Facets = ArticleFacets{
		Outlet:    terms(res, fieldOutlet),
		Language:  terms(res, fieldLanguage),
		Published: dateCounts(res, buckets),
	}
	return out, nil
}

// Claim returns one claim by ID.
func (ix *Index) Claim(ctx context.Context, id string) (ClaimDoc, error) {
	var cd ClaimDoc
	err := ix.byID(ctx, typeClaim, id, &cd)
	return cd, err
}

// Article returns one article by ID with all its claims, in text order.
func (ix *Index) Article(ctx context.Context, id string) (ArticleDoc, []ClaimDoc, error) {
	var a ArticleDoc
	if err := ix.byID(ctx, typeArticle, id, &a); err != nil {
		return a, nil, err
	}
	q := bleve.NewConjunctionQuery(typeQuery(typeClaim), termsQuery(fieldArticleID, []string{id}))
	claims := make([]ClaimDoc, 0, a.ClaimCount)
	err := ix.eachPage(ctx, q, []string{fieldPos, "_id"}, func(hits []hit) error {
		for _, h := range hits {
			var cd ClaimDoc
			if err := json.Unmarshal([]byte(h.doc), &cd); err != nil {
				return fmt.Errorf("index: decode %s: %w", h.id, err)
			}
			claims = append(claims, cd)
		}
		return nil
	})
	if err != nil {
		return a, nil, err
	}
	return a, claims, nil
}

// Export calls fn for every claim matching q (all pages, not one), newest
// first. q.From, q.Size and q.Sort are ignored. An error from fn stops the
// scan and is returned as is.
func (ix *Index) Export(ctx context.Context, q Query, fn func(ClaimDoc) error) error {
	bq, err := buildQuery(q, typeClaim)
	if err != nil {
		return err
	}
	// fn's own errors pass through untouched; only bleve's are classified.
	var fnErr error
	err = ix.eachPage(ctx, bq, []string{"-" + fieldPublished, "_id"}, func(hits []hit) error {
		for _, h := range hits {
			var cd ClaimDoc
			if err := json.Unmarshal([]byte(h.doc), &cd); err != nil {
				return fmt.Errorf("index: decode %s: %w", h.id, err)
			}
			if err := fn(cd); err != nil {
				fnErr = err
				return err
			}
		}
		return nil
	})
	if err != nil && fnErr == nil {
		return ix.classify(ctx, q, err)
	}
	return err
}

func (ix *Index) byID(ctx context.Context, typ, id string, v any) error {
	q := bleve.NewConjunctionQuery(typeQuery(typ), bleve.NewDocIDQuery([]string{id}))
	req := bleve.NewSearchRequestOptions(q, 1, 0, false)
	req.Fields = []string{fieldDoc}
	res, err := ix.search(ctx, req)
	if err != nil {
		return err
	}
	if len(res.Hits) == 0 {
		return fmt.Errorf("%w: %s %q", ErrNotFound, typ, id)
	}
	return decodeDoc(res.Hits[0], v)
}

func (ix *Index) search(ctx context.Context, req *bleve.SearchRequest) (*bleve.SearchResult, error) {
	res, err := ix.bi.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("index: search: %w", err)
	}
	return res, nil
}

// hit is what internal scans need of a match.
type hit struct {
	id  string
	doc string
}

// eachPage runs q sorted by order (by ID when nil) and hands fn every match
// in pages, continuing after the last hit's sort key rather than by offset,
// so the cost stays linear however many pages there are.
func (ix *Index) eachPage(ctx context.Context, q query.Query, order []string, fn func([]hit) error) error {
	if order == nil {
		order = []string{"_id"}
	}
	var after []string
	for {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("index: scan: %w", err)
		}
		size := ix.scanPage
		if size <= 0 {
			size = scanPage
		}
		req := bleve.NewSearchRequestOptions(q, size, 0, false)
		req.SortBy(order)
		req.Fields = []string{fieldDoc}
		if after != nil {
			req.SetSearchAfter(after)
		}
		res, err := ix.search(ctx, req)
		if err != nil {
			return err
		}
		hits := make([]hit, len(res.Hits))
		for i, h := range res.Hits {
			doc, _ := h.Fields[fieldDoc].(string)
			hits[i] = hit{id: h.ID, doc: doc}
		}
		if len(hits) > 0 {
			if err := fn(hits); err != nil {
				return err
			}
		}
		if len(res.Hits) < size {
			return nil
		}
		after = res.Hits[len(res.Hits)-1].Sort
	}
}

func decodeDoc(h *search.DocumentMatch, v any) error {
	doc, ok := h.Fields[fieldDoc].(string)
	if !ok {
		return fmt.Errorf("index: document %s has no stored body", h.ID)
	}
	if err := json.Unmarshal([]byte(doc), v); err != nil {
		return fmt.Errorf("index: decode %s: %w", h.ID, err)
	}
	return nil
}

func terms(res *bleve.SearchResult, name string) []TermCount {
	out := []TermCount{}
	fr, ok := res.Facets[name]
	if !ok || fr == nil {
		return out
	}
	for _, t := range fr.Terms.Terms() {
		out = append(out, TermCount{Term: t.Term, Count: t.Count})
	}
	return out
}
