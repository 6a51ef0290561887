package extract

import "testing"

// Round 10 (T10A): recall of authority acts on text by writers who never
// saw the rules. Passages are our own; each group mixes name styles,
// voices and orders, and carries near-miss negatives with the same words.

// An inspection or audit told only by what it found, with no agent of its
// own, is the inquiry of the authority that acted on the firm: in the same
// sentence ("suspended X's licence after inspectors found ..."), or as the
// speaker of the sentence after its act ("BaFin said an audit had found
// ..."). A firm's own inspectors or auditors examine nobody.
func TestFrames15AuthAgentlessInspection(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "inspectors-found-its-stations-road", text: "NAIROBI - Kenya's Energy and Petroleum Regulatory Authority suspended the licence of Tana Fuels Ltd for 30 days after inspectors found contaminated petrol at three of its stations along the Mombasa Road.",
			want: []wantClaim{want(KindProbe, "Energy and Petroleum Regulatory Authority", "Tana Fuels")}},
		{name: "inspectors-found-that-other-actor-form", text: "Bangladesh's Directorate General of Drug Administration has suspended the manufacturing licence of Meghna Drugs after inspectors found that cough syrup made there was contaminated, the directorate said.",
			want: []wantClaim{want(KindProbe, "Drug Administration", "Meghna Drugs")}},
		{name: "inspectors-had-found-next-sentence", text: "Peru's labour inspectorate SUNAFIL fined logistics firm Andes Carga 400,000 soles on Tuesday. SUNAFIL's chief said inspectors had found the company kept drivers on 16-hour shifts.",
			want: []wantClaim{want(KindProbe, "SUNAFIL", "Andes Carga")}},
		{name: "speaker-said-audit-found", text: "The Danish Financial Supervisory Authority ordered Nordvik Bank to tighten its money-laundering checks. The authority said an audit had found hundreds of alerts nobody had reviewed.",
			want: []wantClaim{want(KindProbe, "Danish Financial Supervisory Authority", "Nordvik Bank")}},
		{name: "speaker-said-that-inspection-showed", text: "Ghana's Food and Drugs Authority has ordered Coastal Biscuits Ltd to shut its Tema factory. The authority said that an inspection showed rodents in the storage area.",
			want: []wantClaim{want(KindProbe, "Food and Drugs Authority", "Coastal Biscuits")}},
		{name: "after-an-audit-found", text: "The Central Bank of Kenya has barred Pesa Haraka Ltd from taking new deposits after an audit found gaps in its customer checks.",
			want: []wantClaim{want(KindProbe, "Central Bank of Kenya", "Pesa Haraka")}},
		// negatives: the firm's own inspectors or auditors, findings about no firm
		{name: "neg-firm-said-audit-found", text: "Tana Fuels said an internal audit had found no wrongdoing by its staff.",
			noKind: []string{KindProbe}},
		{name: "neg-firm-own-inspectors", text: "Vantage Foods recalled 2,000 jars of pesto after its own inspectors found glass in one batch.",
			noKind: []string{KindProbe}},
		{name: "neg-inspectors-bridge", text: "Inspectors found the bridge safe to reopen, the transport ministry said on Monday.",
			none: true},
		{name: "neg-firm-speaker-after-authority", text: "The Central Bank of Kenya fined Pesa Haraka Ltd 5 million shillings. Pesa Haraka said an independent audit had found its controls sound.",
			notWant: []wantClaim{want(KindProbe, "Pesa Haraka", "")}},
	})
}
