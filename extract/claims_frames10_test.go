package extract

import "testing"

// Round 6, tuner E: entities on unseen text. Each table holds passages
// written for one cause of a name typed wrong or not found, with near-miss
// negatives (persons, places, products that must stay no firm).

// A name ending in a business head ("Air", "Bank", "Group", "Pay") is a
// firm even when its first word is also a title or first name ("Sen", "Ken").
func TestFramesBusinessHeadIsNoPerson(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "carrier whose first word is a title", text: "Vietnamese budget carrier Sen Vang Air said on Monday it would challenge in court a decision by the Civil Aviation Authority of Vietnam ordering it to halt flights on three domestic routes.",
			want: []wantClaim{want(KindMandate, "Civil Aviation Authority of Vietnam", "Sen Vang Air")}},
		{name: "first name before airways", text: "The Civil Aviation Authority of Nepal fined Ken Lee Airways 2 million rupees on Tuesday.",
			want: []wantClaim{want(KindPenalty, "Civil Aviation Authority of Nepal", "Ken Lee Airways")}},
		{name: "first name before pay", text: "The Central Bank of Kenya ordered Grace Pay to stop onboarding new customers.",
			want: []wantClaim{want(KindMandate, "Central Bank of Kenya", "Grace Pay")}},
		{name: "person stays a person", text: "Transport minister Ken Lee said the Civil Aviation Authority of Nepal had fined Yeti Airlines 2 million rupees.",
			want: []wantClaim{want(KindPenalty, "Civil Aviation Authority of Nepal", "Yeti Airlines")}, notParty: []string{"Ken Lee"}},
		{name: "chief executive is no firm", text: "The Securities and Exchange Board of India fined Arjun Mehta, chief executive of Nirmal Capital, Rs 2 crore.",
			notParty: []string{"Arjun Mehta"}},
	})
}

// Legal forms of many languages make a firm.
func TestFramesWorldLegalForms(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "Indonesian PT ... Tbk", text: "Otoritas Jasa Keuangan fined PT Sinar Laut Tbk 3 billion rupiah for late disclosure.",
			want: []wantClaim{want(KindPenalty, "Otoritas Jasa Keuangan", "Sinar Laut")}},
		{name: "Mexican S.A.B. de C.V.", text: "Mexico's competition commission fined Grupo Arcoiris S.A.B. de C.V. 90 million pesos on Monday.",
			want: []wantClaim{want(KindPenalty, "", "Grupo Arcoiris")}},
		{name: "Norwegian ASA", text: "The Norwegian Competition Authority fined Fjordkraft Nord ASA 40 million crowns.",
			want: []wantClaim{want(KindPenalty, "Norwegian Competition Authority", "Fjordkraft Nord")}},
		{name: "Lithuanian UAB", text: "The Bank of Lithuania revoked the licence of Gintaras Pay UAB on Thursday.",
			want: []wantClaim{want(KindPenalty, "Bank of Lithuania", "Gintaras Pay")}},
		{name: "Slovenian d.o.o.", text: "The Slovenian competition protection agency fined Mreza Plus d.o.o. 1.2 million euros.",
			want: []wantClaim{want(KindPenalty, "", "Mreza Plus")}},
		{name: "Malaysian Sdn Bhd", text: "The Malaysia Competition Commission fined Kedai Runcit Sdn Bhd 2 million ringgit.",
			want: []wantClaim{want(KindPenalty, "Malaysia Competition Commission", "Kedai Runcit")}},
		{name: "Russian PJSC", text: "Russia's Federal Antimonopoly Service ordered Volga Telecom PJSC to cut roaming prices.",
			want: []wantClaim{want(KindMandate, "Federal Antimonopoly Service", "Volga Telecom")}},
		{name: "Indian Pvt Ltd", text: "The Reserve Bank of India fined Kaveri Finserv Pvt Ltd Rs 20 lakh.",
			want: []wantClaim{want(KindPenalty, "Reserve Bank of India", "Kaveri Finserv")}},
		{name: "Brazilian Ltda", text: "Brazil's antitrust regulator CADE fined Cerrado Logistica Ltda 12 million reais.",
			want: []wantClaim{want(KindPenalty, "CADE", "Cerrado Logistica")}},
	})
}

// A state-owned firm named like a body ("Ceylon Electricity Board",
// "Kenya Power", "... Power Distribution Corporation") is a firm the
// regulator acts on.
func TestFramesStateFirmNamedLikeBody(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "electricity board ordered", text: "The Public Utilities Commission of Sri Lanka ordered the Ceylon Electricity Board to refund a fuel surcharge to households.",
			want: []wantClaim{want(KindPenalty, "Public Utilities Commission of Sri Lanka", "Ceylon Electricity Board")}},
		{name: "country power fined", text: "The Energy and Petroleum Regulatory Authority fined Kenya Power 5 million shillings over billing errors.",
			want: []wantClaim{want(KindPenalty, "Energy and Petroleum Regulatory Authority", "Kenya Power")}},
		{name: "power distribution corporation directed", text: "The Tamil Nadu Electricity Regulatory Commission directed the Tamil Nadu Power Distribution Corporation to restore supply within 48 hours.",
			want: []wantClaim{want(KindMandate, "Tamil Nadu Electricity Regulatory Commission", "Tamil Nadu Power Distribution Corporation")}},
		{name: "water board fined", text: "The Energy and Water Utilities Regulatory Authority fined the Dar es Salaam Water Supply Board 40 million shillings.",
			want: []wantClaim{want(KindPenalty, "Energy and Water Utilities Regulatory Authority", "Dar es Salaam Water Supply Board")}},
		{name: "a board that fines stays an authority", text: "The Securities and Exchange Board of India fined Nirmal Capital Rs 2 crore.",
			want: []wantClaim{want(KindPenalty, "Securities and Exchange Board of India", "Nirmal Capital")}},
	})
}

// Banks: "X National Bank" is a commercial bank, "the National Bank of X"
// a central bank, "Central Bank"/"Reserve Bank" always an authority.
func TestFramesNationalBank(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "national bank of a country licenses", text: "The National Bank of Ethiopia approved a mobile money licence for Abay Digital Finance on Thursday.",
			want: []wantClaim{want(KindApproval, "National Bank of Ethiopia", "Abay Digital Finance")}},
		{name: "city national bank fined", text: "The Reserve Bank of India fined Karur National Bank Rs 2 crore for lapses in loan classification.",
			want: []wantClaim{want(KindPenalty, "Reserve Bank of India", "Karur National Bank")}},
		{name: "a country's National Bank is its central bank", text: "Ethiopia's National Bank has granted a mobile money licence to Abay Digital Finance, a unit of Abay Telecom.",
			want: []wantClaim{want(KindApproval, "National Bank", "Abay Digital Finance")}, notWant: []wantClaim{want(KindApproval, "", "National Bank")}},
		{name: "national bank fined by the central bank", text: "The Central Bank of Nigeria fined Unity National Bank 50 million naira.",
			want: []wantClaim{want(KindPenalty, "Central Bank of Nigeria", "Unity National Bank")}},
	})
}

// Courts and juries named by form or place.
func TestFramesCourtsByForm(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "federal jury ordered damages", text: "A federal jury in Texas on Friday found that charger maker Corvex Energy infringed three patents owned by Norway's Halvorsen Power Systems and ordered it to pay $212 million in damages.",
			want: []wantClaim{want(KindPenalty, "jury", "Corvex Energy")}, notWant: []wantClaim{want(KindPenalty, "jury", "Halvorsen Power Systems")}},
		{name: "city high court", text: "The Madras High Court ordered Kaveri Cables to pay 40 crore rupees to the state.",
			want: []wantClaim{want(KindPenalty, "Madras High Court", "Kaveri Cables")}},
		{name: "city commercial court", text: "An Abidjan commercial court ordered Bandama Trading to pay 2 billion CFA francs to Ivoire Broyage.",
			want: []wantClaim{want(KindPenalty, "court", "Bandama Trading")}, notParty: []string{"Abidjan"}},
	})
}

// Authorities with non-English names.
func TestFramesForeignAuthorityNames(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "Norwegian data authority", text: "Datatilsynet fined Grindr 65 million crowns for sharing user data.",
			want: []wantClaim{want(KindPenalty, "Datatilsynet", "Grindr")}},
		{name: "Spanish superintendencia", text: "The Superintendencia de Industria y Comercio fined Rappi 1 billion pesos for misleading ads.",
			want: []wantClaim{want(KindPenalty, "Superintendencia de Industria y Comercio", "Rappi")}},
		{name: "Indonesian otoritas", text: "Otoritas Jasa Keuangan revoked the licence of PT Bank Perkreditan Rakyat Sejahtera.",
			want: []wantClaim{want(KindPenalty, "Otoritas Jasa Keuangan", "Bank Perkreditan Rakyat Sejahtera")}},
		{name: "Portuguese autoridade", text: "The Autoridade da Concorrência fined Tejo Seguros 3 million euros.",
			want: []wantClaim{want(KindPenalty, "Autoridade da Concorrência", "Tejo Seguros")}},
	})
}

// Brands written in lower case or with an inner capital, used as the
// subject or object of a firm verb.
func TestFramesLowerCaseBrands(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "stc fined", text: "Saudi Arabia's Communications, Space and Technology Commission fined stc 5 million riyals over outages.",
			want: []wantClaim{want(KindPenalty, "", "stc")}},
		{name: "bKash ordered", text: "Bangladesh Bank ordered bKash to cap transaction fees.",
			want: []wantClaim{want(KindMandate, "Bangladesh Bank", "bKash")}},
		{name: "lower-case word stays no firm", text: "The regulator fined Zain 2 million dinars for poor service on Monday.",
			want: []wantClaim{want(KindPenalty, "regulator", "Zain")}, notParty: []string{"poor", "service"}},
	})
}

// Romance and other particles join a name ("Rio Grande do Sul", "Banco do
// Brasil", "Dar es Salaam"); a region so named is no firm.
func TestFramesNameParticles(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "region with do is a place", text: "Brazil's telecommunications regulator Anatel on Thursday approved Conecta Sul Telecom's acquisition of Pampa Telecom, a fixed-line operator in Rio Grande do Sul.",
			want: []wantClaim{want(KindApproval, "Anatel", "Pampa Telecom")}, notTarget: []string{"Rio Grande"}, notParty: []string{"Sul"}},
		{name: "bank with do", text: "Brazil's central bank fined Banco do Nordeste 10 million reais.",
			want: []wantClaim{want(KindPenalty, "", "Banco do Nordeste")}},
		{name: "firm with de", text: "Colombia's Superintendencia Financiera fined Banco de Occidente 2 billion pesos.",
			want: []wantClaim{want(KindPenalty, "Superintendencia Financiera", "Banco de Occidente")}},
	})
}

// A firm's local unit named with its country ("MTN Mobile Money Uganda")
// is that firm, not a region; a region stays a place.
func TestFramesFirmUnitEndingInCountry(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "catalogued firm's unit", text: "The Bank of Uganda fined MTN Mobile Money Uganda 500 million shillings on Monday.",
			hasTarget: []string{"MTN Mobile Money Uganda"}},
		{name: "unknown firm with a business head", text: "The Bank of Tanzania fined Kilima Mobile Money Tanzania 90 million shillings.",
			hasTarget: []string{"Kilima Mobile Money Tanzania"}},
		{name: "a region stays a place", text: "The Bank of Uganda fined Rwenzori Finance for lending in Mountainous Western Uganda without a licence.",
			notParty: []string{"Mountainous Western Uganda"}},
	})
}

// Unseen names typed by form: legal forms before or after the name,
// acronyms a firm or authority defines in brackets, courts and juries
// named by place, utilities whose names join two services with "and".
func TestFramesEntityForms(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "firm acronym in brackets", text: "The Energy Regulatory Commission fined Lusaka Water and Sewerage Company (LWSC) 2 million kwacha. LWSC said it would appeal.",
			want: []wantClaim{want(KindPenalty, "Energy Regulatory Commission", "Lusaka Water and Sewerage Company"), want(KindResponse, "LWSC", "Energy Regulatory Commission")}},
		{name: "authority acronym in brackets", text: "The Malawi Energy Regulatory Authority (MERA) fined Puma Energy Malawi 40 million kwacha. MERA also ordered the company to restock.",
			want: []wantClaim{want(KindPenalty, "Malawi Energy Regulatory Authority", "Puma Energy Malawi"), want(KindMandate, "MERA", "Puma Energy Malawi")}},
		{name: "Oyj", text: "The Finnish Competition and Consumer Authority fined Kesko Oyj 5 million euros.",
			want: []wantClaim{want(KindPenalty, "Finnish Competition and Consumer Authority", "Kesko")}},
		{name: "K.K.", text: "Japan's Fair Trade Commission ordered Sakura Denki K.K. to stop pressuring retailers.",
			want: []wantClaim{want(KindMandate, "Fair Trade Commission", "Sakura Denki")}},
		{name: "JSC", text: "The National Bank of Kazakhstan revoked the licence of Altyn Credit JSC on Friday.",
			want: []wantClaim{want(KindPenalty, "National Bank of Kazakhstan", "Altyn Credit")}},
		{name: "S.A.", text: "The CNMC fined Transportes Ibéricos S.A. 3 million euros for bid rigging.",
			want: []wantClaim{want(KindPenalty, "CNMC", "Transportes Ibéricos")}},
		{name: "Pte Ltd", text: "The Monetary Authority of Singapore fined Lion City Remit Pte Ltd S$400,000.",
			want: []wantClaim{want(KindPenalty, "Monetary Authority of Singapore", "Lion City Remit")}},
		{name: "AB", text: "Finansinspektionen fined Norrland Betal AB 20 million crowns.",
			want: []wantClaim{want(KindPenalty, "Finansinspektionen", "Norrland Betal")}},
		{name: "GmbH", text: "The Bundeskartellamt fined Rhein Logistik GmbH 12 million euros.",
			want: []wantClaim{want(KindPenalty, "Bundeskartellamt", "Rhein Logistik")}},
		{name: "LLC", text: "Mongolia's competition agency fined Khan Altai LLC 300 million tugrik.",
			want: []wantClaim{want(KindPenalty, "", "Khan Altai")}},
		{name: "Power firm", text: "The Ghana Energy Commission fined Volta Power 2 million cedis.",
			want: []wantClaim{want(KindPenalty, "Ghana Energy Commission", "Volta Power")}},
		{name: "firm said it would appeal", text: "The regulator fined Kijiji Mobile 3 million shillings. Kijiji Mobile said it would appeal.",
			want: []wantClaim{want(KindResponse, "Kijiji Mobile", "regulator")}},
		{name: "court in city", text: "A Lagos High Court ordered Ikeja Electric to reconnect 400 homes.",
			want: []wantClaim{want(KindMandate, "Lagos High Court", "Ikeja Electric")}},
		{name: "jury verdict", text: "A Delaware jury ordered Brightline Pharmaceuticals to pay $80 million to a rival.",
			want: []wantClaim{want(KindPenalty, "jury", "Brightline Pharmaceuticals")}},
		{name: "central bank always authority", text: "Central Bank of Lesotho fined Maluti Savings Bank 1 million maloti.",
			want: []wantClaim{want(KindPenalty, "Central Bank of Lesotho", "Maluti Savings Bank")}},
		{name: "Tamil Nadu Generation", text: "The Madras High Court directed the Tamil Nadu Generation and Distribution Corporation to pay arrears to Coastal Wind Power.",
			want: []wantClaim{want(KindPenalty, "Madras High Court", "Tamil Nadu Generation and Distribution Corporation")}},
		{name: "Otoritas acronym", text: "Indonesia's Otoritas Jasa Keuangan (OJK) suspended PT Dana Cepat Indonesia. OJK said the lender had broken lending rules.",
			want: []wantClaim{want(KindMandate, "OJK", "Dana Cepat")}},
		{name: "Superintendencia Peru", text: "Peru's Superintendencia de Banca fined Caja Andina 2 million soles.",
			want: []wantClaim{want(KindPenalty, "Superintendencia de Banca", "Caja Andina")}},
	})
}

// "Bank of <country>" is a central bank only when nothing but
// central/reserve/national/state stands before "Bank"; a commercial or
// development bank so named is a firm ("Commercial Bank of Ethiopia").
func TestFramesBankOfCountry(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "commercial bank of a country is fined", text: "The National Bank of Ethiopia fined the Commercial Bank of Ethiopia 10 million birr.",
			want: []wantClaim{want(KindPenalty, "National Bank of Ethiopia", "Commercial Bank of Ethiopia")}},
		{name: "development bank of a country is ordered", text: "The Bank of Zambia ordered the Development Bank of Zambia to raise its capital.",
			want: []wantClaim{want(KindMandate, "Bank of Zambia", "Development Bank of Zambia")}},
		{name: "catalogued commercial bank", text: "The Central Bank of Egypt fined National Bank of Egypt 50 million pounds.",
			want: []wantClaim{want(KindPenalty, "Central Bank of Egypt", "National Bank of Egypt")}},
		{name: "a central bank stays one", text: "The Reserve Bank of Malawi fined Nyasa Savings Bank 5 million kwacha.",
			want: []wantClaim{want(KindPenalty, "Reserve Bank of Malawi", "Nyasa Savings Bank")}},
	})
}

// Names typed by their context: an unknown acronym that fines or licenses
// is an authority, a name fined or answering is a firm, titled and
// "chief executive" names are persons, products and places stay no party.
func TestFramesEntityContext(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "unknown acronym fines", text: "Costa Rica's SUGEF fined Banco Cordillera 40 million colones on Tuesday.",
			want: []wantClaim{want(KindPenalty, "SUGEF", "Banco Cordillera")}},
		{name: "unknown acronym with the fines", text: "The ERCA fined Addis Cement 2 million birr for late filings.",
			want: []wantClaim{want(KindPenalty, "ERCA", "Addis Cement")}},
		{name: "unknown agency licenses", text: "Senegal's ARTP granted a 4G licence to Teranga Mobile.",
			want: []wantClaim{want(KindApproval, "ARTP", "Teranga Mobile")}},
		{name: "firm said it would appeal", text: "Uganda's communications regulator fined Kampala Fibre 200 million shillings. Kampala Fibre said it would appeal.",
			want: []wantClaim{want(KindResponse, "Kampala Fibre", "")}},
		{name: "single-word unknown firm fined", text: "The Competition Authority of Kenya fined Zorbex 12 million shillings.",
			want: []wantClaim{want(KindPenalty, "Competition Authority of Kenya", "Zorbex")}},
		{name: "person with Mr", text: "The regulator fined Mr Okoro Chukwu 2 million naira and Okoro Trading Ltd 5 million naira.",
			want: []wantClaim{want(KindPenalty, "regulator", "Okoro Trading")}, notParty: []string{"Okoro Chukwu", "Mr Okoro Chukwu"}},
		{name: "chief executive then name", text: "The SEC fined Halden Capital and barred its chief executive Martin Vohs from the industry.",
			want: []wantClaim{want(KindPenalty, "SEC", "Halden Capital")}, notParty: []string{"Martin Vohs"}},
		{name: "carrier named Air", text: "Kenya's Civil Aviation Authority suspended the licence of Safari Link Air.",
			want: []wantClaim{want(KindPenalty, "Civil Aviation Authority", "Safari Link Air")}},
		{name: "airline named Airways with place", text: "Nepal's aviation regulator grounded Himalaya Airways on Friday.",
			want: []wantClaim{want(KindMandate, "", "Himalaya Airways")}},
		{name: "Holdings with first name", text: "The Capital Markets Authority fined James Finlay Holdings 3 million shillings.",
			want: []wantClaim{want(KindPenalty, "Capital Markets Authority", "James Finlay Holdings")}},
		{name: "product is no firm", text: "The Food and Drugs Authority ordered Kasapreko to recall Alomo Bitters from shops.",
			want: []wantClaim{want(KindMandate, "Food and Drugs Authority", "Kasapreko")}, notTarget: []string{"Alomo Bitters"}},
		{name: "place is no firm", text: "The Energy Regulatory Authority fined Lilongwe Water Board for supply cuts in Area 18.",
			want: []wantClaim{want(KindPenalty, "Energy Regulatory Authority", "Lilongwe Water Board")}, notTarget: []string{"Area 18"}},
	})
}

// State utilities named like authorities ("Zimbabwe Electricity Supply
// Authority", "Electricity Company of Ghana") are firms a regulator acts
// on; ports and water-resources authorities stay authorities.
func TestFramesStateUtilityAuthority(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "electricity supply authority fined", text: "The Zimbabwe Energy Regulatory Authority fined the Zimbabwe Electricity Supply Authority 2 million dollars.",
			want: []wantClaim{want(KindPenalty, "Zimbabwe Energy Regulatory Authority", "Zimbabwe Electricity Supply Authority")}},
		{name: "electricity company of a country", text: "The Public Utilities Regulatory Commission fined the Electricity Company of Ghana 5 million cedis.",
			want: []wantClaim{want(KindPenalty, "Public Utilities Regulatory Commission", "Electricity Company of Ghana")}},
		{name: "ports authority stays an authority", text: "The Nigerian Ports Authority directed Apapa Bulk Terminal to restore berthing slots.",
			want: []wantClaim{want(KindMandate, "Nigerian Ports Authority", "Apapa Bulk Terminal")}},
		{name: "water resources authority stays", text: "The Water Resources Authority suspended the permit of Naivasha Flowers Ltd.",
			want: []wantClaim{want(KindPenalty, "Water Resources Authority", "Naivasha Flowers")}},
		{name: "power authority fined", text: "The Public Service Commission fined the Tamu Valley Power Authority $4 million over outages.",
			want: []wantClaim{want(KindPenalty, "Public Service Commission", "Tamu Valley Power Authority")}},
	})
}

// A one-word short form opening the sentence is its subject ("Zilpay,
// which is backed by Anadolu Ventures, said ..."), so a later "the
// company" means it, not the backer named inside the clause.
func TestFramesShortNameIsSubject(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "short form then the company", text: "Turkey's banking watchdog BDDK granted a licence to Zilpay Dijital Bankasi. Zilpay, which is backed by investor group Anadolu Ventures, said it would open accounts in March. The watchdog had fined the company in 2023.",
			want: []wantClaim{want(KindPenalty, "BDDK", "Zilpay")}, notWant: []wantClaim{want(KindPenalty, "BDDK", "Anadolu Ventures")}},
	})
}

// A role or title before an unknown name, or "as chairman" after it, makes
// a person, never a party; a firm after a class noun stays a firm.
func TestFramesPersonByRole(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "midfielder fined by a league", text: "Kaizer Chiefs midfielder Thabo Nkosi was fined 50,000 rand by the Premier Soccer League.",
			notParty: []string{"Thabo Nkosi"}},
		{name: "chairperson speaking", text: "The Energy Regulation Board fined Copperbelt Petroleum Supplies 2 million kwacha, board chairperson Mutinta Chanda said.",
			want: []wantClaim{want(KindPenalty, "Energy Regulation Board", "Copperbelt Petroleum Supplies")}, notParty: []string{"Mutinta Chanda"}},
		{name: "approved as chairman", text: "Shareholders approved the reappointment of Akio Toyoda as chairman on Tuesday.",
			notParty: []string{"Akio Toyoda"}},
		{name: "coach is no firm", text: "Sundowns coach Miguel Cardoso said the club would not appeal the fine.",
			notParty: []string{"Miguel Cardoso"}},
		{name: "a firm after a class noun stays", text: "The Competition Commission fined cement maker Lafarge Zambia 3 million kwacha.",
			want: []wantClaim{want(KindPenalty, "Competition Commission", "Lafarge Zambia")}},
		{name: "an investor firm stays", text: "The central bank of Kenya fined investor Kilima Ventures 4 million shillings.",
			want: []wantClaim{want(KindPenalty, "", "Kilima Ventures")}},
	})
}

// A name before a place noun ("Bình Dương province") is a place.
func TestFramesPlaceByNoun(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "province", text: "The Ministry of Industry and Trade fined Mua Nhanh after checks at its warehouses in Binh Duong province.",
			want: []wantClaim{want(KindPenalty, "Ministry of Industry and Trade", "Mua Nhanh")}, notParty: []string{"Binh Duong"}},
		{name: "region", text: "The regulator fined Kaveri Gas for shortages across the Kongu Nadu region.",
			notParty: []string{"Kongu Nadu"}},
		{name: "a firm before state stays", text: "The Competition Commission fined Lagos Steel Partners over state contracts.",
			want: []wantClaim{want(KindPenalty, "Competition Commission", "Lagos Steel Partners")}},
	})
}

// A bare "Reserve Bank" is a central bank; "X Reserve Bank" names stay
// what their words say.
func TestFramesReserveBank(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "bare reserve bank fines", text: "The Reserve Bank fined Kiwi Loans 2 million dollars on Monday.",
			want: []wantClaim{want(KindPenalty, "Reserve Bank", "Kiwi Loans")}},
		{name: "country's reserve bank", text: "Malawi's Reserve Bank revoked the licence of Nyasa Forex.",
			want: []wantClaim{want(KindPenalty, "Reserve Bank", "Nyasa Forex")}},
		{name: "reserve bank of a country", text: "The Reserve Bank of Fiji fined Bula Remit 50,000 dollars.",
			want: []wantClaim{want(KindPenalty, "Reserve Bank of Fiji", "Bula Remit")}},
	})
}

// A short form of a firm named before is the latest firm named, so "the
// company" in the next sentence means it, not a partner named earlier.
func TestFramesShortNameIsLatestFirm(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "partner then short form then the company", text: "New York's attorney general sued remittance app Kwikpay Inc on Tuesday. Kwikpay's banking partner, Fulton Trust Bank, was not named as a defendant. In a statement, Kwikpay called the allegations baseless. The Consumer Financial Protection Bureau opened its own inquiry into the company last year.",
			want: []wantClaim{want(KindProbe, "Consumer Financial Protection Bureau", "Kwikpay")}, notWant: []wantClaim{want(KindProbe, "Consumer Financial Protection Bureau", "Fulton Trust Bank")}},
	})
}

// A firm after a short opener ("In a statement, X said ...") is still the
// sentence's subject, which "the company" next most often means.
func TestFramesSubjectAfterOpener(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "in a statement", text: "The Bank of Tanzania fined Zuri Pay Ltd 40 million shillings. In a statement, Zuri Pay Ltd said customers of Kopa Bank Ltd would not be affected. The central bank also ordered the company to refund overcharged users.",
			want: []wantClaim{want(KindPenalty, "Bank of Tanzania", "Zuri Pay")}, notWant: []wantClaim{want(KindPenalty, "Bank of Tanzania", "Kopa Bank")}},
	})
}

// Legal forms of Eastern Europe, Latin America and the Nordics after a
// name make it a firm by form.
func TestFramesMoreLegalForms(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "Hungarian Zrt", text: "The Hungarian Competition Authority fined Duna Kereskedelmi Zrt 300 million forints.",
			want: []wantClaim{want(KindPenalty, "Hungarian Competition Authority", "Duna Kereskedelmi")}},
		{name: "Romanian SRL", text: "The Romanian Competition Council fined Carpati Distributie SRL 2 million lei.",
			want: []wantClaim{want(KindPenalty, "Romanian Competition Council", "Carpati Distributie")}},
		{name: "Kazakh JSC after a first name", text: "The National Bank of Kazakhstan fined Arman Credit JSC 90 million tenge.",
			want: []wantClaim{want(KindPenalty, "National Bank of Kazakhstan", "Arman Credit")}},
		{name: "Danish ApS", text: "The Danish Competition and Consumer Authority fined Fyn Energi ApS 4 million crowns.",
			want: []wantClaim{want(KindPenalty, "", "Fyn Energi")}},
	})
}

// An age in commas after a name ("Kofi Mensah, 54,") makes a person.
func TestFramesPersonByAge(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "age after name", text: "The Securities and Exchange Commission fined Kofi Mensah, 54, for insider trading.",
			notParty: []string{"Kofi Mensah"}},
		{name: "a firm with a count stays", text: "The regulator fined Volta Brokers, 12 other dealers and two banks on Monday.",
			hasTarget: []string{"Volta Brokers"}},
	})
}
