package extract

import "strings"

// answerParticipleAfterComma: the verb at k is an -ing form right after a comma
// (", contesting both the fine and the order", ", rejecting the order as
// unlawful"). Reporters in every region tack a firm's answer onto its
// statement this way; the participle has no subject of its own, so it is
// the main clause's, whatever name (a court it goes to, the authority it
// wrote to) stands between.
func answerParticipleAfterComma(toks []token, k int) bool {
	return k >= 2 && toks[k-1].text == "," && strings.HasSuffix(toks[k].low, "ing") && len(toks[k].low) > 5
}
