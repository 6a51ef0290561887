package eval

import (
	"context"
	"os"
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
	f, err := os.Open(filepath.Join("testdata", "extra.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, err := ReadClaimsGold(f)
	if err != nil {
		t.Fatal(err)
	}
	if len(gold) < 70 {
		t.Fatalf("extra set has %d documents, want at least 70", len(gold))
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
	floors := struct{ p, f1, cert, neg float64 }{0.94, 0.90, 0.90, 0.1}
	if r.Precision < floors.p || r.F1 < floors.f1 || r.CertaintyAccuracy < floors.cert || r.FalseClaimRate > floors.neg {
		t.Errorf("extra claims under floors: P=%.3f F1=%.3f cert=%.3f false/neg=%.2f", r.Precision, r.F1, r.CertaintyAccuracy, r.FalseClaimRate)
	}
}
