package extract

import (
	"strings"
)

// descriptorAt matches [det] [place ['s] | demonym] modifiers* head, e.g.
// "China's industry ministry", "a federal judge in San Francisco", "Thai
// police", "New York's attorney general".
func (x *ClaimExtractor) descriptorAt(toks []token, k int) (mention, bool) {
	i := k
	if toks[i].low == "the" || toks[i].low == "a" || toks[i].low == "an" {
		i++
	}
	country := ""
	qualified, ownerLed := false, false
	// place qualifier: up to three capitalized words naming a place
	for l := 3; l >= 1; l-- {
		if i+l > len(toks) || !toks[i].upper || !x.cat.placeFirst[toks[i].low] {
			continue
		}
		allCap := true
		for q := i; q < i+l; q++ {
			if !toks[q].upper {
				allCap = false
				break
			}
		}
		if !allCap {
			continue
		}
		name := strings.ToLower(span(toks, i, i+l))
		if cc, ok := x.cat.countryOf[name]; ok {
			country = cc
			qualified = true
			i += l
			break
		}
	}
	if qualified && i < len(toks) && toks[i].low == "'s" {
		i++
	}
	if !qualified && i > k && i+2 < len(toks) && toks[k].low == "the" && ownerNouns[toks[i].low] && toks[i+1].low == "'s" {
		// "the country's financial monitoring agency": the country told before
		qualified, ownerLed = true, true
		i += 2
	}
	if !qualified && i > k && cityCourtAt(toks, i) > i && (k == 0 || !venuePreps[toks[k-1].low]) {
		// "a Barcelona court", "the Mombasa high court": a city the catalogue lacks
		qualified = true
		i = cityCourtAt(toks, i)
	}
	if !qualified && i < len(toks) && (toks[i].low == "federal" || toks[i].low == "state") {
		qualified = true
	}
	modStart := i
	if country != "" || ownerLed {
		// "Nigeria's upstream petroleum regulator": after a country any plain
		// modifiers may qualify a head, not only the listed ones
		for j := i; j < len(toks) && j < i+4; j++ {
			t := toks[j]
			if _, isHead := authHeads[t.low]; isHead && j > i && !t.upper && t.low != "officials" && t.low != "minister" {
				i = j
				break
			}
			if t.kind != tokWord || t.upper || capStop[t.low] || firmHeads[t.low] || sectorHeads[t.low] || personTitles[t.low] || rankWord(t.low) {
				break
			}
		}
	}
	// (a modifier opening the sentence is capitalized: "Tax officials in ...", "Antitrust regulators")
	for i < len(toks) && i-modStart < 4 && ((toks[i].lex&lxAuthModifier != 0 && (!toks[i].upper || i == 0)) || (toks[i].upper && qualified && toks[i].kind == tokWord && x.cat.countryOf[toks[i].low] != "")) {
		if toks[i].low == "central" && i+1 < len(toks) && toks[i+1].low == "bank" {
			break
		}
		if toks[i].lex&lxAuthHead != 0 && (i+1 >= len(toks) || toks[i+1].lex&lxAuthModifier == 0) {
			if nextHead := toks[i+1].lex&lxAuthHead != 0; i+1 >= len(toks) || !nextHead {
				break
			}
		}
		i++
	}
	if i >= len(toks) {
		return mention{}, false
	}
	head := toks[i].low
	typ, ok := "", false
	if toks[i].lex&lxAuthHead != 0 {
		typ, ok = authHeads[head]
	}
	end := i + 1
	switch {
	case head == "central" && i+1 < len(toks) && toks[i+1].low == "bank":
		typ, ok, head, end = TypeRegulator, true, "central bank", i+2
	case head == "attorney" || head == "attorneys" || head == "comptroller":
		if i+1 < len(toks) && toks[i+1].low == "general" {
			typ, ok, head, end = TypeGovernment, true, "general", i+2
		}
	case head == "state" && i+1 < len(toks) && toks[i+1].low == "council":
		typ, ok, head, end = TypeGovernment, true, "council", i+2
	}
	if !ok && staffAuthority(toks, i, modStart, qualified) {
		typ, ok = TypeRegulator, true
	}
	if !ok || firmAgency(toks, modStart, i, head) {
		return mention{}, false
	}
	if toks[i].upper && end+1 < len(toks) && (toks[end].low == "of" || toks[end].low == "for") && (toks[end+1].upper || toks[end].low == "for" && toks[end+1].low == "the" && end+2 < len(toks) && toks[end+2].upper) {
		return mention{}, false // "Vietnam's Ministry of Information ...", "the Commission for the Regulation of Utilities": a name, matched on its own
	}
	plural := strings.HasSuffix(head, "s") || head == "police"
	if toks[i].upper && !qualified && i == modStart && k == i && head != "general" && !plural {
		// a bare capitalized head ("Commission") is left to the capitalized-name rule
		return mention{}, false
	}
	if !qualified && plural && x.placeAfterIn(toks, end) {
		qualified = true // "natural resources authorities in Henan": placed by what follows (entity_place_after.go)
	}
	if weakAuthHeads[head] && !qualified {
		return mention{}, false
	}
	if head == "service" && !hasWordIn(toks[modStart:i], "antimonopoly", "antitrust", "tax", "customs", "revenue", "regulatory", "supervisory", "financial", "communications", "competition", "consumer", "security", "migration", "veterinary", "sanitary", "inspection", "audit") {
		return mention{}, false // "Kenya's mobile money service" is a product, not a body
	}
	if head == "officials" && !qualified {
		return mention{}, false
	}
	if !qualified && modStart == i && k == i && !strings.HasSuffix(head, "s") && head != "police" && head != "general" && head != "central bank" {
		return mention{}, false // a bare "authority" is a word, not a body
	}
	// "attorneys general from 42 U.S. states", "a federal judge in San Francisco"
	if end+3 < len(toks) && (toks[end].low == "in" || toks[end].low == "from") && toks[end+1].low == "the" && toks[end+2].upper && x.cat.placeFirst[toks[end+2].low] {
		// "regulators in the United States"
		e := end + 2
		for e < len(toks) && toks[e].upper && e-end < 6 {
			e++
		}
		end = e
	} else if end+2 < len(toks) && (toks[end].low == "in" || toks[end].low == "from") && (toks[end+1].upper || toks[end+1].kind == tokNum && toks[end+2].upper) {
		e := end + 1
		for e < len(toks) && (toks[e].upper || toks[e].kind == tokNum) && e-end < 5 {
			e++
		}
		if e < len(toks) && toks[e].low == "states" {
			e++
		}
		e = x.placeListEnd(toks, e)
		if e > end+1 {
			end = e
		}
	}
	// "the central bank of Nigeria"
	if country == "" && end+1 < len(toks) && toks[end].low == "of" {
		for l := 3; l >= 1; l-- {
			if end+1+l > len(toks) || !x.cat.placeFirst[toks[end+1].low] {
				continue
			}
			if cc, ok := x.cat.countryOf[strings.ToLower(span(toks, end+1, end+1+l))]; ok && toks[end+1].upper {
				country, qualified = cc, true
				end += 1 + l
				break
			}
		}
	}
	name := span(toks, k, end)
	if toks[k].low == "the" || toks[k].low == "a" || toks[k].low == "an" {
		name = span(toks, k+1, end)
	}
	m := mention{i: k, j: end, class: mAuth, head: head, src: "descriptor"}
	m.ent = Entity{Name: name, Canonical: name, Type: typ, Country: country}
	if country != "" {
		desc := strings.ToLower(span(toks, modStart, i+1))
		if head == "central bank" {
			desc = "central bank"
		}
		if e := x.cat.descriptor(country, desc); e != nil {
			m.ent.Canonical = e.Canonical
			m.ent.Type = e.Kind
		}
	}
	return m, true
}

// ownerNouns stand for a country or place told before ("the country's ...").
var ownerNouns = toSet(`country nation kingdom state city region province island emirate republic`)

// venuePreps: before these a court is where a case goes, not who acts
// ("appeal before the Lazio administrative court").
var venuePreps = toSet(`before in at to into`)

// venueHeads: authorities usually named by their city alone.
var venueHeads = toSet(`court courts tribunal judge prosecutors prosecutor police`)

// cityCourtAt: after one or two capitalized words at i, at most two plain
// modifiers and a court-like head ("Barcelona court", "Lagos high court"),
// the index of the first modifier or head; else i.
func cityCourtAt(toks []token, i int) int {
	j := i
	for j < len(toks) && j < i+2 && toks[j].upper && toks[j].kind == tokWord && !capStop[toks[j].low] {
		j++
	}
	if j == i {
		return i
	}
	for q := j; q < len(toks) && q <= j+2; q++ {
		if toks[q].upper {
			return i
		}
		if venueHeads[toks[q].low] {
			return j
		}
		if !authModifiers[toks[q].low] {
			return i
		}
	}
	return i
}

// agencyKinds make "agency" a business ("the country's largest online
// travel agency", "advertising agency WPP"), never an authority.
var agencyKinds = toSet(`travel advertising ad ads news press talent ratings rating credit employment recruitment
 recruiting staffing marketing insurance estate real-estate property letting booking modelling modeling creative
 media pr design digital collection collections debt-collection dating tour tourism shipping freight
 customs-brokerage casting translation detective security-guard nanny domestic`)

// firmAgency: the descriptor head at i is "agency" with a business's kind
// before it among the modifiers from modStart.
func firmAgency(toks []token, modStart, i int, head string) bool {
	if head != "agency" && head != "agencies" {
		return false
	}
	for q := modStart; q < i; q++ {
		if agencyKinds[toks[q].low] || rankWord(toks[q].low) {
			return true
		}
	}
	return false
}

// rankWord: a size ranking ("largest", "second-biggest") describes a
// business among its peers; no description of an authority uses one.
func rankWord(w string) bool {
	return strings.HasSuffix(w, "largest") || strings.HasSuffix(w, "biggest") || w == "leading" || strings.HasSuffix(w, "smallest")
}
