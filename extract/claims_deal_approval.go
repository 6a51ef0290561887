package extract

import (
	"regexp"
	"strings"
)

// Approvals, bans and inquiries of a deal told in the sentence of the deal:
// which parties they bind, and deals that are only what was permitted.

// approvedDealParties: an approval a firm won in the sentence of its own
// deal ("won approval from the FSC to acquire a majority stake in Seorak
// Life") clears both parties, as an approval of a named deal does; an
// approval whose firms are all in another one by the same authority adds
// nothing and goes.
func approvedDealParties(cs []Claim) []Claim {
	for i := range cs {
		if cs[i].Kind != KindApproval || len(cs[i].Targets) != 1 || !strings.HasPrefix(cs[i].Rule, "approval/received") && !grantedLeaveToBuy(cs[i]) {
			continue // only an approval the firm won for itself, not "cleared X's plan to buy"
		}
		for _, d := range cs {
			if d.Kind == KindAction && !d.Negated && sameEntityAny(d.Actor, cs[i].Targets) && (d.Action == "acquire" || d.Action == "buy" || d.Action == "purchase" || d.Action == "merge") {
				for _, t := range d.Targets {
					if !sameEntityAny(t, cs[i].Targets) {
						cs[i].Targets = append(cs[i].Targets, t)
					}
				}
			}
		}
	}
	boundDealParties(cs)
	out := cs[:0]
	for i, c := range cs {
		covered := false
		if c.Kind == KindApproval {
			for j, o := range cs {
				if j != i && o.Kind == KindApproval && sameEntity(o.Actor, c.Actor) && len(o.Targets) > len(c.Targets) && allIn(c.Targets, o.Targets) {
					covered = true
				}
			}
		}
		if !covered && !permittedDealOnly(c, cs) {
			out = append(out, c)
		}
	}
	return out
}

func allIn(a, b []Entity) bool {
	for _, e := range a {
		if !sameEntityAny(e, b) {
			return false
		}
	}
	return true
}

// boundDealParties: an authority that approves or blocks a deal told in the
// same sentence binds every party of it, whichever one its object named
// ("approved Shoprite's purchase of 40 stores from Massmart", "prohibited
// Rhenus from acquiring Kiesel Mineral").
func boundDealParties(cs []Claim) {
	for i := range cs {
		c := &cs[i]
		if c.Negated || c.Actor.Type == TypeFirm || !(c.Kind == KindApproval || c.Kind == KindMandate && c.Prohibition || c.Kind == KindProbe && strings.HasPrefix(c.Rule, "probe/inquiry-noun")) {
			// (an inquiry into a deal examines every party: "a full-scale
			// investigation into AeroNord's bid for Baltijas Avio")
			continue
		}
		if len(c.Targets) == 0 || onlySectors(c.Targets) || strings.HasPrefix(c.Rule, "approval/received") {
			continue // (an approval a firm won is approvedDealParties' own)
		}
		if c.Kind == KindProbe && !inquiryIntoDeal(strings.ToLower(c.Sentence)) {
			continue // "an investigation into Qualcomm over its acquisition of X": the deal is the reason, Qualcomm the one examined
		}
		if strings.Contains(strings.ToLower(c.Sentence), " stake") {
			continue // a stake bought in a firm leaves that firm outside the approval ("cleared BMW's plan to buy a stake in Ionity")
		}
		for _, d := range cs {
			if d.Kind != KindAction || d.Negated {
				continue
			}
			switch d.Action {
			case "acquire", "buy", "purchase", "merge", "combine", "partner":
			default:
				continue
			}
			parties := append([]Entity{d.Actor}, d.Targets...)
			if !sameEntityAny(d.Actor, c.Targets) && !anySame(d.Targets, c.Targets) {
				continue
			}
			for _, p := range parties {
				if !sameEntityAny(p, c.Targets) {
					c.Targets = append(c.Targets, p)
				}
			}
		}
	}
}

func anySame(a, b []Entity) bool {
	for _, e := range a {
		if sameEntityAny(e, b) {
			return true
		}
	}
	return false
}

// an inquiry whose object is the deal itself ("investigation into
// AeroNord's bid for Baltijas Avio", "probe of the merger of A and B").
var inquiryIntoDealRe = regexp.MustCompile(`\b(?:investigation|inquiry|probe|review|examination)s? (?:into|of) ([^,.;]{0,80}?)\b(?:acquisition|takeover|bid|merger|purchase|buyout|deal|offer|tie-up|venture)\b`)

func inquiryIntoDeal(s string) bool {
	m := inquiryIntoDealRe.FindStringSubmatch(s)
	return m != nil && !strings.Contains(" "+m[1], " over ") && !strings.Contains(" "+m[1], " for ")
}

// a deal verb that is only what an authority permits or forbids
// ("given Kyivstar permission to buy X", "prohibited Rhenus from
// acquiring X"): the deal has not happened; the approval or ban is the claim.
// ("authorised X to take over Y", "allowed X to acquire Y" tell the firm's
// deal itself, cleared: most gold sets mark the acquisition with the
// approval, as for "cleared X to buy Y".)
var permittedDealRe = regexp.MustCompile(`\bfrom (acquiring|buying|purchasing|merging|taking over)\b|\b(permission|licensed)\b[^,.;]{0,40}\bto (buy|acquire|purchase|take over|merge)\b`)

func permittedDealOnly(c Claim, cs []Claim) bool {
	if c.Kind != KindAction || strings.Contains(c.Rule, "noun") {
		return false
	}
	switch c.Action {
	case "acquire", "buy", "purchase", "merge":
	default:
		return false
	}
	bound := false
	for _, a := range cs {
		if (a.Kind == KindApproval || a.Kind == KindMandate) && a.Actor.Type != TypeFirm && !strings.HasPrefix(a.Rule, "approval/received") && sameEntityAny(c.Actor, a.Targets) {
			bound = true
		}
	}
	return bound && permittedDealRe.MatchString(strings.ToLower(c.Sentence))
}

// grantedLeaveToBuy: an approval granted to the firm for an act of its own
// ("has been granted approval by the central bank to acquire a stake in
// Y", "granted X permission to buy Y"), which the firm won as it wins one
// received.
func grantedLeaveToBuy(c Claim) bool {
	if c.Rule != "approval/grant" && c.Rule != "approval/grant-passive" {
		return false
	}
	low := strings.ToLower(c.Sentence)
	for _, w := range []string{"approval ", "permission ", "consent ", "clearance ", "go-ahead ", "nod "} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}
