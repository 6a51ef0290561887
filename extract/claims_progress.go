package extract

// Complying told as progress ("was on track to meet the deadline", "its
// crews were working around the clock to meet the deadline", "were racing
// to meet the ministry's deadline"): the answering verb sits after a
// progress frame, often after a first clause of what the firm has done, so
// its subject lies further back than a verb's usual reach.

// progressWords head a frame of effort or pace before "to" + verb.
var progressWords = toSet(`track course schedule working work works worked racing race races raced scrambling scramble
 scrambled rushing rush rushed striving strive moving move steps step efforts effort pushing hurrying preparing prepared
 clock hard diligently urgently quickly`)

// progressBefore: the firm-answer verb at k follows "to" and a progress
// frame within five words ("on track to", "working around the clock to",
// "taking steps to", "racing to").
func progressBefore(toks []token, k int) bool {
	if k < 3 || toks[k-1].low != "to" {
		return false
	}
	for q := k - 2; q >= 0 && q >= k-6; q-- {
		if progressWords[toks[q].low] {
			return true
		}
		if toks[q].kind == tokPunct {
			return false
		}
	}
	return false
}
