// Package crawler owns fetching: discovering article URLs from feeds,
// sitemaps and start pages, fetching them politely (robots.txt, per-host
// delay and parallelism, Retry-After, size and time limits), decoding them to
// UTF-8, and remembering what was seen so a re-run fetches only what is new.
// It is the only package that imports colly.
//
// Politeness is enforced below every client, in one http.RoundTripper per
// Crawler: colly (articles) and net/http (robots.txt, feeds, sitemaps, start
// pages) both go through it, and so does each redirect hop. It checks
// robots.txt, waits on a per-host limiter (delay raised by Crawl-delay and
// Retry-After), applies the timeout after that wait, and refuses non-public
// addresses at dial time. Nothing is read from the environment: colly's
// COLLY_* variables and HTTP(S)_PROXY are ignored on purpose.
package crawler
