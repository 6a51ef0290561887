package extract

// sectorAt matches a class of firms: quantifiers/modifiers then a plural
// class head ("all urban cooperative banks", "U.S. wireless carriers",
// "more than a dozen internet firms", "China's biggest state lenders").
// placeAdjectiveNext: the capitalized word at i opens a place of two
// words made an adjective ("two Hong Kong-registered firms").
func placeAdjectiveNext(toks []token, i int) bool {
	return toks[i].upper && toks[i].kind == tokWord && i+1 < len(toks) && toks[i+1].upper && placeAdjective(toks[i+1].low)
}

func (x *ClaimExtractor) sectorAt(toks []token, k int) (mention, bool) {
	i := k
	if toks[i].low == "the" {
		i++
	}
	start := i
	if i >= len(toks) {
		return mention{}, false
	}
	if w := toks[i].low; w == "of" || w == "and" || w == "than" || w == "a" || w == "or" {
		return mention{}, false
	}
	if toks[i].lex&lxClassCount != 0 && (i > k || k > 0 && (toks[k-1].low == "the" || toks[k-1].low == "its" || toks[k-1].low == "their" || toks[k-1].low == "these" || toks[k-1].low == "those")) {
		return mention{}, false // "the two lenders": firms named before, not a class
	}
	for i < len(toks) && i-start < 6 {
		t := toks[i]
		// capitalized words only as places or acronyms ("U.S. carriers", "TV channels"), never names
		capOK := t.upper && t.kind == tokWord && (x.cat.countryOf[t.low] != "" || isAcronym(t.text) && x.cat.byFirst[t.low] == nil)
		if t.low == "and" && (i == start || toks[i-1].upper) {
			break
		}
		if (t.lex&lxSectorQuant != 0 && !t.upper) || (t.lex&lxSectorQuant != 0 && i == start) || t.kind == tokNum || capOK || (t.low == "'s" && i > start && toks[i-1].upper) || placeAdjective(t.low) || placeAdjectiveNext(toks, i) {
			i++
			continue
		}
		break
	}
	if i > start && (toks[i-1].kind == tokNum || toks[i-1].lex&lxSectorQuant != 0) {
		// "11 cement companies", "several online lenders": plain field words after a count
		for q := i; q < len(toks) && q <= i+1; q++ {
			if toks[q].kind != tokWord || toks[q].upper || toks[q].lex&lxCapStop != 0 || verbCue[toks[q].low] {
				break
			}
			if q+1 < len(toks) && toks[q+1].lex&lxSectorHead != 0 {
				i = q + 1
				break
			}
		}
	}
	if i == start && i+1 < len(toks) && toks[i+1].lex&lxSectorHead != 0 && toks[i].kind == tokWord && !toks[i].upper && toks[i].lex&lxCapStop == 0 &&
		start > 0 && (toks[start-1].low == "at" || toks[start-1].low == "on" || toks[start-1].low == "against" || toks[start-1].low == "into") {
		i++ // "inspections at tyre makers": any noun naming the trade after a preposition
	}
	if i == start && i < len(toks) && toks[i].lex&lxSectorHead != 0 && (k == 0 || toks[k-1].text == "," || toks[k-1].low == "that") && ruleBindsNext(toks, i+1) {
		// "Insurers must settle claims within three hours", "..., lenders are
		// required to disclose fees": the bare class a rule binds
		return mention{i: k, j: i + 1, class: mSector, src: "sector", ent: Entity{Name: toks[i].text, Canonical: toks[i].text, Type: TypeSector}}, true
	}
	if i >= len(toks) || i == start || toks[i].lex&lxSectorHead == 0 {
		// a bare plural head counts only with a quantifier ("all banks")
		return mention{}, false
	}
	// require at least one lower-case modifier, so "Alibaba firms" is not a class
	hasLower := false
	for q := start; q < i; q++ {
		if !toks[q].upper && toks[q].low != "'s" || q == 0 && sectorQuantifiers[toks[q].low] && !isAcronym(toks[q].text) {
			hasLower = true // "All lenders must ...": a quantifier capitalized as the first word
		}
	}
	if !hasLower && !(i-start == 1 && isAcronym(toks[start].text)) {
		return mention{}, false
	}
	end := i + 1
	if end < len(toks) && toks[end].upper && toks[end].kind == tokWord && !capStop[toks[end].low] && x.cat.countryOf[toks[end].low] == "" {
		// "dairy processors Mlekara Vojvodina and Sumadija Milk": the class
		// only describes the firms named after it
		return mention{}, false
	}
	name := span(toks, start, end)
	return mention{i: k, j: end, class: mSector, src: "sector", ent: Entity{Name: name, Canonical: name, Type: TypeSector}}, true
}

// ruleBindsNext: from j the words of a rule binding the subject before
// ("must", "shall", "are required/obliged/barred to", "will have to").
func ruleBindsNext(toks []token, j int) bool {
	if j >= len(toks) {
		return false
	}
	switch toks[j].low {
	case "must", "shall":
		return true
	case "are", "will":
		q := j + 1
		if q < len(toks) && (toks[q].low == "be" || toks[q].low == "now" || toks[q].low == "also") {
			q++
		}
		return q < len(toks) && (toks[q].low == "required" || toks[q].low == "obliged" || toks[q].low == "barred" || toks[q].low == "prohibited" || toks[q].low == "banned" || toks[q].low == "have" && q+1 < len(toks) && toks[q+1].low == "to")
	}
	return false
}
