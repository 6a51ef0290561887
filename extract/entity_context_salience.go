package extract

import "strings"

// Which firm a reference means when recency alone would pick a bystander.
// A story about an authority's act keeps the firm it acted on as its topic:
// rivals, victims, channels and partners named after it in the same
// account ("found that Andina refused stores that used rival RutaPack",
// "ordered Boréal to restore channel Télé-Nord") are not what "the
// company" in the next sentence means. Within a sentence, a pronoun in the
// same role as an earlier firm (the object of a second act of the same
// authority, the subject of a concession after the speaker's own "it")
// means that firm.

// salientFirm is what "the company" means when neither this sentence nor
// the previous one opened with a firm: the firm the latest authority act
// bound, while it is still among the last few firms named; else the last
// firm named.
func (c *docContext) salientFirm() *Entity {
	last := c.lastFirm()
	if last == nil {
		return nil
	}
	a := c.lastActedOn()
	if a == nil || sameEntity(*a, *last) {
		return last
	}
	for i := len(c.firms) - 1; i >= 0 && i >= len(c.firms)-6; i-- {
		if sameEntity(c.firms[i], *a) || wordPrefix(c.firms[i].Name, a.Name) {
			return &c.firms[i]
		}
	}
	return last
}

// directiveVerbs are an authority's second act on a firm that a pronoun
// object takes ("... but ordered it to keep", "and fined it").
var directiveVerbs = toSet(`ordered orders required requires told tells directed directs instructed instructs barred bars
 banned bans forced forces obliged obliges compelled compels fined fines asked asks gave gives`)

// firstActObject: the first firm or name of the sentence standing right
// after a lower-case verb of an authority's act on it ("authorised dairy
// group X to take over Y", "cleared X's purchase of Y": X), when one does;
// the firm the sentence's acts are about.
func firstActObject(toks []token, ms []mention, before int) *mention {
	for n := range ms {
		m := &ms[n]
		if m.i >= before {
			return nil
		}
		if !m.firmOrName() {
			continue
		}
		q := m.i - 1
		for q >= 0 && toks[q].kind == tokWord && !toks[q].upper && firmDescriptorWord(toks[q].low) && m.i-q <= 4 {
			q-- // "authorised dairy group X": the description before the name
		}
		if q >= 0 && actObjectVerbs[toks[q].low] {
			return m
		}
		if q >= 1 && toks[q].low == "that" && findingVerbsThat[toks[q-1].low] {
			return m // "ruled that X breached ..., and ordered the operator to": X
		}
		return nil // the sentence's first firm is not an act's object
	}
	return nil
}

// actObjectVerbs: an authority's acts whose object is the firm acted on.
var actObjectVerbs = toSet(`authorised authorized approved cleared allowed permitted licensed fined ordered told directed
 instructed required barred banned suspended penalised penalized sanctioned censured warned`)

// firmDescriptorWord: a lower-case word that may describe a firm before its
// name ("dairy group", "cable distributor", "online grocer").
func firmDescriptorWord(w string) bool {
	return firmHeads[w] || w != "the" && w != "a" && w != "an" && !verbCue[w] && !actObjectVerbs[w] && !descriptorStops[w]
}

// concessiveOpeners put a clause whose "it" keeps the speaker the
// sentence opened with ("X said it would restore Y, although it still
// disagreed").
var concessiveOpeners = toSet(`although though but while whereas yet`)

// speakerClausePronoun: the pronoun at p opens a concessive clause
// (directly after the conjunction, or after "that" following it).
func speakerClausePronoun(toks []token, p int) bool {
	if p >= 1 && concessiveOpeners[toks[p-1].low] {
		return true
	}
	return p >= 2 && toks[p-1].low == "that" && concessiveOpeners[toks[p-2].low]
}

// openingSpeaker: the firm speaking of itself earlier in the sentence
// (known), or the firm or name that opens the sentence right before a
// speech verb ("Boréal said ...", "Vidéotron Plus confirmed ..."), when a
// pronoun before p already stood for it; nil otherwise.
func openingSpeaker(toks []token, ms []mention, known *mention, p int) *mention {
	if known != nil {
		return known
	}
	if len(ms) == 0 || !ms[0].firmOrName() || ms[0].poss || ms[0].j >= len(toks) {
		return nil
	}
	if v := toks[ms[0].j]; v.lex&lxAttribVerb == 0 && !announceVerbs[v.low] && v.low != "confirmed" {
		return nil
	}
	for n := 1; n < len(ms) && ms[n].i < p; n++ {
		if ms[n].class == mPron && !ms[n].plural && ms[n].firmRef != nil && sameEntity(*ms[n].firmRef, asFirm(ms[0])) {
			return &ms[0]
		}
	}
	return nil
}

// lastFirmUnlike: the last firm named that is neither e nor a longer or
// shorter form of its name ("Bitsori" and "Bitsori Studios"); nil if none.
func (c *docContext) lastFirmUnlike(e Entity) *Entity {
	for i := len(c.firms) - 1; i >= 0; i-- {
		if f := c.firms[i]; !sameEntity(f, e) && !wordPrefix(f.Name, e.Name) {
			return &c.firms[i]
		}
	}
	return nil
}

// otherThanSubject: the firm or name this sentence named after the firm
// that opened it as its subject, typed a firm; nil when there is none.
func (c *docContext) otherThanSubject() *Entity {
	if !c.hasOther || c.curSubject == nil || !c.hasFirst || !sameEntity(c.sentFirst, *c.curSubject) {
		return nil
	}
	e := c.sentOther
	e.Type = TypeFirm
	return &e
}

// closingAuthorityPronoun: ms[n] is an "it" after the trigger at k that
// closes the sentence as its speaker (", it said", ", it added") and may
// stand for an authority, while the firm it might otherwise mean is the
// one the sentence speaks of in the third person before it: the authority.
func closingAuthorityPronoun(toks []token, ms []mention, n, k int) *Entity {
	m := ms[n]
	if m.class != mPron || m.plural || m.authRef == nil || m.i <= k || m.i < 1 || toks[m.i-1].text != "," || m.j >= len(toks) || !attributionVerbs[toks[m.j].low] {
		return nil
	}
	if m.j+1 < len(toks) && toks[m.j+1].kind == tokWord && toks[m.j+1].low != "on" && toks[m.j+1].low != "in" {
		return nil // ", it said it would ...": a clause of its own, not a closing tag
	}
	if m.firmRef != nil {
		spoken := false
		for _, o := range ms[:n] {
			if o.firmOrName() && !o.poss && sameEntity(asFirm(o), *m.firmRef) {
				spoken = true
			}
		}
		if !spoken {
			return nil
		}
	}
	e := *m.authRef
	return &e
}

// findingVerbsThat: an authority's finding whose "that"-clause subject is
// the firm its next act falls on.
var findingVerbsThat = toSet(`ruled found determined concluded held`)

// firmOfCountry: among the last few firms named, the one a nationality
// in the description points at ("the Emirati fund" after Petrobras and
// Mubadala): the only firm the catalogue places in that country, else the
// only firm of unknown country once the firms placed elsewhere are ruled
// out; nil when nothing is ruled out or the choice is not unique.
func (c *docContext) firmOfCountry(country string) *Entity {
	if country == "" {
		return nil
	}
	var hit, unknown *Entity
	ruledOut, unknowns := false, 0
	for i := len(c.firms) - 1; i >= 0 && i >= len(c.firms)-6; i-- {
		f := &c.firms[i]
		switch {
		case f.Country == country:
			if hit != nil && !sameEntity(*hit, *f) && !wordPrefix(hit.Name, f.Name) {
				return nil
			}
			if hit == nil {
				hit = f
			}
		case f.Country != "":
			ruledOut = true
		default:
			if unknown == nil || !sameEntity(*unknown, *f) && !wordPrefix(unknown.Name, f.Name) {
				unknowns++
			}
			if unknown == nil {
				unknown = f
			}
		}
	}
	if !ruledOut {
		return nil
	}
	if hit != nil {
		return hit
	}
	if unknowns == 1 {
		return unknown
	}
	return nil
}

// sameWordsPrefix: a and b are the same name, or one is the other's first
// words, ignoring case ("Bitsori", "Bitsori Studios"); wordPrefix without
// its lower-casing copies, for the per-mention path.
func sameWordsPrefix(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == len(b) {
		return strings.EqualFold(a, b)
	}
	return b[len(a)] == ' ' && strings.EqualFold(a, b[:len(a)])
}

// firmNamedByModifier: among the last few firms named, the only one whose
// name holds a lower-case modifier of the description toks[from:to] ("the
// coach operator" and "Wearside Coaches Ltd", "the cement maker" and
// "Raghav Cement"), a plural or singular form counting; nil when none or
// more than one firm does, or the description has no such modifier.
func (c *docContext) firmNamedByModifier(toks []token, from, to int) *Entity {
	var hit *Entity
	for q := from; q < to; q++ {
		w := toks[q].low
		if toks[q].kind != tokWord || toks[q].upper || len(w) < 4 || firmHeads[w] || scopeWords[w] || rankWord(w) {
			continue
		}
		for i := len(c.firms) - 1; i >= 0 && i >= len(c.firms)-6; i-- {
			if !nameHasWordForm(c.firms[i].Name, w) {
				continue
			}
			if hit != nil && !sameEntity(*hit, c.firms[i]) && !sameWordsPrefix(hit.Name, c.firms[i].Name) {
				return nil
			}
			if hit == nil {
				hit = &c.firms[i]
			}
		}
	}
	return hit
}

// nameHasWordForm: a word of name is w, or w with or without a plural
// ending ("Coaches" for "coach", "Cement" for "cements").
func nameHasWordForm(name, w string) bool {
	for n := range strings.FieldsSeq(name) {
		if strings.EqualFold(n, w) || strings.EqualFold(n, w+"s") || strings.EqualFold(n, w+"es") || len(w) > 4 && strings.HasSuffix(w, "s") && strings.EqualFold(n, w[:len(w)-1]) {
			return true
		}
	}
	return false
}

// scopeWords size or place a firm without saying its trade ("the local
// unit", "the state-owned group"): no match for a word in a name.
var scopeWords = toSet(`some several other many most large small major biggest largest leading foreign domestic
 state-owned state private local listed regional national global international more than those these such
 various certain dozen dozens former combined merged enlarged embattled troubled beleaguered`)
