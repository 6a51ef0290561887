// Package extract owns turning a fetched page into an article (text and
// metadata) and an article into claims. It is pure: bytes in, structs out; it
// does no I/O, so every function here is safe to call from tests, fuzzers and
// any goroutine.
package extract
