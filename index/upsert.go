package index

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/claimwatch/claimwatch/extract"
)

// upsertChunk is how many entries go into one bleve batch; the context is
// checked between batches.
const upsertChunk = 256

// Upsert indexes entries in one batch; each article's previous claims are replaced.
// Larger inputs are split into batches of upsertChunk entries; an entry's
// article and claims always share a batch. A URL given twice keeps the last.
func (ix *Index) Upsert(ctx context.Context, entries ...Entry) error {
	if ix.readOnly {
		return fmt.Errorf("%w: %s", ErrReadOnly, ix.path)
	}
	ix.writeMu.Lock()
	defer ix.writeMu.Unlock()

	// Last entry per article wins, in first-seen order.
	order := make([]string, 0, len(entries))
	byID := make(map[string]Entry, len(entries))
	for i, e := range entries {
		if e.Article.URL == "" {
			return fmt.Errorf("index: upsert: entry %d has no URL", i)
		}
		id := ArticleID(e.Article.URL)
		if _, seen := byID[id]; !seen {
			order = append(order, id)
		}
		byID[id] = e
	}

	for start := 0; start < len(order); start += upsertChunk {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("index: upsert: %w", err)
		}
		ids := order[start:min(start+upsertChunk, len(order))]
		if err := ix.upsertBatch(ctx, ids, byID); err != nil {
			return err
		}
	}
	return nil
}

func (ix *Index) upsertBatch(ctx context.Context, ids []string, byID map[string]Entry) error {
	old, err := ix.claimIDsOf(ctx, ids)
	if err != nil {
		return err
	}
	b := ix.bi.NewBatch()
	// Deletes go in first: a batch keeps one operation per ID, so a later
	// Index of the same claim ID overrides its delete.
	for _, id := range old {
		b.Delete(id)
	}
	for _, id := range ids {
		e := byID[id]
		art, claims, err := buildDocs(id, e)
		if err != nil {
			return fmt.Errorf("index: upsert %s: %w", e.Article.URL, err)
		}
		if err := b.Index(id, art); err != nil {
			return fmt.Errorf("index: upsert %s: %w", e.Article.URL, err)
		}
		for i, c := range claims {
			if err := b.Index(ClaimID(id, i), c); err != nil {
				return fmt.Errorf("index: upsert %s claim %d: %w", e.Article.URL, i, err)
			}
		}
	}
	if err := ix.bi.Batch(b); err != nil {
		return fmt.Errorf("index: upsert batch: %w", err)
	}
	return nil
}

// claimIDsOf lists the IDs of the indexed claims of the given articles.
func (ix *Index) claimIDsOf(ctx context.Context, articleIDs []string) ([]string, error) {
	terms := make([]string, len(articleIDs))
	copy(terms, articleIDs)
	q := bleve.NewConjunctionQuery(typeQuery(typeClaim), termsQuery(fieldArticleID, terms))
	var out []string
	err := ix.eachPage(ctx, q, nil, func(hits []hit) error {
		for _, h := range hits {
			out = append(out, h.id)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("index: upsert: find old claims: %w", err)
	}
	return out, nil
}

// buildDocs turns an entry into the field maps bleve indexes, with the
// ClaimDoc/ArticleDoc JSON stored alongside so hits decode without lookups.
func buildDocs(id string, e Entry) (map[string]any, []map[string]any, error) {
	a := e.Article
	a.ID = id
	a.ClaimCount = len(e.Claims)
	art := map[string]any{
		fieldType:  typeArticle,
		fieldTitle: a.Title,
		fieldText:  a.Text,
	}
	common := func(m map[string]any) {
		setKeyword(m, fieldCountry, fieldCountryKey, a.Country)
		setKeyword(m, fieldOutlet, fieldOutletKey, a.Outlet)
		setString(m, fieldLanguage, a.Language)
		setString(m, fieldSource, a.Source)
		if !a.Published.IsZero() {
			m[fieldPublished] = a.Published.UTC()
		}
	}
	common(art)
	if len(a.Tags) > 0 {
		art[fieldTags] = a.Tags
	}
	js, err := json.Marshal(a)
	if err != nil {
		return nil, nil, fmt.Errorf("encode article: %w", err)
	}
	art[fieldDoc] = string(js)

	claims := make([]map[string]any, len(e.Claims))
	for i, c := range e.Claims {
		cd := claimDoc(a, i, c)
		m := map[string]any{
			fieldType:      typeClaim,
			fieldArticleID: id,
			fieldPos:       float64(i),
			fieldTitle:     a.Title,
			fieldSentence:  c.Sentence,
		}
		common(m)
		setString(m, fieldKind, c.Kind)
		setString(m, fieldActor, entityLabel(c.Actor))
		if keys := entityKeys(c.Actor); len(keys) > 0 {
			m[fieldActorKey] = keys
		}
		if n := entityNames(c.Actor); len(n) > 0 {
			m[fieldActorName] = strings.Join(n, " ")
		}
		var firms, firmKeys, names []string
		for _, t := range c.Targets {
			names = append(names, entityNames(t)...)
			label := entityLabel(t)
			if label == "" || !isFirmFacet(t.Type) {
				continue
			}
			firms = append(firms, label)
			for _, k := range entityKeys(t) {
				if !containsString(firmKeys, k) {
					firmKeys = append(firmKeys, k)
				}
			}
		}
		if len(firms) > 0 {
			m[fieldFirm] = firms
			m[fieldFirmKey] = firmKeys
		}
		if len(names) > 0 {
			m[fieldTargetNames] = strings.Join(names, " ")
		}
		setString(m, fieldCertainty, c.Certainty)
		setString(m, fieldAction, c.Action)
		setString(m, fieldStance, c.Stance)
		if len(c.Topics) > 0 {
			m[fieldTopics] = c.Topics
			m[fieldTopicsText] = strings.Join(c.Topics, ". ")
		}
		js, err := json.Marshal(cd)
		if err != nil {
			// NaN confidences or amounts cannot be encoded.
			return nil, nil, fmt.Errorf("encode claim %d: %w", i, err)
		}
		m[fieldDoc] = string(js)
		claims[i] = m
	}
	return art, claims, nil
}

func claimDoc(a ArticleDoc, pos int, c extract.Claim) ClaimDoc {
	return ClaimDoc{
		Claim:     c,
		ID:        ClaimID(a.ID, pos),
		ArticleID: a.ID,
		URL:       a.URL,
		Source:    a.Source,
		Outlet:    a.Outlet,
		Title:     a.Title,
		Country:   a.Country,
		Language:  a.Language,
		Published: a.Published,
	}
}

// isFirmFacet says whether a target of this type belongs in the firm facet
// and filter: a response's target is the authority it answers, and sectors
// and persons are not firms (the claim spec leaves them out too).
func isFirmFacet(typ string) bool {
	switch typ {
	case extract.TypeSector, extract.TypePerson, extract.TypeGovernment,
		extract.TypeRegulator, extract.TypeCourt, extract.TypeLegislature:
		return false
	}
	return true
}

// entityLabel is the name facets show: the canonical name when known.
func entityLabel(e extract.Entity) string {
	if e.Canonical != "" {
		return e.Canonical
	}
	return e.Name
}

// entityNames are the searchable names of an entity: as written and canonical.
func entityNames(e extract.Entity) []string {
	var out []string
	if e.Name != "" {
		out = append(out, e.Name)
	}
	if e.Canonical != "" && e.Canonical != e.Name {
		out = append(out, e.Canonical)
	}
	return out
}

func setString(m map[string]any, field, v string) {
	if v != "" {
		m[field] = v
	}
}

func setKeyword(m map[string]any, field, keyField, v string) {
	if v != "" {
		m[field] = v
		m[keyField] = strings.ToLower(v)
	}
}
