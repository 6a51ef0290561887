package extract

import "strings"

// Authorities often open several inquiries at once and reporters write the
// noun in the plural: "opened probes into X and Y", "has begun
// cybersecurity reviews of X", "tax officials have carried out audits of
// X". The plural spells like the verb's third person ("the agency audits
// banks"), so it is the noun only where no subject stands right before it.

// pluralInquiryNoun: token k ("probes", "reviews", "audits") is the noun.
func pluralInquiryNoun(toks []token, k int, afterMention bool) bool {
	if k == 0 || afterMention {
		return false
	}
	p := toks[k-1].low
	if toks[k-1].kind != tokWord || verbCue[p] || subjectPronouns[p] || strings.HasSuffix(p, "ly") {
		return false
	}
	if toks[k].low == "audits" && (p == "its" || p == "their" || toks[k-1].text == "'s") {
		// "fined over its audits of a housebuilder": an auditor's own work
		return false
	}
	return k+1 < len(toks) && (toks[k+1].low == "of" || toks[k+1].low == "into" || toks[k+1].low == "at" || toks[k+1].low == "on")
}

// subjectPronouns stand before a verb, never before a noun.
var subjectPronouns = toSet(`it he she they we who which that`)
