package extract

import "testing"

// More frames in other words (continued from claims_frames_test.go):
// answers named by the pressure they yield to, defences, greenlights.
func TestClaimFramesResponses(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []wantClaim
	}{
		{"pressure: bowing to pressure from a country's regulator, agreed to refund",
			"Bowing to pressure from Kyrgyzstan's Communications Regulatory Service, Bishkek mobile operator Ala-Too Cell agreed on Monday to refund subscribers.",
			[]wantClaim{{kind: KindResponse, actor: "Ala-Too Cell", target: "Communications Regulatory Service", stance: "comply"}}},
		{"pressure: at the request of the ministry, the firm agreed to suspend sales",
			"At the request of Vietnam's trade ministry, Saigon Mart Partners agreed to suspend sales of the heaters.",
			[]wantClaim{{kind: KindResponse, actor: "Saigon Mart", target: "trade ministry", stance: "comply"}}},
		{"defence: would defend itself in court after a suit by an authority",
			"Oman's Consumer Protection Authority has sued electronics retailer Sohar Digital. Sohar Digital said it would defend itself in court.",
			[]wantClaim{{kind: KindResponse, actor: "Sohar Digital", target: "Consumer Protection Authority", stance: "resist"}}},
		{"conduct: the agency's inquiry into the scheme",
			"Japan's Fair Trade Commission has not ordered Rakuten to scrap its free-shipping threshold, an official said. The agency's inquiry into the scheme is still under way.",
			[]wantClaim{{kind: KindProbe, actor: "Fair Trade Commission", target: "Rakuten"}}},
		{"conduct: the regulator's review of the practice",
			"Kenya's Communications Authority ordered Zuri Telecom to stop zero-rating its own app. The regulator's investigation of the practice continues.",
			[]wantClaim{{kind: KindProbe, actor: "Communications Authority", target: "Zuri Telecom"}}},
		{"shut: would shut down a lending app",
			"The Philippine SEC said it would shut down the online lending app Cashwagon for harassing borrowers.",
			[]wantClaim{{kind: KindMandate, actor: "SEC", target: "Cashwagon"}}},
		{"commitments: an authority accepted commitments from a firm",
			"The European Commission accepted commitments from Microsoft to unbundle Teams.",
			[]wantClaim{{kind: KindApproval, actor: "European Commission", target: "Microsoft"}}},
		{"commitments: a firm accepting a ruling still answers it",
			"Kenya's Competition Authority fined Zuri Telecom 48 million shillings. Zuri Telecom said it accepted the ruling.",
			[]wantClaim{{kind: KindResponse, actor: "Zuri Telecom", target: "Competition Authority", stance: "comply"}}},
		{"intervention: placed a bank under intervention",
			"Peru's SBS placed Caja Municipal del Santa under intervention after it breached capital requirements.",
			[]wantClaim{{kind: KindMandate, actor: "SBS", target: "Caja Municipal"}}},
		{"issued: a country's one-word body issued an order",
			"Brazil's Senacon issued an order requiring Apple to sell chargers with iPhones.",
			[]wantClaim{{kind: KindMandate, actor: "Senacon", target: "Apple"}}},
		{"seize: seized money from a firm's unit",
			"India's enforcement directorate seized 5,551 crore rupees from Xiaomi's local unit.",
			[]wantClaim{{kind: KindPenalty, actor: "enforcement directorate", target: "Xiaomi"}}},
		{"greenlight: is expected to greenlight a merger",
			"Thailand's Digital Economy Commission is expected to greenlight the merger of streaming services Chao Play and Siam Screen.",
			[]wantClaim{{kind: KindApproval, actor: "Digital Economy Commission", target: "Siam Screen"}}},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := x.Claims(Document{Text: c.text})
			for _, w := range c.want {
				if !hasClaim(got, w) {
					t.Errorf("missing %+v; got %s", w, describe(got))
				}
			}
		})
	}
}

// Pressure from someone who is not an authority answers nothing.
func TestPressureFromNonAuthorityIsNoResponse(t *testing.T) {
	x := NewClaimExtractor(nil)
	got := x.Claims(Document{Text: "Bowing to pressure from investors, Kestrel Motors agreed to cut its dividend."})
	if len(got) > 0 {
		t.Errorf("want no claims, got %s", describe(got))
	}
}

// A failure to comply that motivates an act is not the firm's answer.
func TestFailureToComplyIsNoResponse(t *testing.T) {
	x := NewClaimExtractor(nil)
	got := x.Claims(Document{Text: "Indonesia's OJK revoked the business licence of peer-to-peer lender TaniFund, citing its failure to meet capital rules."})
	for _, c := range got {
		if c.Kind == KindResponse {
			t.Errorf("no response wanted; got %s", describe(got))
		}
	}
}
