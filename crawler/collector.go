package crawler

import (
	"fmt"
	"mime"
	"net/http"
	"strconv"

	"github.com/gocolly/colly/v2"
)

// articleResult carries one colly request's outcome back to the caller; it
// travels in the colly.Context because colly's callbacks are per collector.
type articleResult struct {
	resp        *colly.Response
	contentType string
	tooLarge    bool
}

const resultKey = "claimwatch_result"

// newCollector builds the colly collector for one run of one source.
//
// It deliberately does not call colly.NewCollector: that applies COLLY_*
// environment variables after our options (robots, body size, user agent,
// domains...), which would let the environment silently change politeness.
// Every setting that matters is made here explicitly instead.
func (r *run) newCollector() *colly.Collector {
	c := &colly.Collector{}
	c.Init()
	c.UserAgent = r.pol.userAgent
	c.Async = false
	c.MaxDepth = 0
	c.MaxRequests = 0
	c.CacheDir = ""
	c.TraceHTTP = false
	c.CheckHead = false
	c.AllowedDomains = nil // our filter handles subdomains; colly's is exact-host only
	// Robots.txt is enforced (with Crawl-delay) by our transport for every
	// request, redirects and feeds included; colly's check would fetch it
	// again outside our limiter and ignore Crawl-delay.
	c.IgnoreRobotsTxt = true
	// Seen-state is ours, and retries must be able to revisit.
	c.AllowURLRevisit = true
	// One byte over the limit tells "too large" from "exactly the limit".
	c.MaxBodySize = int(r.maxBody + 1)
	// Status codes are interpreted by us (304, 429, 503...).
	c.ParseHTTPErrorResponse = true
	// We decode ourselves and need the original bytes and charset name.
	c.DetectCharset = false
	c.Context = r.fctx
	c.WithTransport(r.c.tr)
	// The transport applies the per-request timeout after waiting for the
	// host limiter; a client-wide timeout would count that wait.
	c.SetRequestTimeout(0)
	// Parallelism also bounds colly's own concurrency; the delay lives in
	// the shared host limiter, which feeds, sitemaps and robots.txt pass too
	// and which Crawl-delay and Retry-After can raise while a run goes on.
	if err := c.Limit(&colly.LimitRule{DomainGlob: "*", Parallelism: r.pol.par}); err != nil {
		panic(fmt.Sprintf("crawler: colly limit rule: %v", err)) // static glob: cannot fail
	}
	// Articles that redirect off the allowed domains (consent walls, link
	// shorteners gone elsewhere) are not followed.
	c.SetRedirectHandler(func(req *http.Request, via []*http.Request) error {
		if len(via) >= 10 {
			return fmt.Errorf("crawler: %s: more than 10 redirects", via[0].URL)
		}
		if !r.allowedURL(req.URL.String()) {
			return fmt.Errorf("%w: %s redirects to %s", ErrOffsite, via[0].URL, req.URL)
		}
		return nil
	})
	c.OnResponseHeaders(func(resp *colly.Response) {
		res, _ := resp.Ctx.GetAny(resultKey).(*articleResult)
		if res == nil {
			return
		}
		ct := resp.Headers.Get("Content-Type")
		res.contentType = ct
		// Hide the charset from colly so it hands us the raw bytes instead
		// of converting them by itself (we need the source charset name and
		// the meta/detection fallbacks).
		if mt, _, err := mime.ParseMediaType(ct); err == nil {
			resp.Headers.Set("Content-Type", mt)
		}
		if n, err := strconv.ParseInt(resp.Headers.Get("Content-Length"), 10, 64); err == nil && n > r.maxBody {
			res.tooLarge = true
			resp.Request.Abort()
		}
	})
	c.OnResponse(func(resp *colly.Response) {
		if res, _ := resp.Ctx.GetAny(resultKey).(*articleResult); res != nil {
			res.resp = resp
		}
	})
	return c
}

// fetchArticle makes one attempt at url through colly.
func (r *run) fetchArticle(url string, hdr http.Header) (*fetched, error) {
	res := &articleResult{}
	cctx := colly.NewContext()
	cctx.Put(resultKey, res)
	err := r.collector.Request(http.MethodGet, url, nil, cctx, hdr)
	if res.tooLarge {
		return nil, fmt.Errorf("%w (%d bytes): %s", errTooLarge, r.maxBody, url)
	}
	if err != nil {
		return nil, fetchError(url, err)
	}
	if res.resp == nil {
		return nil, fmt.Errorf("crawler: fetch %s: no response", url)
	}
	if int64(len(res.resp.Body)) > r.maxBody {
		return nil, fmt.Errorf("%w (%d bytes): %s", errTooLarge, r.maxBody, url)
	}
	f := &fetched{
		status:      res.resp.StatusCode,
		body:        res.resp.Body,
		contentType: res.contentType,
		finalURL:    url,
	}
	if res.resp.Headers != nil {
		f.header = *res.resp.Headers
	}
	if res.resp.Request != nil && res.resp.Request.URL != nil {
		f.finalURL = res.resp.Request.URL.String()
	}
	return f, nil
}
