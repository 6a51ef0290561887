package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"

	"github.com/claimwatch/claimwatch/extract"
)

// Claim scoring ports shared/tools/claimscore.py exactly: the same name
// normalization, whole-word containment, symmetric gold claims, sector
// targets left out, gold tuples deduplicated, and repeated predictions of an
// already matched tuple not counted.

// ClaimsGoldDoc is one document of a gold file.
type ClaimsGoldDoc struct {
	ID     string           `json:"id"`
	Text   string           `json:"text,omitempty"`
	HTML   string           `json:"html,omitempty"` // path under the shared folder
	Claims []ClaimsGoldItem `json:"claims"`
}

// ClaimsGoldItem is one gold claim: lists of acceptable names.
type ClaimsGoldItem struct {
	Kind      string     `json:"kind"`
	Actor     []string   `json:"actor"`
	Targets   [][]string `json:"targets"`
	Certainty string     `json:"certainty"`
	Symmetric bool       `json:"symmetric,omitempty"`
	Negated   bool       `json:"negated,omitempty"`
	Note      string     `json:"note,omitempty"`
}

// ReadClaimsGold reads a gold JSON-lines file; errors name the line.
func ReadClaimsGold(r io.Reader) ([]ClaimsGoldDoc, error) {
	var docs []ClaimsGoldDoc
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	n := 0
	for sc.Scan() {
		n++
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var d ClaimsGoldDoc
		if err := json.Unmarshal(line, &d); err != nil {
			return nil, fmt.Errorf("eval: gold line %d: %w", n, err)
		}
		if d.ID == "" {
			return nil, fmt.Errorf("eval: gold line %d: missing \"id\"", n)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("eval: reading gold: %w", err)
	}
	return docs, nil
}

var claimSuffixes = map[string]bool{"inc": true, "corp": true, "corporation": true, "co": true, "ltd": true, "limited": true, "plc": true, "llc": true, "group": true, "holdings": true, "ag": true, "sa": true, "gmbh": true}

func isPyWord(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r) }

// NormName normalizes a name as claimscore.py's norm does.
func NormName(name string) string {
	s := strings.ReplaceAll(strings.ToLower(name), "\u2019", "'")
	rs := []rune(s)
	// drop "'s" at a word boundary
	var b []rune
	for i := 0; i < len(rs); i++ {
		if rs[i] == '\'' && i+1 < len(rs) && rs[i+1] == 's' && (i+2 >= len(rs) || !isPyWord(rs[i+2])) {
			i++
			continue
		}
		b = append(b, rs[i])
	}
	for i, r := range b {
		if !(isPyWord(r) || unicode.IsSpace(r) || r == '&' || r == '-') {
			b[i] = ' '
		}
	}
	words := strings.Fields(string(b))
	if len(words) > 0 && words[0] == "the" {
		words = words[1:]
	}
	for len(words) > 0 && claimSuffixes[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	return strings.Join(words, " ")
}

func containsWords(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	return a == b || strings.HasPrefix(a, b+" ") || strings.HasSuffix(a, " "+b) || strings.Contains(a, " "+b+" ")
}

func namesMatch(pred, gold []string) bool {
	p := nonEmpty(pred)
	g := nonEmpty(gold)
	if len(p) == 0 && len(g) == 0 {
		return true
	}
	for _, x := range p {
		for _, y := range g {
			if x == y || containsWords(x, y) || containsWords(y, x) {
				return true
			}
		}
	}
	return false
}

func nonEmpty(xs []string) []string {
	var out []string
	for _, x := range xs {
		if x != "" {
			out = append(out, x)
		}
	}
	return out
}

type claimTuple struct {
	kind      string
	actor     []string
	target    []string
	certainty string
	symmetric bool
	// for error listings
	doc, sentence, note string
	claim               int
}

func entityNames(e extract.Entity) []string {
	var out []string
	if e.Name != "" {
		out = append(out, NormName(e.Name))
	}
	if e.Canonical != "" {
		out = append(out, NormName(e.Canonical))
	}
	return out
}

func predTuples(c extract.Claim) []claimTuple {
	actor := entityNames(c.Actor)
	var ts []extract.Entity
	for _, t := range c.Targets {
		if t.Type != extract.TypeSector {
			ts = append(ts, t)
		}
	}
	if len(ts) == 0 {
		return []claimTuple{{kind: c.Kind, actor: actor, certainty: c.Certainty, sentence: c.Sentence}}
	}
	out := make([]claimTuple, 0, len(ts))
	for _, t := range ts {
		out = append(out, claimTuple{kind: c.Kind, actor: actor, target: entityNames(t), certainty: c.Certainty, sentence: c.Sentence})
	}
	return out
}

func goldNames(xs []string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = NormName(x)
	}
	return out
}

func goldTuples(c ClaimsGoldItem) []claimTuple {
	actor := goldNames(c.Actor)
	if len(c.Targets) == 0 {
		return []claimTuple{{kind: c.Kind, actor: actor, certainty: c.Certainty, symmetric: c.Symmetric, note: c.Note}}
	}
	var out []claimTuple
	for _, t := range c.Targets {
		out = append(out, claimTuple{kind: c.Kind, actor: actor, target: goldNames(t), certainty: c.Certainty, symmetric: c.Symmetric, note: c.Note})
	}
	return out
}

func tupleMatches(p, g claimTuple) bool {
	if p.kind != g.kind {
		return false
	}
	if namesMatch(p.actor, g.actor) && namesMatch(p.target, g.target) {
		return true
	}
	return g.symmetric && namesMatch(p.actor, g.target) && namesMatch(p.target, g.actor)
}

// ClaimsKindCounts are one kind's counts.
type ClaimsKindCounts struct {
	TP int `json:"tp"`
	FP int `json:"fp"`
	FN int `json:"fn"`
}

// ClaimError is one false positive or false negative, for --errors.
type ClaimError struct {
	Doc       string `json:"doc"`
	Type      string `json:"type"` // FP, FN, or CERT (matched, certainty differs)
	Kind      string `json:"kind"`
	Actor     string `json:"actor"`
	Target    string `json:"target"`
	Certainty string `json:"certainty,omitempty"`
	Want      string `json:"want,omitempty"`
	Sentence  string `json:"sentence,omitempty"`
	Note      string `json:"note,omitempty"`
}

// ClaimsReport is the score of a run against a gold file.
type ClaimsReport struct {
	Docs              int                          `json:"docs"`
	TP                int                          `json:"tp"`
	FP                int                          `json:"fp"`
	FN                int                          `json:"fn"`
	Precision         float64                      `json:"precision"`
	Recall            float64                      `json:"recall"`
	F1                float64                      `json:"f1"`
	CertaintyOK       int                          `json:"certainty_ok"`
	CertaintyN        int                          `json:"certainty_n"`
	CertaintyAccuracy float64                      `json:"certainty_accuracy"`
	NegativeDocs      int                          `json:"negative_docs"`
	NegativeClaims    int                          `json:"negative_claims"`
	FalseClaimRate    float64                      `json:"false_claims_per_negative_doc"`
	PerKind           map[string]*ClaimsKindCounts `json:"per_kind"`
	Errors            []ClaimError                 `json:"errors,omitempty"`
}

// ScoreClaims scores predictions (claims by document id) against gold.
func ScoreClaims(gold []ClaimsGoldDoc, pred map[string][]extract.Claim) ClaimsReport {
	r := ClaimsReport{Docs: len(gold), PerKind: map[string]*ClaimsKindCounts{}}
	kind := func(k string) *ClaimsKindCounts {
		c := r.PerKind[k]
		if c == nil {
			c = &ClaimsKindCounts{}
			r.PerKind[k] = c
		}
		return c
	}
	// like the reference, a later line with the same id replaces an earlier one
	byID := map[string]int{}
	var order []string
	for i, g := range gold {
		if _, ok := byID[g.ID]; !ok {
			order = append(order, g.ID)
		}
		byID[g.ID] = i
	}
	for _, id := range order {
		g := gold[byID[id]]
		var gt []claimTuple
		seen := map[string]bool{}
		for _, c := range g.Claims {
			for _, t := range goldTuples(c) {
				a := append([]string(nil), t.actor...)
				tg := append([]string(nil), t.target...)
				sort.Strings(a)
				sort.Strings(tg)
				key := t.kind + "\x00" + strings.Join(a, "\x01") + "\x00" + strings.Join(tg, "\x01")
				if !seen[key] {
					seen[key] = true
					t.doc = id
					gt = append(gt, t)
				}
			}
		}
		claims := pred[id]
		if len(g.Claims) == 0 {
			r.NegativeDocs++
			r.NegativeClaims += len(claims)
		}
		var pt []claimTuple
		for _, c := range claims {
			pt = append(pt, predTuples(c)...)
		}
		used := make([]bool, len(gt))
		for _, p := range pt {
			hit := -1
			repeat := false
			for i, t := range gt {
				if !tupleMatches(p, t) {
					continue
				}
				if used[i] {
					repeat = true
					continue
				}
				hit = i
				break
			}
			k := kind(p.kind)
			if hit < 0 && repeat {
				continue
			}
			if hit < 0 {
				r.FP++
				k.FP++
				r.Errors = append(r.Errors, ClaimError{Doc: id, Type: "FP", Kind: p.kind, Actor: first(p.actor), Target: first(p.target), Certainty: p.certainty, Sentence: p.sentence})
				continue
			}
			used[hit] = true
			r.TP++
			k.TP++
			if gt[hit].certainty != "" {
				r.CertaintyN++
				if gt[hit].certainty == p.certainty {
					r.CertaintyOK++
				} else {
					r.Errors = append(r.Errors, ClaimError{Doc: id, Type: "CERT", Kind: p.kind, Actor: first(p.actor), Target: first(p.target), Certainty: p.certainty, Want: gt[hit].certainty, Sentence: p.sentence})
				}
			}
		}
		for i, t := range gt {
			if !used[i] {
				r.FN++
				kind(t.kind).FN++
				r.Errors = append(r.Errors, ClaimError{Doc: id, Type: "FN", Kind: t.kind, Actor: strings.Join(t.actor, " | "), Target: strings.Join(t.target, " | "), Want: t.certainty, Note: t.note})
			}
		}
	}
	r.Precision, r.Recall, r.F1 = prf(r.TP, r.FP, r.FN)
	if r.CertaintyN > 0 {
		r.CertaintyAccuracy = float64(r.CertaintyOK) / float64(r.CertaintyN)
	}
	if r.NegativeDocs > 0 {
		r.FalseClaimRate = float64(r.NegativeClaims) / float64(r.NegativeDocs)
	}
	return r
}

func first(xs []string) string {
	if len(xs) == 0 {
		return ""
	}
	return xs[0]
}

func prf(tp, fp, fn int) (float64, float64, float64) {
	var p, r, f float64
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// WriteClaimsReport prints the summary and per-kind table; with errors, each
// FP and FN (and certainty miss) with its sentence.
func WriteClaimsReport(w io.Writer, r ClaimsReport, errors bool) error {
	var b strings.Builder
	fmt.Fprintf(&b, "docs=%d precision=%.3f recall=%.3f f1=%.3f tp=%d fp=%d fn=%d certainty_accuracy=%.3f (%d/%d)\n",
		r.Docs, r.Precision, r.Recall, r.F1, r.TP, r.FP, r.FN, r.CertaintyAccuracy, r.CertaintyOK, r.CertaintyN)
	fmt.Fprintf(&b, "negatives: %d docs, %d false claims (%.2f per doc)\n", r.NegativeDocs, r.NegativeClaims, r.FalseClaimRate)
	kinds := make([]string, 0, len(r.PerKind))
	for k := range r.PerKind {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	fmt.Fprintf(&b, "%-10s %6s %6s %6s %4s %4s %4s\n", "kind", "P", "R", "F1", "tp", "fp", "fn")
	for _, k := range kinds {
		c := r.PerKind[k]
		p, rc, f := prf(c.TP, c.FP, c.FN)
		name := k
		if name == "" {
			name = "(none)"
		}
		fmt.Fprintf(&b, "%-10s %6.3f %6.3f %6.3f %4d %4d %4d\n", name, p, rc, f, c.TP, c.FP, c.FN)
	}
	if errors {
		for _, e := range r.Errors {
			fmt.Fprintf(&b, "%s %s %s: %s -> %s", e.Type, e.Doc, e.Kind, e.Actor, e.Target)
			if e.Type == "CERT" {
				fmt.Fprintf(&b, " certainty %s, want %s", e.Certainty, e.Want)
			}
			b.WriteByte('\n')
			if e.Sentence != "" {
				fmt.Fprintf(&b, "    sentence: %s\n", e.Sentence)
			}
			if e.Note != "" {
				fmt.Fprintf(&b, "    note: %s\n", e.Note)
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
