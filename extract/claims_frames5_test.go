package extract

import "testing"

// Round-4 frames continued from claims_frames4_test.go: inquiries named by
// what they examine ("its controls") or by their going on ("the review is
// still under way").

// An authority examining "its" conduct (controls, practices, handling)
// examines the firm named before; its own rules, or a firm's own review,
// are no probe.
func TestProbeOfItsConduct(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "reviews its anti-money-laundering controls", text: "Vietnamese e-wallet SaiGonPay has been told to suspend onboarding of new users while the State Bank of Vietnam reviews its anti-money-laundering controls.", want: []wantClaim{want(KindProbe, "State Bank of Vietnam", "SaiGonPay")}},
		{name: "examining its lending practices", text: "Zeta Bank posted a loss. The Bank of Ghana is examining its lending practices.", want: []wantClaim{want(KindProbe, "Bank of Ghana", "Zeta Bank")}},
		{name: "reviewing its handling of complaints", text: "Barclays said profits rose. The FCA is reviewing its handling of complaints.", want: []wantClaim{want(KindProbe, "FCA", "Barclays")}},
		{name: "its own rules", text: "Barclays said profits rose. The FCA is reviewing its rules on complaints.", noKind: []string{KindProbe}},
		{name: "a firm's own auditor", text: "Kenya's Capital Markets Authority fined Gulf Pearl. Gulf Pearl said it would comply and had hired an outside auditor to review its procedures.", noKind: []string{KindProbe}},
	})
}

// "The review is still under way" after an authority acted on firms is its
// inquiry into them; with no authority before, nothing.
func TestOngoingReviewIsProbe(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "not blocked a deal; the review is under way", text: "The Philippine Competition Commission has not blocked Manila Harbour Foods' purchase of snack maker Bicol Crisps, a spokesman said on Tuesday. The review is still under way.", want: []wantClaim{want(KindProbe, "Philippine Competition Commission", "Bicol Crisps")}},
		{name: "not fined; the investigation continues", text: "Japan's Fair Trade Commission has not fined Rakuten, an official said. The investigation continues.", want: []wantClaim{want(KindProbe, "Fair Trade Commission", "Rakuten")}},
		{name: "ordered; its review remains open", text: "Brazil's Cade ordered iFood to end exclusivity deals. Its review of the market remains open.", want: []wantClaim{want(KindProbe, "Cade", "iFood")}},
		{name: "no authority before", text: "Apple launched a new iPhone. The review is still under way.", none: true},
	})
}

// An order to give a sum back ("return 3 million euros", "reimburse 200
// million shillings", "hand back 40 billion won") is a penalty, as an order
// to refund is; returning things is an order.
func TestOrderToReturnMoneyIsPenalty(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "return euros", text: "Spanish competition regulator CNMC said on Tuesday it had opened disciplinary proceedings against Glovo, and separately ordered Telefónica to return 3 million euros in overcharged roaming fees to customers.", want: []wantClaim{want(KindPenalty, "CNMC", "Telefónica")}},
		{name: "reimburse shillings", text: "Kenya's Competition Authority ordered Safaricom to reimburse 200 million shillings to subscribers.", want: []wantClaim{want(KindPenalty, "Competition Authority", "Safaricom")}},
		{name: "hand back won", text: "South Korea's KFTC ordered Coupang to hand back 40 billion won to suppliers.", want: []wantClaim{want(KindPenalty, "KFTC", "Coupang")}},
		{name: "return jets to service", text: "The FAA ordered Boeing to return the jets to service.", want: []wantClaim{want(KindMandate, "FAA", "Boeing")}},
	})
}

// "according to" a news outlet makes a claim reported; according to the
// authority's own statement it stays asserted.
func TestAccordingToMediaIsReported(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "Bloomberg News", text: "The Federal Trade Commission has opened an antitrust inquiry into Intel, according to Bloomberg News.", want: []wantClaim{{kind: KindProbe, actor: "F", target: "Intel", certainty: Reported}}},
		{name: "Reuters", text: "The FTC has opened an inquiry into Intel, according to Reuters.", want: []wantClaim{{kind: KindProbe, actor: "F", target: "Intel", certainty: Reported}}},
		{name: "the agency's statement", text: "The FTC has opened an inquiry into Intel, according to a statement from the agency.", want: []wantClaim{{kind: KindProbe, actor: "F", target: "Intel", certainty: Asserted}}},
	})
}

// A firm blocking the people tied to a rival ("drivers who also work for
// rival X") acts against the rival.
func TestBlockThroughRivalsPeople(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "drivers who work for a rival", text: "Jordanian ride-hailing app Tareeq has blocked drivers who also work for rival Sayyara from logging in during peak hours.", want: []wantClaim{want(KindAction, "Tareeq", "Sayyara")}},
		{name: "cut off drivers who drive for a rival", text: "Uber has cut off drivers who also drive for rival Bolt.", want: []wantClaim{want(KindAction, "Uber", "Bolt")}},
		{name: "riders who used a rival's app", text: "Careem blocked riders who used rival Bolt's app.", want: []wantClaim{want(KindAction, "Careem", "Bolt")}},
		{name: "sellers that list on a competitor", text: "Shopee has blocked sellers that also list on competitor Lazada.", want: []wantClaim{want(KindAction, "Shopee", "Lazada")}},
		{name: "drivers who protested", text: "Uber blocked drivers who protested.", none: true},
	})
}

// Members named after a bare or hyphen-modified class ("lenders such as
// A and B", "buy-now-pay-later providers such as A and B") are bound; an
// acronym with words of intent before its verb ("CMF plans to require")
// still acts.
func TestSuchAsMembersAndIntent(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "hyphenated class such as", text: "Chile's financial market commission plans to require buy-now-pay-later providers such as Cuotas Ya and PagoLuego to register as lenders.", want: []wantClaim{want(KindMandate, "financial market commission", "Cuotas Ya"), want(KindMandate, "financial market commission", "PagoLuego")}},
		{name: "bare class such as, acronym", text: "Chile's CMF will require lenders such as Cuotas Ya and PagoLuego to register.", want: []wantClaim{want(KindMandate, "CMF", "Cuotas Ya"), want(KindMandate, "CMF", "PagoLuego")}},
		{name: "peer-to-peer lenders such as", text: "The FCA plans to require peer-to-peer lenders such as Zopa and Funding Circle to hold more capital.", want: []wantClaim{want(KindMandate, "FCA", "Zopa"), want(KindMandate, "FCA", "Funding Circle")}},
		{name: "banks such as", text: "Nigeria's CBN ordered banks such as Zenith Bank to raise capital.", want: []wantClaim{want(KindMandate, "CBN", "Zenith Bank")}},
		{name: "acronym plans to require", text: "Chile's CMF plans to require Cuotas Ya to register.", want: []wantClaim{want(KindMandate, "CMF", "Cuotas Ya")}},
		{name: "acronym intends to order", text: "Nigeria's CBN intends to order Opay to raise capital.", want: []wantClaim{want(KindMandate, "CBN", "Opay")}},
	})
}

// Dropping a tie with a firm ("dropping a code-share with X") acts on it,
// also as a gerund after "into" and for names the catalogue lacks.
func TestDropTieWith(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "pressured into dropping a code-share with", text: "Malaysian budget carrier SkyTerbang was allegedly pressured into dropping a code-share with Thai rival Siam Jet.", want: []wantClaim{want(KindAction, "SkyTerbang", "Siam Jet")}},
		{name: "forced into dropping a supply deal with", text: "Zeta Foods was forced into dropping its supply deal with Nordic Dairy.", want: []wantClaim{want(KindAction, "Zeta Foods", "Nordic Dairy")}},
		{name: "dropped its codeshare with", text: "Halden Air dropped its codeshare with Fjord Wings.", want: []wantClaim{want(KindAction, "Halden Air", "Fjord Wings")}},
		{name: "dropped its fares", text: "Halden Air dropped its fares.", none: true},
	})
}

// A firm opening its own asset to other firms acts on them; opening a
// season or a shop does not.
func TestOpenItsAssetTo(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "infrastructure to rival fintechs including", text: "Itaú Unibanco has opened its Pix payment infrastructure to rival fintechs including Nubank and PicPay, allowing their customers to initiate transfers.", want: []wantClaim{want(KindAction, "Itaú Unibanco", "PicPay")}},
		{name: "network to rivals such as", text: "Safaricom opened its M-Pesa network to rivals such as Airtel Kenya.", want: []wantClaim{want(KindAction, "Safaricom", "Airtel Kenya")}},
		{name: "opened up its network to a rival's customers", text: "Jio opened up its network to Airtel customers.", want: []wantClaim{want(KindAction, "Jio", "Airtel")}},
		{name: "opened the season", text: "The Rams opened the season with a loss to the Philadelphia Eagles.", none: true},
		{name: "opened a shop", text: "Safaricom opened a new shop in Nairobi.", none: true},
	})
}

// Firms swapping shares or stakes tie up with each other.
func TestSwapSharesIsPartnership(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "will swap shares worth", text: "Kakao and SK Telecom will swap shares worth 300 billion won each to cooperate on artificial intelligence and metaverse services.", want: []wantClaim{want(KindAction, "Kakao", "SK Telecom")}},
		{name: "swapped shares", text: "Naver and Mirae Asset swapped shares to deepen their alliance.", want: []wantClaim{want(KindAction, "Naver", "Mirae Asset")}},
		{name: "will swap stakes", text: "Rakuten and Japan Post will swap stakes to strengthen logistics ties.", want: []wantClaim{want(KindAction, "Rakuten", "Japan Post")}},
		{name: "traders swap shares", text: "Traders swap shares all day.", none: true},
	})
}

// One person at a firm's head ("X's founder", "X's chief executive") barred
// or fined is a person, not the firm; a later act on the company counts.
func TestFirmHeadIsAPerson(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "barred the founder, fined the company", text: "India's markets regulator barred Paytm's founder from holding board positions for two years and fined the payments company 50 million rupees over disclosure lapses before its listing.",
			want: []wantClaim{want(KindPenalty, "markets regulator", "Paytm")}, noKind: []string{KindMandate}},
		{name: "banned the chairman", text: "SEBI banned Zee's chairman from board roles.", noKind: []string{KindMandate}},
		{name: "fined the chief executive", text: "Brazil's CVM fined Americanas' chief executive.", noKind: []string{KindPenalty}},
	})
}

// A firm saying the rules or the authority do not reach it resists the
// authority that acted on it (asserted: a stance, not a weighing).
func TestDeniesReachResists(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "law did not apply to it", text: "Italy's data protection authority ordered DeepSeek on Thursday to block its chatbot in the country. The Garante also opened an investigation into the company. DeepSeek said European law did not apply to it.", want: []wantClaim{{kind: KindResponse, actor: "DeepSeek", target: "Garante", stance: "resist", certainty: Asserted}}},
		{name: "rules do not apply to its unit", text: "Kenya's Communications Authority fined Zuri Telecom. Zuri Telecom said the rules do not apply to its mobile money unit.", want: []wantClaim{{kind: KindResponse, actor: "Zuri Telecom", target: "Communications Authority", stance: "resist", certainty: Asserted}}},
		{name: "not subject to the jurisdiction", text: "Nigeria's FCCPC fined Meta. Meta said it was not subject to the commission's jurisdiction.", want: []wantClaim{{kind: KindResponse, actor: "Meta", target: "FCCPC", stance: "resist", certainty: Asserted}}},
		{name: "no jurisdiction over it", text: "Turkey's BTK ordered Twitch to appoint a local representative. Twitch said the authority had no jurisdiction over it.", want: []wantClaim{{kind: KindResponse, actor: "Twitch", target: "BTK", stance: "resist", certainty: Asserted}}},
		{name: "no authority acted", text: "Zuri Telecom said the tax does not apply to it.", none: true},
	})
}

// Unnamed people telling a news outlet make the claim reported.
func TestToldMediaIsReported(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "several drivers told Reuters",
			text: "Jordanian ride-hailing app Tareeq has blocked drivers who also work for rival Sayyara from logging in during peak hours, several drivers told Reuters.",
			want: []wantClaim{{kind: KindAction, actor: "Tareeq", target: "Sayyara", certainty: Reported}}},
	})
}

// An approval a firm wins for its own deal clears both parties, once.
func TestWonApprovalToBuyClearsBoth(t *testing.T) {
	oneApproval := func(t reporter, got []Claim) {
		t.Helper()
		n := 0
		for _, cl := range got {
			if cl.Kind == KindApproval {
				n++
			}
		}
		if n != 1 {
			t.Errorf("want one approval; got %s", describe(got))
		}
	}
	expectFrames(t, []frameCase{
		{name: "won approval to acquire a stake", text: "Hanul Financial Group won approval from South Korea's Financial Services Commission on Wednesday to acquire a majority stake in Seorak Life Insurance, clearing the way for the deal.", want: []wantClaim{want(KindApproval, "Financial Services Commission", "Hanul Financial Group"), want(KindApproval, "Financial Services Commission", "Seorak Life Insurance")}, check: oneApproval},
		{name: "received approval to buy", text: "Zeta Bank received approval from the Bank of Ghana to buy Nordic Pay.", want: []wantClaim{want(KindApproval, "Bank of Ghana", "Zeta Bank"), want(KindApproval, "Bank of Ghana", "Nordic Pay")}, check: oneApproval},
		{name: "secured clearance to acquire", text: "Halden Foods secured clearance from the CMA to acquire Fjordlaks Group.", want: []wantClaim{want(KindApproval, "CMA", "Halden Foods"), want(KindApproval, "CMA", "Fjordlaks Group")}, check: oneApproval},
	})
}
