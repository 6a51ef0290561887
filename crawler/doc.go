// Package crawler owns fetching: discovering article URLs from feeds,
// sitemaps and start pages, fetching them politely (robots.txt, per-host
// delay and parallelism, Retry-After, size and time limits), decoding them to
// UTF-8, and remembering what was seen so a re-run fetches only what is new.
// It is the only package that imports colly.
package crawler
