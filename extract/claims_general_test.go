package extract

import "testing"

// Sentences written for this suite (own wording, invented firms and other
// regions) pinning the rules that let claims about firms and authorities the
// catalogue does not know be found. One case per rule.
func TestUnknownEntityPatterns(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []wantClaim
	}{
		{"unknown firm sues unknown firm; the court is only the venue",
			"Orvane Biotech has sued rival Pellcrest Diagnostics in a district court in Munich over a blood-test patent.",
			[]wantClaim{{kind: KindAction, actor: "Orvane Biotech", target: "Pellcrest Diagnostics"}}},
		{"unknown firm buys unknown firm",
			"Tessaro Freight bought Kallum Couriers for an undisclosed sum last week.",
			[]wantClaim{{kind: KindAction, actor: "Tessaro Freight", target: "Kallum Couriers"}}},
		{"'the <demonym> company' refers back to an unknown firm",
			"Norrvik Shipping was fined 40 million kronor by the Swedish Competition Authority. The Swedish company said it would appeal.",
			[]wantClaim{{kind: KindResponse, actor: "Norrvik Shipping", target: "Swedish Competition Authority", stance: "resist"}}},
		{"acronym after a country's descriptor is that authority",
			"Chile's pensions regulator SPV fined Andes Previsión Partners 300 million pesos on Tuesday.",
			[]wantClaim{{kind: KindPenalty, actor: "SPV", target: "Andes Previsión Partners"}}},
		{"descriptor, the ACRONYM, and the acronym later in the article",
			"Ghana's mobile telecoms regulator, the GTMR, opened an investigation into Volta Mobile Networks. The GTMR later summoned executives of Akwaba Telecom.",
			[]wantClaim{{kind: KindProbe, actor: "GTMR", target: "Volta Mobile"}, {kind: KindMandate, actor: "GTMR", target: "Akwaba Telecom"}}},
		{"lifted a ban on something at a firm",
			"Peru's banking regulator lifted a ban on new deposits at online lender Inka Crédito Digital.",
			[]wantClaim{{kind: KindApproval, actor: "banking regulator", target: "Inka Crédito Digital"}}},
		{"approval of a purchase of X by Y binds both, and Y acquires X",
			"Mexico's competition commission approved the purchase of bakery chain Panamor by Grupo Harinas del Norte.",
			[]wantClaim{{kind: KindApproval, actor: "competition commission", target: "Panamor"}, {kind: KindApproval, actor: "competition commission", target: "Grupo Harinas"},
				{kind: KindAction, actor: "Grupo Harinas", target: "Panamor"}}},
		{"a blocked merger of A and B",
			"Kenya's Competition Tribunal blocked the planned merger of Rift Valley Millers and Lakeside Grain Processors.",
			[]wantClaim{{kind: KindMandate, actor: "Competition Tribunal", target: "Lakeside Grain"}, {kind: KindAction, actor: "Rift Valley Millers", target: "Lakeside Grain"}}},
		{"joint venture between A and B",
			"The joint venture between Polaris Cabletech and Fjord Subsea Systems will lay a cable to Iceland.",
			[]wantClaim{{kind: KindAction, actor: "Polaris Cabletech", target: "Fjord Subsea"}}},
		{"A and its rival B are both examined",
			"Poland's competition office opened an investigation into Wisla Dairy Group and its rival Mazury Milk Cooperative Partners.",
			[]wantClaim{{kind: KindProbe, actor: "competition office", target: "Wisla Dairy"}, {kind: KindProbe, actor: "competition office", target: "Mazury Milk"}}},
		{"'it' after an unknown firm in the same sentence",
			"Egypt's competition authority fined Nilestar Cement 40 million pounds and ordered it to stop fixing prices.",
			[]wantClaim{{kind: KindMandate, actor: "competition authority", target: "Nilestar Cement"}}},
		{"a short name refers to the unknown firm named in full",
			"Ecuador's telecoms regulator ordered Condorlink Networks to restore service in Quito. Condorlink said it would comply.",
			[]wantClaim{{kind: KindResponse, actor: "Condorlink", target: "telecoms regulator", stance: "comply"}}},
		{"a class of firms opening the sentence",
			"All brokers must keep client money apart under rules issued by Kenya's Capital Markets Authority.",
			[]wantClaim{{kind: KindMandate, actor: "Capital Markets Authority"}}},
		{"penalties under consideration are hedged",
			"Vietnam's industry ministry is considering sanctions against Saigon Ride Partners and Mekong Delivery Networks.",
			[]wantClaim{{kind: KindPenalty, actor: "industry ministry", target: "Mekong Delivery", certainty: Hedged}}},
		{"an unknown firm pays to settle with an authority",
			"Ticket reseller Seatwise will pay $4 million to settle claims by the Ohio attorney general over hidden fees.",
			[]wantClaim{{kind: KindPenalty, actor: "attorney general", target: "Seatwise"}}},
		{"a regulator's finding is its probe",
			"Pakistan's Competition Commission has found that Indus Beverages Partners abused its dominance by tying distributors.",
			[]wantClaim{{kind: KindProbe, actor: "Competition Commission", target: "Indus Beverages"}}},
		{"licences approved for a list of firms",
			"Ireland's communications regulator approved spectrum licences for Shannon Mobile Networks, Liffey Wireless and Corrib Telecom.",
			[]wantClaim{{kind: KindApproval, actor: "communications regulator", target: "Liffey Wireless"}, {kind: KindApproval, actor: "communications regulator", target: "Corrib Telecom"}}},
		{"two firms named as one subject form a venture, later approved",
			"Chilean miner Atacama Litio Partners and Japanese conglomerate Kurogane Shoji formed a joint venture to refine lithium. Chile's economy ministry approved the venture on Friday.",
			[]wantClaim{{kind: KindAction, actor: "Atacama Litio", target: "Kurogane Shoji"}, {kind: KindApproval, actor: "economy ministry", target: "Kurogane Shoji"}}},
		{"firms building something together",
			"Swedish battery maker Nordcell Energy and Polish carmaker Vistula Motors will build a recycling plant together.",
			[]wantClaim{{kind: KindAction, actor: "Nordcell", target: "Vistula Motors"}}},
		{"a ministry named with IT",
			"Kenya's Ministry of Information, Communications and IT fined Savanna Data Systems for a data breach.",
			[]wantClaim{{kind: KindPenalty, actor: "Ministry of Information", target: "Savanna Data"}}},
		{"a deadline given to firms is an order",
			"Ghana's energy regulator has given Volta Power Partners and Ashanti Grid Services until June 30 to publish their tariffs.",
			[]wantClaim{{kind: KindMandate, actor: "energy regulator", target: "Ashanti Grid"}}},
		{"a deadline in days, to 'the company'",
			"Morocco's data protection commission fined Atlas Cloud Hosting. The commission gave the company 30 days to delete the records.",
			[]wantClaim{{kind: KindMandate, actor: "data protection commission", target: "Atlas Cloud"}}},
		{"told X that it must",
			"Singapore's Monetary Authority told Merlion Pay Systems on Monday that it must stop onboarding new merchants.",
			[]wantClaim{{kind: KindMandate, actor: "Monetary Authority", target: "Merlion Pay"}}},
		{"a single unknown name told to act",
			"The Monetary Authority of Singapore told Zentro to halt its lending app.",
			[]wantClaim{{kind: KindMandate, actor: "Monetary Authority", target: "Zentro"}}},
		{"an authority files a lawsuit accusing a firm; the firm fights it",
			"Oregon's attorney general filed a lawsuit on Monday accusing Cascade Solar Loans of hiding fees. The company said it would fight the lawsuit.",
			[]wantClaim{{kind: KindProbe, actor: "attorney general", target: "Cascade Solar"}, {kind: KindResponse, actor: "Cascade Solar", target: "attorney general", stance: "resist"}}},
		{"legal action against a firm, maybe",
			"New Zealand's Commerce Commission may take legal action against Kiwi Fuel Retail Partners over misleading discounts.",
			[]wantClaim{{kind: KindProbe, actor: "Commerce Commission", target: "Kiwi Fuel", certainty: Hedged}}},
		{"a court named before 'proceedings' is the venue",
			"Canada's Competition Bureau has launched Federal Court proceedings against Maple Ridge Telecom Partners.",
			[]wantClaim{{kind: KindProbe, actor: "Competition Bureau", target: "Maple Ridge"}}},
		{"barring a firm's directors binds the firm",
			"The Securities and Exchange Commission of Pakistan fined Indus Capital Markets and barred three of its directors from trading.",
			[]wantClaim{{kind: KindMandate, actor: "Securities and Exchange Commission", target: "Indus Capital"}}},
		{"a licence cancelled is a penalty",
			"The Bank of Ghana cancelled the operating licence of Kumasi Savings Partners on Friday.",
			[]wantClaim{{kind: KindPenalty, actor: "Bank of Ghana", target: "Kumasi Savings"}}},
		{"onboarding frozen at a firm",
			"Malaysia's securities regulator has frozen new account onboarding at broker Selangor Trade Partners.",
			[]wantClaim{{kind: KindMandate, actor: "securities regulator", target: "Selangor Trade"}}},
		{"a law requiring a class and a named example",
			"Spain's parliament passed a law requiring ride-hailing platforms such as Cabify to insure drivers.",
			[]wantClaim{{kind: KindMandate, actor: "parliament", target: "Cabify"}}},
		{"pushed back against a rule; will meet a deadline",
			"Thailand's energy ministry ordered fuel retailers to cut prices. Siam Fuel Partners had pushed back against the rule. Chao Phraya Oil said it would meet the deadline.",
			[]wantClaim{{kind: KindResponse, actor: "Siam Fuel", target: "energy ministry", stance: "resist"}}},
		{"a firm blocks its app on another firm's devices",
			"Music service Tunora has blocked its app from running on Glimmer tablets after a dispute over fees.",
			[]wantClaim{{kind: KindAction, actor: "Tunora", target: "Glimmer"}}},
		{"inspections at a trade are a probe of a class",
			"Brazil's antitrust regulator carried out dawn raids at cement makers in four states, and Paraná Cimentos Partners confirmed a visit.",
			[]wantClaim{{kind: KindProbe, actor: "antitrust regulator"}}},
		{"a review closed without objections clears the venture",
			"Austria's competition authority said it had closed its review of the joint venture between Donau Kabel Partners and Alpen Glasfaser Netz without objections.",
			[]wantClaim{{kind: KindApproval, actor: "competition authority", target: "Donau Kabel"}, {kind: KindApproval, actor: "competition authority", target: "Alpen Glasfaser"}}},
		{"cleared by regulators in two places",
			"The merger of Fenland Foods Group and Broads Bakeries Partners was cleared by regulators in the United Kingdom and the European Union.",
			[]wantClaim{{kind: KindApproval, actor: "United Kingdom", target: "Fenland Foods"}, {kind: KindApproval, actor: "European Union", target: "Broads Bakeries"}}},
		{"a firm whose name starts with a place, in a list with descriptors",
			"Vietnam's aviation authority summoned executives of budget carrier Lotus Wings and catering firm Hanoi Sky Kitchens.",
			[]wantClaim{{kind: KindMandate, actor: "aviation authority", target: "Lotus Wings"}, {kind: KindMandate, actor: "aviation authority", target: "Hanoi Sky Kitchens"}}},
		{"a spokesperson's quoted 'we ... are cooperating'",
			"The Ontario Securities Commission is investigating Maplestream Data. A company spokesperson said that \"we have received a request from the commission and are cooperating fully.\"",
			[]wantClaim{{kind: KindResponse, actor: "Maplestream", target: "Ontario Securities Commission", stance: "comply"}}},
		{"the subject of an authority's inquiry, as a newspaper reported",
			"The Globe reported Tillwater Energy is the subject of a Competition Bureau inquiry into its pricing.",
			[]wantClaim{{kind: KindProbe, actor: "Competition Bureau", target: "Tillwater Energy", certainty: Reported}}},
		{"a firm the subject acquired, in a relative clause",
			"Hollins Media Group is cutting jobs at Printwise, which it acquired in 2019.",
			[]wantClaim{{kind: KindAction, actor: "Hollins Media", target: "Printwise"}}},
		{"an agreement with an acronym-named firm",
			"Rydell Motors Group has reached an agreement with KTL to supply batteries.",
			[]wantClaim{{kind: KindAction, actor: "Rydell Motors", target: "KTL"}}},
		{"buying a number of another firm's products",
			"Gulfline Airways signed a deal to purchase 20 of Airbus's A321 jets.",
			[]wantClaim{{kind: KindAction, actor: "Gulfline Airways", target: "Airbus"}}},
		{"a stake taken in another firm",
			"Orlen Petro Partners took a majority stake in Baltic Fuel Networks last month.",
			[]wantClaim{{kind: KindAction, actor: "Orlen Petro", target: "Baltic Fuel"}}},
		{"firms selected by an agency for contracts",
			"The European Space Agency said Lunaris Systems and Orbitec Dynamics had been selected to join its launch services contracts.",
			[]wantClaim{{kind: KindApproval, actor: "European Space Agency", target: "Orbitec Dynamics"}}},
		{"a merger of newspaper chains named after a class",
			"The merger of the regional newspaper chains Harrow Press Group and Kestrel Media Holdings became final on Monday.",
			[]wantClaim{{kind: KindAction, actor: "Harrow Press", target: "Kestrel Media"}}},
		{"preparing to order is hedged",
			"Korea's financial regulator is preparing to order Hanul Savings Partners to suspend lending.",
			[]wantClaim{{kind: KindMandate, actor: "financial regulator", target: "Hanul Savings", certainty: Hedged}}},
		{"an unknown acronym that fines is an authority",
			"KPPU fined Nusantara Freight Lines 20 billion rupiah for price fixing.",
			[]wantClaim{{kind: KindPenalty, actor: "KPPU", target: "Nusantara Freight"}}},
		{"an unknown acronym speaking of firms selected for its contracts",
			"ESTA said Helix Orbital and Corvid Launch Services had been selected for its launch contracts.",
			[]wantClaim{{kind: KindApproval, actor: "ESTA", target: "Corvid Launch"}}},
		{"a firm name starting with a city, by its industry word",
			"Morocco's banking regulator barred Rabat Leasing from opening new branches.",
			[]wantClaim{{kind: KindMandate, actor: "banking regulator", target: "Rabat Leasing"}}},
		{"a country's unknown three-letter acronym fines, and is answered",
			"Peru's SBS fined Banco Inti 2 million soles. Banco Inti said it would challenge the fine.",
			[]wantClaim{{kind: KindPenalty, actor: "SBS", target: "Banco Inti"}, {kind: KindResponse, actor: "Banco Inti", target: "SBS", stance: "resist"}}},
		{"complying with an authority named in the object",
			"Telkom Kenya said it would comply with the Communications Authority of Kenya's directive.",
			[]wantClaim{{kind: KindResponse, actor: "Telkom Kenya", target: "Communications Authority", stance: "comply"}}},
		{"an unknown acronym opens an investigation",
			"Serbia's KZK has launched an investigation into Beograd Dairy Partners and Novi Sad Milk Cooperative.",
			[]wantClaim{{kind: KindProbe, actor: "KZK", target: "Beograd Dairy"}}},
		{"investigating claims that a firm did something",
			"Malaysian regulators are investigating claims that Penang Air Services overcharged passengers.",
			[]wantClaim{{kind: KindProbe, actor: "regulators", target: "Penang Air"}}},
		{"a superintendency is an authority",
			"Ecuador's superintendency of banks opened an investigation into Banco Cotopaxi Partners.",
			[]wantClaim{{kind: KindProbe, actor: "superintendency", target: "Banco Cotopaxi"}}},
		{"a single-word firm the article calls a farmer buys a stake in a rival",
			"Faroese salmon farmer Havlaks plans to acquire a 25% stake in Shetland rival Norsea.",
			[]wantClaim{{kind: KindAction, actor: "Havlaks", target: "Norsea", certainty: Hedged}}},
		{"an authority's accusation in its own sentence is a charge, then appealed",
			"Zambia's competition commission accused Copperbelt Millers of fixing maize prices. The miller said it would appeal.",
			[]wantClaim{{kind: KindProbe, actor: "competition commission", target: "Copperbelt Millers"}, {kind: KindResponse, actor: "Copperbelt Millers", target: "competition commission", stance: "resist"}}},
		{"two names joined by 'and' before a Group suffix stay two",
			"Peru's consumer agency summoned executives from Lima Mart and Callao Retail Group over prices.",
			[]wantClaim{{kind: KindMandate, actor: "consumer agency", target: "Lima Mart"}, {kind: KindMandate, actor: "consumer agency", target: "Callao Retail Group"}}},
		{"a bare class told to act",
			"Oman's central bank instructed lenders to stop offering crypto accounts.",
			[]wantClaim{{kind: KindMandate, actor: "central bank"}}},
		{"partnered with a described firm",
			"Patagonia Wind Partners has partnered with Argentine utility Rio Plata Power to build a wind farm.",
			[]wantClaim{{kind: KindAction, actor: "Patagonia Wind", target: "Rio Plata Power"}}},
		{"a demonym before an agency's acronym",
			"After a long inquiry, the Belgian BMA fined Antwerp Freight Partners 3 million euros.",
			[]wantClaim{{kind: KindPenalty, actor: "BMA", target: "Antwerp Freight"}}},
		{"'that it' after an unknown firm still refers to it",
			"Ride app Zoomly will pay $2 million to settle claims by the Ohio attorney general that it misled drivers, and has agreed to change its ads.",
			[]wantClaim{{kind: KindResponse, actor: "Zoomly", target: "attorney general", stance: "comply"}}},
		{"the takeover of X by Y cleared, told from the deal",
			"The takeover of software firm Quillon by Harrow Systems Group has been cleared by Australia's competition regulator.",
			[]wantClaim{{kind: KindApproval, actor: "competition regulator", target: "Harrow Systems"}}},
		{"placed under receivership",
			"The Bank of Uganda on Friday placed Entebbe Credit Partners under receivership.",
			[]wantClaim{{kind: KindMandate, actor: "Bank of Uganda", target: "Entebbe Credit"}}},
		{"an appeal to a court answers the authority that acted",
			"Latvia's competition council fined Riga Bakeries Group 2 million euros; the company said it would appeal to the administrative court.",
			[]wantClaim{{kind: KindResponse, actor: "Riga Bakeries", target: "competition council", stance: "resist"}}},
		{"a startup named after 'fintech' acquires another",
			"Finnish fintech Maksu has acquired Estonian payments startup Raha for an undisclosed sum.",
			[]wantClaim{{kind: KindAction, actor: "Maksu", target: "Raha"}}},
		{"agreed to merge with",
			"Andes Telecom Partners has agreed to merge with Pacific Broadband Group.",
			[]wantClaim{{kind: KindAction, actor: "Andes Telecom", target: "Pacific Broadband"}}},
		{"an unknown acronym imposes sanctions on a described firm",
			"Vietnam's SBV imposed sanctions on consumer lender Mekong Credit Partners.",
			[]wantClaim{{kind: KindPenalty, actor: "SBV", target: "Mekong Credit"}}},
		{"a country's committee blocks the sale of X to Y",
			"Kazakhstan's antimonopoly committee blocked the sale of Almaty Cement to Shymkent Building Materials.",
			[]wantClaim{{kind: KindMandate, actor: "antimonopoly committee", target: "Almaty Cement"}, {kind: KindAction, actor: "Shymkent Building", target: "Almaty Cement"}}},
		{"a firm that paid the fine complies",
			"Uganda's communications commission fined Kampala Wireless Partners. The operator said it had paid the fine.",
			[]wantClaim{{kind: KindResponse, actor: "Kampala Wireless", target: "communications commission", stance: "comply"}}},
		{"'the firm' after a clause that names a modifier",
			"Tunisia's competition council ordered Carthage Pay Systems to end exclusive deals. A spokesman for the fintech said the firm would comply.",
			[]wantClaim{{kind: KindResponse, actor: "Carthage Pay", target: "competition council", stance: "comply"}}},
		{"an approval on condition that the buyer acts binds the buyer",
			"Argentina's competition commission approved the purchase of dairy chain Lacteos Sur by Pampa Foods Group, on condition that the buyer sells two plants.",
			[]wantClaim{{kind: KindMandate, actor: "competition commission", target: "Pampa Foods"}}},
		{"a lifeline from an investor",
			"After receiving a lifeline from investor SoftBank worth $2 billion, Orbis Health Partners cut 500 jobs.",
			[]wantClaim{{kind: KindAction, actor: "SoftBank", target: "Orbis Health"}}},
		{"approval won for its takeover of a firm",
			"Prairie Grain Partners won approval from Canada's Competition Bureau for its takeover of Manitoba Mills.",
			[]wantClaim{{kind: KindApproval, actor: "Competition Bureau", target: "Manitoba Mills"}, {kind: KindAction, actor: "Prairie Grain", target: "Manitoba Mills"}}},
		{"under investigation by an authority after a country",
			"Kessel Motors is under investigation by Austria's Federal Transport Authority over emissions.",
			[]wantClaim{{kind: KindProbe, actor: "Federal Transport Authority", target: "Kessel Motors"}}},
		{"stripped of its licence",
			"Sweden's financial watchdog stripped Malmo Payments Partners of its e-money licence.",
			[]wantClaim{{kind: KindPenalty, actor: "financial watchdog", target: "Malmo Payments"}}},
		{"a country's State Bank",
			"Vietnam's State Bank suspended the licence of Danang Digital Bank for three months.",
			[]wantClaim{{kind: KindMandate, actor: "State Bank", target: "Danang Digital Bank"}}},
		{"a firm has until a date to act, as an authority said",
			"Atacama Lithium Partners has until Friday to submit a cleanup plan, Chile's environment ministry said.",
			[]wantClaim{{kind: KindMandate, actor: "environment ministry", target: "Atacama Lithium"}}},
		{"took over a rival; teamed up with another",
			"Tessaro Freight took over rival Kallum Couriers. Later it teamed up with Ostend Ports Group.",
			[]wantClaim{{kind: KindAction, actor: "Tessaro Freight", target: "Kallum Couriers"}}},
		{"referred to prosecutors",
			"Greece's competition commission referred Piraeus Cement Partners to prosecutors over suspected bid rigging.",
			[]wantClaim{{kind: KindProbe, actor: "competition commission", target: "Piraeus Cement"}}},
		{"an event named after a city is no firm to refer back to",
			"The UAE's aviation regulator fined Gulf Catering Partners. Crowds filled the Sharjah Air Show on Monday. The company said it would appeal.",
			[]wantClaim{{kind: KindResponse, actor: "Gulf Catering", target: "aviation regulator", stance: "resist"}}},
		{"a fine slammed on a firm",
			"Ghana's National Communications Authority slammed a fine on Accra Mobile Partners for dropped calls.",
			[]wantClaim{{kind: KindPenalty, actor: "National Communications Authority", target: "Accra Mobile"}}},
		{"pulled its catalogue from a service",
			"Aurora Records Group has pulled its catalogue from Tunestream after a royalty dispute.",
			[]wantClaim{{kind: KindAction, actor: "Aurora Records", target: "Tunestream"}}},
		{"removed an app from its store",
			"Kestrel Games Partners removed Vortex Chat from its app store.",
			[]wantClaim{{kind: KindAction, actor: "Kestrel Games", target: "Vortex Chat"}}},
		{"two firms announce a merger",
			"Harbor Foods Group and Delta Grocers Partners announced a merger on Tuesday.",
			[]wantClaim{{kind: KindAction, actor: "Harbor Foods", target: "Delta Grocers"}}},
		{"bought rights from a firm",
			"Ostara Pharma Group bought the rights to a cancer drug from Lindqvist Biotech.",
			[]wantClaim{{kind: KindAction, actor: "Ostara Pharma", target: "Lindqvist Biotech"}}},
		{"integrating another firm's models, named by possessive",
			"Helio Cloud Partners will integrate Quantix's AI models into its office software.",
			[]wantClaim{{kind: KindAction, actor: "Helio Cloud", target: "Quantix"}}},
		{"a payment method named before 'payments'",
			"Brightside Retail Group has started accepting Zapcard payments in its stores.",
			[]wantClaim{{kind: KindAction, actor: "Brightside Retail", target: "Zapcard"}}},
		{"offices searched: the owner is examined by the authority just named, and cooperates",
			"Polish antitrust officials carried out raids at cement makers on Tuesday, the competition office UOKiK said. Wawel Cement Partners confirmed that its Krakow offices had been searched and said it was cooperating.",
			[]wantClaim{{kind: KindProbe, actor: "UOKiK", target: "Wawel Cement"}, {kind: KindResponse, actor: "Wawel Cement", target: "UOKiK", stance: "comply"}}},
		{"a stake in a person's company names the company",
			"Orchid Beauty Group took a majority stake in actress Maria Lopez's skincare company.",
			[]wantClaim{{kind: KindAction, actor: "Orchid Beauty", target: "Maria Lopez's skincare company"}}},
		{"'A as well as its rival B'",
			"Italy's antitrust authority opened an investigation into Milano Delivery Partners as well as its rival Roma Eats Group.",
			[]wantClaim{{kind: KindProbe, actor: "antitrust authority", target: "Roma Eats"}}},
		{"a shortened firm name answers a suspension",
			"Ghana's Energy Commission suspended the licence of Volta Petroleum Partners. Volta Petroleum said it would challenge the suspension.",
			[]wantClaim{{kind: KindResponse, actor: "Volta Petroleum", target: "Energy Commission", stance: "resist"}}},
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

// Ordinary prose around unknown names that must stay claim-free.
func TestUnknownEntityNotClaims(t *testing.T) {
	cases := []struct{ name, text string }{
		{"sport: a player pulls off a helmet", "Harbor defensive end Tobin Marsh pulled off quarterback Dale Fenwick's helmet in the final seconds."},
		{"object of a preposition is no subject", "At no point did we say Dana could not sing at the Lumen Awards or block her Streamly special."},
		{"a leader's title after a place is no firm", "German Chancellor Olaf Scholz met workers at the Leipzig plant on Monday."},
		{"a league fines a player known by his full name", "Harbor quarterback Dale Fenwick threw two interceptions. The NFL fined Fenwick $50,000 for unsportsmanlike conduct."},
		{"an agent in a by-phrase is not a passive subject", "According to a memo obtained by the Halifax Courier, the department was required to vacate two floors."},
		{"meeting someone is no compliance", "Norway's justice minister, Kari Lunde, will meet with the police leadership on Tuesday."},
		{"a sale that is only a number", "Sales of Kestrel Motors cars rose 12% in May, and the sale of used cars fell."},
		{"a loose verb with unknown names and no from-phrase", "Tobin Marsh Logistics pulled ahead of Dale Fenwick Freight in the rankings."},
		{"a product allowing a firm", "The Kestrel platform's flexibility shows, allowing Volkswagen to stretch its cars."},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := x.Claims(Document{Text: c.text}); len(got) > 0 {
				t.Errorf("want no claims, got %s", describe(got))
			}
		})
	}
}

// An inspection of a thing, pending, is not the authority's probe of the
// firm it ordered.
func TestPendingInspectionIsNoProbe(t *testing.T) {
	got := NewClaimExtractor(nil).Claims(Document{Text: "Marlin Air was ordered by Portugal's aviation authority to ground two jets pending engine inspections."})
	for _, c := range got {
		if c.Kind == KindProbe {
			t.Errorf("want no probe, got %s", describe(got))
		}
	}
	if !hasClaim(got, wantClaim{kind: KindMandate, actor: "aviation authority", target: "Marlin Air"}) {
		t.Errorf("want the order, got %s", describe(got))
	}
}

// The class named inside an order's complement ("to stop requiring
// retailers to ...") is not bound by a second order.
func TestComplementClassIsNotBound(t *testing.T) {
	got := NewClaimExtractor(nil).Claims(Document{Text: "Japan's Fair Trade Commission ordered Kansai Denki Partners to stop requiring retailers to fix prices."})
	for _, c := range got {
		for _, tg := range c.Targets {
			if tg.Type == TypeSector {
				t.Errorf("want no claim on a class, got %s", describe(got))
			}
		}
	}
	if !hasClaim(got, wantClaim{kind: KindMandate, actor: "Fair Trade Commission", target: "Kansai Denki"}) {
		t.Errorf("want the order, got %s", describe(got))
	}
}
