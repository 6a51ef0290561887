package extract

import "strings"

// Lists, subjects and objects: which mentions a verb's subject and object
// hold, following coordination ("A, B and C"), possessives and appositives.

// words that end the object of a verb.
var objectStops = toSet(`that which who whom whose for over with on in at after before because while although though but
 by from until unless since as when where whether amid despite under against if than via during without rather following including-not
 how what why ahead toward towards across around about like near`)

// words that may sit between a verb and its object.
var objectGap = toSet(`the a an its their his her some of more than dozen dozens several other all both also
 up into to`)

// firmList returns the longest list of firms named together ("Alibaba and Tencent").
func firmList(toks []token, ms []mention) []Entity {
	var best []Entity
	for i := range ms {
		if ms[i].class != mFirm {
			continue
		}
		idx := listFrom(toks, ms, i)
		if len(idx) > len(best) {
			best = best[:0]
			for _, j := range idx {
				if ms[j].class == mFirm {
					best = append(best, ms[j].ent)
				}
			}
		}
	}
	return best
}

// nouns for people who stand for their firm in an object ("executives from Didi").
var personNouns = toSet(`executives executive officials bosses managers representatives heads staff employees founders
 owner owners manager chiefs leaders officers directors director`)

// connectors inside a list of names.
var listConnectors = toSet(`, and or nor & including such as well plus along among them notably`)

// words that may join a list after its connector: "A and its rival B",
// "A and partner B".
var rivalWords = toSet(`its their rival rivals partner partners peer competitor`)

func allDescribe(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		if !listDescriptor(toks, k) {
			return false
		}
	}
	return true
}

// listDescriptor: a word after a list's connector that describes the next
// member: "its rival", "Turkish carmaker", "US chipmaker".
func listDescriptor(toks []token, k int) bool {
	t := toks[k]
	if rivalWords[t.low] || (firmHeads[t.low] || firmyOnlyHeads[t.low]) && !t.upper || t.low == "the" {
		return true
	}
	if ownershipModifier(toks, k) {
		return true // "A and state-owned B", "A and privately held B"
	}
	// "Turkish carmaker", "ground-handling firm", "Emirati cloud provider";
	// "wholesale partner", "former joint venture partner"
	return t.kind == tokWord && !objectStops[t.low] && (headSoon(toks, k+1) || relationSoon(toks, k+1))
}

// relationSoon: a relation noun ("partner", "rival") ends the lower-case
// words from i within three, so they describe the member named next ("A
// and its exclusive distribution partner B").
func relationSoon(toks []token, i int) bool {
	for q := i; q < len(toks) && q <= i+2; q++ {
		t := toks[q]
		if t.kind != tokWord || t.upper || t.low == "its" || t.low == "their" {
			return false
		}
		if rivalWords[t.low] {
			return true
		}
	}
	return false
}

// ownershipSuffixes end a compound that says who owns or runs the firm
// named next ("state-owned", "family-run", "Paris-listed"): like a place
// adjective, it describes the member and never ends the list.
var ownershipSuffixes = []string{"-owned", "-run", "-controlled", "-backed", "-held", "-funded", "-operated",
	"-based", "-listed", "-headquartered", "-registered", "-incorporated"}

// ownershipAdverbs and ownershipParticiples spell the same in two words
// ("privately held", "publicly listed", "wholly owned").
var ownershipAdverbs = toSet(`privately publicly wholly jointly majority partly`)
var ownershipParticiples = toSet(`held owned listed traded controlled run`)

// ownershipModifier: the word at k is, or is part of, an ownership
// modifier of the name that follows it.
func ownershipModifier(toks []token, k int) bool {
	t := toks[k]
	if t.kind != tokWord || k+1 >= len(toks) {
		return false
	}
	if ownershipAdverbs[t.low] {
		return ownershipParticiples[toks[k+1].low]
	}
	if ownershipParticiples[t.low] && k > 0 && ownershipAdverbs[toks[k-1].low] {
		return toks[k+1].upper
	}
	if !strings.ContainsRune(t.low, '-') || !toks[k+1].upper {
		return false
	}
	for _, suf := range ownershipSuffixes {
		if strings.HasSuffix(t.low, suf) {
			return true
		}
	}
	return false
}

// headSoon: a lower-case firm noun at i, after at most one more
// lower-case modifier ("provider", "cloud provider").
func headSoon(toks []token, i int) bool {
	for q := i; q < len(toks) && q <= i+1; q++ {
		t := toks[q]
		if t.kind != tokWord || t.upper {
			return false
		}
		if firmHeads[t.low] || firmyOnlyHeads[t.low] {
			return true // ("and payment aggregator Payzo")
		}
	}
	return false
}

// demonymDescriptor: a place mention that only qualifies a firm noun after
// it ("Turkish carmaker", "US chipmaker").
func demonymDescriptor(toks []token, m mention) bool {
	return m.class == mPlace && !m.poss && headSoon(toks, m.j)
}

// listFrom returns the indices of the mentions coordinated with ms[i]
// ("A, B and C"), following possessives ("Alibaba's Taobao") to what they own.
func listFrom(toks []token, ms []mention, i int) []int {
	idx := []int{i}
	for j := i + 1; j < len(ms); j++ {
		if demonymDescriptor(toks, ms[j]) {
			continue // "and Turkish carmaker B": the place only describes B
		}
		if ms[j].class == mOther && mediaSource(toks, ms[j]) {
			break // "A and B, El Mercurio reported": the outlet tells the list
		}
		gapOK := true
		prev := ms[idx[len(idx)-1]]
		if d := describedAfterJoin(toks, ms, prev.j); d >= 0 && j <= d {
			// "Turkcell and a local rival, Lumen Telekom": through the description to the name
			if j == d {
				idx = append(idx, j)
			}
			continue
		}
		if (prev.class == mAuth) != (ms[j].class == mAuth) && ms[j].class != mPron && prev.class != mPron && ms[j].class != mPlace && prev.class != mPlace {
			break // "A and B, the agency said": an authority does not join a list of firms
		}
		if prev.poss && ms[j].i == prev.j {
			idx = append(idx, j)
			continue
		}
		if placeOwnsNext(ms, j) && ms[j].i > prev.j && ms[j].i-prev.j <= 2 && onlyConnectors(toks, prev.j, ms[j].i) {
			// "A and Taiwan's B": the country says where B is from; B is the member
			idx = append(idx, j+1)
			j++
			continue
		}
		if ownerApposition(toks, ms[j]) {
			break // "X, Y's Indian unit,": Y only owns X
		}
		if ms[j].class == mPron && ms[j].plural && ms[j].i == prev.j+1 && toks[prev.j].text == "," {
			break // "A and B, the two lenders said": the phrase restates the list
		}
		if prev.poss && ms[j].i > prev.j && ms[j].i-prev.j <= 3 && allDescribe(toks, prev.j, ms[j].i) {
			// "Booking Holdings' rival Expedia": the possessor only describes the rival
			idx[len(idx)-1] = j
			continue
		}
		if prev.class == mSector && len(idx) == 1 && ms[j].firmOrName() && ms[j].i > prev.j && classTailTo(toks, prev.j, ms[j].i-1) && dashAt(toks, ms[j].i-1) {
			// "three suppliers of industrial solvents - A, B and C": the class's members
			idx = append(idx, j)
			continue
		}
		if ms[j].i-prev.j > 3 && !(ms[j].i-prev.j <= 5 && allDescribe(toks, prev.j+1, ms[j].i)) {
			break
		}
		for k := prev.j; k < ms[j].i; k++ {
			if !listConnectors[toks[k].low] && !(k > prev.j && listDescriptor(toks, k)) && !legalFormStop(toks, k) {
				gapOK = false
				break
			}
		}
		if !gapOK || ms[j].i == prev.j {
			break
		}
		idx = append(idx, j)
	}
	return idx
}

// listMatesOf: the firms of the list that holds the first mention of e
// before k ("A and B" when a frame found A alone); just e when none.
func listMatesOf(toks []token, ms []mention, e Entity, k int) []Entity {
	for i := range ms {
		if ms[i].i >= k {
			break
		}
		if !ms[i].firmOrName() || !sameEntity(asFirm(ms[i]), e) {
			continue
		}
		var out []Entity
		for _, j := range listFrom(toks, ms, i) {
			if ms[j].firmOrName() && !(ms[j].poss && j+1 < len(ms) && ms[j+1].i == ms[j].j) {
				out = append(out, asFirm(ms[j]))
			}
		}
		if len(out) > 0 {
			return out
		}
		break
	}
	return []Entity{e}
}

// personAside: "its founder", "their chief executive Ana Reyes" at s,
// followed by "and" or a comma that carries the list on; the index of that
// connector, or -1.
func personAside(toks []token, s int) int {
	if s+2 >= len(toks) || toks[s].low != "its" && toks[s].low != "their" {
		return -1
	}
	q := s + 1
	for q < len(toks) && q < s+4 && !toks[q].upper && toks[q].kind == tokWord && !personNouns[toks[q].low] && !personTitles[toks[q].low] {
		q++ // "its former chief", "their two founders"
	}
	if q >= len(toks) || !personNouns[toks[q].low] && !personTitles[toks[q].low] {
		return -1
	}
	q++
	for q < len(toks) && q < s+9 && (personNouns[toks[q].low] || personTitles[toks[q].low] || toks[q].upper && toks[q].kind == tokWord) {
		q++ // "chief executive Ana Reyes"
	}
	if q+1 < len(toks) && (toks[q].low == "and" || toks[q].text == ",") && (toks[q+1].upper || toks[q+1].low == "and") {
		return q
	}
	return -1
}

// listLeft extends a list leftwards from ms[i].
func listLeft(toks []token, ms []mention, i int) []int {
	idx := []int{i}
	for j := i - 1; j >= 0; j-- {
		if demonymDescriptor(toks, ms[j]) {
			continue
		}
		next := ms[idx[0]]
		if ownerApposition(toks, next) && next.i == ms[j].j+1 && ms[j].firmOrName() {
			idx[0] = j // "Flipkart, Walmart's e-commerce unit, was asked": Flipkart only
			continue
		}
		if ms[j].poss && ms[j].j == next.i {
			idx = append([]int{j}, idx...)
			continue
		}
		if next.i-ms[j].j > 3 && !(next.i-ms[j].j <= 5 && allDescribe(toks, ms[j].j+1, next.i)) || next.i == ms[j].j {
			break
		}
		ok := true
		for k := ms[j].j; k < next.i; k++ {
			if !listConnectors[toks[k].low] && !(k > ms[j].j && listDescriptor(toks, k)) {
				ok = false
				break
			}
		}
		if !ok {
			break
		}
		idx = append([]int{j}, idx...)
	}
	return idx
}

// entitiesOf turns list members into entities: possessors that own the
// next member are dropped ("Alibaba's Taobao" is Taobao), pronouns resolved.
func entitiesOf(ms []mention, idx []int, want func(m mention) bool, role string) []Entity {
	var out []Entity
	for n, i := range idx {
		m := ms[i]
		if m.poss && n+1 < len(idx) && ms[idx[n+1]].i == m.j && ms[idx[n+1]].class != mSector && ms[idx[n+1]].class != mPlace && ms[idx[n+1]].class != mOther && !isModelCode(ms[idx[n+1]]) {
			continue
		}
		if isModelCode(m) && n > 0 && ms[idx[n-1]].poss && ms[idx[n-1]].j == m.i {
			continue // "Airbus's A321 jets": the owner stands, not the model
		}
		if m.class == mPron {
			switch {
			case m.plural:
				out = append(out, m.group...)
			case role == "firm" && m.firmRef != nil:
				out = append(out, *m.firmRef)
			case role == "auth" && m.authRef != nil:
				out = append(out, *m.authRef)
			}
			continue
		}
		if want(m) {
			out = append(out, asFirm(m))
		}
	}
	return out
}

// isModelCode: an unknown one-token name with digits ("A321", "787-9"), a
// product model rather than a firm.
func isModelCode(m mention) bool {
	if m.class != mName || m.j-m.i != 1 {
		return false
	}
	for _, r := range m.ent.Name {
		if r >= '0' && r <= '9' {
			return true
		}
	}
	return false
}

func isFirmish(m mention) bool {
	return m.firmOrName() || m.class == mSector
}

// objectMentions returns the mentions in the object of the verb at k: from
// just after it to the first word that ends the object.
func objectMentions(toks []token, ms []mention, k int, noun bool) []int {
	return dropDescribingPossessors(toks, ms, objectMentionsRaw(toks, ms, k, noun))
}

// dropDescribingPossessors removes a possessor that only describes the
// next member ("Safaricom's competitor Zuri Telecom": Zuri Telecom alone).
func dropDescribingPossessors(toks []token, ms []mention, idx []int) []int {
	out := idx[:0:0]
	for n, i := range idx {
		if ms[i].poss && n+1 < len(idx) {
			nx := ms[idx[n+1]]
			if nx.i > ms[i].j && nx.i-ms[i].j <= 3 && rivalWords[toks[ms[i].j].low] && allDescribe(toks, ms[i].j, nx.i) {
				continue
			}
		}
		out = append(out, i)
	}
	return out
}

func objectMentionsRaw(toks []token, ms []mention, k int, noun bool) []int {
	var idx []int
	i := k + 1
	limit := k + 30
	mi := 0
	for mi < len(ms) && ms[mi].i <= k {
		mi++
	}
	seenMention := false
	for i < len(toks) && i < limit {
		if mi < len(ms) && ms[mi].i == i {
			if formerPersonOf(toks, ms[mi]) {
				return idx // "barred X's former finance chief": a person, not X
			}
			if e := ms[mi].j; !ms[mi].poss && e+1 <= len(toks) && e < len(toks) && rivalWords[toks[e].low] && (e+1 == len(toks) || toks[e+1].kind == tokPunct || toks[e+1].low == "over" || toks[e+1].low == "for") {
				return idx // "fines Getir rival": the rival, unnamed, is the party
			}
			if e := ms[mi].j; !ms[mi].poss && e+1 < len(toks) && (toks[e].low == "rival" || toks[e].low == "competitor") && mi+1 < len(ms) && ms[mi+1].i == e+1 {
				i = e + 1 // "fined Tesco rival Sainsbury's": Tesco only describes
				mi++
				continue
			}
			idx = append(idx, mi)
			seenMention = true
			i = ms[mi].j
			mi++
			continue
		}
		t := toks[i]
		w := t.low
		switch {
		case t.text == ",":
			// a list goes on; an appositive (", the fintech affiliate of Alibaba,") is skipped
			if mi < len(ms) && ms[mi].i == i+1 && ownerApposition(toks, ms[mi]) {
				return idx // ", Tesco's lending subsidiary,": the owner is no party
			}
			if q := personAside(toks, i+1); q > 0 {
				// "sued Binance, its founder and Coinbase": the person is no
				// party, the list goes on past them
				i = q
				for mi < len(ms) && ms[mi].i < i {
					mi++
				}
				continue
			}
			if mi < len(ms) && ms[mi].i == i+1 && ms[mi].j < len(toks) && speechVerbs[toks[ms[mi].j].low] {
				return idx // "fined two banks, Acme said": the name opens the reporting clause
			}
			if i+1 < len(toks) && (mi < len(ms) && ms[mi].i == i+1 || listConnectors[toks[i+1].low]) {
				i++
				continue
			}
			// a comma not followed by another name closes the list: an
			// appositive or a new clause ("X, the largest lender, ...")
			return idx
		case t.low == "-" && i > 0 && i+1 < len(toks) && toks[i-1].bend == t.bstart && toks[i+1].bstart == t.bend:
			// a hyphen inside a word ("buy-now-pay-later providers such as X")
		case (t.low == "-" || t.text == ":" || t.text == "\u2013" || t.text == "\u2014") && seenMention && len(idx) > 0 && ms[idx[len(idx)-1]].class == mSector && (ms[idx[len(idx)-1]].j == i || classTailTo(toks, ms[idx[len(idx)-1]].j, i)) && mi < len(ms) && ms[mi].i == i+1 && ms[mi].firmOrName():
			// "the country's three mobile operators - Zain, Orange and Umniah -": the class's members
		case legalFormStop(toks, i):
			// "Najd Dairy Co. and Tihama Fresh Foods": the full stop of a legal form
		case t.kind == tokPunct && (t.text == ";" || t.text == ":" || t.text == "(" || t.text == "." || t.low == "-" || t.text == "\""):
			if t.text == "(" {
				// skip a parenthesis ("($2.8 billion)")
				e := i
				for e < len(toks) && toks[e].text != ")" {
					e++
				}
				i = e + 1
				for mi < len(ms) && ms[mi].i < i {
					mi++
				}
				continue
			}
			return idx
		case w == "to" && i > k+1 && haltNouns[toks[i-1].low]:
			// "ordered a halt to trading in X's shares", "put an end to X's ..."
		case w == "to":
			if noun {
				i++
				continue
			}
			if i+1 < len(toks) && !toks[i+1].upper && !objectGap[toks[i+1].low] && toks[i+1].kind == tokWord {
				return idx
			}
			if seenMention {
				return idx
			}
		case w == "of" || w == "into":
			// "the offices of Pinduoduo", "acquisition of VMware", "some of its firms"
		case !seenMention && (w == "off" && i == k+1 || w == "on" && i == k+2 && toks[k+1].low == "off"):
			// "signed off on X's takeover": the particles of a phrasal verb
		case w == "in" && !seenMention && i > k+1 && tradingWords[toks[i-1].low]:
			// "investigating trading in shares of Rift Valley Breweries"
		case (w == "from" || w == "at") && !seenMention && i > k+1 && personNouns[toks[i-1].low]:
			// "summoned executives from Didi": persons stand for their firm
		case w == "in" && !seenMention && i > k+1 && (toks[i-1].low == "stake" || toks[i-1].low == "stakes" || toks[i-1].low == "interest" || toks[i-1].low == "position" || toks[i-1].low == "holding" || scaleWords[toks[i-1].low] > 0 || toks[i-1].text == "%" && wordWithin(toks, max(k+1, i-7), 6, "stake", "stakes")):
			// "a 40% stake in Maziv", "$725 million in assets belonging to Xiaomi"
			// "a 40% stake in Maziv"
		case w == "such" && (seenMention || i > k+1 && pluralFirmHead(toks[i-1].low)) && i+1 < len(toks) && toks[i+1].low == "as":
			// "lenders such as A and B": the named members of a bare class
			i++ // "delivery platforms such as Lieferando"
		case (w == "claims" || w == "allegations" || w == "reports" || w == "suspicions") && i == k+1 && i+1 < len(toks) && toks[i+1].low == "that":
			i++ // "investigating claims that Bangkok Airways overcharged"
		case (w == "about" || w == "around" || w == "nearly" || w == "roughly" || w == "almost" || w == "over") && !seenMention && i+1 < len(toks) && toks[i+1].kind == tokNum:
			// "an investigation into about 120,000 Rivian pickups": a count before the firm's products
		case w == "whether" && !seenMention && i <= k+3:
			// "is investigating whether Tesla misled investors"
		case objectStops[w]:
			if (w == "on" || w == "against" || w == "over" || w == "at" && i == k+1) && noun && !seenMention {
				i++
				continue
			}
			if w == "as" && i+2 < len(toks) && toks[i+1].low == "well" {
				i += 2
				if i < len(toks) && toks[i].low == "as" {
					i++ // "A as well as B"
				}
				continue
			}
			return idx
		case w == "and" && seenMention && mi < len(ms) && countedClassBefore(toks, i+1, ms[mi].i):
			// "fined A and two smaller rivals, B and C": the class is named after the comma
			i = ms[mi].i
			continue
		case w == "and" && seenMention && mi < len(ms) && ms[mi].i > i+1 && ms[mi].i <= i+6 && allDescribe(toks, i+1, ms[mi].i):
			// "A and its rival B", "A and ground-handling firm B"
		case (w == "and" || w == "or") && seenMention && describedAfterJoin(toks, ms, i) >= 0:
			// "A and a Malaysian data-centre firm, B": on to the name
			d := describedAfterJoin(toks, ms, i)
			i, mi = ms[d].i, d
			continue
		case w == "said" || w == "says" || w == "and" && seenMention && !(mi < len(ms) && ms[mi].i == i+1):
			return idx
		}
		i++
	}
	return idx
}

// placeOwnsNext: ms[j] is a country or city in the possessive right before
// a firm's name ("South Korea's Daejin Chemical"), which only places it.
func placeOwnsNext(ms []mention, j int) bool {
	return ms[j].class == mPlace && ms[j].poss && j+1 < len(ms) && ms[j+1].i == ms[j].j && ms[j+1].firmOrName()
}

// onlyConnectors: the tokens from i to j are list connectors alone.
func onlyConnectors(toks []token, i, j int) bool {
	for k := i; k < j; k++ {
		if !listConnectors[toks[k].low] {
			return false
		}
	}
	return true
}
