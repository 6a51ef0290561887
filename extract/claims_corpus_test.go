package extract

import "testing"

// TestClaimsAEBVolume guards against rules that generalize into noise: the
// AEB ground-truth bodies are 181 ordinary news articles (sport, culture,
// politics, business), few of which state a claim about a firm. When rules
// for unknown firms and new phrasings start firing on ordinary prose, the
// count jumps well past what the articles hold.
func TestClaimsAEBVolume(t *testing.T) {
	ids, docs := aebBodies(t)
	x := NewClaimExtractor(nil)
	total, busiest, busiestID := 0, 0, ""
	for i, d := range docs {
		n := len(x.Claims(d))
		total += n
		if n > busiest {
			busiest, busiestID = n, ids[i]
		}
	}
	t.Logf("%d articles, %d claims, most in one article: %d (%s)", len(docs), total, busiest, busiestID)
	// 9 claims (0.05 per article, at most 2 in one) before the rules for
	// unknown firms were added; the bounds leave room for real finds, not a flood
	if perDoc := float64(total) / float64(len(docs)); perDoc > maxClaimsPerAEBDoc {
		t.Errorf("%.2f claims per AEB article, want at most %.2f", perDoc, maxClaimsPerAEBDoc)
	}
	if busiest > 12 {
		t.Errorf("article %s yields %d claims, want at most 12", busiestID, busiest)
	}
}

const maxClaimsPerAEBDoc = 0.35
