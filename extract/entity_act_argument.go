package extract

import "strings"

// An unknown one-word name ("Zamlink", "Kaaspay") has no sign of being a
// firm in itself, so the typing rules leave it untyped and every frame
// passes it by. Its place in an authority's act is such a sign, whatever
// wording the act takes: what a regulator puts a penalty on, sends
// objections to, opens an inquiry into or hits with a fine is a firm, and
// so is what answers an authority by appealing or abiding by its decision,
// or is investigated or charged by one. promoteActArguments reads these
// argument slots; the verb lists of promoteAuthorityObjects cover only the
// plain "fined X" form.

// actPrepNouns: an authority's act told as a noun whose party follows a
// preposition ("a penalty on X", "objections to X", "a probe into X").
var actPrepNouns = toSet(`penalty penalties fine fines sanction sanctions licence license licences licenses permit
 objections investigation investigations probe probes inquiry enquiry audit raid raids case lawsuit suit complaint
 charges ban directive directives notice order orders approval proceedings action review inspection examination
 go-ahead nod light blessing subpoena subpoenas scrutiny`)

// actPreps: the prepositions that attach the party to such a noun.
var actPreps = toSet(`on to into against of`)

// actDirectVerbs: an authority's act whose direct object is the party,
// told with a light verb or a verb the plain list lacks ("handed X a fine",
// "hit X with", "served X with", "issued X with", "subpoenaed X").
var actDirectVerbs = toSet(`handed hands hit hits slapped slaps served serves issued issues set sets awarded awards
 sent sends subpoenaed subpoenas audited audits raided raids probed probes probing investigated investigates
 investigating charged charges sued sues accused accuses fines orders tells bars bans clears approves penalises
 penalizes sanctions summons summoned licenses licences authorizes authorises grants`)

// actObjectNext: what may follow such an object ("hit X with a fine",
// "handed X a $3 million fine", "sued X over", "accused X of").
var actObjectNext = toSet(`with a an the $ over for of to from in on after`)

// passiveActWords: an act told in the passive or as an undergone state,
// whose agent follows "by" ("is under investigation by", "had its licence
// revoked by", "faces a probe by").
var passiveActWords = toSet(`investigated investigation probed probe charged sued raided revoked fined penalised
 penalized sanctioned ordered told barred banned summoned audited cleared approved licensed granted suspended
 inquiry scrutiny hit slapped referred`)

// answerVerbsAny: a firm's answer to an authority's act ("will abide by",
// "lodged an appeal against", "vowed to fight", "welcomed").
var answerVerbsAny = toSet(`appeal appealed appeals challenge challenged challenges contest contested contests dispute
 disputed disputes deny denied denies reject rejected rejects refuse refused refuses comply complied complies
 abide abides abided welcomed welcomes accept accepted accepts implement fight overturn cooperate cooperated
 cooperating co-operate co-operated respects respect paid pay disagreed disagrees criticised criticized`)

func promoteActArguments(toks []token, ms []mention, persons map[string]bool) {
	firstAuth := -1
	for n := range ms {
		if ms[n].class == mAuth {
			firstAuth = n
			break
		}
	}
	for n := range ms {
		m := &ms[n]
		if m.class == mOther && m.src == "name" && nameLen(m) <= 3 && objectOfFirmAct(toks, ms, n, persons) {
			m.class = mFirm
			m.ent.Type = TypeFirm
			continue
		}
		if m.class != mOther || m.src != "name" || m.poss || nameLen(m) > 3 {
			continue
		}
		w := toks[m.i].low
		if nonFirmWords[w] || persons[w] || mediaWords[w] || placeAdjective(w) || chineseSurnames[w] || describesFirmAfter(toks, m.j) {
			continue
		}
		if clauseSubject(toks, m.i) && !pluralWord(toks[m.j-1]) && firmActOnFirm(toks, ms, n) {
			m.class = mFirm
			m.ent.Type = TypeFirm
			continue
		}
		if firstAuth < 0 {
			continue
		}
		if actPrepObject(toks, m.i) || placeOfSeizedFirm(toks, m.i) || n > firstAuth && (actDirectObject(toks, *m) || m.i >= 2 && toks[m.i-1].low == "that" && demandVerbs[toks[m.i-2].low]) ||
			clauseSubject(toks, m.i) && !pluralWord(toks[m.j-1]) && (byAuthority(toks, ms, n) || answersNamedAuthority(toks, ms, n)) {
			m.class = mFirm
			m.ent.Type = TypeFirm
		}
	}
}

// actPrepObject: the name at i follows an act noun and its preposition,
// with at most an amount or a few words between ("a fine of $3 million
// on X", "a statement of objections to X").
func actPrepObject(toks []token, i int) bool {
	if i < 2 || !actPreps[toks[i-1].low] {
		return false
	}
	for q := i - 2; q >= 0 && q >= i-7; q-- {
		t := toks[q]
		if actPrepNouns[t.low] {
			// "of" joins only an inquiry to its subject ("an audit of X"),
			// never a fine to its amount or a ban to its object
			return toks[i-1].low != "of" || probeNounOf[t.low]
		}
		if t.upper || t.text == "," || t.text == ";" || passiveBe[t.low] {
			return false
		}
	}
	return false
}

var probeNounOf = toSet(`audit investigation probe inquiry enquiry review inspection examination raid scrutiny`)

// seizedPlaces: what an authority raids, searches or summons in a firm's
// name ("raided the headquarters of X", "summoned executives of X"); the
// name after "of" is the firm the act falls on.
var seizedPlaces = toSet(`headquarters offices office premises executives bosses managers warehouses`)

// seizingActs: the act words that precede such a place.
var seizingActs = toSet(`raided raid raids searched search searches summoned summons summon inspected inspection`)

// placeOfSeizedFirm: the name at i follows "of" and a seized place, with
// the act word at most two words before the place.
func placeOfSeizedFirm(toks []token, i int) bool {
	if i < 3 || toks[i-1].low != "of" || !seizedPlaces[toks[i-2].low] {
		return false
	}
	for q := i - 3; q >= 0 && q >= i-5; q-- {
		if seizingActs[toks[q].low] {
			return true
		}
	}
	return false
}

// actDirectObject: the name stands right after an act verb and before
// what completes the act.
func actDirectObject(toks []token, m mention) bool {
	if m.i < 1 || !actDirectVerbs[toks[m.i-1].low] {
		return false
	}
	if m.j >= len(toks) {
		return true
	}
	next := toks[m.j]
	return actObjectNext[next.low] || next.kind != tokWord && next.text != "-" || isDigits(next.text)
}

// clauseSubject: the name opens its sentence, a clause after a fronted
// date or place ("In Lusaka on Tuesday, X ...") or the text after a
// dateline ("NEW DELHI - X ...").
func clauseSubject(toks []token, i int) bool {
	if i == 0 {
		return true
	}
	switch toks[i-1].text {
	case ",", "-", "\u2013", "\u2014", ":":
		return true
	}
	return false
}

// byAuthority: soon after the name an act word is followed by "by" and an
// authority, with no comma or person between.
func byAuthority(toks []token, ms []mention, n int) bool {
	m := ms[n]
	act := false
	for q := m.j; q < len(toks) && q < m.j+8; q++ {
		t := toks[q]
		switch {
		case t.text == "," || t.low == "he" || t.low == "she" || t.low == "his" || t.low == "her":
			return false
		case passiveActWords[t.low]:
			act = true
		case t.low == "by" && act:
			for _, o := range ms[n+1:] {
				if o.i == q+1 || o.i == q+2 && toks[q+1].low == "the" || o.i == q+3 && toks[q+2].low == "'s" {
					// ("by Brazil's Federal Prosecutor's Office": a country's body)
					return o.class == mAuth
				}
			}
			return false
		}
	}
	return false
}

// answersNamedAuthority: the name's verb, within a few words, is an answer
// to an act, and an authority is named soon after it ("X will abide by the
// CAK's decision", "X vowed to fight the regulator's ruling").
func answersNamedAuthority(toks []token, ms []mention, n int) bool {
	m := ms[n]
	v := -1
	for q := m.j; q < len(toks) && q < m.j+5; q++ {
		if answerVerbsAny[toks[q].low] {
			v = q
			break
		}
		if toks[q].upper || toks[q].text == "," {
			return false
		}
	}
	if v < 0 {
		return false
	}
	for q := v + 1; q < len(toks) && q <= v+8; q++ {
		switch toks[q].low {
		case "he", "she", "his", "her", "they", "their":
			return false
		}
	}
	for _, o := range ms[n+1:] {
		if o.i > v+8 {
			break
		}
		if o.class == mAuth && !o.weak && (o.ref || toks[o.i].upper) {
			// a bare "the court ruling" may be anyone's: "Musk appealed the
			// court ruling" answers no named authority
			return true
		}
	}
	return false
}

// describesFirmAfter: lower-case words after the name end in a firm noun
// ("Curitiba insurer X", "Budget carrier X", "Delivery app X"), so the name
// only places or qualifies the firm named next.
func describesFirmAfter(toks []token, j int) bool {
	for q := j; q < len(toks) && q < j+3; q++ {
		t := toks[q]
		if t.kind != tokWord || t.upper {
			return false
		}
		if descriptionHead(t.low) || pluralFirmHead(t.low) {
			return true
		}
	}
	return false
}

// pluralWord: "Protesters", "Unions", "Celebrities" are people, not a firm.
func pluralWord(t token) bool {
	w := t.low
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3 && !hasInnerCap(t.text)
}

// firmLightVerbs: verbs that carry a firm's act on another firm through
// their noun ("took a stake in", "completed its takeover of", "pulled the
// plug on its deal with"), beside the action triggers themselves.
var firmLightVerbs = toSet(`took takes completed completes made makes struck strikes signed signs formed forms filed
 files pulled pulls ended ends terminated terminates sealed seals inked inks launched launches`)

// firmActOnFirm: the name's verb, past auxiliaries and adverbs, is a firm's
// act (a trigger that firms perform, or a light verb), and a known firm or
// a name follows it in the clause: who sues, buys, partners with or cuts
// off a firm is one ("Zamlink cut ties with MTN").
func firmActOnFirm(toks []token, ms []mention, n int) bool {
	m := ms[n]
	v := -1
	for q := m.j; q < len(toks) && q < m.j+6; q++ {
		w := toks[q].low
		if firmLightVerbs[w] || firmActForm(w) {
			v = q
			break
		}
		if !dealSubjectGap[w] && !(strings.HasSuffix(w, "ly") && !toks[q].upper) {
			return false
		}
	}
	if v < 0 {
		return false
	}
	if w := toks[v].low; (w == "took" || w == "takes") && !wordWithin(toks, v+1, 4, "stake", "stakes", "control", "court") {
		return false // "Elderwood takes over the Great Hall": a restaurant moving in
	}
	for q := v + 1; q < len(toks) && q <= v+8; q++ {
		switch toks[q].low {
		case "he", "she", "his", "her", "him":
			return false
		}
	}
	for _, o := range ms[n+1:] {
		if o.i > v+8 || toks[o.i-1].text == "," {
			break
		}
		if o.i > v && (o.class == mFirm || o.class == mName) {
			return true
		}
	}
	return false
}

// firmActForm: w is a verb form of a trigger firms perform ("sued",
// "partnered", "acquired").
func firmActForm(w string) bool {
	for _, t := range defaultLexicon.forms[w] {
		if t.firmKind == KindAction && t.form != formNoun {
			return true
		}
	}
	return false
}

// firmActPreps: what joins the other firm to a firm's act, by the word
// the act ends in ("partnered with X", "opened its network to X", "a suit
// against X", "a stake in X", "its takeover of X").
var firmActPreps = map[string]func(string) bool{
	"with":    func(string) bool { return true },
	"to":      func(string) bool { return true },
	"against": func(string) bool { return true },
	"in": func(w string) bool {
		return w == "stake" || w == "stakes" || w == "invested" || w == "invests" || w == "investment"
	},
	"of": func(w string) bool { return w == "takeover" || w == "acquisition" || w == "control" || w == "purchase" },
}

// objectOfFirmAct: the name is what a named firm's act falls on, right
// after the verb ("Safaricom disconnected Kaaspay", "restricted Kaaspay's
// access") or after the preposition the act takes ("cut ties with X").
func objectOfFirmAct(toks []token, ms []mention, n int, persons map[string]bool) bool {
	m := ms[n]
	w := toks[m.i].low
	if m.i < 2 || nonFirmWords[w] || persons[w] || mediaWords[w] || placeAdjective(w) || chineseSurnames[w] || pluralWord(toks[m.j-1]) || describesFirmAfter(toks, m.j) {
		return false
	}
	if !m.poss && m.j < len(toks) && toks[m.j].kind == tokWord && !toks[m.j].upper && !actObjectNext[toks[m.j].low] && !clauseWords[toks[m.j].low] {
		return false // "integrated QR payments": the name only qualifies a noun
	}
	subj := -1
	for s := n - 1; s >= 0; s-- {
		if ms[s].j <= m.i-1 && (ms[s].class == mFirm || ms[s].class == mName) && !ms[s].poss && m.i-ms[s].j <= 9 {
			subj = s
		}
		if ms[s].class == mAuth || ms[s].class == mPerson {
			return false
		}
	}
	if subj < 0 {
		return false
	}
	for q := ms[subj].j; q < m.i; q++ {
		if toks[q].text == "," || toks[q].text == ";" {
			return false
		}
	}
	prev := toks[m.i-1].low
	if firmActForm(prev) {
		return true
	}
	takes, ok := firmActPreps[prev]
	if !ok {
		return false
	}
	for q := m.i - 2; q >= ms[subj].j; q-- {
		v := toks[q].low
		if firmActForm(v) || firmLightVerbs[v] || firmActNouns[v] {
			return takes(v) || prev != "in" && prev != "of"
		}
		if takes(v) {
			return true
		}
	}
	return false
}

// firmActNouns: the nouns of a firm's act on a firm, told as a thing.
var firmActNouns = toSet(`deal agreement partnership contract pact alliance venture ties link links suit lawsuit
 stake stakes takeover acquisition offer bid`)

// clauseWords may follow an object where its clause goes on.
var clauseWords = toSet(`and or as at by into since until when after last this because amid while which who that
 through via under until but so than`)

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
