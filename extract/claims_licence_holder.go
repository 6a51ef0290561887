package extract

// A revoked or suspended licence told by the licence, not the firm:
// "revoked 12 exploration licences, including one held by Boké Alumina",
// "cancelled the permits held by A and B". The holder is what the penalty
// falls on.

// licenceHolder: the firms after "held/owned/operated by" within the
// clause of the revoking verb at k, when the verb's object is a licence.
func licenceHolder(toks []token, ms []mention, k int) []Entity {
	lic := false
	for q := k + 1; q < len(toks) && q <= k+6; q++ {
		if heldGrantNouns[toks[q].low] {
			lic = true
			break
		}
	}
	if !lic {
		return nil
	}
	i := firmInPhraseAfter(toks, ms, k, 18, "by")
	if i < 0 {
		return nil
	}
	by := ms[i].i - 1
	for by > k && toks[by].low != "by" {
		by--
	}
	if by < 2 || !holdVerbs[toks[by-1].low] {
		return nil
	}
	return entitiesOf(ms, listFrom(toks, ms, i), isFirmish, "firm")
}

var heldGrantNouns = toSet(`licence licences license licenses permit permits concession concessions registration registrations
 authorisation authorisations authorization authorizations certificate certificates charter charters`)

var holdVerbs = toSet(`held owned operated granted issued`)
