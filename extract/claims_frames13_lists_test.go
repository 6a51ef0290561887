package extract

import "testing"

// Round 8, tuner TL: lists and several parties. An act on "A and B" binds
// every member, whatever stands between them: an ownership or place
// modifier ("state-owned", "Lyon-based"), a dash after a counted class, an
// unknown one-word name that only its list-mates show to be a firm.

// TestFramesListModifiers: a member introduced by an ownership or place
// modifier is still a member.
func TestFramesListModifiers(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "and state-owned B, combined amount", text: "Kenya's Communications Authority has fined Safaricom and state-owned Telkom Kenya a combined 300 million shillings for SIM registration lapses.",
			want: []wantClaim{want(KindPenalty, "Communications Authority", "Safaricom"), want(KindPenalty, "Communications Authority", "Telkom Kenya")}},
		{name: "and city-based B, probe", text: "Poland's competition office UOKiK opened proceedings against Allegro and Warsaw-based Modivo Group over misleading discount labels.",
			want: []wantClaim{want(KindProbe, "UOKiK", "Allegro"), want(KindProbe, "UOKiK", "Modivo")}},
		{name: "and privately held B, order", text: "The ministry ordered Vinaphone and privately held Gtel Mobile Corp to restore service within 24 hours.",
			want: []wantClaim{want(KindMandate, "ministry", "Vinaphone"), want(KindMandate, "ministry", "Gtel Mobile")}},
		{name: "A, state-run B and C, passive", text: "Ethio Telecom, state-run Yemen Mobile Corp and Zain Sudan were fined by the regional regulator for roaming overcharges.",
			want: []wantClaim{want(KindPenalty, "regulator", "Yemen Mobile"), want(KindPenalty, "regulator", "Zain Sudan")}},
		{name: "and family-owned B, approval", text: "The Federal Cartel Office cleared Rewe and family-owned Globus Holding to take over the stores of a bankrupt rival.",
			want: []wantClaim{want(KindApproval, "Federal Cartel Office", "Rewe"), want(KindApproval, "Federal Cartel Office", "Globus")}},
		{name: "last member with a corporate word", text: "Mexico's Cofece fined Banorte, Banamex and Inbursa Group for fixing bond prices.",
			want: []wantClaim{want(KindPenalty, "Cofece", "Banamex"), want(KindPenalty, "Cofece", "Inbursa")}, notTarget: []string{"Banamex and"}},
		{name: "near miss: one name with and outside a list", text: "The FDA fined Church and Dwight Co over labelling.",
			want: []wantClaim{want(KindPenalty, "FDA", "Church and Dwight")}},
		{name: "near miss: while state-owned B escaped", text: "The regulator fined Airtel Uganda, while state-owned Uganda Telecom Ltd escaped a penalty.",
			want:    []wantClaim{want(KindPenalty, "regulator", "Airtel Uganda")},
			notWant: []wantClaim{{kind: KindPenalty, target: "Uganda Telecom"}}},
		{name: "near miss: new sentence after semicolon", text: "The watchdog fined MTN Nigeria; state-owned Ntel Ltd said it welcomed the ruling.",
			notWant: []wantClaim{{kind: KindPenalty, target: "Ntel"}}},
	})
}

// TestFramesAllCapsShortName: a short all-capitals name that spells a
// common word ("AT Ghana", "ON Semiconductor") is a name, not the word.
func TestFramesAllCapsShortName(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "AT Ghana second in list", text: "Ghana's National Communications Authority has fined Telecel Ghana and AT Ghana a combined GH₵9.6 million.",
			want: []wantClaim{want(KindPenalty, "National Communications Authority", "AT Ghana")}},
		{name: "ON first in list", text: "The agency fined ON Semiconductor and Vishay Intertechnology $2 million over export paperwork.",
			want: []wantClaim{want(KindPenalty, "agency", "ON Semiconductor"), want(KindPenalty, "agency", "Vishay")}},
		{name: "clipped and inside a name", text: "Malaysia's competition commission fined Touch 'n Go Sdn Bhd and Boost Holdings over wallet fees.",
			want: []wantClaim{want(KindPenalty, "competition commission", "Touch 'n Go"), want(KindPenalty, "competition commission", "Boost")}},
		{name: "near miss: AT in a headline of capitals", text: "REGULATOR FINES OPERATORS AT HOME. The regulator fined Telecel Ghana on Monday.",
			notParty: []string{"AT HOME", "AT"}},
	})
}

// TestFramesListMatesShowFirm: an unknown one-word name is a firm when a
// member of the same list is one, however long the list, and after a
// dash or colon that opens a counted class's members.
func TestFramesListMatesShowFirm(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "dash after counted class", text: "The Korea Fair Trade Commission imposed fines totalling 3 billion won on three food-delivery apps – Yogiyo, Baemin and Coupang Eats – for fee clauses, the commission said.",
			want: []wantClaim{want(KindPenalty, "Korea Fair Trade Commission", "Yogiyo"), want(KindPenalty, "Korea Fair Trade Commission", "Baemin"), want(KindPenalty, "Korea Fair Trade Commission", "Coupang Eats")}},
		{name: "colon after counted class", text: "Brazil's Procon fined two airlines: Azul and Gol Linhas Aereas over refund delays.",
			want: []wantClaim{want(KindPenalty, "Procon", "Azul"), want(KindPenalty, "Procon", "Gol")}},
		{name: "such as, one member with inner capital", text: "Apple said it would let EU users set rival browsers such as Vivaldi and DuckDuckGo as default on iPads.",
			want: []wantClaim{want(KindAction, "Apple", "Vivaldi"), want(KindAction, "Apple", "DuckDuckGo")}},
		{name: "chain of three, firm at the end", text: "The regulator fined Wavely, Streamo and Coupang Play over cancellation buttons.",
			want: []wantClaim{want(KindPenalty, "regulator", "Wavely"), want(KindPenalty, "regulator", "Streamo")}},
		{name: "comma after counted class, three members", text: "Indonesia's OJK sanctioned three peer-to-peer lenders, Dana Kilat, Rupiah Cepat and Pinjamku, for harassing borrowers.",
			want: []wantClaim{want(KindPenalty, "OJK", "Dana Kilat"), want(KindPenalty, "OJK", "Rupiah Cepat")}},
		{name: "near miss: one name after a comma opens a clause", text: "The regulator fined two banks, Acme Capital said on Monday.",
			notWant: []wantClaim{{kind: KindPenalty, target: "Acme"}}},
		{name: "near miss: persons listed with a firm", text: "Shares of Telkom rose after Smith and Jones left the board.",
			notParty: []string{"Smith", "Jones"}},
	})
}

// TestFramesMembersAppositive: a class whose members are set off between
// commas ("lenders, including A and B, must ...", "told retailers,
// including A and B, not to ...") binds the named members.
func TestFramesMembersAppositive(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "including, must, authority after", text: "From March, all payment banks in the country, including Paytm Payments Bank and Airtel Payments Bank, must verify merchants in person, the Reserve Bank of India said.",
			want: []wantClaim{want(KindMandate, "Reserve Bank of India", "Paytm"), want(KindMandate, "Reserve Bank of India", "Airtel Payments Bank")}},
		{name: "among them, singular class", text: "Every betting firm, among them Betika and SportPesa Ltd, must pay the new levy by June, Kenya's Betting Control and Licensing Board said.",
			want: []wantClaim{want(KindMandate, "Betting Control and Licensing Board", "Betika"), want(KindMandate, "Betting Control and Licensing Board", "SportPesa")}},
		{name: "notably, three members", text: "Iraq's Communications and Media Commission said mobile carriers, notably Zain Iraq, Asiacell and Korek Telecom, must store call records for two years.",
			want: []wantClaim{want(KindMandate, "Communications and Media Commission", "Zain Iraq"), want(KindMandate, "Communications and Media Commission", "Asiacell"), want(KindMandate, "Communications and Media Commission", "Korek")}},
		{name: "instructed, including, not to", text: "The UAE Ministry of Economy has instructed retailers, including Carrefour and Spinneys, not to raise bread prices without its approval.",
			want: []wantClaim{want(KindMandate, "Ministry of Economy", "Carrefour"), want(KindMandate, "Ministry of Economy", "Spinneys")}},
		{name: "told two names not to", text: "Pakistan's telecoms authority directed Jazz Pakistan and Zong Telecom not to block VPN traffic.",
			want: []wantClaim{want(KindMandate, "telecoms authority", "Jazz"), want(KindMandate, "telecoms authority", "Zong")}},
		{name: "near miss: no authority, only analysts", text: "Analysts say lenders, including Equity Bank and KCB Group, must raise more capital next year.",
			noKind: []string{KindMandate}},
		{name: "near miss: told reporters, not an order", text: "The regulator told reporters that Jazz Pakistan would not raise prices.",
			notWant: []wantClaim{{kind: KindMandate, target: "Jazz"}}},
	})
}

// TestFramesFollowedBy: a ranking ("A received the largest fine, followed
// by B and C") puts every firm it lists under the act told of the first.
func TestFramesFollowedBy(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "passive lead, received, followed by three", text: "Four rural lenders have been fined a combined 9 million yuan by the National Financial Regulatory Administration. Anhui Huaiyin Bank received the largest fine, 4 million yuan, followed by Gansu Longyuan Bank, Hubei Jingchu Bank and Jilin Songhua Bank.",
			want: []wantClaim{want(KindPenalty, "National Financial Regulatory Administration", "Gansu Longyuan Bank"), want(KindPenalty, "National Financial Regulatory Administration", "Jilin Songhua Bank")}},
		{name: "active fine, amount, followed by two", text: "The FCA fined Barclays the most, £20 million, followed by Lloyds Banking Group and NatWest Group.",
			want: []wantClaim{want(KindPenalty, "FCA", "Barclays"), want(KindPenalty, "FCA", "Lloyds"), want(KindPenalty, "FCA", "NatWest")}},
		{name: "ordered to pay, followed by", text: "Telkomsel was ordered by the regulator to pay the biggest refund, 2 billion rupiah, followed by Indosat Ooredoo and XL Axiata.",
			want: []wantClaim{want(KindPenalty, "regulator", "Indosat"), want(KindPenalty, "regulator", "XL Axiata")}},
		{name: "near miss: followed by a statement", text: "The FCA fined Barclays £20 million on Monday, followed by a statement from Lloyds Banking Group that it had settled.",
			notWant: []wantClaim{{kind: KindPenalty, target: "Lloyds"}}},
		{name: "near miss: another clause before followed by", text: "The FCA fined Barclays £20 million, while Santander UK grew fastest, followed by Monzo Bank Ltd.",
			notWant: []wantClaim{{kind: KindPenalty, target: "Monzo"}}},
	})
}

// TestFramesListDescribedMembers: each member may bring its own lower-case
// description ("online lender A and payment aggregator B").
func TestFramesListDescribedMembers(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "searched offices of two described firms", text: "Officers of the Enforcement Directorate searched the Mumbai offices of gaming app Khelo11 and payment aggregator Razorpe on Friday.",
			want: []wantClaim{want(KindProbe, "Enforcement Directorate", "Khelo11"), want(KindProbe, "Enforcement Directorate", "Razorpe")}},
		{name: "fined chain and pharmacy", text: "Romania's consumer authority ANPC fined supermarket Mega Image and pharmacy Catena Hygeia over expired products.",
			want: []wantClaim{want(KindPenalty, "ANPC", "Mega Image"), want(KindPenalty, "ANPC", "Catena")}},
		{name: "approved lab and foundry", text: "The Dutch competition authority ACM cleared testing laboratory Kiwa Nederland and foundry Nedal to form a joint venture.",
			want: []wantClaim{want(KindApproval, "ACM", "Kiwa"), want(KindApproval, "ACM", "Nedal")}},
		{name: "near miss: the aggregator as a reference", text: "The Enforcement Directorate searched the offices of Razorpe Ltd. The aggregator said it was cooperating.",
			notParty: []string{"aggregator"}},
	})
}

// TestFramesCountedReference: "the two operators", "the three lenders"
// refer back to the last group of that many firms, so a later act binds
// every one of them.
func TestFramesCountedReference(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "the two operators, previous sentence a deal", text: "Zamtel and Airtel Zambia agreed on Monday to link their mobile wallets. The Bank of Zambia had required the two operators to make the wallets interoperable by June.",
			want: []wantClaim{want(KindMandate, "Bank of Zambia", "Zamtel"), want(KindMandate, "Bank of Zambia", "Airtel Zambia")}},
		{name: "the three lenders must", text: "The Bank of Thailand granted virtual bank licences to Krungthai Bank, SCB X and Ascend Money on Thursday. The three lenders must begin operating within a year, the central bank said.",
			want: []wantClaim{want(KindMandate, "Bank of Thailand", "Krungthai"), want(KindMandate, "Bank of Thailand", "Ascend Money")}},
		{name: "ordered the two carriers", text: "Ghana's National Communications Authority fined MTN Ghana and Telecel Ghana on Monday. The authority also ordered the two carriers to publish monthly outage reports.",
			want: []wantClaim{want(KindMandate, "National Communications Authority", "MTN Ghana"), want(KindMandate, "National Communications Authority", "Telecel Ghana")}},
		{name: "the four banks were fined", text: "Mexico's CNBV opened a review of Banorte, Banco Azteca, Banamex and Inbursa Group last month. The four banks were fined a combined 40 million pesos by the commission on Friday.",
			want: []wantClaim{want(KindPenalty, "CNBV", "Banco Azteca"), want(KindPenalty, "CNBV", "Inbursa")}},
		{name: "near miss: count does not match the group", text: "The regulator fined MTN Ghana and Telecel Ghana on Monday. It also ordered the three carriers to publish outage reports.",
			notWant: []wantClaim{{kind: KindMandate, target: "MTN"}}},
		{name: "near miss: no authority", text: "Safaricom and Airtel Kenya reported higher profits. Analysts said the two operators must invest more in fibre.",
			noKind: []string{KindMandate}},
	})
}

// TestFramesCountedReferenceSameSentence: a counted phrase right after the
// list it restates ("A and B, the two lenders said") is no new party.
func TestFramesCountedReferenceSameSentence(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "the two lenders said", text: "Kuwait's central bank has approved the merger of Gulf Union Bank and Boubyan Trade Bank, the two lenders said in filings on Sunday.",
			want: []wantClaim{want(KindApproval, "central bank", "Gulf Union Bank"), want(KindApproval, "central bank", "Boubyan Trade Bank")},
			check: func(t reporter, got []Claim) {
				for _, c := range got {
					if len(c.Targets) > 2 {
						t.Errorf("the restated pair added targets: %s", describe([]Claim{c}))
					}
				}
			}},
	})
}

// TestFramesHeadlineListKept: a list told in the headline and again in the
// body keeps every firm when a later sentence singles one out.
func TestFramesHeadlineListKept(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "headline and body list, one singled out", text: "Japan's JFTC fines Rakuten, Mercari over fake reviews\nTOKYO - The Japan Fair Trade Commission said on Monday it will impose fines totalling 900 million yen on Rakuten and Mercari for hosting fake reviews. Rakuten faces the larger penalty at 600 million yen, the commission said.",
			want: []wantClaim{want(KindPenalty, "Fair Trade Commission", "Rakuten"), want(KindPenalty, "Fair Trade Commission", "Mercari")}},
		{name: "headline pair, body names both in passive", text: "Kenya fines Safaricom, Airtel over SIM lapses\nNAIROBI - Safaricom and Airtel Kenya were fined a combined 40 million shillings by the Communications Authority of Kenya on Tuesday. Safaricom was hit with the bigger share, the authority said.",
			want: []wantClaim{want(KindPenalty, "Communications Authority", "Safaricom"), want(KindPenalty, "Communications Authority", "Airtel")}},
	})
}

// TestFramesExemptedFirms: firms set outside an act told before ("were not
// subject to the ban", "does not apply to A and B", "exempt from the
// fine") are denied that act by the same authority.
func TestFramesExemptedFirms(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "were not subject to the ban", text: "Kenya's Communications Authority barred Telkom Kenya from registering new lines. Safaricom and Airtel Kenya were not subject to the ban, the authority said.",
			want: []wantClaim{denied(KindMandate, "Communications Authority", "Safaricom"), denied(KindMandate, "Communications Authority", "Airtel Kenya")}},
		{name: "the order does not apply to", text: "India's DGCA ordered SpiceJet to cut its flights by half. The order does not apply to IndiGo and Air India Express, the regulator said.",
			want: []wantClaim{denied(KindMandate, "DGCA", "IndiGo"), denied(KindMandate, "DGCA", "Air India Express")}},
		{name: "exempt from the penalty", text: "Brazil's Cade fined Ambev 30 million reais for exclusive deals with bars. Heineken Brasil and Grupo Petropolis were exempt from the penalty because they cooperated.",
			want: []wantClaim{denied(KindPenalty, "Cade", "Heineken"), denied(KindPenalty, "Cade", "Petropolis")}},
		{name: "not subject to the investigation", text: "The SEC opened an investigation into Coinbase over staking. Kraken Inc is not subject to the investigation, a spokesperson for the agency said.",
			want: []wantClaim{denied(KindProbe, "SEC", "Kraken")}},
		{name: "near miss: no act told before", text: "The new data rules do not apply to Jumia Technologies, the company said.",
			noKind: []string{KindMandate}},
		{name: "near miss: a firm comments on the ban", text: "The regulator barred Telkom Kenya from new registrations. Safaricom Plc said the ban showed the market was working.",
			notWant: []wantClaim{{kind: KindMandate, target: "Safaricom"}, {kind: KindMandate, target: "Safaricom", negated: true}}},
	})
}

// TestFramesOwnedUnitsAndMakers: a one-word unit a known firm owns
// ("Vodafone's Lowi") is a party; a class's members told by their makers
// ("including new models from A and B") are the makers.
func TestFramesOwnedUnitsAndMakers(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "owned unit, appositive, not sanctioned", text: "Telecom Argentina and Claro were each fined by ENACOM. A third operator, Telefónica's Movistar, was not sanctioned, the regulator said.",
			want: []wantClaim{denied(KindPenalty, "ENACOM", "Movistar")}},
		{name: "owned unit in a list", text: "The agency fined Naspers' Takealot, Nestle's Garoto and Siemens' Mobilex over late refunds.",
			want: []wantClaim{want(KindPenalty, "agency", "Garoto")}},
		{name: "owned unit was not sanctioned", text: "Spain's CNMC said Vodafone's Lowi was not sanctioned.",
			want: []wantClaim{denied(KindPenalty, "CNMC", "Lowi")}},
		{name: "near miss: an amount after the possessive", text: "The CCI is likely to clear UltraTech Cement's Rs 8,200-crore purchase of Kesoram's plants.",
			notParty: []string{"Rs"}},
		{name: "near miss: a firm's boss speaking", text: "The SEC fined Tesla $20 million. Tesla's Musk said the company would appeal the fine.",
			notParty: []string{"Musk"}},
		{name: "makers of approved products", text: "China's cyberspace regulator approved another 14 generative AI services, including new models from iFlytek and MiniMax, the agency said.",
			want: []wantClaim{want(KindApproval, "cyberspace regulator", "iFlytek"), want(KindApproval, "cyberspace regulator", "MiniMax")}},
		{name: "apps made by, fined", text: "Vietnam's information ministry fined six lending apps, including apps run by Tima Finance and Doctor Dong, for harassing borrowers.",
			want: []wantClaim{want(KindPenalty, "information ministry", "Tima"), want(KindPenalty, "information ministry", "Doctor Dong")}},
	})
}

// TestFramesCountedClassNamedLater: a counted class acted on and, later in
// the sentence, exactly that many firms named as subjects of a clause: the
// firms are the class's members.
func TestFramesCountedClassNamedLater(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "passive told, which said that", text: "Two Nigerian lenders were fined by the central bank, which said on Monday that Wema Bank and Sterling Bank had breached foreign exchange rules.",
			want: []wantClaim{want(KindPenalty, "central bank", "Wema Bank"), want(KindPenalty, "central bank", "Sterling Bank")}},
		{name: "active, saying three", text: "The SEC fined three brokers on Tuesday, saying Apex Clearing, Velox Securities and Rydell Capital misled clients about fees.",
			want: []wantClaim{want(KindPenalty, "SEC", "Apex Clearing"), want(KindPenalty, "SEC", "Velox"), want(KindPenalty, "SEC", "Rydell")}},
		{name: "ordered four, found that", text: "Kenya's insurance regulator ordered four insurers to publish their claim ratios after finding that Jubilee Insurance, Britam Holdings, CIC Group and APA Insurance were hiding them.",
			want: []wantClaim{want(KindMandate, "insurance regulator", "Jubilee"), want(KindMandate, "insurance regulator", "APA Insurance")}},
		{name: "near miss: the count does not match", text: "Three carriers were fined by the FCC, which said that Verizon and AT&T had cooperated.",
			notWant: []wantClaim{{kind: KindPenalty, target: "Verizon"}}},
		{name: "near miss: analysts at two banks", text: "Two lenders were fined by the regulator, and analysts at Barclays and Citigroup said more fines would follow.",
			notWant: []wantClaim{{kind: KindPenalty, target: "Barclays"}}},
	})
}

// TestFramesPartnersUnderDealList: "X buys from A and B under long-term
// contracts" makes partners of every firm listed.
func TestFramesPartnersUnderDealList(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "including A and B under contracts", text: "Kenya Power buys a fifth of its electricity from independent producers, including Tsavo Power and Gulf Energy Ltd, under long-term contracts.",
			want: []wantClaim{want(KindAction, "Kenya Power", "Tsavo Power"), want(KindAction, "Kenya Power", "Gulf Energy")}},
		{name: "supplies A, B and C under a deal", text: "Dangote Cement supplies clinker to Ashanti Cement, Volta Builders Ltd and Kumasi Blocks under a five-year agreement.",
			want: []wantClaim{want(KindAction, "Dangote", "Ashanti Cement"), want(KindAction, "Dangote", "Kumasi Blocks")}},
		{name: "near miss: owner of the partner", text: "Kenya Power buys electricity from Tsavo Power, Aldwych International's unit, under a long-term contract.",
			notWant: []wantClaim{{kind: KindAction, target: "Aldwych"}}},
	})
}

// TestFramesListInFindingsAndAgents: an inquiry's finding about "A and B",
// an inquiry closed on "A and B", and one act by "both X and Y" cover every
// firm and every authority listed.
func TestFramesListInFindingsAndAgents(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "closed its investigation into two", text: "Denmark's competition authority found no evidence that grocers Netto Plus and Fakta Nord had shared price plans, and closed its investigation on Friday.",
			want: []wantClaim{want(KindProbe, "competition authority", "Netto Plus"), want(KindProbe, "competition authority", "Fakta Nord")}},
		{name: "an inquiry found that A and B", text: "An Ofcom investigation found that Vodafone UK and Three UK had overcharged customers who left their contracts.",
			want: []wantClaim{want(KindProbe, "Ofcom", "Vodafone UK"), want(KindProbe, "Ofcom", "Three UK")}},
		{name: "greenlit by both", text: "Rogers' takeover of Shaw Communications was greenlit by both the Competition Bureau and the CRTC on Friday.",
			want: []wantClaim{want(KindApproval, "Competition Bureau", "Shaw"), want(KindApproval, "CRTC", "Shaw")}},
		{name: "near miss: both in a firm's subject", text: "Both Telus and Rogers were approved by the CRTC to bid, and analysts at both banks said the auction would be slow.",
			notParty: []string{"both"}},
	})
}

// TestFramesMembersInObject: a class bound by a verb and qualified at
// length, its members set off before the infinitive ("requiring chains
// with sales above X, including A, B and C, to pay"), binds the members.
func TestFramesMembersInObject(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "law requiring, including, to", text: "Poland's parliament passed a law requiring supermarket chains with more than 500 stores, including Biedronka, Lidl Polska and Kaufland, to publish their margins.",
			want: []wantClaim{want(KindMandate, "parliament", "Biedronka"), want(KindMandate, "parliament", "Lidl"), want(KindMandate, "parliament", "Kaufland")}},
		{name: "ordered, such as, to", text: "The Dominican central bank ordered lenders with large mortgage books, such as Banco Popular Dominicano and Banreservas, to raise their provisions.",
			want: []wantClaim{want(KindMandate, "central bank", "Banco Popular"), want(KindMandate, "central bank", "Banreservas")}},
		{name: "told, among them, to", text: "Bangladesh Bank told operators running payment apps, among them bKash and Nagad Ltd, to cap their cash-out fees.",
			want: []wantClaim{want(KindMandate, "Bangladesh Bank", "bKash"), want(KindMandate, "Bangladesh Bank", "Nagad")}},
		{name: "near miss: told a reporter that", text: "The authority told Reuters that retailers, including Carrefour and Spinneys, had raised prices.",
			notWant: []wantClaim{{kind: KindMandate, target: "Carrefour"}}},
	})
}

// TestFramesGappedCoordination: a second half that names more firms under
// the act of the first and drops its verb ("and B on Tuesday", "while B
// will pay Y", "and into C") puts them under the same act.
func TestFramesGappedCoordination(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "and B on Tuesday", text: "The Communications Authority fined Safaricom on Monday, and Airtel Kenya on Tuesday.",
			want: []wantClaim{want(KindPenalty, "Communications Authority", "Safaricom"), want(KindPenalty, "Communications Authority", "Airtel Kenya")}},
		{name: "while B will pay", text: "The regulator fined Safaricom 5 million shillings, while Airtel Kenya will pay 3 million shillings.",
			want: []wantClaim{want(KindPenalty, "regulator", "Airtel Kenya")}},
		{name: "and into C", text: "Indonesia's competition watchdog opened investigations into Shopee and Lazada, and into TikTok Shop.",
			want: []wantClaim{want(KindProbe, "competition watchdog", "Shopee"), want(KindProbe, "competition watchdog", "TikTok Shop")}},
		{name: "with B paying", text: "The Financial Conduct Authority fined Monzo Bank £21 million, with Starling Bank paying £29 million.",
			want: []wantClaim{want(KindPenalty, "Financial Conduct Authority", "Starling")}},
		{name: "near miss: while B said", text: "The regulator fined Safaricom 5 million shillings, while Airtel Kenya said it would appeal.",
			notWant: []wantClaim{{kind: KindPenalty, target: "Airtel"}}},
		{name: "near miss: and B shares fell", text: "The regulator fined Safaricom on Monday, and Airtel Kenya shares fell 3%.",
			notWant: []wantClaim{{kind: KindPenalty, target: "Airtel"}}},
		{name: "near miss: while B was not fined", text: "The FCA fined Barclays £20 million, while Lloyds Banking Group was not fined.",
			notWant: []wantClaim{want(KindPenalty, "FCA", "Lloyds")}},
	})
}

// TestFramesListAsides: a list goes on past a person set in it ("Binance,
// its founder and Coinbase"), takes in a short acronym listed with firms
// ("Iveco and DAF"), and after a colon names a counted class of fintechs.
func TestFramesListAsides(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "its founder inside the list", text: "The SEC sued Binance, its founder and Coinbase on Monday.",
			want: []wantClaim{want(KindProbe, "SEC", "Binance"), want(KindProbe, "SEC", "Coinbase")}, notParty: []string{"founder"}},
		{name: "its chief executive named, inside the list", text: "The SEC sued Ripple Labs, its chief executive Brad Garlinghouse, and Kraken Inc over unregistered securities.",
			want: []wantClaim{want(KindProbe, "SEC", "Ripple"), want(KindProbe, "SEC", "Kraken")}, notParty: []string{"Brad Garlinghouse"}},
		{name: "acronym last in a list", text: "The European Commission fined the truck makers Daimler, Volvo, Iveco and DAF a record 2.9 billion euros.",
			want: []wantClaim{want(KindPenalty, "European Commission", "DAF")}},
		{name: "colon after two fintechs", text: "Brazil's central bank fined two fintechs: Nubank and PicPay.",
			want: []wantClaim{want(KindPenalty, "central bank", "Nubank"), want(KindPenalty, "central bank", "PicPay")}},
		{name: "near miss: its founder said", text: "The SEC sued Binance, its founder said on Monday.",
			notParty: []string{"founder"}, check: atMost(1)},
	})
}

// TestFramesListOpeningSentence: a one-word name opening the sentence is a
// firm when a comma list of firms goes on from it.
func TestFramesListOpeningSentence(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "first of three, passive order", text: "Telkom, Vodacom and MTN were ordered by the communications regulator to cut data prices by 30%.",
			want: []wantClaim{want(KindMandate, "regulator", "Telkom"), want(KindMandate, "regulator", "MTN")}},
		{name: "first of two, fined", text: "Jumia, Konga Online and Takealot were fined by the consumer commission for fake discounts.",
			want: []wantClaim{want(KindPenalty, "consumer commission", "Jumia")}},
		{name: "near miss: a common word opening the sentence", text: "Smoking and Vodacom were discussed at the hearing.",
			notParty: []string{"Smoking"}},
	})
}
