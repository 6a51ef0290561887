package extract

// A firm introduced by a description set off before its name: "a local
// rival, Lumen Telekom,", "a U.S. chip-testing firm, Veltrix Instruments,",
// "a regional soap maker, Sudha Soaps". Reporters use it everywhere for a
// name the reader may not know, so lists, deal nouns and objects must read
// through it to the name.

// described words that may stand in a description before its head noun.
var describedArticles = toSet(`a an the its their another one two`)

// describedHeads: nouns that end such a description, besides firmHeads.
var describedHeads = toSet(`chain maker player peer outfit concern specialist firm group venture affiliate arm division
 competitor rival platform app manufacturer startup start-up operator`)

// descriptionEnd returns the index just past a description opening at p
// ("a Malaysian data-centre firm"): an optional article, at most six
// lower-case modifiers, numbers, hyphens or place words, and a firm noun
// head. -1 when p opens none.
func descriptionEnd(toks []token, ms []mention, p int) int {
	q := p
	if q < len(toks) && describedArticles[toks[q].low] {
		q++
	}
	start := q
	for ; q < len(toks) && q < start+7; q++ {
		t := toks[q]
		w := t.low
		if t.kind == tokWord && !t.upper && (firmHeads[w] || firmyOnlyHeads[w] || describedHeads[w]) {
			// the head: the last firm noun of the run ("data-centre firm")
			if q+1 < len(toks) && toks[q+1].kind == tokWord && !toks[q+1].upper && (firmHeads[toks[q+1].low] || describedHeads[toks[q+1].low]) {
				continue
			}
			return q + 1
		}
		switch {
		case t.kind == tokWord && !t.upper && !verbCue[w] && !objectStops[w] && w != "and" && w != "or":
		case t.kind == tokNum || t.text == "%" || t.text == "-" || t.text == "$":
		case t.upper && inOther(ms, q):
			// "a U.S. chip-testing firm", "a Malaysian data-centre firm"
		case t.upper && placeAdjective(w):
		default:
			return -1
		}
	}
	return -1
}

// describedName: the mention whose name follows a description set off by
// a comma at p ("a local rival, Lumen Telekom"), or -1.
func describedName(toks []token, ms []mention, p int) int {
	e := descriptionEnd(toks, ms, p)
	if e < 0 || e >= len(toks) || toks[e].text != "," {
		return -1
	}
	s := e + 1
	if s < len(toks) && placeAdjective(toks[s].low) {
		s++ // "its battery supplier, Shenzhen-based Jinwei Cells"
	}
	for i := range ms {
		if ms[i].i == s && ms[i].firmOrName() && !ms[i].ref {
			return i
		}
	}
	return -1
}

// describedAfterJoin: after a list connector at p ("and", ", and", ","),
// a description and the name it introduces; -1 when none. A bare comma
// does not join: "X, a local rival, said" describes X.
func describedAfterJoin(toks []token, ms []mention, p int) int {
	q, joined := p, false
	for q < len(toks) && q < p+2 && (toks[q].low == "and" || toks[q].low == "or" || toks[q].text == ",") {
		joined = joined || toks[q].low != ","
		q++
	}
	if !joined {
		return -1 // "X, a local rival, ...": an appositive describing X
	}
	return describedName(toks, ms, q)
}

// unit nouns: a part of a firm that is sold or merged ("Wipro's consumer
// care arm", "the Golan Foods dairy business").
var ownedPartNouns = toSet(`arm unit business businesses division divisions operations assets subsidiary brand brands
 stake unit's portfolio plants plant stores outlets network networks activities`)

// ownedPartEnd: past the part of a firm named at e ("consumer care arm"),
// or e itself when none follows.
func ownedPartEnd(toks []token, e int) int {
	for q := e; q < len(toks) && q < e+5; q++ {
		t := toks[q]
		if t.kind != tokWord && t.text != "-" || t.upper {
			return e
		}
		if ownedPartNouns[t.low] {
			return q + 1
		}
		if objectStops[t.low] || verbCue[t.low] || t.low == "and" {
			return e
		}
	}
	return e
}

// partnerAfterWith: the firm after "with" at w, directly or through a
// description ("with a regional soap maker, Sudha Soaps"); -1 when none.
func partnerAfterWith(toks []token, ms []mention, w int) int {
	if d := describedName(toks, ms, w+1); d >= 0 {
		return d
	}
	return firmInPhraseAfter(toks, ms, w-1, 5, "with")
}
