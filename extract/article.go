package extract

import "errors"

// Article extracts a Document from an HTML page. pageURL is the URL the page
// was fetched from (after redirects); it resolves relative links and is the
// fallback canonical URL.
func Article(html []byte, pageURL string, hints Hints) (Document, error) {
	return Document{}, errors.New("extract: not implemented")
}
