package web

import (
	"slices"
	"strings"
	"time"

	"github.com/claimwatch/claimwatch/index"
)

// sameStoryWindow is how far apart two outlets' reports of one claim may be
// published and still count as the same news.
const sameStoryWindow = 3 * 24 * time.Hour

// claimGroup is one claim as reported by one or more outlets: Lead is the
// best-ranked report, Others the rest in rank order.
type claimGroup struct {
	Lead    index.ClaimHit
	Others  []index.ClaimHit
	Outlets []string // distinct outlets, Lead's first
	first   time.Time
	last    time.Time
}

// groupHits merges hits of the same claim (same kind, actor, target set and
// action) published within sameStoryWindow of each other. Groups keep the
// rank of their best hit. Only the current page is grouped: grouping across
// pages would need every hit, and a page is what the reader sees.
func groupHits(hits []index.ClaimHit) []*claimGroup {
	var groups []*claimGroup
	byKey := map[string][]*claimGroup{}
	for _, h := range hits {
		key := groupKey(h.ClaimDoc)
		var into *claimGroup
		for _, g := range byKey[key] {
			if withinWindow(g, h.Published) {
				into = g
				break
			}
		}
		if into == nil {
			g := &claimGroup{Lead: h, Outlets: []string{h.Outlet}, first: h.Published, last: h.Published}
			byKey[key] = append(byKey[key], g)
			groups = append(groups, g)
			continue
		}
		into.Others = append(into.Others, h)
		if !slices.Contains(into.Outlets, h.Outlet) {
			into.Outlets = append(into.Outlets, h.Outlet)
		}
		if h.Published.Before(into.first) {
			into.first = h.Published
		}
		if h.Published.After(into.last) {
			into.last = h.Published
		}
	}
	return groups
}

// withinWindow reports whether t keeps every member of g within the window
// of every other, so groups never chain into long runs of days.
func withinWindow(g *claimGroup, t time.Time) bool {
	if t.IsZero() || g.first.IsZero() {
		return t.IsZero() && g.first.IsZero()
	}
	lo, hi := g.first, g.last
	if t.Before(lo) {
		lo = t
	}
	if t.After(hi) {
		hi = t
	}
	return hi.Sub(lo) <= sameStoryWindow
}

func groupKey(c index.ClaimDoc) string {
	targets := make([]string, 0, len(c.Targets))
	for _, t := range c.Targets {
		targets = append(targets, strings.ToLower(entityName(t.Canonical, t.Name)))
	}
	slices.Sort(targets)
	targets = slices.Compact(targets)
	return strings.Join([]string{
		c.Kind,
		strings.ToLower(entityName(c.Actor.Canonical, c.Actor.Name)),
		strings.Join(targets, "\x1f"),
		strings.ToLower(c.Action),
	}, "\x1e")
}
