package extract

import "testing"

// Round-4 frames continued from claims_frames4_test.go: inquiries named by
// what they examine ("its controls") or by their going on ("the review is
// still under way").

// An authority examining "its" conduct (controls, practices, handling)
// examines the firm named before; its own rules, or a firm's own review,
// are no probe.
func TestProbeOfItsConduct(t *testing.T) {
	cases := []struct{ name, text, auth, firm string }{
		{"reviews its anti-money-laundering controls", "Vietnamese e-wallet SaiGonPay has been told to suspend onboarding of new users while the State Bank of Vietnam reviews its anti-money-laundering controls.", "State Bank of Vietnam", "SaiGonPay"},
		{"examining its lending practices", "Zeta Bank posted a loss. The Bank of Ghana is examining its lending practices.", "Bank of Ghana", "Zeta Bank"},
		{"reviewing its handling of complaints", "Barclays said profits rose. The FCA is reviewing its handling of complaints.", "FCA", "Barclays"},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := x.Claims(Document{Text: c.text})
			if !hasClaim(got, wantClaim{kind: KindProbe, actor: c.auth, target: c.firm}) {
				t.Errorf("missing probe %s -> %s; got %s", c.auth, c.firm, describe(got))
			}
		})
	}
	for _, text := range []string{
		"Barclays said profits rose. The FCA is reviewing its rules on complaints.",
		"Kenya's Capital Markets Authority fined Gulf Pearl. Gulf Pearl said it would comply and had hired an outside auditor to review its procedures.",
	} {
		for _, cl := range x.Claims(Document{Text: text}) {
			if cl.Kind == KindProbe {
				t.Errorf("no probe wanted in %q: %s", text, describe([]Claim{cl}))
			}
		}
	}
}

// "The review is still under way" after an authority acted on firms is its
// inquiry into them; with no authority before, nothing.
func TestOngoingReviewIsProbe(t *testing.T) {
	cases := []struct{ name, text, auth, firm string }{
		{"not blocked a deal; the review is under way", "The Philippine Competition Commission has not blocked Manila Harbour Foods' purchase of snack maker Bicol Crisps, a spokesman said on Tuesday. The review is still under way.", "Philippine Competition Commission", "Bicol Crisps"},
		{"not fined; the investigation continues", "Japan's Fair Trade Commission has not fined Rakuten, an official said. The investigation continues.", "Fair Trade Commission", "Rakuten"},
		{"ordered; its review remains open", "Brazil's Cade ordered iFood to end exclusivity deals. Its review of the market remains open.", "Cade", "iFood"},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := x.Claims(Document{Text: c.text})
			if !hasClaim(got, wantClaim{kind: KindProbe, actor: c.auth, target: c.firm}) {
				t.Errorf("missing probe %s -> %s; got %s", c.auth, c.firm, describe(got))
			}
		})
	}
	if got := x.Claims(Document{Text: "Apple launched a new iPhone. The review is still under way."}); len(got) > 0 {
		t.Errorf("no claims wanted: %s", describe(got))
	}
}

// An order to give a sum back ("return 3 million euros", "reimburse 200
// million shillings", "hand back 40 billion won") is a penalty, as an order
// to refund is; returning things is an order.
func TestOrderToReturnMoneyIsPenalty(t *testing.T) {
	cases := []struct{ name, text, auth, firm, kind string }{
		{"return euros", "Spanish competition regulator CNMC said on Tuesday it had opened disciplinary proceedings against Glovo, and separately ordered Telefónica to return 3 million euros in overcharged roaming fees to customers.", "CNMC", "Telefónica", KindPenalty},
		{"reimburse shillings", "Kenya's Competition Authority ordered Safaricom to reimburse 200 million shillings to subscribers.", "Competition Authority", "Safaricom", KindPenalty},
		{"hand back won", "South Korea's KFTC ordered Coupang to hand back 40 billion won to suppliers.", "KFTC", "Coupang", KindPenalty},
		{"return jets to service", "The FAA ordered Boeing to return the jets to service.", "FAA", "Boeing", KindMandate},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := x.Claims(Document{Text: c.text})
			if !hasClaim(got, wantClaim{kind: c.kind, actor: c.auth, target: c.firm}) {
				t.Errorf("missing %s %s -> %s; got %s", c.kind, c.auth, c.firm, describe(got))
			}
		})
	}
}

// "according to" a news outlet makes a claim reported; according to the
// authority's own statement it stays asserted.
func TestAccordingToMediaIsReported(t *testing.T) {
	cases := []struct{ name, text, certainty string }{
		{"Bloomberg News", "The Federal Trade Commission has opened an antitrust inquiry into Intel, according to Bloomberg News.", Reported},
		{"Reuters", "The FTC has opened an inquiry into Intel, according to Reuters.", Reported},
		{"the agency's statement", "The FTC has opened an inquiry into Intel, according to a statement from the agency.", Asserted},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := x.Claims(Document{Text: c.text})
			if !hasClaim(got, wantClaim{kind: KindProbe, actor: "F", target: "Intel", certainty: c.certainty}) {
				t.Errorf("want a %s probe; got %s", c.certainty, describe(got))
			}
		})
	}
}

// A firm blocking the people tied to a rival ("drivers who also work for
// rival X") acts against the rival.
func TestBlockThroughRivalsPeople(t *testing.T) {
	cases := []struct{ name, text, a, b string }{
		{"drivers who work for a rival", "Jordanian ride-hailing app Tareeq has blocked drivers who also work for rival Sayyara from logging in during peak hours.", "Tareeq", "Sayyara"},
		{"cut off drivers who drive for a rival", "Uber has cut off drivers who also drive for rival Bolt.", "Uber", "Bolt"},
		{"riders who used a rival's app", "Careem blocked riders who used rival Bolt's app.", "Careem", "Bolt"},
		{"sellers that list on a competitor", "Shopee has blocked sellers that also list on competitor Lazada.", "Shopee", "Lazada"},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := x.Claims(Document{Text: c.text})
			if !hasClaim(got, wantClaim{kind: KindAction, actor: c.a, target: c.b}) {
				t.Errorf("missing action %s -> %s; got %s", c.a, c.b, describe(got))
			}
		})
	}
	if got := x.Claims(Document{Text: "Uber blocked drivers who protested."}); len(got) > 0 {
		t.Errorf("no claims wanted: %s", describe(got))
	}
}

// Members named after a bare or hyphen-modified class ("lenders such as
// A and B", "buy-now-pay-later providers such as A and B") are bound; an
// acronym with words of intent before its verb ("CMF plans to require")
// still acts.
func TestSuchAsMembersAndIntent(t *testing.T) {
	cases := []struct {
		name, text, auth string
		firms            []string
	}{
		{"hyphenated class such as", "Chile's financial market commission plans to require buy-now-pay-later providers such as Cuotas Ya and PagoLuego to register as lenders.", "financial market commission", []string{"Cuotas Ya", "PagoLuego"}},
		{"bare class such as, acronym", "Chile's CMF will require lenders such as Cuotas Ya and PagoLuego to register.", "CMF", []string{"Cuotas Ya", "PagoLuego"}},
		{"peer-to-peer lenders such as", "The FCA plans to require peer-to-peer lenders such as Zopa and Funding Circle to hold more capital.", "FCA", []string{"Zopa", "Funding Circle"}},
		{"banks such as", "Nigeria's CBN ordered banks such as Zenith Bank to raise capital.", "CBN", []string{"Zenith Bank"}},
		{"acronym plans to require", "Chile's CMF plans to require Cuotas Ya to register.", "CMF", []string{"Cuotas Ya"}},
		{"acronym intends to order", "Nigeria's CBN intends to order Opay to raise capital.", "CBN", []string{"Opay"}},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := x.Claims(Document{Text: c.text})
			for _, f := range c.firms {
				if !hasClaim(got, wantClaim{kind: KindMandate, actor: c.auth, target: f}) {
					t.Errorf("missing mandate %s -> %s; got %s", c.auth, f, describe(got))
				}
			}
		})
	}
}

// Dropping a tie with a firm ("dropping a code-share with X") acts on it,
// also as a gerund after "into" and for names the catalogue lacks.
func TestDropTieWith(t *testing.T) {
	cases := []struct{ name, text, a, b string }{
		{"pressured into dropping a code-share with", "Malaysian budget carrier SkyTerbang was allegedly pressured into dropping a code-share with Thai rival Siam Jet.", "SkyTerbang", "Siam Jet"},
		{"forced into dropping a supply deal with", "Zeta Foods was forced into dropping its supply deal with Nordic Dairy.", "Zeta Foods", "Nordic Dairy"},
		{"dropped its codeshare with", "Halden Air dropped its codeshare with Fjord Wings.", "Halden Air", "Fjord Wings"},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := x.Claims(Document{Text: c.text})
			if !hasClaim(got, wantClaim{kind: KindAction, actor: c.a, target: c.b}) {
				t.Errorf("missing action %s -> %s; got %s", c.a, c.b, describe(got))
			}
		})
	}
	if got := x.Claims(Document{Text: "Halden Air dropped its fares."}); len(got) > 0 {
		t.Errorf("no claims wanted: %s", describe(got))
	}
}

// A firm opening its own asset to other firms acts on them; opening a
// season or a shop does not.
func TestOpenItsAssetTo(t *testing.T) {
	cases := []struct{ name, text, a, b string }{
		{"infrastructure to rival fintechs including", "Itaú Unibanco has opened its Pix payment infrastructure to rival fintechs including Nubank and PicPay, allowing their customers to initiate transfers.", "Itaú Unibanco", "PicPay"},
		{"network to rivals such as", "Safaricom opened its M-Pesa network to rivals such as Airtel Kenya.", "Safaricom", "Airtel Kenya"},
		{"opened up its network to a rival's customers", "Jio opened up its network to Airtel customers.", "Jio", "Airtel"},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := x.Claims(Document{Text: c.text})
			if !hasClaim(got, wantClaim{kind: KindAction, actor: c.a, target: c.b}) {
				t.Errorf("missing action %s -> %s; got %s", c.a, c.b, describe(got))
			}
		})
	}
	for _, text := range []string{"The Rams opened the season with a loss to the Philadelphia Eagles.", "Safaricom opened a new shop in Nairobi."} {
		if got := x.Claims(Document{Text: text}); len(got) > 0 {
			t.Errorf("no claims wanted in %q: %s", text, describe(got))
		}
	}
}

// Firms swapping shares or stakes tie up with each other.
func TestSwapSharesIsPartnership(t *testing.T) {
	cases := []struct{ name, text, a, b string }{
		{"will swap shares worth", "Kakao and SK Telecom will swap shares worth 300 billion won each to cooperate on artificial intelligence and metaverse services.", "Kakao", "SK Telecom"},
		{"swapped shares", "Naver and Mirae Asset swapped shares to deepen their alliance.", "Naver", "Mirae Asset"},
		{"will swap stakes", "Rakuten and Japan Post will swap stakes to strengthen logistics ties.", "Rakuten", "Japan Post"},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := x.Claims(Document{Text: c.text})
			if !hasClaim(got, wantClaim{kind: KindAction, actor: c.a, target: c.b}) {
				t.Errorf("missing action %s -> %s; got %s", c.a, c.b, describe(got))
			}
		})
	}
	if got := x.Claims(Document{Text: "Traders swap shares all day."}); len(got) > 0 {
		t.Errorf("no claims wanted: %s", describe(got))
	}
}

// One person at a firm's head ("X's founder", "X's chief executive") barred
// or fined is a person, not the firm; a later act on the company counts.
func TestFirmHeadIsAPerson(t *testing.T) {
	cases := []struct {
		name, text string
		want       []wantClaim
		notKind    string
	}{
		{"barred the founder, fined the company", "India's markets regulator barred Paytm's founder from holding board positions for two years and fined the payments company 50 million rupees over disclosure lapses before its listing.",
			[]wantClaim{{kind: KindPenalty, actor: "markets regulator", target: "Paytm"}}, KindMandate},
		{"banned the chairman", "SEBI banned Zee's chairman from board roles.", nil, KindMandate},
		{"fined the chief executive", "Brazil's CVM fined Americanas' chief executive.", nil, KindPenalty},
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
			for _, cl := range got {
				if cl.Kind == c.notKind {
					t.Errorf("no %s on the firm wanted; got %s", c.notKind, describe(got))
				}
			}
		})
	}
}

// A firm saying the rules or the authority do not reach it resists the
// authority that acted on it (asserted: a stance, not a weighing).
func TestDeniesReachResists(t *testing.T) {
	cases := []struct{ name, text, firm, auth string }{
		{"law did not apply to it", "Italy's data protection authority ordered DeepSeek on Thursday to block its chatbot in the country. The Garante also opened an investigation into the company. DeepSeek said European law did not apply to it.", "DeepSeek", "Garante"},
		{"rules do not apply to its unit", "Kenya's Communications Authority fined Zuri Telecom. Zuri Telecom said the rules do not apply to its mobile money unit.", "Zuri Telecom", "Communications Authority"},
		{"not subject to the jurisdiction", "Nigeria's FCCPC fined Meta. Meta said it was not subject to the commission's jurisdiction.", "Meta", "FCCPC"},
		{"no jurisdiction over it", "Turkey's BTK ordered Twitch to appoint a local representative. Twitch said the authority had no jurisdiction over it.", "Twitch", "BTK"},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := x.Claims(Document{Text: c.text})
			if !hasClaim(got, wantClaim{kind: KindResponse, actor: c.firm, target: c.auth, stance: "resist", certainty: Asserted}) {
				t.Errorf("missing asserted resist %s -> %s; got %s", c.firm, c.auth, describe(got))
			}
		})
	}
	if got := x.Claims(Document{Text: "Zuri Telecom said the tax does not apply to it."}); len(got) > 0 {
		t.Errorf("no authority acted: want no claims, got %s", describe(got))
	}
}

// Unnamed people telling a news outlet make the claim reported.
func TestToldMediaIsReported(t *testing.T) {
	x := NewClaimExtractor(nil)
	got := x.Claims(Document{Text: "Jordanian ride-hailing app Tareeq has blocked drivers who also work for rival Sayyara from logging in during peak hours, several drivers told Reuters."})
	if !hasClaim(got, wantClaim{kind: KindAction, actor: "Tareeq", target: "Sayyara", certainty: Reported}) {
		t.Errorf("want a reported action; got %s", describe(got))
	}
}

// An approval a firm wins for its own deal clears both parties, once.
func TestWonApprovalToBuyClearsBoth(t *testing.T) {
	cases := []struct{ name, text, auth, buyer, bought string }{
		{"won approval to acquire a stake", "Hanul Financial Group won approval from South Korea's Financial Services Commission on Wednesday to acquire a majority stake in Seorak Life Insurance, clearing the way for the deal.", "Financial Services Commission", "Hanul Financial Group", "Seorak Life Insurance"},
		{"received approval to buy", "Zeta Bank received approval from the Bank of Ghana to buy Nordic Pay.", "Bank of Ghana", "Zeta Bank", "Nordic Pay"},
		{"secured clearance to acquire", "Halden Foods secured clearance from the CMA to acquire Fjordlaks Group.", "CMA", "Halden Foods", "Fjordlaks Group"},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := x.Claims(Document{Text: c.text})
			n := 0
			for _, cl := range got {
				if cl.Kind == KindApproval {
					n++
				}
			}
			if n != 1 || !hasClaim(got, wantClaim{kind: KindApproval, actor: c.auth, target: c.buyer}) || !hasClaim(got, wantClaim{kind: KindApproval, actor: c.auth, target: c.bought}) {
				t.Errorf("want one approval of %s and %s; got %s", c.buyer, c.bought, describe(got))
			}
		})
	}
}
