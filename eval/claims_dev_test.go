package eval

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimwatch/claimwatch/extract"
	"github.com/claimwatch/claimwatch/internal/sharedpath"
)

// TestClaimsDevFloors runs the whole extractor on the team's dev gold set and
// fails if quality drops under floors set just below what it achieves.
func TestClaimsDevFloors(t *testing.T) {
	shared := sharedpath.Require(t)
	f, err := os.Open(filepath.Join(shared, "claims", "dev.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, err := ReadClaimsGold(f)
	if err != nil {
		t.Fatal(err)
	}
	pred, err := PredictClaims(context.Background(), gold, shared, extract.NewClaimExtractor(nil))
	if err != nil {
		t.Fatal(err)
	}
	r := ScoreClaims(gold, pred)
	if testing.Verbose() {
		WriteClaimsReport(os.Stdout, r, true)
	}
	t.Logf("P=%.3f R=%.3f F1=%.3f cert=%.3f neg=%.2f", r.Precision, r.Recall, r.F1, r.CertaintyAccuracy, r.FalseClaimRate)
	floors := struct{ p, f1, cert, neg float64 }{0.97, 0.94, 0.97, 0.1}
	if r.Precision < floors.p || r.F1 < floors.f1 || r.CertaintyAccuracy < floors.cert || r.FalseClaimRate > floors.neg {
		t.Errorf("dev claims under floors: P=%.3f F1=%.3f cert=%.3f false/neg=%.2f", r.Precision, r.F1, r.CertaintyAccuracy, r.FalseClaimRate)
	}
}
