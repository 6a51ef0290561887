package extract

import (
	"slices"
	"strings"
)

// The article's memory for references: authorities, firms, groups,
// persons and places named so far, and how "it", "the regulator" or "the
// company" resolve against them.

// docContext remembers what the article has named so far, for references.
type docContext struct {
	auths  []Entity
	heads  []string
	firms  []Entity
	groups [][]Entity // firm lists named together
	// claims so far, for responses and agentless follow-ups
	claims []Claim
	// certainty of the previous sentence's attribution ("..., they said")
	prevReported bool
	// unknown names shown to be authorities by apposition ("regulator BDDK")
	authNames map[string]Entity
	// acronyms a firm was given in brackets ("Siam Digital Exchange (SDX)")
	firmAcronyms map[string]Entity
	// names of firms remembered without the catalogue or a firm's form
	unknown map[string]bool
	// words the article capitalizes inside sentences (names, not sentence openers)
	midCaps map[string]bool
	// capitalized words the article calls a firm somewhere ("rival Gojek")
	firmy map[string]bool
	// surnames of persons named in full earlier ("Jeffrey Epstein" ... "Epstein")
	persons map[string]bool
	// countries named so far, whose governments may act unnamed
	places []Entity
	// lists of firms that were targets of one claim, for "they"
	claimGroups [][]Entity
	// the firm opening the current and the previous sentence as its
	// subject, which "the company" most often means
	curSubject, prevSubject *Entity
	// a firm, name or pronoun already stood in the sentence before, so a
	// later name is an object, not the subject ("Paczka24 shut DPD Polska out")
	subjectTaken bool
	// the authority a recent sentence told issuing rules ("The IRDAI issued
	// new rules on Monday."), for a class bound by "must" next; rulesLeft
	// counts the sentences it still stands for
	rulesBy   *Entity
	rulesLeft int
	// agentless passive acts of the sentence just read, waiting for an
	// authority to open the next one (claims_agent_next.go)
	agentless []headAnswer
	// a headline's act on a firm told without its authority (claims_headline_owned.go)
	headAct *headAct
	// the latest firm introduced by a specific head right before its name
	// ("private bank Lémanique"), for "the bank" later
	described map[string]Entity
	// a firm's brand or service named with it ("G-Xchange, which runs
	// GCash"): the brand's lower-case name to its owner, whose acts it answers
	brands map[string]Entity
	sentNameState
}

// beginSentence moves the current sentence's subject firm to the previous one.
func (c *docContext) beginSentence() {
	c.prevSubject, c.curSubject = c.curSubject, nil
	c.subjectTaken = false
	c.beginNames(len(c.firms))
}

// noteSubject records m as the sentence's subject firm when it is the
// first firm named and only descriptions stand before it.
func (c *docContext) noteSubject(toks []token, m mention) {
	taken := c.subjectTaken
	if !m.poss && (m.firmOrName() || m.class == mPron) {
		c.subjectTaken = true
	}
	if taken || c.curSubject != nil || m.ref || m.poss || !(m.class == mFirm || m.class == mName && (nameLen(&m) >= 2 && !titledName(m.ent.Name) || c.namedFirmBefore(m.ent.Name))) {
		return
	}
	from := openerEnd(toks, m.i)
	for q := from; q < m.i; q++ {
		t := toks[q]
		if t.kind == tokPunct && t.low != "'s" || verbCue[t.low] || attributionVerbs[t.low] || objectStops[t.low] {
			return
		}
	}
	e := m.ent
	c.curSubject = &e
}

// subjectFirm: the firm "the company" should mean, if the current or the
// previous sentence opened with one.
func (c *docContext) subjectFirm() *Entity {
	if c.curSubject != nil {
		return c.curSubject
	}
	return c.prevSubject
}

func (c *docContext) note(m mention) {
	switch m.class {
	case mAuth:
		if !m.ref || true {
			c.auths = append(c.auths, m.ent)
			c.heads = append(c.heads, m.head)
		}
	case mFirm:
		c.firms = append(c.firms, m.ent)
	case mPlace:
		if m.ent.Country != "" {
			c.places = append(c.places, m.ent)
		}
	}
}

func (c *docContext) lastAuth(head string) *Entity {
	for i := len(c.auths) - 1; i >= 0; i-- {
		if head == "" || c.heads[i] == head {
			return &c.auths[i]
		}
	}
	return nil
}

// lastAuthHead resolves "the <head>": the last authority whose head or
// type fits; with no such authority, the last authority at all.
func (c *docContext) lastAuthHead(head string) *Entity {
	want := authHeads[head]
	for i := len(c.auths) - 1; i >= 0; i-- {
		a := c.auths[i]
		if c.heads[i] == head || strings.Contains(strings.ToLower(a.Name), head) || strings.Contains(strings.ToLower(a.Canonical), head) {
			return &c.auths[i]
		}
		if head == "central bank" {
			continue
		}
		if want != "" && a.Type == want && head != "court" && head != "judge" {
			return &c.auths[i]
		}
		if (head == "court" || head == "judge") && a.Type == TypeCourt {
			return &c.auths[i]
		}
	}
	if head == "court" || head == "judge" || head == "central bank" {
		return nil
	}
	for i := len(c.auths) - 1; i >= 0; i-- {
		if c.auths[i].Type != TypeGovernment || head == "government" {
			return &c.auths[i]
		}
	}
	return nil
}

// lastKnownFirm is the last firm the catalogue or a corporate form named:
// a loose head ("the owner", "the service") is not trusted to point at a
// name only guessed to be a firm.
func (c *docContext) lastKnownFirm() *Entity {
	for i := len(c.firms) - 1; i >= 0; i-- {
		if !c.unknown[c.firms[i].Name] {
			return &c.firms[i]
		}
	}
	return nil
}

// lastActedOn is the firm the last authority claim bound, when it bound one.
func (c *docContext) lastActedOn() *Entity {
	for i := len(c.claims) - 1; i >= 0; i-- {
		cl := c.claims[i]
		switch cl.Kind {
		case KindPenalty, KindProbe, KindMandate, KindApproval:
			if len(cl.Targets) == 1 && cl.Targets[0].Type == TypeFirm {
				e := cl.Targets[0]
				return &e
			}
			return nil
		}
	}
	return nil
}

func (c *docContext) lastFirm() *Entity {
	if len(c.firms) == 0 {
		return nil
	}
	return &c.firms[len(c.firms)-1]
}

// lastFirmExcept returns the last firm that is not among the last skip
// distinct firms ("its rival": not the subject itself).
func (c *docContext) lastFirmExcept(skip int) *Entity {
	var seen []string
	for i := len(c.firms) - 1; i >= 0; i-- {
		key := c.firms[i].Canonical
		if slices.Contains(seen, key) {
			continue
		}
		if len(seen) >= skip {
			return &c.firms[i]
		}
		seen = append(seen, key)
	}
	return nil
}

func (c *docContext) firmGroup() []Entity {
	if len(c.claimGroups) > 0 {
		return c.claimGroups[len(c.claimGroups)-1]
	}
	if len(c.groups) > 0 {
		return c.groups[len(c.groups)-1]
	}
	if len(c.firms) >= 2 {
		a, b := c.firms[len(c.firms)-2], c.firms[len(c.firms)-1]
		if a.Canonical != b.Canonical && !c.unknown[a.Name] && !c.unknown[b.Name] {
			// (names only guessed to be firms do not make a group for "they")
			return []Entity{a, b}
		}
	}
	return nil
}

// lastFirmNot: the last firm named that is not e (else the last firm).
func (c *docContext) lastFirmNot(e Entity) *Entity {
	for i := len(c.firms) - 1; i >= 0; i-- {
		if !sameEntity(c.firms[i], e) {
			return &c.firms[i]
		}
	}
	return c.lastFirm()
}

// lastTwoFirms: the two firms named last, distinct, or nil.
func (c *docContext) lastTwoFirms() []Entity {
	var out []Entity
	for i := len(c.firms) - 1; i >= 0 && len(out) < 2; i-- {
		f := c.firms[i]
		if len(out) == 1 && (sameEntity(f, out[0]) || wordPrefix(out[0].Name, f.Name)) {
			continue
		}
		if len(out) == 0 {
			// the longest name the short one stands for ("Zenith" after "Zenith Mobile")
			for q := i - 1; q >= 0; q-- {
				if wordPrefix(f.Name, c.firms[q].Name) && len(c.firms[q].Name) > len(f.Name) {
					f = c.firms[q]
					break
				}
			}
		}
		out = append(out, f)
	}
	if len(out) < 2 {
		return nil
	}
	return []Entity{out[1], out[0]}
}

// wordPrefix: one name is the other's first words ("Zenith", "Zenith Mobile").
func wordPrefix(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	return a == b || strings.HasPrefix(b, a+" ") || strings.HasPrefix(a, b+" ")
}

// headNameWords: words in a firm's name that show what "the lender", "the
// insurer" or "the airline" refers to.
var headNameWords = map[string][]string{
	"lender":  {"bank", "banka", "bancorp", "credit", "finance", "lending", "kredyt", "kredytnyi", "banco", "banca", "banque", "bankasi", "bankası", "crédito", "credito", "kredit", "financiera", "financeira"},
	"bank":    {"bank", "banka", "bancorp", "banco", "banque", "banca", "bankasi", "bankası"},
	"insurer": {"insurance", "assurance", "life", "seguros", "re", "seguradora", "aseguradora", "assurances", "versicherung", "sigorta", "takaful"},
	"airline": {"air", "airlines", "airways", "aviation", "aerolíneas", "aerolineas", "aéreas", "aereas", "havayolları"},
	"carrier": {"air", "airlines", "airways", "telecom", "mobile", "móvil", "movil", "móvel", "movel", "telecomunicaciones", "telecomunicações", "telekom", "telkom", "cellular", "wireless", "aerolíneas", "aerolineas"},
	"miner":   {"mining", "mines", "gold", "minerals", "resources", "minera", "mineração", "mineracao", "madencilik", "bergbau"},
	"brewer":  {"brewery", "breweries", "brewing", "cervecería", "cerveceria", "cervejaria", "brauerei"},
	// (drugmakers, utilities, operators, carmakers ... named the world over)
	"drugmaker":  {"pharmaceutical", "pharmaceuticals", "pharma", "drug", "drugs", "laboratories", "labs", "therapeutics", "biotech", "biosciences", "biopharma", "laboratorios", "laboratórios", "farma", "farmacéutica", "farmaceutica", "lifesciences"},
	"utility":    {"power", "electric", "electricity", "energy", "water", "gas", "utilities", "lighting", "eléctrica", "electrica", "energía", "energia", "enerji", "electrificadora"},
	"operator":   {"telecom", "telecoms", "telecommunications", "mobile", "cellular", "wireless", "telekom", "telkom", "móvil", "movil", "móvel", "movel", "telecomunicaciones", "telecomunicações"},
	"telco":      {"telecom", "telecoms", "telecommunications", "mobile", "cellular", "wireless", "telekom", "telkom", "móvil", "movil", "móvel", "movel", "telecomunicaciones", "telecomunicações"},
	"carmaker":   {"motor", "motors", "auto", "automotive", "automobile"},
	"automaker":  {"motor", "motors", "auto", "automotive", "automobile"},
	"steelmaker": {"steel", "steels", "aceros", "acero", "çelik", "celik", "stahl"},
	"chipmaker":  {"semiconductor", "semiconductors", "chips", "micro", "microelectronics"},
	"refiner":    {"refinery", "refineries", "refining", "petroleum", "oil", "petróleos", "petroleos", "refinería", "refineria"},
	"retailer":   {"retail", "stores", "mart", "supermarket", "supermarkets", "market"},
	"brokerage":  {"securities", "brokers", "broking", "brokerage", "capital"},
	"broker":     {"securities", "brokers", "broking", "brokerage", "capital"},
	"developer":  {"properties", "property", "land", "realty", "development", "developments", "estates"},
	"shipper":    {"shipping", "lines", "maritime", "naviera", "navegação", "denizcilik"},
	// (and the trade words of names in other languages: "Banca Alpina" is
	// "the lender" as much as "Sud Finance" is)
	"miller":  {"mills", "milling", "flour", "harinera", "harinas", "molinos", "moinhos"},
	"grocer":  {"mart", "market", "supermarket", "supermarkets", "grocers", "foods", "supermercados", "mercados"},
	"airport": {"airport", "airports", "aeropuerto", "aeroporto"},
}

// firmNamedLike: among the last few firms, the latest whose name carries
// a word of the head ("the lender" -> "X Bank"), when exactly one does.
func (c *docContext) firmNamedLike(head string) *Entity {
	words, ok := headNameWords[head]
	if !ok {
		return nil
	}
	var hit *Entity
	for i := len(c.firms) - 1; i >= 0 && i >= len(c.firms)-6; i-- {
		for _, w := range strings.Fields(strings.ToLower(c.firms[i].Name)) {
			for _, h := range words {
				if w == h {
					if hit != nil && !strings.EqualFold(hit.Canonical, c.firms[i].Canonical) && !wordPrefix(hit.Name, c.firms[i].Name) {
						return nil // two such firms: leave it to the usual order
					}
					if hit == nil {
						hit = &c.firms[i]
					}
				}
			}
		}
	}
	return hit
}
