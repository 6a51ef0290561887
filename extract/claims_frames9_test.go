package extract

import (
	"strings"
	"testing"
)

// Round 6, tuner C: false positives on unseen text. Each table holds
// passages written for one cause of a wrong claim; every one must give no
// claim, or the right one and not the wrong one.

// A sum glued to its currency ("Sh12 million", "Rs7.5bn", "Tk50 crore") is
// money, never a firm.
func TestFramesMoneyIsNoFirm(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "shilling headline", text: "Uganda fuel regulator fines kerosene importer Sh45 million over short measures",
			notParty: []string{"Sh45"}, notTarget: []string{"Sh45"}},
		{name: "rupee glued billions", text: "Competition watchdog fines four fertiliser makers Rs3.2bn for price fixing",
			notTarget: []string{"Rs3"}},
		{name: "taka crore", text: "BTRC fines mobile operator Tk50 crore for call drops",
			notTarget: []string{"Tk50"}},
		{name: "named firm keeps the fine", text: "The Energy Regulatory Commission fined Zawadi Gas Ltd Sh8 million on Monday.",
			want: []wantClaim{want(KindPenalty, "Energy Regulatory Commission", "Zawadi Gas")}, notTarget: []string{"Sh8"}},
		{name: "a firm named with digits stays a firm", text: "The Federal Financial Supervisory Authority fined N26 9.2 million euros on Tuesday.",
			want: []wantClaim{want(KindPenalty, "Federal Financial Supervisory Authority", "N26")}},
	})
}

// A place, product or commodity before a class noun ("Dnipro lender",
// "LPG distributor", "Blantyre bureau Chuma Forex") only describes the firm.
func TestFramesModifierBeforeClassNoun(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "city before lender, headline", text: "Georgia's central bank fines Kutaisi lender, orders owner to sell stake",
			notParty: []string{"Kutaisi"}},
		{name: "commodity before distributor and a sum", text: "Ghana energy regulator fines LPG distributor GH¢2 million over short-filled cylinders",
			notParty: []string{"LPG"}},
		{name: "commodity before distributor", text: "Zambia energy regulator fines LPG distributor over short-filled cylinders",
			notParty: []string{"LPG"}},
		{name: "city before bureau and its name", text: "The Bank of Zambia revoked the licence of Ndola bureau Mkushi Forex on Tuesday.",
			want: []wantClaim{want(KindPenalty, "Bank of Zambia", "Mkushi Forex")}, notParty: []string{"Ndola"}},
		{name: "region before plural class", text: "The Competition Commission approved the merger of Rift Valley millers Tamu Flour and Baraka Mills on Friday.",
			want: []wantClaim{want(KindApproval, "Competition Commission", "Tamu Flour")}, notParty: []string{"Rift Valley"}},
		{name: "a known firm before its own class noun stays", text: "The Securities and Exchange Commission fined Binance exchange $4 million on Monday.",
			want: []wantClaim{want(KindPenalty, "Securities and Exchange Commission", "Binance")}},
	})
}

// Sentence adverbs are no actors ("Separately, regional operator X said").
func TestFramesAdverbIsNoParty(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "separately opens", text: "Separately, regional carrier Skyhop Air, which flies some routes under a codeshare agreement, said it had not been named in the order.",
			notParty: []string{"Separately"}},
		{name: "additionally opens", text: "Additionally, payments firm Zuri Pay signed a distribution agreement with Kopa Bank.",
			notParty: []string{"Additionally"}, want: []wantClaim{want(KindAction, "Zuri Pay", "Kopa Bank")}},
		{name: "meanwhile opens", text: "Meanwhile, Tamarind Foods agreed to buy Orchid Dairy for $40 million.",
			notParty: []string{"Meanwhile"}, want: []wantClaim{want(KindAction, "Tamarind Foods", "Orchid Dairy")}},
		{name: "previously opens", text: "Previously, the regulator fined Veld Telecom 2 million rand.",
			notParty: []string{"Previously"}},
	})
}

// An acronym in parentheses after an authority's name is that authority,
// there and later, never a firm "the company" could mean.
func TestFramesAuthorityAcronymInParentheses(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "later the company is the fined firm", text: "The Energy Regulatory Authority (ERA) has fined Zawadi Gas Ltd 3 million shillings. The authority also suspended the company's licence for 30 days, ERA chief Jane Mwangi said.",
			want: []wantClaim{want(KindPenalty, "Energy Regulatory Authority", "Zawadi Gas")}, notParty: []string{"ERA"}},
		{name: "acronym acts later", text: "The Water Services Regulatory Board (WSRB) fined Kisima Utilities on Monday. WSRB also ordered the company to publish its tariffs.",
			want: []wantClaim{want(KindMandate, "Water Services Regulatory Board", "Kisima Utilities")}, notTarget: []string{"WSRB"}},
		{name: "a firm's acronym stays the firm", text: "The regulator fined Northern Star Petroleum (NSP) on Monday, and NSP said it would appeal.",
			want: []wantClaim{want(KindPenalty, "", "Northern Star Petroleum")}},
	})
}

// A review that ends in the same authority's clearance, told in one
// sentence, is the clearance, not a probe of the parties.
func TestFramesReviewEndingInClearance(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "relative review then signed off", text: "Tallinn Rail agreed to buy Baltic Freight for 40 million euros. The Competition Authority, which reviewed the deal separately, had signed off in May.",
			want: []wantClaim{want(KindApproval, "Competition Authority", "Baltic Freight")}, noKind: []string{KindProbe}},
		{name: "reviewed and cleared", text: "The Competition Commission of Kenya reviewed the merger of Tamu Mills and Baraka Flour for six months and cleared it on Monday.",
			want: []wantClaim{want(KindApproval, "Competition Commission of Kenya", "Tamu Mills")}, noKind: []string{KindProbe}},
		{name: "a review alone stays a probe", text: "Tallinn Rail agreed to buy Baltic Freight. The Competition Authority is reviewing the deal.",
			want: []wantClaim{want(KindProbe, "Competition Authority", "")}},
	})
}

// Declining to act, being appointed to a role, and asking a court for an
// order are no act on a firm.
func TestFramesNoActOnTheFirm(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "no further action against", text: "The Securities Commission said it would not take further action against Kauri Re, which it said had acted properly.",
			notParty: []string{"Kauri Re"}},
		{name: "will take no action", text: "The watchdog will take no action against Pohutu Insurance, a spokesman said.",
			notParty: []string{"Pohutu Insurance"}},
		{name: "action against stays a probe", text: "The Securities Commission took action against Kauri Re over misleading fees.",
			want: []wantClaim{want(KindProbe, "Securities Commission", "Kauri Re")}},
		{name: "appointed as receiver", text: "The central bank closed Mindoro Rural Bank on Friday. Visayas Trust Corporation was designated as receiver and will take charge of the bank's assets.",
			notParty: []string{"Visayas Trust Corporation"}},
		{name: "named liquidator", text: "The High Court wound up Kestrel Logistics Ltd and appointed Harland Partners Ltd as liquidator.",
			notParty: []string{"Harland Partners Ltd"}},
		{name: "lawsuit seeks an order", text: "The attorney general sued Remitly Plus Inc. The lawsuit, filed in state court in Boston, seeks restitution and an order barring the company from advertising free transfers.",
			noKind: []string{KindMandate}},
		{name: "complaint asks for an order", text: "The regulator's complaint against Vantor Pay Ltd, filed in federal court, asks for an order requiring the company to refund customers.",
			noKind: []string{KindMandate}},
		{name: "a court's order stays", text: "A federal court issued an order barring Vantor Pay Ltd from advertising free transfers.",
			want: []wantClaim{want(KindMandate, "federal court", "Vantor Pay")}},
	})
}

// "Under the licence, X must ..." binds X by whoever granted the licence;
// a law named later inside a relative clause ("services that are banned
// under local law") imposes nothing.
func TestFramesLicenceConditionsNotLaw(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "licence then relative law", text: "Oman's Telecommunications Regulatory Authority has granted OneWeb a licence to sell satellite internet. Under the licence, OneWeb must route all Omani traffic through a local gateway and must block services that are banned under local law.",
			want: []wantClaim{want(KindMandate, "Telecommunications Regulatory Authority", "OneWeb")}, notParty: []string{"local law"}},
		{name: "permit then relative rules", text: "The Maritime Authority granted Coral Ferries a permit on Monday. Under the permit, Coral Ferries must carry only passengers who are allowed under national rules.",
			want: []wantClaim{want(KindMandate, "Maritime Authority", "Coral Ferries")}, notParty: []string{"national rules"}},
		{name: "a law before must stays the actor", text: "Under the new payments law, all lenders must cap their fees at 2%.",
			check: func(t reporter, got []Claim) {
				t.Helper()
				for _, c := range got {
					if c.Kind == KindMandate && c.Actor.Name == "new payments law" {
						return
					}
				}
				t.Errorf("want a mandate by the new payments law, got %s", describe(got))
			}},
	})
}

// A system or product a firm is given access to ("Pix access for X") and a
// firm named only as whose rival another is ("Safaricom rival") are no
// parties.
func TestFramesAccessAndRivalAreNoParty(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "access approved for a wallet", text: "Brazil's central bank approves Pix access for fintech Nubra's local unit",
			notParty: []string{"Pix"}},
		{name: "access suspended for a firm", text: "The central bank said it had suspended SPEI access for payment firm Kuali Pagos while it reviews suspected fraud.",
			notParty: []string{"SPEI"}},
		{name: "rival before licence", text: "Tanzania grants Vodacom rival licence; Halotel opens to banks",
			notParty: []string{"Vodacom"}},
		{name: "rival before its name", text: "The regulator fined Zain rival Umniah Telecom 2 million dinars.",
			want: []wantClaim{want(KindPenalty, "regulator", "Umniah Telecom")}, notParty: []string{"Zain"}},
	})
}

// Sports bodies discipline players and clubs; they are no authority, and a
// club answering one is no firm answering the state.
func TestFramesSportsBodiesAreNoAuthority(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "league committee fines a player", text: "Kaizer Chiefs striker Lebo Mokoena was fined 20,000 rand and banned for three matches by the Premier Soccer League's disciplinary committee on Tuesday. The club said it would not appeal the sanction.",
			none: true},
		{name: "coach will not appeal to the league", text: "Orlando Pirates beat Golden Arrows 2-1 on Sunday. Arrows coach Sizwe Dube said the club would not appeal to the Premier Soccer League over the decision.",
			none: true},
		{name: "football association fines a club", text: "The Football Association fined Millwall Town 50,000 pounds for failing to control its players.",
			none: true},
		{name: "european football body bans a club", text: "UEFA banned Dinamo Vardar from European competition for one season over unpaid transfer fees.",
			none: true},
		{name: "cricket board suspends a franchise", text: "The Board of Control for Cricket in India suspended the Kochi Tuskers franchise for breaching its contract.",
			none: true},
		{name: "a league fined by a regulator is no actor", text: "The Competition Commission fined the Premier Soccer League 5 million rand over its broadcast rights deal.",
			notWant: []wantClaim{want(KindPenalty, "Premier Soccer League", "")}},
	})
}

// Giving goods back ("hand back 4,000 tonnes of beans") is a duty, not a
// payment; a firm that "received no notice" from an agency was bound by
// nothing.
func TestFramesGoodsAndNoNotice(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "hand back tonnes", text: "A Lagos commercial court ordered cocoa processor Ikeja Cocoa Ltd on Friday to hand back 3,000 tonnes of beans to trader Ogun Produce.",
			want: []wantClaim{want(KindMandate, "court", "Ikeja Cocoa")}, noKind: []string{KindPenalty}},
		{name: "return vehicles", text: "The tribunal ordered Kestrel Leasing Ltd to return 40 vehicles to its former customers.",
			noKind: []string{KindPenalty}},
		{name: "hand back money stays a penalty", text: "The court ordered Kestrel Leasing Ltd to hand back 4 million rand to its customers.",
			want: []wantClaim{want(KindPenalty, "court", "Kestrel Leasing")}},
		{name: "received no notice", text: "India's Enforcement Directorate has not searched the offices of lender Konkan Fintech, the company said. Konkan said it had received no notice from the agency.",
			noKind: []string{KindMandate}},
		{name: "has not received any order", text: "The telecom regulator is reviewing complaints about Andes Movil. Andes Movil said it had not received any order from the regulator.",
			noKind: []string{KindMandate}},
	})
}

// A firm's administrator, trustee or liquidator named in apposition is the
// firm bound, not the firm whose agent it is.
func TestFramesAgentOfAFirm(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "trustee in apposition", text: "The Australian Securities and Investments Commission said it had required Kestrel Super's trustee, Harbour Trustees Ltd, to hire an independent auditor.",
			want: []wantClaim{want(KindMandate, "Australian Securities and Investments Commission", "Harbour Trustees")}, notParty: []string{"Kestrel Super"}},
		{name: "administrator in apposition", text: "The regulator said it had separately required Harbourline's administrator, Keystone Fund Services, to appoint an independent expert.",
			notParty: []string{"Harbourline"}},
		{name: "liquidator in apposition", text: "The court ordered Maple Freight's liquidator, Orchard Advisory Ltd, to publish its accounts.",
			want: []wantClaim{want(KindMandate, "court", "Orchard Advisory")}, notParty: []string{"Maple Freight"}},
		{name: "a unit in apposition keeps its owner", text: "The regulator fined Kestrel Bank's unit, Kestrel Pay Ltd, 2 million dollars.",
			want: []wantClaim{want(KindPenalty, "regulator", "Kestrel Pay")}},
	})
}

// Closing a review of a firm's conduct "without further action" clears no
// deal: no approval.
func TestFramesClosedReviewIsNoApproval(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "conduct review closed", text: "The Financial Conduct Authority said on Tuesday it had closed its review of Halden Bank's anti-money-laundering controls without further action.",
			noKind: []string{KindApproval}},
		{name: "probe closed without action", text: "The Competition Bureau closed its investigation into Maple Grocers' pricing without taking action.",
			noKind: []string{KindApproval}},
		{name: "venture review closed stays a clearance", text: "Germany's Federal Cartel Office said it had closed its review of the joint venture between Saar Stahl GmbH and Mosel Metall AG without objections.",
			want: []wantClaim{want(KindApproval, "Federal Cartel Office", "Saar Stahl")}},
		{name: "merger probe closed stays a clearance", text: "The Competition Commission closed its investigation into the merger of Tamu Mills and Baraka Flour without conditions.",
			want: []wantClaim{want(KindApproval, "Competition Commission", "Tamu Mills")}},
	})
}

// An acronym before a plural common noun names a product ("SIM cards"),
// never the firm a later "it" means.
func TestFramesAcronymBeforeProductNoun(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "SIM cards then it", text: "Ugandan operator Lyca Mobile Uganda, which was fined by the Uganda Communications Commission last year for failing to register SIM cards, said on Monday it had signed a roaming deal with Airtel Kenya.",
			notParty: []string{"SIM"}},
		{name: "ATM machines", text: "Kenyan lender Kestrel Bank, which was ordered by the central bank to repair ATM machines, said it had signed a deal with Diebold Nixdorf.",
			notParty: []string{"ATM"}},
	})
}

// ", forcing X to ..." tells what the act before the comma did; an
// authority named only afterwards ("a complaint filed with the authority")
// forced nothing.
func TestFramesParticipleForcingIsNoMandate(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "forcing after a firm's act", text: "Cement maker Rift Cement allegedly cut supplies to rival Baraka Builders Ltd for two months, forcing the company to import clinker, according to a complaint filed with the Competition Authority of Kenya.",
			noKind: []string{KindMandate}},
		{name: "compelling after a firm's act", text: "Pan Andes Telecom refused to share its towers with Cordillera Movil SA, compelling the smaller firm to build its own, according to a filing with the regulator Osiptel.",
			noKind: []string{KindMandate}},
		{name: "an authority's forcing stays", text: "The Competition Authority of Kenya blocked the deal on Monday, forcing Rift Cement Ltd to sell its stake in Baraka Builders Ltd.",
			want: []wantClaim{want(KindMandate, "Competition Authority of Kenya", "Rift Cement")}},
	})
}

// "Port of Mombasa", "Port of Durban": a port is a place, never the firm
// "the terminal operator" means.
func TestFramesPortIsAPlace(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "terminal operator after a port", text: "Fuel marketer Bandari Oil Terminals refused to let rival Kilifi Energy Ltd use its tanks at the Port of Mombasa. The authority has opened an investigation into the terminal operator, the Competition Authority of Kenya said.",
			notParty: []string{"Port of Mombasa"}},
		{name: "port named as where", text: "The Competition Commission fined Durban Stevedores Ltd 3 million rand over delays at the Port of Durban.",
			notParty: []string{"Port of Durban"}, want: []wantClaim{want(KindPenalty, "Competition Commission", "Durban Stevedores")}},
	})
}

// "X must refund / reimburse / compensate" is an order to pay back: a
// penalty, as "ordered X to refund" is, not a separate mandate.
func TestFramesMustRefundIsPenalty(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "must reimburse customers", text: "The central bank said it had opened an inquiry into payment firm Kuali Pagos, and that Kuali Pagos must reimburse any customer who lost money.",
			want: []wantClaim{want(KindPenalty, "central bank", "Kuali Pagos")}, noKind: []string{KindMandate}},
		{name: "must refund fees", text: "Under the ruling by the Competition Tribunal, Veld Telecom must refund all roaming fees charged since March.",
			want: []wantClaim{want(KindPenalty, "Competition Tribunal", "Veld Telecom")}, noKind: []string{KindMandate}},
		{name: "must pay compensation", text: "The Energy Regulatory Commission said Zawadi Power Ltd must pay compensation to households hit by the blackout.",
			want: []wantClaim{want(KindPenalty, "Energy Regulatory Commission", "Zawadi Power")}},
		{name: "ordered to credit customers", text: "The telecom regulator fined Nile Cell 5 million pounds. It also ordered the company to credit every affected customer with 10 gigabytes of free data.",
			want: []wantClaim{want(KindPenalty, "regulator", "Nile Cell")}, noKind: []string{KindMandate}},
		{name: "directed to reimburse", text: "The Reserve Bank of Malawi directed Kestrel Bank Ltd to reimburse all customers charged the fee.",
			want: []wantClaim{want(KindPenalty, "Reserve Bank", "Kestrel Bank")}, noKind: []string{KindMandate}},
		{name: "ordered to do so after a refund", text: "Mobile operator Teletalk Plus pledged on Monday to refund 30 crore taka to its subscribers, a day after the Bangladesh Telecommunication Regulatory Commission ordered it to do so.",
			want: []wantClaim{want(KindPenalty, "Bangladesh Telecommunication Regulatory Commission", "Teletalk Plus")}, noKind: []string{KindMandate}},
		{name: "ordered to publish stays a mandate", text: "The Reserve Bank of Malawi ordered Kestrel Bank Ltd to publish its fees.",
			want: []wantClaim{want(KindMandate, "Reserve Bank", "Kestrel Bank")}},
		{name: "must publish stays a mandate", text: "The Energy Regulatory Commission said Zawadi Power Ltd must publish its tariffs.",
			want: []wantClaim{want(KindMandate, "Energy Regulatory Commission", "Zawadi Power")}},
	})
}

// A name set off by commas after a person's office ("The head of the
// SEC, Emomotimi Agama, said") is that person, never a target.
func TestFramesOfficeHolderInApposition(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "head of an authority", text: "The head of Nigeria's Securities and Exchange Commission, Tunde Bakare, said crypto firms such as Quidax must register with the regulator.",
			notParty: []string{"Tunde Bakare"}},
		{name: "firm's chief executive", text: "The regulator fined Kestrel Bank 2 million dollars. Kestrel's chief executive, Amara Obi, said the bank would appeal.",
			notParty: []string{"Amara Obi"}},
		{name: "governor of a central bank", text: "The governor of the central bank, Lesetja Naidoo, said Veld Bank Ltd must raise more capital.",
			notParty: []string{"Lesetja Naidoo"}, want: []wantClaim{want(KindMandate, "central bank", "Veld Bank")}},
		{name: "a firm in apposition after a class stays", text: "The regulator fined the country's largest lender, Kestrel Bank, 2 million dollars.",
			want: []wantClaim{want(KindPenalty, "regulator", "Kestrel Bank")}},
	})
}

// Universities, hospitals, unions and trade associations are no firms: a
// suit or an answer of theirs is no firm's claim.
func TestFramesInstitutionsAreNoFirms(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "university sues a government", text: "Makerere University sued the education ministry on Monday over a freeze of research grants. The university said the freeze was unlawful.",
			none: true},
		{name: "association answers a regulator", text: "The energy regulator ordered fuel retailers to cut prices. The Petroleum Outlets Association of Kenya said it would challenge the order in court.",
			notParty: []string{"Petroleum Outlets Association of Kenya"}},
		{name: "Western Union answers", text: "The Central Bank of Nigeria fined Western Union 2 million dollars. Western Union said it would appeal the fine.",
			want: []wantClaim{want(KindResponse, "Western Union", "Central Bank of Nigeria")}},
		{name: "a firm named like a school of thought stays", text: "The competition authority fined Kestrel Learning Ltd 2 million rand.",
			want: []wantClaim{want(KindPenalty, "competition authority", "Kestrel Learning")}},
	})
}

// A headline naming the firms loosely ("Falabella-Ripley tie-up", "Grab
// unit") restates the body's claim on the full names; it adds no claim of
// its own, least of all one by the country.
func TestFramesHeadlineLooseNamesRestateBody(t *testing.T) {
	country := func(name string) func(reporter, []Claim) {
		return func(t reporter, got []Claim) {
			t.Helper()
			for _, c := range got {
				if c.Actor.Name == name {
					t.Errorf("headline claim by %s kept: %s", name, describe(got))
				}
			}
		}
	}
	x := NewClaimExtractor(nil)
	cases := []struct {
		name, title, text, actor string
	}{
		{"hyphenated pair", "Peru blocks Saga-Oechsle tie-up", "LIMA - Peru's competition authority Indecopi on Monday blocked a proposed merger of department store chains Saga Group and Oechsle Stores, saying it would harm consumers.", "Peru"},
		{"unit of a named firm", "Thailand fines Grab unit over driver fees", "BANGKOK - Thailand's Office of Trade Competition Commission fined GrabTaxi Thailand 20 million baht for charging drivers undisclosed fees, the commission said.", "Thailand"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := x.Claims(Document{Title: c.title, Text: c.text})
			country(c.actor)(t, got)
			if len(got) == 0 {
				t.Errorf("want the body's claim, got none")
			}
		})
	}
}

// "ordered telecom providers to block Telegram": the providers are bound;
// what they must block is no party to the order.
func TestFramesWhatTheBoundMustBlock(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "providers to block an app", text: "Pakistan's telecom authority has ordered internet providers to block the messaging app Signal, according to a letter seen by Reuters.",
			notParty: []string{"Signal"}},
		{name: "named firms to ban a rival's app", text: "The communications ministry told Jazz Telecom and Zong Mobile to ban the video app Likee within a week.",
			want: []wantClaim{want(KindMandate, "communications ministry", "Jazz Telecom")}, notParty: []string{"Likee"}},
		{name: "told to suspend, passive", text: "Vietnamese e-wallet SaiGonPay has been told to suspend onboarding of new users while the State Bank of Vietnam reviews its controls.",
			want: []wantClaim{want(KindMandate, "State Bank of Vietnam", "SaiGonPay")}},
	})
}

// Real pages outside business news: a compound of nationalities
// ("British-Israeli", "India-Pakistan") is no name; a speaker closing the
// sentence (", Dar said.") is no target; "not authorised to speak" is no
// approval.
func TestFramesGeneralNewsIsNoClaim(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "nationality compound", text: "A British-Israeli aid worker was killed in the strike. The military said the incident was being investigated.",
			notParty: []string{"British-Israeli"}},
		{name: "country pair compound", text: "The India-Pakistan ceasefire was restricted to the border region, the minister said.",
			notParty: []string{"India-Pakistan"}},
		{name: "honorific is a person", text: "The university's chancellor, Dame Louise Harding, resigned. It was restricted to research funding, the board said.",
			notParty: []string{"Dame Louise Harding"}},
		{name: "speaker after clear the debris", text: "Police and military officials later sealed off the area to clear the debris, Dar said.",
			none: true},
		{name: "not authorised to speak", text: "A police officer told AP on condition of anonymity as they were not authorized to talk to the media.",
			none: true},
		{name: "not allowed to comment", text: "The people spoke to Reuters on condition of anonymity because they were not permitted to comment publicly on the Vodafone deal.",
			noKind: []string{KindApproval}},
	})
}

// "X has been forced to cut prices" with no authority in the sentence is
// the market's pressure, not an order of the authority named before.
func TestFramesForcedWithoutAgentIsNoMandate(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "forced to cut a price", text: "A Paris court fined Lumière Jets SA 2 million euros last year. Tesco has been forced to cut the price of its Gulfstream jet by 3 million pounds in an attempt to sell it.",
			notWant: []wantClaim{want(KindMandate, "", "Tesco")}},
		{name: "forced by the regulator stays", text: "Sri Lankan insurer Lanka Shield has been forced by the Insurance Supervisory Board to raise its capital.",
			want: []wantClaim{want(KindMandate, "Insurance Supervisory Board", "Lanka Shield")}},
	})
}

// A legislature approving a politician's pick ("Senate approves Trump's
// 200th federal judge") approves no firm.
func TestFramesApprovedNomineeIsNoFirm(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "senate approves a judge", text: "Senate approves Trump's 200th federal judge",
			none: true},
		{name: "lawmakers approve a nominee", text: "Kenya's parliament approved Ruto's pick for central bank governor on Tuesday.",
			none: true},
	})
}

// What an authority "should" do is someone's opinion, no act.
func TestFramesShouldIsOpinion(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "analysts say should order", text: "Analysts said Japan's Financial Services Agency should order SBI Holdings to strengthen its crypto controls after the hack.",
			none: true},
		{name: "critics say should fine", text: "Critics say the Competition Bureau should fine Maple Grocers Ltd for its pricing.",
			none: true},
		{name: "ought to investigate", text: "Lawmakers said the securities regulator ought to investigate Kestrel Capital Ltd.",
			none: true},
		{name: "firm should comply stays out", text: "The regulator ordered Kestrel Capital Ltd to publish its fees.",
			want: []wantClaim{want(KindMandate, "regulator", "Kestrel Capital")}},
	})
}

// "has no plans to examine X", "does not intend to fine X": an act ruled
// out, as "would not take further action against X" is.
func TestFramesNoPlansToAct(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "no plans to examine", text: "The regulator said it had no plans to examine Kestrel Bank Ltd.",
			notParty: []string{"Kestrel Bank Ltd"}},
		{name: "does not intend to fine", text: "The data protection authority does not intend to fine Zuri Telecom Ltd, a spokesman said.",
			notParty: []string{"Zuri Telecom Ltd"}},
		{name: "has no intention of blocking", text: "The competition commission has no intention of blocking the merger of Tamu Mills Ltd and Baraka Flour Ltd, its chairman said.",
			noKind: []string{KindMandate}},
		{name: "plans to examine stays a hedged probe", text: "The regulator said it plans to examine Kestrel Bank Ltd next month.",
			want: []wantClaim{want(KindProbe, "regulator", "Kestrel Bank")}},
	})
}

// A headline's described authority ("Thai regulator clears ...") is the
// body's named one when the body's claim falls on the same firms.
func TestFramesHeadlineDescribedAuthorityRestatesBody(t *testing.T) {
	x := NewClaimExtractor(nil)
	got := x.Claims(Document{Title: "Thai regulator clears Central-Robinson mall deal, with conditions",
		Text: "BANGKOK - Thailand's Trade Competition Commission on Friday approved Central Pattana's 12 billion baht purchase of three shopping malls from rival Robinson Retail."})
	for _, c := range got {
		if c.Actor.Name == "Thai regulator" {
			t.Errorf("headline claim kept beside the body's: %s", describe(got))
		}
	}
	if len(got) == 0 {
		t.Errorf("want the body's approval, got none")
	}
}

// The owner named in an apposition ("X, a unit of Y,", "X, which is
// controlled by Y,") is not acted upon with X.
func TestFramesOwnerInAppositionIsNoTarget(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "a unit of", text: "Halotel Tanzania, a unit of Vietnam's Viettel Group, was fined 500 million shillings by the Tanzania Communications Regulatory Authority for poor service.",
			want: []wantClaim{want(KindPenalty, "Tanzania Communications Regulatory Authority", "Halotel Tanzania")}, notParty: []string{"Viettel Group"}},
		{name: "controlled by", text: "The Securities and Exchange Commission of Pakistan fined Karachi Power Ltd, which is controlled by Abraaj Holdings Ltd, 5 million rupees.",
			want: []wantClaim{want(KindPenalty, "Securities and Exchange Commission of Pakistan", "Karachi Power")}, notParty: []string{"Abraaj Holdings Ltd"}},
		{name: "a subsidiary of", text: "The regulator ordered Kopa Cash, a subsidiary of Tala Holdings Inc, to notify every affected customer.",
			want: []wantClaim{want(KindMandate, "regulator", "Kopa Cash")}, notParty: []string{"Tala Holdings Inc"}},
	})
}

// "its exchange rates", "the bank fees": a firm noun inside a compound
// noun refers to no firm, and must not become what "the company" means.
func TestFramesCompoundNounIsNoReference(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "its exchange rates", text: "The attorney general sued Remitly Plus Inc on Tuesday. Remitly Plus's banking partner, Ohio-based Hudson Trust Bank, was not named as a defendant. In a statement, Remitly Plus called the allegations baseless and said its exchange rates were clearly displayed. The Consumer Financial Protection Bureau opened its own inquiry into the company last year, according to a regulatory filing by Remitly Plus.",
			want: []wantClaim{want(KindProbe, "Consumer Financial Protection Bureau", "Remitly Plus")}, notWant: []wantClaim{want(KindProbe, "Consumer Financial Protection Bureau", "Hudson Trust Bank")}},
	})
}

func TestCompoundNounIsNoFirmMention(t *testing.T) {
	x := NewClaimExtractor(nil)
	cases := []string{
		"Kestrel Pay Ltd said its exchange rates were clearly displayed.",
		"The operator said its network outage had been fixed.",
		"The lender said its bank charges were lawful.",
	}
	for _, text := range cases {
		for _, tr := range x.Explain(Document{Text: "The regulator fined Hudson Trust Bank Ltd. " + text}) {
			for _, e := range tr.Entities {
				if e.Type == TypeFirm && (strings.HasPrefix(e.Text, "its ") || strings.HasPrefix(e.Text, "the ")) {
					t.Errorf("%q: compound noun %q read as a firm (%s)", text, e.Text, e.Canonical)
				}
			}
		}
	}
}

// "appeal to customers to stay calm", "appealed for calm": a plea, not an
// appeal against the authority.
func TestFramesAppealAsPlea(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "appeal to customers to", text: "The central bank fined Kestrel Bank Ltd 2 million dollars. Kestrel said it would appeal to customers to stay calm and that deposits were safe.",
			noKind: []string{KindResponse}},
		{name: "appealed for calm", text: "The regulator suspended Zawadi Pay Ltd's licence on Monday. Zawadi Pay appealed for calm among its agents.",
			noKind: []string{KindResponse}},
		{name: "appeal to the tribunal stays", text: "The central bank fined Kestrel Bank Ltd 2 million dollars. Kestrel said it would appeal to the tribunal.",
			want: []wantClaim{want(KindResponse, "Kestrel", "central bank")}},
	})
}
