package web

import (
	"strings"
	"testing"

	"github.com/claimwatch/claimwatch/extract"
	"github.com/claimwatch/claimwatch/index"
)

func claimAt(id string, start, end int) index.ClaimDoc {
	return index.ClaimDoc{ID: id, Claim: extract.Claim{Kind: "probe", Actor: extract.Entity{Name: "A"}, Start: start, End: end}}
}

func TestMarkArticle(t *testing.T) {
	cases := []struct {
		name   string
		title  string
		text   string
		claims []index.ClaimDoc
		title0 string   // rendered title
		paras  []string // rendered paragraphs
	}{
		{
			name: "code points not bytes", text: "Ünïcödé fine: 罚款 Alibaba.",
			claims: []index.ClaimDoc{claimAt("x", 14, 16)},
			paras:  []string{`Ünïcödé fine: <span class="anchor" id="claim-x"></span><mark class="claim kind-probe depth-1" data-claims="c0" title="probe: A">罚款</mark> Alibaba.`},
		},
		{
			name: "overlapping spans become flat segments", text: "abcdefgh",
			claims: []index.ClaimDoc{claimAt("p", 0, 5), claimAt("q", 3, 8)},
			paras: []string{`<span class="anchor" id="claim-p"></span><mark class="claim kind-probe depth-1" data-claims="c0" title="probe: A">abc</mark>` +
				`<span class="anchor" id="claim-q"></span><mark class="claim kind-probe depth-2" data-claims="c0 c1" title="probe: A` + "\n" + `probe: A">de</mark>` +
				`<mark class="claim kind-probe depth-1" data-claims="c1" title="probe: A">fgh</mark>`},
		},
		{
			name: "escaping inside and outside marks", text: `<b>x</b> & "y"`,
			claims: []index.ClaimDoc{claimAt("e", 3, 4)},
			paras:  []string{`&lt;b&gt;<span class="anchor" id="claim-e"></span><mark class="claim kind-probe depth-1" data-claims="c0" title="probe: A">x</mark>&lt;/b&gt; &amp; &#34;y&#34;`},
		},
		{
			name: "span across paragraphs gets one anchor", text: "one two\n\n\nthree four",
			claims: []index.ClaimDoc{claimAt("s", 4, 15)},
			paras: []string{
				`one <span class="anchor" id="claim-s"></span><mark class="claim kind-probe depth-1" data-claims="c0" title="probe: A">two</mark>`,
				`<mark class="claim kind-probe depth-1" data-claims="c0" title="probe: A">three</mark> four`,
			},
		},
		{
			name: "bad offsets fall back to the sentence", text: "First. Second one.",
			claims: []index.ClaimDoc{{ID: "f", Claim: extract.Claim{Kind: "action", Actor: extract.Entity{Name: "A"}, Sentence: "Second one.", Start: 50, End: 40}}},
			paras:  []string{`First. <span class="anchor" id="claim-f"></span><mark class="claim kind-action depth-1" data-claims="c0" title="action: A">Second one.</mark>`},
		},
		{
			name: "unlocatable claim leaves text alone", text: "Nothing here.",
			claims: []index.ClaimDoc{{ID: "n", Claim: extract.Claim{Kind: "action", Sentence: "Elsewhere.", Start: -1, End: 99}}},
			paras:  []string{`Nothing here.`},
		},
		{
			name: "title claim", title: "Acme fined", text: "Body.",
			claims: []index.ClaimDoc{{ID: "t", Claim: extract.Claim{Kind: "penalty", Actor: extract.Entity{Name: "FTC"}, Field: "title", Start: 0, End: 10}}},
			title0: `<span class="anchor" id="claim-t"></span><mark class="claim kind-penalty depth-1" data-claims="c0" title="penalty: FTC">Acme fined</mark>`,
			paras:  []string{"Body."},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m := markArticle(index.ArticleDoc{Title: tc.title, Text: tc.text}, tc.claims)
			if tc.title0 != "" && string(m.Title) != tc.title0 {
				t.Errorf("title\n got %s\nwant %s", m.Title, tc.title0)
			}
			if len(m.Paragraphs) != len(tc.paras) {
				t.Fatalf("%d paragraphs, want %d: %q", len(m.Paragraphs), len(tc.paras), m.Paragraphs)
			}
			for i := range tc.paras {
				if string(m.Paragraphs[i]) != tc.paras[i] {
					t.Errorf("paragraph %d\n got %s\nwant %s", i, m.Paragraphs[i], tc.paras[i])
				}
			}
		})
	}
}

func FuzzMarkArticle(f *testing.F) {
	f.Add("Alibaba was fined.\n\nIt <b>accepted</b>.", 0, 18, 5, 30)
	f.Add("日本語のテキスト", 2, 4, 3, 1)
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2 int) {
		claims := []index.ClaimDoc{claimAt("a", s1, e1), claimAt("b", s2, e2)}
		m := markArticle(index.ArticleDoc{Title: text, Text: text}, claims)
		for _, p := range m.Paragraphs {
			if strings.Count(string(p), "<mark") != strings.Count(string(p), "</mark>") {
				t.Fatalf("unbalanced marks: %s", p)
			}
			if strings.Count(string(p), "<") != strings.Count(string(p), "<mark")+strings.Count(string(p), "</mark>")+strings.Count(string(p), "<span")+strings.Count(string(p), "</span>") {
				t.Fatalf("stray tag: %s", p)
			}
		}
	})
}

func TestSafeHighlight(t *testing.T) {
	cases := []struct{ name, in, sentence, want string }{
		{"marks kept", "SAMR <mark>fined</mark> Alibaba", "", "SAMR <mark>fined</mark> Alibaba"},
		{"escaped text stays escaped once", "a &lt;b&gt; <mark>c</mark> &amp; d", "", "a &lt;b&gt; <mark>c</mark> &amp; d"},
		{"raw markup escaped", "<script>x</script> <mark>y</mark>", "", "&lt;script&gt;x&lt;/script&gt; <mark>y</mark>"},
		{"empty falls back to sentence", "", "A <i>", "A &lt;i&gt;"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := string(safeHighlight(tc.in, tc.sentence)); got != tc.want {
				t.Errorf("got %s, want %s", got, tc.want)
			}
		})
	}
}

func FuzzSafeHighlight(f *testing.F) {
	f.Add("a <mark>b</mark> &lt;c&gt;")
	f.Fuzz(func(t *testing.T, in string) {
		out := string(safeHighlight(in, ""))
		rest := strings.NewReplacer("<mark>", "", "</mark>", "").Replace(out)
		if strings.ContainsAny(rest, "<>\"") {
			t.Fatalf("unescaped markup in %q", out)
		}
	})
}
