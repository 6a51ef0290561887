package extract

import "testing"

// Round 14, tuner T14D: firm-to-firm deals and disputes in the idiom of
// real business news. Each frame is written in several wordings of our own
// (other regions, tenses and orders), with near misses that share the
// trigger words and must stay silent.

// TestFramesSaleToBuyer: a sale told as the seller's possessed noun with
// the buyer after "to" ("X's sale to Y closed") is the buyer acquiring the
// seller; an authority clearing such a sale clears both sides.
func TestFramesSaleToBuyer(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "sale to closed", text: "Kiwi Grocer's sale to Kauri Fresh finally closed on Friday, a week after the last court challenge was dropped.",
			want: []wantClaim{want(KindAction, "Kauri Fresh", "Kiwi Grocer")}},
		{name: "sale with amount and adjective", text: "Banco Andino's long-delayed $2.1 billion sale to Grupo Sura was completed in March.",
			want: []wantClaim{want(KindAction, "Grupo Sura", "Banco Andino")}},
		{name: "disposal to, apostrophe after s", text: "Sahel Logistics' disposal to Dakar Ports Holding is expected to close by June, the company said.",
			want: []wantClaim{want(KindAction, "Dakar Ports Holding", "Sahel Logistics")}},
		{name: "authority clears the sale", text: "The Competition Commission of Pakistan on Monday approved Indus Motors' sale to Toyota Tsusho.",
			want: []wantClaim{want(KindApproval, "Competition Commission of Pakistan", "Toyota Tsusho"), want(KindApproval, "Competition Commission of Pakistan", "Indus Motors")}},
		{name: "sales to customers: no deal", text: "Kauri Fresh's sales to supermarkets rose 8% in the quarter, the company said.",
			noKind: []string{KindAction}},
		{name: "sale to a place: no deal", text: "Nordvik Timber's sale to Germany of two sawmills was blocked last year.",
			noKind: []string{KindAction}},
	})
}

// TestFramesArbitrationAgainst: arbitration is a case like a lawsuit: a
// firm filing, launching, seeking or pursuing it against another firm sues
// that firm; against its regulator it resists; with no party it is no claim.
func TestFramesArbitrationAgainst(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "would pursue arbitration against", text: "Marfrig said on Monday it would pursue arbitration against Minerva Foods after the buyer walked away from the plant deal.",
			want: []wantClaim{want(KindAction, "Marfrig", "Minerva Foods")}},
		{name: "filed for arbitration against", text: "Zambian miner Kansanshi Copper has filed for arbitration against its smelting partner Chambishi Metals over unpaid fees.",
			want: []wantClaim{want(KindAction, "Kansanshi Copper", "Chambishi Metals")}},
		{name: "launched arbitration proceedings against", text: "Petrovietnam Gas launched arbitration proceedings against Sembcorp Marine in Singapore last week, two people said.",
			want: []wantClaim{want(KindAction, "Petrovietnam Gas", "Sembcorp Marine")}},
		{name: "initiated arbitration against", text: "Naftogaz initiated arbitration against Gazprom at the Stockholm chamber of commerce in 2014.",
			want: []wantClaim{want(KindAction, "Naftogaz", "Gazprom")}},
		{name: "is seeking arbitration against", text: "Indian developer Lodha Estates is seeking arbitration against Brookfield Asset Management over the office towers.",
			want: []wantClaim{want(KindAction, "Lodha Estates", "Brookfield Asset Management")}},
		{name: "arbitration with no party", text: "Marfrig said it would pursue arbitration if the talks failed.",
			noKind: []string{KindAction}},
		{name: "arbitration against the regulator is a challenge", text: "Orbitel Mobile filed for arbitration against the Telecommunications Regulatory Authority over the licence fee.",
			noKind: []string{KindAction}},
	})
}

