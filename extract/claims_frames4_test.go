package extract

import "testing"

// Round-4 frames, each written in several wordings before the rule:
// defending proceedings, weighing legal options, taking a decision to
// court, working with the regulator to resolve its concerns.
func TestClaimFramesRound4Responses(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []wantClaim
	}{
		{"defend: both retailers would defend the proceedings",
			"The Australian Competition and Consumer Commission has sued Coles and Woolworths in the Federal Court. Both retailers said they would defend the proceedings.",
			[]wantClaim{{kind: KindResponse, actor: "Coles", target: "Competition and Consumer Commission", stance: "resist"}, {kind: KindResponse, actor: "Woolworths", target: "Competition and Consumer Commission", stance: "resist"}}},
		{"defend: the two chains will fight the case",
			"Mexico's Cofece sued Walmex and Soriana. The two chains said they would defend the action.",
			[]wantClaim{{kind: KindResponse, actor: "Walmex", target: "Cofece", stance: "resist"}}},
		{"legal options: reviewing the order and would consider its legal options",
			"Markets regulator SEBI on Friday fined Adani Enterprises 1 crore rupees for disclosure lapses. Adani Enterprises said it was reviewing the order and would consider its legal options.",
			[]wantClaim{{kind: KindResponse, actor: "Adani Enterprises", target: "SEBI", stance: "resist"}}},
		{"legal options: the broadcaster is exploring legal action",
			"Nigeria's FCCPC fined MultiChoice 150 million naira. The broadcaster said it was exploring legal action.",
			[]wantClaim{{kind: KindResponse, actor: "MultiChoice", target: "FCCPC", stance: "resist"}}},
		{"court: would take the decision to the administrative courts",
			"Turkey's Competition Board fined Hizli Sepet 182 million lira. Hizli Sepet said it would take the decision to the administrative courts.",
			[]wantClaim{{kind: KindResponse, actor: "Hizli Sepet", target: "Competition Board", stance: "resist"}}},
		{"court: the brewer would take the matter to court",
			"Brazil's Cade fined Ambev. The brewer said it would take the matter to court.",
			[]wantClaim{{kind: KindResponse, actor: "Ambev", target: "Cade", stance: "resist"}}},
		{"court: plans to take the ruling to a tribunal",
			"Kenya's Competition Authority fined Bidco Africa 10 million shillings. Bidco Africa plans to take the ruling to the Competition Tribunal.",
			[]wantClaim{{kind: KindResponse, actor: "Bidco Africa", target: "Competition Authority", stance: "resist"}}},
		{"resolve: the parent would work with the regulator to resolve its concerns",
			"The Reserve Bank of India barred Paytm Payments Bank from accepting fresh deposits. One97 Communications, Paytm's parent, said it would work closely with the regulator to resolve the concerns.",
			[]wantClaim{{kind: KindResponse, actor: "Paytm", target: "Reserve Bank of India", stance: "comply"}}},
		{"resolve: working with the authority to resolve the issues",
			"Kenya's Communications Authority fined Safaricom 2 million shillings. Safaricom said it was working with the authority to resolve the issues.",
			[]wantClaim{{kind: KindResponse, actor: "Safaricom", target: "Communications Authority", stance: "comply"}}},
		{"resolve: would resolve the matters the central bank raised",
			"The Bank of Ghana suspended the licence of Zeta Pay. The fintech said it would resolve the matters raised by the central bank.",
			[]wantClaim{{kind: KindResponse, actor: "Zeta Pay", target: "Bank of Ghana", stance: "comply"}}},
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

// Considering a bid or a firm going to court against another firm is no
// answer to an authority.
func TestRound4ResponseNegatives(t *testing.T) {
	cases := []struct{ name, text string }{
		{"considering a bid", "Kestrel Motors said it was considering options for its truck unit."},
		{"firm takes a rival to court", "Google agreed to take Samsung to court over patents."},
		{"resolve a dispute between firms", "Tata Steel and JSW said they would resolve their dispute."},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, cl := range x.Claims(Document{Text: c.text}) {
				if cl.Kind == KindResponse {
					t.Errorf("no response wanted; got %s", describe(x.Claims(Document{Text: c.text})))
				}
			}
		})
	}
}
