package extract

import "time"

// Document is one article as extracted from a page: its metadata and its main
// text. Text keeps paragraph breaks as "\n\n" so that sentence splitting for
// claims sees real boundaries.
type Document struct {
	URL         string    `json:"url"` // canonical URL (tracking parameters removed)
	Title       string    `json:"title"`
	Authors     []string  `json:"authors"`
	Published   time.Time `json:"published"` // zero when unknown; keeps the page's zone when given
	Language    string    `json:"language"`  // ISO 639-1, "" when unknown
	Text        string    `json:"text"`
	SiteName    string    `json:"site_name,omitempty"`
	Description string    `json:"description,omitempty"`
	// Sources records where each field came from (selector, jsonld, opengraph,
	// meta, url, text, generic), so editors can see why a value is what it is.
	Sources map[string]string `json:"field_sources,omitempty"`
}

// Selectors are an editor's goquery CSS selectors for an outlet the generic
// path gets wrong. Empty fields fall through to the generic extractor.
type Selectors struct {
	Title     string `json:"title,omitempty"`
	Body      string `json:"body,omitempty"`
	Authors   string `json:"authors,omitempty"`
	Published string `json:"published,omitempty"`
}

// Hints carry what the caller knows about a page before extraction.
type Hints struct {
	Selectors Selectors
	// Language is the source's declared language, used when the page says nothing.
	Language string
	// Now bounds plausible publication dates (dates after Now+1 day are rejected);
	// zero means time.Now() is not consulted and only the 1990 lower bound applies.
	Now time.Time
	// FeedTitle and FeedPublished come from the feed or sitemap entry that led to
	// the page; they are fallbacks only.
	FeedTitle     string
	FeedPublished time.Time
}
