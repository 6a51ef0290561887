// Package demo owns the bundled sample outlets behind `claimwatch demo`:
// three invented news sites with different page templates, feeds (RSS, Atom,
// JSON Feed), sitemaps and robots rules, serving articles written for the
// demo and embedded in the binary, plus the sources configuration that
// crawls them. Everything here is fictional newsroom furniture around
// paraphrased reports; nothing is fetched from the internet.
package demo
