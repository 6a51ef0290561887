package extract

import "testing"

// Round 8, tuner TP: wordings that read like an act on a firm and are
// none, each in several wordings of our own, with positives that keep the
// true claim alive.

// TestPrecisionNamedAgentNoAuthority: a passive act whose "by" agent is
// named but is no authority (a city buying buses, a client placing an
// order) is no mandate by the authority the article named before.
func TestPrecisionNamedAgentNoAuthority(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "buses ordered by a city", text: "Poland's competition office UOKiK fined Autosan 2 million zlotys in May. Bus maker Autosan will deliver 120 electric buses ordered by Gdynia under a contract signed on Friday.",
			notWant: []wantClaim{want(KindMandate, "UOKiK", "Autosan")}, want: []wantClaim{want(KindPenalty, "UOKiK", "Autosan")}},
		{name: "trams ordered by a city after a dateline", text: "PRAGUE - Czech tram maker Skoda Transportation will supply 40 trams ordered by Ostrava, the companies said.",
			noKind: []string{KindMandate}},
		{name: "meters ordered by a county", text: "NAIROBI - Kenya Power will install 50,000 smart meters made by Hexing Electrical and ordered by Nairobi county.",
			noKind: []string{KindMandate}},
		{name: "meters ordered by a county after a fine", text: "Kenya's energy regulator EPRA fined Kenya Power last year. Kenya Power will install 50,000 smart meters ordered by Nairobi county from Chinese supplier Hexing Electrical.",
			noKind: []string{KindMandate}, want: []wantClaim{want(KindPenalty, "EPRA", "Kenya Power")}},
		{name: "trains ordered by a state operator", text: "Vienna - Alstom will build 40 regional trains ordered by Koleje Mazowieckie, the companies said on Tuesday.",
			noKind: []string{KindMandate}},
		{name: "firm ordered by the authority to act", text: "Safaricom, ordered by the Communications Authority to cut roaming fees, said it would comply.",
			want: []wantClaim{want(KindMandate, "Communications Authority", "Safaricom")}},
		{name: "banks ordered by the central bank", text: "Two lenders, Kivuko Bank and Pwani Bank, were ordered by the central bank to raise fresh capital.",
			want: []wantClaim{want(KindMandate, "central bank", "Kivuko Bank")}},
		{name: "jets ordered by an airline", text: "Brazil's aviation regulator ANAC certified the new Embraer E2 cabin last month. Embraer said the 12 jets ordered by Azul would be delivered in 2027.",
			noKind: []string{KindMandate}},
		{name: "ordered by the regulator stays", text: "Kenya's Communications Authority fined Faiba Networks last year. The audit was ordered by the Communications Authority and found that Faiba Networks had overbilled clients.",
			want: []wantClaim{want(KindPenalty, "Communications Authority", "Faiba Networks")}},
		{name: "name then what it is", text: "Shoprite was not fined by Procon-RJ, the consumer agency said on Monday.",
			want: []wantClaim{denied(KindPenalty, "consumer agency", "Shoprite")}},
		{name: "passive with agency agent", text: "Orlen was ordered by Poland's energy regulator URE to cut gas tariffs for households.",
			want: []wantClaim{want(KindMandate, "URE", "Orlen")}},
	})
}
