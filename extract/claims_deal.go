package extract

import "strings"

// Deals named by a noun: "the purchase of Drogamais by Rede Vitta", "the
// proposed merger of Karoo Cement and Vaal Aggregates", "a joint venture
// between A and B". The parties are what an authority approves or blocks,
// and the buyer acts on the bought firm.

// dealNounAt: the deal noun the object of the verb at k opens with, within
// a few words ("approved the $2 billion purchase of ..."); -1 when none.
func dealNounAt(toks []token, k int) int {
	start := k + 1
	if start < len(toks) && toks[start].text == "," {
		// "has cleared, under the EU Merger Regulation, the acquisition of X
		// by Y": the aside is passed over (its "Merger" is a law's name)
		for j := start + 1; j < len(toks) && j <= start+10; j++ {
			if toks[j].text == "," {
				start, k = j+1, j
				break
			}
		}
	}
	for i := start; i < len(toks) && i <= k+8; i++ {
		if dealNounWords[toks[i].low] {
			return i
		}
		if toks[i].kind == tokPunct && currencySymbols[toks[i].text] == "" && toks[i].text != "-" && toks[i].text != "." && toks[i].text != "'" && toks[i].text != "’" && toks[i].text != "'s" {
			return -1 // (a possessive "Petrobras' sale" goes on)
		}
	}
	return -1
}

var dealNounWords = toSet(`acquisition takeover purchase merger buyout deal venture partnership tie-up combination alliance sale bid`)

// dealParties reads the parties after the deal noun at n: the buyer and
// the bought ("of X by Y"), or two partners ("of X and Y", "between X and
// Y"). buyer is -1 when the deal has no named side.
func dealParties(toks []token, ms []mention, n int) (buyer int, others []int) {
	if n+1 >= len(toks) {
		return -1, nil
	}
	p := toks[n+1].low
	if p == "with" {
		return dealWithParties(toks, ms, n)
	}
	if b, o := bidParties(toks, ms, n); b >= 0 {
		return b, o
	}
	if p == "by" && (toks[n].low == "takeover" || toks[n].low == "acquisition" || toks[n].low == "buyout" || toks[n].low == "purchase") {
		// "Acme agreed to a takeover by Beta": the subject is bought
		if b := firmInPhraseAfter(toks, ms, n, 5, "by"); b >= 0 {
			if s := openingFirm(toks, ms, n); s >= 0 && !sameEntity(asFirm(ms[s]), asFirm(ms[b])) {
				return b, []int{s}
			}
		}
		return -1, nil
	}
	if p != "of" && p != "between" {
		return -1, nil
	}
	first := -1
	reach := n + 10
	if wordWithin(toks, n+2, 5, "stake", "stakes") {
		reach += 4 // "the purchase of a 51% stake in Minas Gerais pharmacy chain X"
	}
	for i := range ms {
		if ms[i].i > n+1 && ms[i].i <= reach {
			if ms[i].class == mSector && ms[i].j < len(toks) && toks[ms[i].j].upper {
				continue // "the big newspaper chains Gannett and ...": a descriptor
			}
			if ms[i].class == mOther && ms[i].src == "name" && ownedPartEnd(toks, ms[i].j) > ms[i].j && !ms[i].poss {
				first = i // "the sale of the Mlekovita cheese business": the owner of the part sold
				break
			}
			if ms[i].class == mOther || ms[i].class == mPlace && (!ms[i].poss || i+1 < len(ms) && ms[i+1].i == ms[i].j && ms[i+1].firmOrName()) {
				// "Alexandria dairy producer Bahari Milk", "of Zambia's Luangwa
				// Grain Millers": a place before the description or the name
				continue
			}
			if ms[i].firmOrName() {
				first = i
			}
			break
		}
	}
	if first < 0 {
		return -1, nil
	}
	// only descriptors ("pharmacy chain", "cybersecurity firm") or a stake
	// ("a 60% stake in") may stand between, or a description set off by a
	// comma ("of a U.S. chip-testing firm, Veltrix Instruments,")
	gapFrom := n + 2
	if describedName(toks, ms, n+2) == first {
		gapFrom = ms[first].i
	}
	for q := gapFrom; q < ms[first].i; q++ {
		if stakeWords[toks[q].low] || toks[q].kind == tokNum || toks[q].text == "%" {
			continue
		}
		if toks[q].kind != tokWord || toks[q].upper && !inMentionOf(ms, q, mSector, mPlace) && !placeAdjective(toks[q].low) && !inOther(ms, q) {
			return -1, nil
		}
	}
	if ms[first].poss && first+1 < len(ms) && ms[first+1].i == ms[first].j {
		// "the merger of Natura's Avon unit with ...": the owned unit is the party
		first++
	}
	list := listFrom(toks, ms, first)
	end := ms[list[len(list)-1]].j
	if end+1 < len(toks) && toks[end].text == "," && (toks[end+1].low == "by" || toks[end+1].low == "to" || toks[end+1].low == "with") {
		end++ // "..., Veltrix Instruments, by Haosheng Bio"
	}
	end = ownedPartEnd(toks, end)
	if p == "of" && len(list) == 1 && end < len(toks) && toks[end].low == "with" {
		// "the merger of Wipro's consumer care arm with a regional soap maker, Sudha Soaps"
		if i := partnerAfterWith(toks, ms, end); i >= 0 && !sameEntity(asFirm(ms[i]), asFirm(ms[list[0]])) {
			return list[0], []int{i}
		}
	}
	if p == "of" && toks[n].low == "sale" {
		// "the sale of Tashkent Cement to Samarkand Building Materials": the buyer follows "to"
		if end+1 < len(toks) && toks[end].low == "to" {
			if i := firmInPhraseAfter(toks, ms, end-1, 5, "to"); i >= 0 {
				return i, list
			}
		}
		return -1, nil
	}
	if p == "of" && end+1 < len(toks) && toks[end].low == "by" {
		for i := list[len(list)-1] + 1; i < len(ms); i++ {
			if ms[i].i > end+4 {
				break
			}
			if ms[i].firmOrName() {
				return i, list
			}
		}
		return -1, nil
	}
	if len(list) >= 2 {
		return list[0], list[1:]
	}
	if p == "of" {
		// "Hanlin Semiconductor's purchase of a 60% stake in Suzhou Corelink": the possessor buys
		if o := possessorOf(toks, ms, n); o >= 0 && !sameEntity(asFirm(ms[o]), asFirm(ms[list[0]])) {
			return o, list
		}
	}
	return -1, nil
}

// possessorOf: the firm whose possessive stands just before the noun at n
// ("Hanlin's purchase", "Getty Images' $3.7 billion takeover"), or -1.
func possessorOf(toks []token, ms []mention, n int) int {
	for i := len(ms) - 1; i >= 0; i-- {
		if ms[i].j > n {
			continue
		}
		if ms[i].poss && (n-ms[i].j <= 4 || n-ms[i].j <= 7 && moneyBefore(toks, ms[i].j, n)) && ms[i].firmOrName() && possModifiersOnly(toks, ms[i].j, n) {
			// (a price stretches the noun phrase: "X's long-delayed $2.1 billion sale")
			return i
		}
		return -1
	}
	return -1
}

// dealTargets: the firms of a deal named in the object of the verb at k,
// as targets of an authority's approval or block.
func dealTargets(toks []token, ms []mention, k int) []Entity {
	n := dealNounAt(toks, k)
	if n < 0 {
		return nil
	}
	b, others := dealParties(toks, ms, n)
	if b < 0 {
		if s := possessedDealSides(toks, ms, n); s != nil {
			return s
		}
		return itsDealWith(toks, ms, n)
	}
	var out []Entity
	for _, i := range append([]int{b}, others...) {
		if ms[i].firmOrName() {
			out = append(out, asFirm(ms[i]))
		}
	}
	return out
}

// buildDealOf: "the takeover of Quill by Halden Systems" (Halden acquires
// Quill), "the merger of A and B" and "a venture between A and B" (A and B
// combine; scored either way round).
func (x *ClaimExtractor) buildDealOf(toks []token, ms []mention, k int) ([]Claim, string) {
	b, others := dealParties(toks, ms, k)
	if b < 0 || len(others) == 0 {
		// "A and B announced a merger"
		return x.buildJointDeal(toks, ms, k)
	}
	actor := asFirm(ms[b])
	var ts []Entity
	for _, i := range others {
		if e := asFirm(ms[i]); !sameEntity(e, actor) {
			ts = append(ts, e)
		}
	}
	if len(ts) == 0 {
		return nil, "deal noun without two named parties"
	}
	action := "acquire"
	switch toks[k].low {
	case "merger", "combination":
		action = "merge"
	case "venture", "partnership", "alliance", "deal", "tie-up", "agreement", "pact", "accord", "link-up", "codeshare", "consortium":
		action = "partner"
	}
	out := []Claim{{Kind: KindAction, Actor: actor, Targets: ts, Action: action, Confidence: 0.65, Rule: "action/" + action + "-noun-of"}}
	if action == "partner" {
		// "a joint venture of A, B and C": every pair of partners
		for i := 0; i+1 < len(ts); i++ {
			out = append(out, Claim{Kind: KindAction, Actor: ts[i], Targets: ts[i+1:], Action: action, Confidence: 0.6, Rule: "action/partner-noun-of-pairs"})
		}
	}
	return out, ""
}

var dealWords = toSet(`deal deals merger mergers acquisition acquisitions takeover takeovers transaction purchase tie-up buyout
 partnership venture alliance agreement pact code-share codeshare`)

// dealNear: a deal noun from ten tokens before the trigger to six after.
func dealNear(toks []token, k int) bool {
	from := max(0, k-10)
	return setWithin(toks, from, k+7-from, dealWords)
}

// lastDeal returns the latest acquisition-like action, in this sentence first.
func lastDeal(sofar, before []Claim) *Claim {
	for _, list := range [][]Claim{sofar, before} {
		for i := len(list) - 1; i >= 0; i-- {
			c := list[i]
			if c.Kind != KindAction {
				continue
			}
			switch c.Action {
			case "acquire", "buy", "purchase", "merge", "combine", "partner":
				return &list[i]
			}
		}
	}
	return nil
}

// inOther: token q lies in a mention that names no party (a place
// modifier: "Alexandria dairy producer ...").
func inOther(ms []mention, q int) bool {
	for _, m := range ms {
		if m.i <= q && q < m.j {
			return m.class == mOther || m.class == mPlace
		}
	}
	return false
}

// dealWithParties: "Taishin's merger with Shin Kong", "Kinabalu Air's
// tie-up with Nusantara Jet": the possessor and the partner after "with".
func dealWithParties(toks []token, ms []mention, n int) (int, []int) {
	owner := -1
	for i := len(ms) - 1; i >= 0; i-- {
		if ms[i].j > n {
			continue
		}
		if ms[i].poss && n-ms[i].j <= 3 && ms[i].firmOrName() {
			owner = i
		}
		break
	}
	if owner < 0 {
		return -1, nil
	}
	i := firmInPhraseAfter(toks, ms, n, 7, "with")
	if i < 0 {
		return -1, nil
	}
	return owner, listFrom(toks, ms, i)
}

var stakeWords = toSet(`stake stakes majority minority controlling per cent percent in a an`)

// possModifiersOnly: between a possessive and its noun stand only amounts
// and plain modifiers ("$3.7 billion", "planned", "proposed"), no article
// or verb ("Tajikistan's antimonopoly service authorized the takeover": the
// takeover is not Tajikistan's).
func possModifiersOnly(toks []token, from, to int) bool {
	for q := from; q < to; q++ {
		w := toks[q].low
		if w == "a" && toks[q].text == "A" && q+1 < to && toks[q+1].text == "$" {
			continue // "A$410 million": Australian dollars, no article
		}
		if w == "the" || w == "a" || w == "an" || verbCue[w] || defaultLexicon.forms[w] != nil && !dealNouns[w] || strings.HasSuffix(w, "ed") && w != "planned" && w != "proposed" && w != "long-planned" && w != "delayed" && w != "stalled" && !strings.Contains(w, "-") {
			// (a hyphenated "-ed" word is an adjective: "long-delayed", "much-awaited")
			return false
		}
	}
	return true
}

// bidParties: a bid or offer with its bidder and its target: "the takeover
// bid launched by Grupo Almenara for Bodegas Ribacastro", "X's $2 billion
// offer for Y". It returns -1 when the noun at n is not such a bid.
func bidParties(toks []token, ms []mention, n int) (int, []int) {
	q := n
	if q+1 < len(toks) && (toks[q+1].low == "bid" || toks[q+1].low == "offer") {
		q++ // "takeover bid"
	} else if toks[n].low != "bid" && toks[n].low != "offer" {
		return -1, nil
	}
	buyer := possessorOf(toks, ms, n)
	if buyer < 0 {
		if i := firmInPhraseAfter(toks, ms, q, 5, "by"); i >= 0 {
			buyer = i
		}
	}
	if buyer < 0 {
		// "X made a rival bid for Y": the subject of the verb that makes the bid
		for v := n - 1; v >= 0 && v >= n-7; v-- {
			switch toks[v].low {
			case "made", "makes", "make", "making", "launched", "launches", "submitted", "tabled", "placed", "lodged", "weighing", "considering", "mulling", "preparing", "planning",
				"sweetened", "raised", "improved", "extended", "put", "unveiled", "announced", "received", "rejected", "declined", "accepted", "tabling":
				if s := subjectBefore(toks, ms, v, func(m mention) bool { return m.firmOrName() }, 6); len(s) > 0 && ms[s[len(s)-1]].class != mPron {
					buyer = s[len(s)-1]
				}
			}
		}
	}
	target := firmInPhraseAfter(toks, ms, q, 10, "for")
	if target < 0 && wordWithin(toks, q+1, 5, "stake") {
		target = firmInPhraseAfter(toks, ms, q, 12, "in") // "a bid for a controlling stake in India's Yes Bank"
	}
	if buyer < 0 || target < 0 || sameEntity(asFirm(ms[buyer]), asFirm(ms[target])) {
		return -1, nil
	}
	return buyer, []int{target}
}

// openingFirm: the firm the sentence opens with as its subject, before
// token n, or -1 ("Acme agreed to a takeover by Beta").
func openingFirm(toks []token, ms []mention, n int) int {
	for i := range ms {
		m := ms[i]
		if m.i >= n {
			return -1
		}
		if m.class == mPlace {
			continue
		}
		if (m.class != mFirm && m.class != mName) || m.poss {
			return -1
		}
		for q := 0; q < m.i; q++ {
			if objectStops[toks[q].low] || verbCue[toks[q].low] {
				return -1
			}
		}
		return i
	}
	return -1
}
