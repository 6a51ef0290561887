package extract

import "testing"

// Round-6 (B) frames: certainty by the spec, responses phrased as remedies,
// reservations or actions, and references across sentences. Each frame is
// written in several wordings, with near misses.

func certain(kind, actor, target, certainty string) wantClaim {
	return wantClaim{kind: kind, actor: actor, target: target, certainty: certainty}
}

func TestFrames8Certainty(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "counted officials are sources",
			text: "Kenya's energy regulator has ordered Savanna Power to restore supply to three counties within 48 hours, two officials at the agency said.",
			want: []wantClaim{certain(KindMandate, "energy regulator", "Savanna Power", Reported)}},
		{name: "several people briefed",
			text: "The Competition Commission of Pakistan fined Indus Cement Ltd 1 billion rupees, several people briefed on the matter said.",
			want: []wantClaim{certain(KindPenalty, "Competition Commission of Pakistan", "Indus Cement", Reported)}},
		{name: "plain officials said stays asserted",
			text: "The Communications Authority fined Telkom Kenya 20 million shillings for dropped calls, officials said.",
			want: []wantClaim{certain(KindPenalty, "Communications Authority", "Telkom Kenya", Asserted)}},
		{name: "a named official of the authority is asserted",
			text: "The Japan Fair Trade Commission ordered Rakuten Group to scrap the clause, a JFTC official told reporters.",
			want: []wantClaim{certain(KindMandate, "Japan Fair Trade Commission", "Rakuten", Asserted)}},
		{name: "state news agency reported",
			text: "Egypt's competition authority opened an investigation into Juhayna Food Industries over milk prices, state news agency MENA reported.",
			want: []wantClaim{certain(KindProbe, "competition authority", "Juhayna", Reported)}},
		{name: "the Interfax news agency reported citing a court statement",
			text: "A Moscow court fined Apple Inc 3 million roubles, the Interfax news agency reported, citing a court statement.",
			want: []wantClaim{certain(KindPenalty, "Moscow court", "Apple", Reported)}},
		{name: "correcting earlier reports is no attribution",
			text: "Peru's consumer agency Indecopi did not fine Saga Falabella over the sale, the agency said on Monday, correcting earlier press reports.",
			want: []wantClaim{{kind: KindPenalty, actor: "Indecopi", target: "Saga Falabella", certainty: Asserted, negated: true}}},
		{name: "contrary to weekend reports",
			text: "Contrary to weekend reports, the Bundeskartellamt has not ordered Lidl to change its supplier terms, an office spokesman said.",
			want: []wantClaim{{kind: KindMandate, actor: "Bundeskartellamt", target: "Lidl", certainty: Asserted, negated: true}}},
		{name: "speaking on condition of anonymity",
			text: "Vietnam Airlines has been ordered to suspend two routes by the Civil Aviation Authority of Vietnam, a company official said, speaking on condition of anonymity.",
			want: []wantClaim{certain(KindMandate, "Civil Aviation Authority of Vietnam", "Vietnam Airlines", Reported)}},
		{name: "asked not to be named",
			text: "The Securities and Exchange Board of India has asked Adani Enterprises to explain the trades, said an official who asked not to be named.",
			want: []wantClaim{certain(KindMandate, "Securities and Exchange Board of India", "Adani", Reported)}},
		{name: "a document seen by a wire rests on the wire",
			text: "Indonesia's trade ministry ordered Shopee to stop selling imported goods below $100, according to a document seen by Reuters.",
			want: []wantClaim{certain(KindMandate, "trade ministry", "Shopee", Reported)}},
		{name: "a notice seen by a wire is the authority's own",
			text: "Flipkart has been asked by the Competition Commission of India to submit its seller agreements within 30 days, according to a notice seen by Reuters.",
			want: []wantClaim{certain(KindMandate, "Competition Commission of India", "Flipkart", Asserted)}},
		{name: "whether to challenge is hedged",
			text: "Spain's government barred BBVA from merging with Banco Sabadell for three years. BBVA said the condition was unprecedented and that it was studying whether to challenge it in court.",
			want: []wantClaim{{kind: KindResponse, actor: "BBVA", target: "Spain", certainty: Hedged}}},
	})
}
