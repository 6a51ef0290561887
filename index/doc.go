// Package index owns the on-disk Bleve index of articles and claims: the
// mapping, batch upserts keyed by canonical URL, and searches with facets and
// highlights. It is the only package that imports bleve.
package index
