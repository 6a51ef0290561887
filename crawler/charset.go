package crawler

import (
	"bytes"
	"errors"
	"fmt"
	"mime"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/saintfish/chardet"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// errDecode is returned (wrapped) when a page cannot be turned into UTF-8.
var errDecode = errors.New("crawler: cannot decode page")

// metaCharset finds <meta charset=...> and the http-equiv Content-Type form
// anywhere in the first metaScan bytes; x/net's prescan stops at 1024 bytes,
// which long <head>s overrun.
var metaCharset = regexp.MustCompile(`(?i)<meta[^>]+?charset\s*=\s*["']?\s*([a-z0-9_.:\-]+)`)

const metaScan = 16 << 10

// decodeHTML returns body as UTF-8 and the name of the charset it was read
// as. Order: BOM, HTTP Content-Type charset, <meta> declaration, then
// detection. The result is always valid UTF-8.
func decodeHTML(body []byte, contentType string) ([]byte, string, error) {
	enc, name := pickEncoding(body, contentType)
	out := body
	if enc != nil && name != "utf-8" {
		var err error
		out, _, err = transform.Bytes(enc.NewDecoder(), body)
		if err != nil {
			return nil, name, fmt.Errorf("%w: as %s: %v", errDecode, name, err)
		}
	} else {
		// Drop a UTF-8 BOM so it does not end up in titles.
		out = bytes.TrimPrefix(out, []byte("\xef\xbb\xbf"))
	}
	if !utf8.Valid(out) {
		out = bytes.ToValidUTF8(out, []byte("\uFFFD"))
	}
	if looksBinary(out) {
		return nil, name, fmt.Errorf("%w: binary data, not a text page", errDecode)
	}
	return out, name, nil
}

// binarySniff is how much of a decoded page looksBinary reads.
const binarySniff = 8 << 10

// looksBinary reports whether decoded text is really binary data served as
// HTML (an image, an archive, a misconfigured server): control characters
// never appear in real pages, and undecodable bytes do only now and then
// (a stray Latin-1 byte in a UTF-8 page). Extracting such a body would index
// noise as an article, or overwrite a good one with it.
func looksBinary(text []byte) bool {
	if len(text) > binarySniff {
		text = text[:binarySniff]
	}
	var runes, controls, bad int
	for _, r := range string(text) {
		runes++
		switch {
		case r == utf8.RuneError:
			bad++
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f', r == 0x7f:
			controls++
		}
	}
	if runes < 32 {
		return controls > 0 && controls*4 > runes
	}
	return controls*100 > runes || bad*4 > runes
}

func pickEncoding(body []byte, contentType string) (encoding.Encoding, string) {
	// A BOM wins over everything, as in browsers.
	switch {
	case bytes.HasPrefix(body, []byte("\xef\xbb\xbf")):
		return unicode.UTF8, "utf-8"
	case bytes.HasPrefix(body, []byte("\xfe\xff")):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be"
	case bytes.HasPrefix(body, []byte("\xff\xfe")):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le"
	}
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		if enc, name := lookup(params["charset"]); enc != nil {
			return enc, name
		}
	}
	head := body[:min(len(body), metaScan)]
	if m := metaCharset.FindSubmatch(head); m != nil {
		if enc, name := lookup(string(m[1])); enc != nil {
			if name == "utf-16le" || name == "utf-16be" {
				// A meta tag readable as ASCII cannot be UTF-16 (HTML spec).
				return unicode.UTF8, "utf-8"
			}
			return enc, name
		}
	}
	if utf8.Valid(body) {
		return unicode.UTF8, "utf-8"
	}
	if enc, name, certain := charset.DetermineEncoding(body, ""); certain {
		return enc, name
	}
	// Statistical detection copes with undeclared CJK pages, where x/net's
	// fallback (windows-1252) would produce mojibake.
	if r, err := chardet.NewHtmlDetector().DetectBest(head); err == nil && r.Confidence >= 30 {
		if enc, name := lookup(r.Charset); enc != nil {
			return enc, name
		}
	}
	enc, name, _ := charset.DetermineEncoding(body, "text/html")
	return enc, name
}

// lookup resolves a charset label (WHATWG aliases included) to an encoding
// and its canonical name.
func lookup(label string) (encoding.Encoding, string) {
	label = strings.Trim(strings.TrimSpace(label), `"'`)
	if label == "" {
		return nil, ""
	}
	enc, name := charset.Lookup(label)
	if enc == nil {
		return nil, ""
	}
	return enc, name
}
