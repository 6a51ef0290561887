package extract

import "strings"

// Deals told by their noun whose parties the trigger frames miss: a buyer
// named by a possessive the typing rules set aside or a reference ("the
// company's purchase of Y"), a seller named by its own possessive after
// "of" ("X's planned purchase of Y's Taiwan business"), "their merger"
// after the two firms, and "a tie-up between A and B" inside a question
// about its effects (the tie-up itself is planned, so hedged, not asked).
// Regulators clear or block such deals; the spec counts the deal itself as
// an action between the firms.

// boughtNouns: deal nouns with a buyer before and the bought after "of".
var boughtNouns = toSet(`acquisition takeover purchase buyout`)

// jointNouns: deal nouns whose parties are equals.
var jointNouns = toSet(`merger combination tie-up link-up alliance partnership venture`)

// namedDealActs returns the deal acts of a sentence that no claim in found
// already ties between the same firms, each with its noun's position.
func namedDealActs(toks []token, ms []mention, found []Claim) []fallbackClaim {
	var out []fallbackClaim
	for k, t := range toks {
		if t.lex&lxDealCue == 0 {
			continue
		}
		var c *Claim
		if boughtNouns[t.low] || t.low == "merger" {
			c = possessedDeal(toks, ms, k)
		}
		if c == nil && jointNouns[t.low] {
			if c = theirDeal(toks, ms, k); c == nil {
				c = dealBetween(toks, ms, k)
			}
		}
		if c == nil {
			continue
		}
		out = appendUntied(out, found, c, k)
	}
	return out
}

// dealSide: a firm, an unknown name, a one-word name set aside as a
// modifier, or a firm reference ("the company").
func dealSide(toks []token, m mention) bool {
	return m.firmOrName() || m.class == mOther && m.src == "name" && nameLen(&m) == 1 && !nonFirmWords[toks[m.i].low]
}

func dealEntity(m mention) Entity {
	if m.class == mFirm {
		return m.ent
	}
	return asFirm(mention{ent: m.ent, class: mName})
}

// possessedDeal: "Telkom's proposed R2.4bn purchase of fibre operator
// Octotel", "the company's purchase of Meadowbrook", "Foodbee's planned
// purchase of Ubang Eats' Taiwan business".
func possessedDeal(toks []token, ms []mention, k int) *Claim {
	if k+2 >= len(toks) || toks[k+1].low != "of" {
		return nil
	}
	owner := -1
	for i := len(ms) - 1; i >= 0; i-- {
		if ms[i].j > k {
			continue
		}
		end := ms[i].j
		if !ms[i].poss && end < len(toks) && toks[end].low == "'s" {
			end++ // a reference's possessive: "the company's purchase"
		} else if !ms[i].poss {
			break
		}
		if k-end <= 4 && dealSide(toks, ms[i]) && possModifiersOnly(toks, end, k) {
			owner = i
		}
		break
	}
	if owner < 0 {
		return nil
	}
	bought := -1
	for i := owner + 1; i < len(ms); i++ {
		m := ms[i]
		if m.i <= k+1 {
			continue
		}
		if m.i > k+9 {
			break
		}
		if e := pluralPossessor(toks, m); e != nil {
			// "of Ubang Eats' Taiwan business": the seller owns the part sold
			if a := dealEntity(ms[owner]); !sameEntity(a, *e) && onlyDescriptorsBetween(toks, ms, k+2, m.i) {
				return &Claim{Kind: KindAction, Actor: a, Targets: []Entity{*e}, Action: "acquire", Confidence: 0.5, Rule: "action/acquire-possessed"}
			}
			return nil
		}
		if !m.firmOrName() {
			if m.class == mPlace || m.class == mOther {
				continue // "of Durban network operator X"
			}
			break
		}
		if i+1 < len(ms) && !m.poss && describesNext(toks, m.j, ms[i+1].i) && dealSide(toks, ms[i+1]) {
			continue // "Cape Town fibre operator Octotel": the place describes
		}
		bought = i
		break
	}
	if bought < 0 || ownBefore(toks, ms[bought].i) {
		return nil
	}
	if !onlyDescriptorsBetween(toks, ms, k+2, ms[bought].i) {
		return nil
	}
	actor, target := dealEntity(ms[owner]), dealEntity(ms[bought])
	if sameEntity(actor, target) {
		return nil
	}
	action := "acquire"
	if toks[k].low == "merger" {
		action = "merge"
	}
	return &Claim{Kind: KindAction, Actor: actor, Targets: []Entity{target}, Action: action, Confidence: 0.55, Rule: "action/" + action + "-possessed"}
}

// theirDeal: "A and B ... their planned merger", "an appeal by A and B
// against the decision to block their combination": the firms listed
// together before "their" are the deal's parties.
func theirDeal(toks []token, ms []mention, k int) *Claim {
	p := -1
	for q := k - 1; q >= 0 && q >= k-4; q-- {
		if toks[q].low == "their" {
			p = q
			break
		}
		if toks[q].kind != tokWord || toks[q].upper {
			return nil
		}
	}
	if p < 0 {
		return nil
	}
	// the nearest list of two or more firms before "their"
	for i := len(ms) - 1; i >= 0; i-- {
		if ms[i].j > p || !dealSide(toks, ms[i]) {
			continue
		}
		return jointDealClaim(toks, ms, k, listLeft(toks, ms, i), false, "-their")
	}
	return nil
}

// dealBetween: "the proposed tie-up between Grab and Trans-cab".
func dealBetween(toks []token, ms []mention, k int) *Claim {
	if k+2 >= len(toks) || toks[k+1].low != "between" {
		return nil
	}
	for i := range ms {
		if ms[i].i < k+2 {
			continue
		}
		if ms[i].i > k+4 || !dealSide(toks, ms[i]) {
			return nil
		}
		return jointDealClaim(toks, ms, k, listFrom(toks, ms, i), true, "-between")
	}
	return nil
}

// onlyDescriptorsBetween: tokens from..to are descriptors, amounts, stakes
// or names that only describe ("of Durban network operator X").
func onlyDescriptorsBetween(toks []token, ms []mention, from, to int) bool {
	for q := from; q < to; q++ {
		w := toks[q]
		if w.kind == tokNum || w.text == "%" || w.text == "-" || w.low == "'s" || w.kind == tokWord && (!w.upper || strings.HasSuffix(w.low, "-based") || placeAdjective(w.low) || inMentionOf(ms, q, mPlace, mOther, mName)) {
			continue
		}
		return false
	}
	return true
}

// pluralPossessor: a name the typing rules glued to what it owns with a
// bare apostrophe ("Ubang Eats' Taiwan"), as the owner's entity.
func pluralPossessor(toks []token, m mention) *Entity {
	if m.class != mOther || m.ent.Name != "" {
		return nil
	}
	for q := m.i + 1; q < m.j; q++ {
		if toks[q].text == "'" || toks[q].text == "’" {
			n := span(toks, m.i, q)
			return &Entity{Name: n, Canonical: n, Type: TypeFirm}
		}
	}
	return nil
}

// jointDealClaim: the deal noun at k between the distinct deal sides among
// the mentions idx (references too when refs), one of them told as actor;
// nil with fewer than two sides. A merger or combination merges, any other
// deal noun partners.
func jointDealClaim(toks []token, ms []mention, k int, idx []int, refs bool, rule string) *Claim {
	var firms []Entity
	for _, j := range idx {
		if dealSide(toks, ms[j]) && (refs || !ms[j].ref) {
			if e := dealEntity(ms[j]); !sameEntityAny(e, firms) {
				firms = append(firms, e)
			}
		}
	}
	if len(firms) < 2 {
		return nil
	}
	action := "partner"
	if toks[k].low == "merger" || toks[k].low == "combination" {
		action = "merge"
	}
	return &Claim{Kind: KindAction, Actor: firms[0], Targets: firms[1:], Action: action, Confidence: 0.5, Rule: "action/" + action + rule}
}
