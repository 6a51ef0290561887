package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// dateISO matches ISO-8601-like stamps, the form nearly all metadata uses,
// with optional time, fraction and zone.
var dateISO = regexp.MustCompile(`(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:T|\s+|,\s*)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2}|[+-]\d{2}(?:\b|$))?)?`)

// dateDMY matches day-first numeric dates (European style), time optional.
var dateDMY = regexp.MustCompile(`\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b(?:,?\s*(?:um\s+|à\s+|at\s+|-\s*)?(\d{1,2})[:.h](\d{2}))?`)

// dateDMYShort matches day-first dates with a two-digit year, as printed
// in datelines ("Do 25.04.24 | 14:07 Uhr"); without the clock time beside
// it such a value is as likely a version number or a score, so the time is
// required.
var dateDMYShort = regexp.MustCompile(`\b(\d{1,2})\.(\d{1,2})\.(\d{2})\s*(?:[|,]\s*|um\s+|-\s*)?(\d{1,2}):(\d{2})\b`)

// dateCompact matches 20200607 in URLs and some metadata.
var dateCompact = regexp.MustCompile(`\b((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\b`)

// dateTextual matches "June 7, 2020", "7 June 2020", "Jun. 7 2020" and the
// same in the languages dateMonths knows.
var dateTextual = regexp.MustCompile(`(?i)\b(?:(\d{1,2})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?([\p{L}]{3,12})\.?,?\s+(?:de\s+)?((?:19|20)\d{2})|([\p{L}]{3,12})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2}))(?:,?\s*(?:at\s+|um\s+|à\s+|-\s*|\|\s*)?(\d{1,2})[:.h](\d{2})\s*([ap]\.?m\.?)?)?`)

// dateCJK matches 2020年07月03日 (Chinese, Japanese) and 2020년 7월 3일 (Korean).
var dateCJK = regexp.MustCompile(`((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?`)

// dateURL finds /2020/06/07/, /2020-06-07/ and similar in article paths.
var dateURL = regexp.MustCompile(`(?:^|[/_-])((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:$|[/_.-])`)

// dateMonths maps month names and abbreviations (lower case) in the
// languages of the outlets we see most to month numbers.
var dateMonths = func() map[string]int {
	m := map[string]int{}
	add := func(month int, names ...string) {
		for _, n := range names {
			m[n] = month
		}
	}
	add(1, "january", "jan", "januar", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro", "januari", "stycznia", "jänner", "ocak", "ιανουαρίου")
	add(2, "february", "feb", "februar", "février", "fevrier", "févr", "febrero", "febbraio", "fevereiro", "fev", "februari", "lutego", "şubat", "subat")
	add(3, "march", "mar", "märz", "maerz", "mars", "marzo", "março", "marco", "maart", "marca", "mart")
	add(4, "april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwietnia", "nisan")
	add(5, "may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maja", "mayıs", "mayis")
	add(6, "june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "czerwca", "haziran")
	add(7, "july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipca", "temmuz")
	add(8, "august", "aug", "août", "aout", "agosto", "ago", "augustus", "sierpnia", "ağustos", "agustos")
	add(9, "september", "sep", "sept", "septembre", "septiembre", "settembre", "set", "setembro", "września", "eylül", "eylul")
	add(10, "october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out", "października", "ekim")
	add(11, "november", "nov", "novembre", "noviembre", "novembro", "listopada", "kasım", "kasim")
	add(12, "december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro", "grudnia", "aralık", "aralik")
	// Romanian, Indonesian and Scandinavian forms not covered above.
	add(1, "ianuarie", "januar")
	add(2, "februarie", "februar")
	add(3, "martie", "maret", "marts")
	add(4, "aprilie")
	add(6, "iunie")
	add(7, "iulie")
	add(8, "agustus", "augusti")
	add(9, "septembrie")
	add(10, "octombrie")
	add(11, "noiembrie", "nopember")
	add(12, "decembrie", "desember")
	// Slavic genitive forms as printed in dates.
	add(1, "января", "січня", "січ")
	add(2, "февраля", "лютого", "лют")
	add(3, "марта", "березня", "бер")
	add(4, "апреля", "квітня", "квіт")
	add(5, "мая", "травня", "трав")
	add(6, "июня", "червня", "черв")
	add(7, "июля", "липня", "лип")
	add(8, "августа", "серпня", "серп")
	add(9, "сентября", "вересня", "вер")
	add(10, "октября", "жовтня", "жовт")
	add(11, "ноября", "листопада", "лист")
	add(12, "декабря", "грудня", "груд")
	return m
}()

// dateHasTime reports whether a parsed value carried a clock time; callers
// prefer full stamps over bare days.
type dateResult struct {
	t       time.Time
	hasTime bool
	hasZone bool
}

// dateParse reads one date value as found in metadata or text. Values
// without a zone are taken as UTC.
func dateParse(s string) (dateResult, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 200 {
		if len(s) > 200 {
			s = s[:200]
		} else {
			return dateResult{}, false
		}
	}
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return dateResult{t, true, true}, true
	}
	for _, layout := range []string{time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", time.RFC850, time.ANSIC, time.UnixDate, "Mon Jan 02 2006 15:04:05 GMT-0700"} {
		if t, err := time.Parse(layout, s); err == nil {
			return dateZoneAbbrev(t, layout), true
		}
	}
	if m := dateISO.FindStringSubmatch(s); m != nil {
		if r, ok := dateFromISO(m); ok {
			return r, true
		}
	}
	if m := dateTextual.FindStringSubmatch(s); m != nil {
		if r, ok := dateFromTextual(m); ok {
			return r, true
		}
	}
	if m := dateCJK.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		if r, ok := dateBuild(y, mo, d, -1, 0, 0, 0, time.UTC); ok {
			return r, true
		}
	}
	if m := dateDMY.FindStringSubmatch(s); m != nil {
		d, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		y, _ := strconv.Atoi(m[3])
		if mo > 12 && d <= 12 { // US order
			d, mo = mo, d
		}
		h, mi := -1, 0
		if m[4] != "" {
			h, _ = strconv.Atoi(m[4])
			mi, _ = strconv.Atoi(m[5])
		}
		if r, ok := dateBuild(y, mo, d, h, mi, 0, 0, time.UTC); ok {
			return r, true
		}
	}
	if m := dateDMYShort.FindStringSubmatch(s); m != nil {
		if r, ok := dateFromDMYShort(m); ok {
			return r, true
		}
	}
	if m := dateCompact.FindStringSubmatch(s); m != nil && len(strings.TrimSpace(s)) <= 14 {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		return dateBuild(y, mo, d, -1, 0, 0, 0, time.UTC)
	}
	// Unix seconds or milliseconds, as some JavaScript-driven sites emit.
	if n, err := strconv.ParseInt(s, 10, 64); err == nil {
		if n > 1e12 {
			n /= 1000
		}
		if n > 631152000 && n < 4102444800 {
			return dateResult{time.Unix(n, 0).UTC(), true, true}, true
		}
	}
	return dateResult{}, false
}

// dateZoneAbbrevs are the offsets of zone abbreviations news pages print
// ("Fri Apr 28 19:20:36 CEST 2023"). time.Parse does not know them and
// would read the wall clock as UTC.
var dateZoneAbbrevs = map[string]int{
	"CET": 1, "CEST": 2, "MEZ": 1, "MESZ": 2, "WET": 0, "WEST": 1, "BST": 1, "EET": 2, "EEST": 3,
	"MSK": 3, "JST": 9, "KST": 9, "HKT": 8, "SGT": 8, "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13,
	"EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
}

// dateZoneAbbrev finishes a parse by a layout with a zone abbreviation:
// known abbreviations get their offset, unknown ones leave the time
// zone-less rather than wrongly in UTC.
func dateZoneAbbrev(t time.Time, layout string) dateResult {
	if !strings.Contains(layout, "MST") {
		return dateResult{t, true, true}
	}
	name, off := t.Zone()
	if off != 0 || name == "UTC" || name == "GMT" || name == "Z" {
		return dateResult{t, true, true}
	}
	wall := time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.UTC)
	h, ok := dateZoneAbbrevs[strings.ToUpper(name)]
	if !ok {
		return dateResult{wall, true, false}
	}
	loc := time.FixedZone(name, h*3600)
	return dateResult{time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), loc), true, true}
}

func dateFromISO(m []string) (dateResult, bool) {
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	h, mi, sec, ns := -1, 0, 0, 0
	if m[4] != "" {
		h, _ = strconv.Atoi(m[4])
		mi, _ = strconv.Atoi(m[5])
		if m[6] != "" {
			sec, _ = strconv.Atoi(m[6])
		}
		if m[7] != "" {
			frac := (m[7] + "000000000")[:9]
			ns, _ = strconv.Atoi(frac)
		}
	}
	loc := time.UTC
	zoned := m[8] != ""
	if z := m[8]; z != "" && z != "Z" && z != "UTC" && z != "GMT" {
		z = strings.ReplaceAll(z, ":", "")
		sign := 1
		if z[0] == '-' {
			sign = -1
		}
		zh, _ := strconv.Atoi(z[1:3])
		zm := 0
		if len(z) >= 5 {
			zm, _ = strconv.Atoi(z[3:5])
		}
		if zh > 14 || zm > 59 {
			return dateResult{}, false
		}
		off := sign * (zh*3600 + zm*60)
		loc = time.FixedZone("", off)
	}
	r, ok := dateBuild(y, mo, d, h, mi, sec, ns, loc)
	r.hasZone = zoned && r.hasTime
	return r, ok
}

func dateFromDMYShort(m []string) (dateResult, bool) {
	d, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	y, _ := strconv.Atoi(m[3])
	h, _ := strconv.Atoi(m[4])
	mi, _ := strconv.Atoi(m[5])
	return dateBuild(2000+y, mo, d, h, mi, 0, 0, time.UTC)
}

func dateFromTextual(m []string) (dateResult, bool) {
	var d, y int
	var name string
	if m[1] != "" {
		d, _ = strconv.Atoi(m[1])
		name = m[2]
		y, _ = strconv.Atoi(m[3])
	} else {
		name = m[4]
		d, _ = strconv.Atoi(m[5])
		y, _ = strconv.Atoi(m[6])
	}
	mo, ok := dateMonths[strings.ToLower(name)]
	if !ok {
		return dateResult{}, false
	}
	h, mi := -1, 0
	if m[7] != "" {
		h, _ = strconv.Atoi(m[7])
		mi, _ = strconv.Atoi(m[8])
		if ap := strings.ToLower(strings.ReplaceAll(m[9], ".", "")); ap == "pm" && h < 12 {
			h += 12
		} else if ap == "am" && h == 12 {
			h = 0
		}
	}
	return dateBuild(y, mo, d, h, mi, 0, 0, time.UTC)
}

// dateBuild validates the parts (time.Date would silently normalise 31
// February into March) and builds the time; h < 0 means no clock time.
func dateBuild(y, mo, d, h, mi, sec, ns int, loc *time.Location) (dateResult, bool) {
	if mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1900 || y > 2200 {
		return dateResult{}, false
	}
	hasTime := h >= 0
	if !hasTime {
		h = 0
	}
	if h > 23 || mi > 59 || sec > 60 {
		return dateResult{}, false
	}
	t := time.Date(y, time.Month(mo), d, h, mi, sec, ns, loc)
	if t.Day() != d {
		return dateResult{}, false
	}
	return dateResult{t: t, hasTime: hasTime}, true
}

// datePlausible rejects dates before 1990 and, when now is known, more than
// a day after it: such values are birthdays, copyright lines or typos.
func datePlausible(t time.Time, now time.Time) bool {
	if t.Year() < 1990 {
		return false
	}
	if !now.IsZero() && t.After(now.Add(24*time.Hour)) {
		return false
	}
	return true
}

// dateFromURL reads a publication day from an article's path.
func dateFromURL(u string) (dateResult, bool) {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	if i := strings.IndexByte(u, '/'); i >= 0 {
		u = u[i:]
	} else {
		return dateResult{}, false
	}
	m := dateURL.FindStringSubmatch(u)
	if m == nil {
		return dateResult{}, false
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	return dateBuild(y, mo, d, -1, 0, 0, 0, time.UTC)
}

// dateFindFirst returns the earliest date written anywhere in running
// text, whichever notation it uses.
func dateFindFirst(text string) (dateResult, bool) {
	type hit struct {
		pos int
		r   dateResult
	}
	best := hit{pos: -1}
	consider := func(pos int, r dateResult, ok bool) {
		if ok && (best.pos < 0 || pos < best.pos) {
			best = hit{pos, r}
		}
	}
	for _, loc := range dateISO.FindAllStringSubmatchIndex(text, 3) {
		m := dateSubmatches(text, loc)
		r, ok := dateFromISO(m)
		consider(loc[0], r, ok)
	}
	for _, loc := range dateTextual.FindAllStringSubmatchIndex(text, 5) {
		r, ok := dateFromTextual(dateSubmatches(text, loc))
		consider(loc[0], r, ok)
	}
	for _, loc := range dateCJK.FindAllStringSubmatchIndex(text, 3) {
		r, ok := dateParse(text[loc[0]:loc[1]])
		consider(loc[0], r, ok)
	}
	for _, loc := range dateDMY.FindAllStringSubmatchIndex(text, 3) {
		r, ok := dateParse(text[loc[0]:loc[1]])
		consider(loc[0], r, ok)
	}
	for _, loc := range dateDMYShort.FindAllStringSubmatchIndex(text, 3) {
		r, ok := dateFromDMYShort(dateSubmatches(text, loc))
		consider(loc[0], r, ok)
	}
	return best.r, best.pos >= 0
}

func dateSubmatches(s string, loc []int) []string {
	m := make([]string, len(loc)/2)
	for i := range m {
		if loc[2*i] >= 0 {
			m[i] = s[loc[2*i]:loc[2*i+1]]
		}
	}
	return m
}

// dateWithZoneOf moves a zone-less wall-clock time into the zone another
// value on the same page declares: outlets often give the zone on one
// field (article:modified_time) and omit it on another.
//
// A time given in UTC is shown in the page's own zone when another field
// states the same instant with a local offset: the instant is unchanged,
// and the local wall clock is what the outlet printed.
func dateWithZoneOf(r dateResult, others []string) time.Time {
	if r.hasZone && r.hasTime {
		if _, off := r.t.Zone(); off == 0 {
			for _, o := range others {
				z, ok := dateParse(o)
				if !ok || !z.hasZone {
					continue
				}
				if _, zoff := z.t.Zone(); zoff != 0 && z.t.Sub(r.t).Abs() < time.Minute {
					return r.t.In(z.t.Location())
				}
			}
		}
		return r.t
	}
	if r.hasZone || !r.hasTime {
		return r.t
	}
	for _, o := range others {
		z, ok := dateParse(o)
		if !ok || !z.hasZone {
			continue
		}
		t := r.t
		return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), z.t.Location())
	}
	return r.t
}

// dateRawISO finds machine-written dates anywhere in the markup (scripts,
// comments, attributes) for the last-resort scan.
var dateRawISO = regexp.MustCompile(`\b((?:19|20)\d{2})[-/](0[1-9]|1[0-2])[-/](0[1-9]|[12]\d|3[01])\b`)

// dateLatestInMarkup is the last resort for pages whose only dates are in
// scripts or comments: the latest plausible day written in the raw page
// (older days are usually links to archives or asset versions).
func dateLatestInMarkup(page []byte, now time.Time) (dateResult, bool) {
	if len(page) > 1<<20 {
		page = page[:1<<20]
	}
	var best time.Time
	for _, m := range dateRawISO.FindAllSubmatch(page, 500) {
		t, err := time.Parse("2006-01-02", string(m[1])+"-"+string(m[2])+"-"+string(m[3]))
		if err != nil || !datePlausible(t, now) {
			continue
		}
		if t.After(best) {
			best = t
		}
	}
	if best.IsZero() {
		return dateResult{}, false
	}
	return dateResult{t: best}, true
}
