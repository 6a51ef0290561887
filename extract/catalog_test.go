package extract

import (
	"strings"
	"testing"
)

func TestDefaultCatalogSize(t *testing.T) {
	st := DefaultCatalog().Stats()
	auth := st[TypeGovernment] + st[TypeRegulator] + st[TypeCourt] + st[TypeLegislature]
	if st["jurisdictions"] < 40 || st[TypeFirm] < 300 || auth < 200 {
		t.Errorf("catalogue too small: %d jurisdictions, %d firms, %d authorities (want 40, 300, 200)", st["jurisdictions"], st[TypeFirm], auth)
	}
}

func TestCatalogOwnersAndDescriptors(t *testing.T) {
	x := NewClaimExtractor(nil)
	cases := []struct{ text, surface, canonical string }{
		{"Taobao", "Taobao", "Alibaba Group"},
		{"Alipay", "Alipay", "Alibaba Group"},
		{"WeChat Pay", "WeChat Pay", "Tencent Holdings"},
		{"Play Store", "Play Store", "Alphabet"},
		{"WhatsApp", "WhatsApp", "Meta Platforms"},
		{"China's industry ministry", "China's industry ministry", "Ministry of Industry and Information Technology"},
		{"Britain's competition watchdog", "Britain's competition watchdog", "Competition and Markets Authority"},
		{"the SEC", "SEC", "Securities and Exchange Commission"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			toks := tokenize(c.text)
			ms := x.findMentions(toks, &docContext{})
			for _, m := range ms {
				if m.ent.Canonical == c.canonical && strings.Contains(m.ent.Name, c.surface) {
					return
				}
			}
			t.Errorf("%q: no mention with canonical %q; got %+v", c.text, c.canonical, ms)
		})
	}
}

func TestParseCatalogErrorsNameLine(t *testing.T) {
	cases := []struct{ name, data, want string }{
		{"too few fields", "# c\nfirm | US\n", "line 2"},
		{"bad kind", "firm | US | Acme\nplanet | US | Mars\n", "line 2: unknown kind"},
		{"empty name", "firm | US |  | Acme\n", "line 1: empty canonical"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := ParseCatalog([]byte(c.data))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("want error containing %q, got %v", c.want, err)
			}
		})
	}
}

func TestCatalogMerge(t *testing.T) {
	extra, err := ParseCatalog([]byte("firm | NL | Zorgbank Holding | Zorgbank | ZorgPay\nregulator | NL | Dutch Health Authority | NZa\n"))
	if err != nil {
		t.Fatal(err)
	}
	x := NewClaimExtractor(DefaultCatalog().Merge(extra))
	cs := x.Claims(Document{Text: "The NZa fined ZorgPay 2 million euros on Friday."})
	if !hasClaim(cs, wantClaim{kind: KindPenalty, actor: "Dutch Health Authority", target: "Zorgbank Holding", amount: &Amount{2e6, "EUR"}}) {
		t.Errorf("merged catalogue not used: %s", describe(cs))
	}
	// the default catalogue itself is unchanged
	if n, _ := DefaultCatalog().lookup(tokenize("ZorgPay"), 0); n != nil {
		t.Error("Merge modified the default catalogue")
	}
}
