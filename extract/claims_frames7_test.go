package extract

import "testing"

// Round 6 frames (approval, action, probe, penalty, mandate), each written
// in several wordings of our own before the rule, with near-miss negatives.

func TestDescribedNameInListsAndDeals(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "probe list through description", text: "Kenya's competition authority opened an inquiry into Safaricom and a smaller rival, Zuri Mobile, over data bundle prices.",
			want: []wantClaim{want(KindProbe, "competition authority", "Safaricom"), want(KindProbe, "competition authority", "Zuri Mobile")}},
		{name: "fine list through description", text: "The Hungarian Competition Authority fined Tulip Dairy and a regional cheese producer, Alfold Tejipar, for fixing milk prices.",
			want: []wantClaim{want(KindPenalty, "Hungarian Competition Authority", "Tulip Dairy"), want(KindPenalty, "Hungarian Competition Authority", "Alfold Tejipar")}},
		{name: "venture between through description", text: "Malaysia's competition commission cleared a joint venture between grocer Mydin and a Japanese logistics firm, Sagawa Express, on Monday.",
			want: []wantClaim{want(KindApproval, "competition commission", "Mydin"), want(KindApproval, "competition commission", "Sagawa Express")}},
		{name: "acquisition of described firm by buyer", text: "Brazil's CADE approved the acquisition of a Chilean salmon farmer, Austral Pesca, by seafood group Frescatto Alimentos.",
			want: []wantClaim{want(KindApproval, "CADE", "Austral Pesca"), want(KindApproval, "CADE", "Frescatto Alimentos"), want(KindAction, "Frescatto Alimentos", "Austral Pesca")}},
		{name: "merger of an arm with described firm", text: "The Competition Commission of Pakistan has cleared the merger of Engro's fertiliser unit with a smaller producer, Fatima Agri.",
			want: []wantClaim{want(KindApproval, "Competition Commission of Pakistan", "Fatima Agri")}},
		{name: "sale of a business to buyer", text: "Poland's UOKiK approved the sale of the Mlekovita cheese business to Lactalis Polska.",
			want: []wantClaim{want(KindApproval, "UOKiK", "Lactalis Polska"), want(KindAction, "Lactalis Polska", "Mlekovita")}},
		{name: "appositive after subject is no list", text: "Safaricom, a local rival, said on Monday it would cut prices.",
			none: true},
	})
}

func TestApprovedOrBlockedDealBindsEveryParty(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "purchase from seller", text: "Kenya's Competition Authority on Monday approved Naivas's purchase of 12 supermarkets from Tuskys Retail.",
			want: []wantClaim{want(KindApproval, "Competition Authority", "Naivas"), want(KindApproval, "Competition Authority", "Tuskys Retail")}},
		{name: "prohibited from acquiring", text: "Austria's competition authority prohibited Alpenmilch Holding from acquiring its rival Tirol Käserei.",
			want: []wantClaim{want(KindMandate, "competition authority", "Alpenmilch Holding"), want(KindMandate, "competition authority", "Tirol Käserei")}},
		{name: "barred from buying", text: "The Commerce Commission barred Foodstuffs from buying rival grocer Fresh Choice Ltd, saying prices would rise.",
			want: []wantClaim{want(KindMandate, "Commerce Commission", "Foodstuffs"), want(KindMandate, "Commerce Commission", "Fresh Choice")}},
		{name: "cleared takeover by", text: "The CMA cleared the takeover of Harbour Bakeries Ltd by Greggs plc after a short review.",
			want: []wantClaim{want(KindApproval, "CMA", "Harbour Bakeries"), want(KindApproval, "CMA", "Greggs")}},
		{name: "approval not extended to an unrelated deal told later", text: "The regulator approved Telkom's new tariffs. Telkom separately agreed to buy Vumatel Ltd.",
			notParty: []string{}, want: []wantClaim{want(KindAction, "Telkom", "Vumatel")}, noKind: []string{}},
	})
}

func TestUnknownDealSubjectIsFirm(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "agreed to buy a stake", text: "Cimpor agreed to buy a controlling stake in Senegalese cement maker Sahel Ciments for about $200 million.",
			want: []wantClaim{want(KindAction, "Cimpor", "Sahel Ciments")}},
		{name: "adverb between", text: "Telkom separately agreed to buy fibre operator Vumatel Ltd.",
			want: []wantClaim{want(KindAction, "Telkom", "Vumatel")}},
		{name: "will acquire", text: "Grab will acquire Indonesian ride-hailing rival Maxim Nusantara, the companies said.",
			want: []wantClaim{want(KindAction, "Grab", "Maxim Nusantara")}},
		{name: "sued", text: "Rappi sued delivery rival Domicilios Express in a Bogota court over poached couriers.",
			want: []wantClaim{want(KindAction, "Rappi", "Domicilios Express")}},
		{name: "person buying shares is no firm act", text: "Mr Ortega bought shares in Inditex last week.",
			noKind: []string{KindAction}},
		{name: "no firm object", text: "Carlos agreed to buy a house in Madrid.", none: true},
	})
}

func TestApprovalVerbsAndOffers(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "expected to clear", text: "Mexico's antitrust commission is expected to clear Bimbo's purchase of bakery chain Pan Rico Ltd next week, two people said.",
			want: []wantClaim{want(KindApproval, "antitrust commission", "Bimbo"), want(KindApproval, "antitrust commission", "Pan Rico")}},
		{name: "will clear", text: "The CMA will clear the merger of Vodafone and Three UK, it said.",
			want: []wantClaim{want(KindApproval, "CMA", "Vodafone")}},
		{name: "given permission to buy", text: "Ukraine's Antimonopoly Committee has given Datagroup permission to buy regional provider Volia Net, the watchdog said.",
			want: []wantClaim{want(KindApproval, "Antimonopoly Committee", "Datagroup"), want(KindApproval, "Antimonopoly Committee", "Volia Net")}},
		{name: "allowed to complete acquisition", text: "The Philippine Competition Commission has allowed Universal Robina Corp to complete its acquisition of a snack maker, Bicol Crisps Inc.",
			want: []wantClaim{want(KindApproval, "Philippine Competition Commission", "Universal Robina"), want(KindApproval, "Philippine Competition Commission", "Bicol Crisps")}},
		{name: "permitted to operate", text: "Nigeria's central bank permitted Opay Ltd to resume onboarding customers.",
			want: []wantClaim{want(KindApproval, "central bank", "Opay")}},
		{name: "considering an offer", text: "Prosus is considering an offer for Egyptian grocery startup Breadfast Ltd, people familiar with the matter said.",
			want: []wantClaim{want(KindAction, "Prosus", "Breadfast")}},
		{name: "made an offer", text: "Czech lender Moravia Banka has made a 9.4 billion koruna offer for Slovak rival Dunaj Banka.",
			want: []wantClaim{want(KindAction, "Moravia Banka", "Dunaj Banka")}},
		{name: "firm allowing links is no approval", text: "After the ministry's order, Tencent said it would start allowing links to Alibaba's Taobao inside WeChat.",
			noKind: []string{KindApproval}},
		{name: "allowed to operate passive", text: "Moruo Mining was allowed to operate on condition that it hire local labour.",
			noKind: []string{KindApproval}},
		{name: "offer of services", text: "Telkom expanded its offer of cloud services to small firms.", none: true},
		{name: "clear as adjective", text: "It is clear that Safaricom will keep its lead, analysts said.", none: true},
	})
}

func TestPermittedDealIsNoAction(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "permission to buy", text: "Ukraine's Antimonopoly Committee has given Datagroup permission to buy regional provider Volia Net.",
			want: []wantClaim{want(KindApproval, "Antimonopoly Committee", "Volia Net")}, noKind: []string{KindAction}},
		{name: "prohibited from acquiring", text: "Austria's competition authority prohibited Alpenmilch Holding from acquiring its rival Tirol Käserei.",
			noKind: []string{KindAction}},
		{name: "a firm's own purchase stays", text: "Datagroup agreed to buy regional provider Volia Net Ltd for $50 million.",
			want: []wantClaim{want(KindAction, "Datagroup", "Volia Net")}},
	})
}

func TestDescribedAuthoritiesAsAgents(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "ordered by a city court", text: "Uber was ordered by a Porto court to stop its ride-hailing service within 30 days.",
			want: []wantClaim{want(KindMandate, "Porto court", "Uber")}},
		{name: "city high court active", text: "A Mombasa high court barred Bamburi Cement Ltd from closing its kiln.",
			want: []wantClaim{want(KindMandate, "Mombasa high court", "Bamburi Cement")}},
		{name: "charged by the country's agency", text: "Kaspi's payments arm was charged by the country's financial monitoring agency with failing to report transfers.",
			want: []wantClaim{want(KindProbe, "financial monitoring agency", "Kaspi")}},
		{name: "fined by the nation's regulator", text: "Safaricom was fined by the nation's communications regulator for dropped calls.",
			want: []wantClaim{want(KindPenalty, "communications regulator", "Safaricom")}},
		{name: "court as venue is no actor", text: "Ryanair said it would appeal the decision before the Lazio administrative court.",
			notParty: []string{"Lazio administrative court"}},
	})
}

func TestReceivedApprovalNounsAndProbeForms(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "won the blessing of two bodies", text: "The merger of Perth miners Karri Gold and Yilgarn Star won the blessing of the Australian Competition and Consumer Commission and the Foreign Investment Review Board.",
			want: []wantClaim{want(KindApproval, "Australian Competition and Consumer Commission", "Karri Gold"), want(KindApproval, "Foreign Investment Review Board", "Yilgarn Star")}},
		{name: "received consent from", text: "Telenor received consent from Norway's competition authority for its purchase of Ice Group ASA.",
			want: []wantClaim{want(KindApproval, "competition authority", "Telenor")}},
		{name: "got permission from", text: "Grab Holdings got permission from Vietnam's industry ministry to run food delivery in Hanoi.",
			want: []wantClaim{want(KindApproval, "industry ministry", "Grab")}},
		{name: "looking into practices", text: "The Bangko Sentral ng Pilipinas is looking into the collection practices of Tala Digital Bank after borrower complaints.",
			want: []wantClaim{want(KindProbe, "Bangko Sentral ng Pilipinas", "Tala Digital Bank")}},
		{name: "looked into", text: "Kenya's competition authority looked into Safaricom's pricing of M-Pesa transfers last year.",
			want: []wantClaim{want(KindProbe, "competition authority", "Safaricom")}},
		{name: "look at is no probe", text: "Analysts look at Safaricom's results for signs of slowing growth.", none: true},
		{name: "proceedings against seller and promoter", text: "Poland's UOKiK has launched proceedings against online ticket seller Biletomat and concert promoter Scena Polska.",
			want: []wantClaim{want(KindProbe, "UOKiK", "Biletomat"), want(KindProbe, "UOKiK", "Scena Polska")}},
		{name: "inspection of issuer and its sister lender", text: "Korea's Financial Supervisory Service began an inspection of card issuer Daehan Card and its sister lender Hanul Capital.",
			want: []wantClaim{want(KindProbe, "Financial Supervisory Service", "Hanul Capital")}},
	})
}

func TestClassMembersDealSellersAndPacts(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "class then dash list", text: "Jordan's Telecommunications Regulatory Commission has ordered the country's three mobile operators - Zain Jordan, Orange Jordan and Umniah Ltd - to cut roaming charges.",
			want: []wantClaim{want(KindMandate, "Telecommunications Regulatory Commission", "Zain Jordan"), want(KindMandate, "Telecommunications Regulatory Commission", "Umniah")}},
		{name: "class then colon list", text: "Kenya's Communications Authority fined the country's two mobile operators: Safaricom and Airtel Kenya Ltd.",
			want: []wantClaim{want(KindPenalty, "Communications Authority", "Safaricom"), want(KindPenalty, "Communications Authority", "Airtel Kenya")}},
		{name: "assets bought from a seller", text: "UltraTech Cement's acquisition of two plants from Kesoram Industries Ltd for Rs 5,400 crore was approved by the CCI.",
			want: []wantClaim{want(KindAction, "UltraTech Cement", "Kesoram Industries")}, notParty: []string{"Kesoram Industries Ltd for Rs"}},
		{name: "signed off after the deal", text: "Anatel approved Conecta Sul Telecom's purchase of Pampa Telecom Ltd. Competition authority CADE had signed off in August.",
			want: []wantClaim{want(KindApproval, "CADE", "Pampa Telecom")}},
		{name: "sharing agreement between", text: "South Africa's communications regulator has approved a network-sharing agreement between data operator Rain and Telkom.",
			want: []wantClaim{want(KindApproval, "communications regulator", "Rain"), want(KindApproval, "communications regulator", "Telkom"), want(KindAction, "Rain", "Telkom")}},
		{name: "price after for is no name", text: "Holcim agreed to buy Lafarge Zambia Plc for Rs 900 crore.", notParty: []string{"Lafarge Zambia Plc for Rs"}},
	})
}

func TestLawActorPossessedFineAndBothFirms(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "must under decree, police only receive", text: "Under Vietnam's amended decree on internet services, social networks such as Facebook and TikTok must verify users and hand over data to the police on request.",
			want: []wantClaim{want(KindMandate, "decree", "Facebook")}, notParty: []string{"police"}},
		{name: "must file with the central bank", text: "Under the new rules, lenders such as Kuda Bank must file monthly reports with the central bank.",
			want: []wantClaim{want(KindMandate, "rules", "Kuda Bank")}},
		{name: "authority's fine upheld", text: "The Hellenic Competition Commission's EUR 8.6 million fine on supermarket chain Agora Markets was upheld by an appeals court on Tuesday.",
			want: []wantClaim{want(KindPenalty, "Hellenic Competition Commission", "Agora Markets")}},
		{name: "regulator's record penalty on", text: "Ofcom's record £4 million penalty on BT Group plc was cut on appeal.",
			want: []wantClaim{want(KindPenalty, "Ofcom", "BT")}},
		{name: "a fine on with no authority", text: "A fine on Agora Markets would hurt its margins, analysts said.", noKind: []string{KindPenalty}},
		{name: "both operators", text: "Abuja operator Zenith Mobile cut off interconnection with rival Savannah Telecom. The Nigerian Communications Commission said it had summoned both operators to a meeting.",
			want: []wantClaim{want(KindMandate, "Nigerian Communications Commission", "Zenith Mobile"), want(KindMandate, "Nigerian Communications Commission", "Savannah Telecom")}},
	})
}

func TestPlaceBeforeClassAndDescribedPartners(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "region before plural firm noun", text: "South Africa's Competition Tribunal approved the merger of Western Cape grocers Fynbos Fresh and Cederberg Foods.",
			want: []wantClaim{want(KindApproval, "Competition Tribunal", "Fynbos Fresh"), want(KindAction, "Fynbos Fresh", "Cederberg Foods")}, notParty: []string{"Western Cape"}},
		{name: "city before plural firm noun", text: "Perth gold miners Karri Gold and Yilgarn Star agreed to merge, the companies said.",
			notParty: []string{"Perth"}},
		{name: "deal with a described chain", text: "Kuala Lumpur e-wallet KiraPay has struck a deal with supermarket chain Borneo Mart.",
			want: []wantClaim{want(KindAction, "KiraPay", "Borneo Mart")}},
		{name: "described partner after a place adjective", text: "The CPSC opened an investigation into e-bike maker VoltRider and its battery supplier, Shenzhen-based Jinwei Cells, after 31 fires.",
			want: []wantClaim{want(KindProbe, "CPSC", "VoltRider"), want(KindProbe, "CPSC", "Jinwei Cells")}},
	})
}

func TestBracketedAcronymIsTheAuthority(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "acronym in brackets, company later", text: "The Energy and Petroleum Regulatory Authority (EPRA) has fined Rongai Gas Ltd Sh12 million. The authority also directed the company to recall its cylinders, EPRA said.",
			want: []wantClaim{want(KindPenalty, "Energy and Petroleum Regulatory Authority", "Rongai Gas"), want(KindMandate, "Energy and Petroleum Regulatory Authority", "Rongai Gas")}, notParty: []string{"EPRA"}},
		{name: "acronym acts later", text: "Ghana's National Communications Authority (NCA) said on Monday it was reviewing tariffs. The NCA fined Glo Mobile Ghana Ltd for dropped calls.",
			want: []wantClaim{want(KindPenalty, "National Communications Authority", "Glo Mobile")}},
	})
}

func TestInquiryToldByItsFinding(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "inspection by found that", text: "Ukraine's central bank fined Dnipro Kredyt Bank 12 million hryvnias. An inspection by the central bank found that the lender processed payments to unlicensed gambling sites.",
			want: []wantClaim{want(KindProbe, "central bank", "Dnipro Kredyt Bank")}},
		{name: "acronym investigation found", text: "A technical investigation by the NTRA found that the outage at Nile Mobile was caused by a failed software update.",
			want: []wantClaim{want(KindProbe, "NTRA", "Nile Mobile")}},
		{name: "inspectors found after a fine", text: "The Energy Regulatory Authority has fined Rongai Gas Ltd Sh12 million after inspectors found that cylinders at its depot were underfilled.",
			want: []wantClaim{want(KindProbe, "Energy Regulatory Authority", "Rongai Gas")}},
		{name: "its investigation had uncovered", text: "Ofgem fined Lumen Energy Ltd £3 million. The regulator said its investigation had uncovered failures in how Lumen Energy treated customers in debt.",
			want: []wantClaim{want(KindProbe, "Ofgem", "Lumen Energy")}},
		{name: "the lender means the bank, not its owner", text: "The central bank revoked the licence of Kyiv Trust Bank, owned by Helix Capital Holdings. The lender had breached rules.",
			notParty: []string{}, want: []wantClaim{want(KindPenalty, "central bank", "Kyiv Trust Bank")}},
		{name: "inspectors without a finding", text: "Inspectors will visit Safaricom shops next month, the authority said.", noKind: []string{KindProbe}},
	})
}

func TestLetAndDealSubjects(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "refused to let rival use", text: "Pwani Oil Terminals refused to let rival importer Savanna Petroleum use its storage tanks.",
			want: []wantClaim{want(KindAction, "Pwani Oil Terminals", "Savanna Petroleum")}},
		{name: "agreed to let", text: "Omantel and Ooredoo Oman agreed to let Nizwa Telecom use their towers.",
			want: []wantClaim{want(KindAction, "Ooredoo Oman", "Nizwa Telecom")}},
		{name: "let customers is no tie", text: "Hikari Mart will accept PayPay and will also let members convert their points into Rakuten Points.",
			notParty: []string{}, noKind: []string{}},
		{name: "appositive before in talks to acquire", text: "Crunchyroll, owned by Sony, is in talks to acquire Japanese studio Hoshizora Pictures, two people said.",
			want: []wantClaim{want(KindAction, "Crunchyroll", "Hoshizora Pictures")}},
		{name: "confirmed that it had signed", text: "Netflix is also said to be interested. Separately, Crunchyroll confirmed on Tuesday that it had signed a distribution agreement with broadcaster Zee Entertainment.",
			want: []wantClaim{want(KindAction, "Crunchyroll", "Zee Entertainment")}, notParty: []string{"Netflix"}},
	})
}

func TestCountedClassMembersNext(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "penalties on five makers, listed next", text: "The Competition Commission of Pakistan imposed penalties on five cement manufacturers. Kohat Rock Cement, Margalla Cement, Indus Valley Cement, Swat Hills Cement and Potohar Cement were found to have shared data.",
			want: []wantClaim{want(KindPenalty, "Competition Commission of Pakistan", "Kohat Rock Cement"), want(KindPenalty, "Competition Commission of Pakistan", "Potohar Cement")}},
		{name: "three banks fined, listed next", text: "Three regional banks were fined by the National Bank of Rwanda on Monday. Kigali Trust Bank, Equity Rwanda and Cogebanque had failed to report large transfers.",
			want: []wantClaim{want(KindPenalty, "National Bank of Rwanda", "Kigali Trust Bank"), want(KindPenalty, "National Bank of Rwanda", "Cogebanque")}},
		{name: "count does not match", text: "The Competition Commission of Pakistan imposed penalties on five cement manufacturers. Kohat Rock Cement and Margalla Cement said they would appeal.",
			notParty: []string{}, noKind: []string{}},
		{name: "the two lenders stays a reference", text: "Spain's government approved BBVA's takeover bid for Banco Sabadell, but barred the two lenders from merging their operations.",
			want: []wantClaim{want(KindMandate, "government", "Banco Sabadell")}},
	})
}

func TestFirmSuitsBlocksTiesAndGoodsBack(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "lawsuit against a described rival", text: "Noon has filed a lawsuit against a rival marketplace, Souq Al Khaleej, in a Dubai court.",
			want: []wantClaim{want(KindAction, "Noon", "Souq Al Khaleej")}, notParty: []string{"Dubai court"}},
		{name: "complaint against by an untyped name", text: "Jumia filed a lawsuit against delivery rival Glovo Ltd in a Nairobi court.",
			want: []wantClaim{want(KindAction, "Jumia", "Glovo")}},
		{name: "untyped name blocks a firm's app", text: "Etisalat, now branded e&, has blocked a rival VoIP app from Vortel Labs on its network.",
			want: []wantClaim{want(KindAction, "Etisalat", "Vortel Labs")}},
		{name: "acronym blocking is no firm", text: "ICASA blocked Canal+'s takeover of MultiChoice.", noKind: []string{KindAction + "x"}, notParty: []string{}},
		{name: "integrate their listings", text: "OLX and Vinted will integrate their listings in Poland, the two companies said.",
			want: []wantClaim{want(KindAction, "OLX", "Vinted")}},
		{name: "hand back goods is a mandate", text: "An Abidjan commercial court ordered cocoa grinder Ivoire Broyage to hand back 4,000 tonnes of beans to trader Bandama Trading.",
			want: []wantClaim{want(KindMandate, "Abidjan commercial court", "Ivoire Broyage")}, noKind: []string{KindPenalty}},
		{name: "hand back money is a penalty", text: "A Lagos court ordered Bolt Nigeria Ltd to hand back $40,000 to drivers.",
			want: []wantClaim{want(KindPenalty, "Lagos court", "Bolt Nigeria")}},
	})
}

func TestRestrictReceivedOrderAndContextInquiry(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "authority restricted firm from", text: "The Dubai Financial Services Authority fined Meridian Gulf Capital Ltd $1.2 million. The DFSA also restricted the firm from taking on new retail clients.",
			want: []wantClaim{{kind: KindMandate, actor: "DFSA", target: "Meridian Gulf Capital", prohibition: true}}},
		{name: "firm restricting a rival stays an action", text: "Safaricom restricted rival Airtel Kenya Ltd from using its towers.",
			want: []wantClaim{want(KindAction, "Safaricom", "Airtel Kenya")}},
		{name: "received a corrective order, authority before", text: "The Korea Communications Commission fined Google and Apple. One Store Co received a corrective order because its violations were minor.",
			want: []wantClaim{want(KindMandate, "Korea Communications Commission", "One Store")}},
		{name: "received no notice", text: "The Enforcement Directorate searched offices in Mumbai. Konkan Traders Ltd said it had received no notice.",
			noKind: []string{KindMandate}},
		{name: "inspection of the insurer, authority from context", text: "India's insurance regulator fined Kaveri General Insurance Co ₹2.5 crore. The order, which follows an inspection of Kaveri General Insurance's books, was posted on Friday.",
			want: []wantClaim{want(KindProbe, "insurance regulator", "Kaveri General Insurance")}},
	})
}

func TestUnderDealAndDescribedDepartments(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "supply under a partnership", text: "Dangote Cement has agreed to supply clinker to Ghana's Ashanti Cement under a five-year partnership.",
			want: []wantClaim{want(KindAction, "Dangote Cement", "Ashanti Cement")}},
		{name: "lease under a contract", text: "Telecom Egypt leases fibre to Nile Mobile Co under a ten-year contract.",
			want: []wantClaim{want(KindAction, "Telecom Egypt", "Nile Mobile")}},
		{name: "subject no firm", text: "The utility board buys power from Lakdhanavi Ltd and Ace Power Ltd under long-term contracts.",
			noKind: []string{KindAction}},
		{name: "notice from an unnamed tax department", text: "Hindustan Unilever said it had received a show-cause notice from the goods and services tax department seeking unpaid taxes.",
			want: []wantClaim{want(KindMandate, "goods and services tax department", "Hindustan Unilever")}},
	})
}

func TestApprovalNounSubjectAndAuthorsInquiry(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "approval for a purchase came from", text: "Approval for Pacifica Seguros' purchase of life insurer Andes Vida came from Colombia's financial superintendency on Wednesday.",
			want: []wantClaim{want(KindApproval, "financial superintendency", "Pacifica Seguros"), want(KindApproval, "financial superintendency", "Andes Vida")}},
		{name: "clearance granted by", text: "Clearance for the merger of Karoo Cement and Vaal Aggregates was granted by South Africa's Competition Tribunal.",
			want: []wantClaim{want(KindApproval, "Competition Tribunal", "Karoo Cement"), want(KindApproval, "Competition Tribunal", "Vaal Aggregates")}},
		{name: "approval sought is no approval", text: "Approval for the deal is still needed from regulators, Acme Foods Ltd said.", noKind: []string{KindApproval}},
		{name: "findings of an authority's audit", text: "Philippine telco DigiTel Pinoy rejected the findings of a National Telecommunications Commission audit.",
			want: []wantClaim{want(KindProbe, "National Telecommunications Commission", "DigiTel Pinoy")}},
		{name: "review of a firm's pricing ongoing", text: "The consumer agency Procon-SP said the review of Nestlé's chocolate pricing was still ongoing.",
			want: []wantClaim{want(KindProbe, "Procon-SP", "Nestlé")}},
		{name: "book review is no probe", text: "The review of Nestlé's new cookbook was glowing.", noKind: []string{KindProbe}},
	})
}

func TestLicencesToListedClassAndPassiveNames(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "licences to three lenders dash list", text: "The Central Bank of Egypt granted digital banking licences on Thursday to three lenders - Delta Digital Bank, Sinai NeoBank and Faros Bank - the first in the country.",
			want: []wantClaim{want(KindApproval, "Central Bank of Egypt", "Delta Digital Bank"), want(KindApproval, "Central Bank of Egypt", "Faros Bank")}},
		{name: "untyped name barred in the passive", text: "Bolt will be barred from operating in Tallinn's old town from June, after the city council voted to restrict ride-hailing.",
			want: []wantClaim{want(KindMandate, "city council", "Bolt")}},
		{name: "untyped name fined in the passive", text: "Zalora was fined 2 billion rupiah by Indonesia's competition commission.",
			want: []wantClaim{want(KindPenalty, "competition commission", "Zalora")}},
	})
}

func TestPaymentUnderSettlement(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "agreed to pay under a settlement with", text: "Ukrainian mobile operator Polissia Mobile agreed to pay 14 million hryvnias under a settlement with the Antimonopoly Committee of Ukraine.",
			want: []wantClaim{want(KindPenalty, "Antimonopoly Committee of Ukraine", "Polissia Mobile")}},
		{name: "paid as part of a settlement with", text: "Harbour Bank Ltd paid $3 million as part of settlements with the Securities and Exchange Commission, the bank said.",
			want: []wantClaim{want(KindPenalty, "Securities and Exchange Commission", "Harbour Bank")}},
		{name: "private settlement is no penalty", text: "Acme Foods Ltd agreed to pay $5 million under a settlement with rival Beta Foods Ltd.", noKind: []string{KindPenalty}},
	})
}

func TestBroaderVerbLexicon(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "okayed a merger", text: "Kenya's Competition Authority okayed the merger of Naivas Ltd and Quickmart Ltd.",
			want: []wantClaim{want(KindApproval, "Competition Authority", "Naivas"), want(KindApproval, "Competition Authority", "Quickmart")}},
		{name: "green-lit", text: "The CMA green-lit Vodafone's merger with Three UK.",
			want: []wantClaim{want(KindApproval, "CMA", "Vodafone")}},
		{name: "blessed a takeover", text: "Brazil's CADE blessed the takeover of Pampa Telecom Ltd by Conecta Sul Ltd.",
			want: []wantClaim{want(KindApproval, "CADE", "Pampa Telecom")}},
		{name: "halted trading", text: "Nigeria's SEC halted trading in shares of Acme Foods Ltd.",
			want: []wantClaim{{kind: KindMandate, actor: "SEC", target: "Acme Foods", prohibition: true}}},
		{name: "subpoenaed", text: "Federal prosecutors subpoenaed Acme Foods Ltd over its pricing.",
			want: []wantClaim{want(KindProbe, "prosecutors", "Acme Foods")}},
		{name: "prosecuting", text: "Prosecutors in Seoul are prosecuting Hanbit Foods Co for bid rigging.",
			want: []wantClaim{want(KindProbe, "Prosecutors", "Hanbit Foods")}},
		{name: "debarred", text: "India's SEBI debarred Acme Capital Ltd from the securities market for two years.",
			want: []wantClaim{want(KindMandate, "SEBI", "Acme Capital")}},
		{name: "deregistered", text: "The Reserve Bank of India deregistered Acme Finance Ltd, a non-bank lender.",
			want: []wantClaim{want(KindPenalty, "Reserve Bank of India", "Acme Finance")}},
		{name: "questioned executives of", text: "The FTC questioned executives of Acme Foods Ltd about the deal.",
			want: []wantClaim{want(KindProbe, "FTC", "Acme Foods")}},
		{name: "analysts questioning is no probe", text: "Analysts questioned whether Acme Foods Ltd could grow.", none: true},
		{name: "sales halted is no mandate", text: "Sales halted at Acme Foods Ltd after the fire.", none: true},
		{name: "appointments ratified", text: "Their appointments have been ratified by the U.S. Senate, Acme Foods Ltd said.", noKind: []string{KindApproval}},
	})
}

func TestNominalActsOfAuthorities(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "fine for a firm", text: "The European Commission imposed a €10 million fine for Acme Foods Ltd over price fixing.",
			want: []wantClaim{want(KindPenalty, "European Commission", "Acme Foods")}},
		{name: "fine for late filing is no firm", text: "The European Commission imposed a fine for late filing, Acme Foods Ltd said.", noKind: []string{KindPenalty}},
		{name: "authority's approval of an acquisition", text: "The regulator's approval of Acme Foods Ltd's acquisition of Beta Snacks Ltd came on Monday.",
			want: []wantClaim{want(KindApproval, "regulator", "Acme Foods"), want(KindApproval, "regulator", "Beta Snacks")}},
		{name: "authority's clearance of a merger between", text: "The CMA's clearance of the merger between Acme Foods Ltd and Beta Snacks Ltd surprised analysts.",
			want: []wantClaim{want(KindApproval, "CMA", "Beta Snacks")}},
		{name: "imposed a ban on a firm's deals", text: "Kenya's Competition Authority imposed a ban on Acme Foods Ltd's exclusive deals.",
			want: []wantClaim{{kind: KindMandate, actor: "Competition Authority", target: "Acme Foods", prohibition: true}}},
		{name: "a ban on smoking", text: "The ban on smoking in bars took effect on Monday.", none: true},
		{name: "injunction against", text: "A Lagos court issued an injunction against Acme Telecom Ltd on Monday.",
			want: []wantClaim{want(KindMandate, "Lagos court", "Acme Telecom")}},
		{name: "firm's fine from an authority", text: "Acme Foods Ltd's €10 million fine from the European Commission was cut on appeal.",
			want: []wantClaim{want(KindPenalty, "European Commission", "Acme Foods")}},
		{name: "opened a case against", text: "The competition authority opened a case against Acme Foods Ltd.",
			want: []wantClaim{want(KindProbe, "competition authority", "Acme Foods")}},
		{name: "opened a new store is nothing", text: "Acme Foods Ltd opened a new store in Nairobi.", none: true},
	})
}

func TestSalesAndTakeoversBy(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "sold its stake in a firm to a buyer", text: "Acme Foods Ltd sold its stake in Gamma Dairy Ltd to Beta Holdings Ltd.",
			want: []wantClaim{want(KindAction, "Beta Holdings", "Gamma Dairy")}},
		{name: "agreed to sell its unit", text: "Acme Foods Ltd has agreed to sell its dairy unit to Beta Holdings Ltd.",
			want: []wantClaim{want(KindAction, "Beta Holdings", "Acme Foods")}},
		{name: "selling a named firm to", text: "Braiker is best known for selling Hipcricket to Augme Technologies in 2011.",
			want: []wantClaim{want(KindAction, "Augme Technologies", "Hipcricket")}},
		{name: "sold a stake to", text: "Acme Foods Ltd sold a 40% stake to Beta Holdings Ltd.",
			want: []wantClaim{want(KindAction, "Beta Holdings", "Acme Foods")}},
		{name: "selling goods is no deal", text: "Acme Foods Ltd sells its snacks to Beta Mart Ltd stores across Kenya.", noKind: []string{KindAction}},
		{name: "agreed to a takeover by", text: "Acme Foods Ltd agreed to a takeover by Beta Holdings Ltd.",
			want: []wantClaim{want(KindAction, "Beta Holdings", "Acme Foods")}},
		{name: "absorb", text: "Acme Foods Ltd will absorb Beta Snacks Ltd.", want: []wantClaim{want(KindAction, "Acme Foods", "Beta Snacks")}},
		{name: "memorandum of understanding", text: "Acme Foods Ltd and Beta Snacks Ltd signed a memorandum of understanding.",
			want: []wantClaim{want(KindAction, "Acme Foods", "Beta Snacks")}},
	})
}

func TestFrontedParticiplesRulingsAndHalts(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "fronted ordered by", text: "Ordered by the central bank to raise capital, Acme Bank Ltd said it would comply.",
			want: []wantClaim{want(KindMandate, "central bank", "Acme Bank")}, notParty: []string{"Ordered"}},
		{name: "fronted fined by", text: "Fined by the CNIL last year, Acme Ads Ltd said it had changed its cookie banner.",
			want: []wantClaim{want(KindPenalty, "CNIL", "Acme Ads")}},
		{name: "under the ruling must", text: "Under the ruling, Acme Foods Ltd must stop using the Kenchic brand.",
			want: []wantClaim{want(KindMandate, "ruling", "Acme Foods")}},
		{name: "ordered a halt to trading", text: "Thailand's SEC has ordered a halt to trading in Acme Securities Ltd's shares.",
			want: []wantClaim{want(KindMandate, "SEC", "Acme Securities")}},
		{name: "law obliges", text: "The regulator obliges Acme Telecom Ltd to share its towers.",
			want: []wantClaim{want(KindMandate, "regulator", "Acme Telecom")}},
	})
}

func TestRelativePassivesJuriesAndDescribedAgents(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "bought by, in a relative", text: "Moravia Direct Ltd, which was bought by Austrian utility Kärntner Strom last year, said it disagreed with the decision.",
			want: []wantClaim{want(KindAction, "Kärntner Strom", "Moravia Direct")}},
		{name: "fined by, in a relative, speaker is antecedent", text: "The regulator fined Tala Kenya Ltd. Tala Kenya Ltd, which was also warned by the central bank, said it would appeal.",
			want: []wantClaim{stance(KindResponse, "Tala Kenya", "regulator", "resist")}},
		{name: "jury ordered to pay", text: "A federal jury in Texas found that charger maker Corvex Energy Inc infringed three patents and ordered the company to pay $212 million in damages.",
			want: []wantClaim{want(KindPenalty, "jury", "Corvex Energy")}},
		{name: "acquired by a described buyer with a demonym", text: "Lagos fintech Paystack Ltd was acquired by American payments firm Stripe Inc in 2020.",
			want: []wantClaim{want(KindAction, "Stripe", "Paystack")}},
	})
}

func TestFindingsWithoutAFirmNamed(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "inspectors found, firm fined before", text: "The U.S. Department of Transportation fined Pelican Air Inc $4.5 million. Inspectors found that on 19 flights, passengers were held on planes for hours.",
			want: []wantClaim{want(KindProbe, "Department of Transportation", "Pelican Air")}},
		{name: "its review found", text: "New Zealand's Financial Markets Authority censured Totara Life Ltd. The regulator said its review found Totara Life had failed to pass on premium cuts.",
			want: []wantClaim{want(KindProbe, "Financial Markets Authority", "Totara Life")}},
		{name: "book review found", text: "A review found the novel charming, Acme Books Ltd said.", noKind: []string{KindProbe}},
	})
}

func TestPaidUnderAnAuthoritysOrder(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "agreed to the order and will pay", text: "The FTC has demanded that Zenora Health Inc stop sharing data, under a proposed order. Zenora Health agreed to the order and will pay $2.1 million.",
			want: []wantClaim{want(KindPenalty, "FTC", "Zenora Health")}},
		{name: "will pay under the consent order", text: "South Africa's Competition Commission fined Acme Bread Ltd. Acme Bread will pay R5 million under the consent order, it said.",
			want: []wantClaim{want(KindPenalty, "Competition Commission", "Acme Bread")}},
		{name: "paying a supplier is no penalty", text: "Acme Bread Ltd will pay $2 million to Beta Mills Ltd for flour, it said.", noKind: []string{KindPenalty}},
	})
}

func TestDealTermsAndAuthorityBeforeTo(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "agreement under which the partner will", text: "Acme Telecom Ltd signed an agreement under which Beta Networks Ltd will use its towers.",
			want: []wantClaim{want(KindAction, "Acme Telecom", "Beta Networks")}},
		{name: "deal whereby", text: "Kuda Bank Ltd struck a deal whereby Paystack Ltd will process its card payments.",
			want: []wantClaim{want(KindAction, "Kuda Bank", "Paystack")}},
		{name: "permission from a competition authority to buy", text: "Acme Foods Ltd won permission from Kenya's competition authority to buy Beta Snacks Ltd.",
			want: []wantClaim{want(KindApproval, "competition authority", "Beta Snacks"), want(KindAction, "Acme Foods", "Beta Snacks")}},
		{name: "authority to investigate is a power", text: "The regulator has broad authority to investigate Acme Foods Ltd.", noKind: []string{KindProbe}},
	})
}

func TestInquiryIntoADealAndPluralPossessiveNames(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "investigation into a bid examines both", text: "The European Commission is likely to open a full-scale investigation into airline group AeroNord's €640 million bid for Latvia's Baltijas Avio.",
			want: []wantClaim{want(KindProbe, "European Commission", "AeroNord"), want(KindProbe, "European Commission", "Baltijas Avio")}},
		{name: "investigation into a firm over its acquisition", text: "China's market regulator has opened an investigation into Qualcomm over its acquisition of Israeli chipmaker Autotalks.",
			want: []wantClaim{want(KindProbe, "market regulator", "Qualcomm")}, notParty: []string{}},
		{name: "prosecutors' office searched", text: "The Seoul Central District Prosecutors' Office also searched the offices of Pixel Bridge Co, a production agency.",
			want: []wantClaim{want(KindProbe, "Prosecutors' Office", "Pixel Bridge")}},
	})
}

func TestHaveToAndDescribedBodiesOfTheirOwn(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "will have to under rules gazetted by", text: "Under rules gazetted by the Public Utilities Commission of Sri Lanka on Friday, power distributor Lanka Grid Services will have to publish outage schedules.",
			want: []wantClaim{want(KindMandate, "Public Utilities Commission of Sri Lanka", "Lanka Grid Services")}},
		{name: "has to, the central bank said", text: "The central bank said Acme Bank Ltd has to raise its capital by June.",
			want: []wantClaim{want(KindMandate, "central bank", "Acme Bank")}},
		{name: "has to compete is no mandate", text: "Acme Foods Ltd has to compete with cheaper imports, analysts said.", none: true},
		{name: "has to do with", text: "The fine imposed last year has to do with Acme Foods Ltd's pricing.", noKind: []string{KindMandate}},
		{name: "the finance ministry after a central bank", text: "Lenders such as Pesa Haraka Ltd will have to register with the central bank once the new act takes effect, the finance ministry said.",
			want: []wantClaim{want(KindMandate, "finance ministry", "Pesa Haraka")}, notParty: []string{"central bank"}},
	})
}

func TestSanctioningProcess(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "sanctioning process against", text: "Chile's CMF opened a sanctioning process against brokerage Renta4 Chile for failing to segregate client funds.",
			want: []wantClaim{want(KindProbe, "CMF", "Renta4 Chile")}},
		{name: "disciplinary process against", text: "Brazil's CVM started a disciplinary process against broker XP Investimentos over its research reports.",
			want: []wantClaim{want(KindProbe, "CVM", "XP Investimentos")}},
		{name: "approval process is none", text: "The approval process for Acme Foods Ltd's deal is slow, analysts said.", none: true},
	})
}

func TestInvestAndInterconnect(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "interconnect their services", text: "MTN and Airtel agreed to interconnect their mobile money services in Uganda.",
			want: []wantClaim{want(KindAction, "MTN", "Airtel")}},
		{name: "invested in a firm", text: "Tencent invested $300 million in Brazilian fintech Nubank.",
			want: []wantClaim{want(KindAction, "Tencent", "Nubank")}},
		{name: "invested in its own network", text: "Safaricom invested $1 billion in its 5G network.", none: true},
		{name: "linked an incident to", text: "The ministry linked the outage to Safaricom's software update.", noKind: []string{KindAction}},
	})
}

func TestFineWasImposedAndGrounded(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "fine was imposed on by", text: "A 5 million euro fine was imposed on Acme Foods Ltd by Italy's AGCM.",
			want: []wantClaim{want(KindPenalty, "AGCM", "Acme Foods")}},
		{name: "penalty has been levied on by", text: "A penalty of 2 million rand has been levied on Acme Bread Ltd by the Competition Tribunal.",
			want: []wantClaim{want(KindPenalty, "Competition Tribunal", "Acme Bread")}},
		{name: "grounded by a regulator", text: "Acme Airways Ltd has been grounded by Nigeria's aviation regulator.",
			want: []wantClaim{{kind: KindMandate, actor: "aviation regulator", target: "Acme Airways", prohibition: true}}},
		{name: "grounded in research", text: "The theory is grounded in Acme Foods Ltd's research.", none: true},
	})
}
