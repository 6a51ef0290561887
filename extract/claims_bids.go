package extract

import "strings"

// A bid a firm turned away is a negated acquisition by the bidder.

// rebuffVerbs turn a bid away: "rebuffed", "rejected", "spurned",
// "snubbed", "turned down", "declined", "refused", "dismissed".
var rebuffVerbs = toSet(`rebuffed rebuffs rebuff rebuffing rejected rejects reject rejecting spurned spurns spurn snubbed snubs
 declined declines refused refuses dismissed rebuked repelled fended`)

// bidNouns name an approach to buy or to invest in a firm.
var bidNouns = toSet(`offer offers bid bids approach approaches proposal proposals overture overtures advances`)

// rebuffedBids: a firm that turned away another firm's bid for it ("Snapchat
// rebuffed a $3 billion takeover offer from Facebook", "Unilever turned down
// Kraft Heinz's $143 billion approach", "Anglo American's board rejected a
// bid by BHP") is the target of a negated acquisition by the bidder. A
// positive acquisition already read from the bid noun is negated instead of
// repeated.
func rebuffedBids(toks []token, ms []mention, sofar []Claim) []Claim {
	var out []Claim
	for r := 1; r < len(toks); r++ {
		w := toks[r].low
		end := r
		if (w == "turned" || w == "turns" || w == "turn" || w == "turning") && r+1 < len(toks) && toks[r+1].low == "down" {
			end = r + 1
		} else if (w == "walked" || w == "walks") && r+2 < len(toks) && toks[r+1].low == "away" && toks[r+2].low == "from" {
			end = r + 2
		} else if toks[r].lex&lxRebuffVerb == 0 {
			continue
		}
		noun := -1
		for q := end + 1; q < len(toks) && q <= end+9; q++ {
			if bidNouns[toks[q].low] {
				noun = q
				break
			}
			if toks[q].kind == tokPunct && toks[q].text != "$" && toks[q].text != "." && toks[q].text != "," && toks[q].text != "-" && toks[q].text != "'" && toks[q].text != "’" {
				break
			}
		}
		if noun < 0 || !bidContext(toks, end+1, noun) {
			continue
		}
		bidder := bidderOf(toks, ms, end+1, noun)
		if bidder == nil {
			continue
		}
		t := rebuffer(toks, ms, r)
		if t == nil {
			continue
		}
		target := *t
		if sameEntity(target, *bidder) {
			continue
		}
		merged := false
		for i := range sofar {
			c := &sofar[i]
			if c.Kind == KindAction && sameEntity(c.Actor, *bidder) && sameEntityAny(target, c.Targets) {
				c.Negated, merged = true, true
			}
		}
		if !merged {
			out = append(out, Claim{Kind: KindAction, Actor: *bidder, Targets: []Entity{target}, Action: "acquire", Negated: true, Confidence: 0.6, Rule: "action/bid-rebuffed"})
		}
	}
	return out
}

// bidContext: the bid is one to buy ("takeover offer", "$3 billion bid",
// "offer to buy it", "acquisition proposal"), not an offer of a job or a
// settlement.
func bidContext(toks []token, from, noun int) bool {
	for q := from; q < noun; q++ {
		switch toks[q].low {
		case "takeover", "buyout", "acquisition", "merger", "purchase", "buy-out", "tender", "cash", "all-cash", "unsolicited", "hostile":
			return true
		}
		if toks[q].text == "$" || toks[q].text == "€" || toks[q].text == "£" || toks[q].kind == tokNum {
			return true
		}
	}
	for q := noun + 1; q+1 < len(toks) && q <= noun+5; q++ {
		if toks[q].low == "to" {
			v := toks[q+1].low
			return strings.HasPrefix(v, "buy") || strings.HasPrefix(v, "acquir") || v == "take" || strings.HasPrefix(v, "purchas") || v == "merge"
		}
	}
	return false
}

// bidderOf: the firm whose bid it is, as a possessor before the noun
// ("BHP's bid") or after it with from/by ("an offer from Facebook").
func bidderOf(toks []token, ms []mention, from, noun int) *Entity {
	for _, m := range ms {
		if m.i >= from && m.j <= noun && m.poss && m.firmOrName() {
			e := asFirm(m)
			return &e
		}
	}
	for q := noun + 1; q < len(toks) && q <= noun+3; q++ {
		if toks[q].low != "from" && toks[q].low != "by" {
			continue
		}
		for _, m := range ms {
			if m.i > q && m.i <= q+2 && m.firmOrName() {
				e := asFirm(m)
				return &e
			}
		}
	}
	return nil
}

// rebuffer: the firm that turned the bid away, as the subject before r, or
// the firm of the executive who did ("Snapchat CEO Evan Spiegel, who
// rebuffed ...").
func rebuffer(toks []token, ms []mention, r int) *Entity {
	for i := len(ms) - 1; i >= 1; i-- {
		m := ms[i]
		if m.j > r {
			continue
		}
		if r-m.j > 4 {
			break
		}
		if m.class == mPerson && ms[i-1].j == m.i && ms[i-1].class == mFirm {
			e := asFirm(ms[i-1])
			return &e
		}
		break
	}
	subj := subjectBefore(toks, ms, r, func(m mention) bool { return m.firmOrName() }, 8)
	if len(subj) == 0 {
		return nil
	}
	e := asFirm(ms[subj[len(subj)-1]])
	return &e
}
