package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/claimwatch/claimwatch/internal/sharedpath"
)

// BenchmarkClaimsAEBLearned is BenchmarkClaimsAEB with the learned stage
// on (the shipped weights, enabled whatever the file says): what turning
// it on would cost.
func BenchmarkClaimsAEBLearned(b *testing.B) {
	shared := sharedpath.Require(b)
	data, err := os.ReadFile(filepath.Join(shared, "corpus", "aeb", "ground-truth.json"))
	if err != nil {
		b.Fatal(err)
	}
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(data, &gt); err != nil {
		b.Fatal(err)
	}
	ids := make([]string, 0, len(gt))
	for id := range gt {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	m := DefaultLearnedModel()
	m.Enabled = true
	x := NewClaimExtractor(nil).WithLearned(m)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, id := range ids {
			x.Claims(Document{Text: gt[id].ArticleBody})
		}
	}
	b.ReportMetric(float64(b.N*len(ids))/b.Elapsed().Seconds(), "articles/s")
}
