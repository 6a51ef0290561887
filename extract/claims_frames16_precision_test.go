package extract

import "testing"

// Round 11 precision: places that only say where a firm is from, openers
// that are no names, and courts named as the venue of a challenge.

func TestFrames16PrecPlaceOwnsListMember(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "venture between, country possessive second",
			text:     "Regulators approved a $2 billion smelter proposed by Kivu Holdings, a joint venture between Belgian trader Ostend Metals and Taiwan's Hsinchu Materials, the agency said on Friday.",
			want:     []wantClaim{want(KindAction, "Ostend Metals", "Hsinchu Materials")},
			notParty: []string{"Taiwan"}},
		{name: "code-share between, country possessive",
			text:     "The maritime commission allowed a vessel-sharing agreement between Nordwind Lines and Japan's Kobe Marine on Pacific routes to take effect.",
			want:     []wantClaim{want(KindAction, "Nordwind Lines", "Kobe Marine")},
			notParty: []string{"Japan"}},
		{name: "merger of, city possessive second",
			text:     "Shareholders backed the merger of Andes Cargo and Lima's Pacifico Logistica on Tuesday, the companies said.",
			notParty: []string{"Lima"}},
		{name: "three partners, countries possessive",
			text:     "A consortium of Norway's Fjord Energi, Germany's Rheinwind and Poland's Baltyk Power won the tender, the ministry said.",
			notParty: []string{"Norway", "Germany", "Poland"}},
		{name: "country acting itself stays (negative)",
			text:     "South Korea's Daejin Chemical and Chile's Andina Minerales formed a joint venture to build a plant in Antofagasta.",
			want:     []wantClaim{want(KindAction, "Daejin Chemical", "Andina Minerales")},
			notParty: []string{"South Korea", "Chile"}},
	})
}

func TestFrames16PrecPrepositionOpenerNoName(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "following, passive fine",
			text:     "Following a year-long audit of its lending book, Accra microlender Sika Finance was fined 2 million cedis by the Bank of Ghana, the bank said.",
			want:     []wantClaim{want(KindPenalty, "Bank of Ghana", "Sika Finance")},
			notParty: []string{"Following"}},
		{name: "amid, active order",
			text:     "Amid complaints from passengers, Peru's consumer agency Indecopi ordered Andes Air to stop overbooking flights.",
			want:     []wantClaim{want(KindMandate, "Indecopi", "Andes Air")},
			notParty: []string{"Amid"}},
		{name: "despite, approval",
			text:     "Despite objections from rivals, the Competition Authority of Kenya approved Bandari Link's purchase of Naivasha Dry Port.",
			notParty: []string{"Despite"}},
		{name: "during, probe",
			text:     "During a routine inspection, the Food Safety Authority found listeria at a Cork plant run by Glenbeg Dairies and opened an investigation into the company.",
			notParty: []string{"During"}},
	})
}

func TestFrames16PrecCourtIsVenue(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "objection filed with the court",
			text:    "Indonesia's competition commission KPPU ordered Sinar Jaya to stop bundling its services. Sinar Jaya said it would file an objection with the commercial court.",
			want:    []wantClaim{want(KindResponse, "Sinar Jaya", "KPPU")},
			notWant: []wantClaim{want(KindResponse, "Sinar Jaya", "commercial court")}},
		{name: "appeal to a place-named court",
			text:    "Italy's energy regulator ARERA fined Gas Lario 3 million euros for billing errors. Gas Lario said it had acted in good faith and would appeal the fine to the Lombardy administrative court.",
			want:    []wantClaim{want(KindResponse, "Gas Lario", "ARERA")},
			notWant: []wantClaim{want(KindResponse, "Gas Lario", "administrative court")}},
		{name: "challenge in the Federal Court, no act on the speaker",
			text:    "The environment ministry approved Bluegum Mining's coal mine expansion. The Wilderness Society said it would challenge the decision in the Federal Court.",
			notWant: []wantClaim{want(KindResponse, "Wilderness Society", "Federal Court")}},
		{name: "lodged a petition with the high court",
			text:    "Kenya's Communications Authority revoked the licence of Safiri Telecom last week. Safiri Telecom has lodged a petition with the High Court, its lawyer said.",
			notWant: []wantClaim{want(KindResponse, "Safiri Telecom", "High Court")}},
		{name: "court that ruled is answered (negative)",
			text: "The Delhi High Court ordered Trivana Foods to recall its baby formula. Trivana Foods said it would comply with the court's order.",
			want: []wantClaim{want(KindResponse, "Trivana Foods", "Delhi High Court")}},
	})
}

func TestFrames16PrecApprovedPlanAsserted(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "possessive plan, green light given",
			text: "Kigali bottler Inyange Drinks' plan to buy a 60% stake in juice maker Akagera Fresh was given the green light by Rwanda's competition authority on Tuesday.",
			want: []wantClaim{certain(KindApproval, "competition authority", "Inyange Drinks", "asserted"), certain(KindAction, "Inyange Drinks", "Akagera Fresh", "asserted")}},
		{name: "proposal by, approved passive",
			text: "A proposal by Volta Cocoa to take over chocolate maker Ashanti Sweets, first announced in March, was approved by the Competition Tribunal on Friday.",
			want: []wantClaim{certain(KindApproval, "Competition Tribunal", "Volta Cocoa", "asserted")}},
		{name: "proposed merger has been cleared",
			text: "The proposed merger of Danube Freight and Sava Logistics has been cleared by Croatia's competition agency.",
			want: []wantClaim{certain(KindApproval, "competition agency", "Danube Freight", "asserted")}},
		{name: "plans approved, plural",
			text: "Plans by Pampas Energia to acquire Patagonia Gas were approved by Argentina's antitrust authority CNDC on Monday.",
			want: []wantClaim{certain(KindApproval, "CNDC", "Pampas Energia", "asserted")}},
		{name: "approval still to come stays hedged (negative)",
			text:    "A proposal by Volta Cocoa to take over chocolate maker Ashanti Sweets could be approved by the Competition Tribunal next month.",
			notWant: []wantClaim{certain(KindApproval, "Competition Tribunal", "Volta Cocoa", "asserted"), certain(KindAction, "Volta Cocoa", "Ashanti Sweets", "asserted")}},
		{name: "approval only expected stays hedged (negative)",
			text:    "Nordic Paper's plan to buy Fjord Pulp is expected to be approved by the competition authority in May.",
			notWant: []wantClaim{certain(KindApproval, "competition authority", "Nordic Paper", "asserted")}},
		{name: "plan awaiting clearance stays hedged (negative)",
			text:    "Nordic Paper's plan to buy Fjord Pulp, announced in January, still needs approval from the competition authority.",
			notWant: []wantClaim{certain(KindAction, "Nordic Paper", "Fjord Pulp", "asserted")}},
	})
}

func TestFrames16PrecUnitsAndCurrencySignsNoName(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "spectrum band unit before licences",
			text:     "Croatia's telecoms regulator HAKOM awarded 26 GHz spectrum licences to Hrvatski Telekom and A1 Hrvatska.",
			want:     []wantClaim{want(KindApproval, "HAKOM", "Hrvatski Telekom"), want(KindApproval, "HAKOM", "A1 Hrvatska")},
			notParty: []string{"GHz"}},
		{name: "megawatt plant approved",
			text:     "India's power ministry approved a 500 MW solar park to be built by Rann Renewables.",
			notParty: []string{"MW"}},
		{name: "storage unit in a fine",
			text:     "Australia's energy regulator fined Outback Grid A$1.2 million after it withheld 40 MWh of battery capacity from the market.",
			want:     []wantClaim{want(KindPenalty, "energy regulator", "Outback Grid")},
			notParty: []string{"MWh"}},
		{name: "cedi sign glued to letters",
			text:      "The Bank of Ghana fined Zenith Forex GH₵2 million for breaching foreign exchange rules.",
			want:      []wantClaim{want(KindPenalty, "Bank of Ghana", "Zenith Forex")},
			notTarget: []string{"GH"}},
		{name: "court fine on a person names no firm (negative)",
			text:     "A magistrate in Tamale fined a street money changer GH₵15,000 for trading without a Bank of Ghana licence.",
			noKind:   []string{KindPenalty},
			notParty: []string{"GH"}},
		{name: "a firm whose name has a unit-like word stays (negative)",
			text: "The competition commission fined Kilowatt Holdings 3 million rand.",
			want: []wantClaim{want(KindPenalty, "competition commission", "Kilowatt Holdings")}},
	})
}

func TestFrames16PrecAllegedlyInGroundsClause(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "zero relative with its own subject",
			text: "Officers of Thailand's National Anti-Corruption Commission raided the offices of Siam Roadworks on Tuesday and took files on a contract the company allegedly won by paying bribes.",
			want: []wantClaim{certain(KindProbe, "National Anti-Corruption Commission", "Siam Roadworks", "asserted")}},
		{name: "after-clause with a firm noun subject",
			text: "Kenya's competition authority fined Mavuno Mills 20 million shillings after the miller allegedly fixed flour prices with rivals.",
			want: []wantClaim{certain(KindPenalty, "competition authority", "Mavuno Mills", "asserted")}},
		{name: "that-relative with a pronoun",
			text: "The SEC charged Orbis Capital on Monday with defrauding investors in a fund that it allegedly used to pay its founders.",
			want: []wantClaim{certain(KindProbe, "SEC", "Orbis Capital", "asserted")}},
		{name: "which-relative, plural subject",
			text: "Prosecutors searched the headquarters of Tanaka Steel in Osaka over bribes which executives allegedly paid to city officials.",
			want: []wantClaim{certain(KindProbe, "Prosecutors", "Tanaka Steel", "asserted")}},
		{name: "adverb on the act itself stays hedged (negative)",
			text:    "Police raided the offices of Kova Foods on Monday, allegedly acting on a tip from a rival.",
			notWant: []wantClaim{certain(KindProbe, "Police", "Kova Foods", "asserted")}},
		{name: "hedge on the act before it stays (negative)",
			text:    "The regulator reportedly fined Delta Bank after it allegedly missed filings.",
			notWant: []wantClaim{certain(KindPenalty, "regulator", "Delta Bank", "asserted")}},
	})
}

func TestFrames16PrecPenaltyForms(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "slapped, description with an acronym",
			text: "California's financial regulator slapped crypto ATM operator Coinpost Kiosks with a $675,000 penalty on Thursday.",
			want: []wantClaim{want(KindPenalty, "financial regulator", "Coinpost Kiosks")}},
		{name: "hit, hyphenated place description",
			text: "The FCCPC hit Lagos-based fintech Zuba Pay with a N20 million fine.",
			want: []wantClaim{want(KindPenalty, "FCCPC", "Zuba Pay")}},
		{name: "weighing a fine after opening proceedings",
			text: "Poland's KNF has opened proceedings against payments platform Wplata Plus and is weighing a fine of up to 20 million zlotys.",
			want: []wantClaim{certain(KindPenalty, "KNF", "Wplata Plus", "hedged")}},
		{name: "could impose a fine after an investigation",
			text: "Italy's AGCM opened an investigation into Gelato Uno and could impose a fine of up to 10% of its turnover.",
			want: []wantClaim{certain(KindPenalty, "AGCM", "Gelato Uno", "hedged")}},
		{name: "considering a fine after a mandate",
			text: "Brazil's CADE ordered Rota Logistica to end exclusive contracts and is also considering a fine.",
			want: []wantClaim{certain(KindPenalty, "CADE", "Rota Logistica", "hedged")}},
		{name: "weighing rules after a clearance is no fine (negative)",
			text:   "The regulator cleared the merger of Alpha Foods and Beta Mills and is weighing new rules on fines for the sector.",
			noKind: []string{KindPenalty}},
		{name: "hit by a slump is no penalty (negative)",
			text:   "Shares of Zuba Pay fell after the fintech was hit by a slump in transfers, and analysts are weighing a downgrade.",
			noKind: []string{KindPenalty}},
	})
}

func TestFrames16PrecGrantedRequestForOrder(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "court grants a rival's request for an injunction barring",
			text:    "The Tokyo District Court granted game studio Hoshi Works' request for an injunction barring rival Kumo Games from selling two titles.",
			want:    []wantClaim{want(KindMandate, "Tokyo District Court", "Kumo Games"), want(KindAction, "Hoshi Works", "Kumo Games")},
			notWant: []wantClaim{want(KindApproval, "Tokyo District Court", "Hoshi Works")}},
		{name: "plea for an injunction restraining",
			text:    "A Delhi court granted Trivana Foods' plea for an injunction restraining Amrit Dairy from using its logo.",
			want:    []wantClaim{want(KindMandate, "Delhi court", "Amrit Dairy"), want(KindAction, "Trivana Foods", "Amrit Dairy")},
			notWant: []wantClaim{want(KindApproval, "Delhi court", "Trivana Foods")}},
		{name: "request for an order requiring",
			text:    "The Competition Tribunal granted Orbit Air's request for an order requiring Skyline Handling to resume ground services at Lanseria.",
			want:    []wantClaim{want(KindMandate, "Competition Tribunal", "Skyline Handling"), want(KindAction, "Orbit Air", "Skyline Handling")},
			notWant: []wantClaim{want(KindApproval, "Competition Tribunal", "Orbit Air")}},
		{name: "application for an interim freeze against",
			text:    "The High Court in Nairobi granted Jamii Bank's application for a freeze against Savanna Traders over unpaid loans.",
			notWant: []wantClaim{want(KindApproval, "High Court", "Jamii Bank")}},
		{name: "request for a licence is an approval (negative)",
			text: "Peru's banking regulator granted Banco Sur's request for a licence to open branches in Lima.",
			want: []wantClaim{want(KindApproval, "banking regulator", "Banco Sur")}},
		{name: "request for a review names no bound firm (negative)",
			text:   "The tribunal granted Orbit Air's request for an order of costs.",
			noKind: []string{KindAction}},
	})
}

func TestFrames16PrecStandingPowerNoAct(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "can fine a class up to a cap",
			text: "Ireland's grocery ombudsman can fine supermarket chains up to €2 million for each breach of the supply code.",
			none: true},
		{name: "can revoke licences of a class",
			text: "Kenya's energy regulator can revoke the licences of fuel retailers that sell adulterated diesel.",
			none: true},
		{name: "can also suspend a class",
			text: "Under the new law the central bank can also suspend payment providers that fail to keep customer funds separate.",
			none: true},
		{name: "could fine a named firm stays a hedged act (negative)",
			text: "The European Commission could fine Swedish payments firm Kronpay as early as next month.",
			want: []wantClaim{certain(KindPenalty, "European Commission", "Kronpay", "hedged")}},
		{name: "an order on a class is an act (negative)",
			text: "Kenya's energy regulator ordered fuel retailers to cut pump prices by 5 shillings a litre.",
			want: []wantClaim{want(KindMandate, "energy regulator", "")}},
	})
}

func TestFrames16PrecStakeDealPastPlace(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "stake in a place-described chain, bought by",
			text:    "Brazil's antitrust watchdog CADE cleared the purchase of a 51% stake in Parana pharmacy chain Farmacia Boa Vida by Drogasul, on condition that the buyer sells 20 stores.",
			want:    []wantClaim{want(KindAction, "Drogasul", "Farmacia Boa Vida"), want(KindApproval, "CADE", "Drogasul"), want(KindMandate, "CADE", "Drogasul")},
			notWant: []wantClaim{want(KindMandate, "CADE", "Farmacia Boa Vida")}},
		{name: "stake in a place-described operator, sold to",
			text: "Chile's FNE approved the sale of a 40% stake in Valparaiso port operator Terminal Pacifico Sur to Naviera Austral.",
			want: []wantClaim{want(KindAction, "Naviera Austral", "Terminal Pacifico Sur")}},
		{name: "two-word place before the description",
			text: "Kenya's competition authority approved the acquisition of a majority stake in Mombasa logistics firm Pwani Cargo by Bandari Link.",
			want: []wantClaim{want(KindAction, "Bandari Link", "Pwani Cargo")}},
		{name: "a far name after a plain deal is no party (negative)",
			text:   "The regulator approved the purchase of the company's old warehouses and other assets on the coast near Mombasa by the end of the year.",
			noKind: []string{KindAction}},
	})
}

func TestFrames16PrecClearanceDutyBindsParties(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "the carriers must, after a cleared merger",
			text: "Colombia's SIC cleared the merger of Andes Air and Vuela Caribe on Tuesday. The carriers must also keep fares on three routes frozen for two years, the watchdog said.",
			want: []wantClaim{want(KindMandate, "SIC", "Andes Air"), want(KindMandate, "SIC", "Vuela Caribe")}},
		{name: "the lenders must, after an approved purchase",
			text: "Kenya's central bank approved Jamii Bank's purchase of Pwani Credit on Friday. The lenders must keep all branches open for a year, the regulator said.",
			want: []wantClaim{want(KindMandate, "central bank", "Jamii Bank"), want(KindMandate, "central bank", "Pwani Credit")}},
		{name: "a general remark after a fine stays no claim (negative)",
			text:   "Ghana's central bank fined Zenith Forex and Volta Bank on Monday. The lenders must now win back customers, analysts said.",
			noKind: []string{KindMandate}},
		{name: "after a probe, no clearance binds them (negative)",
			text:   "The competition commission opened an investigation into Andes Air and Vuela Caribe on Tuesday. The carriers must now compete on every route, analysts said.",
			noKind: []string{KindMandate}},
	})
}
