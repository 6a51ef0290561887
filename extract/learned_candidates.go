package extract

import (
	"strconv"
	"strings"
)

// The learned stage's candidates: in a sentence, every claim the rules did
// not make whose ingredients are there (a trigger of a kind, an actor of
// the type the kind needs on one side, a party on the other), each with
// the sparse features a model weighs. The rules are precise and narrow;
// what they miss on a writer's text they were not shaped on is mostly
// these ingredients in an order or with words between that no frame
// spelled out. A model trained on many writers' gold decides which
// orders and gaps still carry the claim (learned_model.go).

// Candidate is a claim the rules did not make, with its features.
type Candidate struct {
	Claim    Claim
	Features []string
	// which trigger of which sentence it reads: at most one claim is kept
	// per trigger (learned.go)
	sent, k int
	head    bool
	trace   int // its sentence's trace, when tracing; else -1
}

// learnedWindow bounds how far an actor or a party may stand from its
// trigger, in tokens.
const learnedWindow = 18

// learnedMentions reads the mentions of a sentence as sentenceClaims did,
// on a copy of the context taken before the sentence, so the rules' own
// reading of the document is left as it was.
func (x *ClaimExtractor) learnedMentions(toks []token, before docContext) []mention {
	c := &before
	ms := x.findMentions(toks, c)
	ms = appositiveAuthorities(toks, ms, c)
	ms = extraReferences(toks, ms, c)
	c.shortNames(toks, ms)
	markPersons(toks, ms, c.midCaps, c.firmy, c.persons)
	datelinePlace(toks, ms)
	speakingName(toks, ms, c.persons)
	resolveInSentence(toks, ms)
	speakerPronouns(toks, ms)
	return ms
}

// learnedCandidates lists the candidates of sentence s (ordinal si of the
// document), given the rules' claims of the same sentence.
func (x *ClaimExtractor) learnedCandidates(s sentence, field string, si int, ms []mention, ctx *docContext, rules []Claim) []Candidate {
	toks := s.toks
	if len(toks) < 4 || len(ms) == 0 || toks[len(toks)-1].text == "?" {
		return nil
	}
	covered, endsAt := mentionSpans(len(toks), ms)
	who, reported := attribution(toks, ms)
	var sentFeats []string
	if s.head {
		sentFeats = append(sentFeats, "s:head")
	}
	if field == "title" {
		sentFeats = append(sentFeats, "s:title")
	}
	if si < 2 {
		sentFeats = append(sentFeats, "s:lead")
	}
	if reported {
		sentFeats = append(sentFeats, "s:reported")
	}
	sentFeats = append(sentFeats, "s:rules="+bucket(len(rules), 0, 1, 2), "s:ms="+bucket(len(ms), 2, 3, 5, 8), "s:len="+bucket(len(toks), 10, 20, 35, 50))
	nveto := 0
	for _, t := range toks {
		if fallbackVetoWords[t.low] && nveto < 3 {
			sentFeats = append(sentFeats, "s:veto:"+t.low)
			nveto++
		}
	}
	var out []Candidate
	for k := range toks {
		if covered[k] || toks[k].kind != tokWord {
			continue
		}
		tgs := x.lx.triggerAt(toks, k, endsAt[k])
		if tg, ok := fallbackExtraVerbs[toks[k].low]; ok {
			tgs = append(tgs, tg)
		}
		for _, tg := range tgs {
			if tg.form == formModal {
				continue
			}
			for _, ko := range kindsOf(tg) {
				kind, authActs := ko.kind, ko.auth
				for _, rd := range x.readCandidates(toks, ms, k, tg, kind, authActs, ctx) {
					c, f := rd.c, rd.f
					if ko.alt {
						// another writer's kind for the same act ("charged X" a
						// probe, not a penalty)
						f = append(f, "alt", "alt:"+tg.lemma+"|"+kind, "alt:"+firstNonEmpty(tg.authKind, tg.firmKind)+">"+kind)
					}
					if c.Targets = uncovered(rules, c); len(c.Targets) == 0 {
						continue
					}
					c.Field = field
					if field == "text" {
						c.Field = ""
					}
					c.Sentence, c.Start, c.End, c.Attribution = s.text, s.start, s.end, who
					c.Certainty = Asserted
					if reported {
						c.Certainty = Reported
					}
					if hedgeBefore(toks, k) {
						c.Certainty = Hedged
						f = append(f, "hedge")
					}
					c.Rule = "learned/" + kind
					f = append(f, ruleFeatures(rules, c, tg.lemma)...)
					f = uniqFeatures(append(f, sentFeats...))
					out = append(out, Candidate{Claim: c, Features: f, sent: si, k: k, head: s.head, trace: -1})
				}
			}
		}
	}
	return out
}

type reading struct {
	c Claim
	f []string
}

// readCandidates reads a trigger as kind with each plausible actor and
// party: the nearest fitting mention on each side, the second nearest, the
// clause's subject.
func (x *ClaimExtractor) readCandidates(toks []token, ms []mention, k int, tg trigger, kind string, authActs bool, ctx *docContext) []reading {
	passive := tg.form != formNoun && passiveAux(toks, k, tg) >= 0
	actorFits := func(m mention) bool {
		if authActs {
			return isAuthMention(m)
		}
		return isFirmMention(m) || m.class == mName && !isModelCode(m)
	}
	targetFits := func(m mention) bool {
		if kind == KindResponse {
			return isAuthMention(m)
		}
		return isTargetMention(m) || m.class == mName && !isModelCode(m)
	}
	var out []reading
	seen := map[[2]int]bool{}
	try := func(a, t int, how string) {
		if a < 0 || seen[[2]int{a, t}] {
			return
		}
		seen[[2]int{a, t}] = true
		if c, f, ok := x.readCandidate(toks, ms, k, tg, kind, authActs, ctx, a, t, how); ok {
			out = append(out, reading{c, f})
		}
	}
	if passive {
		if ag := agentAfter(toks, ms, k); len(ag) > 0 && actorFits(ms[ag[0]]) {
			t := nearestBefore(ms, k, targetFits)
			try(ag[0], t, "pass")
			if t >= 0 {
				try(ag[0], nearestBefore(ms, ms[t].i, targetFits), "pass2")
			}
		}
	}
	a := nearestBefore(ms, k, actorFits)
	t := nearestAfter(ms, k, targetFits)
	try(a, t, "act")
	if t >= 0 {
		try(a, nearestAfterSkip(ms, k, ms[t].j, targetFits), "act-t2")
	}
	if a >= 0 {
		try(nearestBefore(ms, ms[a].i, actorFits), t, "act-a2")
	}
	if s := fallbackSubject(toks, ms, k); s >= 0 && actorFits(ms[s]) {
		try(s, t, "subj")
	}
	// the party before the trigger too ("X's acquisition by Y", "X, which
	// the regulator fined")
	if a >= 0 {
		if tb := nearestBefore(ms, ms[a].i, targetFits); tb >= 0 {
			try(a, tb, "act-tb")
		}
	}
	if tg.form == formNoun {
		// "a probe by the regulator into X"
		if ag := agentAfter(toks, ms, k); len(ag) > 0 && actorFits(ms[ag[0]]) {
			try(ag[0], nearestAfterSkip(ms, k, ms[ag[0]].j, targetFits), "noun-by")
			try(ag[0], nearestBefore(ms, k, targetFits), "noun-by-tb")
		}
	}
	// an actor after the trigger ("... was approved on Monday, the regulator said")
	if a < 0 {
		if aa := nearestAfter(ms, k, actorFits); aa >= 0 {
			try(aa, nearestBefore(ms, k, targetFits), "actor-after")
		}
	}
	return out
}

// readCandidate builds the claim of actor mention a and party mention t
// (-1: a response's authority from the context) and its features; false
// when an ingredient is missing.
func (x *ClaimExtractor) readCandidate(toks []token, ms []mention, k int, tg trigger, kind string, authActs bool, ctx *docContext, a, t int, how string) (Claim, []string, bool) {
	targetFits := func(m mention) bool {
		if kind == KindResponse {
			return isAuthMention(m)
		}
		return isTargetMention(m) || m.class == mName && !isModelCode(m)
	}
	var actor Entity
	if authActs {
		actor = authOf(ms[a])
	} else {
		actor = firmOf(ms[a])
	}
	var targets []Entity
	tsrc := "mention"
	switch {
	case t >= 0 && kind == KindResponse:
		targets = []Entity{authOf(ms[t])}
	case t >= 0:
		for _, i := range listFrom(toks, ms, t) {
			if targetFits(ms[i]) {
				targets = append(targets, firmOf(ms[i]))
			}
		}
	case kind == KindResponse && ctx != nil:
		targets = ctx.authsActingOn([]Entity{actor})
		if len(targets) > 1 {
			targets = targets[:1]
		}
		tsrc = "context"
	}
	var kept []Entity
	for _, e := range targets {
		if !sameParty(e, actor) {
			kept = append(kept, e)
		}
	}
	if len(kept) == 0 {
		return Claim{}, nil, false
	}
	c := Claim{Kind: kind, Actor: actor, Targets: kept, Action: tg.lemma, Prohibition: tg.prohibition, Confidence: 0}
	if kind == KindResponse {
		c.Stance = tg.stance
	}
	f := make([]string, 0, 48)
	f = append(f, "k:"+kind, "lem:"+tg.lemma+"|"+kind, "form:"+formName(tg.form)+"|"+kind, "how:"+how+"|"+kind, "tsrc:"+tsrc+"|"+kind, "lemhow:"+tg.lemma+"|"+how)
	am := ms[a]
	f = append(f, "a:"+mentionShape(am), "a:"+mentionShape(am)+"|"+kind, "atype:"+actor.Type+"|"+kind)
	if am.poss {
		f = append(f, "a:poss")
	}
	da := k - am.j
	if am.i > k {
		da = am.i - k
	}
	f = append(f, "da:"+bucket(da, 0, 1, 2, 4, 8, 12), "da:"+bucket(da, 0, 1, 2, 4, 8, 12)+"|"+how)
	f = appendBetween(f, "ba:", toks, min(am.j, k+1), max(am.i, k))
	if t >= 0 {
		tm := ms[t]
		f = append(f, "t:"+mentionShape(tm), "t:"+mentionShape(tm)+"|"+kind, "at:"+mentionShape(am)+"|"+mentionShape(tm)+"|"+kind)
		if tm.poss {
			f = append(f, "t:poss")
		}
		dt := tm.i - k
		if tm.j <= k {
			dt = k - tm.j
		}
		f = append(f, "dt:"+bucket(dt, 0, 1, 2, 4, 8, 12), "dt:"+bucket(dt, 0, 1, 2, 4, 8, 12)+"|"+how)
		lo, hi := k+1, tm.i
		if tm.j <= k {
			lo, hi = tm.j, k
		}
		f = appendBetween(f, "bt:", toks, lo, hi)
		if tm.i > 0 {
			f = append(f, "tprev:"+toks[tm.i-1].low)
		}
		if fallbackSkipBefore[prevWord(toks, tm.i)] {
			f = append(f, "t:skipped")
		}
		if personsBetween(toks, min(k+1, tm.j), max(k, tm.i)) {
			f = append(f, "t:persons")
		}
	}
	if len(kept) > 1 {
		f = append(f, "tlist")
	}
	if ctx != nil {
		f = append(f, docFeatures(ctx.claims, actor, kept, kind)...)
	}
	f = append(f, "prev:"+prevWord(toks, k), "next:"+nextWord(toks, k), "w:"+toks[k].low+"|"+kind)
	if negatedAt(toks, k) {
		f = append(f, "neg")
	}
	if requestedOnly(toks, k) {
		f = append(f, "requested")
	}
	if inConditional(toks, k) {
		f = append(f, "cond")
	}
	if inWhetherClause(toks, k) {
		f = append(f, "whether")
	}
	if modalBefore(toks, k) {
		f = append(f, "modal")
	}
	if s := fallbackSubject(toks, ms, k); s >= 0 && s == a {
		f = append(f, "subj")
	}
	if why := notTheActorsAct(toks, ms, k, tg); why != "" {
		f = append(f, "notactor")
	}
	if why := vetoClaim(toks, k, c); why != "" {
		f = append(f, "veto")
	}
	return c, f, true
}

func nearestBefore(ms []mention, k int, fits func(mention) bool) int {
	for n := len(ms) - 1; n >= 0; n-- {
		if ms[n].j <= k && k-ms[n].j <= learnedWindow && fits(ms[n]) {
			return n
		}
	}
	return -1
}

func nearestAfter(ms []mention, k int, fits func(mention) bool) int {
	return nearestAfterSkip(ms, k, k+1, fits)
}

// nearestAfterSkip: the first fitting mention starting at from or later.
func nearestAfterSkip(ms []mention, k, from int, fits func(mention) bool) int {
	for n := range ms {
		if ms[n].i >= from && ms[n].i > k && ms[n].i-k <= learnedWindow && fits(ms[n]) {
			return n
		}
	}
	return -1
}

// appendBetween adds the lower-case words between a and b (at most six,
// nearest the trigger first is not needed: they are a bag) and the clause
// breaks among them.
func appendBetween(f []string, p string, toks []token, a, b int) []string {
	n := 0
	for q := a; q < b && q < len(toks); q++ {
		t := toks[q]
		if t.kind == tokPunct {
			if t.text == "," || t.text == ";" || t.text == "(" || t.text == ":" {
				f = append(f, p+"punct"+t.text)
			}
			continue
		}
		if fallbackClauseBreaks[t.low] || t.low == "that" || t.low == "and" {
			f = append(f, p+"brk:"+t.low)
		}
		if t.upper || t.kind != tokWord {
			continue
		}
		if n < 6 {
			f = append(f, p+t.low)
			n++
		}
	}
	if b-a > 6 {
		f = append(f, p+"long")
	}
	return f
}

func prevWord(toks []token, k int) string {
	if k == 0 {
		return "^"
	}
	return toks[k-1].low
}

func nextWord(toks []token, k int) string {
	if k+1 >= len(toks) {
		return "$"
	}
	return toks[k+1].low
}

// mentionShape: what a mention is and how it was typed.
func mentionShape(m mention) string {
	s := m.classString() + "/" + m.src
	if m.ref {
		s += "/ref"
	}
	return s
}

func formName(f verbForm) string {
	switch f {
	case formBase:
		return "base"
	case formPast:
		return "past"
	case formIng:
		return "ing"
	case formNoun:
		return "noun"
	}
	return "other"
}

// bucket names the interval of bounds n falls in: "<=b" or ">last".
func bucket(n int, bounds ...int) string {
	for _, b := range bounds {
		if n <= b {
			return "<=" + strconv.Itoa(b)
		}
	}
	return ">" + strconv.Itoa(bounds[len(bounds)-1])
}

// sameParty: two entities name the same party (names, not empty ones).
func sameParty(a, b Entity) bool {
	return a.Canonical != "" && strings.EqualFold(a.Canonical, b.Canonical) || a.Name != "" && strings.EqualFold(a.Name, b.Name)
}

// uncovered: c's parties no rule claim of the sentence already ties to
// c's actor in c's kind.
func uncovered(rules []Claim, c Claim) []Entity {
	var out []Entity
	for _, t := range c.Targets {
		if !ruleCovers(rules, Claim{Kind: c.Kind, Actor: c.Actor, Targets: []Entity{t}}) {
			out = append(out, t)
		}
	}
	return out
}

// ruleCovers: a rule claim of the sentence already ties c's actor to one
// of its parties in c's kind.
func ruleCovers(rules []Claim, c Claim) bool {
	for _, r := range rules {
		if r.Kind != c.Kind || !sameParty(r.Actor, c.Actor) {
			continue
		}
		for _, t := range c.Targets {
			for _, rt := range r.Targets {
				if sameParty(t, rt) {
					return true
				}
			}
		}
	}
	return false
}

// uniqFeatures drops repeated features: a feature counts once.
func uniqFeatures(f []string) []string {
	out := f[:0]
	for i, x := range f {
		dup := false
		for _, y := range f[:i] {
			if x == y {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, x)
		}
	}
	return out
}

type kindOption struct {
	kind      string
	auth, alt bool
}

var authKinds = []string{KindMandate, KindPenalty, KindProbe, KindApproval}

// kindsOf: the kinds a trigger is read as: its lexicon kinds, then the
// other authority kinds for an authority's act.
func kindsOf(tg trigger) []kindOption {
	var out []kindOption
	if tg.authKind != "" {
		out = append(out, kindOption{kind: tg.authKind, auth: true})
	}
	if tg.firmKind != "" {
		out = append(out, kindOption{kind: tg.firmKind})
	}
	if tg.authKind != "" {
		for _, k := range authKinds {
			if k != tg.authKind {
				out = append(out, kindOption{kind: k, auth: true, alt: true})
			}
		}
	}
	return out
}

// docFeatures: whether the article's claims so far already have the actor
// acting, the party acted on, or the pair tied in another kind: a missed
// claim between parties the article is about is likelier than one between
// bystanders.
func docFeatures(claims []Claim, actor Entity, targets []Entity, kind string) []string {
	acted, targeted, pair, same := false, false, false, false
	for _, c := range claims {
		a := sameParty(c.Actor, actor)
		acted = acted || a
		for _, t := range c.Targets {
			for _, u := range targets {
				if sameParty(t, u) {
					targeted = true
					if a {
						pair = true
						same = same || c.Kind == kind
					}
				}
			}
		}
	}
	var f []string
	if acted {
		f = append(f, "doc:acted|"+kind)
	}
	if targeted {
		f = append(f, "doc:targeted|"+kind)
	}
	if pair {
		f = append(f, "doc:pair|"+kind)
	}
	if same {
		f = append(f, "doc:samekind")
	}
	if len(claims) == 0 {
		f = append(f, "doc:none")
	}
	return f
}

// ruleFeatures: how the rules' claims of the sentence relate to c: the
// same kind, the same trigger read already (c is a competing reading), the
// same actor or party in another claim.
func ruleFeatures(rules []Claim, c Claim, lemma string) []string {
	var f []string
	kind, trig, actor, party := false, false, false, false
	for _, r := range rules {
		kind = kind || r.Kind == c.Kind
		trig = trig || r.Action == lemma
		actor = actor || sameParty(r.Actor, c.Actor)
		for _, t := range r.Targets {
			for _, u := range c.Targets {
				party = party || sameParty(t, u)
			}
		}
	}
	if kind {
		f = append(f, "rulekind")
	}
	if trig {
		f = append(f, "ruletrig", "ruletrig|"+c.Kind)
	}
	if actor {
		f = append(f, "ruleactor|"+c.Kind)
	}
	if party {
		f = append(f, "ruleparty|"+c.Kind)
	}
	return f
}
