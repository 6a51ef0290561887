package extract

import "testing"

// Round 8, tuner TM: authority acts whose kind or actor was missed, each
// frame in several wordings of our own with near misses that stay silent.

// TestFramesRuledLiableAdjunct: a ruling that a firm broke the law binds
// it, whether a date stands between the verb and "that", the firm is
// introduced by what it does, or the ruler is a regulator that "ruled".
func TestFramesRuledLiableAdjunct(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "date before that", text: "A Federal High Court in Abuja ruled on Monday that Kora Telecom was liable for leaking customer records and ordered it to pay 90 million naira in damages.",
			want: []wantClaim{want(KindMandate, "Federal High Court", "Kora Telecom"), want(KindPenalty, "Federal High Court", "Kora Telecom")}},
		{name: "descriptor before the firm", text: "A federal jury in Delaware on Thursday found that medical-device maker Orvane Systems infringed two patents owned by Sweden's Lindqvist Medical.",
			want: []wantClaim{want(KindMandate, "federal jury", "Orvane Systems")}},
		{name: "last week and the", text: "The High Court of Kenya ruled last week that the lender Kivuko Bank had breached its contract with depositors.",
			want: []wantClaim{want(KindMandate, "High Court", "Kivuko Bank")}},
		{name: "regulator ruled it had engaged in", text: "Tiendas Sol left Peru in 2019 after the competition agency Indecopi ruled it had engaged in unfair competition.",
			want: []wantClaim{want(KindMandate, "Indecopi", "Tiendas Sol")}},
		{name: "court ruled the firm violated", text: "The Seoul Central District Court ruled on Wednesday that Hanil Logistics violated the subcontracting law.",
			want: []wantClaim{want(KindMandate, "Seoul Central District Court", "Hanil Logistics")}},
		{name: "ruled for the firm is no liability", text: "A Federal High Court in Abuja ruled on Monday that Kora Telecom had acted lawfully.",
			noKind: []string{KindMandate, KindPenalty}},
		{name: "a firm's claim is no ruling", text: "Orvane Systems said on Thursday that Lindqvist Medical infringed its patents.",
			noKind: []string{KindMandate}},
		{name: "regulator found stays a probe", text: "Kenya's Competition Authority found that Baraka Foods abused its dominant position in maize flour.",
			noKind: []string{KindMandate}},
	})
}
