package extract

// Reporters often open with a generic actor and name the body in the
// attribution: "U.S. auto safety regulators have widened their probe of
// Tesla, the National Highway Traffic Safety Administration said";
// "Officials fined the lender $2 million, according to a statement from the
// central bank". The generic noun phrase ("regulators", "authorities in
// three countries", "the government") names no one; the authority speaking
// for the act in its own sentence is who acted. Only an authority speaking
// counts: a firm or a person saying so is never the actor, and a court's
// words report a ruling rather than the act of the body it names.

// genericAuthHeads head a descriptor that names a kind of body, not a body.
var genericAuthHeads = toSet(`regulators regulator authorities officials government agency agencies watchdog watchdogs
 prosecutors investigators inspectors supervisors supervisor`)

// genericSpeakerActs gives each generic authority before the sentence's
// named authority speaker that speaker's entity.
func genericSpeakerActs(toks []token, ms []mention) {
	sp := -1
	for n := range ms {
		if authSpeakerSlot(toks, ms, n) {
			sp = n
			break
		}
	}
	if sp < 0 {
		return
	}
	for n := range ms {
		g := &ms[n]
		if g.j > ms[sp].i || !genericAuthority(toks, g) {
			continue
		}
		g.ent, g.head = ms[sp].ent, ms[sp].head
	}
}

// genericAuthority: a descriptor authority headed by a kind noun written in
// lower case ("regulators", "Chinese authorities", "the watchdog"), not a
// reference already resolved to a named body.
func genericAuthority(toks []token, m *mention) bool {
	if m.class != mAuth || m.src != "descriptor" || m.ref || m.poss || !genericAuthHeads[m.head] {
		return false
	}
	for q := m.i; q < m.j; q++ {
		if toks[q].low == m.head {
			return !toks[q].upper || q == m.i || q == m.i+1 && toks[m.i].low == "the"
		}
	}
	return false
}

// authSpeakerSlot: mention n is a named (non-generic) authority standing as
// the speaker of a trailing attribution — ", the X said", ", X said in a
// notice", ", said the X", "according to (a statement from) the X".
func authSpeakerSlot(toks []token, ms []mention, n int) bool {
	m := &ms[n]
	if m.class != mAuth || m.poss || m.ref || m.ent.Type == TypeCourt || m.src == "descriptor" && genericAuthHeads[m.head] {
		return false
	}
	if !namedSpan(toks, m) {
		return false // "according to a cabinet decree": a kind of body, no name
	}
	a := m.i
	if a > 0 && toks[a-1].low == "the" {
		a--
	}
	if a == 0 {
		return false
	}
	switch {
	case toks[a-1].text == ",":
		return m.j < len(toks) && closingSaid[toks[m.j].low]
	case closingSaid[toks[a-1].low]:
		return a > 1 && toks[a-2].text == ","
	}
	// "according to the agency", "according to a statement from the agency"
	q := a - 1
	if q >= 2 && toks[q].low == "from" && (toks[q-1].low == "statement" || toks[q-1].low == "notice" || toks[q-1].low == "filing" || toks[q-1].low == "release") {
		q -= 2
		if toks[q].low == "a" || toks[q].low == "the" {
			q--
		}
	}
	return q >= 1 && toks[q].low == "to" && toks[q-1].low == "according" && clauseClosed(toks, m.j)
}

// namedSpan: some word of m after its first is capitalized, or m is one
// capitalized word ("NHTSA", "Ofcom").
func namedSpan(toks []token, m *mention) bool {
	for q := m.i; q < m.j; q++ {
		if toks[q].upper && (q > m.i || toks[q].low != "the") {
			return true
		}
	}
	return false
}

// clauseClosed: nothing but punctuation or a time phrase follows the
// speaker at q ("according to the agency." / "according to the FTC on
// Monday"), so the name is the source, not a modifier ("a cabinet decree").
func clauseClosed(toks []token, q int) bool {
	return q >= len(toks) || toks[q].kind == tokPunct || toks[q].low == "on" || toks[q].low == "in" || toks[q].low == "last" || toks[q].low == "this"
}

// closingSaid close a trailing attribution.
var closingSaid = toSet(`said says stated announced confirmed added disclosed`)
