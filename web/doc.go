// Package web owns claimwatch's HTTP surface: the JSON API (search, claims,
// articles, sources, export), the server-rendered search page, the article
// and sources pages, /healthz and the Prometheus /metrics endpoint. It also
// owns the CSV and JSON-lines claim writers shared by the API and the
// `claimwatch export` command, so the index never learns about CSV.
package web
