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
		{name: "requirement-that-short-name", text: "The Competition Tribunal's approval of Karoo Telecom's bid for a stake in Highveld Fibre came with conditions, including a requirement that Karoo spend R2 billion on rural towers.",
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

// An authority's own inquiry told after its act on a firm, owned by the
// authority ("Its investigation found ..., the agency said", "The
// regulator's inspection teams found ...", "The commission said its inquiry
// began ...") but naming no firm, is that authority's probe of the firms it
// just acted on. A firm's own review, or an inquiry with no act before it,
// is none.
func TestFrames14OwnedInquiryAfterAct(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "its-investigation-found-agency-said", text: "The Australian Communications and Media Authority fined Dingo Mobile A$2 million over scam calls. Its investigation found that 30,000 scam calls were carried on the network in a month, the authority said.",
			want: []wantClaim{want(KindProbe, "Australian Communications and Media Authority", "Dingo Mobile")}},
		{name: "regulators-inspection-teams-found", text: "Pakistan's Oil and Gas Regulatory Authority (Ogra) imposed fines on Attock Fuels and Hascol Petroleum for failing to keep fuel stocks. The regulator's inspection teams found that outlets of both companies had run dry.",
			want: []wantClaim{want(KindProbe, "Oil and Gas Regulatory Authority", "Attock Fuels"), want(KindProbe, "Oil and Gas Regulatory Authority", "Hascol Petroleum")}},
		{name: "commission-said-its-inquiry-began", text: "The Competition Tribunal ordered Harbour Pipes Ltd to pay a penalty after a case brought by the Competition Commission. The Competition Commission also directed Harbour Pipes Ltd to change its tender rules. The commission said its inquiry began after a complaint from a rival in 2022.",
			want: []wantClaim{want(KindProbe, "Competition Commission", "Harbour Pipes Ltd")}},
		{name: "acronym-possessive-audit-showed", text: "Kenya's Energy and Petroleum Regulatory Authority (EPRA) suspended the licence of Rubis Kenya for 30 days. EPRA's audit showed that the company had sold fuel below the required standard.",
			want: []wantClaim{want(KindProbe, "Energy and Petroleum Regulatory Authority", "Rubis Kenya")}},
		// negatives
		{name: "neg-firm-own-review", text: "The Australian Communications and Media Authority fined Dingo Mobile A$2 million over scam calls. Dingo Mobile said its internal review found that a software fault was to blame.",
			noKind: []string{KindProbe}},
		{name: "neg-no-act-before", text: "Prices of cement rose 20 percent last year. Its investigation found that three makers had raised prices together, the agency said.",
			noKind: []string{KindProbe}},
		{name: "neg-approval-before", text: "The Competition Commission approved Kestrel Foods' purchase of Lark Dairies. Its review found that the deal would not harm competition, the commission said.",
			noKind: []string{KindProbe}},
		{name: "neg-company-said-its", text: "The regulator fined Harbour Pipes Ltd 2 million rand. Harbour Pipes said its audit showed the pipes met the standard.",
			noKind: []string{KindProbe}},
	})
}
