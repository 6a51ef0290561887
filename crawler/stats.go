package crawler

import "time"

// Run statuses.
const (
	StatusOK      = "ok"      // the source was crawled (per-page errors may be counted)
	StatusFailed  = "failed"  // nothing could be crawled (all discovery failed)
	StatusSkipped = "skipped" // a run was due while one was still going
)

// Stats describe one run of one source; they are stored under the data dir
// and shown on the sources page.
type Stats struct {
	Source    string    `json:"source"`
	Start     time.Time `json:"start"`
	End       time.Time `json:"end"`
	Status    string    `json:"status"`
	Found     int       `json:"found"`     // article URLs discovered
	Fetched   int       `json:"fetched"`   // article pages fetched
	Unchanged int       `json:"unchanged"` // fetched or revalidated but same as before
	// Syndicated counts pages fetched and then skipped because the report
	// they carry (their canonical URL, same content) is already stored:
	// syndicated copies, AMP and tracking-URL aliases.
	Syndicated int            `json:"syndicated"`
	Indexed    int            `json:"indexed"` // pages the sink accepted
	Errors     map[string]int `json:"errors"`  // by kind: robots, http_4xx, http_5xx, timeout, network, too_large, extract, index...
	LastError  string         `json:"last_error,omitempty"`
	// FeedsChanged is false when every feed and sitemap answered 304 or the
	// same content as last time: the scheduler polls such a source less often.
	FeedsChanged bool `json:"feeds_changed"`
}
