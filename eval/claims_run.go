package eval

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/claimwatch/claimwatch/extract"
)

// PredictClaims runs full extraction on each gold document: plain text as
// given, or the HTML page (a path under shared) through extract.Article
// first. It returns the documents (for --errors) and claims by id.
func PredictClaims(ctx context.Context, gold []ClaimsGoldDoc, shared string, x *extract.ClaimExtractor) (map[string][]extract.Claim, error) {
	out := make(map[string][]extract.Claim, len(gold))
	for _, g := range gold {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		var doc extract.Document
		switch {
		case g.HTML != "":
			path := filepath.Join(shared, filepath.FromSlash(g.HTML))
			page, err := os.ReadFile(path)
			if err != nil {
				return nil, fmt.Errorf("eval: gold %s: %w", g.ID, err)
			}
			d, err := extract.Article(page, "", extract.Hints{})
			if err != nil {
				return nil, fmt.Errorf("eval: gold %s: extracting %s: %w", g.ID, path, err)
			}
			doc = d
		default:
			doc = extract.Document{Text: g.Text}
		}
		out[g.ID] = x.Claims(doc)
	}
	return out, nil
}

// WriteClaimsPredictions writes predictions as JSON lines {"id","claims"} in
// gold order: the PRED format of shared/tools/claimscore.py, so the two
// scorers can be compared on the same run.
func WriteClaimsPredictions(w io.Writer, gold []ClaimsGoldDoc, pred map[string][]extract.Claim) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, g := range gold {
		cs := pred[g.ID]
		if cs == nil {
			cs = []extract.Claim{}
		}
		if err := enc.Encode(struct {
			ID     string          `json:"id"`
			Claims []extract.Claim `json:"claims"`
		}{g.ID, cs}); err != nil {
			return fmt.Errorf("eval: writing predictions: %w", err)
		}
	}
	return nil
}
