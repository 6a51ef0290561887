package extract

import "strings"

// A bill or law that requires or bans, with no authority named, is the
// actor of the mandate.

// lawSubjectVerbs bind firms when a law is their subject.
var lawSubjectVerbs = toSet(`require requires required ban bans banned prohibit prohibits prohibited forbid forbids oblige obliges obliged compel compels force forces`)

// lawSubjectMandate: "The Bill would require telecommunications service
// providers to store metadata", "The new law bans lenders from ...": with
// no authority named, the law itself is the actor of the mandate (hedged
// by the sentence's modal as any claim is).
func lawSubjectMandate(toks []token, ms []mention, sofar []Claim) ([]Claim, int) {
	if hasKindIn(sofar, KindMandate) {
		return nil, 0
	}
	// (the caller hedges the claim when a modal stands before the verb: a
	// bill that "would require" has not passed)
	for k := 2; k < len(toks); k++ {
		if toks[k].lex&lxLawVerb == 0 {
			continue
		}
		q := k - 1
		for q > 0 && (toks[q].low == "would" || toks[q].low == "will" || toks[q].low == "also" || toks[q].low == "could" || toks[q].low == "may" || toks[q].low == "further") {
			q--
		}
		if !lawNouns[toks[q].low] || toks[q].low == "order" || toks[q].low == "ruling" || toks[q].low == "decision" || toks[q].low == "judgment" || toks[q].low == "judgement" || toks[q].low == "verdict" {
			continue
		}
		start := q
		for start > 0 && toks[start-1].upper && toks[start-1].kind == tokWord && toks[start-1].low != "the" {
			start-- // "Data Retention Bill"
		}
		if start > 0 && toks[start-1].low != "the" && toks[start-1].low != "this" && toks[start-1].low != "new" && toks[start-1].low != "a" {
			if !(start == 0 || toks[start-1].kind == tokPunct) {
				continue
			}
		}
		var targets []Entity
		for n, m := range ms {
			if m.i > k && m.i <= k+3 && (m.class == mSector || m.class == mFirm || m.class == mName) {
				targets = entitiesOf(ms, listFrom(toks, ms, n), isFirmish, "firm")
				break
			}
		}
		if len(targets) == 0 {
			continue
		}
		name := span(toks, start, q+1)
		law := Entity{Name: name, Canonical: name, Type: TypeOther}
		prohibition := strings.HasPrefix(toks[k].low, "ban") || strings.HasPrefix(toks[k].low, "prohibit") || strings.HasPrefix(toks[k].low, "forbid")
		return []Claim{{Kind: KindMandate, Actor: law, Targets: targets, Action: toks[k].low, Prohibition: prohibition, Confidence: 0.55, Rule: "mandate/law-subject"}}, k
	}
	return nil, 0
}

// modalBefore: "would/could/may/might" right before the verb at k
// (through "also").
func modalBefore(toks []token, k int) bool {
	for q := k - 1; q >= 0 && q >= k-3; q-- {
		switch toks[q].low {
		case "would", "could", "may", "might":
			return true
		case "also", "further":
			continue
		}
		return false
	}
	return false
}
