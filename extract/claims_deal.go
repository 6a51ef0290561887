package extract

import (
	"regexp"
	"strings"
)

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
			if s := openingFirm(toks, ms, n); s >= 0 && !sameEntityAny(asFirm(ms[s]), []Entity{asFirm(ms[b])}) {
				return b, []int{s}
			}
		}
		return -1, nil
	}
	if p != "of" && p != "between" {
		return -1, nil
	}
	first := -1
	for i := range ms {
		if ms[i].i > n+1 && ms[i].i <= n+10 {
			if ms[i].class == mSector && ms[i].j < len(toks) && toks[ms[i].j].upper {
				continue // "the big newspaper chains Gannett and ...": a descriptor
			}
			if ms[i].class == mOther && ms[i].src == "name" && ownedPartEnd(toks, ms[i].j) > ms[i].j && !ms[i].poss {
				first = i // "the sale of the Mlekovita cheese business": the owner of the part sold
				break
			}
			if ms[i].class == mOther || ms[i].class == mPlace && !ms[i].poss {
				continue // "Alexandria dairy producer Bahari Milk": a place before the description
			}
			if ms[i].class == mFirm || ms[i].class == mName {
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
		if toks[q].kind != tokWord || toks[q].upper && !inSector(ms, q) && !placeAdjective(toks[q].low) && !inOther(ms, q) {
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
		if i := partnerAfterWith(toks, ms, end); i >= 0 && !sameEntityAny(asFirm(ms[i]), []Entity{asFirm(ms[list[0]])}) {
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
			if ms[i].class == mFirm || ms[i].class == mName {
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
		if o := possessorOf(toks, ms, n); o >= 0 && !sameEntityAny(asFirm(ms[o]), []Entity{asFirm(ms[list[0]])}) {
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
		if ms[i].poss && n-ms[i].j <= 4 && (ms[i].class == mFirm || ms[i].class == mName) && possModifiersOnly(toks, ms[i].j, n) {
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
		return possessedDealSides(toks, ms, n)
	}
	var out []Entity
	for _, i := range append([]int{b}, others...) {
		if ms[i].class == mFirm || ms[i].class == mName {
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
		if e := asFirm(ms[i]); !sameEntityAny(e, []Entity{actor}) {
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

// verbs by which two firms named together make a deal between them.
var jointDealVerbs = toSet(`formed form forming set setting signed sign signing struck strike striking created create
 creating launched launch launching announced announce agreed agree entered enter build built building will`)

// buildJointDeal: "A and B formed a joint venture", "A and B signed a
// partnership", "A and B will build a plant together": the two firms named
// as one subject act on each other (scored either way round).
func (x *ClaimExtractor) buildJointDeal(toks []token, ms []mention, k int) ([]Claim, string) {
	if c := underDeal(toks, ms, k); c != nil {
		return []Claim{*c}, ""
	}
	verb := -1
	if toks[k].low == "jointly" {
		verb = k // "A and B will jointly develop ..."
	}
	for i := k - 1; i >= 0 && i >= k-12 && verb < 0; i-- {
		if jointDealVerbs[toks[i].low] {
			verb = i
			break
		}
		if toks[i].kind == tokPunct && toks[i].text != "-" && currencySymbols[toks[i].text] == "" && toks[i].text != "%" {
			break
		}
	}
	if verb < 0 {
		// "MTN Group and Vodacom said they would share towers under a
		// network-sharing agreement": the firms the sentence opens with
		if len(ms) > 0 && ms[0].i <= 1 && (ms[0].class == mFirm || ms[0].class == mName) {
			if l := listFrom(toks, ms, 0); len(l) >= 2 && ms[l[len(l)-1]].j < k && l[len(l)-1] < len(ms) {
				var firms []Entity
				for _, i := range l {
					if e := asFirm(ms[i]); (ms[i].class == mFirm || ms[i].class == mName) && !sameEntityAny(e, firms) {
						firms = append(firms, e)
					}
				}
				if len(firms) >= 2 {
					return []Claim{{Kind: KindAction, Actor: firms[0], Targets: firms[1:], Action: "partner", Confidence: 0.55, Rule: "action/partner-subjects"}}, ""
				}
			}
		}
		return nil, "deal noun without a partner named"
	}
	subj := subjectBefore(toks, ms, verb, func(m mention) bool { return m.class == mFirm || m.class == mName }, 3)
	var firms []Entity
	for _, i := range subj {
		if m := ms[i]; m.class == mFirm || m.class == mName {
			if e := asFirm(m); !sameEntityAny(e, firms) {
				firms = append(firms, e)
			}
		}
	}
	if len(firms) == 1 {
		// "X signed an agreement under which Y will use its towers": the
		// partner is named in the clause that spells the deal out
		if p := partnerInTerms(toks, ms, k); p >= 0 && !sameEntityAny(asFirm(ms[p]), firms) {
			return []Claim{{Kind: KindAction, Actor: firms[0], Targets: []Entity{asFirm(ms[p])}, Action: "partner", Confidence: 0.55, Rule: "action/partner-terms"}}, ""
		}
	}
	if len(firms) < 2 {
		return nil, "deal noun without two firms as its subject"
	}
	return []Claim{{Kind: KindAction, Actor: firms[0], Targets: firms[1:], Action: "partner", Confidence: 0.6, Rule: "action/partner-joint"}}, ""
}

func inSector(ms []mention, q int) bool {
	for _, m := range ms {
		if m.class == mSector && m.i <= q && q < m.j {
			return true
		}
	}
	return false
}

// buildCondition: "approved the purchase ..., on condition that the buyer
// sells 40 stores": the authority that approved binds the firm named after
// "that".
func (x *ClaimExtractor) buildCondition(toks []token, ms []mention, k int, sofar []Claim, ctx *docContext) ([]Claim, string) {
	if k == 0 || !(toks[k-1].low == "on" || toks[k-1].low == "the" && k > 1 && toks[k-2].low == "on") || k+2 >= len(toks) || toks[k+1].low != "that" {
		if k+2 >= len(toks) || toks[k+1].low != "that" || !approvalCarriesCondition(toks, k) {
			return nil, ""
		}
		// "The approval came with a condition that Helios keep ...", "The
		// clearance is subject to the condition that X ...": the approval
		// told before binds the firm named after "that"
		if sofar == nil || lastApproval(sofar) == nil {
			sofar = ctx.claims
		}
	}
	auth := lastApproval(sofar)
	if auth == nil {
		return nil, "a condition with no approval before it"
	}
	if toks[k+2].low == "the" && k+3 < len(toks) {
		// "on condition that the buyer sells ...": a side of the deal just approved
		if d := lastDeal(sofar, nil); d != nil {
			switch toks[k+3].low {
			case "buyer", "acquirer", "purchaser":
				return []Claim{{Kind: KindMandate, Actor: auth.Actor, Targets: []Entity{d.Actor}, Action: "impose condition", Confidence: 0.6, Rule: "mandate/condition"}}, ""
			case "seller", "target":
				return []Claim{{Kind: KindMandate, Actor: auth.Actor, Targets: d.Targets, Action: "impose condition", Confidence: 0.6, Rule: "mandate/condition"}}, ""
			case "companies", "parties", "firms":
				return []Claim{{Kind: KindMandate, Actor: auth.Actor, Targets: append([]Entity{d.Actor}, d.Targets...), Action: "impose condition", Confidence: 0.6, Rule: "mandate/condition"}}, ""
			}
		}
	}
	for i := range ms {
		if ms[i].i == k+2 || ms[i].i == k+3 && toks[k+2].low == "the" {
			var ts []Entity
			switch m := ms[i]; {
			case m.class == mFirm || m.class == mName:
				ts = []Entity{asFirm(m)}
			case m.class == mPron && !m.plural && lastDeal(sofar, nil) != nil:
				// "approved X's purchase of Y on condition that it keep ...":
				// the buyer the authority let in is bound, not the last name
				ts = []Entity{lastDeal(sofar, nil).Actor}
			case m.class == mPron && m.firmRef != nil:
				ts = []Entity{*m.firmRef}
			}
			if len(ts) == 0 {
				break
			}
			return []Claim{{Kind: KindMandate, Actor: auth.Actor, Targets: ts, Action: "impose condition", Confidence: 0.6, Rule: "mandate/condition"}}, ""
		}
	}
	return nil, "a condition binding no firm"
}

// buildRescue: "after receiving a lifeline from investor SoftBank, WeWork
// ...", "WeWork agreed to a rescue by its largest shareholder, SoftBank": the
// rescuer acts on the rescued firm.
func (x *ClaimExtractor) buildRescue(toks []token, ms []mention, k int) ([]Claim, string) {
	from := -1
	for i := k + 1; i < len(toks) && i <= k+3; i++ {
		if toks[i].low == "from" || toks[i].low == "by" {
			from = i
			break
		}
	}
	if from < 0 {
		return nil, "rescue without a rescuer"
	}
	rescuer := -1
	for i := range ms {
		if ms[i].i > from && ms[i].i <= from+12 && ms[i].class == mFirm {
			rescuer = i
			break
		}
		if ms[i].i > from && toks[ms[i].i-1].text == "." {
			break
		}
	}
	if rescuer < 0 {
		return nil, "rescue without a known firm as rescuer"
	}
	actor := ms[rescuer].ent
	// the rescued: the subject before the noun, else the first firm after the rescuer's phrase
	var target *Entity
	if s := subjectBefore(toks, ms, k, func(m mention) bool { return m.class == mFirm }, 6); len(s) > 0 && ms[s[len(s)-1]].class == mFirm {
		e := ms[s[len(s)-1]].ent
		target = &e
	} else {
		for i := rescuer + 1; i < len(ms); i++ {
			if ms[i].class == mFirm && !sameEntityAny(ms[i].ent, []Entity{actor}) {
				e := ms[i].ent
				target = &e
				break
			}
		}
	}
	if target == nil || sameEntityAny(*target, []Entity{actor}) {
		return nil, "rescue of no other firm"
	}
	return []Claim{{Kind: KindAction, Actor: actor, Targets: []Entity{*target}, Action: "rescue", Confidence: 0.55, Rule: "action/rescue"}}, ""
}

// buildDealWith: "Samsung signed an agreement with Nvidia", "X's
// partnership with Y": a firm partners with another firm.
func (x *ClaimExtractor) buildDealWith(toks []token, ms []mention, k int) ([]Claim, string) {
	if k+2 >= len(toks) || toks[k+1].low != "with" {
		return x.buildJointDeal(toks, ms, k)
	}
	var target *mention
	for i := range ms {
		if ms[i].i == k+2 || (ms[i].i == k+3 && toks[k+2].low == "the") {
			target = &ms[i]
			break
		}
	}
	if target == nil || target.class == mPlace {
		// "a tie-up with Indonesian airline Nusantara Jet": past a description
		if i := firmInPhraseAfter(toks, ms, k, 6, "with"); i >= 0 {
			target = &ms[i]
		}
	}
	if target == nil || !(target.class == mFirm || target.class == mName || target.class == mOther && target.src == "name" && isAcronym(toks[target.i].text)) {
		return nil, "deal with no known firm"
	}
	var actor *Entity
	if o, _ := dealWithParties(toks, ms, k); o >= 0 {
		// "Savanna Tel's proposed tie-up with Kilima Mobile": the possessor is the other side
		e := asFirm(ms[o])
		actor = &e
	}
	// a name the catalogue lacks may partner when it has two words or more ("Kinabalu Air")
	subj := subjectBefore(toks, ms, k, func(m mention) bool {
		return m.class == mFirm || m.class == mName && (nameLen(&m) >= 2 || hasInnerCap(toks[m.i].text))
	}, 8)
	if len(subj) > 0 && actor == nil {
		m := ms[subj[len(subj)-1]]
		if m.class == mFirm || m.class == mName {
			e := m.ent
			actor = &e
		} else if m.class == mPron && m.firmRef != nil {
			actor = m.firmRef
		}
	}
	if actor == nil || sameEntityAny(target.ent, []Entity{*actor}) {
		return nil, "deal with no firm on the other side"
	}
	return []Claim{{Kind: KindAction, Actor: *actor, Targets: []Entity{asFirm(mention{ent: target.ent, class: mName})}, Action: "partner", Confidence: 0.6, Rule: "action/deal-with"}}, ""
}

var dealWords = toSet(`deal deals merger mergers acquisition acquisitions takeover takeovers transaction purchase tie-up buyout
 partnership venture alliance`)

// dealNear: a deal noun within ten tokens of the trigger.
func dealNear(toks []token, k int) bool {
	for i := max(0, k-10); i < len(toks) && i <= k+6; i++ {
		if dealWords[toks[i].low] {
			return true
		}
	}
	return false
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
		if ms[i].poss && n-ms[i].j <= 3 && (ms[i].class == mFirm || ms[i].class == mName) {
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

// jointSubjects: "A and B are in talks to merge", "A and B have teamed up":
// a partnering verb with no object joins the firms of its subject
// (scored either way round).
func jointSubjects(actors []Entity, tg trigger, neg bool, conf float64, rule string) []Claim {
	switch tg.lemma {
	case "partner", "merge", "combine", "pool", "integrate", "interconnect":
		// ("A and B agreed to share/pool their networks", "OLX and Vinted
		// will integrate their listings": a tie between them)
	default:
		return nil
	}
	var firms []Entity
	for _, a := range actors {
		if a.Type == TypeFirm && !sameEntityAny(a, firms) {
			firms = append(firms, a)
		}
	}
	if len(firms) < 2 {
		return nil
	}
	return []Claim{{Kind: KindAction, Actor: firms[0], Targets: firms[1:], Action: tg.lemma, Negated: neg, Confidence: conf - 0.15, Rule: "action/" + tg.lemma + "-joint" + rule}}
}

var stakeWords = toSet(`stake stakes majority minority controlling per cent percent in a an`)

// possModifiersOnly: between a possessive and its noun stand only amounts
// and plain modifiers ("$3.7 billion", "planned", "proposed"), no article
// or verb ("Tajikistan's antimonopoly service authorized the takeover": the
// takeover is not Tajikistan's).
func possModifiersOnly(toks []token, from, to int) bool {
	for q := from; q < to; q++ {
		w := toks[q].low
		if w == "the" || w == "a" || w == "an" || verbCue[w] || defaultLexicon.forms[w] != nil && !dealNouns[w] || strings.HasSuffix(w, "ed") && w != "planned" && w != "proposed" && w != "long-planned" && w != "delayed" && w != "stalled" {
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
				if s := subjectBefore(toks, ms, v, func(m mention) bool { return m.class == mFirm || m.class == mName }, 6); len(s) > 0 && ms[s[len(s)-1]].class != mPron {
					buyer = s[len(s)-1]
				}
			}
		}
	}
	target := firmInPhraseAfter(toks, ms, q, 10, "for")
	if target < 0 && wordWithin(toks, q+1, 5, "stake") {
		target = firmInPhraseAfter(toks, ms, q, 12, "in") // "a bid for a controlling stake in India's Yes Bank"
	}
	if buyer < 0 || target < 0 || sameEntityAny(asFirm(ms[buyer]), []Entity{asFirm(ms[target])}) {
		return -1, nil
	}
	return buyer, []int{target}
}

// approvedDealParties: an approval a firm won in the sentence of its own
// deal ("won approval from the FSC to acquire a majority stake in Seorak
// Life") clears both parties, as an approval of a named deal does; an
// approval whose firms are all in another one by the same authority adds
// nothing and goes.
func approvedDealParties(cs []Claim) []Claim {
	for i := range cs {
		if cs[i].Kind != KindApproval || len(cs[i].Targets) != 1 || !strings.HasPrefix(cs[i].Rule, "approval/received") {
			continue // only an approval the firm won for itself, not "cleared X's plan to buy"
		}
		for _, d := range cs {
			if d.Kind == KindAction && !d.Negated && sameEntityAny(d.Actor, cs[i].Targets) && (d.Action == "acquire" || d.Action == "buy" || d.Action == "purchase" || d.Action == "merge") {
				for _, t := range d.Targets {
					if !sameEntityAny(t, cs[i].Targets) {
						cs[i].Targets = append(cs[i].Targets, t)
					}
				}
			}
		}
	}
	boundDealParties(cs)
	out := cs[:0]
	for i, c := range cs {
		covered := false
		if c.Kind == KindApproval {
			for j, o := range cs {
				if j != i && o.Kind == KindApproval && sameEntityAny(o.Actor, []Entity{c.Actor}) && len(o.Targets) > len(c.Targets) && allIn(c.Targets, o.Targets) {
					covered = true
				}
			}
		}
		if !covered && !permittedDealOnly(c, cs) {
			out = append(out, c)
		}
	}
	return out
}

func allIn(a, b []Entity) bool {
	for _, e := range a {
		if !sameEntityAny(e, b) {
			return false
		}
	}
	return true
}

// boundDealParties: an authority that approves or blocks a deal told in the
// same sentence binds every party of it, whichever one its object named
// ("approved Shoprite's purchase of 40 stores from Massmart", "prohibited
// Rhenus from acquiring Kiesel Mineral").
func boundDealParties(cs []Claim) {
	for i := range cs {
		c := &cs[i]
		if c.Negated || c.Actor.Type == TypeFirm || !(c.Kind == KindApproval || c.Kind == KindMandate && c.Prohibition || c.Kind == KindProbe && strings.HasPrefix(c.Rule, "probe/inquiry-noun")) {
			// (an inquiry into a deal examines every party: "a full-scale
			// investigation into AeroNord's bid for Baltijas Avio")
			continue
		}
		if len(c.Targets) == 0 || onlySectors(c.Targets) || strings.HasPrefix(c.Rule, "approval/received") {
			continue // (an approval a firm won is approvedDealParties' own)
		}
		if c.Kind == KindProbe && !inquiryIntoDeal(strings.ToLower(c.Sentence)) {
			continue // "an investigation into Qualcomm over its acquisition of X": the deal is the reason, Qualcomm the one examined
		}
		if strings.Contains(strings.ToLower(c.Sentence), " stake") {
			continue // a stake bought in a firm leaves that firm outside the approval ("cleared BMW's plan to buy a stake in Ionity")
		}
		for _, d := range cs {
			if d.Kind != KindAction || d.Negated {
				continue
			}
			switch d.Action {
			case "acquire", "buy", "purchase", "merge", "combine", "partner":
			default:
				continue
			}
			parties := append([]Entity{d.Actor}, d.Targets...)
			if !sameEntityAny(d.Actor, c.Targets) && !anySame(d.Targets, c.Targets) {
				continue
			}
			for _, p := range parties {
				if !sameEntityAny(p, c.Targets) {
					c.Targets = append(c.Targets, p)
				}
			}
		}
	}
}

func anySame(a, b []Entity) bool {
	for _, e := range a {
		if sameEntityAny(e, b) {
			return true
		}
	}
	return false
}

// an inquiry whose object is the deal itself ("investigation into
// AeroNord's bid for Baltijas Avio", "probe of the merger of A and B").
var inquiryIntoDealRe = regexp.MustCompile(`\b(?:investigation|inquiry|probe|review|examination)s? (?:into|of) ([^,.;]{0,80}?)\b(?:acquisition|takeover|bid|merger|purchase|buyout|deal|offer|tie-up|venture)\b`)

func inquiryIntoDeal(s string) bool {
	m := inquiryIntoDealRe.FindStringSubmatch(s)
	return m != nil && !strings.Contains(" "+m[1], " over ") && !strings.Contains(" "+m[1], " for ")
}

// a deal verb that is only what an authority permits or forbids
// ("given Kyivstar permission to buy X", "prohibited Rhenus from
// acquiring X"): the deal has not happened; the approval or ban is the claim.
var permittedDealRe = regexp.MustCompile(`\bfrom (acquiring|buying|purchasing|merging|taking over)\b|\b(permission|allowed|permitted|authori[sz]ed|licensed)\b[^,.;]{0,40}\bto (buy|acquire|purchase|take over|merge)\b`)

func permittedDealOnly(c Claim, cs []Claim) bool {
	if c.Kind != KindAction || strings.Contains(c.Rule, "noun") {
		return false
	}
	switch c.Action {
	case "acquire", "buy", "purchase", "merge":
	default:
		return false
	}
	bound := false
	for _, a := range cs {
		if (a.Kind == KindApproval || a.Kind == KindMandate) && a.Actor.Type != TypeFirm && !strings.HasPrefix(a.Rule, "approval/received") && sameEntityAny(c.Actor, a.Targets) {
			bound = true
		}
	}
	return bound && permittedDealRe.MatchString(strings.ToLower(c.Sentence))
}

// underDeal: "Dangote Cement has agreed to supply clinker to Ashanti
// Cement under a five-year partnership", "X leases fibre to Y under a
// ten-year contract": the subject and the other firm its clause names are
// partners.
func underDeal(toks []token, ms []mention, k int) *Claim {
	u := -1
	for q := k - 1; q >= 0 && q >= k-5; q-- {
		if toks[q].low == "under" {
			u = q
			break
		}
		if toks[q].kind == tokPunct && toks[q].text != "-" {
			return nil
		}
	}
	if u < 0 {
		return nil
	}
	var subj *mention
	for i := range ms {
		m := ms[i]
		if m.j > u {
			break
		}
		if subj == nil && m.class == mPlace {
			continue
		}
		if subj == nil {
			if (m.class != mFirm && m.class != mName) || m.poss {
				return nil // the sentence's subject is no firm ("The CEB buys ... from A and B under contracts")
			}
			for q := 0; q < m.i; q++ {
				if objectStops[toks[q].low] || verbCue[toks[q].low] {
					return nil // a firm after a verb or preposition is no subject
				}
			}
			subj = &ms[i]
			continue
		}
		if subj != nil && (m.class == mFirm || m.class == mName) && !sameEntityAny(asFirm(m), []Entity{asFirm(*subj)}) && !(m.poss && i+1 < len(ms) && ms[i+1].i == m.j) {
			return &Claim{Kind: KindAction, Actor: asFirm(*subj), Targets: []Entity{asFirm(m)}, Action: "partner", Confidence: 0.55, Rule: "action/partner-under-deal"}
		}
	}
	return nil
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

// partnerInTerms: the first firm in an "under which / whereby" clause right
// after the deal noun at k, or -1.
func partnerInTerms(toks []token, ms []mention, k int) int {
	q := k + 1
	if q+1 < len(toks) && toks[q].low == "under" && toks[q+1].low == "which" {
		q += 2
	} else if q < len(toks) && toks[q].low == "whereby" {
		q++
	} else {
		return -1
	}
	for i := range ms {
		if ms[i].i >= q && ms[i].i <= q+3 && (ms[i].class == mFirm || ms[i].class == mName) && !ms[i].poss {
			return i
		}
	}
	return -1
}

// lastApproval is the latest approval among cs.
func lastApproval(cs []Claim) *Claim {
	for i := len(cs) - 1; i >= 0; i-- {
		if cs[i].Kind == KindApproval {
			return &cs[i]
		}
	}
	return nil
}

// approvalCarriesCondition: the sentence opens with the approval noun
// ("The approval/clearance/go-ahead ...") and the condition is its own
// ("came with a condition", "is subject to the condition", "was conditional
// on the condition").
func approvalCarriesCondition(toks []token, k int) bool {
	open := false
	for q := 0; q < k && q < 3; q++ {
		switch toks[q].low {
		case "approval", "clearance", "go-ahead", "nod", "authorisation", "authorization", "licence", "license", "permit":
			open = true
		}
	}
	return open && wordWithin(toks, max(0, k-4), 4, "with", "subject", "under", "carries", "carried", "includes", "included")
}
