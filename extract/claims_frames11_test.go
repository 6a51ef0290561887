package extract

import "testing"

// Round 7, tuner A2: recall of approvals, actions, probes, penalties and
// mandates on unseen text. Each table holds self-written passages for one
// idea, told in several wordings, with near-miss negatives.

// An order's object may carry a short form in brackets or an "including"
// list before its "to" + verb; an order to pay (even "to jointly
// disgorge") is a penalty, but a failed lender told to repay its savers is
// an order.
func TestFramesOrderObjectInBrackets(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "court directs utility with short form to pay", text: "The Madras High Court has directed the Tamil Nadu Power Distribution Corporation (TNPDCL) to pay Rs 38 crore with interest to a solar park developer.",
			want: []wantClaim{want(KindPenalty, "Madras High Court", "Tamil Nadu Power Distribution Corporation")}},
		{name: "central bank tells banks including two", text: "The Central Bank of Egypt has told banks, including Banque Misr and Commercial International Bank (CIB), to lift the caps on card spending abroad.",
			want: []wantClaim{want(KindMandate, "Central Bank of Egypt", "Banque Misr"), want(KindMandate, "Central Bank of Egypt", "Commercial International Bank")}},
		{name: "regulator instructs firm with acronym to halt", text: "Brazil's telecoms regulator Anatel instructed Telefonica Brasil (Vivo) to halt the sale of unlicensed handsets.",
			want: []wantClaim{want(KindMandate, "Anatel", "Telefonica Brasil")}},
		{name: "directed to jointly disgorge", text: "The Securities and Exchange Board of India barred Kalyani Stock Brokers Pvt Ltd from the market. The regulator also directed the broker to jointly disgorge illegal gains of Rs 4.3 crore within 45 days.",
			want: []wantClaim{want(KindPenalty, "Securities and Exchange Board of India", "Kalyani Stock Brokers")}},
		{name: "ordered to promptly refund", text: "Turkey's competition authority ordered Ankara Gaz A.S. to promptly refund overcharged customers.",
			want: []wantClaim{want(KindPenalty, "", "Ankara Gaz")}},
		{name: "told to repay depositors is an order", text: "The Central Bank of Sri Lanka cancelled the licence of Kandyan Leasing PLC. The central bank also directed the company to repay all deposits under a supervised scheme.",
			want: []wantClaim{want(KindMandate, "Central Bank of Sri Lanka", "Kandyan Leasing")}},
		{name: "told reporters is no order", text: "The Central Bank of Egypt told reporters, including a Reuters correspondent, that Banque Misr was well capitalised.",
			noKind: []string{KindMandate}},
	})
}
