package extract

// Which law imposes a "must" when no authority is named in its sentence.

// licenceNouns name a grant whose conditions bind the firm that holds it:
// "Under the licence, X must ..." is imposed by whoever granted it.
var licenceNouns = toSet(`licence license licences licenses permit permits authorisation authorization approval
 concession terms conditions franchise`)

var relativeWords = toSet(`that which who whom whose where`)

// lawNouns name a rule whose source, when no authority is, is the law itself.
var lawNouns = toSet(`law laws rules rule regulation regulations act directive bill decree guidelines legislation code order
 ruling decision judgment judgement verdict`)

// modalLawActor returns the law a requirement at k stands under ("Under
// the new rules, banks must", "must disclose fees under the act"), or nil
// when the phrase names a grant ("Under the licence, ...": the granting
// authority, known from context, imposes it) or the only law named sits in
// a relative clause after the modal ("must block services that are banned
// under local law": what the services are, not the requirement's source).
func modalLawActor(toks []token, k int) *Entity {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].low != "under" {
			continue
		}
		if i > k && relativeBetween(toks, k, i) {
			continue
		}
		lim := i + 7
		for j := i + 1; j < len(toks) && j <= lim; j++ {
			if toks[j].text == "(" && j > i+1 && toks[j-1].upper {
				// "Data Protection (Amendment) Act": a bracket inside the law's name
				if c := closingBracket(toks, j, 4); c > 0 {
					lim += c - j + 1
					j = c
					continue
				}
			}
			if toks[j].kind == tokPunct && toks[j].text != "-" {
				break
			}
			if licenceNouns[toks[j].low] && i < k {
				return nil
			}
			if lawNouns[toks[j].low] {
				start := i + 1
				if toks[start].low == "the" || toks[start].low == "a" {
					start++
				}
				name := span(toks, start, j+1)
				return &Entity{Name: name, Canonical: name, Type: TypeOther}
			}
		}
	}
	return nil
}

func relativeBetween(toks []token, a, b int) bool {
	for q := a + 1; q < b; q++ {
		if relativeWords[toks[q].low] {
			return true
		}
	}
	return false
}
