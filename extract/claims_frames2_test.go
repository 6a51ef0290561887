package extract

import "testing"

// More frames in other words (continued from claims_frames_test.go):
// answers named by the pressure they yield to, defences, greenlights.
func TestClaimFramesResponses(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "pressure: bowing to pressure from a country's regulator, agreed to refund",
			text: "Bowing to pressure from Kyrgyzstan's Communications Regulatory Service, Bishkek mobile operator Ala-Too Cell agreed on Monday to refund subscribers.",
			want: []wantClaim{{kind: KindResponse, actor: "Ala-Too Cell", target: "Communications Regulatory Service", stance: "comply"}}},
		{name: "pressure: at the request of the ministry, the firm agreed to suspend sales",
			text: "At the request of Vietnam's trade ministry, Saigon Mart Partners agreed to suspend sales of the heaters.",
			want: []wantClaim{{kind: KindResponse, actor: "Saigon Mart", target: "trade ministry", stance: "comply"}}},
		{name: "defence: would defend itself in court after a suit by an authority",
			text: "Oman's Consumer Protection Authority has sued electronics retailer Sohar Digital. Sohar Digital said it would defend itself in court.",
			want: []wantClaim{{kind: KindResponse, actor: "Sohar Digital", target: "Consumer Protection Authority", stance: "resist"}}},
		{name: "conduct: the agency's inquiry into the scheme",
			text: "Japan's Fair Trade Commission has not ordered Rakuten to scrap its free-shipping threshold, an official said. The agency's inquiry into the scheme is still under way.",
			want: []wantClaim{want(KindProbe, "Fair Trade Commission", "Rakuten")}},
		{name: "conduct: the regulator's review of the practice",
			text: "Kenya's Communications Authority ordered Zuri Telecom to stop zero-rating its own app. The regulator's investigation of the practice continues.",
			want: []wantClaim{want(KindProbe, "Communications Authority", "Zuri Telecom")}},
		{name: "shut: would shut down a lending app",
			text: "The Philippine SEC said it would shut down the online lending app Cashwagon for harassing borrowers.",
			want: []wantClaim{want(KindMandate, "SEC", "Cashwagon")}},
		{name: "commitments: an authority accepted commitments from a firm",
			text: "The European Commission accepted commitments from Microsoft to unbundle Teams.",
			want: []wantClaim{want(KindApproval, "European Commission", "Microsoft")}},
		{name: "commitments: a firm accepting a ruling still answers it",
			text: "Kenya's Competition Authority fined Zuri Telecom 48 million shillings. Zuri Telecom said it accepted the ruling.",
			want: []wantClaim{{kind: KindResponse, actor: "Zuri Telecom", target: "Competition Authority", stance: "comply"}}},
		{name: "intervention: placed a bank under intervention",
			text: "Peru's SBS placed Caja Municipal del Santa under intervention after it breached capital requirements.",
			want: []wantClaim{want(KindMandate, "SBS", "Caja Municipal")}},
		{name: "issued: a country's one-word body issued an order",
			text: "Brazil's Senacon issued an order requiring Apple to sell chargers with iPhones.",
			want: []wantClaim{want(KindMandate, "Senacon", "Apple")}},
		{name: "seize: seized money from a firm's unit",
			text: "India's enforcement directorate seized 5,551 crore rupees from Xiaomi's local unit.",
			want: []wantClaim{want(KindPenalty, "enforcement directorate", "Xiaomi")}},
		{name: "greenlight: is expected to greenlight a merger",
			text: "Thailand's Digital Economy Commission is expected to greenlight the merger of streaming services Chao Play and Siam Screen.",
			want: []wantClaim{want(KindApproval, "Digital Economy Commission", "Siam Screen")}},
	})
}

// Pressure from someone who is not an authority answers nothing.
func TestPressureFromNonAuthorityIsNoResponse(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "pressure from investors", text: "Bowing to pressure from investors, Kestrel Motors agreed to cut its dividend.", none: true},
	})
}

// A failure to comply that motivates an act is not the firm's answer.
func TestFailureToComplyIsNoResponse(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "citing its failure to meet rules", text: "Indonesia's OJK revoked the business licence of peer-to-peer lender TaniFund, citing its failure to meet capital rules.", noKind: []string{KindResponse}},
	})
}
