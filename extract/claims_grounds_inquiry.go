package extract

import "strings"

// An act told with the inquiry that led to it ("fined X on Tuesday after a
// 14-month inquiry", "the order against X, issued following a two-year
// investigation") names the inquiry without its agent or firm: it is the
// acting authority's own inquiry into the firm it acted on (as a
// background probe in dev's annotation).

// groundsInquiryNouns are the inquiry nouns such a phrase ends in.
var groundsInquiryNouns = toSet(`inquiry enquiry investigation probe review examination audit`)

// groundsInquiryAt returns the index of an inquiry noun led by "after" or
// "following" and a short indefinite or possessive phrase ("after a
// 14-month inquiry", "following its lengthy investigation"), or -1.
func groundsInquiryAt(toks []token) int {
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].low != "after" && toks[i].low != "following" {
			continue
		}
		d := toks[i+1].low
		if d != "a" && d != "an" && d != "its" && d != "their" {
			continue
		}
		for q := i + 2; q < len(toks) && q <= i+6; q++ {
			t := toks[q]
			if groundsInquiryNouns[t.low] {
				if q+1 < len(toks) && (toks[q+1].low == "into" || toks[q+1].low == "by" || toks[q+1].low == "of" || toks[q+1].low == "found" || toks[q+1].low == "concluded") {
					return -1 // its object or agent is told: the probe rules read it
				}
				return q
			}
			if t.kind == tokPunct && t.text != "-" || t.upper {
				break
			}
		}
	}
	return -1
}

// groundsInquiry adds the acting authority's probe of the firm for each
// penalty or mandate of the sentence when an inquiry phrase grounds it and
// no probe of that pair was told.
func groundsInquiry(toks []token, cs []Claim) []Claim {
	if groundsInquiryAt(toks) < 0 {
		return cs
	}
	probed := map[string]bool{}
	for _, c := range cs {
		if c.Kind == KindProbe {
			for _, t := range c.Targets {
				probed[strings.ToLower(c.Actor.Canonical+"|"+t.Canonical)] = true
			}
		}
	}
	var add []Claim
	for _, c := range cs {
		if (c.Kind != KindPenalty && c.Kind != KindMandate) || c.Negated || c.Actor.Type == TypeFirm || c.Actor.Type == TypeCourt || c.Certainty == Hedged {
			continue
		}
		var ts []Entity
		for _, t := range c.Targets {
			if t.Type == TypeFirm && !probed[strings.ToLower(c.Actor.Canonical+"|"+t.Canonical)] {
				ts = append(ts, t)
				probed[strings.ToLower(c.Actor.Canonical+"|"+t.Canonical)] = true
			}
		}
		if len(ts) == 0 {
			continue
		}
		p := c
		p.Kind, p.Targets, p.Action, p.Prohibition, p.Amount, p.Stance = KindProbe, ts, "investigate", false, nil, ""
		p.Rule, p.Confidence = "probe/grounds-inquiry", 0.55
		add = append(add, p)
	}
	return append(cs, add...)
}
