package extract

import "testing"

// Round 8, tuner TP: wordings that read like an act on a firm and are
// none, each in several wordings of our own, with positives that keep the
// true claim alive.

// TestPrecisionNamedAgentNoAuthority: a passive act whose "by" agent is
// named but is no authority (a city buying buses, a client placing an
// order) is no mandate by the authority the article named before.
func TestPrecisionNamedAgentNoAuthority(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "buses ordered by a city", text: "Poland's competition office UOKiK fined Autosan 2 million zlotys in May. Bus maker Autosan will deliver 120 electric buses ordered by Gdynia under a contract signed on Friday.",
			notWant: []wantClaim{want(KindMandate, "UOKiK", "Autosan")}, want: []wantClaim{want(KindPenalty, "UOKiK", "Autosan")}},
		{name: "trams ordered by a city after a dateline", text: "PRAGUE - Czech tram maker Skoda Transportation will supply 40 trams ordered by Ostrava, the companies said.",
			noKind: []string{KindMandate}},
		{name: "meters ordered by a county", text: "NAIROBI - Kenya Power will install 50,000 smart meters made by Hexing Electrical and ordered by Nairobi county.",
			noKind: []string{KindMandate}},
		{name: "meters ordered by a county after a fine", text: "Kenya's energy regulator EPRA fined Kenya Power last year. Kenya Power will install 50,000 smart meters ordered by Nairobi county from Chinese supplier Hexing Electrical.",
			noKind: []string{KindMandate}, want: []wantClaim{want(KindPenalty, "EPRA", "Kenya Power")}},
		{name: "trains ordered by a state operator", text: "Vienna - Alstom will build 40 regional trains ordered by Koleje Mazowieckie, the companies said on Tuesday.",
			noKind: []string{KindMandate}},
		{name: "firm ordered by the authority to act", text: "Safaricom, ordered by the Communications Authority to cut roaming fees, said it would comply.",
			want: []wantClaim{want(KindMandate, "Communications Authority", "Safaricom")}},
		{name: "banks ordered by the central bank", text: "Two lenders, Kivuko Bank and Pwani Bank, were ordered by the central bank to raise fresh capital.",
			want: []wantClaim{want(KindMandate, "central bank", "Kivuko Bank")}},
		{name: "jets ordered by an airline", text: "Brazil's aviation regulator ANAC certified the new Embraer E2 cabin last month. Embraer said the 12 jets ordered by Azul would be delivered in 2027.",
			noKind: []string{KindMandate}},
		{name: "ordered by the regulator stays", text: "Kenya's Communications Authority fined Faiba Networks last year. The audit was ordered by the Communications Authority and found that Faiba Networks had overbilled clients.",
			want: []wantClaim{want(KindPenalty, "Communications Authority", "Faiba Networks")}},
		{name: "name then what it is", text: "Shoprite was not fined by Procon-RJ, the consumer agency said on Monday.",
			want: []wantClaim{denied(KindPenalty, "consumer agency", "Shoprite")}},
		{name: "passive with agency agent", text: "Orlen was ordered by Poland's energy regulator URE to cut gas tariffs for households.",
			want: []wantClaim{want(KindMandate, "URE", "Orlen")}},
	})
}

// TestPrecisionCourtAsVenue: a court named only as where the firm takes its
// challenge ("in a federal court", "seek a court review") is not what it
// answers; the authority that acted on it is. A court that ruled stays.
func TestPrecisionCourtAsVenue(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "appealed in a federal court", text: "Brazil's health insurance regulator ANS fined Saude Total 5 million reais last week. Saude Total has appealed the decision in a federal court.",
			want: []wantClaim{want(KindResponse, "Saude Total", "ANS")}, notWant: []wantClaim{want(KindResponse, "Saude Total", "federal court")}},
		{name: "comply but seek a court review", text: "Mexico's telecoms agency ordered Telnor to cut roaming fees. Telnor says it will comply but will seek a court review of the formula.",
			want: []wantClaim{want(KindResponse, "Telnor", "telecoms agency")}, notWant: []wantClaim{want(KindResponse, "Telnor", "court")}},
		{name: "challenge in a city court", text: "Kenya's Competition Authority fined Baraka Foods 40 million shillings. Baraka Foods said it would challenge the fine in a Nairobi court.",
			want: []wantClaim{want(KindResponse, "Baraka Foods", "Competition Authority")}},
		{name: "file a court challenge", text: "Turkey's competition board fined Yemeksepeti on Monday. Yemeksepeti said it would file a court challenge against the decision.",
			want: []wantClaim{want(KindResponse, "Yemeksepeti", "competition board")}},
		{name: "the court that ruled is answered", text: "A Lagos court ordered Tolu Air to pay 2 billion naira to passengers. Tolu Air said it would appeal the court ruling.",
			want: []wantClaim{want(KindResponse, "Tolu Air", "Lagos court")}},
		{name: "appealed a city court's ruling", text: "Zhixing Tech said on Monday it had appealed a Beijing court ruling that it must pay 3 million yuan to a rival.",
			want: []wantClaim{want(KindResponse, "Zhixing Tech", "Beijing court")}},
	})
}

// TestPrecisionOrderedToActOnAnother: what firms are ordered to do to
// another firm binds only them, however long the list of the ordered
// firms; a firm's own choice to act after an earlier order stays its act.
func TestPrecisionOrderedToActOnAnother(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "appositive list of three before to", text: "AMMAN - Jordan's telecoms regulator has ordered the kingdom's three mobile operators, Zain Jordan, Orange Jordan and Umniah, to block voice calls made through the messaging app Sawt.",
			want: []wantClaim{want(KindMandate, "telecoms regulator", "Umniah")}, noKind: []string{KindAction}},
		{name: "told four operators on a day", text: "Pakistan's telecom authority told the country's four mobile operators, Jazz, Zong, Telenor Pakistan and Ufone, on Friday to block access to the video app Likee.",
			noKind: []string{KindAction}},
		{name: "directed operators including", text: "Nigeria's communications commission directed all licensed operators, including MTN Nigeria, Airtel Nigeria and Globacom, to suspend services to the betting platform Bet9ja.",
			want: []wantClaim{want(KindMandate, "communications commission", "Globacom")}, notWant: []wantClaim{want(KindMandate, "communications commission", "Bet9ja")}, noKind: []string{KindAction}},
		{name: "own decision after an order", text: "Last month the court ordered a hearing, but Grab has since decided to block rides booked through Gojek.",
			want: []wantClaim{want(KindAction, "Grab", "Gojek")}},
		{name: "firm's own block", text: "Zain Jordan said on Monday it had blocked calls made through rival app Sawt Messenger.",
			noKind: []string{KindMandate}},
	})
}

// TestPrecisionReferenceBack: "the bank", "the broker", "the firm" mean the
// firm the article introduced as such, not a dateline city, a client named
// after it, or an authority's initials read as a name.
func TestPrecisionReferenceBack(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "dateline with outlet in brackets", text: "GENEVA (Market wire) - FINMA has opened proceedings against Alpenrose Privée SA over client checks. The supervisor barred the bank from taking on new clients for a year.",
			want: []wantClaim{want(KindMandate, "supervisor", "Alpenrose")}, notParty: []string{"GENEVA"}},
		{name: "described bank before a client firm", text: "Luxembourg's CSSF fined private bank Mosel Privatbank SA over its dealings with Angolan state oil firm Sonangol. The regulator also barred the bank from opening accounts for politically exposed clients.",
			want: []wantClaim{want(KindMandate, "", "Mosel Privatbank")}, notWant: []wantClaim{want(KindMandate, "", "Sonangol")}},
		{name: "the lender after a rival", text: "Ghana's central bank fined lender Akwaaba Savings 2 million cedis after it took deposits for rival Kumasi Finance. The central bank also ordered the lender to raise its capital.",
			want: []wantClaim{want(KindMandate, "central bank", "Akwaaba Savings")}, notWant: []wantClaim{want(KindMandate, "central bank", "Kumasi Finance")}},
		{name: "the broker is the securities firm", text: "Singapore's MAS, which has tightened its scrutiny since the collapse of Coinvault, fined Merlion Securities S$2 million. An MAS review found that the broker had skipped client checks.",
			want: []wantClaim{want(KindProbe, "MAS", "Merlion Securities")}, notWant: []wantClaim{want(KindProbe, "MAS", "Coinvault")}},
		{name: "authority called by its initials", text: "Zambia's Energy Regulation Board plans to suspend the licence of Copperbelt Fuels Ltd, an ERB spokesperson said. The regulator has given the firm until Monday to explain itself.",
			want: []wantClaim{want(KindMandate, "", "Copperbelt Fuels")}, notTarget: []string{"ERB"}},
		{name: "firm's initials stay the firm", text: "Lusaka Water and Sewerage Company was fined by Zambia's energy regulator last week. LWSC said it would appeal.",
			want: []wantClaim{want(KindResponse, "LWSC", "energy regulator")}},
	})
}

// TestPrecisionForecasterConjecture: what analysts or economists say an
// authority could or might do is a forecast; an authority's own "could"
// stays a hedged claim.
func TestPrecisionForecasterConjecture(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "analysts, could ask", text: "Analysts at Riyad Capital said the kingdom might have to order further output cuts, and that the energy ministry could ask Ma'aden to delay some projects.",
			none: true},
		{name: "another analyst, might require", text: "Another analyst said regulators might require Globe Telecom to return spectrum as a condition of any approval.",
			none: true},
		{name: "economists, would probably fine", text: "Economists at a Lagos brokerage said the central bank would probably fine Zenith Bank again if it kept missing its reserve targets.",
			none: true},
		{name: "strategists after the verb", text: "The competition board may eventually block Migros's purchase of Carrefoursa, strategists at a Istanbul broker wrote in a note.",
			noKind: []string{KindMandate}},
		{name: "the authority's own could stays", text: "The regulator could fine Zenith Bank up to 2% of its turnover, the central bank said.",
			want: []wantClaim{certain(KindPenalty, "regulator", "Zenith Bank", Hedged)}},
		{name: "act done, analysts comment", text: "Kenya's central bank fined Equity Bank 10 million shillings on Monday, a sum analysts said would barely dent its profit.",
			want: []wantClaim{want(KindPenalty, "central bank", "Equity Bank")}},
	})
}

// TestPrecisionMatchOfficials: a video review or a referee in a match
// report is no authority, and the player after it no target.
func TestPrecisionMatchOfficials(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "VAR review, then a player", text: "Manchester United were awarded a penalty in the 88th minute after a VAR review, and Bruno Fernandes converted it to earn a 2-2 draw at Villa Park.",
			none: true},
		{name: "VAR check", text: "Al Ahly had a goal ruled out after a VAR check, and Kahraba later missed a penalty against Zamalek.",
			none: true},
		{name: "VAR officials reviewed", text: "Flamengo's winner was reviewed by VAR officials for almost four minutes before Pedro's goal stood.",
			none: true},
		{name: "a regulator's review stays", text: "Britain's CMA has opened a review of Vodafone's purchase of Three UK, the regulator said.",
			want: []wantClaim{want(KindProbe, "CMA", "Vodafone")}},
	})
}

// TestPrecisionAnnouncerIsIt: "X announced that it ..." speaks of X, not of
// the product or partner named in the sentence before.
func TestPrecisionAnnouncerIsIt(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "announced that it entered a licensing deal", text: "Halden Pharma said Norway's medicines agency had approved NEXOVIR, its antiviral pill. Halden Pharma also announced that it has signed a licensing agreement with Chugai Pharmaceutical to sell NEXOVIR in Japan.",
			want: []wantClaim{want(KindAction, "Halden Pharma", "Chugai")}, notWant: []wantClaim{want(KindAction, "NEXOVIR", "")}},
		{name: "announced, product in capitals before", text: "OSLO, June 3 - Halden Pharma ASA today announced that the Norwegian Medicines Agency has approved NEXOVIR (tecavirin), the company's twice-daily antiviral pill. Halden also announced that it has entered into a licensing agreement with Chugai Pharmaceutical Co., Ltd. to sell NEXOVIR in Japan.",
			want: []wantClaim{want(KindAction, "Halden", "Chugai")}, notWant: []wantClaim{want(KindAction, "NEXOVIR", "")}},
		{name: "disclosed that it agreed to buy", text: "Sawa Foods launched its Lulu juice brand in May. Sawa Foods disclosed on Friday that it had agreed to buy Nile Dairies.",
			want: []wantClaim{want(KindAction, "Sawa Foods", "Nile Dairies")}},
		{name: "said that it, unchanged", text: "Kestrel Mobile said that it would sue Veltro Networks over unpaid fees.",
			want: []wantClaim{want(KindAction, "Kestrel Mobile", "Veltro Networks")}},
	})
}

// TestPrecisionAwardedPurchase: an authority awarding a contract or an
// order buys from the firm; awarding a licence or spectrum approves it.
func TestPrecisionAwardedPurchase(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "task orders to three firms", text: "In May, NASA awarded task orders to Astrobotic, Intuitive Machines and OrbitBeyond for lunar lander missions.",
			noKind: []string{KindApproval}},
		{name: "contract after a long name", text: "Kenya's roads authority awarded China Road and Bridge Corporation a 40 billion shilling contract to build the expressway.",
			noKind: []string{KindApproval}},
		{name: "defence contract", text: "The Defence Ministry has awarded a $2 billion contract to Hanwha Aerospace.",
			noKind: []string{KindApproval}},
		{name: "a mobile licence stays", text: "Oman's Telecommunications Regulatory Authority has awarded a third mobile licence to Sablah Telecom.",
			want: []wantClaim{want(KindApproval, "Telecommunications Regulatory Authority", "Sablah Telecom")}},
		{name: "spectrum stays", text: "India's telecoms department awarded 5G spectrum to Reliance Jio and Bharti Airtel.",
			want: []wantClaim{want(KindApproval, "telecoms department", "Bharti Airtel")}},
	})
}

// TestPrecisionRemedyAfterPlannedAct: a firm's account of what it fixed
// answers an authority only when an act on it is reported as done.
func TestPrecisionRemedyAfterPlannedAct(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "considering a fine", text: "Taiwan's Financial Supervisory Commission is considering fining Rakuten Bank Taiwan over a data leak, the Economic Daily News reported. Rakuten Bank Taiwan said it had notified affected users and strengthened its systems.",
			noKind: []string{KindResponse}},
		{name: "plans to probe", text: "Kenya's Communications Authority plans to investigate Pesa Swift over leaked loan records. Pesa Swift said it had already fixed the flaw.",
			noKind: []string{KindResponse}},
		{name: "fine imposed, remedy answers", text: "Taiwan's Financial Supervisory Commission fined Rakuten Bank Taiwan NT$4 million over a data leak. Rakuten Bank Taiwan said it had notified affected users and strengthened its systems.",
			want: []wantClaim{want(KindResponse, "Rakuten Bank", "Financial Supervisory Commission")}},
		{name: "planned, then done", text: "Kenya's Communications Authority said last month it might fine Pesa Swift. On Monday the authority fined Pesa Swift 5 million shillings. Pesa Swift said it had already fixed the flaw.",
			want: []wantClaim{want(KindResponse, "Pesa Swift", "Communications Authority")}},
	})
}

// TestPrecisionProductOwner: a product named as the target stands for its
// maker; a word of its description ("Alzheimer's") is no firm; a deal's
// buyer does not own the firm it buys.
func TestPrecisionProductOwner(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "owner's drug before the name", text: "The FDA approved Eisai's Alzheimer's drug Leqembi in July.",
			want: []wantClaim{want(KindApproval, "FDA", "Eisai")}, notTarget: []string{"Alzheimer"}},
		{name: "appositive owner's drug", text: "The FDA approved Leqembi, Eisai's Alzheimer's drug, in July.",
			want: []wantClaim{want(KindApproval, "FDA", "Eisai")}, notTarget: []string{"Alzheimer", "Leqembi"}},
		{name: "a vaccine made by", text: "India's drug regulator approved Kovira, a vaccine made by Bharat Biotech, for emergency use.",
			want: []wantClaim{want(KindApproval, "drug regulator", "Bharat Biotech")}, notTarget: []string{"Kovira"}},
		{name: "chatbot of a known firm", text: "China's regulator approved Doubao, ByteDance's chatbot, for public release.",
			want: []wantClaim{want(KindApproval, "regulator", "ByteDance")}},
		{name: "acquired app is no product of the buyer", text: "Thailand's competition office approved Grab's acquisition of local ride-hailing app Bolt Thailand.",
			want: []wantClaim{want(KindApproval, "competition office", "Bolt Thailand"), want(KindAction, "Grab", "Bolt Thailand")}},
		{name: "firm's app ordered", text: "Kenya's regulator ordered Safaricom's M-Pesa app to stop charging fees.",
			want: []wantClaim{want(KindMandate, "regulator", "Safaricom")}},
	})
}

// TestPrecisionAskedToAct: what others ask an authority to do is not done,
// whoever stands for the authority ("asking it to examine").
func TestPrecisionAskedToAct(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "asking it to examine", text: "Hotel associations from Greece and Spain have written to the European Commission asking it to examine booking platform TravelNest's rate-parity clauses.",
			noKind: []string{KindProbe}},
		{name: "petitioned it to investigate", text: "Small retailers met Indonesia's competition commission on Monday and petitioned it to investigate Shopee's seller fees.",
			noKind: []string{KindProbe}},
		{name: "pressing the watchdog to fine", text: "Consumer groups are pressing the watchdog to fine Vodacom over data prices.",
			noKind: []string{KindPenalty}},
		{name: "the regulator's own ask stays", text: "Kenya's Competition Authority asked Safaricom to explain its pricing.",
			want: []wantClaim{want(KindMandate, "Competition Authority", "Safaricom")}},
		{name: "ordered to investigate stays", text: "The ministry ordered the regulator to investigate Jumia.",
			want: []wantClaim{want(KindProbe, "regulator", "Jumia")}},
	})
}

// TestPrecisionBlacklistBars: blacklisting a firm from tenders bars it (a
// mandate, prohibition), like debarring.
func TestPrecisionBlacklistBars(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "blacklisted from tenders", text: "Ghana's procurement authority has blacklisted Asante Builders from public tenders for two years.",
			want: []wantClaim{want(KindMandate, "procurement authority", "Asante Builders")}, noKind: []string{KindPenalty}},
		{name: "passive, authority speaking", text: "Lima contractor Andes Obras has been blacklisted from state contracts for three years, Peru's procurement watchdog OSCE said on Monday.",
			noKind: []string{KindPenalty}},
	})
}

// TestPrecisionNotAFirm: a name the text calls a research body, university
// or union is no party; "restricted to <noun>" is confined to, no mandate.
func TestPrecisionNotAFirm(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "research organization", text: "Aker Carbon Capture partnered with SINTEF, a research organization in Norway, to test the new solvent.",
			noKind: []string{KindAction}},
		{name: "private university", text: "Safaricom partnered with Strathmore, a private university in Nairobi, on a coding course.",
			noKind: []string{KindAction}},
		{name: "equipment maker stays", text: "Safaricom partnered with Ericsson, the Swedish equipment maker, on 5G.",
			want: []wantClaim{want(KindAction, "Safaricom", "Ericsson")}},
		{name: "spokesperson for the council", text: "Sri Lanka's Securities Regulatory Council is not investigating Kandy Holdings, a spokesperson for the council said on Wednesday.",
			want: []wantClaim{denied(KindProbe, "Securities Regulatory Council", "Kandy Holdings")}},
		{name: "restricted to targets", text: "Pakistan's army said the strike was restricted to militant camps and spared civilian sites.",
			none: true},
		{name: "restricted to serving stays", text: "Paytm Payments Bank was restricted to serving existing customers by the Reserve Bank of India.",
			want: []wantClaim{want(KindMandate, "Reserve Bank of India", "Paytm Payments Bank")}},
	})
}

// TestPrecisionSelfTarget: an authority is never its own target, in full or
// by initials.
func TestPrecisionSelfTarget(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "initials as the firm", text: "Zambia's Energy Regulation Board plans to suspend the licence of Copperbelt Fuels Ltd. The board has given ERB until Monday to explain itself.",
			notTarget: []string{"ERB"}},
		{name: "a firm's own initials stay", text: "Kenya's Energy and Petroleum Regulatory Authority fined Kenya Power and Lighting Company. EPRA also ordered KPLC to refund customers.",
			want: []wantClaim{want(KindPenalty, "", "KPLC")}},
	})
}
