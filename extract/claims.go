package extract

import (
	"strings"
)

// ClaimExtractor finds claims with a given catalogue. It is immutable and
// safe for concurrent use.
type ClaimExtractor struct {
	cat     *Catalog
	lx      *lexicon
	learned *LearnedModel // the learned stage (learned.go); nil: rules only
}

// NewClaimExtractor returns an extractor using cat (DefaultCatalog when nil).
func NewClaimExtractor(cat *Catalog) *ClaimExtractor {
	if cat == nil {
		cat = DefaultCatalog()
	}
	return &ClaimExtractor{cat: cat, lx: defaultLexicon, learned: learnedDefault()}
}

// Claims extracts the claims of a document with the built-in catalogue.
func Claims(doc Document) []Claim {
	return NewClaimExtractor(nil).Claims(doc)
}

// Claims extracts the claims of doc's text, then of its title.
func (x *ClaimExtractor) Claims(doc Document) []Claim {
	claims, _ := x.run(doc, false, nil)
	return claims
}

// Explain returns, per sentence, what the extractor saw and decided.
func (x *ClaimExtractor) Explain(doc Document) []SentenceTrace {
	_, tr := x.run(doc, true, nil)
	return tr
}

// run reads doc; with a model set or cands given, the learned stage's
// candidates are gathered too (into cands, unscored, when given).
func (x *ClaimExtractor) run(doc Document, trace bool, cands *[]Candidate) ([]Claim, []SentenceTrace) {
	learning := cands != nil || x.learned != nil
	var lc []Candidate
	var out []Claim
	var traces []SentenceTrace
	var headline []bool // out[i] came from a headline
	var traceOf []int   // out[i]'s trace index, when tracing
	ctx := &docContext{}
	seen := map[string]bool{}
	firstAt := map[string]int{} // where a claim was first kept
	var headLater []headAnswer  // a first-line headline's answers waiting for the body
	do := func(field, text string, ctx *docContext) {
		if strings.TrimSpace(text) == "" {
			return
		}
		toks := tokenize(text)
		markLowerBrands(toks)
		markAppositiveBrands(toks)
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
			s.head = isHead
			if isHead && field == "text" && si == 0 {
				s.later = &headLater
			}
			pend, authsBefore := ctx.agentless, len(ctx.auths)
			ctx.agentless = nil
			var before docContext
			if learning {
				before = *ctx
			}
			cs := x.sentenceClaims(s, field, ctx, tr)
			cs = dropUnrealParties(s.toks, cs)
			// an act the previous sentence told without its agent, owned by
			// the authority this one opens with
			cs = append(cs, x.agentNamedNext(s, pend, authsBefore, ctx)...)
			if learning {
				lc = append(lc, x.collectCandidates(s, field, si, before, ctx, cs, len(traces)-1)...)
			}
			for _, c := range cs {
				if c.Kind == kindUpheld {
					continue
				}
				key := claimKey(c)
				if at, ok := firstAt[key]; ok && headline[at] && !isHead {
					// a headline told first: the body's fuller telling says how
					// sure the report is ("Prosecutors raid X" ... "according to
					// legal sources")
					out[at].Certainty, out[at].Attribution = c.Certainty, c.Attribution
					// told again in the body, it is a body claim: a narrower body
					// claim ("A faces the largest penalty") must not make it give
					// way, or its other firms are lost
					headline[at] = false
					delete(firstAt, key)
				}
				if seen[key] {
					if tr != nil {
						tr.Dropped = append(tr.Dropped, DroppedCandidate{Kind: c.Kind, Trigger: c.Action, Reason: "repeats a claim already found"})
					}
					continue
				}
				seen[key] = true
				firstAt[key] = len(out)
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
	for _, h := range headLater {
		// the headline's answer, now that the body has told the act it answers
		cs, _ := x.build(h.s, h.ms, h.k, h.tg, ctx, nil)
		for _, c := range cs {
			if c.Kind != KindResponse || seen[claimKey(c)] {
				continue
			}
			c.Sentence, c.Start, c.End, c.Rule = h.s.text, h.s.start, h.s.end, c.Rule+"-headline"
			c.Certainty = Asserted
			if hedgeBefore(h.s.toks, h.k) {
				c.Certainty = Hedged
			}
			seen[claimKey(c)] = true
			out = append(out, c)
			headline = append(headline, true)
			traceOf = append(traceOf, -1)
		}
	}
	// the title reads its names afresh, but its answers find the acts the
	// body told ("Meta to appeal Nigerian fine" over the body's fine)
	do("title", doc.Title, &docContext{midCaps: ctx.midCaps, firmy: ctx.firmy, claims: ctx.claims})
	// a headline restates the body: drop its claims that a body claim covers,
	// so the body's fuller actor and certainty stand
	kept := out[:0]
	for i, c := range out {
		if countedClassCovered(c, out) {
			if trace && traceOf[i] >= 0 {
				traces[traceOf[i]].Dropped = append(traces[traceOf[i]].Dropped, DroppedCandidate{Kind: c.Kind, Trigger: c.Action, Reason: "a counted class whose members the article names"})
			}
			continue
		}
		if headline[i] && coveredByBody(c, out, headline) {
			if trace && traceOf[i] >= 0 {
				traces[traceOf[i]].Dropped = append(traces[traceOf[i]].Dropped, DroppedCandidate{Kind: c.Kind, Trigger: c.Action, Reason: "headline restating a claim of the body"})
			}
			continue
		}
		kept = append(kept, c)
	}
	if cands != nil {
		*cands = lc
	} else if x.learned != nil {
		rescored, dropped := rescoreRules(kept, x.learned)
		add, verdicts := selectLearned(rescored, lc, x.learned)
		if trace {
			traceLearned(traces, append(dropped, verdicts...), x.learned)
		}
		kept = append(rescored, add...)
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
		if !strings.EqualFold(b.Actor.Canonical, h.Actor.Canonical) && (h.Actor.Country == "" || h.Actor.Country != b.Actor.Country) && !countryNamedWith(h.Actor, b) && !unplacedAuthorities(h.Actor, b.Actor) {
			continue
		}
		if sectorOnly(h) && classToldIn(h, b.Sentence) {
			return true // "Rwanda tells mobile money firms to ..." over the body's named firms
		}
		for _, ht := range h.Targets {
			if ht.Type == TypeSector {
				continue
			}
			if sameEntityAny(ht, b.Targets) || looselySame(ht, b.Targets) {
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
	// a described authority resolved to a named one ("CADE, Brazil's
	// antitrust regulator") is that authority: one claim, not two
	if c.Actor.Canonical != "" && c.Actor.Type != TypeFirm {
		b.WriteString(strings.ToLower(c.Actor.Canonical))
	} else {
		b.WriteString(strings.ToLower(c.Actor.Canonical + "/" + c.Actor.Name))
	}
	for _, t := range c.Targets {
		b.WriteByte('|')
		b.WriteString(strings.ToLower(t.Canonical + "/" + t.Name))
	}
	if c.Negated {
		b.WriteString("|neg")
	}
	return b.String()
}

var urgeWords = toSet(`urged urges urge asked asks ask called calls pressed presses petitioned lobbied wants want wanted
 pushing pushed pressuring pressured encouraged encourage encourages get got getting persuade persuaded`)

var beForms = toSet(`was were been be is are being get got gets getting has have had`)

// headAnswer is a response trigger of a headline kept until the body is read.
type headAnswer struct {
	s  sentence
	ms []mention
	k  int
	tg trigger
}
