package extract

import (
	"strings"
	"testing"
)

// The round-12 action grid asks about the wordings of firm-to-firm acts
// that the verb grid (claims_grid_test.go) leaves out: the many ways
// reporters worldwide tell a purchase, a stake, a merger, a tie-up, a
// supply or licence deal, a suit, a cut-off and an exclusive deal —
// phrasal verbs, headline-ese, nouns ("X's buyout of Y"), passives,
// fronted clauses and attribution at the end. Every wording is crossed
// with three ways of naming each firm, so a hole shows as a row.
//
// Run with CLAIMS_GRID_LOG=1 to print every failing sentence.

// grid12Firms: a catalogued firm, an invented firm with a legal form, and
// an invented one- or two-word firm without one.
var grid12Firms = []gridParty{
	{style: "catalogued", text: "Vodacom", names: []string{"Vodacom"}},
	{style: "legal form", text: "Kestrel Logistics Ltd", names: []string{"Kestrel Logistics"}},
	{style: "bare name", text: "Nuvem", names: []string{"Nuvem"}},
}

// grid12Others is the other side, never in the same style as the first.
var grid12Others = []gridParty{
	{style: "bare two words", text: "Kobo Foods", names: []string{"Kobo Foods"}},
	{style: "catalogued", text: "Airtel", names: []string{"Airtel"}},
	{style: "legal form", text: "Marula Grain Holdings Plc", names: []string{"Marula Grain"}},
}

// grid12Phrases: each wording with its group for the per-group rate.
var grid12Phrases = []struct{ group, phrase string }{
	{"acquire", "{A} snapped up {T} for $40 million"},
	{"acquire", "{A} has bought out {T}"},
	{"acquire", "{A} has taken over {T}"},
	{"acquire", "{A} will absorb {T}"},
	{"acquire", "{A} clinched a deal to buy {T}"},
	{"acquire", "{A} swooped on {T}"},
	{"acquire", "{A} launched a hostile bid for {T}"},
	{"acquire", "{A}'s buyout of {T} closed on Friday"},
	{"acquire", "{A}'s $2 billion acquisition of {T} was completed last week"},
	{"acquire", "{T} has been bought by {A}"},
	{"acquire", "{T} was taken over by {A} in March"},
	{"acquire", "Having agreed to acquire {T}, {A} raised fresh debt"},
	{"acquire", "{A} to buy {T} in $300m deal"},
	{"stake", "{A} increased its stake in {T} to 51%"},
	{"stake", "{A} acquired a controlling interest in {T}"},
	{"stake", "{A} has invested $25 million in {T}"},
	{"stake", "{A} picked up a minority stake in {T}"},
	{"stake", "{A} sold its stake in {T}"},
	{"merge", "{A} agreed to merge with {T}"},
	{"merge", "{A} and {T} agreed to merge"},
	{"merge", "{A} completed its merger with {T}"},
	{"partner", "{A} signed a memorandum of understanding with {T}"},
	{"partner", "{A} has joined forces with {T}"},
	{"partner", "{A} entered into a strategic alliance with {T}"},
	{"partner", "{A} and {T} formed a joint venture"},
	{"partner", "{A} set up a joint venture with {T} to build warehouses"},
	{"partner", "{A} has inked a deal with {T}"},
	{"partner", "{A} tied up with {T} to offer loans"},
	{"supply", "{A} signed a supply agreement with {T}"},
	{"supply", "{A} will supply {T} with cement"},
	{"supply", "{A} won a contract from {T}"},
	{"supply", "{A} licensed its technology to {T}"},
	{"supply", "{A} signed a licensing deal with {T}"},
	{"supply", "{A} awarded a contract to {T}"},
	{"sue", "{A} filed a lawsuit against {T}"},
	{"sue", "{A} launched legal action against {T}"},
	{"sue", "{A} is suing {T} over unpaid fees"},
	{"sue", "{A} dragged {T} to court"},
	{"sue", "{A} has brought a claim against {T} in the High Court"},
	{"sue", "{A} filed a complaint against {T} with the regulator"},
	{"sue", "{A} won a court case against {T}"},
	{"cutoff", "{A} cut off {T}"},
	{"cutoff", "{A} stopped supplying {T}"},
	{"cutoff", "{A} blocked {T} from using its platform"},
	{"cutoff", "{A} suspended its deal with {T}"},
	{"cutoff", "{A} switched off {T}'s access to its network"},
	{"cutoff", "{A} denied {T} access to its pipeline"},
	{"exclusive", "{A} signed an exclusive deal with {T}"},
	{"exclusive", "{A} signed an exclusive distribution agreement with {T}"},
	{"exclusive", "{A} struck an exclusivity agreement with {T}"},
}

// grid12Frames: plain, fronted date and place, attribution at the end.
var grid12Frames = []struct{ name, before, after string }{
	{"plain", "", ""},
	{"fronted", "In Nairobi on Monday, ", ""},
	{"attributed", "", ", the company said in a statement"},
}

// grid12Floor sits just under what the extractor reaches.
var grid12Floor = map[string]float64{
	"acquire": 0.90, "stake": 0.79, "merge": 0.92, "partner": 0.85,
	"supply": 0.83, "sue": 0.96, "cutoff": 0.86, "exclusive": 0.88,
}

var grid12Groups = []string{"acquire", "stake", "merge", "partner", "supply", "sue", "cutoff", "exclusive"}

func TestClaimsGrid12Actions(t *testing.T) {
	x := NewClaimExtractor(nil)
	pass := map[string]int{}
	total := map[string]int{}
	byPhrase := map[string]int{}
	var fails []string
	for pi, p := range grid12Phrases {
		for fi, actor := range grid12Firms {
			target := grid12Others[(pi+fi)%len(grid12Others)]
			for _, fr := range grid12Frames {
				before := fr.before
				// A headline keeps its clipped form; a fronted clause
				// or an attribution would not read as one.
				if strings.Contains(p.phrase, " to buy {T} in ") && fr.name != "plain" {
					continue
				}
				c := gridCase{kind: KindAction, phrase: p.phrase, frame: fr.name,
					text:   gridText(p.phrase, actor, target, before, fr.after),
					actors: actor.names, targets: target.names}
				total[p.group]++
				if gridHit(c, x.Claims(Document{Text: c.text})) || grid12Reverse(c, x) {
					pass[p.group]++
					continue
				}
				byPhrase[p.group+": "+p.phrase]++
				fails = append(fails, c.text)
			}
		}
	}
	checkGridRates(t, "grid12", grid12Groups, pass, total, grid12Floor, byPhrase, fails)
}

// grid12Reverse accepts the two sides the other way round for wordings
// where both firms act alike ("A and B agreed to merge").
func grid12Reverse(c gridCase, x *ClaimExtractor) bool {
	if !strings.Contains(c.phrase, "{A} and {T}") {
		return false
	}
	r := c
	r.actors, r.targets = c.targets, c.actors
	return gridHit(r, x.Claims(Document{Text: c.text}))
}

// Near misses: the same words with no firm acting on another firm.
func TestGrid12ActionNearMisses(t *testing.T) {
	x := NewClaimExtractor(nil)
	for _, tc := range []struct{ name, text string }{
		{"snapped up by shoppers", "Shoppers snapped up the new Nuvem handsets within an hour."},
		{"took over as chief", "Amina Odhiambo took over as chief executive of Kobo Foods in May."},
		{"stake in outcome", "Farmers have a stake in the outcome of the harvest, Kestrel Logistics Ltd said."},
		{"merge lanes", "Drivers must merge into one lane near the Airtel building."},
		{"joined forces protest", "Residents joined forces to protest against the new road."},
		{"supply of water", "The supply of water to the town was cut off on Monday."},
		{"cut off by flood", "The village was cut off by floods for three days."},
		{"lawsuit by residents", "Residents filed a lawsuit against the city council over the dump."},
		{"exclusive interview", "Nuvem's chief executive gave an exclusive interview to the paper."},
		{"invested in roads", "The government has invested $25 million in rural roads."},
		{"won a case, residents", "Residents won a court case against the city council over the dump."},
		{"fronted clause, person subject", "Having taken over as chief of Kobo Foods, Amina Odhiambo cut 300 jobs."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, cl := range x.Claims(Document{Text: tc.text}) {
				if cl.Kind == KindAction {
					t.Errorf("%q: unexpected action %+v", tc.text, cl)
				}
			}
		})
	}
}
