package eval

import (
	"path/filepath"
	"testing"

	"github.com/claimwatch/claimwatch/extract"
	"github.com/claimwatch/claimwatch/internal/sharedpath"
)

// TestClaimsExtraFloors scores the extractor on testdata/extra.jsonl, a set
// written independently of the dev gold (other regions, outlets, phrasings)
// to measure how far the rules generalize. The floors sit a few points under
// the score at the time the set was made; recall there was far below dev's,
// so the F1 floor was set low (0.38) and is raised as rules improve: at
// 0.932 (P 0.982) after the rules for unknown firms and authorities.
func TestClaimsExtraFloors(t *testing.T) {
	shared := sharedpath.Require(t) // html documents live under the shared folder
	checkClaimFloor(t, filepath.Join("testdata", "extra.jsonl"), shared, extract.NewClaimExtractor(nil),
		claimFloor{minDocs: 70, p: 0.94, f1: 0.90, cert: 0.90, negMax: 0.1})
}
