package index

import (
	"errors"
	"time"

	"github.com/claimwatch/claimwatch/extract"
)

// ErrNotFound is returned by Claim and Article for unknown IDs.
var ErrNotFound = errors.New("index: not found")

// ErrBadQuery wraps query-syntax and filter errors; the CLI maps it to exit 2
// and the API to 400.
var ErrBadQuery = errors.New("index: bad query")

// ArticleDoc is an indexed article. ID is derived from the canonical URL.
type ArticleDoc struct {
	ID         string    `json:"id"`
	URL        string    `json:"url"`
	Source     string    `json:"source"`
	Outlet     string    `json:"outlet"`
	Country    string    `json:"country"`
	Language   string    `json:"language"`
	Title      string    `json:"title"`
	Authors    []string  `json:"authors"`
	Published  time.Time `json:"published"`
	Fetched    time.Time `json:"fetched"`
	Text       string    `json:"text"`
	Tags       []string  `json:"tags,omitempty"`
	ClaimCount int       `json:"claims"`
}

// ClaimDoc is an indexed claim with its article's metadata. ID is derived
// from the article ID and the claim's position and content.
type ClaimDoc struct {
	extract.Claim
	ID        string    `json:"id"`
	ArticleID string    `json:"article_id"`
	URL       string    `json:"url"`
	Source    string    `json:"source"`
	Outlet    string    `json:"outlet"`
	Title     string    `json:"title"`
	Country   string    `json:"country"` // the outlet's country
	Language  string    `json:"language"`
	Published time.Time `json:"published"`
}

// Entry is one article and its claims, the unit of an upsert: the article's
// old claims are replaced, never duplicated.
type Entry struct {
	Article ArticleDoc
	Claims  []extract.Claim
}

// Query is a search over claims (or articles when used with SearchArticles).
// Empty filters match everything; several values of one filter are ORed.
type Query struct {
	Text      string // Bleve query-string syntax; "" matches all
	Kind      []string
	Actor     []string // actor canonical or name
	Firm      []string // target canonical or name
	Country   []string
	Outlet    []string
	Certainty []string
	Language  []string
	Since     time.Time // inclusive day
	Until     time.Time // inclusive day
	From      int
	Size      int    // 0: default 20
	Sort      string // "relevance" (default), "date" (newest first), "-date" (oldest first)
}

// TermCount is one facet value.
type TermCount struct {
	Term  string `json:"term"`
	Count int    `json:"count"`
}

// DateCount is one bar of the date histogram (by month, or by day when the
// results span less than ~3 months).
type DateCount struct {
	Name  string    `json:"name"` // "2021-09" or "2021-09-13"
	Start time.Time `json:"start"`
	End   time.Time `json:"end"` // exclusive
	Count int       `json:"count"`
}

// Facets of a claim search.
type Facets struct {
	Kind      []TermCount `json:"kind"`
	Actor     []TermCount `json:"actor"`
	Firm      []TermCount `json:"firm"`
	Outlet    []TermCount `json:"outlet"`
	Country   []TermCount `json:"country"`
	Certainty []TermCount `json:"certainty"`
	Published []DateCount `json:"published"`
}

// ClaimHit is a claim search hit; Highlight is the evidence sentence,
// HTML-escaped, with matched terms in <mark>.
type ClaimHit struct {
	ClaimDoc
	Score     float64 `json:"score"`
	Highlight string  `json:"highlight,omitempty"`
}

// Results of a claim search.
type Results struct {
	Total  uint64        `json:"total"`
	Took   time.Duration `json:"-"`
	Hits   []ClaimHit    `json:"hits"`
	Facets Facets        `json:"facets"`
}

// ArticleHit is an article search hit.
type ArticleHit struct {
	ID        string    `json:"id"`
	URL       string    `json:"url"`
	Title     string    `json:"title"`
	Outlet    string    `json:"outlet"`
	Published time.Time `json:"published"`
	Authors   []string  `json:"authors"`
	Language  string    `json:"language"`
	Claims    int       `json:"claims"`
	Score     float64   `json:"score"`
	Highlight string    `json:"highlight,omitempty"`
}

// ArticleFacets of an article search.
type ArticleFacets struct {
	Outlet    []TermCount `json:"outlet"`
	Language  []TermCount `json:"language"`
	Published []DateCount `json:"published"`
}

// ArticleResults of an article search.
type ArticleResults struct {
	Total  uint64        `json:"total"`
	Took   time.Duration `json:"-"`
	Hits   []ArticleHit  `json:"hits"`
	Facets ArticleFacets `json:"facets"`
}

// Stats describe the index for /metrics and the sources page.
type Stats struct {
	Articles  uint64 `json:"articles"`
	Claims    uint64 `json:"claims"`
	SizeBytes int64  `json:"size_bytes"`
}
