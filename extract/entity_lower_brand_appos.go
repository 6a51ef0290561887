package extract

// A lower-case brand set off by an indefinite description of a firm
// ("instructed coinhaven, a Tokyo crypto exchange, to", "Regulators fined
// kredito, an online lender,") is a name however it is cased: the
// description says what it is. Every later use of the word in the article
// ("coinhaven said it would comply") is then the same name.

// appositiveBrandPrev are the words after which the lower-case word opens
// a noun phrase of its own (an object or a list member), not a modifier.
var appositiveBrandPrev = toSet(`and or by with against on to for from into at of`)

// markAppositiveBrands marks such brands, and their later uses, as
// capitalized so the name rules type them.
func markAppositiveBrands(toks []token) {
	var brands []string
	for i := 0; i+4 < len(toks); i++ {
		t := &toks[i]
		if t.upper || t.kind != tokWord || toks[i+1].text != "," || toks[i+2].low != "a" && toks[i+2].low != "an" {
			continue
		}
		if i > 0 {
			p := toks[i-1]
			if !(isOpener(p.text) || p.lex&lxAuthObjVerb != 0 || !p.upper && p.lex&(lxFirmHead|lxFirmyOnly) != 0 || appositiveBrandPrev[p.low]) {
				continue
			}
		}
		if !lowerBrandShape(t) || !firmDescriptionAt(toks, i+3) {
			continue
		}
		t.upper = true
		brands = append(brands, t.low)
	}
	if len(brands) == 0 {
		return
	}
	for i := range toks {
		if toks[i].upper || toks[i].kind != tokWord {
			continue
		}
		for _, b := range brands {
			if toks[i].low == b {
				toks[i].upper = true
			}
		}
	}
}

// firmDescriptionAt: from i, at most five words (places capitalized,
// hyphens allowed) ending in a firm noun that closes the phrase ("Tokyo
// crypto exchange,", "small miller based in").
func firmDescriptionAt(toks []token, i int) bool {
	for q := i; q < len(toks) && q < i+5; q++ {
		t := toks[q]
		if t.text == "-" {
			continue
		}
		if t.kind != tokWord {
			return false
		}
		if t.upper || !descriptionHead(t.low) {
			continue
		}
		if q+1 >= len(toks) {
			return true
		}
		// ("a rival ride-hailing app,": an inner firm noun goes on)
		if n := toks[q+1]; n.kind == tokPunct && n.text != "-" && n.text != "'s" || n.low == "based" || n.low == "that" || n.low == "which" || n.low == "with" || n.low == "in" {
			return true
		}
	}
	return false
}
