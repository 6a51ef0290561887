package extract

import (
	"strings"
	"testing"
)

// frameCase is one self-written passage and what Claims must (and must not)
// make of it. Frame tests are tables of these run by expectFrames, so a new
// frame is a list of wordings, not a new loop.
type frameCase struct {
	name, text string
	// want lists claims that must all be found.
	want []wantClaim
	// noKind lists kinds that must not be emitted at all.
	noKind []string
	// notParty lists names that must be neither actor nor target of any
	// claim (places, persons, media outlets ...).
	notParty []string
	// none asserts that the passage yields no claim whatever.
	none bool
	// notWant lists claims that must not be found (matched as want is, so a
	// negated claim only matches an entry with negated set).
	notWant []wantClaim
	// notTarget lists strings no target's name may contain (case matters):
	// a place or outlet glued into a longer name still fails.
	notTarget []string
	// hasTarget lists names some claim must have as a target, spelled
	// exactly, whatever the kind.
	hasTarget []string
	// check holds what a case asserts beyond the fields above (a count, a
	// rule, an entity type); nil for most.
	check func(t reporter, got []Claim)
}

// expectFrames runs every case through one extractor with the default
// catalogue and reports each unmet expectation with what was found.
func expectFrames(t *testing.T, cases []frameCase) {
	t.Helper()
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := x.Claims(Document{Text: c.text})
			checkFrame(t, c, got)
		})
	}
}

// reporter is the part of testing.T checkFrame needs, so the helper's own
// test can count failures without failing.
type reporter interface {
	Helper()
	Errorf(format string, args ...any)
}

func checkFrame(t reporter, c frameCase, got []Claim) {
	t.Helper()
	if c.none && len(got) > 0 {
		t.Errorf("want no claim, got %s", describe(got))
	}
	for _, w := range c.want {
		if !hasClaim(got, w) {
			t.Errorf("missing %s %s -> %s; got %s", w.kind, w.actor, w.target, describe(got))
		}
	}
	for _, k := range c.noKind {
		for _, cl := range got {
			if cl.Kind == k {
				t.Errorf("unwanted %s: %s", k, describe([]Claim{cl}))
			}
		}
	}
	for _, w := range c.notWant {
		if hasClaim(got, w) {
			t.Errorf("unwanted %s %s -> %s; got %s", w.kind, w.actor, w.target, describe(got))
		}
	}
	for _, s := range c.notTarget {
		for _, cl := range got {
			for _, e := range cl.Targets {
				if strings.Contains(e.Name, s) {
					t.Errorf("%q in target %q: %s", s, e.Name, describe([]Claim{cl}))
				}
			}
		}
	}
	for _, name := range c.hasTarget {
		if !hasTargetNamed(got, name) {
			t.Errorf("missing target %q; got %s", name, describe(got))
		}
	}
	if c.check != nil {
		c.check(t, got)
	}
	for _, name := range c.notParty {
		for _, cl := range got {
			if strings.EqualFold(cl.Actor.Name, name) {
				t.Errorf("%q as actor: %s", name, describe([]Claim{cl}))
			}
			for _, e := range cl.Targets {
				if strings.EqualFold(e.Name, name) {
					t.Errorf("%q as target: %s", name, describe([]Claim{cl}))
				}
			}
		}
	}
}

func hasTargetNamed(cs []Claim, name string) bool {
	for _, cl := range cs {
		for _, e := range cl.Targets {
			if e.Name == name {
				return true
			}
		}
	}
	return false
}

// atMost is a check that the passage yields no more than n claims.
func atMost(n int) func(reporter, []Claim) {
	return func(t reporter, got []Claim) {
		t.Helper()
		if len(got) > n {
			t.Errorf("want at most %d claims, got %s", n, describe(got))
		}
	}
}

// want is shorthand for the common expectation: kind, actor and target.
func want(kind, actor, target string) wantClaim {
	return wantClaim{kind: kind, actor: actor, target: target}
}

// denied expects a negated claim.
func denied(kind, actor, target string) wantClaim {
	w := want(kind, actor, target)
	w.negated = true
	return w
}

// certain expects a claim told with the given certainty.
func certain(kind, actor, target, certainty string) wantClaim {
	w := want(kind, actor, target)
	w.certainty = certainty
	return w
}

// stance expects a response with the given stance.
func stance(kind, actor, target, st string) wantClaim {
	w := want(kind, actor, target)
	w.stance = st
	return w
}

// TestExpectFramesCatchesMisses guards the helper itself: a case whose
// expectation is wrong must fail, or every table built on it proves nothing.
func TestExpectFramesCatchesMisses(t *testing.T) {
	x := NewClaimExtractor(nil)
	text := "The Federal Trade Commission fined Acme Widgets Inc. $5 million."
	got := x.Claims(Document{Text: text})
	cases := []struct {
		name string
		c    frameCase
		fail bool
	}{
		{"met", frameCase{want: []wantClaim{want(KindPenalty, "Federal Trade Commission", "Acme")}}, false},
		{"wrong kind", frameCase{want: []wantClaim{want(KindProbe, "Federal Trade Commission", "Acme")}}, true},
		{"forbidden kind", frameCase{noKind: []string{KindPenalty}}, true},
		{"forbidden party", frameCase{notParty: []string{"Acme Widgets Inc"}}, true},
		{"none", frameCase{none: true}, true},
		{"not wanted", frameCase{notWant: []wantClaim{want(KindPenalty, "", "Acme")}}, true},
		{"not wanted, other kind", frameCase{notWant: []wantClaim{want(KindProbe, "", "Acme")}}, false},
		{"not wanted, negated only", frameCase{notWant: []wantClaim{{kind: KindPenalty, negated: true}}}, false},
		{"not in a target", frameCase{notTarget: []string{"Widgets"}}, true},
		{"not in a target, case matters", frameCase{notTarget: []string{"widgets"}}, false},
		{"has target", frameCase{hasTarget: []string{"Acme Widgets Inc"}}, false},
		{"has target, exact only", frameCase{hasTarget: []string{"Acme"}}, true},
		{"at most", frameCase{check: atMost(0)}, true},
		{"at most, met", frameCase{check: atMost(1)}, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var probe countingReporter
			checkFrame(&probe, tc.c, got)
			if (probe.errors > 0) != tc.fail {
				t.Errorf("checkFrame reported %d errors, want failure=%v (claims: %s)", probe.errors, tc.fail, describe(got))
			}
		})
	}
}

type countingReporter struct{ errors int }

func (r *countingReporter) Helper()               {}
func (r *countingReporter) Errorf(string, ...any) { r.errors++ }
