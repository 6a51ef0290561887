package extract

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
)

// The forms grid asks about the shapes a claim takes when no active verb
// joins the authority to the firm: the act told without its agent (the
// authority named in a sentence before or after, or as "officials said"),
// the act told as a noun ("the regulator's fine on X", "X's purchase of
// Y"), the clipped headline followed by a body sentence that names the
// authority, and a firm's act told as complying with an authority's act
// named as a noun. The verb grid (claims_grid_test.go) covers active and
// passive verbs with their agent; this one covers what it leaves out, and
// every form is crossed with every way of naming the firm, so a hole shows
// as a row rather than as one writer's sentence.
//
// Run with CLAIMS_GRID_LOG=1 to print every failing passage.

// formFirm is one way to name the firm: its first mention, the way the
// passage names it again, and the names a claim may carry for it.
type formFirm struct {
	style, first, ref string
	names             []string
}

var formFirms = []formFirm{
	{style: "catalogued", first: "Safaricom", ref: "the company", names: []string{"Safaricom"}},
	{style: "unknown one word", first: "Zorvex", ref: "Zorvex", names: []string{"Zorvex"}},
	{style: "unknown two words", first: "Kestrel Freight", ref: "the company", names: []string{"Kestrel Freight"}},
	{style: "descriptor", first: "coach operator Wexby Travel", ref: "the coach operator", names: []string{"Wexby Travel"}},
	{style: "legal form", first: "Brightwave Holdings Ltd", ref: "Brightwave", names: []string{"Brightwave"}},
}

// formAuth is an authority: as a noun phrase, bare (for "a {Ab} ban"),
// and the names a claim may carry for it.
type formAuth struct {
	style, text, bare string
	names             []string
}

var formAuths = []formAuth{
	{style: "catalogued", text: "the Federal Trade Commission", bare: "Federal Trade Commission", names: []string{"Federal Trade Commission", "FTC"}},
	{style: "unknown full name", text: "Poland's Civil Aviation Authority", bare: "Civil Aviation Authority", names: []string{"Civil Aviation Authority"}},
	{style: "ministry", text: "the Ministry of Transport", bare: "Ministry of Transport", names: []string{"Ministry of Transport"}},
	{style: "unknown commission", text: "the Zambia Competition Commission", bare: "Zambia Competition Commission", names: []string{"Zambia Competition Commission"}},
}

// The other firm of a deal or suit.
var formOthers = []formFirm{
	{style: "unknown one word", first: "Kaaspay", names: []string{"Kaaspay"}},
	{style: "descriptor", first: "rival Tembo Mobile", names: []string{"Tembo Mobile"}},
	{style: "unknown two words", first: "Patra Stores", names: []string{"Patra Stores"}},
}

// formPhrase is a passage with {A} (authority), {Ab} (authority bare),
// {T} (firm, first mention), {t} (firm named again), {O} (other firm).
// The claim sought runs from the authority to the firm, except responses
// (firm to authority) and actions (firm to the other firm).
type formPhrase struct {
	form, kind, text string
}

var formPhrases = []formPhrase{
	// (a) agentless: the act without its agent, the authority elsewhere.
	{"agentless", KindMandate, "{T} has been ordered to stop selling the heaters, {A} said on Tuesday."},
	{"agentless", KindMandate, "{T} has been ordered to close its depot. {A} issued the order after inspectors found faults."},
	{"agentless", KindMandate, "{T} has been barred from signing up new customers. {A} said {t} had ignored earlier warnings."},
	{"agentless", KindMandate, "{T} was ordered on Monday to recall the heaters, according to {A}."},
	{"agentless", KindPenalty, "{T} has had its operating licence revoked. {A} took the decision after inspectors found faults."},
	{"agentless", KindPenalty, "{T} has been fined $2 million for misleading adverts, {A} said."},
	{"agentless", KindPenalty, "{T} was fined $2 million on Tuesday. {A} said {t} had misled customers."},
	{"agentless", KindPenalty, "{T} has had its licence suspended for six months, {A} said on Friday."},
	{"agentless", KindProbe, "{T} is under investigation over its pricing, {A} said."},
	{"agentless", KindProbe, "{T} is being investigated for possible price fixing, {A} confirmed on Monday."},
	{"agentless", KindApproval, "{T} has been granted a banking licence, {A} said."},
	{"agentless", KindApproval, "{T} has had its banking licence approved. {A} said the approval followed a year-long review."},
	{"agentless", KindApproval, "{T}'s takeover of {O} has been cleared, {A} said on Wednesday."},
	{"agentless", KindResponse, "{T} has been fined $2 million, {A} said. {t} said it would appeal."},
	{"agentless", KindAction, "{O} has been sold to {T} for $40 million, the two firms said."},

	// (b) nominal: the act told as a noun.
	{"nominal", KindPenalty, "{A}'s $2 million fine on {T} is the largest it has imposed."},
	{"nominal", KindPenalty, "A $2 million fine for {T} was announced by {A} on Monday."},
	{"nominal", KindPenalty, "The fine imposed on {T} by {A} was cut on appeal."},
	{"nominal", KindPenalty, "The revocation of {T}'s licence by {A} leaves 300 drivers without work."},
	{"nominal", KindApproval, "The approval of {T}'s bid for {O} by {A} clears the way for the deal."},
	{"nominal", KindApproval, "{A}'s approval of {T}'s licence came after a long review."},
	{"nominal", KindApproval, "The clearance of {T}'s takeover of {O} by {A} ends a year-long review."},
	{"nominal", KindProbe, "A probe into {T} by {A} found that it had overcharged customers."},
	{"nominal", KindProbe, "{A}'s investigation into {T} is expected to end next year."},
	{"nominal", KindProbe, "The investigation into {T} by {A} began in May."},
	{"nominal", KindMandate, "An order requiring {T} to recall the heaters was issued by {A} on Monday."},
	{"nominal", KindMandate, "{A}'s order requiring {T} to recall the heaters takes effect next month."},
	{"nominal", KindMandate, "{A}'s ban on {T} selling the heaters took effect on Monday."},
	{"nominal", KindAction, "{T}'s purchase of {O} was completed on Monday."},
	{"nominal", KindAction, "{T}'s takeover of {O} closed on Friday."},
	{"nominal", KindAction, "{T}'s acquisition of {O} makes it the largest grocer in the region."},
	{"nominal", KindAction, "{T}'s lawsuit against {O} will be heard in March."},
	{"nominal", KindAction, "{T} completed its purchase of 112 outlets from {O} on Monday."},
	{"nominal", KindResponse, "{A} fined {T} $2 million in May. {t}'s appeal against the ruling will be heard in March."},
	{"nominal", KindResponse, "{T}'s appeal against {A}'s decision was dismissed on Monday."},
	{"nominal", KindResponse, "{T}'s challenge to {A}'s ruling will be heard in March."},

	// (c) headline-ese first line, the authority named in the body.
	{"headline", KindPenalty, "Regulator fines {T} over data leaks\n{A} said {t} had failed to protect customer data."},
	{"headline", KindPenalty, "{T} fined $2m over leaks\n{A} said {t} had failed to protect customer data."},
	{"headline", KindPenalty, "{T} loses licence\n{A} said {t} had failed safety checks on five buses."},
	{"headline", KindApproval, "{T} gets nod for {O} buy\n{A} said the deal would not reduce competition."},
	{"headline", KindApproval, "{T} wins licence\n{A} said {t} met every condition."},
	{"headline", KindProbe, "Regulator to probe {T} over billing\n{A} said it had received complaints about {t}'s billing."},
	{"headline", KindProbe, "{T} faces probe over prices\n{A} said it would look at how {t} set its fares."},
	{"headline", KindResponse, "{T} to appeal fine\n{A} fined {t} $2 million last week for misleading adverts."},
	{"headline", KindMandate, "{T} ordered to recall heaters\n{A} said {t} had overcharged 20,000 customers."},
	{"headline", KindMandate, "{T} told to halt sales\n{A} said the heaters could catch fire."},
	{"headline", KindAction, "{T} completes {O} buy\nThe deal makes {t} the largest grocer in the region."},

	// (d) a firm's act told as answering an authority's act named as a noun.
	{"complying", KindResponse, "{T} has suspended its service to comply with a ban by {A}."},
	{"complying", KindMandate, "{T} has suspended its service to comply with a ban by {A}."},
	{"complying", KindResponse, "{T} has suspended its service to comply with a {Ab} ban on app-based taxis, the company said."},
	{"complying", KindMandate, "{T} has suspended its service to comply with a {Ab} ban on app-based taxis, the company said."},
	{"complying", KindResponse, "{T} halted sales of the heaters after {A}'s order on Monday."},
	{"complying", KindMandate, "{T} halted sales of the heaters after {A}'s order on Monday."},
	{"complying", KindResponse, "{T} said it had dropped the fee in response to the probe by {A}."},
	{"complying", KindProbe, "{T} said it had dropped the fee in response to the probe by {A}."},
	{"complying", KindResponse, "{T} has withdrawn the adverts following an order from {A}."},
	{"complying", KindMandate, "{T} has withdrawn the adverts following an order from {A}."},
}

// formCase is one generated passage.
type formCase struct {
	form, kind, phrase, firmStyle, text string
	actors, targets                     []string
}

// formCases crosses every phrase with every firm style; the authority and
// the other firm turn with the phrase so every pairing occurs.
func formCases() []formCase {
	var out []formCase
	for pi, p := range formPhrases {
		for fi, f := range formFirms {
			a := formAuths[(pi+fi)%len(formAuths)]
			o := formOthers[(pi+fi)%len(formOthers)]
			text := strings.NewReplacer("{Ab}", a.bare, "{A}", a.text, "{T}", f.first, "{t}", f.ref, "{O}", o.first).Replace(p.text)
			c := formCase{form: p.form, kind: p.kind, phrase: p.text, firmStyle: f.style, text: sentenceCase(text)}
			switch p.kind {
			case KindResponse:
				c.actors, c.targets = f.names, a.names
			case KindAction:
				c.actors, c.targets = f.names, o.names
			default:
				c.actors, c.targets = a.names, f.names
			}
			out = append(out, c)
		}
	}
	return out
}

// sentenceCase capitalises the first letter of the passage and of every
// sentence or line in it, as a reference like "the company" would be.
func sentenceCase(s string) string {
	r := []rune(s)
	up := true
	for i, c := range r {
		if up && unicode.IsLetter(c) {
			r[i] = unicode.ToUpper(c)
			up = false
			continue
		}
		if c == '\n' || (c == ' ' && i > 0 && r[i-1] == '.') {
			up = true
		} else if c != ' ' {
			up = false
		}
	}
	return string(r)
}

func formHit(c formCase, got []Claim) bool {
	for _, cl := range got {
		if cl.Kind != c.kind || !gridNamed(cl.Actor, c.actors) {
			continue
		}
		for _, t := range cl.Targets {
			if gridNamed(t, c.targets) {
				return true
			}
		}
	}
	return false
}

// formFloor is the share of each form that must pass, just under what the
// extractor reaches.
var formFloor = map[string]float64{
	"agentless": 0.75,
	"nominal":   0.88,
	"headline":  0.70,
	"complying": 0.80,
}

func TestClaimsFormsGrid(t *testing.T) {
	x := NewClaimExtractor(nil)
	pass := map[string]int{}
	total := map[string]int{}
	byPhrase := map[string]int{}
	var fails []string
	for _, c := range formCases() {
		total[c.form]++
		got := x.Claims(Document{Text: c.text})
		if formHit(c, got) {
			pass[c.form]++
			continue
		}
		byPhrase[c.form+" "+c.kind+" | "+c.phrase]++
		fails = append(fails, fmt.Sprintf("%s %s [%s] %q -> %s", c.form, c.kind, c.firmStyle, c.text, describe(got)))
	}
	checkGridRates(t, "forms", []string{"agentless", "nominal", "headline", "complying"}, pass, total, formFloor, byPhrase, fails)
}

// TestClaimsFormsNegative holds the same forms with no claim in them:
// persons and sports bodies, things that are no firm, agents that are no
// authority, a firm's own orders, possibilities and questions.
func TestClaimsFormsNegative(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "noun by: a stadium approved", text: "The approval of the new stadium by the city council ends a decade of debate.", none: true},
		{name: "noun by: a vaccine cleared", text: "Approval of the vaccine by the Food and Drug Administration came on Monday.", none: true},
		{name: "noun by: an inquiry into a crash", text: "The investigation into the crash by the Civil Aviation Authority is expected to take a year.", none: true},
		{name: "noun by: an auditor is no authority", text: "The audit of Zorvex's accounts by KPMG found no errors.", noKind: []string{KindProbe}},
		{name: "noun by: a firm's order of buses", text: "The order of ten buses by Kestrel Freight was the largest this year.", noKind: []string{KindMandate}},
		{name: "noun by: a player fined", text: "A $20,000 fine for striker Tom Hale was announced by the league on Monday.", none: true},
		{name: "noun by: a ban on smoking", text: "The ban on smoking in bars by the Ministry of Health took effect in May.", none: true},
		{name: "agentless: a player banned, next sentence a ministry", text: "Striker Tom Hale was banned for three matches on Tuesday. The Ministry of Sport said it would review stadium security.", none: true},
		{name: "agentless: a product approved, next sentence a regulator", text: "The new heater model was approved for sale in March. The Federal Trade Commission said complaints had fallen.", none: true},
		{name: "had its: a record year", text: "Zorvex has had its best year since 2015, the Federal Trade Commission said in a market report.", none: true},
		{name: "had its: a threat", text: "Operators found hoarding fuel would have their licences revoked, the ministry warned.", none: true},
		{name: "question in a headline", text: "Will regulators fine Zorvex?\nThe Federal Trade Commission has not said whether it will act.", none: true},
		{name: "complying: the order fell on a rival", text: "Zorvex raised its prices after the Federal Trade Commission's order against Kaaspay.",
			notWant: []wantClaim{want(KindMandate, "Federal Trade Commission", "Zorvex"), want(KindResponse, "Zorvex", "Federal Trade Commission")}},
		{name: "complying: founded after a ban", text: "Zorvex was founded after the Ministry of Transport's ban on ride-hailing apps.",
			notWant: []wantClaim{want(KindMandate, "Ministry of Transport", "Zorvex"), want(KindResponse, "Zorvex", "Ministry of Transport")}},
		{name: "complying: shares fell after an order", text: "Safaricom's shares fell after the Communications Authority's order on Monday.",
			notWant: []wantClaim{want(KindResponse, "Safaricom", "Communications Authority")}},
		{name: "complying: an app launched after a probe", text: "Zorvex launched a new app after the Federal Trade Commission's probe.",
			notWant: []wantClaim{want(KindResponse, "Zorvex", "Federal Trade Commission")}},
		{name: "complying: refused after an order", text: "Kestrel Freight said it would not cut its fees after an order from the Ministry of Transport.",
			notWant: []wantClaim{stance(KindResponse, "Kestrel Freight", "Ministry of Transport", "comply")}},
		{name: "headline: a player fined", text: "Striker fined over tackle\nThe Football Association said the player had been warned twice.", none: true},
		{name: "headline: a firm's loss of a contract", text: "Zorvex loses contract\nThe Ministry of Transport said it would pick a new supplier next month.", none: true},
		{name: "headline: escapes a fine", text: "Zorvex escapes fine over leaks\nThe Federal Trade Commission said Zorvex had fixed the fault.", noKind: []string{KindPenalty}},
		{name: "headline: a firm wins an award", text: "Kestrel Freight wins award\nThe Ministry of Transport said Kestrel Freight had the safest trucks.", none: true},
		{name: "headline: body opens with a person", text: "Zorvex fined over leaks\nChief executive Anna Berg said Zorvex would pay.", noKind: []string{KindPenalty}},
		{name: "under investigation: a person, said by a regulator", text: "Its former chief executive is under investigation, the Federal Trade Commission said.", none: true},
		{name: "under review: a plan, not a firm", text: "The merger plan is under investigation, the Zambia Competition Commission said.", none: true},
		{name: "a firm's own order to staff", text: "Safaricom has ordered its staff to work from home. The Communications Authority said the network was stable.", none: true},
	})
}
