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
			text: "The regulator fined Orion Telecom 2 million cedis for installing masts made by Ventora Systems without permits.",
			want:      []wantClaim{want(KindPenalty, "regulator", "Orion Telecom")},
			notTarget: []string{"Ventora"}},
		{name: "a road built by a city is no firm",
			text: "The environment agency approved a coastal road built by the city of Mombasa.",
			none: true},
	})
}
