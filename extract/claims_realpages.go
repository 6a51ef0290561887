package extract

import "strings"

// Real pages mix news with changelogs, software write-ups, fiction and
// history, where capitalised words are items, documents or things rather
// than firms. The checks here run on every claim a sentence yields and drop
// the parties such prose makes up; news wordings never name a firm this way.

// changelogVerbs open a release note's item ("Added Banners", "Fixed
// Villagers"): a name starting with one is the item, not a firm.
var changelogVerbs = map[string]bool{
	"Added": true, "Fixed": true, "Removed": true, "Changed": true, "Improved": true,
	"Updated": true, "Deprecated": true, "Reworked": true, "Tweaked": true, "Renamed": true,
}

// documentHeads name a treaty or founding law, never a party.
var documentHeads = map[string]bool{
	"Treaty": true, "Convention": true, "Charter": true, "Constitution": true, "Protocol": true,
}

// unrealName reports a name that stands for an item or a document.
func unrealName(name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 {
		return false
	}
	// "Treaty of Waitangi", "Convention on Biological Diversity", "Geneva
	// Convention"; a head opening a name without "of"/"on" may be a firm's
	// ("Charter Communications", "Protocol Labs")
	return changelogVerbs[f[0]] || documentHeads[f[0]] && (f[1] == "of" || f[1] == "on") || documentHeads[f[len(f)-1]]
}

// boughtThingParticiples, after a comma, tell what was bought, not who
// bought: "some MDMA, reportedly purchased from the Silk Road".
var boughtThingParticiples = map[string]bool{
	"purchased": true, "bought": true, "acquired": true, "obtained": true, "sourced": true, "ordered": true,
}

// reducedRelativeBuy is the index of a participle set off by a comma and
// followed by "from" ("X, (reportedly) bought from Y"), or -1.
func reducedRelativeBuy(toks []token) int {
	for p := 1; p+1 < len(toks); p++ {
		if !boughtThingParticiples[toks[p].low] || toks[p+1].low != "from" {
			continue
		}
		q := p - 1
		if strings.HasSuffix(toks[q].low, "ly") && q > 0 {
			q--
		}
		if toks[q].text == "," {
			return p
		}
	}
	return -1
}

// firstTokenOf is the first token at or after from whose text opens name, or -1.
func firstTokenOf(toks []token, name string, from, to int) int {
	w := name
	if i := strings.IndexByte(w, ' '); i > 0 {
		w = w[:i]
	}
	for q := from; q < to && q < len(toks); q++ {
		if toks[q].text == w {
			return q
		}
	}
	return -1
}

// dropUnrealParties removes the targets that are items or documents, and the
// claims whose actor is one, whose targets are all gone, or whose buyer is
// the thing bought.
func dropUnrealParties(toks []token, cs []Claim) []Claim {
	rr := -2
	out := cs[:0]
	for _, c := range cs {
		if unrealName(c.Actor.Name) {
			continue
		}
		if len(c.Targets) > 0 {
			keep := c.Targets[:0:0]
			for _, t := range c.Targets {
				if !unrealName(t.Name) {
					keep = append(keep, t)
				}
			}
			if len(keep) == 0 {
				continue
			}
			c.Targets = keep
		}
		if c.Kind == KindAction && len(c.Targets) > 0 {
			if rr == -2 {
				rr = reducedRelativeBuy(toks)
			}
			if rr > 0 {
				a := firstTokenOf(toks, c.Actor.Name, 0, rr)
				t := firstTokenOf(toks, c.Targets[0].Name, rr, len(toks))
				if a >= 0 && t > rr {
					continue
				}
			}
		}
		out = append(out, c)
	}
	return out
}

// ceaseCues before "accepting"/"allowing" make taking something from a firm
// an act against it ("stopped accepting payments from X", "no longer
// accepts"); plain accepting (a grant, a delivery, a mission) is none.
var ceaseCues = map[string]bool{
	"stop": true, "stops": true, "stopped": true, "stopping": true, "cease": true, "ceased": true, "ceases": true,
	"halt": true, "halted": true, "halts": true, "suspend": true, "suspended": true, "suspends": true,
	"refuse": true, "refused": true, "refuses": true, "refusing": true, "longer": true, "quit": true, "end": true, "ended": true,
}

// ceasedAt reports a cease cue among the three words before k.
func ceasedAt(toks []token, k int) bool {
	for q := max(0, k-3); q < k; q++ {
		if ceaseCues[toks[q].low] {
			return true
		}
	}
	return false
}

// recordNouns are what software moves between queues and stores; a program
// that "pulls the task from Redis" acts on no firm.
var recordNouns = map[string]bool{
	"task": true, "tasks": true, "job": true, "jobs": true, "message": true, "messages": true,
	"record": true, "records": true, "row": true, "rows": true, "event": true, "events": true,
	"packet": true, "packets": true, "request": true, "requests": true, "batch": true, "batches": true,
	"payload": true, "payloads": true, "entry": true, "entries": true, "commit": true, "commits": true,
}

// pulledRecord reports a record noun as the object right after k ("pulls
// tasks", "pulls the next message").
func pulledRecord(toks []token, k int) bool {
	for q := k + 1; q < len(toks) && q <= k+3; q++ {
		if recordNouns[toks[q].low] {
			return true
		}
		if toks[q].kind != tokWord || toks[q].upper {
			return false
		}
	}
	return false
}

// clauseVerbs end the subject of a how- or whether-clause.
var clauseVerbs = map[string]bool{
	"would": true, "will": true, "could": true, "can": true, "may": true, "might": true, "should": true,
	"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true,
	"does": true, "do": true, "did": true,
}

// bureauHeads end the name of a public body whose name joins two words by
// "and" ("Customs and Border Protection", "Immigration and Customs
// Enforcement", "Fish and Wildlife Service").
var bureauHeads = map[string]bool{
	"protection": true, "enforcement": true, "administration": true, "service": true, "services": true,
	"security": true, "affairs": true, "development": true, "welfare": true, "wildlife": true,
	"industry": true, "investment": true, "safety": true, "standards": true, "excise": true,
}

// agencyPair reports a list of two names joined by a bare "and" whose second
// ends in a bureau head: one body's name split in two, not two partners.
func agencyPair(toks []token, ms []mention, l []int) bool {
	if len(l) != 2 {
		return false
	}
	a, b := ms[l[0]], ms[l[1]]
	return a.j+1 == b.i && a.j < len(toks) && toks[a.j].low == "and" && b.j-1 < len(toks) && bureauHeads[toks[b.j-1].low]
}

// kinNouns after a possessive show its owner is a person ("Yoon's wife").
var kinNouns = map[string]bool{
	"wife": true, "husband": true, "son": true, "daughter": true, "sons": true, "daughters": true,
	"brother": true, "sister": true, "father": true, "mother": true, "family": true, "children": true,
	"son-in-law": true, "nephew": true, "niece": true, "widow": true, "spouse": true, "cousin": true,
}

// kinOf reports a possessive name followed by a kin noun.
func kinOf(toks []token, m mention) bool {
	q := m.j
	if q < len(toks) && toks[q].text == "'s" {
		q++
	}
	return q < len(toks) && kinNouns[toks[q].low] && q > 0 && toks[q-1].text == "'s"
}

// scienceNouns are what science studies of a place, body or creature
// ("to study Titan's chemistry", "studying Jupiter's atmosphere"): no firm's
// conduct or thing.
var scienceNouns = map[string]bool{
	"chemistry": true, "geology": true, "surface": true, "atmosphere": true, "climate": true, "orbit": true,
	"ecology": true, "biology": true, "habitability": true, "composition": true, "interior": true, "oceans": true,
	"moons": true, "rings": true, "weather": true, "genome": true, "anatomy": true, "evolution": true,
	"magnetic": true, "gravity": true, "ice": true, "soil": true, "behaviour": true, "behavior": true, "migration": true,
}

// prenominalParticiple: "integrated" right after "with" or a determiner
// describes the noun that follows ("a CPU with integrated Bluetooth", "an
// embedded modem"), it tells no act.
func prenominalParticiple(toks []token, k int) bool {
	if k == 0 || !strings.HasSuffix(toks[k].low, "ed") {
		return false
	}
	switch toks[k-1].low {
	case "with", "a", "an", "its", "their":
		return true
	}
	return false
}
