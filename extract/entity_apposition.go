package extract

// Authorities the catalogue does not know are named by apposition to a
// descriptor: "Turkey's banking regulator BDDK", "Nigeria's upstream
// petroleum regulator, the NUPRC,", "KFTC, South Korea's antitrust
// watchdog,". The name then stands for the authority, here and later in the
// article ("The NUPRC said ...").

// appositiveAuthorities merges a descriptor and the unknown name set beside
// it into one authority mention named by the name, and retypes names the
// article has already shown to be authorities.
func appositiveAuthorities(toks []token, ms []mention, ctx *docContext) []mention {
	out := ms[:0]
	for n := 0; n < len(ms); n++ {
		m := ms[n]
		if isNameLike(toks, m) && ctx.authNames != nil {
			if a, ok := ctx.authNames[m.ent.Name]; ok {
				m.class, m.ent, m.src = mAuth, a, "apposition"
				m.ent.Name = span(toks, m.i, m.j-btoi(m.poss))
				out = append(out, m)
				continue
			}
		}
		if isNameLike(toks, m) && m.class != mAuth && ctx.firmAcronyms != nil {
			if f, ok := ctx.firmAcronyms[m.ent.Name]; ok {
				// "SDX rejected the accusations" after "Siam Digital Exchange (SDX)"
				m.class, m.ent, m.src = mFirm, f, "acronym"
				m.ent.Name = span(toks, m.i, m.j-btoi(m.poss))
				out = append(out, m)
				continue
			}
		}
		if n+1 < len(ms) {
			nx := ms[n+1]
			// "Siam Digital Exchange (SDX)": remembered for later sentences
			// only; this one keeps its mentions as they are
			ctx.firmAcronym(toks, m, nx)
			if ctx.authorityAcronym(toks, m, nx) {
				out = append(out, m) // "The Energy Regulatory Authority (ERA)": one authority
				n++
				continue
			}
			// an authority then its acronym in brackets: "The Energy and
			// Petroleum Regulatory Authority (EPRA)" — the acronym is that
			// authority here and later, never a firm
			if m.class == mAuth && !m.poss && isNameLike(toks, nx) && nx.j-nx.i == 1 && nx.i == m.j+1 && toks[m.j].text == "(" && nx.j < len(toks) && toks[nx.j].text == ")" && isAcronym(toks[nx.i].text) {
				if ctx.authNames == nil {
					ctx.authNames = map[string]Entity{}
				}
				ctx.authNames[nx.ent.Name] = m.ent
				out = append(out, m)
				n++
				continue
			}
			// descriptor then name: "banking regulator BDDK", "regulator, the NUPRC,"
			if m.class == mAuth && !m.poss && m.src == "descriptor" && isNameLike(toks, nx) && nx.j-nx.i <= 4 && gapIsApposition(toks, m.j, nx.i) && !(officeOf(toks, m.i) && toks[m.j].text == ",") {
				out = append(out, ctx.mergeAuthority(toks, m, nx, nx))
				n++
				continue
			}
			// a description then the known authority it describes: "the
			// country's competition commission, KPPU," is KPPU, not two actors
			if m.class == mAuth && m.src == "descriptor" && !m.poss && nx.class == mAuth && nx.src != "descriptor" && m.j < len(toks) &&
				(toks[m.j].text == "," && (nx.i == m.j+1 || nx.i == m.j+2 && toks[m.j+1].low == "the") && (nx.j >= len(toks) || toks[nx.j].kind == tokPunct) ||
					nx.i == m.j && (isAcronym(toks[nx.i].text) || nx.j-nx.i == 1 && oneWordAuthority(toks[nx.i].low))) {
				// (also "antitrust regulator CADE", with no comma)
				nx.i = m.i
				out = append(out, nx)
				n++
				continue
			}
			// a known or formed authority then its description: "the Land
			// Transport Authority, Singapore's transport regulator," is one
			// authority, not two
			if m.class == mAuth && m.src != "descriptor" && !m.poss && nx.class == mAuth && nx.src == "descriptor" && nx.i == m.j+1 && toks[m.j].text == "," &&
				(nx.j >= len(toks) || toks[nx.j].kind == tokPunct) {
				m.j = nx.j
				out = append(out, m)
				n++
				continue
			}
			// name then descriptor: "KFTC, South Korea's antitrust watchdog,"
			if isNameLike(toks, m) && !m.poss && nx.class == mAuth && nx.src == "descriptor" && nx.i == m.j+1 && toks[m.j].text == "," &&
				(nx.j >= len(toks) || toks[nx.j].kind == tokPunct) {
				out = append(out, ctx.mergeAuthority(toks, nx, m, m))
				n++
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// isNameLike: an unknown capitalized name (or a lone acronym the typing
// rules set aside), not a known firm, person or place.
func isNameLike(toks []token, m mention) bool {
	if m.class == mName {
		return true
	}
	return m.class == mOther && m.src == "name" && m.j-m.i-btoi(m.poss) == 1 && isAcronym(toks[m.i].text)
}

// gapIsApposition: the tokens between a descriptor and a name are nothing,
// or ", the" / "," (the name then ends the phrase).
func gapIsApposition(toks []token, from, to int) bool {
	switch to - from {
	case 0:
		return true
	case 1:
		return toks[from].text == ","
	case 2:
		return toks[from].text == "," && toks[from+1].low == "the"
	}
	return false
}

// mergeAuthority makes one authority mention spanning desc and name, named
// by name (the scorer and readers know it by that), typed by desc.
func (c *docContext) mergeAuthority(toks []token, desc, name, last mention) mention {
	m := desc
	m.i = min(desc.i, name.i)
	m.j = max(desc.j, name.j)
	m.poss = last.poss
	m.src = "apposition"
	nm := span(toks, name.i, name.j-btoi(name.poss))
	m.ent = Entity{Name: nm, Canonical: nm, Type: desc.ent.Type, Country: desc.ent.Country}
	if desc.ent.Canonical != desc.ent.Name && desc.ent.Canonical != "" {
		m.ent.Canonical = desc.ent.Canonical // the catalogue knew the descriptor
	}
	if c.authNames == nil {
		c.authNames = map[string]Entity{}
	}
	c.authNames[nm] = m.ent
	c.auths = append(c.auths, m.ent)
	c.heads = append(c.heads, m.head)
	return m
}

// firmAcronym reports whether nx is an acronym in brackets right after the
// firm m ("Siam Digital Exchange (SDX)"), and teaches ctx that the acronym
// names that firm from now on: opening a later sentence ("SDX rejected the
// accusations") it is no unknown word.
func (c *docContext) firmAcronym(toks []token, m, nx mention) bool {
	if !m.firmOrName() || bodyWordIn(toks, m.i, m.j) || m.poss || !isNameLike(toks, nx) || nx.j-nx.i != 1 || !isAcronym(toks[nx.i].text) {
		return false
	}
	if nx.i != m.j+1 || toks[m.j].text != "(" || nx.j >= len(toks) || toks[nx.j].text != ")" {
		return false
	}
	if c.firmAcronyms == nil {
		c.firmAcronyms = map[string]Entity{}
	}
	c.firmAcronyms[toks[nx.i].text] = asFirm(m)
	return true
}

// bodyWordIn: a word of toks[i:j] says the name may be a public body ("National
// Medicines Control Organisation (NMCO)"), which other rules may yet type
// as an authority: its acronym is not taught as a firm's.
func bodyWordIn(toks []token, i, j int) bool {
	for q := i; q < j; q++ {
		switch toks[q].low {
		case "organisation", "organization", "authority", "commission", "agency", "ministry", "board", "council",
			"office", "bureau", "regulator", "department", "court", "tribunal", "service", "directorate", "administration", "inspectorate":
			return true
		}
	}
	return false
}
