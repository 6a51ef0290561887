package crawler

import (
	"bytes"
	"fmt"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/claimwatch/claimwatch/urlnorm"
)

// parseFeed reads RSS, Atom or JSON Feed and returns its items as entries,
// links resolved against the feed's URL.
func parseFeed(body []byte, feedURL string) ([]entry, error) {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("feed: %w", err)
	}
	// Relative item links are taken relative to the feed document.
	base := feedURL
	var out []entry
	for _, it := range f.Items {
		if it == nil {
			continue
		}
		link := it.Link
		if link == "" && len(it.Links) > 0 {
			link = it.Links[0]
		}
		if link == "" && isHTTP(it.GUID) {
			link = it.GUID
		}
		if link == "" {
			continue
		}
		e := entry{URL: urlnorm.Resolve(base, link), Via: viaFeed, Title: it.Title}
		if it.PublishedParsed != nil {
			e.Published = it.PublishedParsed.UTC()
		}
		if it.UpdatedParsed != nil {
			e.Updated = it.UpdatedParsed.UTC()
		}
		if e.Published.IsZero() && !e.Updated.IsZero() {
			e.Published = e.Updated
		}
		out = append(out, e)
	}
	return out, nil
}

// newest is the latest date an entry gives for itself.
func (e entry) newest() time.Time {
	if e.Updated.After(e.Published) {
		return e.Updated
	}
	return e.Published
}
