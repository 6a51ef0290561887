package extract

import "testing"

// Round 8, tuner TM: authority acts whose kind or actor was missed, each
// frame in several wordings of our own with near misses that stay silent.

// TestFramesRuledLiableAdjunct: a ruling that a firm broke the law binds
// it, whether a date stands between the verb and "that", the firm is
// introduced by what it does, or the ruler is a regulator that "ruled".
func TestFramesRuledLiableAdjunct(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "date before that", text: "A Federal High Court in Abuja ruled on Monday that Kora Telecom was liable for leaking customer records and ordered it to pay 90 million naira in damages.",
			want: []wantClaim{want(KindMandate, "Federal High Court", "Kora Telecom"), want(KindPenalty, "Federal High Court", "Kora Telecom")}},
		{name: "descriptor before the firm", text: "A federal jury in Delaware on Thursday found that medical-device maker Orvane Systems infringed two patents owned by Sweden's Lindqvist Medical.",
			want: []wantClaim{want(KindMandate, "federal jury", "Orvane Systems")}},
		{name: "last week and the", text: "The High Court of Kenya ruled last week that the lender Kivuko Bank had breached its contract with depositors.",
			want: []wantClaim{want(KindMandate, "High Court", "Kivuko Bank")}},
		{name: "regulator ruled it had engaged in", text: "Tiendas Sol left Peru in 2019 after the competition agency Indecopi ruled it had engaged in unfair competition.",
			want: []wantClaim{want(KindMandate, "Indecopi", "Tiendas Sol")}},
		{name: "court ruled the firm violated", text: "The Seoul Central District Court ruled on Wednesday that Hanil Logistics violated the subcontracting law.",
			want: []wantClaim{want(KindMandate, "Seoul Central District Court", "Hanil Logistics")}},
		{name: "ruled for the firm is no liability", text: "A Federal High Court in Abuja ruled on Monday that Kora Telecom had acted lawfully.",
			noKind: []string{KindMandate, KindPenalty}},
		{name: "a firm's claim is no ruling", text: "Orvane Systems said on Thursday that Lindqvist Medical infringed its patents.",
			noKind: []string{KindMandate}},
		{name: "regulator found stays a probe", text: "Kenya's Competition Authority found that Baraka Foods abused its dominant position in maize flour.",
			noKind: []string{KindMandate}},
	})
}

// TestFramesInquiryFoundWording: an inquiry told by what it found names its
// author before it ("FDA investigators", "an Ofwat review"), after it
// ("inspectors from the agency"), or in the article, and may carry an
// aside before the finding verb.
func TestFramesInquiryFoundWording(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "aside before found", text: "Indonesia's Financial Services Authority fined Mandala Sekuritas 4 billion rupiah on Monday. The authority's inspection, which covered trades made in 2023, found that the broker had mixed client money with its own.",
			want: []wantClaim{want(KindProbe, "Financial Services Authority", "Mandala Sekuritas")}},
		{name: "aside, no firm after the verb", text: "The Bank of Ghana ordered Nkoso Microfinance to stop taking deposits. The central bank's audit, carried out in May, uncovered unrecorded loans worth 3 million cedis.",
			want: []wantClaim{want(KindProbe, "Bank of Ghana", "Nkoso Microfinance")}},
		{name: "authority review found", text: "Ofwat ordered Severn Rivers Water to cut bills after an Ofwat review found failures in how it reported leaks.",
			want: []wantClaim{want(KindProbe, "Ofwat", "Severn Rivers Water")}},
		{name: "acronym examiners found", text: "DVLA examiners found worn tyres on four of Pennine Haulage Ltd's lorries during roadside checks.",
			want: []wantClaim{want(KindProbe, "DVLA", "Pennine Haulage")}},
		{name: "authority investigators found", text: "FDA investigators found mould in a clean room at Sunpharm Labs' plant in Ohio.",
			want: []wantClaim{want(KindProbe, "FDA", "Sunpharm Labs")}},
		{name: "inspectors from the authority found", text: "Inspectors from the Food Standards Agency found rodent droppings at Golden Wok Ltd during a visit in May.",
			want: []wantClaim{want(KindProbe, "Food Standards Agency", "Golden Wok")}},
		{name: "a review of shoppers is no inquiry", text: "A review by Mintel found that shoppers prefer cheaper brands.",
			noKind: []string{KindProbe}},
		{name: "inspectors who will visit", text: "Inspectors from the Food Standards Agency will visit restaurants in Leeds next month.",
			noKind: []string{KindProbe}},
		{name: "an industry review by the firm", text: "A review commissioned by Skylark Air, which runs 40 jets, found no safety problems.",
			noKind: []string{KindProbe}},
	})
}

// TestFramesClearanceCondition: a condition attached to a clearance binds
// the firm it names, introduced by "provided (that)" as well as "on
// condition that", by a short form of the buyer's name, or told as what
// the buyer "must" do "as a condition of" the clearance.
func TestFramesClearanceCondition(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "provided, no objection", text: "Chile's antitrust agency FNE will not object to Cencosud's purchase of Tottus's stores in Arica, provided Cencosud sells three of them to a rival, the agency said.",
			want: []wantClaim{want(KindMandate, "FNE", "Cencosud")}},
		{name: "provided that, approved", text: "The Competition Commission of South Africa approved Shoprite's acquisition of Massmart's Game stores provided that Shoprite keeps all workers for two years.",
			want: []wantClaim{want(KindMandate, "Competition Commission", "Shoprite"), want(KindApproval, "Competition Commission", "Shoprite")}},
		{name: "short form of the buyer", text: "Kenya's Competition Authority approved Naivas Supermarkets Holdings' purchase of 20 stores from Quickmart, on condition that Naivas keeps all of their staff.",
			want: []wantClaim{want(KindMandate, "Competition Authority", "Naivas Supermarkets Holdings")}},
		{name: "short form, cleared", text: "Mexico's Cofece cleared Grupo Panadero Alvarado's takeover of Harinas del Norte on condition that Alvarado sells two mills in Sonora.",
			want: []wantClaim{want(KindMandate, "Cofece", "Grupo Panadero Alvarado")}},
		{name: "must, as a condition of clearing", text: "The European Commission said on Monday that Vantix must sell its Polish unit as a condition of clearing its takeover of Orlen Data.",
			want: []wantClaim{want(KindMandate, "European Commission", "Vantix")}},
		{name: "will have to, as a condition of approval", text: "Brazil's antitrust regulator Cade said Natura will have to license the Avon brand to a rival as a condition of approval.",
			want: []wantClaim{want(KindMandate, "Cade", "Natura")}},
		{name: "a firm's own proviso is no condition", text: "Shoprite said it would keep all workers provided that sales keep growing.",
			noKind: []string{KindMandate}},
		{name: "provided financing", text: "Naivas Supermarkets said the deal would close in June, provided Naivas obtains bank financing.",
			noKind: []string{KindMandate}},
		{name: "condition of a firm's deal", text: "Naivas said Quickmart must keep its brand as a condition of the sale.",
			noKind: []string{KindMandate}},
	})
}

// TestFramesPenaltyOwnedOrFaced: a fine the authority calls its own ("its
// fine on X"), a fine imposed on the firm the sentence is about ("the fine
// imposed on it by"), and a suspension a firm could face from the
// authority of the article are penalties.
func TestFramesPenaltyOwnedOrFaced(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "defended its fine on", text: "Kenya's Competition Authority on Tuesday defended its 40 million shilling fine on Bidco Africa, saying the firm had fixed prices.",
			want: []wantClaim{want(KindPenalty, "Competition Authority", "Bidco Africa")}},
		{name: "stood by its penalty against", text: "The Securities and Exchange Commission stood by its $5 million penalty against Coinvest Markets.",
			want: []wantClaim{want(KindPenalty, "Securities and Exchange Commission", "Coinvest Markets")}},
		{name: "fine imposed on it by", text: "Grupo Orbe Logistica will appeal the 3 million euro fine imposed on it last month by Spain's CNMC, the company said.",
			want: []wantClaim{want(KindPenalty, "CNMC", "Grupo Orbe Logistica")}},
		{name: "could face suspension", text: "Vietnam's Ministry of Industry and Trade will require foreign platforms to register locally, a draft decree shows. Shopee, Lazada and Temu could face suspension if they do not comply, the draft says.",
			want: []wantClaim{certain(KindPenalty, "Ministry of Industry and Trade", "Shopee", "hedged"), certain(KindPenalty, "Ministry of Industry and Trade", "Temu", "hedged")}},
		{name: "faces licence revocation", text: "Pakistan's telecoms regulator PTA fined Zong 50 million rupees on Monday. Jazz faces revocation of its licence if it misses the coverage targets again, the regulator said.",
			want: []wantClaim{want(KindPenalty, "PTA", "Jazz")}},
		{name: "a firm's own fine on a supplier", text: "Bidco Africa said its fine on a supplier was justified.",
			noKind: []string{KindPenalty}},
		{name: "a firm suspends sellers", text: "Shopee said some sellers could face suspension from its platform.",
			noKind: []string{KindPenalty}},
	})
}

// TestFramesBoundAfterAct: what "the lenders" or "the two operators" must
// do, or have N days to do, right after an authority licensed or fined
// them is that authority's requirement on those firms.
func TestFramesBoundAfterAct(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "the lenders must", text: "The Central Bank of Kenya granted digital lending licences to Tala, Branch and Zenka on Monday. The lenders must cap their interest rates at 3% a month.",
			want: []wantClaim{want(KindMandate, "Central Bank of Kenya", "Tala"), want(KindMandate, "Central Bank of Kenya", "Zenka")}},
		{name: "the two operators have 30 days to refund", text: "Tanzania's TCRA fined Vodacom Tanzania and Honora Tigo 300 million shillings each. The two operators have 30 days to refund overcharged subscribers.",
			want: []wantClaim{want(KindMandate, "TCRA", "Vodacom Tanzania"), want(KindMandate, "TCRA", "Honora Tigo")}},
		{name: "the company has two weeks to", text: "Chile's SEC fined Enel Distribucion 2 billion pesos over the blackout. The company has two weeks to submit a plan to restore supply.",
			want: []wantClaim{want(KindMandate, "SEC", "Enel Distribucion")}},
		{name: "under the licence, may not", text: "Turkey's Banking Regulation and Supervision Agency granted a banking licence to Papara on Friday. Under the licence, Papara may not lend until its equity reaches 1 billion lira.",
			want: []wantClaim{want(KindMandate, "Banking Regulation and Supervision Agency", "Papara")}},
		{name: "analysts' must is no requirement", text: "The Central Bank of Kenya granted licences to Tala and Branch. The lenders must now win customers from M-Shwari, analysts said.",
			noKind: []string{KindMandate}},
		{name: "customers have days", text: "Tanzania's TCRA fined Vodacom Tanzania 300 million shillings. Customers have 30 days to claim refunds.",
			noKind: []string{KindMandate}},
		{name: "days to appeal is a right", text: "Tanzania's TCRA fined Vodacom Tanzania 300 million shillings. The operator has 30 days to appeal.",
			noKind: []string{KindMandate}},
		{name: "may not, no licence", text: "Papara may not lend until its equity reaches 1 billion lira, analysts said.",
			noKind: []string{KindMandate}},
	})
}

// TestFramesAnsweredOrder: a firm accepting, obeying or fighting an
// authority's order, demands or fine named with the authority as its owner
// tells that order or fine too.
func TestFramesAnsweredOrder(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "accepted the regulator's order", text: "The Securities and Exchange Board of India looked into Sitara Screens' accounts. Sitara Screens said it accepted the regulator's order to appoint an independent auditor by December 15.",
			want: []wantClaim{want(KindMandate, "Securities and Exchange Board of India", "Sitara Screens")}},
		{name: "implement the authority's rectification demands", text: "Shanghai video platform Lanmao Video pledged to fully implement the Cyberspace Administration of China's rectification demands.",
			want: []wantClaim{want(KindMandate, "Cyberspace Administration of China", "Lanmao Video")}},
		{name: "will challenge the commission's directive", text: "Kasuwa Mart said it would challenge the Federal Competition and Consumer Protection Commission's directive to refund customers.",
			want: []wantClaim{want(KindMandate, "Federal Competition and Consumer Protection Commission", "Kasuwa Mart")}},
		{name: "appeal the authority's fine", text: "Norte Gas said on Monday it would appeal the Superintendence of Industry and Commerce's fine of 2 billion pesos.",
			want: []wantClaim{want(KindPenalty, "Superintendence of Industry and Commerce", "Norte Gas")}},
		{name: "an order the firm gave", text: "Sitara Screens said it accepted Barco's order for new projectors.",
			noKind: []string{KindMandate}},
		{name: "the authority's statement is no order", text: "Kasuwa Mart said it would challenge the Federal Competition and Consumer Protection Commission's statement in court.",
			noKind: []string{KindMandate, KindPenalty}},
	})
}

// TestFramesAnsweredOrderAlreadyTold: accepting "the court's orders" after
// the article told them adds nothing.
func TestFramesAnsweredOrderAlreadyTold(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "orders told before", text: "Budget airline Jetstar Pacific has been ordered by the Federal Court to pay $9 million in penalties for misleading customers. Jetstar Pacific said it accepted the court's orders.",
			noKind: []string{KindMandate}},
	})
}

// TestFramesLicenceGranted: a licence granted or approved for a
// firm whose one-word name the catalogue lacks is still an approval of it.
func TestFramesLicenceGranted(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "granted X a licence", text: "The Bank of Ghana granted Zeepay a payment service licence on Monday.",
			want: []wantClaim{want(KindApproval, "Bank of Ghana", "Zeepay")}},
		{name: "approved a licence for", text: "The Saudi Central Bank has approved a licence for Tabby to operate as a finance company, the startup said.",
			want: []wantClaim{want(KindApproval, "Saudi Central Bank", "Tabby")}},
		{name: "granted place's firm a licence", text: "Egypt's electricity regulator has granted Norway's Vindkraft a licence to build a solar plant near Aswan.",
			want: []wantClaim{want(KindApproval, "electricity regulator", "Vindkraft")}},
		{name: "issued a statement", text: "The Bank of Ghana issued a statement on Zeepay's licence on Monday.",
			noKind: []string{KindApproval}},
		{name: "applied for a licence", text: "Tabby said it has applied for a licence from the Saudi Central Bank.",
			noKind: []string{KindApproval}},
		{name: "issued a warning", text: "The Bank of Ghana issued a warning to Zeepay over its licence conditions.",
			noKind: []string{KindApproval}},
	})
}

// TestFramesProbeObjectReach: an inquiry's object may name the firm deep
// inside it ("into how state-owned X sold power", "into complaints about
// call drops on X's network", "into share trades by insiders at X").
func TestFramesProbeObjectReach(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "into how descriptor firm", text: "Romania's energy regulator ANRE said it had opened an investigation into how state-owned Nuclearelectrica sold power on the spot market.",
			want: []wantClaim{want(KindProbe, "ANRE", "Nuclearelectrica")}},
		{name: "into how a list of firms", text: "Saudi Arabia's Communications, Space and Technology Commission is considering an inquiry into how streaming service Weyyak and gaming platform Ludo Star handle children's data, a person briefed on the matter said.",
			want: []wantClaim{certain(KindProbe, "Communications, Space and Technology Commission", "Weyyak", "hedged"), certain(KindProbe, "Communications, Space and Technology Commission", "Ludo Star", "hedged")}},
		{name: "complaints about a firm's network", text: "The Telecom Regulatory Authority of India said it was looking into consumer complaints about call drops on Vodafone Idea's network in Pune.",
			want: []wantClaim{want(KindProbe, "Telecom Regulatory Authority of India", "Vodafone Idea")}},
		{name: "trades by insiders at a firm", text: "Italy's market regulator Consob is looking into share trades by insiders at Milan jeweller Gioielli Bruni before the takeover.",
			want: []wantClaim{want(KindProbe, "Consob", "Gioielli Bruni")}},
		{name: "reviewing complaints about practices at", text: "The Federal Trade Commission is reviewing complaints about billing practices at Comcast.",
			want: []wantClaim{want(KindProbe, "Federal Trade Commission", "Comcast")}},
		{name: "no firm in the object", text: "The Telecom Regulatory Authority of India said it was looking into consumer complaints about call drops in Pune.",
			noKind: []string{KindProbe}},
		{name: "a firm looking into its network", text: "Vodafone Idea said it was looking into complaints about call drops on its network.",
			noKind: []string{KindProbe}},
		{name: "how banks price, media source", text: "The regulator opened an investigation into how banks price loans, Reuters reported.",
			notParty: []string{"Reuters"}},
	})
}

// TestFramesGroupPassiveOrder: an agentless order on "the companies" the
// article's authority just acted on is that authority's.
func TestFramesGroupPassiveOrder(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "the companies have been told to", text: "Kazakhstan's Competition Protection Agency opened an investigation into cement makers Shymkent Cement and Steppe Cement. The companies have been told to hand over their supply contracts within ten days.",
			want: []wantClaim{want(KindMandate, "Competition Protection Agency", "Shymkent Cement"), want(KindMandate, "Competition Protection Agency", "Steppe Cement")}},
		{name: "the two carriers were ordered to", text: "Peru's consumer agency Indecopi fined airlines Sky Airline and JetSMART 1 million soles each. The two carriers were also ordered to publish corrections on their websites.",
			want: []wantClaim{want(KindMandate, "Indecopi", "Sky Airline"), want(KindMandate, "Indecopi", "JetSMART")}},
		{name: "founded is no act", text: "Kazakhstan's Competition Protection Agency opened an investigation into Shymkent Cement and Steppe Cement. The companies were founded in the 1990s.",
			noKind: []string{KindMandate}},
		{name: "no authority before", text: "Shymkent Cement and Steppe Cement signed a supply deal. The companies have been told to expect price controls.",
			noKind: []string{KindMandate}},
	})
}

// TestFramesAnsweredDecisionTo: a firm's appeal against an authority's
// "decision to block" (or fine) its deal tells that act.
func TestFramesAnsweredDecisionTo(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "appeal against decision to block", text: "The General Court dismissed an appeal by Spain's Ferrovial Rail and Italy's Binari Group against the European Commission's 2022 decision to block their planned merger.",
			want: []wantClaim{want(KindMandate, "European Commission", "Ferrovial Rail"), want(KindMandate, "European Commission", "Binari Group")}},
		{name: "challenge decision to fine", text: "Kasuwa Mart said it would challenge the Federal Competition and Consumer Protection Commission's decision to fine it 200 million naira.",
			want: []wantClaim{want(KindPenalty, "Federal Competition and Consumer Protection Commission", "Kasuwa Mart")}},
		{name: "decision to open an office", text: "Kasuwa Mart said it welcomed the Federal Competition and Consumer Protection Commission's decision to open an office in Kano.",
			noKind: []string{KindMandate, KindPenalty}},
	})
}

// TestFramesProbeOfActedFirm: an authority examining "whether the
// arrangements ..." or reviewing "fraud on the platform" right after acting
// on a firm examines that firm.
func TestFramesProbeOfActedFirm(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "examining whether the arrangements", text: "India's Competition Commission asked Meesho to submit details of its seller agreements within 30 days. The watchdog is examining whether the arrangements gave some sellers an unfair edge.",
			want: []wantClaim{want(KindProbe, "Competition Commission", "Meesho")}},
		{name: "fined and is reviewing the pricing", text: "Kenya's Communications Authority fined Telkom Kenya 50 million shillings on Tuesday and is reviewing the pricing of its data bundles.",
			want: []wantClaim{want(KindProbe, "Communications Authority", "Telkom Kenya")}},
		{name: "examining whether the operator", text: "Ofcom fined Lyca Mobile 1 million pounds on Monday. The regulator is also examining whether the operator misled customers about roaming charges.",
			want: []wantClaim{want(KindProbe, "Ofcom", "Lyca Mobile")}},
		{name: "examining whether new rules are needed", text: "Ofcom fined Lyca Mobile 1 million pounds on Monday. The regulator is examining whether new rules are needed for the sector.",
			noKind: []string{KindProbe}},
		{name: "a firm reviewing", text: "Lyca Mobile suspended its roaming bundle while it reviews complaints about the platform.",
			noKind: []string{KindProbe}},
	})
}

// TestFramesFinePercentOn: a fine sized as a share of sales still falls on
// the firm after "on" ("a fine of up to 10% of annual revenue on X").
func TestFramesFinePercentOn(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "weighing a fine of up to percent on", text: "Indonesia's competition commission KPPU is weighing a fine of up to 10% of annual revenue on Sinar Retail for tying deals.",
			want: []wantClaim{certain(KindPenalty, "KPPU", "Sinar Retail", "hedged")}},
		{name: "could impose a penalty of as much as", text: "Norway's competition authority could impose a penalty of as much as 5% of turnover on Nordvik Telecom.",
			want: []wantClaim{certain(KindPenalty, "competition authority", "Nordvik Telecom", "hedged")}},
		{name: "percent with no imposing verb", text: "Nordvik Telecom said a fine of 5% of turnover on its rivals would be unfair.",
			noKind: []string{KindPenalty}},
	})
}

// TestFramesImposedRelative: a restriction or fine told by a relative
// clause ("the asset cap it imposed on X in 2018") is the authority's act
// on X, even while it is being lifted.
func TestFramesImposedRelative(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "cap it imposed on", text: "The Federal Reserve lifted the asset cap it imposed on Wells Fargo in 2018.",
			want: []wantClaim{want(KindMandate, "Federal Reserve", "Wells Fargo")}},
		{name: "ban it had imposed in March on", text: "Kuwait's Ministry of Commerce and Industry lifted the import ban it had imposed in March on Al Bahar Foodstuffs.",
			want: []wantClaim{want(KindMandate, "Ministry of Commerce and Industry", "Al Bahar Foodstuffs")}},
		{name: "fine it had imposed on", text: "Norway's Consumer Authority halved the fine it had imposed on Telenor Norge last year.",
			want: []wantClaim{want(KindPenalty, "Consumer Authority", "Telenor Norge")}},
		{name: "a firm's own cap", text: "Wells Fargo lifted the spending cap it imposed on Wells Fargo Advisors in 2023.",
			noKind: []string{KindMandate, KindPenalty}},
	})
}

// TestFramesPossessedOrderAgainst: "the Bundeskartellamt's order against
// X" tells the order whatever the sentence's verb.
func TestFramesPossessedOrderAgainst(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "order against, issued later", text: "The Bundeskartellamt's order against Spedition Kraus GmbH, issued on Tuesday, forbids the haulier from tying its services to long contracts.",
			want: []wantClaim{want(KindMandate, "Bundeskartellamt", "Spedition Kraus")}},
		{name: "injunction against upheld", text: "The Competition and Markets Authority's injunction against Vantix Ltd was upheld on appeal.",
			want: []wantClaim{want(KindMandate, "Competition and Markets Authority", "Vantix")}},
		{name: "a firm's order against a supplier", text: "Spedition Kraus GmbH's order against Hallbach Logistik was cancelled.",
			noKind: []string{KindMandate}},
	})
}

// TestFramesFineOnThenImposedBy: "a fine on X of N, imposed by Y" names
// the fined firm first and its author in a participle after.
func TestFramesFineOnThenImposedBy(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "fine on of, imposed by", text: "A fine on Tasman Springs Ltd of NZ$1.2 million, imposed by the Environment Court on Friday, is the largest of its kind.",
			want: []wantClaim{want(KindPenalty, "Environment Court", "Tasman Springs")}},
		{name: "penalty on, handed down by", text: "The penalty on Kora Telecom, handed down by the Nigerian Communications Commission in May, was cut on appeal.",
			want: []wantClaim{want(KindPenalty, "Nigerian Communications Commission", "Kora Telecom")}},
		{name: "reported by a paper", text: "A fine on Tasman Springs Ltd, reported by the New Zealand Herald, surprised investors.",
			noKind: []string{KindPenalty}},
	})
}

// TestFramesStudyingFirm: an authority studying a firm's product, pricing
// or contracts examines the firm; studying a proposal or a question does not.
func TestFramesStudyingFirm(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "studying the company's algorithm", text: "Kazakhstan's competition agency said it had not ordered ride-hailing service Yandex Go to cut fees. The agency did say it was studying the company's pricing algorithm.",
			want: []wantClaim{want(KindProbe, "competition agency", "Yandex Go")}},
		{name: "is studying named firm's contracts", text: "Chile's competition regulator FNE is studying Cencosud's supply contracts with small farmers.",
			want: []wantClaim{want(KindProbe, "FNE", "Cencosud")}},
		{name: "studying a proposal", text: "The Land Transport Authority is studying a proposal to cap surge fares.",
			noKind: []string{KindProbe}},
		{name: "analysts studying a firm", text: "Analysts are studying Cencosud's results for signs of a slowdown.",
			noKind: []string{KindProbe}},
	})
}
