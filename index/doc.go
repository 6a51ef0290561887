// Package index owns the on-disk Bleve index of articles and claims: the
// mapping, batch upserts keyed by canonical URL, and searches with facets and
// highlights. It is the only package that imports bleve.
//
// Articles and claims share one scorch index and are told apart by the
// "type" field. Each document stores its ArticleDoc or ClaimDoc as JSON in
// one stored, unindexed field, so hits decode without further lookups.
// Keyword fields (kind, actor, firm, outlet, country, certainty, language,
// source, action, stance, topics) keep display case for facets; actor, firm,
// outlet and country have lower-cased *_key twins that filters match, so
// filters ignore case (actor and firm keys, of the name as written and the
// canonical name, also drop punctuation and corporate suffixes). Sentences, titles, article text and actor/target
// names are analysed as English and make up the default field of free-text
// queries; query-string field syntax reaches every field by name
// (kind:penalty, firm_key:alibaba).
package index
