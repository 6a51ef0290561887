package extract

import "strings"

// How far a hedge or a source reaches in a sentence. A hedge governs the
// clause it stands in: "is expected to issue an order, after an inspection
// found ..." hedges the order, not the inspection; "for allegedly misleading
// riders" hedges the grounds of a probe, not the probe. A deal an authority
// blocked, or one only bid for, has not happened (hedged, as a planned one).

// hedgeCut: a clause boundary between a hedge word at i and the trigger at
// k, so the hedge does not reach it: a trailing ", after ..." /
// ", following ..." / ", adding that ..." clause holding the trigger, or a
// ", which ... ," relative clause holding the hedge.
func hedgeCut(toks []token, i, k int) bool {
	for j := i + 1; j < k; j++ {
		if !isClauseComma(toks[j-1]) {
			continue
		}
		switch toks[j].low {
		case "after", "following", "adding", "saying":
			return true
		}
	}
	// "may fine X after an investigation found ...", "lapses found during a
	// six-week audit": an inquiry whose finding is told happened
	if foundInquiry(toks, i+1, k) {
		return true
	}
	// ", which is separately accused ... ," closes before the trigger
	open := false
	for j := i - 1; j >= 1 && j >= i-12; j-- {
		if isClauseComma(toks[j]) {
			break
		}
		if (toks[j].low == "which" || toks[j].low == "who") && isClauseComma(toks[j-1]) {
			open = true
			break
		}
	}
	if !open {
		return false
	}
	for j := i + 1; j < k; j++ {
		if isClauseComma(toks[j]) {
			return true
		}
	}
	return false
}

func isClauseComma(t token) bool {
	return t.kind == tokPunct && (t.text == "," || t.low == "-" || t.text == "\u2014" || t.text == "\u2013")
}

// groundsAdverb: "allegedly" at i after the trigger at k sits in the act's
// grounds ("opened proceedings against X for allegedly misleading riders",
// "fined it over allegedly rigging bids"): the conduct is alleged, the act
// is not.
func groundsAdverb(toks []token, k, i int) bool {
	for j := k + 1; j < i; j++ {
		switch toks[j].low {
		case "for", "over", "because":
			return true
		}
		if toks[j].low == "suspicion" || toks[j].low == "suspected" {
			return true
		}
		if adverbClauseOpeners[toks[j].low] {
			return true // "a fund that it allegedly used", "after the miller allegedly fixed prices"
		}
	}
	// "a contract the company allegedly won": a subject of its own before the
	// adverb opens a clause about the grounds, not the act
	return i-1 > k+1 && clauseSubjects[toks[i-1].low]
}

// adverbClauseOpeners start a clause inside the sentence whose own verb an
// adverb after them qualifies.
var adverbClauseOpeners = toSet(`that which who whom whose where after when since while as whereby`)

// clauseSubjects end a subject ("the company", "executives", "it") of a
// clause of its own.
var clauseSubjects = toSet(`it they he she company firm group bank lender insurer operator carrier miller maker
 executives officials managers directors staff employees firms companies`)

// dealHalted: the deal noun at k names a deal that has not happened: a
// bid or offer ("Van Dijk Cargo's €2.3 billion bid for Skagerrak"), or a
// deal an authority blocked, vetoed or prohibited ("has blocked
// Castlefield's £480m purchase of Orkney Skylink", "its decision to block
// X's takeover of Y"); not a deal a party only sues to block.
func dealHalted(toks []token, k int) bool {
	bid := false
	switch toks[k].low {
	case "bid", "bids", "offer", "approach":
		// a bid under review is pending; one a firm has just made is its act
		// ("has made a 9.4 billion koruna offer for Y")
		bid = true
	case "purchase", "acquisition", "takeover", "merger", "buyout", "deal", "tie-up", "combination":
	default:
		return false
	}
	for i := k - 1; i >= 0 && i >= k-12; i-- {
		t := toks[i]
		if t.text == "." || t.text == ";" || t.low == "after" && i < k-1 {
			return false
		}
		if bid && reviewWords[t.low] {
			return !notBefore(toks, i)
		}
		switch t.low {
		case "blocked", "blocks", "vetoed", "vetoes", "prohibited", "prohibits", "blocking":
			return !notBefore(toks, i) // not "has not blocked X's purchase of Y"
		case "block", "veto":
			// the noun ("the Commission's block on the merger") or a decided
			// block ("its decision to block"); "sued to block" only asks
			if i > 0 && toks[i-1].low == "to" {
				return i > 1 && (toks[i-2].low == "decision" || toks[i-2].low == "ruling" || toks[i-2].low == "move" || toks[i-2].low == "voted" || toks[i-2].low == "decided")
			}
			return i > 0 && (toks[i-1].low == "'s" || toks[i-1].low == "the" || toks[i-1].low == "its" || toks[i-1].low == "a")
		}
	}
	return false
}

func notBefore(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if toks[j].low == "not" || toks[j].low == "never" || toks[j].low == "n't" {
			return true
		}
	}
	return false
}

// reviewWords before a bid: an authority looks at it ("an investigation
// into X's bid for Y", "is reviewing X's offer").
var reviewWords = toSet(`into reviewing review examining examine investigating investigate scrutinising scrutinizing scrutiny probing assessing assess blocked blocking vetoed prohibited`)

// decidesWhether: "whether to" at i follows a decision still open ("has
// until March 3 to decide whether to approve", "a decision on whether to
// clear"): the act is not even weighed as the authority's plan.
func decidesWhether(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch toks[j].low {
		case "decide", "decides", "decided", "deciding", "decision", "determine", "determines", "determining", "rule":
			return true
		}
	}
	return false
}

// unnamedGroup: a speaker that is a bare plural of unnamed people placed
// at the parties ("bankers at both lenders said", "employees at the company
// said", "staff at two of the banks told Reuters").
func unnamedGroup(seg []token) bool {
	if len(seg) < 3 {
		return false
	}
	i := 0
	if seg[0].low == "some" || seg[0].low == "several" || seg[0].low == "many" {
		i++
	}
	if i+1 >= len(seg) || seg[i].upper && i > 0 {
		return false
	}
	switch seg[i].low {
	case "bankers", "employees", "staff", "executives", "managers", "workers", "traders", "insiders", "people":
	default:
		return false
	}
	switch seg[i+1].low {
	case "at", "from", "in", "inside", "within", "close":
		return true
	}
	return false
}

// reportSubjects may stand before the verb "reports" ("it reports", "as
// the paper also reports"); any other lowercase word before it makes it a
// noun ("monthly transaction reports").
var reportSubjects = toSet(`it he she they also now later separately first media`)

// citesFailure: "citing repeated failures to report suspicious
// transfers": the source word is a verb of the grounds, not a source.
func citesFailure(toks []token, a, b int) bool {
	for i := a + 1; i < b; i++ {
		if sourceWords[toks[i].low] && toks[i-1].low == "to" {
			return true
		}
	}
	return false
}

// outletLearns: "understands"/"has learnt" at k closes a sentence or opens
// a that-clause and its subject is an outlet, not a party (", Stuff
// understands.", ", the Times of Zambia has learnt.", "The Kyiv Post has
// learned that ...").
func outletLearns(toks []token, ms []mention, k int) bool {
	w := toks[k].low
	if k+1 < len(toks) && !(toks[k+1].kind == tokPunct || toks[k+1].low == "that") {
		return false
	}
	b := k
	if w != "understands" {
		if k == 0 || toks[k-1].low != "has" && toks[k-1].low != "have" {
			return false
		}
		b = k - 1
	}
	a := clauseStart(toks, b)
	if a >= b || b-a > 6 || segHasParty(ms, a, b) || hasWord(toks[a:b], partyWords) {
		return false
	}
	for i := a; i < b; i++ {
		if toks[i].upper {
			return true // a capitalized outlet name
		}
	}
	return false
}

// inquiryVerbs an authority announces ahead ("said it would inspect the
// plant", "would also examine whether ..."): an inquiry not yet opened.
var inquiryVerbs = toSet(`examine inspect audit investigate probe scrutinise scrutinize`)

// futureInquiry: "would" (in reported speech) before an inquiry verb.
func futureInquiry(toks []token, k int) bool {
	if k < 1 || !inquiryVerbs[toks[k].low] {
		return false
	}
	p := k - 1
	if p > 0 && (toks[p].low == "also" || toks[p].low == "now" || toks[p].low == "first" || toks[p].low == "then") {
		p--
	}
	return toks[p].low == "would"
}

var findingSet = toSet(`found showed revealed uncovered identified`)

// foundInquiry: the trigger at k is an inquiry told by its finding, in an
// "after/following/during" phrase starting at or after from ("after an
// investigation found", "lapses found during a six-week audit").
func foundInquiry(toks []token, from, k int) bool {
	for j := max(from, k-5); j < k; j++ {
		switch toks[j].low {
		case "after", "following", "during":
			if wordWithin(toks, k+1, 4, "found", "showed", "revealed", "uncovered", "concluded", "determined", "identified") || j >= 1 && findingSet[toks[j-1].low] {
				return true
			}
		}
	}
	return false
}

// draftHedges: "draft" in the sentence ("according to a draft decision",
// "draft rules") makes its acts proposals, not the inquiry whose finding
// the draft rests on.
func draftHedges(toks []token, k int) bool {
	return hasWord(toks, draftWord) && !foundInquiry(toks, 0, k)
}

var draftWord = toSet(`draft`)

// speakerStart narrows a long clause before a speech verb to its speaker:
// in "fined private broadcaster Polsat over a quiz show that it said
// misled viewers" the speaker is "it", not the clause with "broadcaster".
func speakerStart(toks []token, a, b int) int {
	if b-a <= 12 {
		return a
	}
	for i := b - 1; i > a; i-- {
		switch toks[i].low {
		case "that", "which", "who", "whom", "and", "but", "as", "while":
			return i + 1
		}
	}
	return b - 4
}

// inquiryNouns an order may wait on while they run ("pending an audit").
var awaitedInquiryNouns = toSet(`audit review investigation inquiry probe examination inspection`)

// factNoun: the trigger noun is told done by the participle after it ("a
// 2.5 million dirham fine imposed by the GCAA", "the order issued last
// week"): a hedge before it ("plans to challenge") is about the answer.
func factNoun(toks []token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	switch toks[k+1].low {
	case "imposed", "levied", "issued", "handed", "slapped":
		return true
	}
	switch toks[k].low {
	case "imposed", "levied", "issued", "handed":
		// the participle itself read as the trigger: "a fine imposed by"
		return k > 0 && toks[k+1].low == "by" && (toks[k-1].low == "fine" || toks[k-1].low == "penalty" || toks[k-1].low == "order" || toks[k-1].low == "ban")
	}
	return false
}

// interestIn: "has expressed interest in buying", "are close to a deal
// to merge": a deal only wished or near.
func interestIn(toks []token, k int) bool {
	if k >= 2 && toks[k-1].low == "in" && toks[k-2].low == "interest" && strings.HasSuffix(toks[k].low, "ing") {
		return true
	}
	for i := k - 1; i >= 2 && i >= k-6; i-- {
		if (toks[i].low == "deal" || toks[i].low == "agreement") && (toks[i-1].low == "a" || toks[i-1].low == "an") && toks[i-2].low == "to" && i >= 3 && toks[i-3].low == "close" {
			return true
		}
	}
	return false
}

// hedgeIndex is where a claim's hedges are read from: its trigger, except
// for an act named with its author inside an answer ("plans to challenge a
// fine imposed by the GCAA"), read at the participle naming the act.
func hedgeIndex(toks []token, k int, c Claim) int {
	if c.Kind == KindResponse || !strings.HasSuffix(c.Rule, "/issued-by") {
		return k
	}
	for j := k + 1; j < len(toks) && j <= k+12; j++ {
		switch toks[j].low {
		case "imposed", "levied", "issued", "handed":
			return j
		}
	}
	return k
}
