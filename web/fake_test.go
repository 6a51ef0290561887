package web

import (
	"context"
	"errors"
	"fmt"
	"html"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/claimwatch/claimwatch/extract"
	"github.com/claimwatch/claimwatch/index"
)

// fakeIndex is an in-memory Searcher for handler tests: it filters like the
// index contract says (empty filter matches all, values ORed, text is a
// case-insensitive substring of the sentence) so facet clicks change counts.
type fakeIndex struct {
	articles map[string]index.ArticleDoc
	claims   []index.ClaimDoc
	statsErr error
	// exportFailAfter > 0 makes Export fail after that many rows.
	exportFailAfter int
}

func (f *fakeIndex) match(q index.Query, c index.ClaimDoc) bool {
	in := func(vals []string, got ...string) bool {
		if len(vals) == 0 {
			return true
		}
		for _, g := range got {
			if slices.Contains(vals, g) {
				return true
			}
		}
		return false
	}
	var firms []string
	for _, t := range c.Targets {
		firms = append(firms, t.Canonical, t.Name)
	}
	if !in(q.Kind, c.Kind) || !in(q.Actor, c.Actor.Canonical, c.Actor.Name) || !in(q.Firm, firms...) ||
		!in(q.Outlet, c.Outlet) || !in(q.Country, c.Country) || !in(q.Certainty, c.Certainty) || !in(q.Language, c.Language) {
		return false
	}
	if !q.Since.IsZero() && c.Published.Before(q.Since) {
		return false
	}
	if !q.Until.IsZero() && !c.Published.Before(q.Until.AddDate(0, 0, 1)) {
		return false
	}
	if q.Text != "" && !strings.Contains(strings.ToLower(c.Sentence), strings.ToLower(q.Text)) {
		return false
	}
	return true
}

func (f *fakeIndex) matching(q index.Query) ([]index.ClaimDoc, error) {
	if strings.Contains(q.Text, "((") {
		return nil, fmt.Errorf("%w: unbalanced parenthesis in %q", index.ErrBadQuery, q.Text)
	}
	var out []index.ClaimDoc
	for _, c := range f.claims {
		if f.match(q, c) {
			out = append(out, c)
		}
	}
	if q.Sort == "date" || q.Sort == "" {
		sort.SliceStable(out, func(i, j int) bool { return out[i].Published.After(out[j].Published) })
	}
	return out, nil
}

func count(m map[string]int) []index.TermCount {
	var out []index.TermCount
	for k, n := range m {
		out = append(out, index.TermCount{Term: k, Count: n})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Term < out[j].Term
	})
	return out
}

func (f *fakeIndex) Search(ctx context.Context, q index.Query) (*index.Results, error) {
	all, err := f.matching(q)
	if err != nil {
		return nil, err
	}
	kinds, actors, firms, outlets, countries, certs, months := map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}
	for _, c := range all {
		kinds[c.Kind]++
		actors[entityName(c.Actor.Canonical, c.Actor.Name)]++
		for _, t := range c.Targets {
			firms[entityName(t.Canonical, t.Name)]++
		}
		outlets[c.Outlet]++
		countries[c.Country]++
		certs[c.Certainty]++
		months[c.Published.Format("2006-01")]++
	}
	res := &index.Results{Total: uint64(len(all)), Took: time.Millisecond}
	res.Facets = index.Facets{Kind: count(kinds), Actor: count(actors), Firm: count(firms), Outlet: count(outlets), Country: count(countries), Certainty: count(certs)}
	var names []string
	for m := range months {
		names = append(names, m)
	}
	slices.Sort(names)
	for _, m := range names {
		start, _ := time.Parse("2006-01", m)
		res.Facets.Published = append(res.Facets.Published, index.DateCount{Name: m, Start: start, End: start.AddDate(0, 1, 0), Count: months[m]})
	}
	size := q.Size
	if size == 0 {
		size = 20
	}
	for i := q.From; i < len(all) && i < q.From+size; i++ {
		c := all[i]
		hl := html.EscapeString(c.Sentence)
		if q.Text != "" {
			hl = strings.ReplaceAll(hl, html.EscapeString(q.Text), "<mark>"+html.EscapeString(q.Text)+"</mark>")
		}
		res.Hits = append(res.Hits, index.ClaimHit{ClaimDoc: c, Score: 1, Highlight: hl})
	}
	return res, nil
}

func (f *fakeIndex) SearchArticles(ctx context.Context, q index.Query) (*index.ArticleResults, error) {
	res := &index.ArticleResults{}
	for _, a := range f.articles {
		if q.Text == "" || strings.Contains(strings.ToLower(a.Text+" "+a.Title), strings.ToLower(q.Text)) {
			res.Hits = append(res.Hits, index.ArticleHit{ID: a.ID, URL: a.URL, Title: a.Title, Outlet: a.Outlet, Published: a.Published, Claims: a.ClaimCount})
		}
	}
	sort.Slice(res.Hits, func(i, j int) bool { return res.Hits[i].ID < res.Hits[j].ID })
	res.Total = uint64(len(res.Hits))
	return res, nil
}

func (f *fakeIndex) Claim(ctx context.Context, id string) (index.ClaimDoc, error) {
	for _, c := range f.claims {
		if c.ID == id {
			return c, nil
		}
	}
	return index.ClaimDoc{}, index.ErrNotFound
}

func (f *fakeIndex) Article(ctx context.Context, id string) (index.ArticleDoc, []index.ClaimDoc, error) {
	a, ok := f.articles[id]
	if !ok {
		return index.ArticleDoc{}, nil, index.ErrNotFound
	}
	var cs []index.ClaimDoc
	for _, c := range f.claims {
		if c.ArticleID == id {
			cs = append(cs, c)
		}
	}
	return a, cs, nil
}

func (f *fakeIndex) Export(ctx context.Context, q index.Query, fn func(index.ClaimDoc) error) error {
	all, err := f.matching(q)
	if err != nil {
		return err
	}
	for i, c := range all {
		if f.exportFailAfter > 0 && i == f.exportFailAfter {
			return errDown
		}
		if err := fn(c); err != nil {
			return err
		}
	}
	return nil
}

func (f *fakeIndex) Stats(ctx context.Context) (index.Stats, error) {
	if f.statsErr != nil {
		return index.Stats{}, f.statsErr
	}
	return index.Stats{Articles: uint64(len(f.articles)), Claims: uint64(len(f.claims)), SizeBytes: 4096}, nil
}

var errDown = errors.New("index: closed")

// fixture is a small world: three outlets report one Alibaba fine within two
// days, plus a probe, a mandate and a hedged approval; article "a-xss" has a
// title and sentence carrying markup.
func fixture() *fakeIndex {
	f := &fakeIndex{articles: map[string]index.ArticleDoc{}}
	day := func(d int) time.Time { return time.Date(2021, 4, d, 9, 0, 0, 0, time.UTC) }
	samr := extract.Entity{Name: "the State Administration for Market Regulation", Canonical: "SAMR", Type: extract.TypeRegulator, Country: "CN"}
	alibaba := extract.Entity{Name: "Alibaba", Canonical: "Alibaba Group", Type: extract.TypeFirm, Country: "CN"}
	tencent := extract.Entity{Name: "Tencent", Canonical: "Tencent", Type: extract.TypeFirm, Country: "CN"}
	add := func(id, outlet, country string, published time.Time, title, text string, claims ...extract.Claim) {
		f.articles[id] = index.ArticleDoc{ID: id, URL: "https://" + strings.ToLower(outlet) + ".example/" + id, Source: strings.ToLower(outlet), Outlet: outlet,
			Country: country, Language: "en", Title: title, Published: published, Text: text, ClaimCount: len(claims)}
		for i, c := range claims {
			// Offsets in code points, found rather than hand-counted.
			if at := strings.Index(text, c.Sentence); at >= 0 {
				c.Start = utf8.RuneCountInString(text[:at])
				c.End = c.Start + utf8.RuneCountInString(c.Sentence)
			}
			f.claims = append(f.claims, index.ClaimDoc{Claim: c, ID: fmt.Sprintf("%s-%d", id, i), ArticleID: id, URL: f.articles[id].URL,
				Source: strings.ToLower(outlet), Outlet: outlet, Title: title, Country: country, Language: "en", Published: published})
		}
	}
	fineText := "Regulators fined Alibaba 18.2 billion yuan on Saturday.\n\nThe company said it accepted the penalty."
	fine := extract.Claim{Kind: extract.KindPenalty, Actor: samr, Targets: []extract.Entity{alibaba}, Action: "fine", Certainty: extract.Asserted,
		Amount: &extract.Amount{Value: 18.2e9, Currency: "CNY"}, Sentence: "Regulators fined Alibaba 18.2 billion yuan on Saturday.", Start: 0, End: 55, Confidence: 0.9, Rule: "penalty.fine"}
	resp := extract.Claim{Kind: extract.KindResponse, Actor: alibaba, Targets: []extract.Entity{samr}, Action: "accept", Stance: "comply", Certainty: extract.Asserted,
		Sentence: "The company said it accepted the penalty.", Start: 57, End: 98, Confidence: 0.7, Rule: "response.accept"}
	add("a-reuters", "Reuters", "GB", day(10), "China fines Alibaba record $2.8 billion", fineText, fine, resp)
	add("a-caixin", "Caixin", "CN", day(11), "Alibaba fined 18.2 billion yuan", fineText, fine)
	add("a-scmp", "SCMP", "HK", day(12), "Alibaba hit with record fine", fineText, fine)
	probe := extract.Claim{Kind: extract.KindProbe, Actor: samr, Targets: []extract.Entity{tencent}, Action: "investigate", Certainty: extract.Reported,
		Attribution: "people familiar with the matter", Sentence: "SAMR is investigating Tencent, people familiar with the matter said.", Start: 0, End: 67, Confidence: 0.8, Rule: "probe.investigate"}
	add("a-probe", "Reuters", "GB", day(20), "Tencent faces probe", "SAMR is investigating Tencent, people familiar with the matter said.", probe)
	mandate := extract.Claim{Kind: extract.KindMandate, Actor: extract.Entity{Name: "MIIT", Canonical: "MIIT", Type: extract.TypeRegulator, Country: "CN"},
		Targets: []extract.Entity{alibaba, tencent}, Action: "tell", Prohibition: true, Certainty: extract.Reported, Attribution: "21st Century Business Herald",
		Sentence: "MIIT told Alibaba and Tencent to stop blocking links.", Start: 0, End: 53, Confidence: 0.85, Rule: "mandate.tell"}
	add("a-miit", "Caixin", "CN", time.Date(2021, 9, 13, 8, 0, 0, 0, time.UTC), "MIIT orders end to link blocking", "MIIT told Alibaba and Tencent to stop blocking links.", mandate)
	xss := extract.Claim{Kind: extract.KindApproval, Actor: samr, Targets: []extract.Entity{{Name: "<script>alert(1)</script> Corp", Type: extract.TypeFirm}}, Action: "approve",
		Certainty: extract.Hedged, Sentence: `SAMR may approve <script>alert(1)</script> Corp's "deal" & more.`, Start: 0, End: 64, Confidence: 0.5, Rule: "approval.approve"}
	add("a-xss", "Tabloid", "US", day(25), `<img src=x onerror=alert(1)> deal`, `SAMR may approve <script>alert(1)</script> Corp's "deal" & more.`, xss)
	return f
}

// bulk adds n similar claims so exports span several pages.
func (f *fakeIndex) bulk(n int) {
	for i := range n {
		id := fmt.Sprintf("bulk-%03d", i)
		f.claims = append(f.claims, index.ClaimDoc{
			Claim: extract.Claim{Kind: extract.KindAction, Actor: extract.Entity{Name: "Firm A", Type: extract.TypeFirm},
				Targets: []extract.Entity{{Name: "Firm B", Type: extract.TypeFirm}}, Action: "block", Certainty: extract.Asserted,
				Sentence: fmt.Sprintf("Firm A blocked Firm B, case %d.", i), Confidence: 0.6, Rule: "action.block"},
			ID: id, ArticleID: id, Outlet: "Bulk", Country: "DE", Language: "de", Published: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i),
		})
	}
}
