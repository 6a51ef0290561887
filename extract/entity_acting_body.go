package extract

// A body whose name ends in an office word ("Office for Students",
// "Electricity Authority", "Central Drugs Standard Control Organisation")
// is typed a firm or left untyped when nothing in the name says it is the
// state's: the weak heads are shared with firms and charities, and a power
// or water "Authority" is often an operator. What such a body does settles
// it: one that fines a party, revokes, bars, or directs it to act holds
// public power, since no firm can. The promotion is per sentence and
// noted in the article's context, so "the regulator" later means it.

// actingBodyHeads are the last words of such a name.
var actingBodyHeads = toSet(`office board authority service council administration committee unit organisation
 organization prefecture commissioner directorate inspectorate`)

// actingBodyVerbs are acts only public power performs on a party; the
// ordering ones count only with "to" + verb after the party.
var actingBodyVerbs = toSet(`fined fines penalised penalized penalises penalizes sanctioned barred bars banned revoked
 revokes directed directs ordered orders instructed instructs`)

var actingBodyOrders = toSet(`directed directs ordered orders instructed instructs`)

// actingBodyAux may stand between the body and its verb.
var actingBodyAux = toSet(`has have had also recently`)

func promoteActingBodies(toks []token, ms []mention, ctx *docContext) {
	for n := range ms {
		m := &ms[n]
		if m.class != mFirm && m.class != mName && m.class != mOther || m.poss || m.j-m.i < 2 || m.src != "form" && m.src != "name" {
			continue
		}
		head := bodyHead(toks, m)
		if head < 0 {
			continue
		}
		q, acro := m.j, -1
		if q+2 < len(toks) && toks[q].text == "(" && toks[q+2].text == ")" && isAcronym(toks[q+1].text) {
			acro, q = q+1, q+3 // "the Central Drugs Standard Control Organisation (CDSCO) has directed"
		}
		for q < len(toks) && q < m.j+5 && actingBodyAux[toks[q].low] {
			q++
		}
		if q >= len(toks) || !actingBodyVerbs[toks[q].low] || !partyAfter(toks, ms, n, q) {
			continue
		}
		if actingBodyOrders[toks[q].low] && !wordWithin(toks, q+2, 12, "to") {
			continue
		}
		promoteBody(m, toks[head].low)
		ctx.note(*m)
		for a := range ms {
			if acro >= 0 && ms[a].i == acro {
				promoteBody(&ms[a], toks[head].low)
				ms[a].ent.Canonical = m.ent.Canonical
			}
		}
	}
}

func promoteBody(m *mention, head string) {
	m.class, m.head, m.src = mAuth, head, "form"
	m.ent.Type = TypeRegulator
}

// bodyHead: the office word heading m's name, last ("Electricity
// Authority") or before its field ("Office for Students", "Board of
// Investment"); -1 if none.
func bodyHead(toks []token, m *mention) int {
	if actingBodyHeads[toks[m.j-1].low] {
		return m.j - 1
	}
	for q := m.i; q+1 < m.j; q++ {
		if actingBodyHeads[toks[q].low] && (toks[q+1].low == "for" || toks[q+1].low == "of" || toks[q+1].low == "on") {
			return q
		}
	}
	return -1
}

// partyAfter: the first mention after the verb at q, within a few words, is
// a party an authority acts on (a firm, an untyped name or a class).
func partyAfter(toks []token, ms []mention, n, q int) bool {
	for a := n + 1; a < len(ms); a++ {
		if ms[a].i <= q {
			continue
		}
		return ms[a].i-q <= 4 && (ms[a].firmOrName() || ms[a].class == mSector || ms[a].class == mOther && ms[a].src == "name")
	}
	return false
}
