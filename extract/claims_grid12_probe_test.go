package extract

import (
	"fmt"
	"strings"
	"testing"
)

// The round-12 probe grid asks about the many ways reporters tell that an
// authority is looking into a firm: investigations, inquiries, raids,
// audits, inspections, charges, suits, summonses, requests for information
// and referrals, each in active, passive, nominal, headline and
// clause-final-attribution shapes. Every wording is crossed with three
// ways of naming the firm (catalogued, invented with a legal suffix,
// invented without one) and with authorities from many countries, so a
// hole shows as a row of failures rather than as one writer's sentence.
//
// Run with CLAIMS_GRID_LOG=1 to print every failing sentence.

var probe12Firms = []gridParty{
	{style: "catalogued", text: "Safaricom", names: []string{"Safaricom"}},
	{style: "legal suffix", text: "Kestrel Logistics Ltd", names: []string{"Kestrel Logistics"}},
	{style: "bare one word", text: "Nuvem", names: []string{"Nuvem"}},
	{style: "bare two words", text: "Kobo Foods", names: []string{"Kobo Foods"}},
}

var probe12Auths = []gridParty{
	{style: "catalogued", text: "the Federal Trade Commission", names: []string{"Federal Trade Commission", "FTC"}},
	{style: "invented agency", text: "Ghana's Food and Drugs Authority", names: []string{"Food and Drugs Authority"}},
	{style: "invented commission", text: "the Peruvian Competition Commission", names: []string{"Peruvian Competition Commission"}},
	{style: "ministry", text: "the Indonesian Ministry of Trade", names: []string{"Ministry of Trade", "Indonesian Ministry of Trade"}},
	{style: "office", text: "Brazil's Federal Prosecutor's Office", names: []string{"Federal Prosecutor's Office", "Prosecutor's Office"}},
}

// probe12Phrases: {A} authority, {T} firm.
var probe12Phrases = []string{
	// active verbs
	"{A} has opened an investigation into {T} over its pricing",
	"{A} launched an inquiry into {T}",
	"{A} is investigating {T} for possible price fixing",
	"{A} has begun investigating {T}",
	"{A} raided the headquarters of {T} on Tuesday",
	"{A} searched {T}'s offices in the capital",
	"{A} audited {T}'s accounts",
	"{A} has ordered an audit of {T}",
	"{A} inspected {T}'s warehouses",
	"{A} carried out an inspection at {T}'s plant",
	"{A} charged {T} with fraud",
	"{A} has filed charges against {T}",
	"{A} sued {T} over deceptive adverts",
	"{A} has filed suit against {T}",
	"{A} summoned {T} to explain the outage",
	"{A} has summoned executives of {T}",
	"{A} asked {T} for information about its pricing",
	"{A} sent {T} a request for information",
	"{A} has referred {T} to prosecutors",
	"{A} referred {T} to the competition tribunal",
	"{A} is examining {T}'s pricing",
	"{A} is scrutinising {T}'s takeover of a rival",
	"{A} has stepped up its scrutiny of {T}",
	"{A} opened a criminal case against {T}",
	"{A} initiated proceedings against {T}",
	"{A} has indicted {T} on bribery charges",
	"{A} is reviewing {T}'s conduct",
	"{A} has launched a formal inquiry into {T}'s lending practices",
	"{A} demanded documents from {T}",
	"{A} issued a subpoena to {T}",
	// passive and nominal
	"{T} is being probed by {A}",
	"{T} was raided by {A} on Tuesday",
	"{T} has been charged by {A} with fraud",
	"{T} was summoned by {A}",
	"{T} has been referred to prosecutors by {A}",
	"{T} has been sued by {A}",
	"{T} faces an investigation by {A}",
	"{T} came under investigation by {A}",
	"{T} is the subject of an inquiry by {A}",
	"{A}'s investigation into {T} is continuing",
	"{A}'s raid on {T}'s offices lasted nine hours",
	"{A}'s lawsuit against {T} seeks damages",
	// clause-final attribution, headline-ese
	"{T} is under investigation by {A}, officials said",
	"{A} probes {T} over data leak",
	"{A} sues {T} over fake reviews",
	"{A} raids {T} offices",
}

// probe12Negatives use the same words with no authority acting on a firm.
var probe12Negatives = []string{
	"{T} launched an internal investigation into the leak.",
	"{T} said it would audit its own suppliers next year.",
	"{T} charged customers more for delivery in March.",
	"{T} inspected the new trucks before the launch.",
	"{T} asked customers for feedback on its app.",
	"Will {A} investigate {T}?",
	"Campaigners urged {A} to investigate {T}.",
	"{T} referred customers to its website for details.",
	"{T} summoned the courage to enter the Kenyan market.",
	"{T}'s chief executive reviewed the troops at a company parade.",
}

type probe12Case struct {
	phrase, firmStyle, authStyle, text string
	actors, targets                    []string
}

func probe12Cases() []probe12Case {
	var out []probe12Case
	for pi, phrase := range probe12Phrases {
		for fi, firm := range probe12Firms {
			auth := probe12Auths[(pi+fi)%len(probe12Auths)]
			out = append(out, probe12Case{
				phrase: phrase, firmStyle: firm.style, authStyle: auth.style,
				text:   gridText(phrase, auth, firm, "", ""),
				actors: auth.names, targets: firm.names,
			})
		}
	}
	return out
}

// probe12Floor sits just under what the extractor reaches.
var probe12Floor = map[string]float64{KindProbe: 0.95}

// probe12MandateOK: the spec lists summoning, and asking or demanding
// something of a firm, as mandates, so those rows pass as either kind.
func probe12MandateOK(phrase string) bool {
	for _, w := range []string{"summon", "asked", "demanded", "request for information"} {
		if strings.Contains(phrase, w) {
			return true
		}
	}
	return false
}

func TestClaimsGrid12Probe(t *testing.T) {
	x := NewClaimExtractor(nil)
	pass := map[string]int{}
	total := map[string]int{}
	byPhrase := map[string]int{}
	var fails []string
	for _, c := range probe12Cases() {
		total[KindProbe]++
		got := x.Claims(Document{Text: c.text})
		if gridHit(gridCase{kind: KindProbe, actors: c.actors, targets: c.targets}, got) ||
			(probe12MandateOK(c.phrase) && gridHit(gridCase{kind: KindMandate, actors: c.actors, targets: c.targets}, got)) {
			pass[KindProbe]++
			continue
		}
		byPhrase[c.phrase]++
		fails = append(fails, fmt.Sprintf("[%s/%s] %q -> %s", c.authStyle, c.firmStyle, c.text, describe(got)))
	}
	checkGridRates(t, "probe12", []string{KindProbe}, pass, total, probe12Floor, byPhrase, fails)
}

func TestClaimsGrid12ProbeNegatives(t *testing.T) {
	x := NewClaimExtractor(nil)
	for pi, phrase := range probe12Negatives {
		for fi, firm := range probe12Firms {
			auth := probe12Auths[(pi+fi)%len(probe12Auths)]
			text := strings.TrimSuffix(gridText(phrase, auth, firm, "", ""), ".")
			for _, cl := range x.Claims(Document{Text: text}) {
				if cl.Kind == KindProbe {
					t.Errorf("want no probe in %q, got %s", text, describe([]Claim{cl}))
				}
			}
		}
	}
}
