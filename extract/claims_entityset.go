package extract

import "strings"

// Comparing a claim's entities with each other: the one place that decides
// when two mentions name the same party.

// onlyTargets keeps firms and classes of firms, dropping the actors themselves.
func onlyTargets(ts []Entity, actors []Entity) []Entity {
	var out []Entity
	seen := map[string]bool{}
	for _, t := range ts {
		if t.Type != TypeFirm && t.Type != TypeSector {
			continue
		}
		if sameEntityAny(t, actors) {
			continue
		}
		key := strings.ToLower(t.Canonical + "|" + t.Name)
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, t)
	}
	return out
}

// onlySectors: every target is a class of firms (and there is one), so no
// named firm can be the party the claim is about.
func onlySectors(ts []Entity) bool {
	for _, t := range ts {
		if t.Type != TypeSector {
			return false
		}
	}
	return len(ts) > 0
}

// sameEntity: canonical names or names as written match, case aside; a
// party the catalogue does not know has only the name as written to go by.
func sameEntity(a, b Entity) bool {
	return strings.EqualFold(a.Canonical, b.Canonical) || strings.EqualFold(a.Name, b.Name)
}

func sameEntityAny(e Entity, list []Entity) bool {
	for _, a := range list {
		if sameEntity(a, e) {
			return true
		}
	}
	return false
}

// firm-to-firm verbs strong enough to let a name the catalogue lacks act
// ("Castell Labs sued ...", "Halden Systems acquired ..."); loose ones
// ("allowing", "opened up", "pulled off") need a known firm.
var unknownActs = toSet(`sue acquire buy purchase block unblock partner merge integrate combine pool pull remove let invest interconnect`)

func sameName(e Entity, list []Entity) bool {
	for _, a := range list {
		if strings.EqualFold(a.Name, e.Name) {
			return true
		}
	}
	return false
}
