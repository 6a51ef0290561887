package extract

import "strings"

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
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		switch strings.ToLower(w) {
		case "and", "of", "the", "&", "for":
			continue
		}
		r := []rune(w)
		if len(r) == 0 || r[0] < 'A' || r[0] > 'Z' {
			return ""
		}
		b.WriteRune(r[0])
	}
	return b.String()
}

// firmByInitials finds the firm named before whose initials are the
// acronym w ("KPLC" after "Kenya Power and Lighting Company (KPLC)").
func firmByInitials(firms []Entity, w string) *Entity {
	if len(w) < 3 || !isAcronym(w) {
		return nil
	}
	for i := len(firms) - 1; i >= 0; i-- {
		if strings.Count(firms[i].Name, " ") >= 2 && initialsOf(firms[i].Name) == w {
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
