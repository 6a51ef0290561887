package extract

import "strings"

// Penalties named by a noun: "imposed a fine on X", "X was hit with a
// fine by Y", "slapped X with fines", "... and imposed a fine of N".

// buildPenaltyNoun: "slapped a fine of 42 billion won on Google", "imposed
// a $220 million penalty on Meta": the fine's subject is the actor, the
// firm after on/against the target.
func (x *ClaimExtractor) buildPenaltyNoun(toks []token, ms []mention, k int, sofar []Claim) ([]Claim, string) {
	// the noun must follow an imposing verb or a determiner/amount, and be followed by on/against
	if k == 0 {
		return nil, ""
	}
	// "Amazon was hit with a €746 million fine by Luxembourg's data protection authority"
	for i := k - 1; i >= 1 && i >= k-8; i-- {
		if toks[i].low == "with" && (toks[i-1].low == "hit" || toks[i-1].low == "slapped") {
			aux := i - 2
			for aux >= 0 && aux >= i-5 && !beForms[toks[aux].low] {
				aux--
			}
			if aux < 0 || !beForms[toks[aux].low] {
				break
			}
			targets := onlyTargets(passiveTargets(toks, ms, aux), nil)
			agent := agentAfter(toks, ms, k)
			if len(targets) == 0 || len(agent) == 0 || ms[agent[0]].class != mAuth {
				break
			}
			amt, _ := findAmount(toks, i)
			var out []Claim
			for _, a := range entitiesOf(ms, agent, isAuth, "auth") {
				out = append(out, Claim{Kind: KindPenalty, Actor: a, Targets: targets, Action: "fine", Amount: amt, Negated: negatedAt(toks, i-1), Confidence: 0.7, Rule: "penalty/hit-with-fine"})
			}
			return out, ""
		}
	}
	if cs := activeHitWith(toks, ms, k); cs != nil {
		return cs, ""
	}
	// "a €2.4 billion fine imposed on Google by the European Commission",
	// "a 5 million euro fine was imposed on X by Y"
	kk := k
	for q := k + 1; q+1 < len(toks) && q <= k+7; q++ {
		// past an amount ("a penalty of 2 million rand has been levied on")
		if toks[q].low == "was" || toks[q].low == "were" {
			kk = q
			break
		}
		if (toks[q].low == "has" || toks[q].low == "had" || toks[q].low == "have") && toks[q+1].low == "been" {
			kk = q + 1
			break
		}
		if toks[q].kind == tokWord && !(toks[q].low == "of" || scaleWords[toks[q].low] > 0 || currencyWords[toks[q].low] != "") && !(toks[q].upper && currencyWords[toks[q].low] != "") {
			break
		}
	}
	if kk+3 < len(toks) && (toks[kk+1].low == "imposed" || toks[kk+1].low == "levied" || toks[kk+1].low == "handed") && toks[kk+2].low == "on" {
		k := kk
		var idx []int
		for n := range ms {
			if ms[n].i == k+3 || ms[n].i == k+4 && toks[k+3].low == "the" {
				idx = listFrom(toks, ms, n)
				break
			}
		}
		targets := onlyTargets(entitiesOf(ms, idx, isFirmish, "firm"), nil)
		agent := agentAfter(toks, ms, k+1)
		if len(targets) > 0 && len(agent) > 0 && (ms[agent[0]].class == mAuth || ms[agent[0]].class == mPlace) {
			amt, _ := findAmount(toks, max(0, k-6))
			var out []Claim
			for _, a := range entitiesOf(ms, agent, isAuth, "auth") {
				out = append(out, Claim{Kind: KindPenalty, Actor: a, Targets: targets, Action: "fine", Amount: amt, Confidence: 0.7, Rule: "penalty/fine-imposed-on-by"})
			}
			return out, ""
		}
	}
	if c := possessedFineFrom(toks, ms, k); c != nil {
		return []Claim{*c}, ""
	}
	on := -1
	for i := k + 1; i < len(toks) && i < k+13; i++ {
		if toks[i].low == "on" || toks[i].low == "against" || toks[i].low == "for" && firmRightAfter(ms, i) {
			// ("imposed a €10 million fine for Acme Foods": a firm, not a reason, after "for")
			on = i
			break
		}
		if i >= k+10 && toks[k+1].low != "of" {
			break // (past ten words only a sized fine: "a fine of up to 10% of annual sales on X")
		}
		if toks[i].kind == tokPunct && toks[i].text != "(" && toks[i].text != ")" && toks[i].text != "$" && toks[i].text != "€" && toks[i].text != "£" && toks[i].text != "%" {
			break
		}
	}
	if on < 0 {
		// "ordered Woowa Brothers to stop ... and imposed a fine of 27 billion won":
		// the second act falls on the firms of the first
		if cs := coordinatedFine(toks, k, sofar); cs != nil {
			return cs, ""
		}
		if cs := acceptedFine(toks, ms, k); cs != nil {
			return cs, "" // "X agreed to civil penalties of $210 million imposed by Y"
		}
		return nil, "fine/penalty noun without \"on\" a firm"
	}
	imposing := false
	for i := k - 1; i >= 0 && i >= k-10; i-- {
		// (ten words back: "will impose a corrective order and a 2.8 billion won fine on X")
		switch toks[i].low {
		case "imposed", "imposes", "impose", "imposing", "slapped", "slaps", "slap", "levied", "levies", "levy", "issued", "issues", "handed", "hands", "meted", "announced",
			"considering", "weighing", "mulling", "threatened", "threatens", "threatening", "slammed", "slams", "clamped", "clamps",
			"propose", "proposes", "proposed", "proposing":
			// ("could propose civil penalties against X": the FAA's proposed penalty, hedged by "could")
			// weighed or threatened penalties are claims too, hedged by the verb
			imposing = true
		case "put", "puts", "putting", "placed", "places", "placing", "declared", "declares", "introduced", "introduces":
			// "put a moratorium on", "placed curbs on": a restriction, never a fine
			imposing = imposing || restrictionNouns[toks[k].low]
		}
	}
	var imposedBy []int
	if !imposing {
		// "a fine on X of NZ$2.4 million, imposed by the Environment Court"
		if imposedBy = imposedByAfter(toks, ms, on); len(imposedBy) > 0 {
			imposing = true
		}
	}
	if !imposing && imposedRelative(toks, k) {
		// "the asset cap it imposed on Wells Fargo in 2018": the act told in
		// a relative clause, its author the clause's subject
		imposing = true
	}
	if !imposing && authPossessorOf(toks, ms, k) {
		// "The Hellenic Competition Commission's EUR 8.6 million fine on Agora
		// Markets ... was upheld": the authority's own fine
		imposing = true
	}
	if !imposing {
		return nil, "fine/penalty noun without an imposing verb"
	}
	var idx []int
	for i := range ms {
		if ms[i].i == on+1 || (ms[i].i == on+2 && toks[on+1].low == "the") {
			idx = listFrom(toks, ms, i)
			break
		}
	}
	if len(idx) == 0 {
		// "imposed sanctions on fintech lender Pinjam Cepat"
		if i := firmInPhraseAfter(toks, ms, on-1, 5, toks[on].low); i >= 0 {
			idx = listFrom(toks, ms, i)
		}
	}
	targets := onlyTargets(entitiesOf(ms, idx, isFirmish, "firm"), nil)
	if len(targets) == 0 {
		// "a penalty on Visayas power distributor Luzviminda Electric": past a place and a description
		if i := firmInPhraseAfter(toks, ms, on-1, 7, toks[on].low); i >= 0 {
			targets = onlyTargets(entitiesOf(ms, listFrom(toks, ms, i), isFirmish, "firm"), nil)
		}
	}
	if len(targets) == 0 || onlySectors(targets) {
		// "penalties on nine financial institutions linked to a case, including
		// Citibank, UBS and Julius Baer": the named members of the class too
		targets = append(targets, namedExamples(toks, ms, on)...)
	}
	if len(targets) == 0 && on+2 < len(toks) && (securityNouns[toks[on+1].low] || toks[on+1].low == "the" && securityNouns[toks[on+2].low]) {
		// "a trading ban on shares of steelmaker X": the issuer
		if i := firmInPhraseAfter(toks, ms, on, 8, "of"); i >= 0 {
			targets = onlyTargets(entitiesOf(ms, listFrom(toks, ms, i), isFirmish, "firm"), nil)
		}
	}
	if len(targets) == 0 && restrictionNouns[toks[k].low] {
		// "a moratorium on new licences for satellite internet providers": the class the thing is for
		targets = restrictedFor(toks, ms, on)
	}
	if len(targets) == 0 {
		return nil, "fine/penalty on no firm"
	}
	a := nearestAuth(toks, ms, k, false)
	if len(imposedBy) > 0 {
		e := ms[imposedBy[0]].ent
		a = &e
	}
	if a == nil {
		// "Indonesia's OJK imposed sanctions on ...": an unknown acronym imposing
		if s := subjectBefore(toks, ms, k, func(m mention) bool {
			return (m.class == mName || m.class == mOther && m.src == "name") && isAcronym(toks[m.i].text)
		}, 8); len(s) > 0 && ms[s[len(s)-1]].class != mPron {
			e := ms[s[len(s)-1]].ent
			e.Type = TypeRegulator
			a = &e
		}
	}
	if a == nil {
		// "The EU imposed sanctions on ...": a country or union as the subject
		for _, m := range ms {
			if m.class == mPlace && m.j <= k && k-m.j <= 5 {
				e := m.ent
				a = &e
			}
		}
	}
	if a == nil {
		return nil, "fine/penalty by no authority"
	}
	amt, _ := findAmount(toks, max(0, k-6))
	return []Claim{{Kind: KindPenalty, Actor: *a, Targets: targets, Action: "fine", Amount: amt, Confidence: 0.7, Rule: "penalty/impose-fine"}}, ""
}

// activeHitWith: "Morocco's Competition Council slapped Afriquia and Total
// Maroc with fines", "the regulator hit the bank with a penalty": the
// firms between the verb and "with" are fined by the subject.
func activeHitWith(toks []token, ms []mention, k int) []Claim {
	for i := k - 1; i >= 1 && i >= k-8; i-- {
		if toks[i].low != "with" {
			continue
		}
		end := i
		if toks[i-1].text == "," {
			// "hit Kobo Foods, a small miller based in Eldoret, with a penalty":
			// the firm stands before the appositive that describes it
			end = appositiveOpen(toks, i-1)
		}
		last := -1
		for n := range ms {
			if ms[n].j == end {
				last = n
			}
		}
		if last < 0 {
			return nil
		}
		list := listLeft(toks, ms, last)
		v := ms[list[0]].i - 1
		if v >= 0 && (toks[v].low == "the" || toks[v].low == "a") {
			v--
		}
		for v >= 0 && toks[v].kind == tokWord && !toks[v].upper && firmHeads[strings.TrimSuffix(toks[v].low, "s")] {
			v-- // "slapped fuel distributors A and B with"
		}
		for v >= 0 && toks[v].kind == tokWord && !toks[v].upper && v < ms[list[0]].i && !hitVerbs[toks[v].low] && ms[list[0]].i-v <= 3 {
			v--
		}
		if v < 0 || !hitVerbs[toks[v].low] {
			v = hitVerbBefore(toks, ms[list[0]].i)
		}
		if v < 0 {
			return nil
		}
		targets := onlyTargets(entitiesOf(ms, list, isFirmish, "firm"), nil)
		a := nearestAuthExcept(toks, ms, v, false, list)
		if len(targets) == 0 || a == nil {
			return nil
		}
		amt, _ := findAmount(toks, i)
		return []Claim{{Kind: KindPenalty, Actor: *a, Targets: targets, Action: "fine", Amount: amt, Negated: negatedAt(toks, v), Confidence: 0.7, Rule: "penalty/hit-with-fine-active"}}
	}
	return nil
}

// appositiveOpen: the comma opening the appositive that the comma at c
// closes ("X, a small miller based in Y, with"), when the words between
// open with an article; else c, which no mention ends at.
func appositiveOpen(toks []token, c int) int {
	for q := c - 1; q >= 1 && q >= c-14; q-- {
		if toks[q].text == "," {
			if w := toks[q+1].low; w == "a" || w == "an" || w == "the" {
				return q
			}
			return c
		}
		if t := toks[q].text; t == "." || t == ";" || t == ":" || t == "(" || t == ")" || t == "?" {
			return c
		}
	}
	return c
}

// coordinatedFine: "... and imposed a fine of 27 billion won" after an
// authority's act on firms in the same sentence: a penalty on those firms.
func coordinatedFine(toks []token, k int, sofar []Claim) []Claim {
	v := -1
	for i := k - 1; i >= 1 && i >= k-5; i-- {
		if coordFineVerbs[toks[i].low] {
			v = i
		}
	}
	if v < 1 {
		return nil
	}
	a := v - 1
	for a > 0 && a >= v-2 && coordFineAux[toks[a].low] {
		a-- // "and is weighing a fine", "and could also impose a penalty"
	}
	if toks[a].low != "and" {
		return nil
	}
	for i := len(sofar) - 1; i >= 0; i-- {
		c := sofar[i]
		if c.Kind == KindMandate || c.Kind == KindProbe || c.Kind == KindPenalty {
			p := Claim{Kind: KindPenalty, Actor: c.Actor, Targets: c.Targets, Action: "fine", Confidence: 0.6, Rule: "penalty/coordinated-fine"}
			p.Amount, _ = findAmount(toks, k)
			return []Claim{p}
		}
	}
	return nil
}

var hitVerbs = toSet(`slapped slaps slap hit hits handed hands served serves struck`)

// namedExamples: the firms listed after "including", "such as" or "among
// them" later in the clause from k.
func namedExamples(toks []token, ms []mention, k int) []Entity {
	for q := k + 1; q < len(toks) && q <= k+20; q++ {
		w := toks[q].low
		if w == ";" || w == "which" || w == "but" {
			return nil
		}
		if w == "including" || w == "as" && q > 0 && toks[q-1].low == "such" || w == "them" && q > 0 && toks[q-1].low == "among" {
			for i := range ms {
				if ms[i].i == q+1 && isFirmish(ms[i]) && ms[i].class != mSector {
					return onlyTargets(entitiesOf(ms, listFrom(toks, ms, i), isFirmish, "firm"), nil)
				}
			}
			return nil
		}
	}
	return nil
}

// authPossessorOf: an authority's possessive stands before the noun at k,
// with only an amount or plain modifiers between ("the CMA's record fine",
// "the commission's EUR 8.6 million fine").
func authPossessorOf(toks []token, ms []mention, k int) bool {
	if ownedByAuthSubject(toks, ms, k) {
		return true
	}
	for _, m := range ms {
		if m.class != mAuth || !m.poss || m.j > k || k-m.j > 10 {
			// (ten: "the regulator's 40 million crown ($1.8 million) fine on X")
			continue
		}
		ok := true
		for q := m.j; q < k; q++ {
			t := toks[q]
			if t.kind == tokWord && (t.upper && currencyWords[t.low] == "" && !isAcronym(t.text) || verbCue[t.low] || t.low == "the" || t.low == "a") {
				ok = false
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// imposedByAfter: the authority named after "imposed/levied/handed down
// by" within a dozen words of "on" at on, past the fined firm and the sum;
// nil when there is none.
func imposedByAfter(toks []token, ms []mention, on int) []int {
	for q := on + 1; q+1 < len(toks) && q <= on+12; q++ {
		w := toks[q].low
		if w != "imposed" && w != "levied" && w != "handed" && w != "issued" {
			continue
		}
		if w == "handed" && toks[q+1].low == "down" {
			q++
		}
		if agent := agentAfter(toks, ms, q); len(agent) > 0 && ms[agent[0]].class == mAuth {
			return agent
		}
		return nil
	}
	return nil
}

// imposedRelative: "the cap (that) it (had) imposed ...": toks[k] is
// followed by a relative clause whose verb imposes it.
func imposedRelative(toks []token, k int) bool {
	q := k + 1
	if q < len(toks) && (toks[q].low == "that" || toks[q].low == "which") {
		q++
	}
	if q >= len(toks) || toks[q].low != "it" && toks[q].low != "they" {
		return false
	}
	for q++; q < len(toks) && q <= k+5; q++ {
		switch toks[q].low {
		case "imposed", "levied", "placed", "slapped":
			return true
		case "had", "has", "have", "first", "originally":
			continue
		}
		return false
	}
	return false
}

// ownedByAuthSubject: "the Competition Authority defended its fine on
// Bidco": "its" before the noun stands for the authority the sentence opens
// with, no firm standing between them to own it instead.
func ownedByAuthSubject(toks []token, ms []mention, k int) bool {
	its := -1
	for q := k - 1; q >= 0 && q >= k-7; q-- {
		if toks[q].low == "its" || toks[q].low == "their" {
			its = q
			break
		}
		if toks[q].kind == tokPunct && currencySymbols[toks[q].text] == "" && toks[q].text != "-" {
			return false
		}
	}
	if its < 0 {
		return false
	}
	auth := false
	for _, m := range ms {
		if m.j > its {
			break
		}
		switch {
		case m.class == mAuth && !m.poss:
			auth = true
		case m.firmOrName() || m.class == mOther && m.src == "name":
			auth = false
		}
	}
	return auth
}

// firmRightAfter: a firm (or unknown name) opens the phrase after i.
func firmRightAfter(ms []mention, i int) bool {
	for _, m := range ms {
		if m.i == i+1 || m.i == i+2 {
			return m.firmOrName()
		}
	}
	return false
}

// possessedFineFrom: "Acme Foods' €10 million fine from the European
// Commission was cut on appeal": the possessing firm was fined by the
// authority after from/by.
func possessedFineFrom(toks []token, ms []mention, k int) *Claim {
	var firm *mention
	for i := range ms {
		m := ms[i]
		if m.poss && m.firmOrName() && m.j <= k && k-m.j <= 5 && possModifiersOnly(toks, m.j, k) {
			firm = &ms[i]
		}
	}
	if firm == nil || k+2 >= len(toks) || toks[k+1].low != "from" && toks[k+1].low != "by" {
		return nil
	}
	for _, m := range ms {
		if (m.i == k+2 || m.i == k+3 && toks[k+2].low == "the") && m.class == mAuth {
			amt, _ := findAmount(toks, max(0, firm.j))
			return &Claim{Kind: KindPenalty, Actor: m.ent, Targets: []Entity{asFirm(*firm)}, Action: "fine", Amount: amt, Confidence: 0.65, Rule: "penalty/possessed-fine-from"}
		}
	}
	return nil
}

// hitVerbBefore: the hit verb at most five words before the name at n,
// past a description with acronyms or capitals in it ("slapped crypto ATM
// operator X", "hit Lagos-based fintech X"); -1 when punctuation or no
// verb comes first.
func hitVerbBefore(toks []token, n int) int {
	for v := n - 1; v >= 0 && v >= n-6; v-- {
		if hitVerbs[toks[v].low] {
			return v
		}
		if toks[v].kind != tokWord {
			return -1
		}
	}
	return -1
}

// coordFineVerbs put a fine on the firms of the act before "and": done
// ("and imposed a fine") or weighed ("and is weighing a fine", hedged by
// the verb itself).
var coordFineVerbs = toSet(`imposed levied issued handed impose levy weighing considering mulling contemplating weighs considers mulls`)

// coordFineAux may stand between "and" and the verb.
var coordFineAux = toSet(`also is was could may might will would now has had`)

// securityNouns: what a trading ban or suspension falls on when it names
// the issuer only after "of" ("a trading ban on shares of X").
var securityNouns = toSet(`shares share stock stocks securities bonds units trading dealings`)
