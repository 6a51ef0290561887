package extract

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"sync"
)

// The catalogue is a plain-text file an editor can read and extend without Go:
// one entity per line, five fields separated by "|":
//
//	kind | country | canonical name | aliases (";"-separated) | owned names (";"-separated)
//
// kind is an entity type (firm, government, regulator, court, legislature,
// other) or one of the place kinds: country (names and demonyms of a country,
// which may stand for its government in headline-ese: "China fines ..."),
// capital (a capital city that stands for the government: "Washington said"),
// place (a region or city that only qualifies an authority: "Beijing court").
// Aliases written in lower case ("industry ministry") are descriptors: they
// only name the entity after a country qualifier ("China's industry
// ministry"), because bare they fit many authorities. Owned names are
// products, units and subsidiaries; a mention of one is the owner for scoring
// (Taobao -> Alibaba Group). Lines starting with "#" and blank lines are
// ignored. See docs/catalog.md.

//go:embed catalog/entities.txt
var defaultCatalogData []byte

// CatalogEntry is one entity of the catalogue.
type CatalogEntry struct {
	Kind      string // entity type, or country / capital / place
	Country   string // ISO 3166 alpha-2, "EU" or "" for international bodies
	Canonical string
	Aliases   []string
	Owns      []string
	Line      int // line in the file it came from, for editors' error messages
}

func (e *CatalogEntry) isPlace() bool {
	return e.Kind == "country" || e.Kind == "capital" || e.Kind == "place"
}

// catName is one way of writing an entity, tokenized for matching.
type catName struct {
	toks     []string // lower-case tokens
	exact    string   // for all-caps acronyms: the exact surface required
	entry    *CatalogEntry
	owned    bool // a product or unit: canonical is the owner's
	capFirst bool // written with an initial capital in the file
}

// Catalog is an immutable set of known entities with a token index for
// longest-match lookup. Build it with ParseCatalog or DefaultCatalog.
type Catalog struct {
	entries []*CatalogEntry
	byFirst map[string][]*catName // first token -> names, longest first
	// byFirstLower is byFirst without the names written with a capital,
	// the only ones a lower-case word may start: most words of a text are
	// lower case, and this much smaller map answers them faster
	byFirstLower map[string][]*catName
	// desc maps "CC descriptor" (e.g. "CN industry ministry") to its entity.
	desc map[string]*CatalogEntry
	// descNorm is desc under normalized descriptors (normDescriptor).
	descNorm map[string]*CatalogEntry
	// countryOf maps a lower-case place name or demonym to its country code.
	countryOf map[string]string
	// placeFirst holds the first lower-case token of every place name, so
	// most tokens are rejected with one map lookup.
	placeFirst map[string]bool
}

var validKinds = map[string]bool{
	TypeFirm: true, TypeGovernment: true, TypeRegulator: true, TypeCourt: true,
	TypeLegislature: true, TypeOther: true, TypeSector: true,
	"country": true, "capital": true, "place": true,
}

// ParseCatalog parses a catalogue file. Errors name the line.
func ParseCatalog(data []byte) (*Catalog, error) {
	var entries []*CatalogEntry
	for n, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(strings.TrimSuffix(line, "\r"))
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "|")
		if len(f) < 3 || len(f) > 5 {
			return nil, fmt.Errorf("extract: catalog line %d: want 3 to 5 fields separated by \"|\" (kind | country | name | aliases | owns), got %d", n+1, len(f))
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		e := &CatalogEntry{Kind: strings.ToLower(f[0]), Country: strings.ToUpper(f[1]), Canonical: f[2], Line: n + 1}
		if !validKinds[e.Kind] {
			return nil, fmt.Errorf("extract: catalog line %d: unknown kind %q", n+1, f[0])
		}
		if e.Canonical == "" {
			return nil, fmt.Errorf("extract: catalog line %d: empty canonical name", n+1)
		}
		if len(e.Country) > 3 {
			return nil, fmt.Errorf("extract: catalog line %d: country %q is not a 2-letter code", n+1, f[1])
		}
		if len(f) > 3 {
			e.Aliases = splitList(f[3])
		}
		if len(f) > 4 {
			e.Owns = splitList(f[4])
		}
		entries = append(entries, e)
	}
	return buildCatalog(entries), nil
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ";") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// Merge returns a new catalogue with other's entries added after c's; on a
// clash of names the later entry (other's) wins, so editors can override.
func (c *Catalog) Merge(other *Catalog) *Catalog {
	if other == nil {
		return c
	}
	all := make([]*CatalogEntry, 0, len(c.entries)+len(other.entries))
	all = append(all, c.entries...)
	all = append(all, other.entries...)
	return buildCatalog(all)
}

// Entries returns the catalogue's entries (shared; do not modify).
func (c *Catalog) Entries() []*CatalogEntry { return c.entries }

func buildCatalog(entries []*CatalogEntry) *Catalog {
	c := &Catalog{entries: entries, byFirst: map[string][]*catName{}, desc: map[string]*CatalogEntry{}, descNorm: map[string]*CatalogEntry{}, countryOf: map[string]string{}, placeFirst: map[string]bool{}}
	// later entries override earlier ones with the same written form
	seen := map[string]*catName{}
	add := func(surface string, e *CatalogEntry, owned bool) {
		toks := tokenize(surface)
		if len(toks) == 0 {
			return
		}
		lower := surface == strings.ToLower(surface) && !e.isPlace() && e.Kind != TypeFirm
		if lower {
			c.desc[e.Country+" "+joinLow(toks)] = e
			// also under a normalized key, so "competition watchdog" finds the
			// authority listed as "competition authority"
			nk := e.Country + " " + normDescriptor(joinLow(toks))
			if _, taken := c.descNorm[nk]; !taken {
				c.descNorm[nk] = e
			}
			return
		}
		n := &catName{entry: e, owned: owned, capFirst: toks[0].upper}
		for _, t := range toks {
			n.toks = append(n.toks, t.low)
		}
		if isAcronym(surface) {
			n.exact = surface
		}
		key := strings.Join(n.toks, " ")
		if old, ok := seen[key]; ok {
			// the same entity written twice ("Nvidia", "NVIDIA"): keep the
			// form that matches more; another entity: the later one wins
			if old.entry != e || old.exact != "" {
				*old = *n
			}
			return
		}
		seen[key] = n
		c.byFirst[n.toks[0]] = append(c.byFirst[n.toks[0]], n)
	}
	for _, e := range entries {
		if e.isPlace() {
			c.countryOf[strings.ToLower(e.Canonical)] = e.Country
			for _, a := range e.Aliases {
				c.countryOf[strings.ToLower(a)] = e.Country
			}
		}
		add(e.Canonical, e, false)
		for _, a := range e.Aliases {
			add(a, e, false)
		}
		for _, o := range e.Owns {
			add(o, e, true)
		}
	}
	for name := range c.countryOf {
		if toks := tokenize(name); len(toks) > 0 {
			c.placeFirst[toks[0].low] = true
		}
	}
	for k, ns := range c.byFirst {
		sort.SliceStable(ns, func(i, j int) bool { return len(ns[i].toks) > len(ns[j].toks) })
		c.byFirst[k] = ns
	}
	c.byFirstLower = map[string][]*catName{}
	for k, ns := range c.byFirst {
		for _, n := range ns {
			if !n.capFirst {
				c.byFirstLower[k] = append(c.byFirstLower[k], n)
			}
		}
	}
	return c
}

func joinLow(toks []token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.low)
	}
	return b.String()
}

// isAcronym: all letters upper case and at least two of them ("SEC", "U.S.").
func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			return false
		}
		if r >= 'A' && r <= 'Z' {
			letters++
		}
	}
	return letters >= 2 && !strings.Contains(s, " ")
}

// lookup returns the longest catalogue name starting at toks[k], and its length.
func (c *Catalog) lookup(toks []token, k int) (*catName, int) {
	byFirst := c.byFirst
	if t := &toks[k]; !t.upper && t.kind == tokWord {
		byFirst = c.byFirstLower
	}
	for _, n := range byFirst[toks[k].low] {
		if k+len(n.toks) > len(toks) {
			continue
		}
		ok := true
		for i, w := range n.toks {
			if toks[k+i].low != w {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if n.exact != "" && toks[k].text != n.exact {
			continue
		}
		// a name starting with a capital must be written with one in the text
		// ("Meta", not "meta"), unless the catalogue spells it in lower case
		first := toks[k]
		if !first.upper && first.kind == tokWord && n.capFirst {
			continue
		}
		return n, len(n.toks)
	}
	return nil, 0
}

// descriptor looks up a lower-case descriptor ("industry ministry") for a country.
func (c *Catalog) descriptor(country, desc string) *CatalogEntry {
	if e, ok := c.desc[country+" "+desc]; ok {
		return e
	}
	if e, ok := c.descNorm[country+" "+normDescriptor(desc)]; ok {
		return e
	}
	return nil
}

// descriptor words that mean the same for finding an authority.
var descSynonyms = map[string]string{
	"antitrust": "competition", "cartel": "competition", "anti-monopoly": "competition", "antimonopoly": "competition",
	"watchdog": "body", "regulator": "body", "authority": "body", "commission": "body", "agency": "body",
	"bureau": "body", "office": "body", "board": "body", "service": "body", "administration": "body",
	"privacy": "data", "data-protection": "data", "markets": "securities", "market": "market", "stock": "securities",
	"telecoms": "telecom", "telecommunications": "telecom", "communications": "telecom",
}

func normDescriptor(desc string) string {
	ws := strings.Fields(desc)
	out := ws[:0:0]
	for _, w := range ws {
		if s, ok := descSynonyms[w]; ok {
			w = s
		}
		if w == "protection" {
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// Stats counts entries by kind, for documentation and tests.
func (c *Catalog) Stats() map[string]int {
	m := map[string]int{}
	countries := map[string]bool{}
	for _, e := range c.entries {
		m[e.Kind]++
		if e.Country != "" {
			countries[e.Country] = true
		}
	}
	m["jurisdictions"] = len(countries)
	return m
}

var defaultCatalog = sync.OnceValue(func() *Catalog {
	c, err := ParseCatalog(defaultCatalogData)
	if err != nil {
		panic(err) // the embedded file is checked by tests
	}
	return c
})

// DefaultCatalog returns the built-in catalogue, parsed once; it is immutable.
func DefaultCatalog() *Catalog { return defaultCatalog() }
