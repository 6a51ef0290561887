package extract

import "testing"

// Round 9 (T9B): authority acts told in forms the rules missed on fresh
// writers' text. Passages are our own; each group has near-miss negatives
// with the same trigger words.

// A condition of a clearance told with its bound firm as the subject of a
// gerund ("subject to X selling ...") or as the object of the approval noun
// ("The approval requires X to ...", "a requirement that X ...") binds that
// firm, as "on condition that X sells" does.
func TestFrames14ApprovalConditionForms(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "subject-to-firm-gerund", text: "The Competition Commission of India approved Tata Steel's purchase of Neelachal Ispat, subject to Tata Steel selling two rolling mills in Odisha within a year.",
			want: []wantClaim{want(KindApproval, "Competition Commission of India", "Neelachal Ispat"), want(KindMandate, "Competition Commission of India", "Tata Steel")}},
		{name: "subject-to-short-name-gerund", text: "Norway's competition authority cleared Fjordline Cargo's acquisition of coastal shipper Vesteraal Frakt on Tuesday, subject to Fjordline divesting its Bergen terminal.",
			want: []wantClaim{want(KindMandate, "competition authority", "Fjordline Cargo")}},
		{name: "subject-to-combined-gerund", text: "Kenya's competition watchdog cleared Savanna Mills' takeover of Rift Grain Ltd, subject to the merged group keeping all 800 workers for two years.",
			want: []wantClaim{want(KindMandate, "competition watchdog", "Savanna Mills")}},
		{name: "approval-requires-object", text: "Bank Indonesia has approved Nusantara Pay's purchase of e-wallet operator DompetKu. The approval requires Nusantara Pay to keep DompetKu's customer data in Indonesia.",
			want: []wantClaim{want(KindMandate, "Bank Indonesia", "Nusantara Pay")}},
		{name: "clearance-obliges-combined", text: "The Federal Cartel Office cleared the merger of Rhein Logistik and Elbe Transport. The clearance obliges the combined company to give rivals access to its depots until 2030.",
			want: []wantClaim{want(KindMandate, "Federal Cartel Office", "Rhein Logistik")}},
		{name: "requirement-that-firm", text: "The Competition Tribunal's approval of Karoo Telecom's bid for Highveld Fibre came with several conditions, including a requirement that Karoo Telecom invest R2 billion in rural towers.",
			want: []wantClaim{want(KindMandate, "Competition Tribunal", "Karoo Telecom")}},
		// negatives: a condition with no firm bound, or no approval at all
		{name: "neg-subject-to-sale-noun", text: "The Competition Commission of India approved Tata Steel's purchase of Neelachal Ispat, subject to the sale of two rolling mills.",
			noKind: []string{KindMandate}},
		{name: "neg-subject-to-conditions", text: "South Africa's Competition Tribunal approved Umlazi Foods' purchase of 30 stores from Karoo Retail, subject to conditions protecting jobs.",
			noKind: []string{KindMandate}},
		{name: "neg-subject-to-shareholders", text: "Rhein Logistik agreed to buy Elbe Transport for 300 million euros, subject to Elbe shareholders approving the deal in June.",
			noKind: []string{KindMandate}},
		{name: "neg-deal-requires", text: "The deal requires Rhein Logistik to pay 300 million euros in cash, the company said.",
			noKind: []string{KindMandate}},
	})
}
