package extract

// The firm opening a sentence with a speech verb is who "it" means in a
// second that-clause of what it says, though another name fell inside the
// first ("Galana said supplies were held up at the Kipevu terminal but
// that it would comply").

// speakerBinds: for a pronoun at p opening a coordinated that-clause
// ("but that it", "and that it"), the firm mention that opens the sentence
// and whose speech verb follows it directly; nil otherwise.
func speakerBinds(toks []token, ms []mention, p int) *mention {
	var first *mention
	for n := range ms {
		if ms[n].i > 1 {
			break
		}
		if ms[n].firmOrName() && !ms[n].poss {
			first = &ms[n]
			break
		}
	}
	if first == nil || first.j >= p {
		return nil
	}
	v := first.j
	if v >= len(toks) || toks[v].lex&lxAttribVerb == 0 {
		return nil
	}
	if p > v+3 && toks[p-1].low == "that" && (toks[p-2].low == "but" || toks[p-2].low == "and") {
		for q := v + 1; q < p-2; q++ {
			if toks[q].lex&lxAttribVerb != 0 || toks[q].text == "\"" {
				return nil // another speaker's words
			}
		}
		return first
	}
	return nil
}
