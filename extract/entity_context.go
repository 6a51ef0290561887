package extract

import (
	"strings"
)

// The article's memory for references: authorities, firms, groups,
// persons and places named so far, and how "it", "the regulator" or "the
// company" resolve against them.

// descriptions that refer back to an authority.
var authRefHeads = toSet(`regulator watchdog agency bureau commission ministry department cabinet authority court judge
 government administration council regulators authorities`)

// heads too loose to point at a name only guessed to be a firm.
var looseFirmHeads = toSet(`owner parent unit app service network business outlet broadcaster publisher studio engine utility exchange`)

// reference resolves "it", "they", "them", "the regulator", "the company",
// "the e-commerce giant", "the bank" against the article so far.
func (x *ClaimExtractor) reference(toks []token, k int, ctx *docContext) (mention, bool) {
	t := toks[k]
	switch t.low {
	case "it":
		if t.text == "IT" && k > 0 {
			return mention{}, false // information technology ("Ministry of Electronics and IT")
		}
		m := mention{i: k, j: k + 1, class: mPron, src: "ref", ref: true}
		if a := ctx.lastAuth(""); a != nil {
			e := *a
			m.authRef = &e
		}
		if f := ctx.lastFirm(); f != nil {
			e := *f
			m.firmRef = &e
		}
		return m, true
	case "they", "them":
		if t.low == "them" && k > 0 && toks[k-1].low == "among" {
			return mention{}, false // "providers, among them A and B": the list follows
		}
		m := mention{i: k, j: k + 1, class: mPron, src: "ref", ref: true, plural: true}
		m.group = ctx.firmGroup()
		return m, true
	case "a":
		// "a company spokesperson": the article's firm speaking
		if k+2 < len(toks) && toks[k+1].low == "company" && personNouns[toks[k+2].low] || k+2 < len(toks) && toks[k+1].low == "company" && (toks[k+2].low == "spokesperson" || toks[k+2].low == "spokesman" || toks[k+2].low == "spokeswoman") {
			if f := ctx.lastFirm(); f != nil {
				return mention{i: k, j: k + 2, class: mFirm, ent: *f, ref: true, src: "ref"}, true
			}
		}
		return mention{}, false
	case "both":
		// "both firms must ...", "both companies said": the last firms named together
		if k+1 < len(toks) && (pluralFirmHead(toks[k+1].low)) {
			g := ctx.firmGroup()
			if len(g) < 2 {
				// "both operators" says there were two: the last two firms,
				// even names only guessed to be firms
				g = ctx.lastTwoFirms()
			}
			if len(g) > 1 {
				return mention{i: k, j: k + 2, class: mPron, src: "ref", ref: true, plural: true, group: g}, true
			}
		}
		return mention{}, false
	case "the", "its", "their":
		if t.low == "the" && k+1 < len(toks) && (toks[k+1].low == "two" || toks[k+1].low == "pair") && (k+2 >= len(toks) || !firmHeads[toks[k+2].low] && toks[k+2].kind != tokWord || !sectorHeads[toks[k+2].low]) {
			if g := ctx.firmGroup(); len(g) > 0 {
				return mention{i: k, j: k + 2, class: mPron, src: "ref", ref: true, plural: true, group: g}, true
			}
		}
	default:
		return mention{}, false
	}
	// the [modifiers] head
	i := k + 1
	for i < len(toks) && i-k <= 5 {
		low := toks[i].low
		if toks[i].kind == tokPunct && low != "-" {
			return mention{}, false
		}
		if low == "central" && i+1 < len(toks) && toks[i+1].low == "bank" {
			// the last authority the catalogue knows as its country's central bank
			for n := len(ctx.auths) - 1; n >= 0; n-- {
				a := ctx.auths[n]
				if e := x.cat.descriptor(a.Country, "central bank"); e != nil && e.Canonical == a.Canonical {
					return mention{i: k, j: i + 2, class: mAuth, ent: a, ref: true, src: "ref", head: "central bank"}, true
				}
			}
			if a := ctx.lastAuthHead("central bank"); a != nil {
				return mention{i: k, j: i + 2, class: mAuth, ent: *a, ref: true, src: "ref", head: "central bank"}, true
			}
			return mention{}, false
		}
		if authRefHeads[low] && !toks[i].upper || (authRefHeads[low] && i == k+1) {
			if i+1 < len(toks) && toks[i+1].upper && isAcronym(toks[i+1].text) && t.low == "the" {
				// "the telecoms regulator CITRA": a described authority its acronym names
				if e := unnamedAuthority(toks, k+1, i); e != nil {
					return mention{i: k, j: i + 1, class: mAuth, ent: *e, src: "descriptor", head: low}, true
				}
			}
			if i+1 < len(toks) && (toks[i+1].low == "of" || toks[i+1].upper) {
				return mention{}, false
			}
			if t.low != "the" {
				return mention{}, false
			}
			if a := ctx.lastAuthHead(low); a != nil {
				if want := authHeads[low]; i > k+1 && want != "" && a.Type != want && !strings.Contains(strings.ToLower(a.Name+" "+a.Canonical), low) {
					// "the finance ministry" after only a central bank: a body of its own
					if e := unnamedAuthority(toks, k+1, i); e != nil {
						return mention{i: k, j: i + 1, class: mAuth, ent: *e, src: "descriptor", head: low}, true
					}
				}
				return mention{i: k, j: i + 1, class: mAuth, ent: *a, ref: true, src: "ref", head: low}, true
			}
			if e := unnamedAuthority(toks, k+1, i); e != nil {
				// "the telecoms ministry", "the antitrust regulator" with nothing
				// named before: a described authority of its own
				return mention{i: k, j: i + 1, class: mAuth, ent: *e, src: "descriptor", head: low}, true
			}
			return mention{}, false
		}
		if firmHeads[low] && !toks[i].upper {
			if i+1 < len(toks) && compoundTails[toks[i+1].low] {
				return mention{}, false // "its exchange rates", "its network outage": a compound noun
			}
			if t.low == "the" && i > k+1 && (low == "app" || low == "wallet" || low == "service") && toks[i-1].upper && toks[i-1].kind == tokWord && !capStop[toks[i-1].low] {
				// "removed the Zaraki Cash app": a named firm's product, not a
				// reference back to the firm before
				return mention{}, false
			}
			if t.low == "the" && i > k+1 && i+1 < len(toks) && toks[i+1].upper && toks[i+1].kind == tokWord && !capStop[toks[i+1].low] && !isAcronym(toks[i+1].text) {
				// "the Budapest grocery chain Tulipán Market": a description in
				// apposition to the name after it, not a reference back
				return mention{}, false
			}
			if i+1 < len(toks) && toks[i+1].low == "of" && !(k > 0 && accuseVerbs[toks[k-1].low]) || low == "group" || low == "consortium" || low == "cooperative" {
				// "the group" as often means militants, activists or a party as a firm
				return mention{}, false
			}
			if t.low == "the" && (toks[k+1].low == "combined" || toks[k+1].low == "merged" || toks[k+1].low == "enlarged") {
				// "the combined group must sell ...": the buyer of the deal just named
				if f := ctx.dealBuyer(toks, k); f != nil {
					return mention{i: k, j: i + 1, class: mFirm, ent: *f, ref: true, src: "ref"}, true
				}
			}
			if strings.HasSuffix(low, "s") && low != "business" && low != "express" && (low == "companies" || low == "firms" || low == "giants" || low == "makers") {
				if t.low != "the" || i > k+2 {
					return mention{}, false // "its largest tech firms": a class
				}
				m := mention{i: k, j: i + 1, class: mPron, plural: true, ref: true, src: "ref", group: ctx.firmGroup()}
				return m, len(m.group) > 0
			}
			var f *Entity
			if b := ctx.dealBuyer(toks, k); b != nil && t.low == "the" && (low == "buyer" || low == "acquirer" || low == "purchaser") {
				f = b // "the buyer must keep ...": who bought in the deal just told
			} else if hinted := ctx.firmNamedLike(low); hinted != nil && t.low == "the" {
				// "the lender" after "Dniprovskyi Kredytnyi Bank" and its owner
				// "Helix Capital Holdings": the firm whose name says what it is
				f = hinted
			} else if low == "rival" {
				f = ctx.lastFirmExcept(1)
			} else if looseFirmHeads[low] {
				f = ctx.lastKnownFirm()
				if f == nil && t.low == "the" {
					// "fined Brzoza Energija ... also ordered the utility to": a
					// name an authority already acted on is firm enough
					f = ctx.lastActedOn()
				}
			} else if b := ctx.sentenceDealBuyer(toks, k); b != nil && t.low == "the" {
				// "approval to Synopsys' acquisition of Ansys, requiring the chip
				// design software company to ...": the buyer is the one bound
				f = b
			} else if ctx.curSubject != nil && t.low == "the" {
				// the sentence named its subject already: a description later in
				// it means another firm ("Sony ... bought a stake in the Japanese publisher")
				f = ctx.lastFirmNot(*ctx.curSubject)
			} else if sf := ctx.subjectFirm(); sf != nil && t.low == "the" {
				f = sf
			} else {
				f = ctx.lastFirm()
			}
			if f == nil {
				return mention{}, false
			}
			if low == "bank" && f.Type != TypeFirm {
				return mention{}, false
			}
			return mention{i: k, j: i + 1, class: mFirm, ent: *f, ref: true, src: "ref"}, true
		}
		if toks[i].upper && toks[i].kind == tokWord {
			// "the U.S. chipmaker": allow a capitalized modifier only before a head
			i++
			continue
		}
		if toks[i].kind == tokNum {
			i++
			continue
		}
		if toks[i].low == "and" && i > k+1 && !toks[i-1].upper && i+1 < len(toks) && !toks[i+1].upper && toks[i+1].kind == tokWord {
			i++ // "the goods and services tax department"
			continue
		}
		if toks[i].lex&(lxCapStop|lxAttribVerb) != 0 {
			return mention{}, false // "the fintech said the firm ...": a clause, not one description
		}
		i++
	}
	return mention{}, false
}

// docContext remembers what the article has named so far, for references.
type docContext struct {
	auths  []Entity
	heads  []string
	firms  []Entity
	groups [][]Entity // firm lists named together
	// claims so far, for responses and agentless follow-ups
	claims []Claim
	// certainty of the previous sentence's attribution ("..., they said")
	prevReported bool
	// unknown names shown to be authorities by apposition ("regulator BDDK")
	authNames map[string]Entity
	// names of firms remembered without the catalogue or a firm's form
	unknown map[string]bool
	// words the article capitalizes inside sentences (names, not sentence openers)
	midCaps map[string]bool
	// capitalized words the article calls a firm somewhere ("rival Gojek")
	firmy map[string]bool
	// surnames of persons named in full earlier ("Jeffrey Epstein" ... "Epstein")
	persons map[string]bool
	// countries named so far, whose governments may act unnamed
	places []Entity
	// lists of firms that were targets of one claim, for "they"
	claimGroups [][]Entity
	// the firm opening the current and the previous sentence as its
	// subject, which "the company" most often means
	curSubject, prevSubject *Entity
	// the authority a recent sentence told issuing rules ("The IRDAI issued
	// new rules on Monday."), for a class bound by "must" next; rulesLeft
	// counts the sentences it still stands for
	rulesBy   *Entity
	rulesLeft int
}

// beginSentence moves the current sentence's subject firm to the previous one.
func (c *docContext) beginSentence() {
	c.prevSubject, c.curSubject = c.curSubject, nil
}

// noteSubject records m as the sentence's subject firm when it is the
// first firm named and only descriptions stand before it.
func (c *docContext) noteSubject(toks []token, m mention) {
	if c.curSubject != nil || m.ref || m.poss || !(m.class == mFirm || m.class == mName && (nameLen(&m) >= 2 && !titledName(m.ent.Name) || c.namedFirmBefore(m.ent.Name))) {
		return
	}
	from := openerEnd(toks, m.i)
	for q := from; q < m.i; q++ {
		t := toks[q]
		if t.kind == tokPunct && t.low != "'s" || verbCue[t.low] || attributionVerbs[t.low] || objectStops[t.low] {
			return
		}
	}
	e := m.ent
	c.curSubject = &e
}

// subjectFirm: the firm "the company" should mean, if the current or the
// previous sentence opened with one.
func (c *docContext) subjectFirm() *Entity {
	if c.curSubject != nil {
		return c.curSubject
	}
	return c.prevSubject
}

func (c *docContext) note(m mention) {
	switch m.class {
	case mAuth:
		if !m.ref || true {
			c.auths = append(c.auths, m.ent)
			c.heads = append(c.heads, m.head)
		}
	case mFirm:
		c.firms = append(c.firms, m.ent)
	case mPlace:
		if m.ent.Country != "" {
			c.places = append(c.places, m.ent)
		}
	}
}

func (c *docContext) lastAuth(head string) *Entity {
	for i := len(c.auths) - 1; i >= 0; i-- {
		if head == "" || c.heads[i] == head {
			return &c.auths[i]
		}
	}
	return nil
}

// lastAuthHead resolves "the <head>": the last authority whose head or
// type fits; with no such authority, the last authority at all.
func (c *docContext) lastAuthHead(head string) *Entity {
	want := authHeads[head]
	for i := len(c.auths) - 1; i >= 0; i-- {
		a := c.auths[i]
		if c.heads[i] == head || strings.Contains(strings.ToLower(a.Name), head) || strings.Contains(strings.ToLower(a.Canonical), head) {
			return &c.auths[i]
		}
		if head == "central bank" {
			continue
		}
		if want != "" && a.Type == want && head != "court" && head != "judge" {
			return &c.auths[i]
		}
		if (head == "court" || head == "judge") && a.Type == TypeCourt {
			return &c.auths[i]
		}
	}
	if head == "court" || head == "judge" || head == "central bank" {
		return nil
	}
	for i := len(c.auths) - 1; i >= 0; i-- {
		if c.auths[i].Type != TypeGovernment || head == "government" {
			return &c.auths[i]
		}
	}
	return nil
}

// lastKnownFirm is the last firm the catalogue or a corporate form named:
// a loose head ("the owner", "the service") is not trusted to point at a
// name only guessed to be a firm.
func (c *docContext) lastKnownFirm() *Entity {
	for i := len(c.firms) - 1; i >= 0; i-- {
		if !c.unknown[c.firms[i].Name] {
			return &c.firms[i]
		}
	}
	return nil
}

// lastActedOn is the firm the last authority claim bound, when it bound one.
func (c *docContext) lastActedOn() *Entity {
	for i := len(c.claims) - 1; i >= 0; i-- {
		cl := c.claims[i]
		switch cl.Kind {
		case KindPenalty, KindProbe, KindMandate, KindApproval:
			if len(cl.Targets) == 1 && cl.Targets[0].Type == TypeFirm {
				e := cl.Targets[0]
				return &e
			}
			return nil
		}
	}
	return nil
}

func (c *docContext) lastFirm() *Entity {
	if len(c.firms) == 0 {
		return nil
	}
	return &c.firms[len(c.firms)-1]
}

// lastFirmExcept returns the last firm that is not among the last skip
// distinct firms ("its rival": not the subject itself).
func (c *docContext) lastFirmExcept(skip int) *Entity {
	var seen []string
	for i := len(c.firms) - 1; i >= 0; i-- {
		key := c.firms[i].Canonical
		dup := false
		for _, s := range seen {
			if s == key {
				dup = true
			}
		}
		if dup {
			continue
		}
		if len(seen) >= skip {
			return &c.firms[i]
		}
		seen = append(seen, key)
	}
	return nil
}

func (c *docContext) firmGroup() []Entity {
	if len(c.claimGroups) > 0 {
		return c.claimGroups[len(c.claimGroups)-1]
	}
	if len(c.groups) > 0 {
		return c.groups[len(c.groups)-1]
	}
	if len(c.firms) >= 2 {
		a, b := c.firms[len(c.firms)-2], c.firms[len(c.firms)-1]
		if a.Canonical != b.Canonical && !c.unknown[a.Name] && !c.unknown[b.Name] {
			// (names only guessed to be firms do not make a group for "they")
			return []Entity{a, b}
		}
	}
	return nil
}

// noteNames remembers the unknown names that survived typing (not persons,
// not modifiers) as firms, so "the company" or "it" in a later sentence can
// refer to a firm the catalogue does not know.
func (c *docContext) noteNames(toks []token, ms []mention) {
	for _, m := range ms {
		if m.class == mName && (penaltyAgent(toks, m.i) || ownedInApposition(toks, m.i)) {
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
	for _, w := range strings.Fields(strings.ToLower(name)) {
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
		if (m.class != mName && m.class != mOther) || nameLen(m) != 1 || m.src != "name" || nonFirmWords[toks[m.i].low] {
			continue
		}
		if m.j < len(toks) && (toks[m.j].upper || sectorHeads[toks[m.j].low]) {
			continue // "Democratic rivals": a modifier, not a name
		}
		w := toks[m.i].text
		if f := firmByInitials(c.firms, w); f != nil {
			m.class = mFirm // "Lusaka Water and Sewerage Company (LWSC) ... LWSC said"
			m.ent = Entity{Name: w, Canonical: f.Canonical, Type: TypeFirm, Country: f.Country}
			continue
		}
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
		}
	}
}

// resolveInSentence: "it" after an unknown firm named earlier in the same
// sentence may stand for that firm ("fined Yurtici Kargo ... and ordered it
// to ..."); the article's memory only learns the name after the sentence.
func resolveInSentence(toks []token, ms []mention) {
	var last *mention
	skipped := false
	for n := range ms {
		m := &ms[n]
		switch {
		case m.class == mName || m.class == mFirm:
			if last != nil && !last.poss && byAgent(toks, m) {
				skipped = true // "X infringed patents owned by Y and ordered it to pay": it is X
				continue
			}
			last, skipped = m, false
		case m.class == mPron && !m.plural && skipped && last.class == mFirm:
			e := last.ent
			m.firmRef = &e
		case m.class == mPron && !m.plural && relativeSpeaker(toks, ms, m.i) != nil:
			// "Moravia Direct, which was bought by Kärntner Strom, said it ...":
			// the speaker is the relative's antecedent
			e := relativeSpeaker(toks, ms, m.i).ent
			e.Type = TypeFirm
			m.firmRef = &e
		case m.class == mPron && !m.plural && last != nil && last.class == mFirm && !last.poss && m.i >= 2 && speaksOfItself(toks, last.j, m.i):
			// "Taishin said it welcomed ...": the speaker speaks of itself
			e := last.ent
			m.firmRef = &e
		case m.class == mPron && !m.plural && last != nil && partnerOfPossessed(toks, ms, last) != nil:
			// "cleared the carrier's tie-up with Three after it pledged": the
			// deal's owner, not its partner after "with"
			e := partnerOfPossessed(toks, ms, last).ent
			e.Type = TypeFirm
			m.firmRef = &e
		case m.class == mPron && !m.plural && last != nil && last.class == mName && !(m.i > 0 && toks[m.i-1].low == "which"):
			// (not "Meetup, which it acquired": the relative's subject is someone else)
			e := last.ent
			e.Type = TypeFirm
			m.firmRef = &e
		}
	}
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

// dealBuyer: the firm that ends up owning "the combined company": the
// possessor of a deal noun earlier in the sentence ("Avianca's takeover of
// Viva Air"), else the actor of the article's last deal.
func (c *docContext) dealBuyer(toks []token, k int) *Entity {
	if b := c.sentenceDealBuyer(toks, k); b != nil {
		return b
	}
	if d := lastDeal(nil, c.claims); d != nil && (d.Action == "acquire" || d.Action == "buy" || d.Action == "purchase" || d.Action == "merge") {
		e := d.Actor
		return &e
	}
	return nil
}

// sentenceDealBuyer: the possessor of a deal noun earlier in this sentence
// ("Avianca's takeover of Viva Air"), or nil.
func (c *docContext) sentenceDealBuyer(toks []token, k int) *Entity {
	for q := k - 1; q >= 2; q-- {
		if !dealNouns[toks[q].low] {
			continue
		}
		for p := q - 1; p >= 1 && p >= q-5; p-- {
			if toks[p].low != "'s" && toks[p].text != "'" {
				continue
			}
			last := toks[p-1].text
			for n := len(c.firms) - 1; n >= 0; n-- {
				if f := c.firms[n]; f.Name == last || strings.HasSuffix(f.Name, " "+last) {
					return &c.firms[n]
				}
			}
			if toks[p-1].upper {
				// a name the article met only in this sentence
				b := p - 1
				for b > 0 && toks[b-1].upper && toks[b-1].kind == tokWord && p-b < 4 {
					b--
				}
				name := span(toks, b, p)
				return &Entity{Name: name, Canonical: name, Type: TypeFirm}
			}
		}
		break
	}
	return nil
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

// unnamedAuthority: the words from..h ("telecoms ministry", "antitrust
// regulator") describe an authority by its field when at least one plain
// lower-case field word stands before the head.
func unnamedAuthority(toks []token, from, h int) *Entity {
	if h-from < 1 || h-from > 4 {
		return nil
	}
	for q := from; q < h; q++ {
		if toks[q].low == "and" && q > from && q+1 < h {
			continue // "goods and services tax department"
		}
		if toks[q].kind != tokWord || toks[q].upper || capStop[toks[q].low] || toks[q].kind == tokNum {
			return nil
		}
	}
	if toks[h].low == "agency" && hasWordIn(toks[from:h], "travel", "advertising", "news", "employment", "talent", "marketing", "recruitment", "rating", "ratings", "media", "creative", "estate", "booking") {
		return nil // a travel or advertising agency is a firm
	}
	typ := TypeRegulator
	switch toks[h].low {
	case "ministry", "department", "cabinet", "government":
		typ = TypeGovernment
	case "court", "judge", "tribunal":
		typ = TypeCourt
	}
	name := span(toks, from, h+1)
	return &Entity{Name: name, Canonical: name, Type: typ}
}

// lastFirmNot: the last firm named that is not e (else the last firm).
func (c *docContext) lastFirmNot(e Entity) *Entity {
	for i := len(c.firms) - 1; i >= 0; i-- {
		if !strings.EqualFold(c.firms[i].Name, e.Name) && !strings.EqualFold(c.firms[i].Canonical, e.Canonical) {
			return &c.firms[i]
		}
	}
	return c.lastFirm()
}

// verbs whose "the firm of ..." is the firm and its alleged act ("accuses
// the fuel marketer of subsidy fraud"), not a part of something.
var accuseVerbs = toSet(`accuse accuses accused accusing suspect suspects suspected suspecting convict convicts convicted convicting`)

// lastTwoFirms: the two firms named last, distinct, or nil.
func (c *docContext) lastTwoFirms() []Entity {
	var out []Entity
	for i := len(c.firms) - 1; i >= 0 && len(out) < 2; i-- {
		f := c.firms[i]
		if len(out) == 1 && (strings.EqualFold(out[0].Canonical, f.Canonical) || sameEntityAny(f, out) || wordPrefix(out[0].Name, f.Name)) {
			continue
		}
		if len(out) == 0 {
			// the longest name the short one stands for ("Zenith" after "Zenith Mobile")
			for q := i - 1; q >= 0; q-- {
				if wordPrefix(f.Name, c.firms[q].Name) && len(c.firms[q].Name) > len(f.Name) {
					f = c.firms[q]
					break
				}
			}
		}
		out = append(out, f)
	}
	if len(out) < 2 {
		return nil
	}
	return []Entity{out[1], out[0]}
}

// wordPrefix: one name is the other's first words ("Zenith", "Zenith Mobile").
func wordPrefix(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	return a == b || strings.HasPrefix(b, a+" ") || strings.HasPrefix(a, b+" ")
}

// headNameWords: words in a firm's name that show what "the lender", "the
// insurer" or "the airline" refers to.
var headNameWords = map[string][]string{
	"lender":  {"bank", "banka", "bancorp", "credit", "finance", "lending", "kredyt", "kredytnyi", "banco"},
	"bank":    {"bank", "banka", "bancorp", "banco", "banque"},
	"insurer": {"insurance", "assurance", "life", "seguros", "re"},
	"airline": {"air", "airlines", "airways", "aviation"},
	"carrier": {"air", "airlines", "airways", "telecom", "mobile"},
	"miner":   {"mining", "mines", "gold", "minerals", "resources"},
	"brewer":  {"brewery", "breweries", "brewing"},
	// (drugmakers, utilities, operators, carmakers ... named the world over)
	"drugmaker":  {"pharmaceutical", "pharmaceuticals", "pharma", "drug", "drugs", "laboratories", "labs", "therapeutics", "biotech", "biosciences", "biopharma"},
	"utility":    {"power", "electric", "electricity", "energy", "water", "gas", "utilities", "lighting"},
	"operator":   {"telecom", "telecoms", "telecommunications", "mobile", "cellular", "wireless", "telekom", "telkom"},
	"telco":      {"telecom", "telecoms", "telecommunications", "mobile", "cellular", "wireless", "telekom", "telkom"},
	"carmaker":   {"motor", "motors", "auto", "automotive", "automobile"},
	"automaker":  {"motor", "motors", "auto", "automotive", "automobile"},
	"steelmaker": {"steel", "steels"},
	"chipmaker":  {"semiconductor", "semiconductors", "chips", "micro", "microelectronics"},
	"refiner":    {"refinery", "refineries", "refining", "petroleum", "oil"},
	"retailer":   {"retail", "stores", "mart", "supermarket", "supermarkets", "market"},
	"brokerage":  {"securities", "brokers", "broking", "brokerage", "capital"},
	"developer":  {"properties", "property", "land", "realty", "development", "developments", "estates"},
	"shipper":    {"shipping", "lines", "maritime"},
}

// firmNamedLike: among the last few firms, the latest whose name carries
// a word of the head ("the lender" -> "X Bank"), when exactly one does.
func (c *docContext) firmNamedLike(head string) *Entity {
	words, ok := headNameWords[head]
	if !ok {
		return nil
	}
	var hit *Entity
	for i := len(c.firms) - 1; i >= 0 && i >= len(c.firms)-6; i-- {
		for _, w := range strings.Fields(strings.ToLower(c.firms[i].Name)) {
			for _, h := range words {
				if w == h {
					if hit != nil && !strings.EqualFold(hit.Canonical, c.firms[i].Canonical) && !wordPrefix(hit.Name, c.firms[i].Name) {
						return nil // two such firms: leave it to the usual order
					}
					if hit == nil {
						hit = &c.firms[i]
					}
				}
			}
		}
	}
	return hit
}

// speaksOfItself: the words between a firm and a pronoun are a speech verb
// and at most a time and "that" ("X said it", "X confirmed on Tuesday
// that it"): the speaker speaks of itself.
func speaksOfItself(toks []token, from, to int) bool {
	if to <= from || to-from > 6 || !attributionVerbs[toks[from].low] && !(toks[from].low == "confirmed" || toks[from].low == "announced") {
		return false
	}
	for q := from + 1; q < to; q++ {
		switch toks[q].low {
		case "that", "on", "in", "late", "early", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "last", "week":
		default:
			return false
		}
	}
	return true
}

// relativeSpeaker: for a pronoun at p right after a speech verb that
// follows a relative clause (", which ... , said it"), the firm before
// ", which"; nil otherwise.
func relativeSpeaker(toks []token, ms []mention, p int) *mention {
	v := p - 1
	if v < 3 || !attributionVerbs[toks[v].low] || toks[v-1].text != "," {
		return nil
	}
	for q := v - 2; q >= 1 && q >= v-25; q-- {
		if toks[q].text == "," {
			if q+1 < len(toks) && (toks[q+1].low == "which" || toks[q+1].low == "who") {
				for i := range ms {
					if ms[i].j == q && (ms[i].class == mFirm || ms[i].class == mName) && !ms[i].poss {
						return &ms[i]
					}
				}
			}
			return nil
		}
	}
	return nil
}

// partnerDealNouns: deals a firm has "with" another.
var partnerDealNouns = toSet(`tie-up tieup merger deal partnership agreement venture alliance combination contract pact`)

// partnerOfPossessed: when p is named after "with" following another
// firm's possessed deal noun ("the carrier's tie-up with Three"), that
// firm; else nil.
func partnerOfPossessed(toks []token, ms []mention, p *mention) *mention {
	w := p.i - 1
	if w < 2 || toks[w].low != "with" {
		return nil
	}
	d := w - 1
	if !partnerDealNouns[toks[d].low] && !(d >= 1 && toks[d].low == "up" && toks[d-1].low == "tie") {
		return nil
	}
	for n := range ms {
		o := &ms[n]
		if o.poss && (o.class == mFirm || o.class == mName) && o.j <= d && d-o.j <= 3 {
			return o
		}
	}
	return nil
}
