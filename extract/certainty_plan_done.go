package extract

// A plan or proposal that the same sentence says was approved is no longer
// only planned: "X's plan to buy Y was given the green light by the
// authority", "a proposal by X to take over Y was approved by the
// tribunal". Both the approval and the deal it clears are told as done, so
// the plan noun does not hedge them. An approval still to come ("could be
// approved", "is expected to be cleared") keeps its own hedge.

// planNouns are the hedge words that name the thing an approval may clear.
var planNouns = toSet(`plan plans planned proposal proposals proposed`)

// doneApprovals are past participles of clearing a deal.
var doneApprovals = toSet(`approved cleared authorised authorized sanctioned endorsed greenlit okayed`)

// planApprovedAfter: after the plan word at i the sentence says, in a
// finished passive ("was approved", "has been cleared") or as a green light
// given, that the plan was approved.
func planApprovedAfter(toks []token, i int) bool {
	for q := i + 1; q < len(toks); q++ {
		w := toks[q].low
		if doneApprovals[w] && q >= 1 && (toks[q-1].low == "was" || toks[q-1].low == "were" || toks[q-1].low == "been" && q >= 2 && (toks[q-2].low == "has" || toks[q-2].low == "have" || toks[q-2].low == "had")) {
			return true
		}
		if w == "light" && q >= 3 && toks[q-1].low == "green" && greenLightGiven[toks[q-3].low] && (toks[q-2].low == "the" || toks[q-2].low == "a") {
			return true // "was given the green light", "won a green light"
		}
	}
	return false
}

var greenLightGiven = toSet(`given got received won gained secured obtained`)
