package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func claimsTestEnv(stdin string) (*env, *bytes.Buffer, *bytes.Buffer) {
	var out, errb bytes.Buffer
	return &env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}, &out, &errb
}

func TestExtractCommand(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(text, []byte("The Federal Trade Commission fined Meta $5 billion. Meta said it would appeal."), 0o644); err != nil {
		t.Fatal(err)
	}
	badCat := filepath.Join(dir, "bad.txt")
	os.WriteFile(badCat, []byte("firm | US\n"), 0o644)
	cat := filepath.Join(dir, "cat.txt")
	os.WriteFile(cat, []byte("firm | NL | Zorgbank Holding | Zorgbank\n"), 0o644)
	cases := []struct {
		name  string
		args  []string
		stdin string
		code  int
		inOut string
		inErr string
	}{
		{"text file", []string{"extract", "--text", text}, "", 0, `"kind":"penalty"`, ""},
		{"stdin", []string{"extract", "--text", "-"}, "The SEC sued Coinbase.", 0, `"canonical":"Securities and Exchange Commission"`, ""},
		{"explain", []string{"extract", "--text", "--explain", text}, "", 0, "KEPT     penalty", ""},
		{"editor catalogue", []string{"extract", "--text", "--catalog", cat, "-"}, "The SEC fined Zorgbank on Monday.", 0, `"canonical":"Zorgbank Holding"`, ""},
		{"missing file", []string{"extract", "--text", filepath.Join(dir, "nope.txt")}, "", 1, "", "nope.txt"},
		{"bad flag", []string{"extract", "--bogus", text}, "", 2, "", ""},
		{"no file", []string{"extract"}, "", 2, "", "exactly one FILE"},
		{"bad catalogue", []string{"extract", "--text", "--catalog", badCat, text}, "", 2, "", "line 1"},
		{"help", []string{"extract", "--help"}, "", 0, "", "usage: claimwatch extract"},
		{"too large", []string{"extract", "--text", "--max-bytes", "20", text}, "", 1, "", "larger than --max-bytes 20"},
		{"binary input", []string{"extract", "-"}, "PK\x03\x04\x00\x00 zip bytes", 1, "", "standard input looks binary"},
		{"at the limit", []string{"extract", "--text", "--max-bytes", "22", "-"}, "The SEC sued Coinbase.", 0, `"kind":"probe"`, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e, out, errb := claimsTestEnv(c.stdin)
			code := run(context.Background(), c.args, e)
			if code != c.code {
				t.Fatalf("exit %d, want %d; stderr %s", code, c.code, errb)
			}
			if c.inOut != "" && !strings.Contains(out.String(), c.inOut) {
				t.Errorf("stdout lacks %q:\n%s", c.inOut, out)
			}
			if c.inErr != "" && !strings.Contains(errb.String()+out.String(), c.inErr) {
				t.Errorf("output lacks %q:\nstderr %s", c.inErr, errb)
			}
		})
	}
}

func TestExtractCommandJSONShape(t *testing.T) {
	e, out, errb := claimsTestEnv("China's market regulator fined Alibaba 18.2 billion yuan ($2.8 billion).")
	if code := run(context.Background(), []string{"extract", "--text", "--url", "https://example.com/a", "-"}, e); code != 0 {
		t.Fatalf("exit %d: %s", code, errb)
	}
	var got map[string]json.RawMessage
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("not one JSON object: %v\n%s", err, out)
	}
	for _, k := range []string{"url", "title", "authors", "published", "language", "text", "claims"} {
		if _, ok := got[k]; !ok {
			t.Errorf("missing key %q", k)
		}
	}
	if !strings.Contains(string(got["claims"]), `"value":18200000000,"currency":"CNY"`) {
		t.Errorf("claims lack the first stated amount: %s", got["claims"])
	}
}
