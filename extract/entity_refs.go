package extract

import (
	"strings"
	"unicode/utf8"
)

// What later words refer back to: "it" after a firm brought in as a
// by-agent, a firm's acronym ("LWSC" after "Lusaka Water and Sewerage
// Company"), a one-word short form as the sentence's subject.

// byAgent reports whether mention m is the agent of a passive or past
// participle ("patents owned by Norway's Halvorsen Power Systems"): a
// firm so introduced is seldom what a later "it" in the sentence means.
func byAgent(toks []token, m *mention) bool {
	for q := m.i - 1; q >= 0 && q >= m.i-4; q-- {
		switch {
		case toks[q].low == "by":
			return q > 0 && (strings.HasSuffix(toks[q-1].low, "ed") || strings.HasSuffix(toks[q-1].low, "en"))
		case toks[q].low == "'s" || toks[q].kind == tokWord && (!toks[q].upper || q == m.i-2 && toks[q+1].low == "'s"):
			continue
		default:
			return false
		}
	}
	return false
}

// initialsOf returns the capital initials of a name's words, skipping
// joiners: "Lusaka Water and Sewerage Company" -> "LWSC".
func initialsOf(name string) string {
	var buf [16]byte
	b, _ := appendInitials(buf[:0], name)
	return string(b)
}

// appendInitials appends initialsOf(name) to buf; false (and buf as it was)
// when a word opens with no capital. Callers that only compare the result
// keep it on the stack (firmByInitials runs per acronym per firm).
func appendInitials(buf []byte, name string) ([]byte, bool) {
	n := len(buf)
	var low [16]byte
	for w := range strings.FieldsSeq(name) {
		switch string(appendLower(low[:0], w)) {
		case "and", "of", "the", "&", "for":
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); r < 'A' || r > 'Z' {
			return buf[:n], false
		}
		buf = append(buf, w[0])
	}
	return buf, true
}

// initialsAre: the initials of name are w.
func initialsAre(name, w string) bool {
	var buf [16]byte
	b, ok := appendInitials(buf[:0], name)
	return ok && string(b) == w
}

// firmByInitials finds the firm named before whose initials are the
// acronym w ("KPLC" after "Kenya Power and Lighting Company (KPLC)").
func firmByInitials(firms []Entity, w string) *Entity {
	if len(w) < 3 || !isAcronym(w) {
		return nil
	}
	for i := len(firms) - 1; i >= 0; i-- {
		if strings.Count(firms[i].Name, " ") >= 2 && initialsAre(firms[i].Name, w) {
			return &firms[i]
		}
	}
	return nil
}

// namedFirmBefore reports whether a one-word name opened the name of a firm
// the article named before ("Zilpay" after "Zilpay Dijital Bankası"), so it
// may be the sentence's subject "the company" later means.
func (c *docContext) namedFirmBefore(w string) bool {
	for _, f := range c.firms {
		if len(f.Name) > len(w)+1 && f.Name[len(w)] == ' ' && f.Name[:len(w)] == w {
			return true
		}
	}
	return false
}

// openerEnd returns where the clause after a short sentence opener begins
// ("In a statement, Kwikpay said ...", "On Tuesday, X ..."): the token after
// its comma, when the opener is a prepositional phrase of at most five
// words with no verb; otherwise 0.
func openerEnd(toks []token, i int) int {
	if i < 3 || i > 7 || toks[i-1].text != "," {
		return 0
	}
	switch toks[0].low {
	case "in", "on", "at", "during", "after", "earlier", "later", "last", "separately", "meanwhile", "since":
	default:
		return 0
	}
	for q := 1; q < i-1; q++ {
		t := toks[q]
		if t.kind == tokPunct || verbCue[t.low] || attributionVerbs[t.low] || t.upper && t.kind == tokWord && !isMonthOrDay(t.low) {
			return 0
		}
	}
	return i
}

func isMonthOrDay(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december":
		return true
	}
	return false
}
