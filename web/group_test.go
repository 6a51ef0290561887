package web

import (
	"testing"
	"time"

	"github.com/claimwatch/claimwatch/extract"
	"github.com/claimwatch/claimwatch/index"
)

func TestGroupHits(t *testing.T) {
	d := func(day int) time.Time { return time.Date(2021, 4, day, 12, 0, 0, 0, time.UTC) }
	hit := func(id, outlet, actor, target, action string, day int) index.ClaimHit {
		return index.ClaimHit{ClaimDoc: index.ClaimDoc{ID: id, Outlet: outlet, Published: d(day), Claim: extract.Claim{
			Kind: "penalty", Actor: extract.Entity{Name: actor}, Targets: []extract.Entity{{Name: target}}, Action: action}}}
	}
	cases := []struct {
		name   string
		hits   []index.ClaimHit
		groups [][]string // ids per group, lead first
	}{
		{"same claim three outlets", []index.ClaimHit{hit("a", "X", "SAMR", "Ali", "fine", 10), hit("b", "Y", "samr", "ALI", "fine", 11), hit("c", "Z", "SAMR", "Ali", "fine", 13)},
			[][]string{{"a", "b", "c"}}},
		{"too far apart", []index.ClaimHit{hit("a", "X", "SAMR", "Ali", "fine", 1), hit("b", "Y", "SAMR", "Ali", "fine", 5)},
			[][]string{{"a"}, {"b"}}},
		{"no chaining past the window", []index.ClaimHit{hit("a", "X", "SAMR", "Ali", "fine", 1), hit("b", "Y", "SAMR", "Ali", "fine", 3), hit("c", "Z", "SAMR", "Ali", "fine", 5)},
			[][]string{{"a", "b"}, {"c"}}},
		{"different action", []index.ClaimHit{hit("a", "X", "SAMR", "Ali", "fine", 1), hit("b", "Y", "SAMR", "Ali", "penalize", 1)},
			[][]string{{"a"}, {"b"}}},
		{"rank order kept", []index.ClaimHit{hit("a", "X", "SAMR", "Ali", "fine", 1), hit("o", "X", "FTC", "Meta", "fine", 1), hit("b", "Y", "SAMR", "Ali", "fine", 2)},
			[][]string{{"a", "b"}, {"o"}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			groups := groupHits(tc.hits)
			if len(groups) != len(tc.groups) {
				t.Fatalf("%d groups, want %d", len(groups), len(tc.groups))
			}
			for i, g := range groups {
				ids := []string{g.Lead.ID}
				for _, o := range g.Others {
					ids = append(ids, o.ID)
				}
				if len(ids) != len(tc.groups[i]) {
					t.Fatalf("group %d = %v, want %v", i, ids, tc.groups[i])
				}
				for j := range ids {
					if ids[j] != tc.groups[i][j] {
						t.Fatalf("group %d = %v, want %v", i, ids, tc.groups[i])
					}
				}
			}
		})
	}
}
