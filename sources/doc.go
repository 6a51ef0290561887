// Package sources owns the editors' file, sources.toml: its format, its
// defaults and its validation. Parse resolves every source's effective
// settings so the crawler never has to know about defaults.
package sources
