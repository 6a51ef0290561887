package web

import (
	"context"
	"flag"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/claimwatch/claimwatch/extract"
	"github.com/claimwatch/claimwatch/index"
)

// The README's picture is of the demo's data, taken by hand; this keeps the
// test's own picture (of its fixture index) where a developer asks for it.
var screenshotOut = flag.String("screenshot-out", "", "also write the search page's screenshot to this file")

// chromePath finds headless Chromium; without one the test skips, except in
// CI where a missing browser must fail loudly rather than pass silently.
func chromePath(t *testing.T) string {
	t.Helper()
	candidates := []string{os.Getenv("CHROME_PATH"), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"}
	for _, p := range candidates {
		if p == "" {
			continue
		}
		if _, err := exec.LookPath(p); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("no Chromium at $CHROME_PATH or /usr/bin/chromium; CI must install it (apt-get install chromium)")
	}
	t.Skip("no Chromium at $CHROME_PATH or /usr/bin/chromium; install it (apt-get install chromium) to run the browser test")
	return ""
}

// browserIndex builds a real index with hand-made entries: four outlets, all
// six kinds, one fine reported by three outlets.
func browserIndex(t *testing.T) *index.Index {
	t.Helper()
	ix, err := index.Open(filepath.Join(t.TempDir(), "index.bleve"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	samr := extract.Entity{Name: "SAMR", Canonical: "State Administration for Market Regulation", Type: extract.TypeRegulator, Country: "CN"}
	miit := extract.Entity{Name: "MIIT", Canonical: "Ministry of Industry and Information Technology", Type: extract.TypeRegulator, Country: "CN"}
	alibaba := extract.Entity{Name: "Alibaba", Canonical: "Alibaba", Type: extract.TypeFirm, Country: "CN"}
	tencent := extract.Entity{Name: "Tencent", Canonical: "Tencent", Type: extract.TypeFirm, Country: "CN"}
	meituan := extract.Entity{Name: "Meituan", Canonical: "Meituan", Type: extract.TypeFirm, Country: "CN"}
	type item struct {
		outlet, country string
		day             int
		title           string
		sentences       []string
		claims          []extract.Claim
	}
	claim := func(kind string, actor extract.Entity, action, certainty string, targets ...extract.Entity) extract.Claim {
		return extract.Claim{Kind: kind, Actor: actor, Targets: targets, Action: action, Certainty: certainty, Confidence: 0.8, Rule: "browser." + kind}
	}
	fine := claim(extract.KindPenalty, samr, "fine", extract.Asserted, alibaba)
	fine.Amount = &extract.Amount{Value: 18.228e9, Currency: "CNY"}
	probe := claim(extract.KindProbe, samr, "investigate", extract.Reported, meituan)
	probe.Attribution = "people familiar with the matter"
	mandate := claim(extract.KindMandate, miit, "tell", extract.Reported, alibaba, tencent)
	mandate.Prohibition = true
	items := []item{
		{"Reuters", "GB", 10, "China fines Alibaba a record $2.8 billion", []string{"China's market regulator fined Alibaba 18.228 billion yuan on Saturday.", "Alibaba said it accepted the penalty and would comply."},
			[]extract.Claim{fine, claim(extract.KindResponse, alibaba, "accept", extract.Asserted, samr)}},
		{"Caixin", "CN", 11, "Alibaba fined 18.2 billion yuan in antitrust case", []string{"The regulator fined Alibaba 18.228 billion yuan for abusing its dominance."}, []extract.Claim{fine}},
		{"SCMP", "HK", 12, "Alibaba hit with record antitrust fine", []string{"Regulators fined Alibaba 18.228 billion yuan, the largest such penalty."}, []extract.Claim{fine}},
		{"Reuters", "GB", 26, "China probes Meituan over alleged monopoly", []string{"SAMR is investigating Meituan, people familiar with the matter said."}, []extract.Claim{probe}},
		{"Caixin", "CN", 40, "MIIT tells tech giants to stop blocking links", []string{"MIIT told Alibaba and Tencent to stop blocking each other's links."}, []extract.Claim{mandate}},
		{"Nikkei", "JP", 41, "Tencent opens WeChat to Taobao links", []string{"Tencent will allow Alibaba's Taobao links in WeChat."}, []extract.Claim{claim(extract.KindAction, tencent, "allow", extract.Asserted, alibaba)}},
		{"Nikkei", "JP", 50, "Regulator clears Tencent deal", []string{"SAMR approved Tencent's purchase of a stake, it may be reported."}, []extract.Claim{claim(extract.KindApproval, samr, "approve", extract.Hedged, tencent)}},
		{"SCMP", "HK", 55, "Meituan fined in food delivery case", []string{"SAMR fined Meituan 3.44 billion yuan."}, []extract.Claim{claim(extract.KindPenalty, samr, "fine", extract.Asserted, meituan)}},
		{"Reuters", "GB", 70, "Tencent told to end exclusive music rights", []string{"SAMR ordered Tencent to end exclusive music licensing deals."}, []extract.Claim{claim(extract.KindMandate, samr, "order", extract.Asserted, tencent)}},
		{"Caixin", "CN", 90, "Meituan pledges to rectify", []string{"Meituan said it would resolutely comply with the regulator's decision."}, []extract.Claim{claim(extract.KindResponse, meituan, "comply", extract.Asserted, samr)}},
	}
	var entries []index.Entry
	for i, it := range items {
		text := strings.Join(it.sentences, "\n\n")
		claims := make([]extract.Claim, len(it.claims))
		for j, c := range it.claims {
			s := it.sentences[min(j, len(it.sentences)-1)]
			at := strings.Index(text, s)
			c.Sentence = s
			c.Start = len([]rune(text[:at]))
			c.End = c.Start + len([]rune(s))
			claims[j] = c
		}
		u := fmt.Sprintf("https://%s.example/2021/%d", strings.ToLower(it.outlet), i)
		entries = append(entries, index.Entry{
			Article: index.ArticleDoc{ID: index.ArticleID(u), URL: u, Source: strings.ToLower(it.outlet), Outlet: it.outlet, Country: it.country,
				Language: "en", Title: it.title, Published: time.Date(2021, 4, 1, 8, 0, 0, 0, time.UTC).AddDate(0, 0, it.day), Text: text},
			Claims: claims,
		})
	}
	if err := ix.Upsert(context.Background(), entries...); err != nil {
		t.Fatal(err)
	}
	return ix
}

func TestBrowser(t *testing.T) {
	chrome := chromePath(t)
	ix := browserIndex(t)
	ts := newTestServer(t, nil, func(o *Options) { o.Index = ix })

	alloc, cancel := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(chrome),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 1000),
	)
	defer cancel()
	ctx, cancel := chromedp.NewContext(alloc)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 90*time.Second)
	defer cancel()

	total := func(step string) int {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#total")))
		if err != nil {
			t.Fatalf("%s: read total: %v", step, err)
		}
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil {
			t.Fatalf("%s: total %q", step, s)
		}
		return n
	}
	// waitFor waits for a navigation to finish: the condition holds in the
	// new page. Evaluating while the old page unloads fails, so errors only
	// mean "not yet".
	waitFor := func(cond string) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, tgt *chromedp.Target) error {
			var last error
			for range 200 {
				ok, err := chromedp.Evaluate[bool](cond)(ctx, tgt)
				if err == nil && ok {
					return nil
				}
				last = err
				if err := ctx.Err(); err != nil {
					return err
				}
				time.Sleep(50 * time.Millisecond)
			}
			return fmt.Errorf("waiting for %s: %v", cond, last)
		})
	}

	// The start page lists everything.
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#total"))); err != nil {
		t.Fatal(err)
	}
	if n := total("start"); n != 11 {
		t.Fatalf("start page shows %d claims, want 11", n)
	}

	// Search through the form.
	if err := chromedp.Do(ctx,
		chromedp.SetValue(chromedp.CSS("#q"), "fined"),
		chromedp.Submit(chromedp.CSS("#q")),
		waitFor(`document.readyState === "complete" && location.search.includes("q=fined")`),
		chromedp.WaitVisible(chromedp.CSS("#total")),
	); err != nil {
		t.Fatalf("search: %v", err)
	}
	searched := total("search")
	if searched < 4 || searched >= 11 {
		t.Fatalf("search for fined shows %d claims, want 4 to 10", searched)
	}
	grouped, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(".card .also summary")))
	if err != nil {
		t.Fatalf("no grouped card: %v", err)
	}
	if !strings.Contains(grouped, "reported by 3 outlets") {
		t.Errorf("group summary %q", grouped)
	}
	shot := func(name string) []byte {
		t.Helper()
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatalf("screenshot: %v", err)
		}
		if err := os.WriteFile(filepath.Join(t.TempDir(), name), png, 0o644); err != nil {
			t.Fatal(err)
		}
		return png
	}
	png := shot("search.png")
	if *screenshotOut != "" {
		if err := os.WriteFile(*screenshotOut, png, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	// Click the Caixin outlet facet: fewer results, and a chip to undo it.
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`section.facet[data-param="outlet"] a[href*="outlet=Caixin"]`)),
		waitFor(`document.readyState === "complete" && location.search.includes("outlet=Caixin")`),
		chromedp.WaitVisible(chromedp.CSS("a.chip")),
	); err != nil {
		t.Fatalf("facet click: %v", err)
	}
	if n := total("facet"); n >= searched || n < 1 {
		t.Fatalf("after the outlet facet %d claims, want fewer than %d", n, searched)
	}

	// Open the article of the first card: its claim is marked in the text.
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(".card .article-link")),
		waitFor(`document.readyState === "complete" && location.pathname.startsWith("/articles/")`),
		chromedp.WaitVisible(chromedp.CSS("article.article")),
	); err != nil {
		t.Fatalf("article: %v", err)
	}
	marks, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("mark.claim")].map(m => m.title)`))
	if err != nil {
		t.Fatal(err)
	}
	if len(marks) == 0 || !strings.Contains(marks[0], "State Administration for Market Regulation") {
		t.Fatalf("article marks %q", marks)
	}
	shot("article.png")

	// A query carrying a script must come back as text.
	if err := chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/?q="+url.QueryEscape(`<script>window.pwned=true</script>`)),
		chromedp.WaitVisible(chromedp.CSS("#q")),
	); err != nil {
		t.Fatal(err)
	}
	pwned, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`window.pwned === true`))
	if err != nil {
		t.Fatal(err)
	}
	if pwned {
		t.Fatal("a script in the query ran")
	}
}
