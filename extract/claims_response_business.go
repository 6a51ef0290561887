package extract

import "strings"

// A firm's own business told with a response's words answers no authority:
// "has about 400,000 registered users" (a participle before a noun, not a
// remedy done), "had already signed supply contracts with three factories"
// (trade, not a fix), "agreed in May to pay 740 million reais for the stake"
// (a price, not a fine), "the agency had requested documents" (the
// authority's act, not the firm's offer), "directed X to stop accepting new
// deposits" (the order's content, not X accepting it). And the outlet a
// firm's director talks to ("director Y told RNZ the company ...") is no firm.

// remedyVerbSlot: the past form at q stands as a verb ("said it had
// recalled", "had quickly removed", "recalled the batch"), not as an
// adjective before a noun ("400,000 registered users", "its paid plans").
func remedyVerbSlot(toks []token, q, from int) bool {
	if q+1 < len(toks) && participleHeads[toks[q+1].low] {
		return false // "Ascom registered shares are listed", "its registered office"
	}
	if q == from {
		return true
	}
	p := toks[q-1]
	if auxWords[p.low] || verbSlotLeads[p.low] || len(p.low) > 4 && p.low[len(p.low)-2:] == "ly" {
		return true
	}
	return false
}

// participleHeads after a past form make it an adjective, whatever leads it.
var participleHeads = toSet(`shares share users subscribers office offices capital address trademark trademarks customers members`)

// verbSlotLeads before a past form make it the verb of a clause: the
// subject pronoun or a joined second verb ("it recalled", "and refunded").
var verbSlotLeads = toSet(`it they we he she and since then , been`)

// tradeVerbs after "already" tell of business done, not of a remedy:
// "had already signed supply contracts", "has already raised $40 million".
var tradeVerbs = toSet(`signed secured won raised launched opened expanded acquired bought received attracted
 booked sold shipped delivered exported invested partnered agreed listed entered reached onboarded enrolled`)

// (not "hired": "had already hired 80 compliance staff" is a remedy)

// purchasePrice: after "pay" at q, "for the stake/shares/deal" within eight
// words: the price of a purchase, not a penalty paid.
func purchasePrice(toks []token, q int) bool {
	for r := q + 1; r+2 < len(toks) && r <= q+8; r++ {
		if toks[r].low != "for" {
			continue
		}
		s := r + 1
		if toks[s].low == "the" || toks[s].low == "a" || toks[s].low == "its" || toks[s].low == "each" {
			s++
		}
		for ; s < len(toks) && s <= r+4; s++ {
			if purchaseNouns[toks[s].low] {
				return true
			}
		}
		return false
	}
	return false
}

var purchaseNouns = toSet(`stake stakes shares share deal acquisition company business assets unit units holding holdings
 purchase takeover rights licence license spectrum land plant property portfolio subsidiary`)

// toldOutlet: the name m follows "told" said by a firm's speaker ("director
// Mere Tāwhai told RNZ the company ...", "a spokesperson told Reuters it
// ...") and a clause follows: the outlet addressed, no firm ("the
// regulator told Acme to stop" keeps Acme: no speaker's role before).
func toldOutlet(toks []token, m mention) bool {
	if m.i < 2 || m.poss || m.j >= len(toks) {
		return false
	}
	if w := toks[m.i-1].low; w != "told" && w != "tells" {
		return false
	}
	switch toks[m.j].low {
	case "the", "that", "it", "its", "they", "on", "in", "last", "this", "we":
	default:
		return false
	}
	for q := m.i - 2; q >= 0 && q >= m.i-5; q-- {
		if speakerRoles[toks[q].low] {
			return true
		}
	}
	return false
}

// speakerRoles are the titles of those who speak for a firm.
var speakerRoles = toSet(`director spokesperson spokesman spokeswoman executive officer chairman chairwoman chair founder
 president manager ceo cfo coo head owner partner secretary representative`)

// deniesReportedAct: after a denial at k, "(media) reports that it had been
// ordered/fined/raided ...": the firm denies the act took place, which
// answers no authority's act (the act itself is the report's, if any).
func deniesReportedAct(toks []token, k int) bool {
	for q := k + 1; q < len(toks) && q <= k+3; q++ {
		if !reportNouns[toks[q].low] {
			continue
		}
		for r := q + 1; r+1 < len(toks) && r <= q+6; r++ {
			if (toks[r].low == "been" || toks[r].low == "was" || toks[r].low == "were") && strings.HasSuffix(toks[r+1].low, "ed") {
				return true
			}
		}
		return false
	}
	return false
}

var reportNouns = toSet(`reports report rumours rumors speculation story stories article articles`)

// firmOwnedAct: the first act word from from to end is a firm's, its name
// in the possessive right before it ("called Solaris's decision
// 'arbitrary'"): a rival's move, not an authority's.
func firmOwnedAct(toks []token, ms []mention, from, end int) bool {
	for q := from; q < end && q < len(toks); q++ {
		if !answerWords[toks[q].low] {
			continue
		}
		for _, m := range ms {
			if m.poss && m.j == q && (m.firmOrName() || m.class == mPerson) {
				return true
			}
		}
		return false
	}
	return false
}
