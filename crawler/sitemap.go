package crawler

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"golang.org/x/net/html/charset"
)

// maxSitemapEntries is the sitemaps.org limit per file; more is not a sitemap
// we should trust.
const maxSitemapEntries = 50000

// sitemap is one parsed sitemap file: either a urlset (Entries) or a
// sitemapindex (Children).
type sitemap struct {
	Index    bool
	Entries  []entry
	Children []entry // URL and Updated (lastmod) of child sitemaps
}

var errNotSitemap = errors.New("not a sitemap (root is neither urlset nor sitemapindex)")

// parseSitemap reads a sitemaps.org urlset or sitemapindex, with the Google
// News extension (news:publication_date, news:title). It is lenient about
// namespaces and entities, strict about the root element.
func parseSitemap(body []byte) (sitemap, error) {
	var sm sitemap
	d := xml.NewDecoder(bytes.NewReader(body))
	d.Strict = false
	d.Entity = xml.HTMLEntity
	d.CharsetReader = charset.NewReaderLabel
	var (
		root     string
		stack    []string
		cur      *entry
		text     strings.Builder
		inRecord bool
	)
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			if root == "" {
				return sm, fmt.Errorf("sitemap: %w", err)
			}
			// A truncated file still yields what was read before the damage.
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := strings.ToLower(t.Name.Local)
			if root == "" {
				root = name
				switch root {
				case "urlset":
				case "sitemapindex":
					sm.Index = true
				default:
					return sm, fmt.Errorf("sitemap: %w: <%s>", errNotSitemap, t.Name.Local)
				}
			} else if len(stack) == 1 && (name == "url" || name == "sitemap") {
				cur = &entry{Via: viaSitemap}
				inRecord = true
			}
			stack = append(stack, name)
			text.Reset()
		case xml.CharData:
			if inRecord {
				text.Write(t)
			}
		case xml.EndElement:
			if len(stack) == 0 {
				continue
			}
			name := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if !inRecord || cur == nil {
				continue
			}
			v := strings.TrimSpace(text.String())
			text.Reset()
			parent := ""
			if len(stack) > 0 {
				parent = stack[len(stack)-1]
			}
			switch {
			case name == "loc" && len(stack) == 2:
				cur.URL = v
			case name == "lastmod" && len(stack) == 2:
				cur.Updated = parseW3CDate(v)
			case name == "publication_date" && parent == "news":
				cur.Published = parseW3CDate(v)
			case name == "title" && parent == "news":
				cur.Title = v
			case (name == "url" || name == "sitemap") && len(stack) == 1:
				if cur.URL != "" {
					if sm.Index {
						sm.Children = append(sm.Children, *cur)
					} else {
						sm.Entries = append(sm.Entries, *cur)
					}
				}
				cur, inRecord = nil, false
				if len(sm.Entries)+len(sm.Children) >= maxSitemapEntries {
					return sm, nil
				}
			}
		}
	}
	if root == "" {
		return sm, fmt.Errorf("sitemap: %w: empty document", errNotSitemap)
	}
	return sm, nil
}

// isSitemapDoc reports whether a document's root element is a sitemap's.
func isSitemapDoc(b []byte) bool {
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = false
	d.CharsetReader = charset.NewReaderLabel
	for range 64 {
		tok, err := d.Token()
		if err != nil {
			return false
		}
		if se, ok := tok.(xml.StartElement); ok {
			n := strings.ToLower(se.Name.Local)
			return n == "urlset" || n == "sitemapindex"
		}
	}
	return false
}

// w3cLayouts are the W3C Datetime profiles sitemaps use, plus forms seen in
// the wild (space separator, missing zone).
var w3cLayouts = []string{
	time.RFC3339Nano,
	time.RFC3339,
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05",
	"2006-01-02T15:04",
	"2006-01-02",
	"2006-01",
	"2006",
	time.RFC1123Z,
	time.RFC1123,
}

// parseW3CDate returns the zero time for anything it cannot read.
func parseW3CDate(s string) time.Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}
	}
	for _, l := range w3cLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.UTC()
		}
	}
	return time.Time{}
}
