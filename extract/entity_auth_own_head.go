package extract

// An authority whose head is no common reference word ("Commissioner",
// "Ombudsman", "Tribunal", "Inspectorate") is still referred to by it once
// named: "The Office of the Data Protection Commissioner has fined X. The
// commissioner said ... and ordered it to ...". Only a name the article
// gave holding the word resolves it, so a commissioner of something else
// names nobody.

// ownHeadRefs are heads an authority's own name carries that reporters use
// alone for it later ("the tribunal" and "the directorate" are left to
// the venue and descriptor rules: "would oppose it before the tribunal").
var ownHeadRefs = toSet(`commissioner ombudsman inspectorate superintendency superintendence
 supervisor prosecutor prosecutors secretariat`)

// authNamedWith: the latest authority named whose name (or canonical name)
// holds the word w, or nil.
func (c *docContext) authNamedWith(w string) *Entity {
	for i := len(c.auths) - 1; i >= 0; i-- {
		if nameHasWord(c.auths[i].Name, w) || nameHasWord(c.auths[i].Canonical, w) {
			return &c.auths[i]
		}
	}
	return nil
}

// firmCompoundMods make an authority's head a kind of firm: "the credit
// bureau" (Experian, not the CFPB), "the rating agency", "the travel
// agency" (a news agency is an outlet, left out).
var firmCompoundMods = toSet(`credit rating ratings travel advertising ad employment recruitment collection collections
 talent modelling modeling insurance shipping marketing booking`)
