package extract

// A firm's department speaking for it ("X's Global Government Affairs
// team said it had removed the content", "Y's Regulatory Affairs
// department said"): the department's capitalized name is no firm of its
// own, and the firm before it is the speaker.

// deptNouns head a part of a firm that speaks for it.
var deptNouns = toSet(`team department division desk office unit`)

// departmentOf: mention q is a capitalized name that a department noun
// follows, right after a firm's possessive ("X's Legal Affairs team").
func departmentOf(toks []token, ms []mention, q int) bool {
	m, o := ms[q], ms[q-1]
	return m.class == mName && m.j < len(toks) && deptNouns[toks[m.j].low] && o.poss && o.j == m.i && (o.firmOrName() || o.class == mOther && o.src == "name")
}

// deptAhead: the capitalized words from i on end in a department noun
// before b ("Global Government Affairs team").
func deptAhead(toks []token, i, b int) bool {
	for q := i; q < b; q++ {
		if deptNouns[toks[q].low] {
			return true
		}
		if !toks[q].upper || toks[q].kind != tokWord {
			return false
		}
	}
	return false
}

// ownerNounsOfUnit name a firm by what it owns ("Dala Credit's parent").
var ownerNounsOfUnit = toSet(`parent owner shareholder holding`)

// unitOfParent: one of actors stands in apposition to "X's parent" ("Dala
// Credit's parent, Tengri Capital Group, said it disagreed"): the unit X
// is the firm acted on, whose parent answers for it; nil otherwise.
func unitOfParent(toks []token, ms []mention, actors []Entity) *Entity {
	for q, m := range ms {
		if q == 0 || !m.firmOrName() || m.poss || m.i < 3 || toks[m.i-1].text != "," || !ownerNounsOfUnit[toks[m.i-2].low] || !sameEntityAny(asFirm(m), actors) {
			continue
		}
		if o := ms[q-1]; o.poss && (o.firmOrName() || o.class == mOther && o.src == "name") && o.j == m.i-2 {
			f := asFirm(o)
			return &f
		}
	}
	return nil
}

// afterObjectless may follow a verb whose object stood before it.
var afterObjectless = toSet(`through within before after soon fully quickly promptly in by`)

// answerBeforeRelative: the verb at k has no object of its own and an
// authority's act stands just before the clause it ends ("a condition the
// bank said it would meet", "the demands, which the company said it would
// fulfil"): the act is what is met.
func answerBeforeRelative(toks []token, k int) bool {
	if k+1 < len(toks) && toks[k+1].kind == tokWord && !toks[k+1].upper && !prepositions[toks[k+1].low] && !afterObjectless[toks[k+1].low] {
		return false // "would meet the regulators": an object of its own
	}
	for q := k - 1; q >= 0 && q >= k-9; q-- {
		if answerWords[toks[q].low] {
			return q+1 < k && (toks[q+1].low == "the" || toks[q+1].low == "which" || toks[q+1].low == "that" || toks[q+1].text == ",")
		}
	}
	return false
}

// metPeople: what is met is people ("would meet regulators next week",
// "met the regulator's officials"), not a demand or a deadline.
func metPeople(obj []token) bool {
	for i := 0; i < len(obj) && i < 3; i++ {
		switch obj[i].low {
		case "regulators", "regulator", "officials", "investors", "ministers", "lawmakers":
			return i+1 >= len(obj) || obj[i+1].low != "'s"
		case "the", "with", "its", "their":
			continue
		}
		return false
	}
	return false
}

// reviewNouns name a second look a firm asks for.
var reviewNouns = toSet(`review reconsideration reassessment rehearing`)

// reviewerAt: the authority at i is the one asked to review ("seek a
// review of the decision by the Australian Competition Tribunal"), not the
// author of the decision.
func reviewerAt(toks []token, i int) bool {
	p := i - 1
	if p >= 0 && (toks[p].low == "the" || toks[p].low == "a") {
		p--
	}
	if p < 1 || toks[p].low != "by" {
		return false
	}
	for q := p - 1; q >= 0 && q >= p-5; q-- {
		if reviewNouns[toks[q].low] && (q+1 < len(toks) && toks[q+1].low == "of" || q > 0 && (toks[q-1].low == "a" || toks[q-1].low == "for" || toks[q-1].low == "judicial")) {
			return true // (a noun: "a review of the decision by", not "would review ... by")
		}
	}
	return false
}

// reliefNouns are what a court is asked for against an authority's act.
var reliefNouns = toSet(`stay injunction relief order protection interim suspension restraining protective`)

// reliefFrom: the court at m is asked for relief ("sought a stay order
// from the High Court"), the venue of the challenge, not its target.
func reliefFrom(toks []token, m mention) bool {
	if m.ent.Type != TypeCourt {
		return false
	}
	p := m.i - 1
	if p >= 0 && (toks[p].low == "the" || toks[p].low == "a") {
		p--
	}
	return p >= 1 && toks[p].low == "from" && setWithin(toks, max(0, p-4), 4, reliefNouns)
}

// changeNouns are what an order asks a firm to make.
var changeNouns = toSet(`changes change measures demands conditions adjustments requirements remedies corrections steps`)

// agreedToTheChanges: "agreed to the changes", "agreed to these measures"
// (not "agreed to the merger": a deal).
func agreedToTheChanges(toks []token, k int) bool {
	return k+3 < len(toks) && toks[k+1].low == "to" && (toks[k+2].low == "the" || toks[k+2].low == "these" || toks[k+2].low == "those" || toks[k+2].low == "all") && setWithin(toks, k+3, 2, changeNouns)
}

// agreedToDealTerms: "agreed to the merger terms", "agreed to the sale":
// a deal between firms, whatever "terms" suggests.
func agreedToDealTerms(toks []token, k int) bool {
	return k+2 < len(toks) && toks[k+1].low == "to" && wordWithin(toks, k+2, 3, "merger", "deal", "acquisition", "takeover", "sale", "purchase", "tie-up", "buyout", "combination")
}
