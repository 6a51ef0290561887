package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/claimwatch/claimwatch/internal/sharedpath"
)

// BenchmarkClaimsAEB runs claim extraction alone over the article bodies of
// the AEB ground truth (181 real news texts) and reports articles/s and
// sentences/s on one core.
func BenchmarkClaimsAEB(b *testing.B) {
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
	docs := make([]Document, len(ids))
	sentences := 0
	for i, id := range ids {
		docs[i] = Document{Text: gt[id].ArticleBody}
		sentences += len(SplitSentences(docs[i].Text))
	}
	x := NewClaimExtractor(nil)
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
