package extract

// The holder of a licence just granted, when its name is one word the
// catalogue lacks ("granted Norway's Scatec a licence", "approved a licence
// for Tamara"). Such a word alone is too weak to be taken for a firm
// anywhere, but a licence is granted to a business: the frame vouches for
// the name.

// grantedLicenceNouns are what an authority grants a business to operate.
var grantedLicenceNouns = toSet(`licence license licences licenses permit permits authorisation authorization certificate concession`)

// licensedName: the unknown name holding the licence granted by the verb
// at k, either its first object before the licence ("granted X a
// licence") or after "for"/"to" right after it ("a licence for X"); nil
// when the sentence names no licence there.
func licensedName(toks []token, ms []mention, k int) *mention {
	lic := -1
	for q := k + 1; q < len(toks) && q <= k+8; q++ {
		if grantedLicenceNouns[toks[q].low] {
			lic = q
			break
		}
		if toks[q].kind == tokPunct && toks[q].text != "'s" && toks[q].text != "-" {
			return nil
		}
	}
	if lic < 0 {
		return nil
	}
	for i := range ms {
		m := &ms[i]
		if m.class != mOther || m.src != "name" || m.poss || isAcronym(toks[m.i].text) {
			continue
		}
		if m.i > k && m.j < lic && m.i-k <= 4 && (toks[m.j].low == "a" || toks[m.j].low == "an" || toks[m.j].low == "its") {
			return m // "granted (Norway's) Scatec a licence"
		}
		if m.i == lic+2 && (toks[lic+1].low == "for" || toks[lic+1].low == "to") {
			return m // "a licence for Tamara"
		}
	}
	return nil
}
