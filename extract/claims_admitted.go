package extract

// Admissions and undertakings told with a time phrase: a firm that
// "admitted its involvement in the cartel", "admitted the violations" or
// "admitted to the charges" accepts the case an authority brought, as
// "denied wrongdoing" resists it; what else a firm admits ("admitted that
// sales slowed") answers nothing. "agreed on Tuesday to pay", "agreed last
// week to refund" are the undertaking of "agreed to pay", the day between.

// admittedConduct: after "admit" at k, the conduct an authority charges
// ("its involvement", "the violations", "to the charges", "wrongdoing").
func admittedConduct(toks []token, k int) bool {
	q := k + 1
	if q < len(toks) && toks[q].low == "to" {
		q++ // "admitted to the charges"
	}
	if q < len(toks) && (toks[q].low == "its" || toks[q].low == "their") {
		q++ // "admitted its involvement"
	}
	if deniedConductNoun(toks, q) {
		return true
	}
	return hasWord(toks[min(q, len(toks)):min(len(toks), q+3)], admittedCharges)
}

// admittedCharges are the case's words a firm admits ("the charges", "the findings").
var admittedCharges = toSet(`charges charge allegations allegation findings finding violations violation offences offence
 offenses offense guilt liability wrongdoing misconduct breaches breach infringement infringements`)

// agreedToAt: the index of the verb after "agreed to", past a time phrase
// ("agreed on Tuesday to pay", "agreed in May to refund", "agreed last week
// to stop"); -1 when no "to" follows within four words.
func agreedToAt(toks []token, k int) int {
	for q := k + 1; q+1 < len(toks) && q <= k+4; q++ {
		switch {
		case toks[q].low == "to":
			return q + 1
		case toks[q].low == "on" || toks[q].low == "in" || toks[q].low == "last" || toks[q].low == "this" || toks[q].low == "earlier" ||
			toks[q].kind == tokNum || toks[q].upper && q > k+1 || agreedTimeWords[toks[q].low]:
		default:
			return -1
		}
	}
	return -1
}

var agreedTimeWords = toSet(`week month year weekend morning evening night day`)
