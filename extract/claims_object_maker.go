package extract

// An authority's act often names the thing acted on and its maker, owner or
// operator in a reduced relative clause, not the firm itself: "approved a
// biosimilar version of the arthritis drug adalimumab made by X", "banned
// the sale of two brands of cooking oil produced by X", "reviewing the
// quality of audits carried out by X", "a rise in landing fees at Kotoka
// airport, which is operated by X". The spec maps a product to its owner,
// so the firm after "by" is the party. ownedThingOwner (claims_vocab.go)
// reads the short form right after the verb for the acts it steers; this
// is the last resort for an act that found no party at all, reaching
// through "of"/"in"/"at" phrases and one ", which is" clause. A person or
// a place after "by" ("a novel written by author X", "a road built by the
// city of Y") is no firm, so no claim.

// makerParticiples name the thing's maker, owner or operator when "by"
// follows ("carried out by" is read from "carried").
var makerParticiples = toSet(`made developed owned marketed produced manufactured built run operated managed held leased
 chartered used imported exported sold offered supplied distributed provided conducted performed designed installed
 constructed carried belonging`)

// makerObjectPreps may stand inside the object before its maker clause
// ("from" opens the conduct barred: "barred dealers from installing maps
// supplied by rival X" names no maker of the object).
var makerObjectPreps = toSet(`of in at on for into and`)

// objectMaker: the firms (a list) named as the maker of the object of the
// authority's act at k; nil when the object is no such phrase.
func objectMaker(toks []token, ms []mention, k int) []Entity {
	for q := k + 1; q+1 < len(toks) && q <= k+16; q++ {
		t := toks[q]
		if t.kind == tokPunct {
			if t.text == "," && q+3 < len(toks) && (toks[q+1].low == "which" || toks[q+1].low == "that") && beVerbs[toks[q+2].low] && makerParticiples[toks[q+3].low] {
				// "at Kotoka airport, which is operated by X": the clause's head before the comma
				return makerAfter(toks, ms, q+3, q-1)
			}
			if t.text != "-" && t.text != "'s" && t.text != "%" && t.text != "$" {
				return nil
			}
			continue
		}
		if makerParticiples[t.low] && q > k+1 {
			if e := makerAfter(toks, ms, q, q-1); e != nil {
				return e
			}
			continue // "a locally made copy of ...": an adjective, read on
		}
		if objectStops[t.low] && !makerObjectPreps[t.low] || verbCue[t.low] && t.low != "and" || clauseVerbs[t.low] || dealNouns[t.low] || t.low == "stake" || t.low == "stakes" {
			// (a deal's own parties are read by dealTargets: "approved the
			// purchase of a stake held by X in Y" approves no seller)
			return nil
		}
	}
	return nil
}

// beVerbs open a passive relative clause ("which is run by").
var beVerbs = toSet(`is are was were`)

// makerAfter: the firms after the participle at p ("made by X", "carried
// out by X", "belonging to X") when the word at head is a thing, not a
// firm or a person ("a company owned by", "executives employed by").
func makerAfter(toks []token, ms []mention, p, head int) []Entity {
	h := toks[head]
	if h.kind != tokWord || h.upper || firmHeads[h.low] || personNouns[h.low] {
		return nil
	}
	prep := "by"
	if toks[p].low == "belonging" {
		prep = "to"
	}
	b := p + 1
	if toks[p].low == "carried" {
		if b >= len(toks) || toks[b].low != "out" {
			return nil
		}
		b++
	}
	if b >= len(toks) || toks[b].low != prep {
		return nil
	}
	for n := range ms {
		m := ms[n]
		if m.i <= b {
			continue
		}
		if m.i > b+4 || !allDescribe(toks, b+1, m.i) {
			return nil
		}
		if !m.firmOrName() && !(m.class == mOther && m.src == "name" && isAcronym(m.ent.Name)) {
			return nil // a person, a place or an authority ("licences issued by the ministry")
		}
		return entitiesOf(ms, listFrom(toks, ms, n), func(x mention) bool {
			return x.firmOrName() || x.class == mOther && x.src == "name" && isAcronym(x.ent.Name)
		}, "firm")
	}
	return nil
}
