package demo

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"time"
)

// Article is one embedded story as written in content/<outlet>/<slug>.md.
type Article struct {
	Outlet    string // outlet key: "wire", "techdaily" or "harbourpost"
	Slug      string // unique across all outlets
	Title     string
	Authors   []string
	Published time.Time // keeps the zone written in the front matter
	Updated   time.Time // zero when never updated
	Tags      []string
	Section   string
	Summary   string
	Language  string // ISO 639-1; "en" unless given
	// Charset is the encoding the page is served in: "" (UTF-8) or "gbk".
	Charset string
	// Canonical is "outlet/slug" of the original when this is a syndicated copy.
	Canonical string
	// Held articles are answered with 404 and left out of feeds, sitemaps and
	// home pages until Publish releases them.
	Held bool
	// Negative marks stories that state no claim at all (reviews, weather,
	// sport); tests assert the extractor finds none in them.
	Negative bool
	// Body is the story's paragraphs; one starting with "## " is a subheading.
	Body []string
}

// Text is the body as plain text, paragraphs separated by blank lines.
func (a Article) Text() string {
	parts := make([]string, len(a.Body))
	for i, p := range a.Body {
		parts[i] = strings.TrimPrefix(p, "## ")
	}
	return strings.Join(parts, "\n\n")
}

// parseArticle reads a front matter block between "---" lines, then the body
// with paragraphs separated by blank lines. name is used in messages and
// gives outlet and slug ("wire/some-slug.md").
func parseArticle(name string, data []byte) (Article, error) {
	a := Article{Language: "en"}
	a.Outlet = path.Base(path.Dir(name))
	a.Slug = strings.TrimSuffix(path.Base(name), ".md")
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	next := func() (string, bool) {
		if !sc.Scan() {
			return "", false
		}
		line++
		return strings.TrimRight(sc.Text(), " \t\r"), true
	}
	if first, ok := next(); !ok || first != "---" {
		return a, fmt.Errorf("demo: %s:1: want front matter starting with ---", name)
	}
	closed := false
	for {
		l, ok := next()
		if !ok {
			break
		}
		if l == "---" {
			closed = true
			break
		}
		if l == "" {
			continue
		}
		key, val, ok := strings.Cut(l, ":")
		if !ok {
			return a, fmt.Errorf("demo: %s:%d: want key: value, got %q", name, line, l)
		}
		val = strings.TrimSpace(val)
		if err := a.set(strings.TrimSpace(key), val); err != nil {
			return a, fmt.Errorf("demo: %s:%d: %w", name, line, err)
		}
	}
	if !closed {
		return a, fmt.Errorf("demo: %s:%d: front matter is not closed with ---", name, line)
	}
	var para []string
	flush := func() {
		if len(para) > 0 {
			a.Body = append(a.Body, strings.Join(para, " "))
			para = nil
		}
	}
	for {
		l, ok := next()
		if !ok {
			break
		}
		if strings.TrimSpace(l) == "" {
			flush()
			continue
		}
		para = append(para, strings.TrimSpace(l))
	}
	flush()
	if err := sc.Err(); err != nil {
		return a, fmt.Errorf("demo: %s: %w", name, err)
	}
	switch {
	case a.Title == "":
		return a, fmt.Errorf("demo: %s: front matter has no title", name)
	case a.Published.IsZero():
		return a, fmt.Errorf("demo: %s: front matter has no published time", name)
	case len(a.Body) == 0:
		return a, fmt.Errorf("demo: %s: article has no body", name)
	}
	return a, nil
}

func (a *Article) set(key, val string) error {
	switch key {
	case "title":
		a.Title = val
	case "authors":
		for _, s := range strings.Split(val, ";") {
			if s = strings.TrimSpace(s); s != "" {
				a.Authors = append(a.Authors, s)
			}
		}
	case "published", "updated":
		t, err := time.Parse(time.RFC3339, val)
		if err != nil {
			return fmt.Errorf("%s: want RFC 3339 time with zone: %w", key, err)
		}
		if key == "published" {
			a.Published = t
		} else {
			a.Updated = t
		}
	case "tags":
		for _, s := range strings.Split(val, ",") {
			if s = strings.TrimSpace(s); s != "" {
				a.Tags = append(a.Tags, s)
			}
		}
	case "section":
		a.Section = val
	case "summary":
		a.Summary = val
	case "lang":
		a.Language = val
	case "charset":
		if val != "gbk" {
			return fmt.Errorf("charset: only gbk is supported, got %q", val)
		}
		a.Charset = val
	case "canonical":
		if _, _, ok := strings.Cut(val, "/"); !ok {
			return fmt.Errorf("canonical: want outlet/slug, got %q", val)
		}
		a.Canonical = val
	case "held":
		a.Held = val == "true"
	case "negative":
		a.Negative = val == "true"
	default:
		return fmt.Errorf("unknown front matter key %q", key)
	}
	return nil
}

// loadArticles parses every content/<outlet>/*.md in fsys, newest first.
func loadArticles(fsys fs.FS) ([]Article, error) {
	names, err := fs.Glob(fsys, "content/*/*.md")
	if err != nil {
		return nil, fmt.Errorf("demo: list content: %w", err)
	}
	seen := map[string]string{}
	var out []Article
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("demo: read %s: %w", name, err)
		}
		a, err := parseArticle(name, data)
		if err != nil {
			return nil, err
		}
		if _, ok := outletByKey(a.Outlet); !ok {
			return nil, fmt.Errorf("demo: %s: unknown outlet %q", name, a.Outlet)
		}
		if prev, dup := seen[a.Slug]; dup {
			return nil, fmt.Errorf("demo: %s: slug %q already used by %s", name, a.Slug, prev)
		}
		seen[a.Slug] = name
		out = append(out, a)
	}
	for _, a := range out {
		if a.Canonical == "" {
			continue
		}
		_, slug, _ := strings.Cut(a.Canonical, "/")
		if _, ok := seen[slug]; !ok {
			return nil, fmt.Errorf("demo: %s/%s: canonical %q names no article", a.Outlet, a.Slug, a.Canonical)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Published.After(out[j].Published) })
	return out, nil
}
