package extract

import (
	"fmt"
	"strings"
	"testing"
)

// The round-12 response grid asks the ways reporters say a firm answered an
// authority (complying, appealing, challenging, rejecting, welcoming,
// denying, pledging, settling, yielding), each with three kinds of firm
// name and authorities from many countries, the authority or its act named
// in the same sentence or the one before. The main grid has one wording per
// answer; this one has the idioms, headlines, fronted clauses and trailing
// attributions writers reach for, so a missing idiom shows as a row.
//
// Run with CLAIMS_GRID_LOG=1 to print every failing passage.

// r12respFirm is a firm: its first mention, the short name a later sentence
// uses, and the names a claim may carry for it.
type r12respFirm struct {
	style, first, short string
	names               []string
}

var r12respFirms = []r12respFirm{
	{style: "catalogued", first: "Xiaomi", short: "Xiaomi", names: []string{"Xiaomi"}},
	{style: "suffix", first: "Kestrel Logistics Ltd", short: "Kestrel", names: []string{"Kestrel Logistics", "Kestrel"}},
	{style: "plain", first: "Kobo Foods", short: "Kobo Foods", names: []string{"Kobo Foods"}},
}

// r12respAuth is an authority as a noun phrase, bare (for headlines and
// "the {Ab} ruling"), and the names a claim may carry for it.
type r12respAuth struct {
	text, bare string
	names      []string
}

var r12respAuths = []r12respAuth{
	{text: "Ofcom", bare: "Ofcom", names: []string{"Ofcom"}},
	{text: "the Nigerian Communications Commission", bare: "Nigerian Communications Commission", names: []string{"Nigerian Communications Commission", "NCC"}},
	{text: "the Bundeskartellamt", bare: "Bundeskartellamt", names: []string{"Bundeskartellamt"}},
	{text: "the Zambia Energy Regulation Board", bare: "Zambia Energy Regulation Board", names: []string{"Zambia Energy Regulation Board"}},
	{text: "Peru's telecoms regulator Osiptel", bare: "Osiptel", names: []string{"Osiptel"}},
	{text: "the Fiji Competition and Consumer Commission", bare: "Fiji Competition and Consumer Commission", names: []string{"Fiji Competition and Consumer Commission"}},
	{text: "the Philippine Competition Commission", bare: "Philippine Competition Commission", names: []string{"Philippine Competition Commission", "PCC"}},
	{text: "Vietnam's Ministry of Industry and Trade", bare: "Ministry of Industry and Trade", names: []string{"Ministry of Industry and Trade"}},
}

// r12respPhrase is a passage with {F} (firm, first mention), {f} (its short
// name), {A} (authority) and {Ab} (authority, bare); group names the
// answer it tells.
type r12respPhrase struct{ group, text string }

var r12respPhrases = []r12respPhrase{
	{"appeal", "{F} said it would appeal {A}'s decision."},
	{"appeal", "{F} is appealing the ruling by {A}."},
	{"appeal", "{F} has lodged an appeal with the High Court against {A}'s decision."},
	{"appeal", "{F} said it would seek a judicial review of {A}'s decision."},
	{"appeal", "{F} has asked the courts to quash {A}'s ruling."},
	{"appeal", "{A} fined {F} $2 million on Monday. {f} said it would appeal."},
	{"appeal", "{F} to appeal {Ab} ruling."},
	{"appeal", "Responding to {A}'s decision, {F} said it would appeal."},
	{"appeal", "{A}'s ruling will be appealed, {F} said on Tuesday."},
	{"challenge", "{F} launched a legal challenge to {A}'s ruling."},
	{"challenge", "{F} is challenging {A}'s order in court."},
	{"challenge", "{F} said it would mount a court challenge against {A}'s decision."},
	{"challenge", "{A} banned sales of {F}'s heaters. {f} said it would challenge the ban in court."},
	{"challenge", "{F} to challenge {Ab} fine."},
	{"challenge", "{F} vowed to fight {A}'s ban."},
	{"challenge", "{F} is seeking an injunction to halt {A}'s order."},
	{"challenge", "{F} says it will fight {Ab} ban."},
	{"challenge", "{A} charged {F} with price fixing. {f} will contest the charges, a spokesperson said."},
	{"challenge", "{A} revoked {F}'s licence. {f} said it would seek to overturn the decision."},
	{"reject", "{F} rejected {A}'s findings."},
	{"reject", "{F} dismissed {A}'s allegations as baseless."},
	{"reject", "{F} pushed back against {A}'s ruling."},
	{"reject", "{F} slammed {A}'s decision as unfair."},
	{"reject", "{F} said it disagreed with {A}'s findings."},
	{"reject", "{F} refused to comply with {A}'s order."},
	{"reject", "{F} defied {A}'s order to stop the sales."},
	{"deny", "{F} denied {A}'s accusations."},
	{"deny", "{A} accused {F} of price fixing. {f} denied the allegations."},
	{"deny", "{F} denied any wrongdoing after {A} fined it $2 million."},
	{"comply", "{F} has complied with {A}'s directive."},
	{"comply", "{F} said it would comply with the order issued by {A}."},
	{"comply", "{F} said it would abide by {A}'s ruling."},
	{"comply", "{A} ordered {F} to suspend the service. {f} said it had complied."},
	{"comply", "{F} complies with {Ab} order."},
	{"comply", "{F} has paid the penalty imposed by {A}."},
	{"comply", "{A} fined {F} $2 million. {f} has paid the fine."},
	{"comply", "{F} has pledged to refund customers following {A}'s ruling."},
	{"yield", "{F} bowed to {A}'s demands."},
	{"yield", "{F} yielded to pressure from {A}."},
	{"yield", "{F} fell into line with {A}'s directive."},
	{"yield", "{F} gave in to {A}'s demands."},
	{"yield", "{F} acceded to the request from {A}."},
	{"welcome", "{F} welcomed {A}'s decision."},
	{"welcome", "{F} hailed {A}'s ruling."},
	{"welcome", "{A} cleared {F}'s takeover of a rival. {f} welcomed the decision."},
	{"welcome", "{F} accepted {A}'s findings."},
	{"pledge", "{F} pledged to implement {A}'s recommendations."},
	{"pledge", "{F} promised to cooperate with {A}."},
	{"pledge", "In a statement, {F} said it would work with {A} to resolve the issue."},
	{"settle", "{F} settled with {A} for $5 million."},
	{"settle", "{F} agreed to settle {A}'s charges."},
	{"settle", "{F} reached a settlement with {A}."},
	{"settle", "{F} agreed to pay $5 million to settle {A}'s claims."},
}

// r12respFloor is the share of the grid that must pass, just under what the
// extractor reaches.
var r12respFloor = map[string]float64{KindResponse: 0.95}

func r12respText(p r12respPhrase, f r12respFirm, a r12respAuth) string {
	s := strings.NewReplacer("{F}", f.first, "{f}", f.short, "{Ab}", a.bare, "{A}", a.text).Replace(p.text)
	return strings.ToUpper(s[:1]) + s[1:]
}

func TestClaimsGrid12Response(t *testing.T) {
	x := NewClaimExtractor(nil)
	pass := map[string]int{}
	total := map[string]int{}
	byPhrase := map[string]int{}
	groupPass := map[string]int{}
	groupTotal := map[string]int{}
	var groups []string
	var fails []string
	for pi, p := range r12respPhrases {
		if groupTotal[p.group] == 0 {
			groups = append(groups, p.group)
		}
		for fi, f := range r12respFirms {
			a := r12respAuths[(pi+fi)%len(r12respAuths)]
			text := r12respText(p, f, a)
			c := gridCase{kind: KindResponse, actors: f.names, targets: a.names}
			got := x.Claims(Document{Text: text})
			total[KindResponse]++
			groupTotal[p.group]++
			if gridHit(c, got) {
				pass[KindResponse]++
				groupPass[p.group]++
				continue
			}
			byPhrase[p.group+" | "+p.text]++
			fails = append(fails, fmt.Sprintf("[%s] %q -> %s", f.style, text, describe(got)))
		}
	}
	for _, g := range groups {
		t.Logf("grid12-response %-10s %3d/%3d", g, groupPass[g], groupTotal[g])
	}
	checkGridRates(t, "grid12-response", []string{KindResponse}, pass, total, r12respFloor, byPhrase, fails)
}

// The same answer words where no firm answers an authority: a firm's plea
// to customers, a denial of a rumour, a settling in, a yield on a bond.
var r12respNegatives = []string{
	"{F} appealed to customers to update their app before Friday.",
	"{F} welcomed three new members to its board.",
	"{F} denied reports that its chief executive would resign.",
	"{F} challenged rivals to match its prices.",
	"{F} settled into its new headquarters last month.",
	"{F} rejected the union's pay demands.",
	"{F} pledged $5 million to a flood relief fund.",
	"{F}'s bonds yielded 4% last year.",
	"{F} complied with a customer's request for a refund.",
	"{F} said it would fight for a bigger share of the market.",
	"{F} gave in to customer demands for a cheaper plan.",
	"{F} reached a settlement with its former chief executive.",
	"{F} said it would work with retailers to cut prices.",
	"{F} hailed the launch of its new app as a success.",
}

func TestClaimsGrid12ResponseNegatives(t *testing.T) {
	x := NewClaimExtractor(nil)
	for _, p := range r12respNegatives {
		for _, f := range r12respFirms {
			text := r12respText(r12respPhrase{text: p}, f, r12respAuths[0])
			if got := x.Claims(Document{Text: text}); len(got) > 0 {
				t.Errorf("want no claim in %q, got %s", text, describe(got))
			}
		}
	}
}
