package extract

import (
	"strings"
)

// Remembering unknown names (as firms) and persons' surnames, and reading short names back.

// noteNames remembers the unknown names that survived typing (not persons,
// not modifiers) as firms, so "the company" or "it" in a later sentence can
// refer to a firm the catalogue does not know.
func (c *docContext) noteNames(toks []token, ms []mention) {
	c.noteDescribed(toks, ms)
	for _, m := range ms {
		if m.class == mName && (penaltyAgent(toks, m.i) || ownedInApposition(toks, m.i) || datelineAgency(toks, m)) {
			continue // "fined by the Financial Crimes Enforcement Network": only authorities fine
		}
		// a venue word ("Kudi Bridge", "Arena Plus") does not stop a name the
		// article calls a firm ("digital lender Kudi Bridge")
		if m.class == mName && (!titledName(m.ent.Name) || c.firmy[strings.ToLower(strings.Fields(m.ent.Name)[0])]) {
			e := m.ent
			e.Type = TypeFirm
			c.firms = append(c.firms, e)
			if c.unknown == nil {
				c.unknown = map[string]bool{}
			}
			c.unknown[e.Name] = true
		}
	}
}

// titledName: a name holding a title or office word ("IDF Military
// Advocate General", "Premier League") is no firm to refer back to.
func titledName(name string) bool {
	var buf [32]byte
	for f := range strings.FieldsSeq(name) { // no slice of words nor lowered copy: called per name mention
		w := string(appendLower(buf[:0], f))
		if personTitles[w] || leaderWords[w] || w == "advocate" || w == "military" {
			return true
		}
		if _, ok := authHeads[w]; ok {
			return true
		}
	}
	return false
}

// shortNames: a single word that opened an unknown firm's name earlier
// ("Saraband" after "Saraband Telecom") is that firm.
func (c *docContext) shortNames(toks []token, ms []mention) {
	if len(c.firms) == 0 {
		return
	}
	for n := range ms {
		m := &ms[n]
		if m.class == mName && m.src == "name" && nameLen(m) >= 2 {
			// "Pearl River Condiments ... Pearl River said": the first words
			// of a firm named before, whatever they look like alone
			for i := len(c.firms) - 1; i >= 0; i-- {
				if f := c.firms[i]; spanOpens(toks, m.i, m.i+nameLen(m), f.Name) {
					nm := span(toks, m.i, m.i+nameLen(m))
					m.class = mFirm
					m.ent = Entity{Name: nm, Canonical: f.Canonical, Type: TypeFirm, Country: f.Country}
					break
				}
			}
			continue
		}
		if (m.class != mName && m.class != mOther) || nameLen(m) != 1 || m.src != "name" || nonFirmWords[toks[m.i].low] {
			continue
		}
		if !m.poss && m.j < len(toks) && (toks[m.j].upper || sectorHeads[toks[m.j].low]) {
			continue // "Democratic rivals": a modifier, not a name ("Qiantang's Hong Kong-listed shares" is its owner)
		}
		w := toks[m.i].text
		if a := authByInitials(c.auths, w); a != nil {
			m.class, m.ent = mAuth, *a // "Electricity Regulatory Authority ... an ERA spokesperson"
			continue
		}
		if f := firmByInitials(c.firms, w); f != nil {
			m.class = mFirm // "Lusaka Water and Sewerage Company (LWSC) ... LWSC said"
			m.ent = Entity{Name: w, Canonical: f.Canonical, Type: TypeFirm, Country: f.Country}
			continue
		}
		inner := innerWordOK(w) // once per mention, not once per firm: it lowercases
		for i := len(c.firms) - 1; i >= 0; i-- {
			f := c.firms[i]
			if len(f.Name) > len(w)+1 && f.Name[len(w)] == ' ' && f.Name[:len(w)] == w {
				m.class = mFirm
				m.ent = Entity{Name: w, Canonical: f.Canonical, Type: TypeFirm, Country: f.Country}
				if !m.poss {
					c.firms = append(c.firms, f) // the latest firm named: "the company" in the next sentence
				}
				break
			}
			if inner && innerNameWord(f.Name, w) {
				// "Suzhou Lingxi Biotech ... Lingxi licensed": the firm by the
				// word of its name between its place and its trade
				m.class = mFirm
				m.ent = Entity{Name: w, Canonical: f.Canonical, Type: TypeFirm, Country: f.Country}
				break
			}
		}
	}
}

// spanOpens: the words toks[i:j], as span joins them, are the first words
// of name, and more words follow (without building the span per firm).
func spanOpens(toks []token, i, j int, name string) bool {
	p := 0
	for k := i; k < j; k++ {
		if k > i && toks[k].bstart > toks[k-1].bend {
			if p >= len(name) || name[p] != ' ' {
				return false
			}
			p++
		}
		t := toks[k].text
		if len(name)-p < len(t) || name[p:p+len(t)] != t {
			return false
		}
		p += len(t)
	}
	return len(name) > p+1 && name[p] == ' '
}

// innerWordOK: w may stand alone for a firm whose name holds it inside, being
// no word a firm's trade, form or place is named by (see innerNameWord).
func innerWordOK(w string) bool {
	if len(w) < 3 {
		return false
	}
	var buf [32]byte
	lw := string(appendLower(buf[:0], w))
	return !(corpSuffixes[lw] || businessHeads[lw] || firmHeads[lw] || capStop[lw] || foreignOf[lw] || personTitles[lw])
}

// innerNameWord: w is an inner word of the firm name (neither its first
// nor its last word) of a name of three or more words; the caller checked
// innerWordOK(w) once for all names.
func innerNameWord(name, w string) bool {
	if !strings.Contains(name, w) {
		return false // most names asked: no field scan
	}
	first := strings.IndexByte(name, ' ')
	last := strings.LastIndexByte(name, ' ')
	if first < 0 || first == last {
		return false
	}
	for f := range strings.FieldsSeq(name[first+1 : last]) {
		if f == w {
			return true
		}
	}
	return false
}

// notePersons remembers the surnames of persons named in full, so a later
// bare surname is a person too.
func (c *docContext) notePersons(toks []token, ms []mention) {
	for _, m := range ms {
		// a two-word unknown name without a corporate or industry word may
		// be a person ("Mason Rudolph"): its last word alone is not a firm
		if m.class == mPerson && m.j-m.i >= 2 || m.class == mName && nameLen(&m) == 2 && !corpSuffixes[toks[m.i+1].low] && !hasInnerCap(toks[m.i+1].text) {
			if c.persons == nil {
				c.persons = map[string]bool{}
			}
			c.persons[toks[m.i+nameLen(&m)-1].low] = true
		}
	}
}

// penaltyAgent: the name at i is the by-agent of a fine or penalty
// ("was fined $1.3 billion by the X").
func penaltyAgent(toks []token, i int) bool {
	b := i - 1
	if b >= 0 && toks[b].low == "the" {
		b--
	}
	if b < 0 || toks[b].low != "by" {
		return false
	}
	for q := b - 1; q >= 0 && q >= b-8; q-- {
		switch toks[q].low {
		case "fined", "penalised", "penalized", "sanctioned", "punished":
			return true
		}
	}
	return false
}
