package extract

// An unknown name that only says where someone or something is from is no
// party: "A Lower Hutt man has been fined", "the capsizing of one of its
// vessels off Dapitan". Such a name stands between a count and a
// lower-case person noun, or after "off"/"near" a thing. (A name before a
// firm's description, "Lae biscuit maker Morobe Foods", is too often the
// firm's owner or brand to be dropped the same way.)

// originNouns are people a place name may qualify ("a Lagos trader").
var originNouns = toSet(`man woman men women resident residents couple family families farmer farmers pensioner
 teenager teenagers businessman businesswoman motorist driver student mother father boy girl youth trader traders
 shopkeeper landlord tenant worker workers fisherman fishermen`)

// originCounts open the phrase whose person the place qualifies.
var originCounts = toSet(`a an two three four five several`)

// offVerbs take "off" as a particle ("spun off Acme"): the name after is
// the thing moved, maybe a firm.
var offVerbs = toSet(`spin spun spins sell sold sells fend fended fight fought buy bought ward warded hive hived carve carved
 split cut cuts pay paid lay laid write wrote written sign signed call called take took taken`)

// placeModifier reports whether the unknown name m only places a person
// or a thing.
func placeModifier(toks []token, m mention) bool {
	if m.class != mName || m.poss || m.j >= len(toks) || m.i == 0 {
		return false
	}
	for q := m.i; q < m.j; q++ {
		if businessHeads[toks[q].low] || corpSuffixes[toks[q].low] {
			return false
		}
	}
	next, prev := toks[m.j], toks[m.i-1].low
	if originNouns[next.text] && originCounts[prev] {
		return true // "A Lower Hutt man"
	}
	if (prev == "off" || prev == "near") && m.i >= 2 && toks[m.i-2].kind == tokWord && !toks[m.i-2].upper && !offVerbs[toks[m.i-2].low] {
		return true // "its vessels off Dapitan", "a plant near Ruse"
	}
	return false
}
