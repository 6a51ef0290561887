package extract

// Upheld acts: a court upholding an authority's act on a firm ("the
// commission's fine on Agora was upheld by the Court of Appeal", "the
// court dismissed Vossberg's appeal") is no new claim, but the firm's next
// appeal answers that court. The extractor remembers the court as acting on
// the firm, in the article's memory only.

// kindUpheld marks a remembered upholding; it never leaves the extractor.
const kindUpheld = "upheld"

var upholdVerbs = toSet(`upheld upholds uphold upholding confirmed confirms dismissed dismisses rejected rejects`)

// upheldActs are what a court upholds, or the appeal it turns down.
var upheldActs = toSet(`fine fines penalty penalties decision ruling order ban sanction sanctions appeal appeals challenge verdict judgment`)

// upheldBy returns the memory record of a court upholding an act on the
// firms of the sentence, or nil.
func upheldBy(toks []token, ms []mention) *Claim {
	verb := false
	for _, t := range toks {
		if t.lex&lxUpholdVerb != 0 {
			verb = true
		}
	}
	if !verb || !hasWord(toks, upheldActs) {
		return nil
	}
	var court *Entity
	var firms []Entity
	for _, m := range ms {
		switch {
		case m.class == mAuth && m.ent.Type == TypeCourt && court == nil:
			e := m.ent
			court = &e
		case m.firmOrName():
			firms = append(firms, asFirm(m))
		}
	}
	if court == nil || len(firms) == 0 {
		return nil
	}
	return &Claim{Kind: kindUpheld, Actor: *court, Targets: firms, Rule: "memory/upheld"}
}
