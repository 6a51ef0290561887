package extract

import (
	"strings"

	"github.com/abadojack/whatlanggo"
)

// langNormalize turns a declared language tag (en-US, de_DE, "English",
// "eng") into ISO 639-1, "" when it cannot.
func langNormalize(tag string) string {
	t := strings.ToLower(strings.TrimSpace(tag))
	if t == "" {
		return ""
	}
	if i := strings.IndexAny(t, "-_ ,;"); i > 0 {
		t = t[:i]
	}
	if len(t) == 2 && t[0] >= 'a' && t[0] <= 'z' && t[1] >= 'a' && t[1] <= 'z' {
		// Legacy codes still seen in the wild.
		switch t {
		case "iw":
			return "he"
		case "in":
			return "id"
		case "jw":
			return "jv"
		}
		return t
	}
	if l := whatlanggo.CodeToLang(t); l != -1 {
		if c := l.Iso6391(); c != "" {
			return c
		}
	}
	for l, name := range whatlanggo.Langs {
		if strings.EqualFold(name, t) {
			return l.Iso6391()
		}
	}
	return ""
}

// langDetect guesses the language of text from its letters. Only a prefix is
// examined: more costs time, and whatlanggo misreads long inputs (an English
// article of 5,000 characters comes out French).
func langDetect(text string) string {
	if len(text) > 2000 {
		cut := 2000
		for cut < len(text) && text[cut]&0xC0 == 0x80 {
			cut++
		}
		text = text[:cut]
	}
	if len(strings.Fields(text)) < 5 && len([]rune(text)) < 40 {
		return ""
	}
	info := whatlanggo.Detect(text)
	if info.Confidence < 0.3 && len(text) < 400 {
		return ""
	}
	return info.Lang.Iso6391()
}

// langContradicts reports whether the text is confidently written in a
// language other than the declared one. Templates often keep a default
// lang="en" on pages written in Zulu or Afrikaans; the check needs a long
// text and a sure detector, and ignores pairs the detector confuses.
func langContradicts(declared, text string) (string, bool) {
	if len(text) < 800 {
		return "", false
	}
	if len(text) > 2000 {
		cut := 2000
		for cut < len(text) && text[cut]&0xC0 == 0x80 {
			cut++
		}
		text = text[:cut]
	}
	info := whatlanggo.Detect(text)
	if !info.IsReliable() || info.Confidence < 0.9 {
		return "", false
	}
	got := info.Lang.Iso6391()
	if got == "" || got == declared || langGroup[got] != "" && langGroup[got] == langGroup[declared] {
		return "", false
	}
	return got, true
}

// langGroup puts together languages the detector mixes up.
var langGroup = map[string]string{
	"no": "no", "nb": "no", "nn": "no", "da": "no", "ja": "cjk", "zh": "cjk",
	"tr": "tr", "az": "tr", "hr": "sh", "sr": "sh", "bs": "sh", "id": "ms", "ms": "ms",
	"zu": "ng", "xh": "ng", "ca": "es", "es": "es", "gl": "pt", "pt": "pt",
}
