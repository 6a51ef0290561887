package eval

import (
	"path/filepath"
	"testing"

	"github.com/claimwatch/claimwatch/extract"
	"github.com/claimwatch/claimwatch/internal/sharedpath"
)

// TestClaimsHeldOutFloors scores the extractor on gold sets written by
// other people than the rule tuner (testdata/blind1, more2 ... more5,
// blind2, blind7 ... blind38; see testdata/README.md). They stand for unseen text: when first scored the
// rules reached only F1 0.61-0.65 on them. The floors sit a few points
// under the scores after the round of frame-level generalization, so a
// rule that breaks a frame shows here.
func TestClaimsHeldOutFloors(t *testing.T) {
	shared := sharedpath.Require(t) // blind1 holds real pages under the shared folder
	sets := []struct {
		file          string
		minDocs       int
		p, f1, negMax float64
	}{
		{"blind1.jsonl", 65, 0.94, 0.86, 0.1},
		{"more2.jsonl", 60, 0.95, 0.92, 0.1},
		{"more3.jsonl", 60, 0.96, 0.94, 0.1},
		{"more4.jsonl", 60, 0.90, 0.86, 0.1},
		{"more5.jsonl", 60, 0.95, 0.89, 0.1},
		{"blind2.jsonl", 64, 0.96, 0.92, 0.1},
		{"blind7.jsonl", 59, 0.96, 0.93, 0.1},
		{"blind8.jsonl", 57, 0.93, 0.94, 0.1},
		// round 6-7 sets (session 2): tuned on
		{"blind9.jsonl", 72, 0.97, 0.93, 0.1},
		{"blind10.jsonl", 66, 0.96, 0.81, 0.1},
		{"blind11.jsonl", 71, 0.95, 0.83, 0.1},
		{"blind14.jsonl", 72, 0.97, 0.80, 0.1},
		{"blind15.jsonl", 64, 0.93, 0.80, 0.1},
		// never tuned on (held back through session 2): regression guards
		// only, the floors sit just under their held-back scores
		// opened and tuned on in session 3 (round 8: blind12, blind13,
		// blind19; round 9: blind16-18)
		{"blind12.jsonl", 65, 0.97, 0.94, 0.1},
		{"blind13.jsonl", 64, 0.95, 0.90, 0.1},
		{"blind16.jsonl", 65, 0.92, 0.90, 0.1},
		{"blind17.jsonl", 64, 0.95, 0.78, 0.1},
		{"blind18.jsonl", 62, 0.93, 0.89, 0.1},
		{"blind19.jsonl", 67, 0.96, 0.92, 0.1},
		// written at the end of session 3, opened for round 10 (session 4)
		{"blind20.jsonl", 65, 0.98, 0.95, 0.1},
		{"blind21.jsonl", 60, 0.98, 0.94, 0.1},
		{"blind22.jsonl", 60, 0.97, 0.94, 0.1},
		// written at the start of session 4 as open data for round 10
		// (industries and wordings the other sets rarely use)
		{"blind29.jsonl", 76, 0.98, 0.90, 0.1},
		{"blind30.jsonl", 67, 0.97, 0.93, 0.1},
		// written at the start of session 4, held back through round 10
		// (first F1 0.790, 0.726, 0.725; 0.798, 0.734, 0.777 after it),
		// opened for round 11
		{"blind26.jsonl", 64, 0.97, 0.88, 0.1},
		{"blind27.jsonl", 68, 0.96, 0.84, 0.1},
		{"blind28.jsonl", 83, 0.96, 0.87, 0.1},
		// written at the start of session 4 and held back through it
		// (F1 0.910, 0.794, 0.829 then); opened for rounds 13-14
		{"blind23.jsonl", 65, 0.95, 0.94, 0.1},
		{"blind24.jsonl", 71, 0.96, 0.91, 0.1},
		{"blind25.jsonl", 66, 0.94, 0.90, 0.1},
		// written at the start of session 5 as rounds 13-14's data (first
		// F1 0.866, 0.879, 0.861, 0.757, 0.699)
		{"blind33.jsonl", 64, 0.94, 0.91, 0.1},
		{"blind34.jsonl", 60, 0.97, 0.91, 0.1},
		{"blind35.jsonl", 69, 0.94, 0.90, 0.1},
		{"blind37.jsonl", 80, 0.96, 0.92, 0.1},
		{"blind38.jsonl", 77, 0.94, 0.82, 0.1},
	}
	x := extract.NewClaimExtractor(nil)
	for _, s := range sets {
		t.Run(s.file, func(t *testing.T) {
			checkClaimFloor(t, filepath.Join("testdata", s.file), shared, x,
				claimFloor{minDocs: s.minDocs, p: s.p, f1: s.f1, negMax: s.negMax})
		})
	}
}
