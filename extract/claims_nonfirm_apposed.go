package extract

import "strings"

// A name the text itself calls something other than a firm ("SINTEF, a
// research organization in Norway", "Amnesty International, the rights
// group,") is no party to a firm's act or an authority's, however firm-like
// its name looks.

var nonFirmHeads = toSet(`organization organisation institute university college school charity nonprofit non-profit
 foundation union association federation ngo think-tank tank society church hospital museum council party club`)

// privateRunWords mark an institute, college or hospital run as a business.
var privateRunWords = toSet(`private for-profit privately-run privately-owned privately commercial listed`)

// nonFirmApposed: the mention named t is followed by ", a/an/the ... <non-firm head>".
// A private college or hospital is a business to the authority that
// regulates it (authAct), yet no firm partnering or dealing with firms.
func nonFirmApposed(toks []token, ms []mention, t Entity, authAct bool) bool {
	for _, m := range ms {
		if m.ent.Name != t.Name || m.ref || m.j+1 >= len(toks) || toks[m.j].text != "," {
			continue
		}
		q := m.j + 1
		if w := toks[q].low; w != "a" && w != "an" && w != "the" {
			continue
		}
		for r := q + 1; r < len(toks) && r <= q+4; r++ {
			if authAct && privateRunWords[toks[r].low] {
				return false // "a private college", "a for-profit university": a business that teaches or heals
			}
			if nonFirmHeads[toks[r].low] && !toks[r].upper {
				return true
			}
			if toks[r].kind != tokWord || firmHeads[toks[r].low] || personNouns[toks[r].low] || objectStops[toks[r].low] {
				break // (", a spokesperson for the council said": a speaker, not what the name is)
			}
			switch toks[r].low {
			case "for", "of", "at", "in", "to", "with", "from", "by", "said", "says":
				return false
			}
		}
	}
	return false
}

// selfTarget: the actor named again as its own target, in full or by its
// initials ("the Electricity Regulatory Authority ... ERA").
func selfTarget(actor, t Entity) bool {
	if t.Type == TypeSector {
		return false
	}
	same := func(a, b string) bool { return a != "" && strings.EqualFold(a, b) }
	return same(actor.Canonical, t.Canonical) || same(actor.Name, t.Name) ||
		isAcronym(t.Name) && strings.Count(actor.Name, " ") >= 2 && initialsOf(actor.Name) == t.Name
}

// dropNonFirmTargets removes such targets and the actor named as its own
// target; a claim left with none goes.
func dropNonFirmTargets(toks []token, ms []mention, out []Claim) []Claim {
	kept := out[:0]
	for _, c := range out {
		if c.Kind == KindResponse || len(c.Targets) == 0 {
			kept = append(kept, c)
			continue
		}
		var ts []Entity
		for _, t := range c.Targets {
			if !nonFirmApposed(toks, ms, t, c.Kind != KindAction) && !selfTarget(c.Actor, t) {
				ts = append(ts, t)
			}
		}
		if len(ts) == 0 {
			continue
		}
		c.Targets = ts
		kept = append(kept, c)
	}
	return kept
}

// limitedTo: "It was restricted to terror targets", "access is limited to
// staff": a participle of restricting before "to" and a plain noun tells
// what something is confined to, not a restriction laid on a firm ("was
// restricted to serving existing clients" keeps it).
func limitedTo(toks []token, k int) bool {
	switch toks[k].low {
	case "restricted", "limited", "confined":
	default:
		return false
	}
	if k+2 >= len(toks) || toks[k+1].low != "to" {
		return false
	}
	n := toks[k+2]
	return n.kind == tokWord && !strings.HasSuffix(n.low, "ing")
}
