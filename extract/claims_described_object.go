package extract

import "strings"

// An authority's second act on a firm often names it by a description
// only: "fined Nexlumen Games ... and ordered the publisher to publish the
// odds", "The authority also directed the Delhi-based coaching institute to
// withdraw the ads". The description's noun need not be a known trade
// word; that the same authority just acted on one firm and now tells "the
// <noun>" to do something is what makes it that firm.

// describedNotFirm are nouns after "the" that name people, the public or
// the state, never the firm acted on.
var describedNotFirm = toSet(`public government state ministry regulator authority court customers consumers users
 people residents workers employees staff chief executive director directors chairman chairwoman founder founders
 boss owner owners shareholders investors minister officials official board management police victims families
 patients students parents passengers members country city council sector industry market`)

// describedObjectTo reports whether the object of the act at k is "the"
// plus one to four words of description, then "to" + verb (or "from" +
// gerund).
func describedObjectTo(toks []token, k int) bool {
	if k+3 >= len(toks) || toks[k+1].low != "the" {
		return false
	}
	for q := k + 2; q < len(toks) && q <= k+6; q++ {
		t := toks[q]
		if t.low == "to" || t.low == "from" && q+1 < len(toks) && len(toks[q+1].low) > 4 && toks[q+1].low[len(toks[q+1].low)-3:] == "ing" {
			// ("barred the college from enrolling")
			last := toks[q-1]
			return q > k+2 && q+1 < len(toks) && toks[q+1].kind == tokWord && !toks[q+1].upper &&
				!describedNotFirm[last.low] && !(len(last.low) > 3 && last.low[len(last.low)-1] == 's' && !firmHeads[last.low])
		}
		if t.kind != tokWord || t.upper && !hyphenBased(t.low) {
			return false
		}
	}
	return false
}

// hyphenBased: "Delhi-based", "London-listed": where the firm is, not a name.
func hyphenBased(w string) bool {
	for _, s := range []string{"-based", "-listed", "-headquartered", "-owned", "-registered"} {
		if len(w) > len(s) && w[len(w)-len(s):] == s {
			return true
		}
	}
	return false
}

// coordinatedPassive: the participle at k follows "and" and is followed by
// "to" + verb or "from" ("... was fined by X and ordered to appoint",
// "and barred from"), so it has no subject of its own.
func coordinatedPassive(toks []token, k int) bool {
	if k < 2 || k+2 >= len(toks) || toks[k-1].low != "and" && !(toks[k-1].low == "also" && toks[k-2].low == "and") {
		return false
	}
	if !strings.HasSuffix(toks[k].low, "ed") && toks[k].low != "told" {
		return false
	}
	return toks[k+1].low == "to" && toks[k+2].kind == tokWord && !toks[k+2].upper || toks[k+1].low == "from"
}
