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

// TestFramesDisputeSettled: two firms that settle, resolve or end the
// dispute, lawsuit or legal battle between them act on each other (the
// claim is scored either way round); a firm settling with an authority, or
// settling a bill, is no firm-to-firm act.
func TestFramesDisputeSettled(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "co-subjects settled their dispute", text: "Etihad Airways and Boeing have settled their long-running dispute over late 787 deliveries, the two companies said on Thursday.",
			want: []wantClaim{want(KindAction, "Etihad Airways", "Boeing")}},
		{name: "co-subjects ended their legal battle", text: "Spotify and Tencent Music ended their three-year legal battle over royalty rates in March.",
			want: []wantClaim{want(KindAction, "Spotify", "Tencent Music")}},
		{name: "settled its patent dispute with", text: "Ericsson settled its patent dispute with Lenovo on Monday, ending suits in four countries.",
			want: []wantClaim{want(KindAction, "Ericsson", "Lenovo")}},
		{name: "resolved its lawsuit against", text: "Brazilian airline Azul has resolved its lawsuit against aircraft lessor AerCap, a filing showed.",
			want: []wantClaim{want(KindAction, "Azul", "AerCap")}},
		{name: "are settling the row, present", text: "Tata Steel and Thyssenkrupp are settling their row over the failed merger out of court.",
			want: []wantClaim{want(KindAction, "Tata Steel", "Thyssenkrupp")}},
		{name: "settled with a regulator: no firm act", text: "Ericsson settled its dispute with the Swedish Tax Agency on Monday.",
			noKind: []string{KindAction}},
		{name: "settled a bill: no act", text: "Kenya Power settled its bills with the fuel suppliers last month.",
			noKind: []string{KindAction}},
		{name: "the quarter ended: no act", text: "Spotify and Tencent Music ended the quarter with more subscribers.",
			noKind: []string{KindAction}},
	})
}

// TestFramesDealAsObject: a deal noun that is the object of the buyer's own
// verb ("is exploring an acquisition of Y", "has proposed a takeover of Y")
// is the subject buying the firm after "of"; a pronoun later in the
// sentence is no party.
func TestFramesDealAsObject(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "exploring an acquisition of, reported", text: "Emirates Steel is exploring an acquisition of Egyptian rolling mill Ezz Flat Steel as it looks to grow in Africa, two people familiar with the matter said.",
			want: []wantClaim{want(KindAction, "Emirates Steel", "Ezz Flat Steel")}},
		{name: "considering a takeover of", text: "Japan's Seven Bank is considering a takeover of Philippine lender CitySavings Bank, the Nikkei reported.",
			want: []wantClaim{want(KindAction, "Seven Bank", "CitySavings Bank")}},
		{name: "has proposed a merger of", text: "Grupo Bimbo has proposed a purchase of Canada Bread for about C$1.8 billion.",
			want: []wantClaim{want(KindAction, "Grupo Bimbo", "Canada Bread")}},
		{name: "weighing a sale: no buyer named", text: "Ezz Flat Steel is weighing a sale of its Suez plant, people said.",
			noKind: []string{KindAction}},
		{name: "a regulator considering an acquisition is no buyer", text: "The Competition Authority of Kenya is considering an acquisition of Naivas by a private equity fund.",
			notWant: []wantClaim{want(KindAction, "Competition Authority of Kenya", "Naivas")}},
	})
}

// TestFramesTheirJointPurchase: "their" before a buy noun stands for the
// firms the sentence opens with; each buys the firm after "of", and the
// buyers are not made partners of each other by it.
func TestFramesTheirJointPurchase(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "asked a court to stop review of their joint purchase", text: "Vodacom and MTN asked the Competition Tribunal on Monday to halt the commission's review of their joint purchase of Telkom's tower business.",
			want: []wantClaim{want(KindAction, "Vodacom", "Telkom"), want(KindAction, "MTN", "Telkom")}},
		{name: "completed their acquisition of", text: "Mitsui and Mitsubishi Corp said on Friday they had completed their $3 billion acquisition of Chilean miner Anglo Sur.",
			want: []wantClaim{want(KindAction, "Mitsui", "Anglo Sur"), want(KindAction, "Mitsubishi Corp", "Anglo Sur")}},
		{name: "their purchases of shares: no firm after of", text: "Vodacom and MTN defended their purchases of government bonds last year.",
			noKind: []string{KindAction}},
	})
}

// TestFramesArguedApproval: a clearance told in the passive inside a
// party's argument is the party's contention, not the authority's act.
func TestFramesArguedApproval(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "arguing the deal was deemed approved", text: "Vodacom and MTN asked the Competition Tribunal to halt the commission's review of their joint purchase of Telkom's tower business, arguing the deal was deemed approved when they notified the regulator.",
			noKind: []string{KindApproval}},
		{name: "contending the merger had been approved", text: "Grupo Bimbo sued the Federal Economic Competition Commission, contending its purchase of Canada Bread had been approved in 2014.",
			noKind: []string{KindApproval}},
		{name: "an approval stated as fact stays", text: "The Competition Commission of South Africa approved Vodacom's purchase of Maziv, arguing the deal would widen fibre access.",
			want: []wantClaim{want(KindApproval, "Competition Commission of South Africa", "Vodacom")}},
	})
}
