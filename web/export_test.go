package web

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/claimwatch/claimwatch/extract"
	"github.com/claimwatch/claimwatch/index"
)

func TestExportStreamsEveryRow(t *testing.T) {
	f := fixture()
	f.bulk(1500) // more than a page of the largest allowed size
	ts := newTestServer(t, f)
	cases := []struct {
		name, query string
		rows        int
	}{
		{"all csv", "format=csv", 1507},
		{"default format is csv", "", 1507},
		{"filtered", "kind=action", 1500},
		{"nothing matches still has header", "q=zebra", 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := get(t, ts, "/api/export?"+tc.query)
			if resp.StatusCode != 200 {
				t.Fatalf("status %d: %.200s", resp.StatusCode, body)
			}
			if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/csv") {
				t.Errorf("content type %q", ct)
			}
			if cd := resp.Header.Get("Content-Disposition"); !strings.HasPrefix(cd, `attachment; filename="claimwatch-claims-20211001-120000.csv"`) {
				t.Errorf("content disposition %q", cd)
			}
			recs, err := csv.NewReader(strings.NewReader(body)).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(recs[0], ",") != strings.Join(CSVColumns, ",") {
				t.Fatalf("header %v", recs[0])
			}
			if len(recs)-1 != tc.rows {
				t.Fatalf("%d rows, want %d", len(recs)-1, tc.rows)
			}
		})
	}
	t.Run("jsonl", func(t *testing.T) {
		resp, body := get(t, ts, "/api/export?format=jsonl&outlet=Bulk")
		if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/x-ndjson") {
			t.Errorf("content type %q", ct)
		}
		sc := bufio.NewScanner(strings.NewReader(body))
		n := 0
		for sc.Scan() {
			var c index.ClaimDoc
			if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
				t.Fatalf("line %d: %v", n+1, err)
			}
			if c.Outlet != "Bulk" {
				t.Fatalf("line %d outlet %q", n+1, c.Outlet)
			}
			n++
		}
		if n != 1500 {
			t.Fatalf("%d lines, want 1500", n)
		}
	})
}

func TestCSVRow(t *testing.T) {
	c := index.ClaimDoc{
		Claim: extract.Claim{
			Kind: extract.KindPenalty, Actor: extract.Entity{Name: "the SAMR", Canonical: "SAMR", Type: "regulator", Country: "CN"},
			Targets: []extract.Entity{{Name: "Alibaba", Canonical: "Alibaba Group"}, {Name: "Ant"}}, Action: "fine", Negated: true,
			Certainty: "reported", Attribution: `Caixin, "sources"`, Amount: &extract.Amount{Value: 18228000000, Currency: "CNY"},
			Topics: []string{"antitrust", "fintech"}, Sentence: "Line one,\nline \"two\".", Rule: "penalty.fine", Confidence: 0.875,
		},
		ID: "c1", URL: "https://x.example/a?b=1,2", Title: "=HYPERLINK(\"http://evil\")", Outlet: "Caixin", Country: "CN", Language: "zh",
		Published: time.Date(2021, 4, 10, 9, 30, 0, 0, time.FixedZone("CST", 8*3600)),
	}
	var buf bytes.Buffer
	cw, err := NewClaimWriter(&buf, FormatCSV)
	if err != nil {
		t.Fatal(err)
	}
	if err := cw.WriteClaim(c); err != nil {
		t.Fatal(err)
	}
	if err := cw.Flush(); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 2 {
		t.Fatalf("%d records, want header and one row", len(recs))
	}
	got := map[string]string{}
	for i, col := range CSVColumns {
		got[col] = recs[1][i]
	}
	want := map[string]string{
		"id": "c1", "actor": "the SAMR", "actor_canonical": "SAMR", "targets": "Alibaba Group;Ant", "negated": "true",
		"prohibition": "false", "attribution": `Caixin, "sources"`, "amount_value": "18228000000", "amount_currency": "CNY",
		"topics": "antitrust;fintech", "sentence": "Line one,\nline \"two\".", "url": "https://x.example/a?b=1,2",
		"title": "'=HYPERLINK(\"http://evil\")", "published": "2021-04-10T09:30:00+08:00", "confidence": "0.875", "language": "zh",
	}
	for col, w := range want {
		if got[col] != w {
			t.Errorf("%s = %q, want %q", col, got[col], w)
		}
	}
}

func TestNewClaimWriterFormat(t *testing.T) {
	if _, err := NewClaimWriter(&bytes.Buffer{}, "xml"); err == nil || !strings.Contains(err.Error(), `"xml"`) {
		t.Fatalf("err %v, want one naming the format", err)
	}
}

func TestExportJSONLKeepsMarkupReadable(t *testing.T) {
	var buf bytes.Buffer
	cw, _ := NewClaimWriter(&buf, FormatJSONL)
	if err := cw.WriteClaim(index.ClaimDoc{Claim: extract.Claim{Sentence: "A & B <b>"}}); err != nil {
		t.Fatal(err)
	}
	_ = cw.Flush()
	if !strings.Contains(buf.String(), `"sentence":"A & B <b>"`) || strings.Count(buf.String(), "\n") != 1 {
		t.Fatalf("line %q", buf.String())
	}
}

func TestExportFailureMidStreamCutsTheConnection(t *testing.T) {
	f := fixture()
	f.bulk(3000)
	f.exportFailAfter = 2000
	ts := newTestServer(t, f)
	resp, err := http.Get(ts.URL + "/api/export")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("status %d", resp.StatusCode)
	}
	body, err := io.ReadAll(resp.Body)
	if err == nil {
		t.Fatalf("read %d bytes without error; a truncated export must not look complete", len(body))
	}
}
