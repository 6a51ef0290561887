package crawler

import (
	"context"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

func encode(t testing.TB, enc encoding.Encoding, s string) string {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestCharsetDecodingServed(t *testing.T) {
	const zh = "国家市场监督管理总局对该公司处以罚款"
	const ja = "公正取引委員会は同社に排除措置命令を出した"
	gbkPage := func(meta string) string {
		return "<html><head>" + meta + "<title>罚款</title></head><body><p>" + zh + "</p></body></html>"
	}
	sjisPage := func(meta string) string {
		return "<html><head>" + meta + "<title>命令</title></head><body><p>" + ja + "</p></body></html>"
	}
	cases := []struct {
		name    string
		ctype   string
		body    string
		want    string
		charset string
	}{
		{"gbk header", "text/html; charset=GBK", encode(t, simplifiedchinese.GBK, gbkPage("")), zh, "gbk"},
		{"gbk meta", "text/html", encode(t, simplifiedchinese.GBK, gbkPage(`<meta charset="gb2312">`)), zh, "gbk"},
		{"shift_jis header", "text/html; charset=Shift_JIS", encode(t, japanese.ShiftJIS, sjisPage("")), ja, "shift_jis"},
		{"shift_jis http-equiv", "text/html", encode(t, japanese.ShiftJIS,
			sjisPage(`<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">`)), ja, "shift_jis"},
		{"header beats meta", "text/html; charset=shift_jis", encode(t, japanese.ShiftJIS,
			sjisPage(`<meta charset="iso-8859-1">`)), ja, "shift_jis"},
		{"meta after long head", "text/html", encode(t, simplifiedchinese.GBK,
			gbkPage(`<script>`+strings.Repeat("var a=1;", 300)+`</script><meta charset="gbk">`)), zh, "gbk"},
		{"windows-1252 meta", "text/html", "<html><head><meta charset=windows-1252></head><body>Soci\xe9t\xe9 G\xe9n\xe9rale</body></html>",
			"Société Générale", "windows-1252"},
		{"utf-8 undeclared", "text/html", gbkPage(""), zh, "utf-8"},
		{"utf-16le BOM", "text/html", "\xff\xfe" + encode(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), gbkPage("")), zh, "utf-16le"},
		{"undeclared shift_jis detected", "text/html", encode(t, japanese.ShiftJIS, sjisPage("")+strings.Repeat("<p>"+ja+"</p>", 5)), ja, "shift_jis"},
	}
	s := newSite(t)
	for i, tc := range cases {
		path := "/p" + string(rune('a'+i))
		s.page(path, tc.ctype, tc.body)
	}
	c := testCrawler(t, nil)
	src := testSource("cs")
	src.RespectRobots = false
	for i, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p, err := c.Fetch(context.Background(), src, s.URL+"/p"+string(rune('a'+i)))
			if err != nil {
				t.Fatal(err)
			}
			if !utf8.Valid(p.Body) {
				t.Fatal("body is not valid UTF-8")
			}
			if !strings.Contains(string(p.Body), tc.want) {
				t.Errorf("body %q does not contain %q", p.Body, tc.want)
			}
			if p.Charset != tc.charset {
				t.Errorf("charset %q, want %q", p.Charset, tc.charset)
			}
		})
	}
}

func TestDecodeHTMLInvalidUTF8Repaired(t *testing.T) {
	out, cs, err := decodeHTML([]byte("<meta charset=utf-8>ok \xff\xfe bad"), "")
	if err != nil || !utf8.Valid(out) || cs != "utf-8" || !strings.Contains(string(out), "ok") {
		t.Fatalf("decodeHTML = %q, %q, %v", out, cs, err)
	}
}

func TestDecodeHTMLRefusesBinary(t *testing.T) {
	noise := make([]byte, 4096)
	for i := range noise {
		noise[i] = byte(i*131 + i/7) // every byte value, no text structure
	}
	latin1InUTF8 := "<html><body><p>" + strings.Repeat("Caf\xe9 cr\xe8me br\xfbl\xe9e, a dessert served cold. ", 40) + "</p></body></html>"
	tests := []struct {
		name   string
		body   []byte
		ctype  string
		binary bool
	}{
		{"noise as html", noise, "text/html", true},
		{"noise declared utf-8", noise, "text/html; charset=utf-8", true},
		{"png", append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), noise...), "text/html", true},
		{"stray latin-1 bytes in a utf-8 page", []byte(latin1InUTF8), "text/html; charset=utf-8", false},
		{"short page", []byte("<p>ok</p>"), "text/html", false},
		{"utf-16 with bom", []byte("\xff\xfe<\x00p\x00>\x00h\x00i\x00"), "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := decodeHTML(tc.body, tc.ctype)
			if got := errors.Is(err, errDecode); got != tc.binary {
				t.Errorf("decodeHTML error = %v, want binary=%v", err, tc.binary)
			}
		})
	}
}

func FuzzDecodeHTML(f *testing.F) {
	f.Add([]byte("<meta charset=gbk>\xb9\xfa\xbc\xd2"), "text/html")
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"), "")
	f.Add([]byte("<meta http-equiv=content-type content='text/html; charset=shift_jis'>\x82\xa0"), "text/html; charset=bogus")
	f.Add([]byte("plain \xe9"), "text/html; charset=\"iso-8859-1\"")
	f.Fuzz(func(t *testing.T, body []byte, ctype string) {
		out, cs, err := decodeHTML(body, ctype)
		if err != nil {
			return
		}
		if !utf8.Valid(out) {
			t.Fatalf("output not valid UTF-8 (charset %s)", cs)
		}
		if cs == "" {
			t.Fatal("empty charset name")
		}
	})
}
