package extract

// What analysts, economists or strategists say an authority or a firm
// could, might or would do is their forecast, not a report of an act
// ("Analysts said the regulator could ask X to delay ...", "economists
// expect the central bank would have to order ..."). An act the sentence
// states as done stays, even when analysts comment on it.

var forecasterNouns = toSet(`analyst analysts economist economists strategist strategists observers commentators forecasters`)

// conjectureSkip: words that may stand between the modal and the verb.
var conjectureSkip = toSet(`have has to be be forced eventually soon also further likely then still yet ultimately probably`)

// analystConjecture: the trigger at k follows a could/might/may/would and
// the sentence is a forecaster's.
func analystConjecture(toks []token, k int) bool {
	modal := false
	for q := k - 1; q >= 0 && q >= k-5; q-- {
		w := toks[q].low
		if w == "could" || w == "might" || w == "may" || w == "would" {
			modal = true
			break
		}
		if !conjectureSkip[w] {
			break
		}
	}
	return modal && hasWord(toks, forecasterNouns)
}
