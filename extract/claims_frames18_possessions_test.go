package extract

import "testing"

// Round 14 (T14O): an act on a firm's things is an act on the firm. These
// passages are self-written; each group tells one linguistic shape in other
// words, voices, countries and entity kinds, with near misses beside it.

// An authority's object told as a thing and its maker in a reduced relative
// clause ("a drug made by X", "audits carried out by X", "a depot which is
// operated by X"): the maker is the party acted on.
func TestFramesPossessionsMakerPhrase(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "approval of a made-by drug version",
			text: "Health Canada has approved a biosimilar version of the arthritis drug adalimumab made by Qorvant Biologics, the company said on Tuesday.",
			want: []wantClaim{want(KindApproval, "Health Canada", "Qorvant Biologics")}},
		{name: "ban of products produced by a firm",
			text: "The Ghana Standards Authority has banned the sale of two brands of cooking oil produced by Kumasi Agro Processing after tests found excess trans fats.",
			want: []wantClaim{want(KindMandate, "Ghana Standards Authority", "Kumasi Agro Processing")}},
		{name: "probe of audits carried out by a firm",
			text: "The Dutch regulator said it was also reviewing the quality of audits carried out by Van Dijk Accountants.",
			want: []wantClaim{want(KindProbe, "regulator", "Van Dijk Accountants")}},
		{name: "recall of a formula manufactured by a firm",
			text: "Brazil's health regulator Anvisa on Friday ordered the recall of 40,000 tins of an infant formula manufactured by Nutrilar Alimentos.",
			want: []wantClaim{want(KindMandate, "Anvisa", "Nutrilar Alimentos")}},
		{name: "inquiry into a leak at a depot operated by a firm",
			text: "Kenya's energy regulator is investigating a fuel leak at a storage depot operated by Rift Petroleum Ltd, the authority said.",
			want: []wantClaim{want(KindProbe, "regulator", "Rift Petroleum")}},
		{name: "approval of fees at an airport which is run by a firm",
			text: "Ghana's civil aviation authority approved a 15% rise in landing fees at Kotoka airport, which is operated by Accra Airport Holdings.",
			want: []wantClaim{want(KindApproval, "civil aviation authority", "Accra Airport Holdings")}},
		{name: "hedged approval of a version produced by a firm",
			text: "The Saudi Food and Drug Authority is expected to approve a locally made copy of the diabetes drug dapagliflozin produced by Tabuk Pharma within weeks, people familiar with the matter said.",
			want: []wantClaim{{kind: KindApproval, actor: "Saudi Food and Drug Authority", target: "Tabuk Pharma", certainty: Hedged}}},
		// near misses
		{name: "a film produced by a person is no firm's",
			text: "The ministry banned the screening of a documentary produced by journalist Ama Owusu.",
			none: true},
		{name: "suspension of imports sold by a firm",
			text: "Nigeria's food and drug agency NAFDAC has suspended imports of a cough syrup sold by Lagos distributor Emzor Trading pending laboratory tests.",
			want: []wantClaim{want(KindMandate, "NAFDAC", "Emzor Trading")}},
		{name: "a supplier's make beside the fined firm is no party",
			text:      "The regulator fined Orion Telecom 2 million cedis for installing masts made by Ventora Systems without permits.",
			want:      []wantClaim{want(KindPenalty, "regulator", "Orion Telecom")},
			notTarget: []string{"Ventora"}},
		{name: "a road built by a city is no firm",
			text: "The environment agency approved a coastal road built by the city of Mombasa.",
			none: true},
	})
}

// A deal told as one firm's possessed noun ("X's takeover of Y") names both
// parties; the bought firm is often a bare name after a country's
// possessive ("of Norway's Y", "for Peru's Y"), which alone would read as
// a place's word. An act on the deal is an act on both.
func TestFramesPossessionsDealObject(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "probe of a purchase of a country's firm",
			text: "The Competition Commission of South Africa has opened a probe into Karoo Freight's R4 billion purchase of Namibia's Swakopline, the watchdog said.",
			want: []wantClaim{want(KindProbe, "Competition Commission", "Karoo Freight"), want(KindProbe, "Competition Commission", "Swakopline")}},
		{name: "examining a merger with a country's firm",
			text: "Brazil's CADE is examining Grupo Sertao's proposed merger with Chile's Andalue.",
			want: []wantClaim{want(KindProbe, "CADE", "Grupo Sertao"), want(KindProbe, "CADE", "Andalue")}},
		{name: "approval of a takeover of a country's firm",
			text: "Turkey's competition board approved Anadolu Gida's takeover of Bulgaria's Rodopa on Thursday.",
			want: []wantClaim{want(KindApproval, "competition board", "Anadolu Gida"), want(KindApproval, "competition board", "Rodopa")}},
		{name: "block of a bid for a country's firm",
			text: "Mexico's Cofece blocked Grupo Altamar's bid for Peru's Costamar, saying the deal would leave one supplier of canned tuna.",
			want: []wantClaim{want(KindMandate, "Cofece", "Grupo Altamar"), want(KindMandate, "Cofece", "Costamar")}},
		{name: "in-depth inquiry past a shipowner description",
			text: "EU regulators opened an in-depth investigation on Monday into Danish ferry operator Nordsund Linjer's 900 million euro takeover of Estonia's Saaremeri.",
			want: []wantClaim{want(KindProbe, "EU regulators", "Nordsund Linjer"), want(KindProbe, "EU regulators", "Saaremeri")}},
		// near misses
		{name: "a place after a purchase of goods is no party",
			text:      "The regulator fined Karoo Freight for its purchase of diesel from Namibia's Walvis Bay depot.",
			notTarget: []string{"Walvis"}},
		{name: "a country's president after a deal is no firm",
			text:      "Regulators in Nairobi approved Simba Cement's merger with Bamburi Lime after talks with Kenya's Ruto.",
			notTarget: []string{"Ruto"}},
	})
}

// A firm's ties examined: the possessor is the party, the firm at the far
// end of the tie is not.
func TestFramesPossessionsTies(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "ties to a start-up",
			text:      "Examiners from the central bank are reviewing Lakeshore Bank's ties to Finpay, a payments start-up, the people said.",
			want:      []wantClaim{want(KindProbe, "central bank", "Lakeshore Bank")},
			notTarget: []string{"Finpay"}},
		{name: "links with a broker",
			text:      "Singapore's MAS is investigating Merlion Securities' links with Kestrel Brokers over a string of block trades.",
			want:      []wantClaim{want(KindProbe, "MAS", "Merlion Securities")},
			notTarget: []string{"Kestrel"}},
		{name: "the lender's dealings with a fintech",
			text:      "The regulator is examining the lender's dealings with Zephyr Pay.",
			notTarget: []string{"Zephyr"}},
		// near miss: an inquiry naming both firms stays on both
		{name: "inquiry into two firms",
			text: "The regulator is investigating Merlion Securities and Kestrel Brokers over block trades.",
			want: []wantClaim{want(KindProbe, "regulator", "Merlion Securities"), want(KindProbe, "regulator", "Kestrel Brokers")}},
	})
}

// An inquiry into whether one firm did something to another firm's thing
// examines the first firm only.
func TestFramesPossessionsWhetherThing(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "maker and the airline's jet",
			text:      "The agency said it had opened an investigation into whether Airbus failed to inspect the Qantas jet that lost a panel over Perth.",
			want:      []wantClaim{want(KindProbe, "agency", "Airbus")},
			notTarget: []string{"Qantas"}},
		{name: "builder and the operator's ship",
			text:      "The maritime authority has opened an investigation into whether Samsung Heavy Industries cut corners on the Maersk vessel that listed off Gothenburg.",
			want:      []wantClaim{want(KindProbe, "maritime authority", "Samsung Heavy Industries")},
			notTarget: []string{"Maersk"}},
		// near miss: two firms as the clause's subject stay
		{name: "two subjects of the clause",
			text: "The commission opened an investigation into whether Vela Foods and Costa Dairy fixed milk prices.",
			want: []wantClaim{want(KindProbe, "commission", "Vela Foods"), want(KindProbe, "commission", "Costa Dairy")}},
	})
}
