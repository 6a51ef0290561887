package extract

import (
	"slices"
	"sort"
	"strings"
)

// References the mention finder leaves unread: a counted group of firms
// named before ("the two banks", "both lenders", "the three operators")
// and an authority described as a body ("the antitrust body", "the
// regulatory body"). They resolve against the article so far.

// groupHeads are plural nouns a counted group of firms is called by.
var groupHeads = toSet(`banks lenders companies firms operators carriers retailers platforms insurers airlines telcos
 brokers exchanges makers producers rivals groups utilities miners chains developers manufacturers automakers
 carmakers chipmakers suppliers distributors marketers apps wallets fintechs startups start-ups businesses
 conglomerates refiners traders brokerages insurers networks providers`)

var groupCounts = map[string]int{"two": 2, "both": 2, "pair": 2, "three": 3, "four": 4, "five": 5}

// bodyModifiers make "the ... body" an authority rather than a trade group.
var bodyModifiers = toSet(`antitrust competition regulatory supervisory oversight disciplinary securities banking
 telecoms telecom telecommunications financial markets market privacy consumer aviation energy broadcasting
 media data audit tax customs health food drug pharmaceutical gaming gambling insurance`)

// extraReferences adds the mentions above where no mention covers the words.
func extraReferences(toks []token, ms []mention, ctx *docContext) []mention {
	var add []mention
	covered := func(a, b int) bool {
		for _, m := range ms {
			if m.i < b && a < m.j {
				return true
			}
		}
		return false
	}
	for k := 0; k+1 < len(toks); k++ {
		// "each must hold paid-up capital of ...", "each of them will pay":
		// every firm of the group just named
		if toks[k].low != "each" || covered(k, k+1) || k > 0 && (toks[k-1].low == "for" || toks[k-1].kind == tokNum) {
			continue
		}
		j := k + 1
		if j+1 < len(toks) && toks[j].low == "of" && (toks[j+1].low == "them" || toks[j+1].low == "the") {
			if toks[j+1].low == "the" {
				continue // "each of the banks": the class reader's business
			}
			j += 2
		}
		if j >= len(toks) || !eachVerbs[toks[j].low] {
			continue
		}
		if g := ctx.firmGroup(); len(g) >= 2 {
			add = append(add, mention{i: k, j: j, class: mPron, src: "ref", ref: true, plural: true, group: g})
		}
	}
	for k := 0; k+2 < len(toks); k++ {
		w := toks[k].low
		switch {
		case w == "both" && eachVerbs[toks[k+1].low] && bothOpensClause(toks, k) && !covered(k, k+1):
			// "Both must now ...", "..., and said both must stop": the pair just named
			if g := pairBefore(toks, ms, k, ctx); g != nil {
				add = append(add, mention{i: k, j: k + 1, class: mPron, src: "ref", ref: true, plural: true, group: g})
			}
		case (w == "all" || w == "the") && groupCounts[toks[k+1].low] > 0 && toks[k+1].low != "both" && eachVerbs[toks[k+2].low]:
			// "all three must ...", "the three have agreed": the group as subject
			if g := ctx.firmGroup(); len(g) == groupCounts[toks[k+1].low] && !covered(k, k+2) {
				add = append(add, mention{i: k, j: k + 2, class: mPron, src: "ref", ref: true, plural: true, group: g})
			}
		case w == "the" && groupCounts[toks[k+1].low] > 0 && toks[k+1].low != "both" || w == "both":
			// "the two banks", "both lenders", "the pair"
			n, h := groupCounts[toks[k+1].low], k+2
			if w == "both" {
				n, h = 2, k+1
			}
			if h >= len(toks) || !groupHeads[toks[h].low] || covered(k, h+1) {
				continue
			}
			if h+1 < len(toks) && (toks[h+1].low == "of" || toks[h+1].upper) {
				continue // "the two banks of the river", "the two operators Zain and Orange"
			}
			g := ctx.firmGroup()
			if len(g) != n {
				continue
			}
			add = append(add, mention{i: k, j: h + 1, class: mPron, src: "ref", ref: true, plural: true, group: g})
		case w == "the" && toks[k+2].low == "body" && bodyModifiers[toks[k+1].low] || w == "the" && k+3 < len(toks) && toks[k+3].low == "body" && bodyModifiers[toks[k+2].low] && bodyModifiers[toks[k+1].low]:
			// "the antitrust body", "the data protection body"
			j := k + 3
			if toks[k+2].low != "body" {
				j = k + 4
			}
			if covered(k, j) {
				continue
			}
			if a := ctx.lastAuth(""); a != nil {
				add = append(add, mention{i: k, j: j, class: mAuth, ent: *a, ref: true, src: "ref", head: "body"})
			}
		}
	}
	for k := 0; k+1 < len(toks); k++ {
		// "Her office is also examining ...", "his ministry ordered": the
		// body the official named before heads
		if w := toks[k].low; w != "her" && w != "his" || !officeHeads[toks[k+1].low] || covered(k, k+2) || k+2 < len(toks) && (toks[k+2].low == "of" || toks[k+2].upper) {
			continue
		}
		if a := ctx.lastAuth(""); a != nil {
			add = append(add, mention{i: k, j: k + 2, class: mAuth, ent: *a, ref: true, src: "ref", head: toks[k+1].low})
		}
	}
	for k := 0; k < len(toks); k++ {
		// "Commissioners also ordered ...", "the commissioners voted": the
		// members acting for the commission named before
		if toks[k].low != "commissioners" || k > 0 && toks[k-1].low != "the" || k+1 < len(toks) && (toks[k+1].low == "of" || toks[k+1].upper) {
			continue
		}
		a := ctx.lastAuthHead("commission")
		if a == nil || !strings.Contains(strings.ToLower(a.Name+" "+a.Canonical), "commission") {
			continue
		}
		i := k
		if k > 0 {
			i = k - 1
		}
		ref := mention{i: i, j: k + 1, class: mAuth, ent: *a, ref: true, src: "ref", head: "commission"}
		if n := slices.IndexFunc(ms, func(m mention) bool { return m.i == k && m.j == k+1 && m.class == mName }); n >= 0 {
			ms[n] = ref // the sentence-opening capital read it as a name
		} else if !covered(i, k+1) {
			add = append(add, ref)
		}
	}
	for k := 0; k+1 < len(toks); k++ {
		// "the office", "the board", "the inspectorate": an authority head the
		// reference reader leaves unread, resolved to the last authority
		// whose name or description has that head
		h := toks[k+1].low
		if toks[k].low != "the" || !authOnlyHeads[h] || covered(k, k+2) || k+2 < len(toks) && (toks[k+2].low == "of" || toks[k+2].upper) {
			continue
		}
		if f := ctx.firmWithHead(h); f != nil {
			// "A CEB spokesman said the board would comply": the Ceylon
			// Electricity Board, a firm so called, not the regulator
			if a := ctx.lastAuthHead(h); a == nil || !strings.Contains(strings.ToLower(a.Name+" "+a.Canonical), h) {
				add = append(add, mention{i: k, j: k + 2, class: mFirm, ent: *f, ref: true, src: "ref"})
				continue
			}
		}
		if a := ctx.lastAuthHead(h); a != nil && (strings.Contains(strings.ToLower(a.Name), h) || strings.Contains(strings.ToLower(a.Canonical), h) || a.Type == authHeads[h]) {
			add = append(add, mention{i: k, j: k + 2, class: mAuth, ent: *a, ref: true, src: "ref", head: h})
		}
	}
	for k := 0; k+1 < len(toks); k++ {
		// "censured life insurer Totara Life ... and said the company had
		// agreed": a description of a firm named earlier in the same sentence
		h := k + 1
		if h+1 < len(toks) && toks[h+1].low == "maker" && toks[h].kind == tokWord && !toks[h].upper {
			h++ // "the engine maker", "the tyre maker"
		}
		if toks[k].low != "the" || !sameSentenceHeads[toks[h].low] || covered(k, h+1) || h+1 < len(toks) && (toks[h+1].low == "of" || toks[h+1].upper) {
			continue
		}
		var last *mention
		for i := range ms {
			m := ms[i]
			if m.j <= k && (m.class == mFirm || m.class == mName && (nameLen(&m) >= 2 || h > k+1 && !modifierName(toks, m))) && !m.poss {
				// (a one-word name only for a described maker: "Cummins ... the
				// engine maker", not the brand in "Ram pickup engines")
				last = &ms[i]
			}
		}
		if last != nil {
			// (keeping the antecedent's class, so a later "it" still finds an unknown name)
			add = append(add, mention{i: k, j: h + 1, class: last.class, ent: asFirm(*last), ref: true, src: "ref"})
		}
	}
	if len(add) == 0 {
		return ms
	}
	out := append(append([]mention(nil), ms...), add...)
	sort.SliceStable(out, func(a, b int) bool { return out[a].i < out[b].i })
	return out
}

// sameSentenceHeads describe a firm named just before in the sentence.
var sameSentenceHeads = toSet(`company firm insurer lender bank operator carrier retailer platform group insurer airline maker`)

// authOnlyHeads are authority heads that "the ..." may stand for once an
// authority so called has been named.
var authOnlyHeads = toSet(`office board inspectorate ombudsman tribunal council superintendency prosecutor`)

// eachVerbs follow "each" used as a subject pronoun.
var eachVerbs = toSet(`must will would has have had is was shall should can could may need needs faces face paid pays agreed said says added`)

// officeHeads: the body an official runs, as "her office" or "his ministry".
var officeHeads = toSet(`office ministry department agency commission regulator watchdog administration bureau directorate`)
