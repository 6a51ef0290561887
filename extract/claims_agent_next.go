package extract

import "strings"

// An act told without its agent often names the authority only in the
// sentence after it: "A Darlington coach firm has had its licence revoked.
// The Traffic Commissioner took the decision after ...", or a clipped
// headline "Zorvex fined $2m over leaks" over a body that opens "The
// Ministry of Transport said ...". Reporters lead with the firm and the
// act and name the actor second, so an agentless passive about a named
// firm waits one sentence for an authority that opens the next.

// whyNoActor is build's reason when nothing in reach can act; an agentless
// passive dropped for it may still find its authority in the next sentence.
const whyNoActor = "no actor fits the trigger"

// waitsForAgent: the dropped trigger at k is a passive act on a firm (with
// or without an auxiliary: "was fined", "has had its licence revoked", a
// headline's "X fined"), which the next sentence's authority may own.
func waitsForAgent(s sentence, ms []mention, k int, tg trigger) bool {
	if tg.authKind == "" {
		return false
	}
	toks := s.toks
	aux := passiveAux(toks, k, tg)
	if aux < 0 && s.head && tg.form == formPast && headlinePassive(toks, ms, k) {
		aux = k
	}
	return aux >= 0 && explicitPassiveSubject(toks, ms, aux)
}

// agentNamedNext builds the waiting acts of the previous sentence when the
// sentence just read opens with an authority (its subject: within its
// first words) that it named for the first time since.
func (x *ClaimExtractor) agentNamedNext(next sentence, pend []headAnswer, authsBefore int, ctx *docContext) []Claim {
	if len(pend) == 0 || len(ctx.auths) <= authsBefore || !opensWith(next, ctx.auths[authsBefore]) {
		return nil
	}
	var out []Claim
	for _, h := range pend {
		cs, _ := x.build(h.s, h.ms, h.k, h.tg, ctx, nil)
		for _, c := range cs {
			if c.Kind == KindResponse || c.Kind == KindAction || !sameEntity(c.Actor, ctx.auths[authsBefore]) {
				continue
			}
			c, emptied := trimNonParties(c)
			if emptied || vetoClaim(h.s.toks, h.k, c) != "" || vetoUnperformed(h.s.toks, h.k, c) != "" {
				continue
			}
			c.Sentence, c.Start, c.End = h.s.text, h.s.start, h.s.end
			c.Rule = strings.TrimSuffix(c.Rule, "-context") + "-agent-next"
			c.Certainty = Asserted
			if hedgeBefore(h.s.toks, h.k) {
				c.Certainty = Hedged
			}
			out = append(out, c)
		}
	}
	return out
}

// opensWith: the authority is named among the sentence's first words,
// before any verb could make it an object ("The Traffic Commissioner took
// the decision", "On Monday, Poland's Civil Aviation Authority said").
func opensWith(s sentence, a Entity) bool {
	n := min(len(s.toks), 9)
	var b strings.Builder
	for _, t := range s.toks[:n] {
		b.WriteString(t.low)
		b.WriteByte(' ')
	}
	head := b.String()
	for _, name := range []string{a.Name, a.Canonical} {
		if name == "" {
			continue
		}
		first := strings.ToLower(strings.Fields(name)[0])
		if strings.Contains(head, first+" ") {
			return true
		}
	}
	return false
}

// speakingAuthority: an authority after k that says or confirms the
// sentence ("..., the FTC said", "..., according to the ministry"): an act
// told without its agent, in the words of the authority, is its own.
func speakingAuthority(toks []token, ms []mention, k int) *Entity {
	for n, m := range ms {
		if a := closingAuthorityPronoun(toks, ms, n, k); a != nil {
			return a // "X is not under investigation, it added": the authority telling it
		}
		if m.i <= k || m.class != mAuth {
			continue
		}
		if m.j < len(toks) && attributionVerbs[toks[m.j].low] || m.i >= 2 && toks[m.i-2].low == "according" || m.i >= 3 && toks[m.i-3].low == "according" && toks[m.i-1].low == "the" {
			e := m.ent
			return &e
		}
	}
	return nil
}
