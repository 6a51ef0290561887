package eval

import (
	"path/filepath"
	"testing"

	"github.com/claimwatch/claimwatch/extract"
	"github.com/claimwatch/claimwatch/internal/sharedpath"
)

// TestClaimsDevFloors runs the whole extractor on the team's dev gold set and
// fails if quality drops under floors set just below what it achieves.
func TestClaimsDevFloors(t *testing.T) {
	shared := sharedpath.Require(t)
	checkClaimFloor(t, filepath.Join(shared, "claims", "dev.jsonl"), shared, extract.NewClaimExtractor(nil),
		claimFloor{minDocs: 70, p: 0.97, f1: 0.94, cert: 0.97, negMax: 0.1})
}
