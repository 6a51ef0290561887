package crawler

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/claimwatch/claimwatch/urlnorm"
)

// Where an article URL was found.
const (
	viaFeed    = "feed"
	viaSitemap = "sitemap"
	viaStart   = "start"
)

// entry is one discovered article URL and what its listing said of it.
type entry struct {
	URL       string    `json:"url"`
	Via       string    `json:"via"`
	Title     string    `json:"title,omitempty"`
	Published time.Time `json:"published,omitzero"`
	Updated   time.Time `json:"updated,omitzero"`
}

// keepEntries bounds the entries remembered per document for 304 answers.
const keepEntries = 5000

// maxSitemapBytes bounds a decompressed sitemap (the sitemaps.org limit is
// 50 MB), so a gzip bomb cannot exhaust memory.
const maxSitemapBytes = 64 << 20

// discovery is the outcome of reading every feed, sitemap and start page of
// a source. docs and failed count only the URLs the source lists (not child
// sitemaps), since "could not be crawled at all" is about those.
type discovery struct {
	entries []entry
	docs    int
	failed  int
	changed bool
	lastErr error
}

func (r *run) discover(ctx context.Context) discovery {
	var d discovery
	type job struct {
		url string
		via string
	}
	var jobs []job
	for _, u := range r.src.Feeds {
		jobs = append(jobs, job{u, viaFeed})
	}
	for _, u := range r.src.Sitemaps {
		jobs = append(jobs, job{u, viaSitemap})
	}
	for _, u := range r.src.StartURLs {
		jobs = append(jobs, job{u, viaStart})
	}
	// Counted up front so that a cancelled discovery is not taken for a
	// source with nothing to crawl.
	d.docs = len(jobs)
	visited := map[string]bool{}
	for _, j := range jobs {
		if ctx.Err() != nil {
			break
		}
		var es []entry
		var changed bool
		var err error
		switch j.via {
		case viaFeed:
			es, changed, err = r.feedEntries(ctx, j.url)
		case viaSitemap:
			es, changed, err = r.sitemapEntries(ctx, j.url, 0, visited)
		case viaStart:
			es, changed, err = r.startEntries(ctx, j.url)
		}
		if err != nil {
			d.failed++
			d.lastErr = err
			r.countError(j.url, err)
			continue
		}
		r.log.Debug("discovered", slog.String("url", j.url), slog.String("via", j.via),
			slog.Int("entries", len(es)), slog.Bool("changed", changed))
		d.changed = d.changed || changed
		d.entries = append(d.entries, es...)
	}
	if r.src.DiscoverSitemaps {
		for _, u := range r.robotsSitemaps(ctx, visited) {
			if ctx.Err() != nil {
				break
			}
			es, changed, err := r.sitemapEntries(ctx, u, 0, visited)
			if err != nil {
				// Not counted in d.failed: the source did not list it.
				r.countError(u, err)
				continue
			}
			r.log.Debug("discovered", slog.String("url", u), slog.String("via", "robots.txt sitemap"),
				slog.Int("entries", len(es)), slog.Bool("changed", changed))
			d.changed = d.changed || changed
			d.entries = append(d.entries, es...)
		}
	}
	return d
}

// robotsSitemaps returns the sitemaps named by Sitemap: lines in the
// robots.txt of each host the source lists (feeds, sitemaps, start pages),
// within the allowed domains and not already read, at most
// Options.MaxSitemaps. robots.txt comes from the cache the politeness check
// fills, so this usually costs no request.
func (r *run) robotsSitemaps(ctx context.Context, visited map[string]bool) []string {
	rctx := withPolicy(ctx, r.pol)
	seenHost := map[string]bool{}
	var out []string
	for _, group := range [][]string{r.src.Feeds, r.src.Sitemaps, r.src.StartURLs} {
		for _, raw := range group {
			pu, err := url.Parse(strings.TrimSpace(raw))
			if err != nil || !isHTTP(pu.String()) || pu.Host == "" {
				continue
			}
			key := hostKey(pu.Scheme, pu.Host)
			if seenHost[key] {
				continue
			}
			seenHost[key] = true
			for _, sm := range r.c.tr.robots.get(rctx, pu, r.pol.runStart).sitemaps() {
				sm = urlnorm.Clean(strings.TrimSpace(sm))
				if !isHTTP(sm) || visited[sm] || !r.allowedURL(sm) || slices.Contains(out, sm) {
					continue
				}
				if len(out) == r.c.opts.MaxSitemaps {
					r.log.Warn("robots.txt names more sitemaps than are read", slog.String("host", key), slog.Int("read", len(out)))
					return out
				}
				out = append(out, sm)
			}
		}
	}
	return out
}

// docResult is a feed, sitemap or start page after a conditional GET.
type docResult struct {
	body    []byte // nil on 304
	ct      string
	final   string
	rec     docRecord // the new record to store (entries filled by the caller)
	old     docRecord
	hadOld  bool
	notMod  bool
	changed bool
}

// getDoc fetches a listing document with If-None-Match/If-Modified-Since
// from the stored validators (none in dry runs).
func (r *run) getDoc(ctx context.Context, rawURL, accept string, limit int64) (docResult, error) {
	var res docResult
	u := strings.TrimSpace(rawURL)
	if pu, err := url.Parse(u); err != nil || !isHTTP(u) || pu.Host == "" {
		return res, fmt.Errorf("crawler: %q is not an http(s) URL", rawURL)
	}
	hdr := http.Header{}
	hdr.Set("User-Agent", r.pol.userAgent)
	hdr.Set("Accept", accept)
	if r.state != nil {
		old, ok, err := r.state.doc(u)
		if err != nil {
			return res, err
		}
		res.old, res.hadOld = old, ok
		if ok {
			if old.ETag != "" {
				hdr.Set("If-None-Match", old.ETag)
			}
			if old.LastModified != "" {
				hdr.Set("If-Modified-Since", old.LastModified)
			}
		}
	}
	f, err := r.retry(ctx, u, func() (*fetched, error) { return r.fetchPlain(u, hdr.Clone(), limit) })
	if err != nil {
		return res, err
	}
	now := r.c.opts.Now()
	res.final = f.finalURL
	if f.status == http.StatusNotModified {
		if !res.hadOld {
			return res, &httpStatusError{URL: u, Status: f.status}
		}
		res.notMod = true
		res.rec = res.old
		res.rec.FetchedAt = now
		return res, nil
	}
	if f.status < 200 || f.status > 299 {
		return res, &httpStatusError{URL: u, Status: f.status}
	}
	body, err := gunzipMaybe(f.body)
	if err != nil {
		return res, fmt.Errorf("crawler: %s: %w: %v", u, errDecode, err)
	}
	sum := sha256.Sum256(body)
	hash := hex.EncodeToString(sum[:])
	res.body, res.ct = body, f.contentType
	res.changed = !res.hadOld || res.old.Hash != hash
	res.rec = docRecord{
		ETag:         f.header.Get("ETag"),
		LastModified: f.header.Get("Last-Modified"),
		Hash:         hash,
		FetchedAt:    now,
	}
	return res, nil
}

func (r *run) saveDoc(u string, rec docRecord) {
	if r.state == nil {
		return
	}
	if err := r.state.putDoc(strings.TrimSpace(u), rec); err != nil {
		r.log.Error("save validators", slog.String("url", u), slog.String("error", err.Error()))
	}
}

// gunzipMaybe inflates gzip'd sitemaps and feeds whatever the headers said
// (servers send .xml.gz as application/octet-stream or application/gzip).
func gunzipMaybe(b []byte) ([]byte, error) {
	if len(b) < 2 || b[0] != 0x1f || b[1] != 0x8b {
		return b, nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	defer zr.Close()
	out, err := io.ReadAll(io.LimitReader(zr, maxSitemapBytes+1))
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	if len(out) > maxSitemapBytes {
		return nil, fmt.Errorf("gzip: %w", errTooLarge)
	}
	return out, nil
}

const (
	acceptFeed    = "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
	acceptSitemap = "application/xml, text/xml;q=0.9, */*;q=0.5"
	acceptHTML    = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
)

func (r *run) feedEntries(ctx context.Context, u string) ([]entry, bool, error) {
	res, err := r.getDoc(ctx, u, acceptFeed, r.maxBody)
	if err != nil {
		return nil, false, err
	}
	if res.notMod {
		r.saveDoc(u, res.rec)
		return res.rec.Entries, false, nil
	}
	if isSitemapDoc(res.body) {
		// Editors put sitemaps under feeds now and then; read them as such.
		return r.sitemapEntries(ctx, u, 0, map[string]bool{})
	}
	es, err := parseFeed(res.body, res.final)
	if err != nil {
		return nil, false, fmt.Errorf("crawler: %s: %w: %v", u, errDecode, err)
	}
	res.rec.Entries = keepNewest(es)
	r.saveDoc(u, res.rec)
	return es, res.changed, nil
}

// sitemapEntries reads a sitemap, following an index depth-first to
// Options.SitemapDepth levels and at most Options.MaxSitemaps children per
// index, newest lastmod first (archives of old months are least useful).
func (r *run) sitemapEntries(ctx context.Context, u string, depth int, visited map[string]bool) ([]entry, bool, error) {
	visited[urlnorm.Clean(u)] = true
	// Sitemaps may be larger than an article page (sitemaps.org allows 50 MB).
	res, err := r.getDoc(ctx, u, acceptSitemap, max(r.maxBody, maxSitemapBytes))
	if err != nil {
		return nil, false, err
	}
	var sm sitemap
	if res.notMod {
		sm = sitemap{Index: len(res.rec.Children) > 0, Entries: res.rec.Entries, Children: res.rec.Children}
	} else {
		sm, err = parseSitemap(res.body)
		if err != nil {
			return nil, false, fmt.Errorf("crawler: %s: %w: %v", u, errDecode, err)
		}
		for i := range sm.Entries {
			sm.Entries[i].URL = urlnorm.Resolve(res.final, sm.Entries[i].URL)
		}
		for i := range sm.Children {
			sm.Children[i].URL = urlnorm.Resolve(res.final, sm.Children[i].URL)
		}
		res.rec.Entries = keepNewest(sm.Entries)
		res.rec.Children = sm.Children
	}
	r.saveDoc(u, res.rec)
	changed := res.changed
	if !sm.Index {
		return sm.Entries, changed, nil
	}
	if depth+1 > r.c.opts.SitemapDepth {
		r.log.Warn("sitemap index nested too deep", slog.String("url", u), slog.Int("depth", depth))
		return nil, changed, nil
	}
	children := slices.Clone(sm.Children)
	slices.SortStableFunc(children, func(a, b entry) int { return b.Updated.Compare(a.Updated) })
	if len(children) > r.c.opts.MaxSitemaps {
		children = children[:r.c.opts.MaxSitemaps]
	}
	var out []entry
	for _, ch := range children {
		if ctx.Err() != nil {
			break
		}
		if visited[ch.URL] || !r.allowedURL(ch.URL) {
			continue
		}
		es, chChanged, err := r.sitemapEntries(ctx, ch.URL, depth+1, visited)
		if err != nil {
			// A broken child does not make the whole sitemap fail.
			r.countError(ch.URL, err)
			continue
		}
		changed = changed || chChanged
		out = append(out, es...)
	}
	return out, changed, nil
}

// startEntries reads a start (section/home) page and keeps the links that
// match the source's ArticlePattern. Its "changed" compares the set of
// article links, not the bytes, since such pages change on every load.
func (r *run) startEntries(ctx context.Context, u string) ([]entry, bool, error) {
	res, err := r.getDoc(ctx, u, acceptHTML, r.maxBody)
	if err != nil {
		return nil, false, err
	}
	if res.notMod {
		r.saveDoc(u, res.rec)
		return res.rec.Entries, false, nil
	}
	body, _, err := decodeHTML(res.body, res.ct)
	if err != nil {
		return nil, false, fmt.Errorf("crawler: %s: %w", u, err)
	}
	var es []entry
	for _, l := range scanHTML(body, urlnorm.Clean(res.final), true).Links {
		if r.looksLikeArticle(l) {
			es = append(es, entry{URL: l, Via: viaStart})
		}
	}
	h := sha256.New()
	for _, e := range es {
		io.WriteString(h, e.URL+"\n")
	}
	res.rec.Hash = hex.EncodeToString(h.Sum(nil))
	changed := !res.hadOld || res.old.Hash != res.rec.Hash
	res.rec.Entries = keepNewest(es)
	r.saveDoc(u, res.rec)
	return es, changed, nil
}

// looksLikeArticle applies ArticlePattern to a start-page link. Without a
// pattern (sources.Parse requires one, literals may lack it) a link needs a
// path of two segments or more, one of them slug- or id-like, which keeps
// section fronts and feeds out.
func (r *run) looksLikeArticle(u string) bool {
	if r.src.ArticlePattern != nil {
		return r.src.ArticlePattern.MatchString(u)
	}
	pu, err := url.Parse(u)
	if err != nil {
		return false
	}
	p := strings.ToLower(strings.Trim(pu.Path, "/"))
	if p == "" || strings.HasSuffix(p, ".xml") || strings.HasSuffix(p, ".rss") || strings.Contains(p, "feed") {
		return false
	}
	segs := strings.Split(p, "/")
	if len(segs) < 2 {
		return false
	}
	for _, s := range segs {
		if strings.Count(s, "-") >= 3 || strings.ContainsAny(s, "0123456789") && len(s) >= 6 {
			return true
		}
	}
	return false
}

// keepNewest returns at most keepEntries entries, newest first when trimming.
func keepNewest(es []entry) []entry {
	if len(es) <= keepEntries {
		return es
	}
	out := slices.Clone(es)
	slices.SortStableFunc(out, func(a, b entry) int { return b.newest().Compare(a.newest()) })
	return out[:keepEntries]
}

// candidates cleans, filters (allowed domains, http only) and de-duplicates
// discovered entries and orders them newest first, undated ones last in
// discovery order.
func (r *run) candidates(es []entry) []entry {
	idx := map[string]int{}
	var out []entry
	for _, e := range es {
		e.URL = urlnorm.Clean(e.URL)
		if !isHTTP(e.URL) || !r.allowedURL(e.URL) {
			continue
		}
		if i, ok := idx[e.URL]; ok {
			// Merge what another listing knew of the same URL.
			o := &out[i]
			if o.Title == "" {
				o.Title = e.Title
			}
			if o.Published.IsZero() {
				o.Published = e.Published
			}
			if e.Updated.After(o.Updated) {
				o.Updated = e.Updated
			}
			continue
		}
		idx[e.URL] = len(out)
		out = append(out, e)
	}
	slices.SortStableFunc(out, func(a, b entry) int {
		an, bn := a.newest(), b.newest()
		switch {
		case an.IsZero() && bn.IsZero():
			return 0
		case an.IsZero():
			return 1
		case bn.IsZero():
			return -1
		}
		return bn.Compare(an)
	})
	return out
}
