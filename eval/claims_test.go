package eval

import (
	"bufio"
	"encoding/json"
	"math"
	"strings"
	"testing"

	"github.com/claimwatch/claimwatch/extract"
)

// The fixture exercises containment, suffixes, possessives, a leading "the",
// symmetric claims, sector targets, repeats, duplicates in gold and a
// negative document. Expected numbers were computed with
// shared/tools/claimscore.py on the same two files.
const scoreGold = `{"id":"a","claims":[{"kind":"mandate","actor":["Ministry of Industry and Information Technology","MIIT"],"targets":[["Alibaba","Alibaba Group"],["Tencent","Tencent Holdings"]],"certainty":"reported"},{"kind":"response","actor":["Tencent"],"targets":[["MIIT"]],"certainty":"asserted"},{"kind":"mandate","actor":["MIIT"],"targets":[["Alibaba"]],"certainty":"reported"}]}
{"id":"b","claims":[{"kind":"action","actor":["Etlaq"],"targets":[["ETCO Space"]],"certainty":"asserted","symmetric":true},{"kind":"mandate","actor":["central bank"],"targets":[],"certainty":"asserted"}]}
{"id":"c","claims":[]}
{"id":"d","claims":[{"kind":"penalty","actor":["The Federal Trade Commission"],"targets":[["Meta Platforms Inc."]],"certainty":"asserted"}]}
`

const scorePred = `{"id":"a","claims":[{"kind":"mandate","actor":{"name":"China's industry ministry","canonical":"Ministry of Industry and Information Technology"},"targets":[{"name":"Alibaba","canonical":"Alibaba Group","type":"firm"},{"name":"Tencent","canonical":"Tencent Holdings","type":"firm"},{"name":"Baidu","canonical":"Baidu","type":"firm"}],"certainty":"asserted"},{"kind":"mandate","actor":{"name":"MIIT"},"targets":[{"name":"Alibaba's","type":"firm"}],"certainty":"reported"},{"kind":"response","actor":{"name":"Tencent"},"targets":[],"certainty":"asserted"}]}
{"id":"b","claims":[{"kind":"action","actor":{"name":"ETCO Space"},"targets":[{"name":"Etlaq"}],"certainty":"hedged"},{"kind":"mandate","actor":{"name":"the central bank"},"targets":[{"name":"all urban cooperative banks","type":"sector"}],"certainty":"asserted"}]}
{"id":"c","claims":[{"kind":"probe","actor":{"name":"SEC"},"targets":[{"name":"Coinbase"}],"certainty":"asserted"}]}
{"id":"d","claims":[{"kind":"penalty","actor":{"name":"FTC","canonical":"Federal Trade Commission"},"targets":[{"name":"Meta","canonical":"Meta Platforms"}],"certainty":"asserted"},{"kind":"penalty","actor":{"name":"Federal Trade Commission"},"targets":[{"name":"Meta Platforms"}],"certainty":"asserted"}]}
`

func readPred(t *testing.T, s string) map[string][]extract.Claim {
	t.Helper()
	out := map[string][]extract.Claim{}
	sc := bufio.NewScanner(strings.NewReader(s))
	for sc.Scan() {
		var d struct {
			ID     string          `json:"id"`
			Claims []extract.Claim `json:"claims"`
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		out[d.ID] = d.Claims
	}
	return out
}

func TestScoreClaimsAgreesWithReference(t *testing.T) {
	gold, err := ReadClaimsGold(strings.NewReader(scoreGold))
	if err != nil {
		t.Fatal(err)
	}
	r := ScoreClaims(gold, readPred(t, scorePred))
	near := func(a, b float64) bool { return math.Abs(a-b) < 0.0005 }
	if r.TP != 6 || r.FP != 3 || r.FN != 1 {
		t.Errorf("tp/fp/fn = %d/%d/%d, want 6/3/1", r.TP, r.FP, r.FN)
	}
	if !near(r.Precision, 0.667) || !near(r.Recall, 0.857) || !near(r.F1, 0.750) || !near(r.CertaintyAccuracy, 0.500) {
		t.Errorf("P/R/F1/cert = %.3f/%.3f/%.3f/%.3f, want 0.667/0.857/0.750/0.500", r.Precision, r.Recall, r.F1, r.CertaintyAccuracy)
	}
	want := map[string]ClaimsKindCounts{
		"action": {1, 0, 0}, "mandate": {4, 1, 0}, "penalty": {1, 0, 0}, "probe": {0, 1, 0}, "response": {0, 1, 1},
	}
	for k, w := range want {
		if got := r.PerKind[k]; got == nil || *got != w {
			t.Errorf("kind %s: got %+v, want %+v", k, got, w)
		}
	}
	if r.NegativeDocs != 1 || r.NegativeClaims != 1 {
		t.Errorf("negatives: %d docs %d claims, want 1 and 1", r.NegativeDocs, r.NegativeClaims)
	}
}

func TestNormName(t *testing.T) {
	cases := []struct{ in, want string }{
		{"The Federal Trade Commission", "federal trade commission"},
		{"Meta Platforms Inc.", "meta platforms"},
		{"China\u2019s industry ministry", "china industry ministry"},
		{"Alibaba Group Holding Ltd", "alibaba group holding"},
		{"JD.com", "jd com"},
		{"AT&T", "at&t"},
		{"Tencent Holdings Ltd.", "tencent"},
		{"", ""},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			if got := NormName(c.in); got != c.want {
				t.Errorf("NormName(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestReadClaimsGoldNamesLine(t *testing.T) {
	_, err := ReadClaimsGold(strings.NewReader("{\"id\":\"a\",\"claims\":[]}\n{bad\n"))
	if err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Fatalf("want an error naming line 2, got %v", err)
	}
}
