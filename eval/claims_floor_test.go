package eval

import (
	"context"
	"os"
	"testing"

	"github.com/claimwatch/claimwatch/extract"
)

// claimFloor is the least a gold set must score: a rule that breaks a
// frame shows as a drop under it.
type claimFloor struct {
	minDocs int
	p, f1   float64
	cert    float64 // 0: not checked
	negMax  float64 // false claims per negative document
}

// checkClaimFloor runs the whole extractor over the gold set in path (html
// documents resolved under shared) and fails t when the scores fall under
// fl; -v prints the full report.
func checkClaimFloor(t *testing.T, path, shared string, x *extract.ClaimExtractor, fl claimFloor) ClaimsReport {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, err := ReadClaimsGold(f)
	if err != nil {
		t.Fatal(err)
	}
	if len(gold) < fl.minDocs {
		t.Fatalf("%s has %d documents, want at least %d", path, len(gold), fl.minDocs)
	}
	pred, err := PredictClaims(context.Background(), gold, shared, x)
	if err != nil {
		t.Fatal(err)
	}
	r := ScoreClaims(gold, pred)
	if testing.Verbose() {
		WriteClaimsReport(os.Stdout, r, true)
	}
	t.Logf("P=%.3f R=%.3f F1=%.3f cert=%.3f neg=%.2f", r.Precision, r.Recall, r.F1, r.CertaintyAccuracy, r.FalseClaimRate)
	if r.Precision < fl.p || r.F1 < fl.f1 || r.CertaintyAccuracy < fl.cert || r.FalseClaimRate > fl.negMax {
		t.Errorf("%s under floors (P %.2f, F1 %.2f, cert %.2f, false/neg %.2f): P=%.3f F1=%.3f cert=%.3f false/neg=%.2f",
			path, fl.p, fl.f1, fl.cert, fl.negMax, r.Precision, r.F1, r.CertaintyAccuracy, r.FalseClaimRate)
	}
	return r
}
