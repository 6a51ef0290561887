package extract

import (
	"strings"
)

// ClaimExtractor finds claims with a given catalogue. It is immutable and
// safe for concurrent use.
type ClaimExtractor struct {
	cat *Catalog
	lx  *lexicon
}

// NewClaimExtractor returns an extractor using cat (DefaultCatalog when nil).
func NewClaimExtractor(cat *Catalog) *ClaimExtractor {
	if cat == nil {
		cat = DefaultCatalog()
	}
	return &ClaimExtractor{cat: cat, lx: defaultLexicon}
}

// Claims extracts the claims of a document with the built-in catalogue.
func Claims(doc Document) []Claim {
	return NewClaimExtractor(nil).Claims(doc)
}

// Claims extracts the claims of doc's text, then of its title.
func (x *ClaimExtractor) Claims(doc Document) []Claim {
	claims, _ := x.run(doc, false)
	return claims
}

// Explain returns, per sentence, what the extractor saw and decided.
func (x *ClaimExtractor) Explain(doc Document) []SentenceTrace {
	_, tr := x.run(doc, true)
	return tr
}

func (x *ClaimExtractor) run(doc Document, trace bool) ([]Claim, []SentenceTrace) {
	var out []Claim
	var traces []SentenceTrace
	var headline []bool // out[i] came from a headline
	var traceOf []int   // out[i]'s trace index, when tracing
	ctx := &docContext{}
	seen := map[string]bool{}
	do := func(field, text string, ctx *docContext) {
		if strings.TrimSpace(text) == "" {
			return
		}
		toks := tokenize(text)
		ss := splitSentences(text, toks)
		if ctx.midCaps == nil {
			ctx.midCaps = capitalizedMidSentence(ss)
			ctx.firmy = firmyWords(toks)
		}
		for si, s := range ss {
			isHead := field == "title" || si == 0 && len(s.toks) <= 16 && !isSentenceEnd(s.toks[len(s.toks)-1].text)
			var tr *SentenceTrace
			if trace {
				traces = append(traces, SentenceTrace{Field: field, Start: s.start, End: s.end, Sentence: s.text})
				tr = &traces[len(traces)-1]
			}
			cs := x.sentenceClaims(s, field, ctx, tr)
			for _, c := range cs {
				key := claimKey(c)
				if seen[key] {
					if tr != nil {
						tr.Dropped = append(tr.Dropped, DroppedCandidate{Kind: c.Kind, Trigger: c.Action, Reason: "repeats a claim already found"})
					}
					continue
				}
				seen[key] = true
				out = append(out, c)
				headline = append(headline, isHead)
				traceOf = append(traceOf, len(traces)-1)
				if tr != nil {
					tr.Kept = append(tr.Kept, c)
				}
			}
			ctx.claims = append(ctx.claims, cs...)
		}
	}
	do("text", doc.Text, ctx)
	do("title", doc.Title, &docContext{midCaps: ctx.midCaps, firmy: ctx.firmy})
	// a headline restates the body: drop its claims that a body claim covers,
	// so the body's fuller actor and certainty stand
	kept := out[:0]
	for i, c := range out {
		if headline[i] && coveredByBody(c, out, headline) {
			if trace && traceOf[i] >= 0 {
				traces[traceOf[i]].Dropped = append(traces[traceOf[i]].Dropped, DroppedCandidate{Kind: c.Kind, Trigger: c.Action, Reason: "headline restating a claim of the body"})
			}
			continue
		}
		kept = append(kept, c)
	}
	return kept, traces
}

func isSentenceEnd(s string) bool {
	return s == "." || s == "!" || s == "?" || s == "\"" || s == "\u201d"
}

// coveredByBody: a body claim of the same kind shares a firm target and has
// the same actor or an actor of the same country ("China" ~ "China's
// market regulator").
func coveredByBody(h Claim, all []Claim, headline []bool) bool {
	for j, b := range all {
		if headline[j] || b.Kind != h.Kind {
			continue
		}
		if !strings.EqualFold(b.Actor.Canonical, h.Actor.Canonical) && (h.Actor.Country == "" || h.Actor.Country != b.Actor.Country) {
			continue
		}
		for _, ht := range h.Targets {
			if ht.Type == TypeSector {
				continue
			}
			if sameEntityAny(ht, b.Targets) {
				return true
			}
		}
	}
	return false
}

func claimKey(c Claim) string {
	var b strings.Builder
	b.WriteString(c.Kind)
	b.WriteByte('|')
	b.WriteString(strings.ToLower(c.Actor.Canonical + "/" + c.Actor.Name))
	for _, t := range c.Targets {
		b.WriteByte('|')
		b.WriteString(strings.ToLower(t.Canonical + "/" + t.Name))
	}
	if c.Negated {
		b.WriteString("|neg")
	}
	return b.String()
}

// words that end the object of a verb.
var objectStops = toSet(`that which who whom whose for over with on in at after before because while although though but
 by from until unless since as when where whether amid despite under against if than via during without rather following including-not
 how what why ahead toward towards across around about like near`)

// words that may sit between a verb and its object.
var objectGap = toSet(`the a an its their his her some of more than dozen dozens several other all both also
 up into to`)

var urgeWords = toSet(`urged urges urge asked asks ask called calls pressed presses petitioned lobbied wants want wanted
 pushing pushed pressuring pressured encouraged encourage encourages get got getting persuade persuaded`)

var beForms = toSet(`was were been be is are being get got gets getting has have had`)

// sentenceClaims builds the claims of one sentence.
func (x *ClaimExtractor) sentenceClaims(s sentence, field string, ctx *docContext, tr *SentenceTrace) []Claim {
	toks := s.toks
	ms := x.findMentions(toks, ctx)
	markPersons(toks, ms, ctx.midCaps, ctx.firmy, ctx.persons)
	ctx.notePersons(toks, ms)
	if tr != nil {
		for _, m := range ms {
			te := TraceEntity{Text: span(toks, m.i, m.j), Class: m.classString(), Name: m.ent.Name, Canonical: m.ent.Canonical, Type: m.ent.Type, Source: m.src}
			if m.class == mPron {
				// show what the reference may stand for
				var alts []string
				if m.firmRef != nil {
					alts = append(alts, "firm "+m.firmRef.Name)
				}
				if m.authRef != nil {
					alts = append(alts, "authority "+m.authRef.Name)
				}
				for _, g := range m.group {
					alts = append(alts, g.Name)
				}
				te.Canonical, te.Type = strings.Join(alts, " | "), "reference"
			}
			tr.Entities = append(tr.Entities, te)
		}
	}
	if len(toks) == 0 || toks[len(toks)-1].text == "?" {
		if tr != nil && len(toks) > 0 {
			tr.Dropped = append(tr.Dropped, DroppedCandidate{Reason: "question: not a claim"})
		}
		return nil
	}
	covered := make([]int8, len(toks)) // 1 inside a mention
	endsAt := make([]bool, len(toks)+1)
	for _, m := range ms {
		for k := m.i; k < m.j; k++ {
			covered[k] = 1
		}
		endsAt[m.j] = true
	}
	who, reported := attribution(toks, ms)
	if !reported && ctx.prevReported && (strings.HasPrefix(strings.ToLower(who), "they") || strings.HasPrefix(strings.ToLower(who), "he") || strings.HasPrefix(strings.ToLower(who), "she")) {
		reported = true
	}
	ctx.prevReported = reported
	topics := topicsOf(outsideNames(toks, ms, 0, len(toks)))
	var out []Claim
	for k := range toks {
		if covered[k] == 1 {
			continue
		}
		afterMention := endsAt[k] || (k > 0 && endsAt[k-1] && toks[k-1].kind == tokWord && strings.HasSuffix(toks[k-1].low, "ly"))
		for _, tg := range x.lx.triggerAt(toks, k, afterMention) {
			if tr != nil {
				tr.Triggers = append(tr.Triggers, tg.lemma+"@"+toks[k].text)
			}
			cs, why := x.build(s, ms, k, tg, ctx, out)
			if why != "" && tr != nil {
				tr.Dropped = append(tr.Dropped, DroppedCandidate{Kind: firstNonEmpty(tg.authKind, tg.firmKind), Trigger: tg.lemma, Reason: why})
			}
			for _, c := range cs {
				c.Field = field
				if field == "text" {
					c.Field = ""
				}
				c.Sentence = s.text
				c.Start, c.End = s.start, s.end
				c.Topics = topics
				c.Attribution = who
				switch {
				case hedgeBefore(toks, k) || (c.Kind != KindResponse && c.Kind != KindAction && hasWord(toks, map[string]bool{"draft": true})):
					c.Certainty = Hedged
				case reported:
					c.Certainty = Reported
				default:
					c.Certainty = Asserted
				}
				out = append(out, c)
			}
		}
	}
	if tr != nil {
		tr.Attribution = who
		if reported {
			tr.Certainty = Reported
		}
	}
	out = preferExplicitResponses(out)
	// remember lists of firms named together, for "they"
	for _, c := range out {
		if len(c.Targets) >= 2 {
			var g []Entity
			for _, t := range c.Targets {
				if t.Type == TypeFirm {
					g = append(g, t)
				}
			}
			if len(g) >= 2 {
				ctx.claimGroups = append(ctx.claimGroups, g)
			}
		}
	}
	if g := firmList(toks, ms); len(g) >= 2 {
		ctx.groups = append(ctx.groups, g)
	}
	return out
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// firmList returns the longest list of firms named together ("Alibaba and Tencent").
func firmList(toks []token, ms []mention) []Entity {
	var best []Entity
	for i := range ms {
		if ms[i].class != mFirm {
			continue
		}
		idx := listFrom(toks, ms, i)
		if len(idx) > len(best) {
			best = best[:0]
			for _, j := range idx {
				if ms[j].class == mFirm {
					best = append(best, ms[j].ent)
				}
			}
		}
	}
	return best
}

// markPersons retypes unknown names: after a title ("actress Lindsay
// Lohan") a person; before a role and another name ("Pringles maker
// Kellanova") a modifier; a single word opening a sentence that the article
// never capitalizes elsewhere ("Smoking", "Celebrities") a common word.
func markPersons(toks []token, ms []mention, midCaps, firmy, persons map[string]bool) {
	for i := range ms {
		m := &ms[i]
		if m.class != mName {
			continue
		}
		if m.i > 0 && (personTitles[toks[m.i-1].low] || toks[m.i-1].low == "executive" || toks[m.i-1].low == "officer") || persons[toks[m.i].low] && nameLen(m) == 1 {
			m.class = mPerson
			m.ent.Type = TypePerson
			continue
		}
		if m.j < len(toks) && firmHeads[toks[m.j].low] && i+1 < len(ms) && ms[i+1].i <= m.j+2 {
			m.class = mOther
			continue
		}
		if nameLen(m) == 1 && (m.i == 0 || isOpener(toks[m.i-1].text) || toks[m.i-1].text == ":") && !midCaps[toks[m.i].low] && !hasInnerCap(toks[m.i].text) {
			m.class = mOther
			continue
		}
		// a single unknown word is a firm only with some sign of being one:
		// an inner capital ("WeWork"), or the article calls it a firm somewhere
		// ("rival Gojek", "Burisma, a gas company")
		if nameLen(m) == 1 {
			w := toks[m.i]
			if nonFirmWords[w.low] || chineseSurnames[w.low] || isAcronym(w.text) && len(w.text) <= 3 && !firmy[w.low] {
				m.class = mOther
				continue
			}
			if !hasInnerCap(w.text) && !firmy[w.low] {
				m.class = mOther
			}
		}
	}
}

// nameLen is the number of tokens of a mention's name, without its "'s".
func nameLen(m *mention) int {
	if m.poss {
		return m.j - m.i - 1
	}
	return m.j - m.i
}

func hasInnerCap(s string) bool {
	for i, r := range s {
		if i > 0 && (r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.') {
			return true
		}
	}
	return false
}

// capitalizedMidSentence collects words written with a capital inside sentences.
func capitalizedMidSentence(ss []sentence) map[string]bool {
	m := map[string]bool{}
	for _, s := range ss {
		for i := 1; i < len(s.toks); i++ {
			t := s.toks[i]
			if t.upper && t.kind == tokWord && !isOpener(s.toks[i-1].text) && s.toks[i-1].text != ":" {
				m[t.low] = true
			}
		}
	}
	return m
}

func (m mention) classString() string {
	switch m.class {
	case mAuth:
		return "authority"
	case mFirm:
		return "firm"
	case mSector:
		return "sector"
	case mPerson:
		return "person"
	case mPlace:
		return "place"
	case mPron:
		return "reference"
	case mName:
		return "name"
	case mOther:
		return "other"
	}
	return "?"
}

// nouns for people who stand for their firm in an object ("executives from Didi").
var personNouns = toSet(`executives executive officials bosses managers representatives heads staff employees founders
 owner owners manager chiefs leaders officers`)

// connectors inside a list of names.
var listConnectors = toSet(`, and or & including such as well plus along`)

// listFrom returns the indices of the mentions coordinated with ms[i]
// ("A, B and C"), following possessives ("Alibaba's Taobao") to what they own.
func listFrom(toks []token, ms []mention, i int) []int {
	idx := []int{i}
	for j := i + 1; j < len(ms); j++ {
		gapOK := true
		prev := ms[idx[len(idx)-1]]
		if prev.poss && ms[j].i == prev.j {
			idx = append(idx, j)
			continue
		}
		if ms[j].i-prev.j > 3 {
			break
		}
		for k := prev.j; k < ms[j].i; k++ {
			if !listConnectors[toks[k].low] {
				gapOK = false
				break
			}
		}
		if !gapOK || ms[j].i == prev.j {
			break
		}
		idx = append(idx, j)
	}
	return idx
}

// listLeft extends a list leftwards from ms[i].
func listLeft(toks []token, ms []mention, i int) []int {
	idx := []int{i}
	for j := i - 1; j >= 0; j-- {
		next := ms[idx[0]]
		if ms[j].poss && ms[j].j == next.i {
			idx = append([]int{j}, idx...)
			continue
		}
		if next.i-ms[j].j > 3 || next.i == ms[j].j {
			break
		}
		ok := true
		for k := ms[j].j; k < next.i; k++ {
			if !listConnectors[toks[k].low] {
				ok = false
				break
			}
		}
		if !ok {
			break
		}
		idx = append([]int{j}, idx...)
	}
	return idx
}

// entitiesOf turns list members into entities: possessors that own the
// next member are dropped ("Alibaba's Taobao" is Taobao), pronouns resolved.
func entitiesOf(ms []mention, idx []int, want func(m mention) bool, role string) []Entity {
	var out []Entity
	for n, i := range idx {
		m := ms[i]
		if m.poss && n+1 < len(idx) && ms[idx[n+1]].i == m.j && ms[idx[n+1]].class != mSector && ms[idx[n+1]].class != mPlace {
			continue
		}
		if m.class == mPron {
			switch {
			case m.plural:
				out = append(out, m.group...)
			case role == "firm" && m.firmRef != nil:
				out = append(out, *m.firmRef)
			case role == "auth" && m.authRef != nil:
				out = append(out, *m.authRef)
			}
			continue
		}
		if want(m) {
			e := m.ent
			if m.class == mName {
				e.Type = TypeFirm
			}
			out = append(out, e)
		}
	}
	return out
}

func isFirmish(m mention) bool {
	return m.class == mFirm || m.class == mName || m.class == mSector
}

// objectMentions returns the mentions in the object of the verb at k: from
// just after it to the first word that ends the object.
func objectMentions(toks []token, ms []mention, k int, noun bool) []int {
	var idx []int
	i := k + 1
	limit := k + 30
	mi := 0
	for mi < len(ms) && ms[mi].i <= k {
		mi++
	}
	seenMention := false
	for i < len(toks) && i < limit {
		if mi < len(ms) && ms[mi].i == i {
			idx = append(idx, mi)
			seenMention = true
			i = ms[mi].j
			mi++
			continue
		}
		t := toks[i]
		w := t.low
		switch {
		case t.text == ",":
			// a list goes on; an appositive (", the fintech affiliate of Alibaba,") is skipped
			if i+1 < len(toks) && (mi < len(ms) && ms[mi].i == i+1 || listConnectors[toks[i+1].low]) {
				i++
				continue
			}
			if seenMention && i+1 < len(toks) && (toks[i+1].low == "the" || toks[i+1].low == "a" || toks[i+1].low == "an" || toks[i+1].low == "its" || toks[i+1].low == "now" || toks[i+1].low == "which" || toks[i+1].low == "who") {
				e := i + 1
				for e < len(toks) && toks[e].text != "," {
					e++
				}
				for mi < len(ms) && ms[mi].i < e {
					mi++
				}
				i = e + 1
				// after an appositive only an infinitive or the end may follow
				return idx
			}
			return idx
		case t.kind == tokPunct && (t.text == ";" || t.text == ":" || t.text == "(" || t.text == "." || t.low == "-" || t.text == "\""):
			if t.text == "(" {
				// skip a parenthesis ("($2.8 billion)")
				e := i
				for e < len(toks) && toks[e].text != ")" {
					e++
				}
				i = e + 1
				for mi < len(ms) && ms[mi].i < i {
					mi++
				}
				continue
			}
			return idx
		case w == "to":
			if noun {
				i++
				continue
			}
			if i+1 < len(toks) && !toks[i+1].upper && !objectGap[toks[i+1].low] && toks[i+1].kind == tokWord {
				return idx
			}
			if seenMention {
				return idx
			}
		case w == "of" || w == "into":
			// "the offices of Pinduoduo", "acquisition of VMware", "some of its firms"
		case (w == "from" || w == "at") && !seenMention && i > k+1 && personNouns[toks[i-1].low]:
			// "summoned executives from Didi": persons stand for their firm
		case w == "in" && !seenMention && i > k+1 && (toks[i-1].low == "stake" || toks[i-1].low == "stakes" || toks[i-1].low == "interest" || scaleWords[toks[i-1].low] > 0):
			// "a 40% stake in Maziv", "$725 million in assets belonging to Xiaomi"
			// "a 40% stake in Maziv"
		case w == "whether" && noun && !seenMention && i <= k+2:
			// "is investigating whether Tesla misled investors"
		case objectStops[w]:
			if (w == "on" || w == "against" || w == "over") && noun && !seenMention {
				i++
				continue
			}
			if w == "as" && i+2 < len(toks) && toks[i+1].low == "well" {
				i += 2
				continue
			}
			return idx
		case w == "said" || w == "says" || w == "and" && seenMention && !(mi < len(ms) && ms[mi].i == i+1):
			return idx
		}
		i++
	}
	return idx
}

// subjectBefore returns the list of mentions forming the subject that ends
// before token k: the nearest fitting mention to the left and its list.
func subjectBefore(toks []token, ms []mention, k int, want func(m mention) bool, maxGap int) []int {
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if m.j > k {
			continue
		}
		if k-m.j > maxGap {
			return nil
		}
		if !want(m) && !(m.class == mPron) {
			continue
		}
		if m.poss && i+1 < len(ms) && ms[i+1].i == m.j {
			continue // a possessor: its possession is the subject
		}
		// a mention after "by" is an agent, not a subject
		if m.i > 0 && (toks[m.i-1].low == "by" || toks[m.i-1].low == "with" || toks[m.i-1].low == "for" || toks[m.i-1].low == "to" || toks[m.i-1].low == "against" || toks[m.i-1].low == "on" || toks[m.i-1].low == "in") {
			continue // "The agreement with Verizon allows ...": Verizon is not the subject
		}
		return listLeft(toks, ms, i)
	}
	return nil
}

func isAuth(m mention) bool { return m.class == mAuth || m.class == mPlace }

// preferExplicitResponses drops a firm's responses whose authority was only
// inferred from context when the same sentence names the authority it
// answers ("complying ... support the Ministry's decision").
func preferExplicitResponses(cs []Claim) []Claim {
	explicit := map[string]bool{}
	for _, c := range cs {
		if c.Kind == KindResponse && !strings.HasSuffix(c.Rule, "-context") {
			explicit[strings.ToLower(c.Actor.Canonical)] = true
		}
	}
	if len(explicit) == 0 {
		return cs
	}
	out := cs[:0]
	for _, c := range cs {
		if c.Kind == KindResponse && strings.HasSuffix(c.Rule, "-context") && explicit[strings.ToLower(c.Actor.Canonical)] {
			continue
		}
		out = append(out, c)
	}
	return out
}

var dealNouns = toSet(`acquisition takeover purchase merger buyout`)

// words after a name (or its possessive) that show it is a firm.
var firmSignals = toSet(`shares stock founder co-founder ceo chief spokesman spokeswoman spokesperson subsidiary
 executives board shareholders customers subscribers app platform users investors headquarters employees
 chairman revenue earnings`)

// capitalized words that are not firms however they are used.
var nonFirmWords = toSet(`democratic democrats republican republicans diwali christmas ramadan easter internet web
 ipo ceo cfo coo gdp ai eu un nato covid covid-19 cctv parliament congress senate government state federal
 monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
 september october november december oct nov dec jan feb sept aug`)

// firmyWords finds capitalized words the text calls a firm: after a firm
// noun ("startup Acme", "rival Gojek") or before one in an apposition
// ("Burisma, a gas company"), or before a corporate suffix.
func firmyWords(toks []token) map[string]bool {
	m := map[string]bool{}
	for i, t := range toks {
		if !t.upper || t.kind != tokWord {
			continue
		}
		if i > 0 && firmHeads[toks[i-1].low] && !toks[i-1].upper {
			m[t.low] = true
			continue
		}
		if i+1 < len(toks) && corpSuffixes[toks[i+1].low] && toks[i+1].upper {
			m[t.low] = true
			continue
		}
		// "Binance and its founder", "Acme's chief executive", "Acme shares"
		j := i + 1
		if j < len(toks) && toks[j].low == "'s" {
			j++
		} else if j+1 < len(toks) && toks[j].low == "and" && (toks[j+1].low == "its") {
			j += 2
		}
		if j < len(toks) && firmSignals[toks[j].low] {
			m[t.low] = true
			continue
		}
		// "acquisition of Grail", "bought Figma"
		if i >= 2 && toks[i-1].low == "of" && dealNouns[toks[i-2].low] || i >= 1 && (toks[i-1].low == "acquire" || toks[i-1].low == "acquired" || toks[i-1].low == "bought") {
			m[t.low] = true
			continue
		}
		// "Burisma, a gas company", "Zain, Kuwait's biggest telecom operator"
		if i+2 < len(toks) && toks[i+1].text == "," {
			for j := i + 2; j < len(toks) && j < i+9; j++ {
				if toks[j].kind == tokPunct {
					break
				}
				if firmHeads[toks[j].low] {
					m[t.low] = true
					break
				}
			}
		}
	}
	return m
}
