package eval

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"

	"github.com/claimwatch/claimwatch/extract"
)

// fundusLangByCountry is the fallback gold language for fundus pages that
// declare none: the main news language of the publisher's country folder.
var fundusLangByCountry = map[string]string{
	"at": "de", "au": "en", "be": "nl", "ca": "en", "ch": "de", "cn": "zh", "cz": "cs", "de": "de",
	"dk": "da", "es": "es", "fr": "fr", "gl": "kl", "id": "id", "il": "he", "ind": "en", "isl": "is",
	"it": "it", "jp": "ja", "kr": "ko", "lb": "ar", "li": "de", "ls": "en", "lt": "lt", "lu": "lb",
	"mx": "es", "my": "en", "na": "en", "no": "no", "pl": "pl", "pt": "pt", "py": "es", "ru": "ru",
	"se": "sv", "tr": "tr", "tw": "zh", "tz": "sw", "ua": "uk", "uk": "en", "us": "en", "vn": "vi", "za": "en",
}

// fundusGoldLanguage makes the language gold the assignment asks for: the
// page's declared <html lang>, checked against the gold body text. The
// detector overrules the declaration only when it is sure and the two are
// not languages it is known to confuse (Norwegian variants, Japanese with
// Chinese, Turkish with Azerbaijani, ...). Pages that declare nothing get
// the detected language, else the country's main language.
func fundusGoldLanguage(page []byte, country, body string) string {
	declared := extractDeclaredLang(page)
	detected := ""
	conf := 0.0
	if len(body) > 200 {
		// whatlanggo misreads long inputs (an English page of 5,000
		// characters comes out French), so only a prefix is examined.
		if len(body) > 2000 {
			cut := 2000
			for cut < len(body) && !utf8.RuneStart(body[cut]) {
				cut++
			}
			body = body[:cut]
		}
		info := whatlanggo.Detect(body)
		if info.IsReliable() {
			detected, conf = info.Lang.Iso6391(), info.Confidence
		}
	}
	switch {
	case declared != "" && (detected == "" || fundusSameLanguage(declared, detected) || conf < 0.9):
		return declared
	case detected != "":
		return detected
	}
	return fundusLangByCountry[country]
}

// fundusConfusable groups languages the detector mixes up, so a detection
// inside the declared language's group does not overrule the page.
var fundusConfusable = map[string]string{
	"no": "no", "nb": "no", "nn": "no", "ja": "cjk", "zh": "cjk",
	"tr": "tr", "az": "tr", "hr": "sh", "sr": "sh", "bs": "sh", "id": "ms", "ms": "ms",
	"zu": "ng", "xh": "ng",
}

func fundusSameLanguage(a, b string) bool {
	if a == b {
		return true
	}
	ga, gb := fundusConfusable[a], fundusConfusable[b]
	return ga != "" && ga == gb
}

// extractDeclaredLang reads the lang attribute of the <html> start tag.
func extractDeclaredLang(page []byte) string {
	s := string(page[:min(len(page), 20000)])
	ls := strings.ToLower(s)
	i := strings.Index(ls, "<html")
	if i < 0 {
		return ""
	}
	end := strings.IndexByte(ls[i:], '>')
	if end < 0 {
		return ""
	}
	tag := ls[i : i+end]
	for _, key := range []string{" lang=", " xml:lang="} {
		j := strings.Index(tag, key)
		if j < 0 {
			continue
		}
		v := strings.TrimLeft(tag[j+len(key):], " ")
		v = strings.Trim(strings.FieldsFunc(v, func(r rune) bool { return r == ' ' || r == '>' })[0], `"'`)
		if k := strings.IndexAny(v, "-_"); k > 0 {
			v = v[:k]
		}
		if len(v) == 2 {
			return v
		}
	}
	return ""
}

func extractFundusJobs(corpus string) ([]extractJob, error) {
	var jobs []extractJob
	err := extractJSONL(filepath.Join(corpus, "fundus", "index.jsonl"), func(_ int, raw []byte) error {
		var g struct {
			File    string   `json:"file"`
			Country string   `json:"country"`
			URL     string   `json:"url"`
			Title   string   `json:"title"`
			Authors []string `json:"authors"`
			Date    *string  `json:"publishing_date"`
			Body    string   `json:"body_text"`
		}
		if err := json.Unmarshal(raw, &g); err != nil {
			return err
		}
		jobs = append(jobs, extractJob{set: "fundus", file: g.File, url: g.URL, score: func(doc extract.Document, _ error, a *extractAcc) {
			wantT := strings.TrimSpace(g.Title)
			gotT := strings.TrimSpace(doc.Title)
			a.tally("fundus", "title", gotT == wantT, g.File, gotT+" ("+doc.Sources["title"]+")", wantT)

			a.tally("fundus", "authors", extractSameAuthors(doc.Authors, g.Authors), g.File,
				strings.Join(doc.Authors, "; ")+" ("+doc.Sources["authors"]+")", strings.Join(g.Authors, "; "))

			want := ""
			if g.Date != nil {
				want = *g.Date
			}
			a.tally("fundus", "published", extractSameInstant(doc.Published, want), g.File,
				extractFormatTime(doc.Published)+" ("+doc.Sources["published"]+")", want)

			page, _ := os.ReadFile(filepath.Join(corpus, "fundus", g.File))
			wantL := fundusGoldLanguage(page, g.Country, g.Body)
			a.tally("fundus", "language", doc.Language == wantL, g.File, doc.Language+" ("+doc.Sources["language"]+")", wantL)
		}})
		return nil
	})
	return jobs, err
}

func extractFormatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339)
}

func extractSameAuthors(got, want []string) bool {
	norm := func(xs []string) map[string]bool {
		m := map[string]bool{}
		for _, x := range xs {
			if x = strings.ToLower(strings.TrimSpace(x)); x != "" {
				m[x] = true
			}
		}
		return m
	}
	g, w := norm(got), norm(want)
	if len(g) != len(w) {
		return false
	}
	for k := range w {
		if !g[k] {
			return false
		}
	}
	return true
}

// extractSameInstant compares with fundus gold: within an hour when the
// gold carries a zone; by wall clock within an hour when it does not (the
// page's zone is unknown), and by day when the gold has no clock time.
func extractSameInstant(got time.Time, want string) bool {
	if want == "" {
		return got.IsZero()
	}
	if got.IsZero() {
		return false
	}
	for _, layout := range []string{"2006-01-02 15:04:05.999999999-07:00", "2006-01-02 15:04:05-07:00"} {
		if w, err := time.Parse(layout, want); err == nil {
			d := got.Sub(w)
			return d <= time.Hour && d >= -time.Hour
		}
	}
	w, err := time.Parse("2006-01-02 15:04:05.999999999", want)
	if err != nil {
		w, err = time.Parse("2006-01-02", want)
		if err != nil {
			return false
		}
	}
	if w.Hour() == 0 && w.Minute() == 0 && w.Second() == 0 {
		return got.Format("2006-01-02") == w.Format("2006-01-02")
	}
	wall := time.Date(got.Year(), got.Month(), got.Day(), got.Hour(), got.Minute(), got.Second(), 0, time.UTC)
	d := wall.Sub(w)
	return d <= time.Hour && d >= -time.Hour
}
