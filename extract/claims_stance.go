package extract

import "strings"

// Stance cues: what a firm says after its speech verb that takes a stance
// on an authority's act without a verb of answering ("took the order
// seriously", "has begun refunding", "was disappointed by the decision",
// "will study the ruling"). The remedy rules decide who speaks and which
// authority is answered; these words decide whether the firm complies,
// resists, or only weighs a challenge.

// stanceCue reads the words from "from" to the clause's end and returns
// the stance they take ("comply", "resist"), the action to record, and
// whether the stance is only weighed (hedged). ok is false without a cue.
// Only studying a ruling ("was studying the decision") takes no stance.
func stanceCue(toks []token, ms []mention, from int) (stance, action string, weighed, ok bool) {
	// a firm that complies but contests ("would comply under protest and
	// seek a review", "would engage the regulator, adding that it did not
	// agree with the timeline") resists: the first resisting cue wins
	stance, action, weighed, ok = firstStanceCue(toks, ms, from)
	if !ok || stance == "resist" {
		return stance, action, weighed, ok
	}
	for q := from + 1; q < len(toks); q++ {
		if st, act, w, found := firstStanceCue(toks, ms, q); !found {
			break
		} else if st == "resist" {
			return st, act, w, true
		}
	}
	return stance, action, weighed, ok
}

func firstStanceCue(toks []token, ms []mention, from int) (stance, action string, weighed, ok bool) {
	end := len(toks)
	for q := from; q < end; q++ {
		if st, act, found := attitudeCue(toks, ms, q); found {
			return st, act, false, true
		}
		if st, act, found := deliveryCue(toks, q); found {
			return st, act, false, true // (claims_stance_deliver.go)
		}
		w := toks[q].low
		switch {
		case w == "disagree" || w == "disagrees" || w == "disagreed" || w == "disappointed" || w == "surprised" || w == "dismayed" || w == "regrets" || w == "regretted" || w == "regret":
			// "was disappointed by the decision", "regrets the ruling"
			if answerNear(toks, q+1, 8) || (w == "surprised" || w == "dismayed") && wordWithin(toks, q+1, 4, "move", "step", "measure", "action") || authWithin(toks, ms, q+1, 5) {
				// ("disappointed that ASIC had chosen to litigate")
				return "resist", "disagree", false, true
			}
		case (w == "agree" || w == "agreed" || w == "accept" || w == "share") && q >= 1 && (toks[q-1].low == "not" || toks[q-1].low == "n't"):
			// "did not agree with the timeline", "does not accept the findings"
			if wordWithin(toks, q+1, 1, "with") || answerNear(toks, q+1, 4) {
				return "resist", "disagree", false, true
			}
		case w == "always" || w == "fully" || w == "strictly":
			// "had always complied with local laws", "has always responded to
			// legal requests", "operates fully within the law": nothing to answer for
			if q+1 < end && innocentVerbs[toks[q+1].low] {
				return "resist", "reject", false, true
			}
		case w == "nothing" && q+1 < end && toks[q+1].low == "wrong":
			return "resist", "reject", false, true
		case w == "lawfully" || w == "legally" && q >= 1 && actedVerbs[toks[q-1].low]:
			return "resist", "reject", false, true
		case w == "options" && q >= 1 && (toks[q-1].low == "its" || toks[q-1].low == "all" || toks[q-1].low == "legal" || toks[q-1].low == "available") || w == "steps" && q >= 1 && toks[q-1].low == "next":
			// ("assessing next steps")
			// "is considering its options", "reviewing all legal options"
			if wordWithin(toks, max(from, q-4), 4, "considering", "weighing", "reviewing", "evaluating", "assessing", "exploring", "studying", "consider", "weigh", "review", "explore") {
				return "resist", "consider appeal", true, true
			}
		case (w == "weighing" || w == "considering" || w == "mulling" || w == "exploring" || w == "evaluating" || w == "assessing" || w == "studying" || w == "preparing" || w == "readying" || w == "drafting") &&
			(wordWithin(toks, q+1, 4, "appeal", "challenge", "lawsuit", "appealing", "challenging") || wordWithin(toks, q+1, 2, "legal") && wordWithin(toks, q+2, 3, "action", "options", "steps", "challenge")):
			// "is weighing an appeal", "considering legal action"
			return "resist", "consider appeal", true, true
		case w == "whether" && q+2 < end && toks[q+1].low == "to" && (toks[q+2].low == "appeal" || toks[q+2].low == "challenge" || toks[q+2].low == "contest" || toks[q+2].low == "sue"):
			// "had not decided whether to appeal"
			return "resist", "consider appeal", true, true
		case (w == "ask" || w == "asked" || w == "petition" || w == "petitioned" || w == "urge") && wordWithin(toks, q+1, 3, "court", "judge", "tribunal", "courts", "judges") &&
			wordWithin(toks, q+2, 5, "overturn", "annul", "quash", "suspend", "block", "revoke", "reverse", "cancel", "halt", "set", "review", "reconsider"):
			// "would ask a court to overturn the fine"
			return "resist", "appeal", false, true
		case (w == "filed" || w == "lodged" || w == "file" || w == "lodge") && wordWithin(toks, q+1, 3, "complaint", "petition", "motion", "case", "objection") && wordWithin(toks, q+2, 5, "court", "tribunal", "courts", "judge"):
			// "had filed a complaint with the administrative court"
			return "resist", "appeal", false, true
		case fileVerbs[w] && (wordWithin(toks, q+1, 3, "suit", "lawsuit", "appeal", "challenge", "petition", "complaint", "case", "objection") && againstAct(toks, q+2, 4) ||
			wordWithin(toks, q+1, 2, "administrative") && wordWithin(toks, q+2, 2, "suit", "lawsuit", "appeal", "action", "litigation", "case")):
			// ("would file an administrative lawsuit": against the authority, in Korean and Taiwanese usage)
			// "would file an administrative suit against the decision", "has
			// lodged an appeal against the fine": not a suit against a rival
			return "resist", "appeal", false, true
		case (w == "following" || w == "after") && q > from && answerNear(toks, q+1, 3) && authWithin(toks, ms, q+2, 6) && wordWithin(toks, from, q-from, "will", "would"):
			// "said it would let users pick rival browsers, following a
			// decision by the European Commission": a change of course the act caused
			return "comply", "comply", false, true
		case (w == "will" || w == "would" || w == "to") && q+2 < end && changeVerbs[toks[q+1].low] && wordWithin(toks, q+2, 2, "its", "their", "the") && setWithin(toks, q+2, 4, practiceNouns):
			// "would change its terms by the end of the month", "to adjust its
			// fee structure": the practice the authority faulted
			return "comply", "rectify", false, true
		case (w == "offered" || w == "offers" || w == "proposed" || w == "proposes") && q+2 < end && toks[q+1].low == "to" && concessionVerbs[toks[q+2].low] ||
			(w == "offered" || w == "offers" || w == "submitted" || w == "proposed") && setWithin(toks, q+1, 3, concessionNouns):
			// "has offered to give up 14 daily slots to win approval", "offered
			// remedies": concessions to the authority reviewing it
			return "comply", "offer remedies", false, true
		case (w == "receiving" || w == "getting") && q >= 1 && (toks[q-1].low == "of" || toks[q-1].low == "after" || toks[q-1].low == "upon") && answerNear(toks, q+1, 3) && q > from:
			// "had already blocked the sites within hours of receiving the order"
			return "comply", "comply", false, true
		case w == "since" && q >= 1 && (toks[q-1].low == "has" || toks[q-1].low == "have" || toks[q-1].low == "had") && q+1 < end && followUpVerbs[toks[q+1].low]:
			// "Turkcell has since cut the fees by half": the change that followed the act
			return "comply", "rectify", false, true
		case remedyNouns[w] && wordWithin(toks, q+1, 2, "would", "will", "were", "had", "have") && wordWithin(toks, q+2, 3, "completed", "made", "paid", "issued", "processed", "credited", "finished"):
			// "said refunds would be completed by March"
			return "comply", "rectify", false, true
		case w == "threatened" || w == "threatens" || w == "threatening":
			// "threatened to pull Facebook out of Nigeria"
			if wordWithin(toks, q+1, 2, "to") && wordWithin(toks, q+2, 2, "pull", "exit", "leave", "withdraw", "shut", "quit", "suspend", "halt", "sue", "stop") {
				return "resist", "reject", false, true
			}
		case dismissiveWords[w] && q > from && hasWord(toks[max(from, q-5):q], answerWords) && !firmOwnedAct(toks, ms, max(from, q-5), q):
			// "said the fine was unjustified", "the ruling is flawed"
			return "resist", "reject", false, true
		case (w == "accordance" || w == "line" || w == "compliance") && q >= 1 && toks[q-1].low == "in" && wordWithin(toks, q+1, 4, "law", "laws", "rules", "regulations", "legislation") &&
			wordWithin(toks, max(from, q-4), 4, "acted", "operated", "operates", "acts", "was", "is", "been", "complied"):
			// "had acted in line with the law", "operates in full compliance with local rules"
			return "resist", "reject", false, true
		case w == "no" && q+1 < end && toks[q+1].low == "longer":
			// "will no longer charge the fee"
			return "comply", "rectify", false, true
		case (w == "required" || w == "requested" || w == "necessary" || w == "ordered") && q+1 < end && !(q >= 1 && auxWords[toks[q-1].low]) && (toks[q+1].low == "changes" || toks[q+1].low == "adjustments" || toks[q+1].low == "information" || toks[q+1].low == "documents" || toks[q+1].low == "data" || toks[q+1].low == "steps") ||
			(w == "information" || w == "documents" || w == "data" || w == "records") && q+1 < end && (toks[q+1].low == "requested" || toks[q+1].low == "required" || toks[q+1].low == "sought"):
			// "would make the required changes", "would provide all information requested"
			return "comply", "comply", false, true
		case (w == "pay" || w == "paid") && q > from && (toks[q-1].low == "would" || toks[q-1].low == "will" || toks[q-1].low == "to" || toks[q-1].low == "had") && !purchasePrice(toks, q) &&
			(q+1 >= end || toks[q+1].kind == tokPunct || toks[q+1].kind == tokNum || answerWords[toks[q+1].low] || toks[q+1].low == "it" || toks[q+1].low == "up" || toks[q+1].low == "in"):
			// "said it would pay", "will pay it in full"
			return "comply", "pay", false, true
		case (w == "ignored" || w == "ignores" || w == "ignoring" || w == "disregarded" || w == "flouted" || w == "flouting" || w == "snubbed") && answerNear(toks, q+1, 4):
			// "ignored the regulator's order"
			return "resist", "reject", false, true
		case (w == "seek" || w == "seeks" || w == "sought" || w == "seeking") && wordWithin(toks, q+1, 3, "injunction", "stay", "suspension") && (answerNear(toks, q+2, 6) || ownedAct(toks, q+2, 10)):
			// "is seeking an injunction to halt the regulator's order"
			return "resist", "appeal", false, true
		case (w == "settled" || w == "settles") && wordWithin(toks, q+1, 1, "with") && authWithin(toks, ms, q+2, 3):
			// "has settled with the Competition Authority"
			return "comply", "settle", false, true
		case (w == "reached" || w == "reaches" || w == "struck" || w == "signed" || w == "entered") && settlementWith(toks, q+1) > 0 && authWithin(toks, ms, settlementWith(toks, q+1)+1, 3):
			// "reached a settlement with the Philippine Competition Commission":
			// a settlement with a firm stays the deal rules' business
			return "comply", "settle", false, true
		case (w == "work" || w == "working" || w == "worked" || w == "works") && q > from && workAux[toks[q-1].low] && closeWith(toks, q+1) > 0 && authWithin(toks, ms, closeWith(toks, q+1)+1, 3):
			// "said it would work with the regulator to resolve the issue",
			// "is working closely with the authority"
			return "comply", "cooperate", false, true
		case (w == "bowed" || w == "bowing" || w == "yielded" || w == "caved" || w == "relented") && (wordWithin(toks, q+1, 3, "pressure", "demands", "demand") || wordWithin(toks, q+1, 1, "to") && ownedAct(toks, q+2, 8)) ||
			yieldIdiom(toks, q) && (answerNear(toks, q+2, 5) || ownedAct(toks, q+2, 8)):
			// ("bowed to the Nigerian Communications Commission's demands",
			// "gave in to the regulator's demands", "acceded to its request")
			// "bowed to pressure from the energy regulator and cut prices"
			return "comply", "comply", false, true
		case w == "ensure" && wordWithin(toks, q+1, 8, "met", "meet", "meets", "complies", "comply", "compliance", "conform", "conforms", "adheres") && answerNear(toks, q+1, 10):
			// "would work to ensure its ad practices met the decision"
			return "comply", "comply", false, true
		case (w == "respect" || w == "respects" || w == "respected" || w == "welcome" || w == "welcomes" || w == "welcomed") && answerNear(toks, q+1, 4):
			// "we respect the regulator's decision" inside a quote
			return "comply", "accept", false, true
		case w == "seriously" && wordWithin(toks, max(from, q-6), 6, "take", "takes", "took", "taken", "taking"):
			// "took the order seriously"
			return "comply", "accept", false, true
		case strengthenVerbs[w] && controlNear(toks, q+1, 4):
			// "would strengthen compliance", "has tightened its internal controls"
			return "comply", "rectify", false, true
		case (w == "begun" || w == "began" || w == "started" || w == "starts" || w == "begin" || w == "start") && q+1 < end && strings.HasSuffix(toks[q+1].low, "ing") &&
			(remedyVerbs[strings.TrimSuffix(toks[q+1].low, "ing")] || hasWord(toks[q+2:min(end, q+5)], remedyNouns)):
			// "has begun refunding customers", "started removing the listings",
			// "had begun processing the refunds"
			return "comply", "rectify", false, true
		case (w == "cooperating" || w == "cooperate" || w == "co-operating" || w == "co-operate") && (wordWithin(toks, q+1, 1, "fully") || q > from && toks[q-1].low == "fully"):
			// "was cooperating fully", "will fully cooperate"
			return "comply", "cooperate", false, true
		case (w == "responded" || w == "answered" || w == "replied") && hasWord(toks[q+1:min(end, q+6)], queryNouns):
			// "had responded to all queries raised by the regulator"
			return "comply", "cooperate", false, true
		case (w == "reached" || w == "signed" || w == "entered" || w == "accepted") && wordWithin(toks, q+1, 4, "settlement", "settlements") && !wordWithin(toks, q+1, 8, "with") || w == "settle" && q > from && (toks[q-1].low == "to" || toks[q-1].low == "agreed"):
			// "had reached the settlement to avoid litigation" (with whom is the
			// deal rules' business when named)
			return "comply", "settle", false, true
		case (w == "apologised" || w == "apologized" || w == "apologises" || w == "apologizes" || w == "apologise" || w == "apologize"):
			return "comply", "accept", false, true
		case w == "address" && wordWithin(toks, q+1, 4, "concerns", "concern", "issues", "shortcomings", "findings", "deficiencies"):
			// "would work with the regulator to address its concerns"
			return "comply", "rectify", false, true
		case w == "to" && q >= 1 && promiseVerbs[toks[q-1].low] && q+1 < end && remedyVerbs[toks[q+1].low] && !personObject(toks, q+2):
			// "pledged to compensate affected sellers", "promised to fix the problems"
			return "comply", "rectify", false, true
		case (w == "lashed" || w == "hit") && wordWithin(toks, q+1, 2, "out", "back") && wordWithin(toks, q+2, 2, "at", "against"):
			// "lashed out at the watchdog", "hit back at the regulator"
			return "resist", "reject", false, true
		case w == "called" && wordWithin(toks, q+1, 1, "for") && answerNear(toks, q+2, 3) && wordWithin(toks, q+3, 5, "reversed", "overturned", "withdrawn", "scrapped", "annulled", "revoked", "reconsidered", "lifted"):
			// "called for the decision to be reversed"
			return "resist", "appeal", false, true
		case (w == "will" || w == "would") && q+1 < end && remedyVerbs[toks[q+1].low] && !personObject(toks, q+2):
			// "would refund affected users", "will remove the app" (not "would
			// remove two directors")
			return "comply", "rectify", false, true
		}
	}
	return "", "", false, false
}

// followUpVerbs after "has since": a change made after an authority's act.
var followUpVerbs = toSet(`cut lowered reduced removed stopped changed dropped withdrawn withdrew amended refunded restored paid
 suspended scrapped ended fixed repaid compensated reversed halted closed complied corrected revised blocked deleted`)

// changeVerbs alter a practice; only with the practice named (practiceNouns).
var changeVerbs = toSet(`change adjust modify update alter overhaul rewrite`)

var practiceNouns = toSet(`terms policy policies practices practice contracts contract conditions ads advertising labels
 labelling labeling pricing fees fee charges tariffs procedures rules clauses disclosures marketing`)

// concessionVerbs and concessionNouns: what a firm offers an authority
// reviewing it ("offered to divest", "submitted commitments").
var concessionVerbs = toSet(`give divest sell dispose cap cut license spin drop remove open shed`)

var concessionNouns = toSet(`remedies remedy concessions commitments undertakings divestments divestitures`)

// fileVerbs bring a suit or appeal.
var fileVerbs = toSet(`file files filed filing lodge lodges lodged lodging bring brings brought launch launched submit submitted
 mount mounts mounted mounting`)

// againstAct: "against" within n words after from, followed closely by an
// authority's act ("against the decision", "against the regulator's fine").
// A court the case goes to may stand between ("an appeal with the High
// Court against the decision"), and a challenge goes "to" the act as often
// as "against" it ("a legal challenge to the ruling").
func againstAct(toks []token, from, n int) bool {
	for q := from; q < len(toks) && q < from+n; q++ {
		switch w := toks[q].low; {
		case w == "against" || w == "to" && q >= 1 && (toks[q-1].low == "challenge" || toks[q-1].low == "challenges"):
			return answerNear(toks, q+1, 4) || ownedAct(toks, q+1, 8)
		case w == "with" && q+1 < len(toks) && (toks[q+1].low == "the" || toks[q+1].low == "a"):
			n += 5 // the venue: "with the High Court", "with a tribunal"
		}
	}
	return false
}

// ownedAct: an authority's act in the possessive within n words after from
// ("the Fiji Competition and Consumer Commission's decision"): a long name
// pushes the act past the short windows, the "'s" keeps it tied.
func ownedAct(toks []token, from, n int) bool {
	for q := from; q+1 < len(toks) && q < from+n; q++ {
		if toks[q].low == "'s" && answerWords[toks[q+1].low] {
			return true // (a place's "'s" before the name reads on: "Vietnam's Ministry of Trade's order")
		}
		if toks[q].kind == tokPunct && toks[q].text != "&" && toks[q].text != "-" {
			return false
		}
	}
	return false
}

// yieldIdiom: "gave in to", "acceded to", "gives way to" at q: a firm
// yielding, answered by the act after it.
func yieldIdiom(toks []token, q int) bool {
	if q+2 >= len(toks) {
		return false
	}
	switch toks[q].low {
	case "acceded", "accedes", "acceding":
		return toks[q+1].low == "to"
	case "gave", "give", "gives", "giving", "given":
		return (toks[q+1].low == "in" || toks[q+1].low == "way") && toks[q+2].low == "to"
	}
	return false
}

// settlementWith: the index of "with" in "a settlement with" /
// "a $5 million settlement with" starting at from, or -1.
func settlementWith(toks []token, from int) int {
	for q := from; q+1 < len(toks) && q < from+6; q++ {
		if toks[q].low == "settlement" || toks[q].low == "settlements" {
			if toks[q+1].low == "with" {
				return q + 1
			}
			return -1
		}
	}
	return -1
}

// closeWith: the index of "with" right after from, or after "closely",
// "together" or "jointly"; -1 when there is none.
func closeWith(toks []token, from int) int {
	if from < len(toks) && toks[from].low == "with" {
		return from
	}
	if from+1 < len(toks) && toks[from+1].low == "with" && (toks[from].low == "closely" || toks[from].low == "together" || toks[from].low == "jointly") {
		return from + 1
	}
	return -1
}

// workAux: what stands before "work with" when a firm says it will work
// with an authority, rather than telling of its customers or partners.
var workAux = toSet(`would will to continue continues continued is are was been closely`)

// remedyNouns are what a firm hands back when it puts things right.
var remedyNouns = toSet(`refunds refund repayments repayment compensation reimbursements recall recalls payments credits rebates`)

// queryNouns are an authority's questions a firm answers.
var queryNouns = toSet(`queries query questions question requests request notice notices letter letters summons questionnaire`)

// authWithin: an authority is named within n words after from.
func authWithin(toks []token, ms []mention, from, n int) bool {
	for _, m := range ms {
		if m.class == mAuth && m.i >= from && m.i < from+n {
			return true
		}
	}
	return false
}

// answerNear: an authority's act ("decision", "ruling", "fine") within n words.
func answerNear(toks []token, from, n int) bool {
	return hasWord(toks[min(from, len(toks)):min(len(toks), from+n)], answerWords)
}

// controlNear: a firm's controls within n words ("compliance", "internal controls").
func controlNear(toks []token, from, n int) bool {
	return hasWord(toks[min(from, len(toks)):min(len(toks), from+n)], controlWords)
}

var strengthenVerbs = toSet(`strengthen strengthened strengthening strengthens tighten tightened tightening tightens improve improved
 improving enhance enhanced enhancing bolster bolstered bolstering overhaul overhauled overhauling upgrade upgraded reinforce reinforced`)

var controlWords = toSet(`compliance controls control procedures governance oversight safeguards processes policies systems checks
 monitoring supervision management`)

// remedyVerbs put right what an authority faulted ("refund", "recall").
var remedyVerbs = toSet(`refund recall remov remove withdraw halt suspend stop discontinu discontinue cease compensat compensate
 reimburs reimburse restor restore unblock divest delet delete rectify remedy amend revis revise correct fix stopp`)

// innocentVerbs after "always": the firm says it did what the law asks.
var innocentVerbs = toSet(`complied complies comply responded respond acted acts operated operates abided followed follows respected
 cooperated cooperates adhered adheres`)

var actedVerbs = toSet(`acted operated behaved act operates acts`)

// speechVerbs after a firm open what it says.
var speechVerbs = toSet(`said says added stated confirmed acknowledged noted insisted maintained argued countered responded
 replied promised vowed pledged reiterated told`)

var spokesNouns = toSet(`spokesperson spokesman spokeswoman spokespeople representative representatives lawyer lawyers
 attorney attorneys statement`)

// stanceSpeaker finds the firm that speaks in this sentence and where its
// words start: "Savanna said (on Monday) it ...", "The company, which has
// two months to comply, said ...", "A spokesperson for the Estonian firm
// said ...", "In a statement, Kisaragi said ...", "X's lawyers said ...".
// direct is true when the firm's own verb follows with no speech verb
// ("Kisaragi took the order seriously").
func stanceSpeaker(toks []token, ms []mention) (e *Entity, at int, direct bool) {
	if len(toks) > 2 && (toks[0].text == "\"" || toks[0].text == "\u201c") && (toks[1].low == "we" || toks[1].low == "our") {
		// '"We respect the decision and will pay," Allegro's chief executive
		// said': the firm named after the quote speaks its words
		if f := quotedSpeakerFirm(toks, ms, 1); f != nil {
			return f, 1, false
		}
		return nil, 0, false
	}
	n := -1
	for i := range ms {
		m := ms[i]
		if m.class == mPerson {
			continue
		}
		if m.firmOrName() || m.class == mPron && m.firmRef != nil && !m.plural {
			n = i
		}
		break
	}
	if n < 0 {
		return nil, 0, false
	}
	m := ms[n]
	lead := m.i
	switch {
	case lead <= 1:
	case lead >= 2 && toks[lead-1].low == "for" && spokesNouns[toks[lead-2].low] && lead <= 5:
		// "A spokesperson for X"
	case lead >= 2 && toks[lead-1].text == "," && lead <= 5 && (toks[0].low == "in" || toks[0].low == "on"):
		// "In a statement, X", "On Monday, X"
	default:
		return nil, 0, false
	}
	if m.class == mPron {
		e = m.firmRef
	} else {
		f := asFirm(m)
		e = &f
	}
	q := m.j
	if q < len(toks) && toks[q].text == "," && q+1 < len(toks) && (toks[q+1].low == "which" || toks[q+1].low == "who" || toks[q+1].low == "whose" ||
		q+2 < len(toks) && (toks[q+2].low == "which" || toks[q+2].low == "whom") && toks[q+1].kind == tokWord && !toks[q+1].upper) {
		// (", in which South Korea's Hanbit Ventures owns a stake,")
		// "The company, which has two months to comply, said": skip the relative
		r := q + 1
		for r < len(toks) && toks[r].text != "," {
			r++
		}
		if r >= len(toks) {
			return nil, 0, false
		}
		q = r + 1
	} else if q+1 < len(toks) && toks[q].text == "," && appositiveBeforeSpeech(toks, q) > 0 {
		// "Mercado Pago, the fintech arm of MercadoLibre, said": skip the apposition
		q = appositiveBeforeSpeech(toks, q)
	}
	for q < len(toks) && (spokesNouns[toks[q].low] || toks[q].upper && q > m.j && inMentionOf(ms, q, mPerson)) {
		q++ // "X spokeswoman Jane Doe said"
	}
	for r := q + 1; r < len(toks) && r <= q+6 && m.poss; r++ {
		if speechVerbs[toks[r].low] && spokesBetween(toks, q, r) {
			q = r // "X's chief corporate affairs officer said"
			break
		}
	}
	if q+1 < len(toks) && (toks[q].low == "on" || toks[q].low == "in" || toks[q].low == "late" || toks[q].low == "earlier") {
		// "said on Monday", "in a statement"
		r := q + 1
		for r < len(toks) && r <= q+4 && !speechVerbs[toks[r].low] && toks[r].kind == tokWord {
			r++
		}
		if r < len(toks) && speechVerbs[toks[r].low] {
			q = r
		}
	}
	if q < len(toks) && speechVerbs[toks[q].low] {
		at = q + 1
		if at < len(toks) && (toks[at].low == "on" || toks[at].low == "in") {
			for at < len(toks) && at <= q+5 && toks[at].low != "it" && toks[at].low != "that" && toks[at].low != "the" {
				at++
			}
		}
		return e, at, false
	}
	if q == m.j && q < len(toks) && toks[q].kind == tokWord && !toks[q].upper {
		// "Pelican did not admit wrongdoing but said it had ...": the firm's
		// own verb phrase, then what it said
		for r := q + 1; r < len(toks) && r <= q+10; r++ {
			if toks[r].kind == tokPunct && toks[r].text != "," || mentionAt(ms, r) {
				break
			}
			if speechVerbs[toks[r].low] && (toks[r-1].low == "but" || toks[r-1].low == "and") {
				return e, r + 1, false
			}
		}
		return e, q, true
	}
	return nil, 0, false
}

// mentionAt: a mention starts at r.
func mentionAt(ms []mention, r int) bool {
	for _, m := range ms {
		if m.i == r {
			return true
		}
	}
	return false
}

// laterClauseResponses: a second speaker after ", while", ", whereas", "; "
// or ", but" takes its own stance ("Rongai said it would appeal, while
// Kiambu said it would pay"); the clause is read as a sentence of its own.
func laterClauseResponses(toks []token, ms []mention, ctx *docContext, sofar []Claim) []Claim {
	var out []Claim
	for c := 1; c+1 < len(toks); c++ {
		start := -1
		switch {
		case toks[c].text == ";":
			start = c + 1
		case toks[c].text == "," && (toks[c+1].low == "while" || toks[c+1].low == "whereas" || toks[c+1].low == "but" || toks[c+1].low == "and"):
			start = c + 2
		}
		if start < 0 || start >= len(toks) {
			continue
		}
		var sub []mention
		for _, m := range ms {
			if m.i >= start {
				m.i -= start
				m.j -= start
				sub = append(sub, m)
			}
		}
		if len(sub) == 0 || sub[0].i > 1 {
			continue
		}
		for _, r := range stanceResponse(toks[start:], sub, ctx) {
			if !respondedAlready(r.Actor, sofar) && !respondedAlready(r.Actor, out) {
				out = append(out, r)
			}
		}
	}
	return out
}

// respondedAlready: the firm answers already in cs.
func respondedAlready(f Entity, cs []Claim) bool {
	for _, c := range cs {
		if c.Kind == KindResponse && (sameEntity(f, c.Actor) || shortFormOf(f, []Entity{c.Actor})) {
			return true
		}
	}
	return false
}

// personObject: the object from i names persons ("two directors", "its chief executive").
func personObject(toks []token, i int) bool {
	for q := i; q < len(toks) && q < i+4; q++ {
		if personNouns[toks[q].low] || roleHeads[toks[q].low] || toks[q].low == "directors" || toks[q].low == "staff" || toks[q].low == "workers" || toks[q].low == "jobs" {
			return true
		}
	}
	return false
}

// promiseVerbs introduce what a firm undertakes to do.
var promiseVerbs = toSet(`pledged pledges promised promises vowed vows committed undertook undertakes agreed agrees offered offers`)

// settlementOpener: "Under a settlement announced by South Korea's antitrust
// regulator, Google will give up ...", "Under an agreement with the FTC,
// Zenora will ...": the firm that then undertakes something complies with
// the authority it settled with.
func settlementOpener(toks []token, ms []mention) []Claim {
	if len(toks) < 6 || toks[0].low != "under" {
		return nil
	}
	comma := -1
	for q := 1; q < len(toks) && q <= 14; q++ {
		if toks[q].text == "," {
			comma = q
			break
		}
	}
	if comma < 0 || !wordWithin(toks, 1, 3, "settlement", "agreement", "deal", "accord", "consent") {
		return nil
	}
	var auth *Entity
	var firm *Entity
	for _, m := range ms {
		switch {
		case m.i < comma && m.class == mAuth && auth == nil:
			e := m.ent
			auth = &e
		case m.i == comma+1 && m.firmOrName() && !m.poss:
			f := asFirm(m)
			firm = &f
		}
	}
	if auth == nil || firm == nil {
		return nil
	}
	return []Claim{{Kind: KindResponse, Actor: *firm, Targets: []Entity{*auth}, Action: "settle", Stance: "comply", Confidence: 0.6, Rule: "response/settlement-opener"}}
}

// answerOpener: "In response, Allegro cut its fees", "Following the
// regulator's order, Grab lowered its commission", "After the ruling, the
// company suspended the service": the firm's act that follows the opener
// answers the act it names. It returns the firm and the token after it.
func answerOpener(toks []token, ms []mention) (*Entity, int) {
	comma := -1
	for q := 1; q < len(toks) && q <= 10; q++ {
		if toks[q].text == "," {
			comma = q
			break
		}
	}
	if comma < 0 {
		return nil, 0
	}
	first := toks[0].low
	switch {
	case first == "in" && toks[1].low == "response":
	case (first == "following" || first == "after" || first == "complying") && hasWord(toks[1:comma], answerWords):
	default:
		return nil, 0
	}
	for _, m := range ms {
		if m.i == comma+1 && (m.firmOrName() || m.class == mPron && m.firmRef != nil && !m.plural) && !m.poss {
			if m.class == mPron {
				return m.firmRef, m.j
			}
			f := asFirm(m)
			return &f, m.j
		}
	}
	return nil, 0
}
