package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/claimwatch/claimwatch/internal/sharedpath"
)

// aebBodies returns the article bodies of the AEB ground truth (181 real
// news texts of every kind) in a fixed order, with their ids: the corpus the
// claim benchmarks and the volume guard read.
func aebBodies(tb testing.TB) ([]string, []Document) {
	tb.Helper()
	shared := sharedpath.Require(tb)
	data, err := os.ReadFile(filepath.Join(shared, "corpus", "aeb", "ground-truth.json"))
	if err != nil {
		tb.Fatal(err)
	}
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(data, &gt); err != nil {
		tb.Fatal(err)
	}
	ids := make([]string, 0, len(gt))
	for id := range gt {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	docs := make([]Document, len(ids))
	for i, id := range ids {
		docs[i] = Document{Text: gt[id].ArticleBody}
	}
	return ids, docs
}

// BenchmarkClaimsAEB runs claim extraction alone over the AEB bodies and
// reports articles/s and sentences/s on one core.
func BenchmarkClaimsAEB(b *testing.B) {
	benchClaimsAEB(b, NewClaimExtractor(nil))
}

// BenchmarkClaimsAEBLearned is BenchmarkClaimsAEB with the learned stage
// on (the shipped weights, enabled whatever the file says): what turning
// it on would cost.
func BenchmarkClaimsAEBLearned(b *testing.B) {
	m := DefaultLearnedModel()
	m.Enabled = true
	benchClaimsAEB(b, NewClaimExtractor(nil).WithLearned(m))
}

func benchClaimsAEB(b *testing.B, x *ClaimExtractor) {
	_, docs := aebBodies(b)
	sentences := 0
	for _, d := range docs {
		sentences += len(SplitSentences(d.Text))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			x.Claims(d)
		}
	}
	secs := b.Elapsed().Seconds()
	b.ReportMetric(float64(b.N*len(docs))/secs, "articles/s")
	b.ReportMetric(float64(b.N*sentences)/secs, "sentences/s")
}
