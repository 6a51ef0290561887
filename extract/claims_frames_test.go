package extract

import (
	"strings"
	"testing"
)

// Frames, not strings: each case group states one idea in several wordings
// of our own (voice, order, tense, regions, entity kinds), so a rule that
// fits one sentence only fails the others. notTarget names a word that must
// never become a claim's target (places, "-based" words, media outlets).
func TestClaimFrames(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want      []wantClaim
		notTarget string
	}{
		// "-based" and other place adjectives are never parties
		{"based: acquire a startup after a place adjective",
			"Halvard Energy will buy Oslo-based battery recycler Nordcell Systems for 2 billion crowns.",
			[]wantClaim{{kind: KindAction, actor: "Halvard Energy", target: "Nordcell"}}, "Oslo"},
		{"based: a fine on a firm after a place adjective",
			"Chile's CMF fined Santiago-based broker Andina Valores 500 million pesos.",
			[]wantClaim{{kind: KindPenalty, actor: "CMF", target: "Andina Valores"}}, "Santiago"},
		{"based: nominal deal with a place adjective in the by-part",
			"Egypt's competition authority approved the takeover of Cairo-based pharmacy chain Nilecare by Gulf Pharma Holding.",
			[]wantClaim{{kind: KindApproval, actor: "competition authority", target: "Nilecare"}, {kind: KindAction, actor: "Gulf Pharma", target: "Nilecare"}}, "Cairo"},
		{"based: listed adjective",
			"Nasdaq-listed Brightwave Labs agreed to acquire Corvel Analytics.",
			[]wantClaim{{kind: KindAction, actor: "Brightwave", target: "Corvel Analytics"}}, "Nasdaq"},
		// a plural class noun before a list names firms
		{"class: approval of a merger of retailers, adverb before the object",
			"Brazil's CADE on Monday approved without conditions the merger of drugstore chains Farmabem and Drogavida.",
			[]wantClaim{{kind: KindApproval, actor: "CADE", target: "Farmabem"}, {kind: KindApproval, actor: "CADE", target: "Drogavida"}, {kind: KindAction, actor: "Farmabem", target: "Drogavida"}}, ""},
		{"class: probe into lenders listed",
			"Turkey's competition board opened an investigation into lenders Karsu, Ozbank and Denizyol.",
			[]wantClaim{{kind: KindProbe, actor: "competition board", target: "Karsu"}, {kind: KindProbe, actor: "competition board", target: "Denizyol"}}, ""},
		{"class: blocked merger of two carriers",
			"Mexico's competition commission blocked the merger of airlines Aerolux and Volamex.",
			[]wantClaim{{kind: KindMandate, actor: "competition commission", target: "Volamex"}}, ""},
		// media outlets telling the story are never parties or antecedents
		{"media: clause-final outlet after the object",
			"Polish marketplace Allegro is in talks to buy Czech rival Bazos, Reuters reported on Tuesday.",
			[]wantClaim{{kind: KindAction, actor: "Allegro", target: "Bazos"}}, "Reuters"},
		{"media: unknown outlet after an order",
			"Vietnam's trade ministry ordered Saigon Mart Partners to recall 3,000 heaters, VnExpress reported.",
			[]wantClaim{{kind: KindMandate, actor: "trade ministry", target: "Saigon Mart"}}, "VnExpress"},
		{"media: according to a newspaper, then 'the airline' answers",
			"Chile's consumer agency Sernac sued airline Andesjet over cancelled flights, according to the daily La Tercera. The airline said it would contest the lawsuit.",
			[]wantClaim{{kind: KindProbe, actor: "Sernac", target: "Andesjet"}, {kind: KindResponse, actor: "Andesjet", target: "Sernac", stance: "resist"}}, "Tercera"},
		{"media: according to a local newspaper, 'the lender' refers back",
			"Kenya's central bank fined lender Mwanga Bank 20 million shillings, according to local newspaper Daily Nation. The lender said it had paid the fine.",
			[]wantClaim{{kind: KindPenalty, actor: "central bank", target: "Mwanga Bank"}, {kind: KindResponse, actor: "Mwanga Bank", target: "central bank", stance: "comply"}}, "Nation"},
		// licence suspensions are penalties
		{"licence: suspended the licence of X",
			"Ghana's central bank suspended the operating licence of Accra lender Sika Savings Partners for six months.",
			[]wantClaim{{kind: KindPenalty, actor: "central bank", target: "Sika Savings"}}, "Accra"},
		{"licence: suspended X's permit",
			"The Philippine energy regulator has suspended Luzon Power Grid Corp's retail permit over unpaid levies.",
			[]wantClaim{{kind: KindPenalty, actor: "energy regulator", target: "Luzon Power Grid"}}, ""},
		{"licence: passive, the permit was suspended by",
			"Mekong Freight Logistics had its import licence suspended by Vietnam's trade ministry on Monday.",
			[]wantClaim{{kind: KindPenalty, actor: "trade ministry", target: "Mekong Freight"}}, ""},
		// suits: by an authority a probe, by a firm an action, against an authority a resisting response
		{"suit: an authority files a lawsuit against a firm, the firm rejects it",
			"Colombia's consumer watchdog filed a class lawsuit against delivery app Rappi over hidden delivery fees. Rappi called the suit baseless.",
			[]wantClaim{{kind: KindProbe, actor: "consumer watchdog", target: "Rappi"}, {kind: KindResponse, actor: "Rappi", target: "consumer watchdog", stance: "resist"}}, ""},
		{"suit: a firm files a patent suit against a firm",
			"Samsung Electronics filed a patent infringement suit against Chinese phone maker Oppo in a Munich court.",
			[]wantClaim{{kind: KindAction, actor: "Samsung", target: "Oppo"}}, "Munich"},
		{"suit: a firm sues its regulator over a fine",
			"Lagos Fintech Partners has sued the Central Bank of Nigeria over a 500 million naira penalty imposed in March.",
			[]wantClaim{{kind: KindResponse, actor: "Lagos Fintech", target: "Central Bank of Nigeria", stance: "resist"}, {kind: KindPenalty, actor: "Central Bank of Nigeria", target: "Lagos Fintech"}}, ""},
		{"suit: a firm files a complaint against a ministry",
			"Budapest brokerage Korona Invest filed a suit against Hungary's finance ministry, challenging the new levy.",
			[]wantClaim{{kind: KindResponse, actor: "Korona Invest", target: "finance ministry", stance: "resist"}}, ""},
		// bodies a country owns are its authorities, whatever their head word
		{"body: a country's council waves a deal through",
			"Egypt's Market Oversight Council approved the purchase of dairy producer Nilemilk by food group Deltafarm Holding.",
			[]wantClaim{{kind: KindApproval, actor: "Market Oversight Council", target: "Nilemilk"}}, ""},
		{"body: a board bars two brokers",
			"Indonesia's Commodity Futures Board barred brokers Koinmas and Rupiahku from taking new deposits.",
			[]wantClaim{{kind: KindMandate, actor: "Commodity Futures Board", target: "Koinmas"}}, ""},
		{"body: an antimonopoly committee fines a carmaker",
			"Uzbekistan's Antimonopoly Committee fined carmaker Samarqand Avto 2 billion soums.",
			[]wantClaim{{kind: KindPenalty, actor: "Antimonopoly Committee", target: "Samarqand Avto"}}, ""},
		{"body: an office orders a payments firm",
			"Ghana's Payments Oversight Office ordered wallet provider Volta Pay Partners to refund customers.",
			[]wantClaim{{kind: KindPenalty, actor: "Payments Oversight Office", target: "Volta Pay"}}, ""},
		// passive agents introduced by their country
		{"agent: slapped with a fine by a country's authority, then 'the lender' accepts",
			"Digital lender Kudi Bridge was slapped with a 75 million naira fine by Nigeria's Consumer Credit Authority. The lender said it accepted the ruling.",
			[]wantClaim{{kind: KindPenalty, actor: "Consumer Credit Authority", target: "Kudi Bridge"}, {kind: KindResponse, actor: "Kudi Bridge", target: "Consumer Credit Authority", stance: "comply"}}, "Nigeria"},
		{"agent: compelled by the country's board",
			"Sri Lankan insurer Lanka Shield has been compelled by the country's Insurance Supervisory Board to raise capital.",
			[]wantClaim{{kind: KindMandate, actor: "Insurance Supervisory Board", target: "Lanka Shield"}}, ""},
		{"agent: ordered by a country's agency",
			"Two Lisbon tour operators, Tejo Tours and Alfama Trips, were ordered by Portugal's Tourism Authority to refund travellers.",
			[]wantClaim{{kind: KindPenalty, actor: "Tourism Authority", target: "Tejo Tours"}}, "Lisbon"},
		// "group"/"consortium" are firm nouns
		{"group: outsourcing group fined, then accepts",
			"Britain's data watchdog fined outsourcing group Kelvara 14 million pounds. Kelvara said it accepted the penalty.",
			[]wantClaim{{kind: KindPenalty, actor: "data watchdog", target: "Kelvara"}, {kind: KindResponse, actor: "Kelvara", target: "data watchdog", stance: "comply"}}, ""},
		{"group: a consortium approved",
			"Thailand's central bank approved a virtual bank licence for consortium Siamtrust.",
			[]wantClaim{{kind: KindApproval, actor: "central bank", target: "Siamtrust"}}, ""},
		// a second verb shares the subject of the first
		{"coordination: fixed the failings found by the watchdog and will not appeal",
			"Norway's financial watchdog fined lender Fjordbank 80 million crowns. The lender said it had already fixed the failings identified by the watchdog and would not appeal.",
			[]wantClaim{{kind: KindResponse, actor: "Fjordbank", target: "financial watchdog", negated: true}}, ""},
		{"coordination: the firm paid and will also challenge",
			"Chile's CMF fined broker Andina Valores 300 million pesos. Andina Valores said it had set aside funds requested by the regulator and would challenge the fine.",
			[]wantClaim{{kind: KindResponse, actor: "Andina Valores", target: "CMF", stance: "resist"}}, ""},
		// "its" + amount + deal noun: the subject buys
		{"own deal: completed its $ acquisition of",
			"Kestrel Motors completed its $2 billion acquisition of battery maker Voltaris Cells on Monday.",
			[]wantClaim{{kind: KindAction, actor: "Kestrel Motors", target: "Voltaris"}}, ""},
		{"own deal: closed their planned purchase of",
			"Andes Retail Group said it closed its long-planned purchase of grocer Mercado Sol Partners.",
			[]wantClaim{{kind: KindAction, actor: "Andes Retail", target: "Mercado Sol"}}, ""},
		// only authorities fine: an unknown name fining in the passive is one
		{"frame: fined by an unknown network",
			"Harbor Bank was fined $40 million by the Financial Crimes Enforcement Network on Thursday.",
			[]wantClaim{{kind: KindPenalty, actor: "Financial Crimes Enforcement Network", target: "Harbor Bank"}}, ""},
		{"frame: penalised by an unknown bureau-like name",
			"Lagos lender Okoro Microfinance Partners was penalised by the Financial Reporting Watch for late filings.",
			[]wantClaim{{kind: KindPenalty, actor: "Financial Reporting Watch", target: "Okoro Microfinance"}}, "Lagos"},
		// a city before a description only locates the firm named after it
		{"city: purchase of <city> <description> X by <city> <description> Y",
			"Morocco's competition council approved the purchase of Fez olive oil maker Zitouna by Rabat food group Atlas Agro Partners.",
			[]wantClaim{{kind: KindApproval, actor: "competition council", target: "Zitouna"}, {kind: KindAction, actor: "Atlas Agro", target: "Zitouna"}}, "Fez"},
		{"city: a penalty on <region> <description> X",
			"The Philippine Energy Pricing Board levied a 12 million peso penalty on Visayas power distributor Luzviminda Electric.",
			[]wantClaim{{kind: KindPenalty, actor: "Energy Pricing Board", target: "Luzviminda"}}, "Visayas"},
		{"city: an order to <city> <description> X",
			"Peru's telecoms regulator ordered Arequipa cable operator Misti Cable to restore service.",
			[]wantClaim{{kind: KindMandate, actor: "telecoms regulator", target: "Misti Cable"}}, "Arequipa"},
		{"class before names: a fine weighed against processors A and B",
			"Serbia's competition commission is weighing a fine against dairy processors Mlekara Novi and Zlatar Milk.",
			[]wantClaim{{kind: KindPenalty, actor: "competition commission", target: "Mlekara Novi"}, {kind: KindPenalty, actor: "competition commission", target: "Zlatar Milk"}}, "processors"},
		// phrasal verbs
		{"phrasal: waved through a purchase",
			"Kenya's competition authority waved through the purchase of lender Mwamba Credit by Nairobi Capital Holdings.",
			[]wantClaim{{kind: KindApproval, actor: "competition authority", target: "Mwamba Credit"}}, ""},
		{"phrasal: signed off on a licence for X",
			"Kazakhstan's Agency for Digital Finance signed off on a banking licence for Almaty payments start-up Tenge Flow.",
			[]wantClaim{{kind: KindApproval, actor: "Agency for Digital Finance", target: "Tenge Flow"}}, "Almaty"},
		{"phrasal: snapped up a rival",
			"Bogotá software firm Codice Labs has snapped up Medellín payroll start-up Nomina Facil.",
			[]wantClaim{{kind: KindAction, actor: "Codice Labs", target: "Nomina Facil"}}, "Medell"},
		{"phrasal: scooped up a stake",
			"Sunrise Retail Group scooped up rival Brightmart Stores in an all-share deal.",
			[]wantClaim{{kind: KindAction, actor: "Sunrise Retail", target: "Brightmart"}}, ""},
		// possessive deals: "X's [modifiers] purchase of Y", "X's merger with Y"
		{"possessive: blocked X's planned purchase of rival Y",
			"Israel's Competition Authority blocked grocer Shefa's planned purchase of rival Yarok Supermarkets.",
			[]wantClaim{{kind: KindAction, actor: "Shefa", target: "Yarok"}}, ""},
		{"possessive: X' $ takeover of Y",
			"Getty Images' $3.7 billion takeover of Shutterstock was cleared by Britain's competition watchdog.",
			[]wantClaim{{kind: KindAction, actor: "Getty Images", target: "Shutterstock"}, {kind: KindApproval, actor: "competition watchdog", target: "Shutterstock"}}, ""},
		{"possessive: approved X's merger with Y",
			"Taiwan's Financial Supervisory Commission approved Taishin Financial Holding's merger with Shin Kong Financial Holding.",
			[]wantClaim{{kind: KindApproval, actor: "Financial Supervisory Commission", target: "Taishin"}, {kind: KindApproval, actor: "Financial Supervisory Commission", target: "Shin Kong"}, {kind: KindAction, actor: "Taishin", target: "Shin Kong"}}, ""},
		{"possessive: X's tie-up with Y blocked",
			"Kenya's Competition Authority blocked Savanna Tel's proposed tie-up with Kilima Mobile.",
			[]wantClaim{{kind: KindAction, actor: "Savanna Tel", target: "Kilima Mobile"}, {kind: KindMandate, actor: "Competition Authority", target: "Kilima Mobile"}}, ""},
		// "the combined company" is the buyer of the deal just named
		{"combined: next sentence, the combined bank must",
			"Regulators approved Harbor Bank's purchase of Lakeside Savings Partners. The regulators said the combined bank must raise capital within a year.",
			[]wantClaim{{kind: KindMandate, actor: "regulators", target: "Harbor Bank"}}, ""},
		{"combined: same sentence, required the combined group",
			"Colombia's aviation authority approved Andesjet's takeover of carrier Vuela Ya, but required the combined group to give up slots.",
			[]wantClaim{{kind: KindMandate, actor: "aviation authority", target: "Andesjet"}}, ""},
		// the speaker's own "it"
		{"speaker: X said it welcomed, after another firm was named",
			"Regulators approved Harbor Bank's merger with Lakeside Savings Partners. Lakeside Savings said it welcomed the decision.",
			[]wantClaim{{kind: KindResponse, actor: "Lakeside Savings", target: "Regulators", stance: "comply"}}, ""},
		// two firms as one subject of a partnering verb act on each other
		{"joint: in talks to merge, described list members",
			"Chilean grocer Andes Retail and Peruvian rival Mercado Sol are in advanced talks to merge.",
			[]wantClaim{{kind: KindAction, actor: "Andes Retail", target: "Mercado Sol", certainty: Hedged}}, ""},
		{"joint: joined forces after an appositive",
			"Lotus Wallet and Mekong Pay, two of Vietnam's largest e-wallets, have joined forces to build a QR network.",
			[]wantClaim{{kind: KindAction, actor: "Lotus Wallet", target: "Mekong Pay"}}, ""},
		{"joint: will jointly develop",
			"Samsung and Nvidia will jointly develop memory for AI servers.",
			[]wantClaim{{kind: KindAction, actor: "Samsung", target: "Nvidia"}}, ""},
		{"joint: signed an agreement, each with a two-word description",
			"Qatari telecoms operator Doha Link and Emirati cloud provider Falcon Data signed an agreement to build data centres.",
			[]wantClaim{{kind: KindAction, actor: "Doha Link", target: "Falcon Data"}}, "Qatar"},
		{"joint: teamed up, no object",
			"Kenyan lender Mwamba Credit and Ugandan insurer Nile Cover Partners have teamed up to sell bundled policies.",
			[]wantClaim{{kind: KindAction, actor: "Mwamba Credit", target: "Nile Cover"}}, ""},
		// an act named with its author inside a response
		{"issued-by: complying with an order issued by X",
			"Kakao Mobility said it would stop the practice, complying with a corrective order issued by the Korea Fair Trade Commission last month.",
			[]wantClaim{{kind: KindResponse, actor: "Kakao Mobility", target: "Korea Fair Trade Commission", stance: "comply"}, {kind: KindMandate, actor: "Korea Fair Trade Commission", target: "Kakao Mobility"}}, ""},
		{"issued-by: appealing a fine imposed by X",
			"Lagos lender Okoro Microfinance Partners said it would appeal the fine imposed by the Central Bank of Nigeria.",
			[]wantClaim{{kind: KindResponse, actor: "Okoro Microfinance", target: "Central Bank of Nigeria", stance: "resist"}, {kind: KindPenalty, actor: "Central Bank of Nigeria", target: "Okoro Microfinance"}}, ""},
		{"issued-by: rejected a directive handed down by X",
			"Saigon Ride Partners rejected the directive handed down by Vietnam's transport ministry.",
			[]wantClaim{{kind: KindResponse, actor: "Saigon Ride", target: "transport ministry", stance: "resist"}}, ""},
		// deadlines set
		{"deadline: it set the company a deadline",
			"France's CNIL fined streaming service Deezer 2 million euros. It also set the company a three-month deadline to delete the records.",
			[]wantClaim{{kind: KindMandate, actor: "CNIL", target: "Deezer"}}, ""},
		{"deadline: set a deadline for X to",
			"Ghana's telecoms regulator set a June deadline for Akwaba Telecom to register all SIM cards.",
			[]wantClaim{{kind: KindMandate, actor: "telecoms regulator", target: "Akwaba Telecom"}}, ""},
		// examples of a class of firms are bound
		{"examples: all brokers, including A and B, to",
			"Markets regulator SEBI has directed all stock brokers, including Zerodha and Groww, to offer a kill switch.",
			[]wantClaim{{kind: KindMandate, actor: "SEBI", target: "Zerodha"}, {kind: KindMandate, actor: "SEBI", target: "Groww"}}, ""},
		{"examples: providers, among them A and B, to",
			"India's Broadband Standards Authority has directed internet service providers, among them Deccan Fibre and Ganga Broadband, to publish speeds.",
			[]wantClaim{{kind: KindMandate, actor: "Broadband Standards Authority", target: "Deccan Fibre"}, {kind: KindMandate, actor: "Broadband Standards Authority", target: "Ganga Broadband"}}, ""},
		{"examples: lenders such as A were fined",
			"Kenya's central bank fined digital lenders such as Zenka and Okash for harassing borrowers.",
			[]wantClaim{{kind: KindPenalty, actor: "central bank", target: "Zenka"}, {kind: KindPenalty, actor: "central bank", target: "Okash"}}, ""},
		// "X, the operator of Y,": later references mean X
		{"owner apposition: the company is the operator, not its exchange",
			"South Korea's Financial Intelligence Unit ordered Dunamu, the operator of crypto exchange Upbit, to stop onboarding customers. The company said it would challenge the decision.",
			[]wantClaim{{kind: KindMandate, actor: "Financial Intelligence Unit", target: "Dunamu"}, {kind: KindResponse, actor: "Dunamu", target: "Financial Intelligence Unit", stance: "resist"}}, ""},
		{"owner apposition: the owner of betting brands",
			"Kenya's Betting Control Board fined Mchezo Holdings, the owner of betting brands Bet254 and Pesa Bet, 10 million shillings. The company said it would appeal.",
			[]wantClaim{{kind: KindResponse, actor: "Mchezo Holdings", target: "Betting Control Board", stance: "resist"}}, ""},
		// licences, caps, both firms, responsibility
		{"licence of X: a one-word firm after 'licence of'",
			"Thailand's SEC may suspend the exchange licence of Bitkub after an outage.",
			[]wantClaim{{kind: KindPenalty, actor: "SEC", target: "Bitkub", certainty: Hedged}}, ""},
		{"cap: capped the customers a bank may take",
			"Germany's financial regulator BaFin has capped the number of new customers N26 can take on.",
			[]wantClaim{{kind: KindMandate, actor: "BaFin", target: "N26"}}, ""},
		{"both firms must",
			"Hong Kong's SFC approved licences for HashKey Exchange and OSL Digital. The regulator said both firms must keep client assets in cold storage.",
			[]wantClaim{{kind: KindMandate, actor: "SFC", target: "HashKey"}, {kind: KindMandate, actor: "SFC", target: "OSL Digital"}}, ""},
		{"took responsibility after a fine",
			"TD Bank was fined $1.3 billion by the Financial Crimes Enforcement Network. TD Bank said it took full responsibility for the failures.",
			[]wantClaim{{kind: KindResponse, actor: "TD Bank", target: "Financial Crimes Enforcement Network", stance: "comply"}}, ""},
		// heads of state and government act as the government
		{"leader: President X blocked a purchase; the firms will challenge",
			"President Joe Biden blocked Nippon Steel's planned purchase of U.S. Steel. The two companies said they would challenge the decision in court.",
			[]wantClaim{{kind: KindMandate, actor: "Biden", target: "Nippon Steel"}, {kind: KindResponse, actor: "Nippon Steel", target: "Biden", stance: "resist"}}, ""},
		{"leader: a country's president ordered a firm",
			"Indonesia's President Prabowo Subianto ordered state miner Timah Nusantara Partners to halt tin exports.",
			[]wantClaim{{kind: KindMandate, actor: "Prabowo", target: "Timah Nusantara"}}, ""},
		{"leader: a prime minister approves",
			"Prime Minister Anwar Ibrahim approved the merger of carriers Kinabalu Air Partners and Borneo Wings Group.",
			[]wantClaim{{kind: KindApproval, actor: "Anwar", target: "Kinabalu Air"}}, ""},
		// a one-word name coordinated with a known firm is a firm
		{"list: ordered BCE and Telus",
			"Canada's telecoms regulator ordered BCE and Telus to open their fibre networks to rivals.",
			[]wantClaim{{kind: KindMandate, actor: "telecoms regulator", target: "Telus"}}, ""},
		// a "must" after an authority's act on the firm
		{"must: after a licence granted with restrictions",
			"Revolut has been granted a banking licence by the Prudential Regulation Authority. During the mobilisation stage, the company must cap deposits at 50,000 pounds.",
			[]wantClaim{{kind: KindMandate, actor: "Prudential Regulation Authority", target: "Revolut"}}, ""},
		{"must: under the consent order, after a fine",
			"New York's Department of Financial Services fined Block $40 million. Under the consent order, the payments company must also hire a monitor.",
			[]wantClaim{{kind: KindMandate, actor: "Department of Financial Services", target: "Block"}}, ""},
		// legal challenges in other words
		{"challenge: seek a restraining order, denial in a relative clause",
			"The Philippine Securities and Exchange Commission revoked the certificate of authority of online lender PesoBilis. PesoBilis, which denies wrongdoing, said it would seek a temporary restraining order.",
			[]wantClaim{{kind: KindResponse, actor: "PesoBilis", target: "Securities and Exchange Commission", stance: "resist"}}, ""},
		{"challenge: file a motion for reconsideration",
			"The Energy Pricing Board levied a penalty on distributor Luzviminda Electric. Luzviminda said it would file a motion for reconsideration.",
			[]wantClaim{{kind: KindResponse, actor: "Luzviminda", target: "Energy Pricing Board", stance: "resist"}}, ""},
		{"challenge: lodged an appeal",
			"Ghana's central bank fined lender Akwaba Savings. Akwaba Savings has lodged an appeal with the High Court.",
			[]wantClaim{{kind: KindResponse, actor: "Akwaba Savings", target: "central bank", stance: "resist"}}, ""},
		{"challenge: filed an objection",
			"Turkey's competition board fined grocer Kiler Market Partners 40 million lira. The company filed an objection on Monday.",
			[]wantClaim{{kind: KindResponse, actor: "Kiler Market", target: "competition board", stance: "resist"}}, ""},
		{"challenge: sought to overturn",
			"Kenya's Communications Authority fined Zuri Telecom 48 million shillings. Zuri Telecom sought to overturn the fine in court.",
			[]wantClaim{{kind: KindResponse, actor: "Zuri Telecom", target: "Communications Authority", stance: "resist"}}, ""},
		// a firm's own account of its remedy, after an authority's act, complies
		{"remedy: had already separated the accounts",
			"Hungary's central bank suspended the licence of brokerage Korona Invest. Korona Invest said it had already separated the accounts.",
			[]wantClaim{{kind: KindResponse, actor: "Korona Invest", target: "central bank", stance: "comply"}}, ""},
		{"remedy: has taken steps to strengthen its controls",
			"The Monetary Authority of Singapore fined Lion City Bank Partners S$3 million. Lion City Bank said it had taken steps to strengthen its controls.",
			[]wantClaim{{kind: KindResponse, actor: "Lion City Bank", target: "Monetary Authority of Singapore", stance: "comply"}}, ""},
		{"remedy: will submit an improvement plan",
			"Japan's communications ministry issued an administrative order to LY Corp over a data leak. The company said it would submit an improvement plan by July 1.",
			[]wantClaim{{kind: KindResponse, actor: "LY Corp", target: "communications ministry", stance: "comply"}}, ""},
		{"remedy: working closely with the watchdog",
			"Germany's financial regulator BaFin capped the growth of online bank Nordlicht Bank Partners. The lender said it was working closely with the watchdog.",
			[]wantClaim{{kind: KindResponse, actor: "Nordlicht Bank", target: "BaFin", stance: "comply"}}, ""},
		{"remedy: recalled the bottles",
			"Georgian winemaker Kakheti Vineyards is being examined by the country's Food Safety Agency. Kakheti Vineyards said it had recalled the affected bottles.",
			[]wantClaim{{kind: KindResponse, actor: "Kakheti Vineyards", target: "Food Safety Agency", stance: "comply"}}, ""},
		// settlements and orders to pay
		{"settle: agreed to pay an authority to settle",
			"Block agreed to pay $40 million to New York's Department of Financial Services to settle findings of weak controls.",
			[]wantClaim{{kind: KindPenalty, actor: "Department of Financial Services", target: "Block"}, {kind: KindResponse, actor: "Block", target: "Department of Financial Services", stance: "comply"}}, ""},
		// an acronym used as a modifier is no subject
		{"acronym: SIM card owners, then 'and ordered it'",
			"Kenya's Communications Authority fined Zuri Telecom for failing to verify SIM card owners and ordered it to disconnect lines.",
			[]wantClaim{{kind: KindMandate, actor: "Communications Authority", target: "Zuri Telecom"}}, ""},
		{"acronym: ATM fees, then 'and told'",
			"Ghana's central bank fined lender Akwaba Savings over hidden ATM withdrawal fees and told it to refund customers.",
			[]wantClaim{{kind: KindPenalty, actor: "central bank", target: "Akwaba Savings"}}, ""},
		{"acronym: an authority acronym still acts after a time word",
			"Chile's CMF on Monday fined broker Andina Valores 300 million pesos.",
			[]wantClaim{{kind: KindPenalty, actor: "CMF", target: "Andina Valores"}}, ""},
		// a class with a modifying phrase before "must"
		{"must-tail: platforms with more than N users must",
			"The Malaysian Communications and Multimedia Commission said all social media platforms with more than eight million users must obtain a licence.",
			[]wantClaim{{kind: KindMandate, actor: "Malaysian Communications and Multimedia Commission"}}, ""},
		{"must-tail: firms operating in a country must, authority after",
			"All payment firms operating in Ghana must store records locally, the Payments Oversight Office said.",
			[]wantClaim{{kind: KindMandate, actor: "Payments Oversight Office"}}, ""},
		{"must-tail: named firm with a relative clause",
			"Kenya's Competition Authority said Unga Millers Partners, which controls half the flour market, must sell two mills.",
			[]wantClaim{{kind: KindMandate, actor: "Competition Authority", target: "Unga Millers"}}, ""},
		// cutting off or blocking a rival named after "with"
		{"block-with: cut off interconnection with a rival",
			"Kenyan mobile operator Savanna Tel cut off interconnection with smaller rival Kilima Mobile on Friday.",
			[]wantClaim{{kind: KindAction, actor: "Savanna Tel", target: "Kilima Mobile"}}, ""},
		{"block-with: blocked users from paying with a rival wallet",
			"Brazilian super app Vai Ja Pagamentos blocked users from paying with rival wallet Carteira Verde.",
			[]wantClaim{{kind: KindAction, actor: "Vai Ja", target: "Carteira Verde"}}, ""},
		{"deal-with: a tie-up with a described partner",
			"Malaysian budget carrier Kinabalu Air plans a codeshare tie-up with Indonesian airline Nusantara Jet.",
			[]wantClaim{{kind: KindAction, actor: "Kinabalu Air", target: "Nusantara Jet"}}, "Indonesia"},
		// active "hit/slapped X with a fine"
		{"hit-with: slapped described firms with fines",
			"Morocco's Competition Council slapped fuel distributors Afriquia and Total Maroc with fines totalling 1.84 billion dirhams.",
			[]wantClaim{{kind: KindPenalty, actor: "Competition Council", target: "Afriquia"}, {kind: KindPenalty, actor: "Competition Council", target: "Total Maroc"}}, ""},
		{"hit-with: hit a bank with a penalty",
			"Britain's FCA hit Monzo Bank with a 21 million pound penalty.",
			[]wantClaim{{kind: KindPenalty, actor: "FCA", target: "Monzo Bank"}}, ""},
		{"hit-with: served the carrier with a fine",
			"Peru's consumer agency Indecopi served airline Condor Andino with a fine of 2 million soles.",
			[]wantClaim{{kind: KindPenalty, actor: "Indecopi", target: "Condor Andino"}}, ""},
		// names set after a counted class
		{"counted class: licences of two companies, A and B",
			"Egypt's Financial Regulatory Authority suspended the licences of two microfinance companies, Tamweely and Kiva Egypt.",
			[]wantClaim{{kind: KindPenalty, actor: "Financial Regulatory Authority", target: "Tamweely"}, {kind: KindPenalty, actor: "Financial Regulatory Authority", target: "Kiva Egypt"}}, ""},
		// a country's one-word body acting as only authorities act
		{"country body: Switzerland's Finma barred",
			"Switzerland's Finma barred Credit Suisse from paying bonuses to senior staff.",
			[]wantClaim{{kind: KindMandate, actor: "Finma", target: "Credit Suisse"}}, ""},
		{"country body: Peru's Indecopi opened a procedure against",
			"Peru's Indecopi opened a sanctioning procedure against Rappi for misleading delivery times.",
			[]wantClaim{{kind: KindProbe, actor: "Indecopi", target: "Rappi"}}, ""},
		{"country body: Indonesia's Kominfo fined",
			"Indonesia's Kominfo fined Sumatra Net Partners 2 billion rupiah.",
			[]wantClaim{{kind: KindPenalty, actor: "Kominfo", target: "Sumatra Net"}}, ""},
		// intervening in a firm, fighting a suit
		{"intervene: intervened in a bank",
			"Ecuador's Superintendency of Banks intervened in Banco Territorial, taking control of the lender.",
			[]wantClaim{{kind: KindMandate, actor: "Superintendency of Banks", target: "Banco Territorial"}}, ""},
		{"fight: the firms will fight the lawsuit",
			"The US Federal Trade Commission sued to block Kroger's acquisition of Albertsons. Kroger and Albertsons said they would fight the lawsuit.",
			[]wantClaim{{kind: KindResponse, actor: "Kroger", target: "Federal Trade Commission", stance: "resist"}, {kind: KindResponse, actor: "Albertsons", target: "Federal Trade Commission", stance: "resist"}}, ""},
		{"case noun: a complaint against a one-word firm, then a denial",
			"Thailand's SEC filed a criminal complaint against Zipmex for operating without a licence. Zipmex denied the allegations.",
			[]wantClaim{{kind: KindProbe, actor: "SEC", target: "Zipmex"}, {kind: KindResponse, actor: "Zipmex", target: "SEC", stance: "resist"}}, ""},
		// authorities described without a name or antecedent
		{"described: summoned by the telecoms ministry",
			"Reliance Jio and Bharti Airtel have been summoned by the telecoms ministry over call drops.",
			[]wantClaim{{kind: KindMandate, actor: "telecoms ministry", target: "Bharti Airtel"}}, ""},
		{"described: ordered by the telecoms regulator ACRONYM, a one-word firm",
			"Kuwait's Zain was ordered to pay compensation to customers by the telecoms regulator CITRA. Zain said it would appeal.",
			[]wantClaim{{kind: KindPenalty, actor: "CITRA", target: "Zain"}, {kind: KindResponse, actor: "Zain", target: "CITRA", stance: "resist"}}, ""},
		{"described: faces an EU probe (authority as modifier)",
			"Meta faces a fresh EU antitrust probe into its Marketplace service.",
			[]wantClaim{{kind: KindProbe, actor: "EU", target: "Meta"}}, ""},
		{"described: received a SEBI notice",
			"Zerodha Broking Partners received a SEBI show-cause notice over client fund lapses.",
			[]wantClaim{{kind: KindMandate, actor: "SEBI", target: "Zerodha"}}, ""},
		// a possessor that only describes: rivals, units, what a firm runs
		{"possessor: a penalty on X's rival Y",
			"The Netherlands' Authority for Consumers and Markets imposed a penalty of 5 million euros on Booking Holdings' rival Expedia.",
			[]wantClaim{{kind: KindPenalty, actor: "Authority for Consumers and Markets", target: "Expedia"}}, "Booking"},
		{"possessor: fined X's competitor Y",
			"Kenya's Competition Authority fined Safaricom's competitor Zuri Telecom 10 million shillings.",
			[]wantClaim{{kind: KindPenalty, actor: "Competition Authority", target: "Zuri Telecom"}}, "Safaricom"},
		{"possessor: a stake in X, the publisher behind a game",
			"Sony Group is in talks to buy a minority stake in Kadokawa, the publisher behind the Elden Ring video game.",
			[]wantClaim{{kind: KindAction, actor: "Sony", target: "Kadokawa"}}, "Elden"},
		// counts before a firm's products
		{"count: investigation into about N <Firm> vehicles",
			"The National Highway Traffic Safety Administration opened an investigation into about 120,000 Rivian pickups and SUVs.",
			[]wantClaim{{kind: KindProbe, actor: "National Highway Traffic Safety Administration", target: "Rivian"}}, "SUV"},
		// aims and relative clauses are not acts
		{"aim: sued to block a purchase is a probe, not a block",
			"The U.S. Justice Department sued to block UnitedHealth Group's purchase of Amedisys.",
			[]wantClaim{{kind: KindProbe, actor: "Justice Department", target: "UnitedHealth"}}, ""},
		// "the company" means the firm the previous sentence was about (its subject)
		{"subject: the software company is the buyer, not the stake",
			"Microsoft has agreed to buy a 4% stake in London Stock Exchange Group. The software company will also integrate LSEG's data feeds into its products.",
			[]wantClaim{{kind: KindAction, actor: "Microsoft", target: "LSEG"}}, ""},
		{"subject: the lender after a sentence naming a partner",
			"Harbor Bank Partners agreed to buy a stake in Lakeside Savings Group. The lender said it had won approval from the central bank.",
			[]wantClaim{{kind: KindApproval, actor: "central bank", target: "Harbor Bank"}}, ""},
		{"subject: the carrier said, after a probe of its products",
			"Condor Andino Airways was fined by Peru's consumer agency over delays at Lima airport operated by Lima Airport Partners. The carrier said it would appeal.",
			[]wantClaim{{kind: KindResponse, actor: "Condor Andino", target: "consumer agency", stance: "resist"}}, ""},
		// stakes and infinitives after an approval
		{"stake: cleared X's purchase of a 60% stake in Y",
			"China's market regulator conditionally cleared Hanlin Semiconductor's purchase of a 60% stake in Suzhou Corelink.",
			[]wantClaim{{kind: KindApproval, actor: "market regulator", target: "Suzhou Corelink"}, {kind: KindApproval, actor: "market regulator", target: "Hanlin"}}, ""},
		{"stake: won approval from X on a day to acquire a stake in Y",
			"Hanul Financial Group won approval from South Korea's Financial Services Commission on Wednesday to acquire a majority stake in Seorak Life Insurance.",
			[]wantClaim{{kind: KindApproval, actor: "Financial Services Commission", target: "Hanul"}, {kind: KindAction, actor: "Hanul", target: "Seorak Life"}}, ""},
		{"stake: a one-word firm received the green light",
			"Fjordbank received the green light from Norway's Financial Supervisory Authority to launch a bond programme.",
			[]wantClaim{{kind: KindApproval, actor: "Financial Supervisory Authority", target: "Fjordbank"}}, ""},
		// countries the catalogue now knows, and possessives that own no deal
		{"country: Tajikistan's antimonopoly service authorized a takeover",
			"Tajikistan's antimonopoly service authorized the takeover of Dushanbe bottler Pamir Springs by Kazakh beverage group Altyn Su.",
			[]wantClaim{{kind: KindApproval, actor: "antimonopoly service", target: "Pamir Springs"}, {kind: KindAction, actor: "Altyn Su", target: "Pamir Springs"}}, "Tajik"},
		{"country: Kyrgyzstan's regulator fined a Bishkek operator",
			"Kyrgyzstan's communications regulator fined Bishkek mobile operator Ala-Too Cell 3 million soms.",
			[]wantClaim{{kind: KindPenalty, actor: "communications regulator", target: "Ala-Too Cell"}}, "Bishkek"},
		// firm-to-firm acts in other words
		{"firm act: dropped a rival's channels from its packages",
			"Belgrade pay-TV operator Kadar TV dropped the sports channels of rival broadcaster Arena Plus from its packages.",
			[]wantClaim{{kind: KindAction, actor: "Kadar TV", target: "Arena Plus"}}, "Belgrade"},
		{"firm act: delisted a rival's app",
			"Indian app store Indus Appstore Partners delisted Kuku FM's audio app over unpaid fees.",
			[]wantClaim{{kind: KindAction, actor: "Indus Appstore", target: "Kuku FM"}}, ""},
		{"firm act: stopped accepting payments from a wallet",
			"Safaricom has stopped accepting payments from Airtel Money wallets at its merchant tills.",
			[]wantClaim{{kind: KindAction, actor: "Safaricom", target: "Airtel Money"}}, ""},
		{"firm act: said it had filed a lawsuit against a rival",
			"Magazine Luiza said it had filed a lawsuit against marketplace rival Mercado Livre in a Sao Paulo court.",
			[]wantClaim{{kind: KindAction, actor: "Magazine Luiza", target: "Mercado Livre"}}, "Sao Paulo"},
		{"firm act: signed a supply agreement with a one-word firm",
			"Petrobras said it had signed a ten-year supply agreement with Braskem.",
			[]wantClaim{{kind: KindAction, actor: "Petrobras", target: "Braskem"}}, ""},
		{"firm act: had completed the purchase of a stake, approved by a court",
			"Vodacom said it had completed the purchase of a 55% stake in Maziv after South Africa's Competition Appeal Court approved the deal.",
			[]wantClaim{{kind: KindAction, actor: "Vodacom", target: "Maziv"}, {kind: KindApproval, actor: "Competition Appeal Court", target: "Maziv"}}, ""},
		// second acts and references to the target
		{"second act: ordered X to stop and imposed a fine",
			"South Korea's antitrust regulator ordered Woowa Brothers to stop the practice and imposed a fine of 27 billion won.",
			[]wantClaim{{kind: KindPenalty, actor: "antitrust regulator", target: "Woowa Brothers"}}, ""},
		{"second act: the firm agreed to pay a civil penalty",
			"The Environmental Protection Agency required Volkswagen to recall 600,000 engines, and the carmaker agreed to pay a $1.67 billion civil penalty.",
			[]wantClaim{{kind: KindPenalty, actor: "Environmental Protection Agency", target: "Volkswagen"}}, ""},
		{"reference: the carmaker welcomed the clearance of its own plan",
			"The Bundeskartellamt cleared BMW's plan to buy a majority stake in charging network operator Ionity. The carmaker said it welcomed the decision.",
			[]wantClaim{{kind: KindResponse, actor: "BMW", target: "Bundeskartellamt", stance: "comply"}}, ""},
		// lists: counted classes, and authorities that do not join firms
		{"list: fined A and two smaller rivals, B and C",
			"The European Commission fined Rhenvale Chemicals and two smaller rivals, Ostrava Polymers and Sanmarco Additivi, 412 million euros.",
			[]wantClaim{{kind: KindPenalty, actor: "European Commission", target: "Ostrava Polymers"}, {kind: KindPenalty, actor: "European Commission", target: "Sanmarco"}}, ""},
		{"list: the merger of A and B, the agency said",
			"The Philippine Competition Commission has cleared the merger of Manila-based lenders Banco Lusong and Visayan Savings Bank, the agency said.",
			[]wantClaim{{kind: KindAction, actor: "Banco Lusong", target: "Visayan Savings"}}, "Commission"},
		{"list: a travel agency is a firm",
			"Italy's competition authority AGCM said it had fined online travel agency Viaggiolibero 3.5 million euros.",
			[]wantClaim{{kind: KindPenalty, actor: "AGCM", target: "Viaggiolibero"}}, ""},
		// more wordings from self-written probes
		{"probe4: said it would go to court",
			"Hungary's competition authority GVH imposed a 1.2 billion forint fine on retailer Spar Magyarorszag. Spar said it would go to court.",
			[]wantClaim{{kind: KindResponse, actor: "Spar", target: "GVH", stance: "resist"}}, ""},
		{"probe4: directed a two-word firm and a one-word firm",
			"Sri Lanka's telecoms regulator directed Dialog Axiata and Mobitel to restore services within 24 hours.",
			[]wantClaim{{kind: KindMandate, actor: "telecoms regulator", target: "Mobitel"}}, ""},
		{"probe4: the central bank removed the board of a bank",
			"Bangladesh's central bank removed the board of Islami Bank and appointed new directors.",
			[]wantClaim{{kind: KindMandate, actor: "central bank", target: "Islami Bank"}}, ""},
		{"probe4: approved an increase requested by a utility",
			"Zambia's energy regulator approved a 15% tariff increase requested by power utility Zesco.",
			[]wantClaim{{kind: KindApproval, actor: "energy regulator", target: "Zesco"}}, ""},
		// cases against firms past their venue; firms weighing or defending
		{"venue: proceedings in a court against a firm",
			"Australia's financial crimes watchdog AUSTRAC has launched civil penalty proceedings in the Federal Court against Entain Group.",
			[]wantClaim{{kind: KindProbe, actor: "AUSTRAC", target: "Entain"}}, ""},
		{"venue: the company would defend the case",
			"The Texas attorney general sued Kestrel Motors over misleading ads. The company said it would defend the case.",
			[]wantClaim{{kind: KindResponse, actor: "Kestrel Motors", target: "attorney general", stance: "resist"}}, ""},
		{"weighs: the two firms are considering an appeal",
			"New Zealand's Commerce Commission blocked the merger of Foodstuffs North Island and Foodstuffs South Island. The two cooperatives said they were considering their options, including an appeal.",
			[]wantClaim{{kind: KindResponse, actor: "Foodstuffs North Island", target: "Commerce Commission", stance: "resist", certainty: Hedged}, {kind: KindResponse, actor: "Foodstuffs South Island", target: "Commerce Commission", stance: "resist"}}, ""},
		{"weighs: the firm is weighing legal action",
			"Kenya's Communications Authority fined Zuri Telecom 48 million shillings. Zuri Telecom said it was weighing legal action.",
			[]wantClaim{{kind: KindResponse, actor: "Zuri Telecom", target: "Communications Authority", stance: "resist"}}, ""},
		{"led by: licences to consortiums led by A and B",
			"The Bank of Thailand granted virtual bank licences to three consortiums led by Krungthai Bank and Ascend Money.",
			[]wantClaim{{kind: KindApproval, actor: "Bank of Thailand", target: "Krungthai Bank"}, {kind: KindApproval, actor: "Bank of Thailand", target: "Ascend Money"}}, ""},
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
			if c.notTarget == "" {
				return
			}
			for _, cl := range got {
				for _, tg := range cl.Targets {
					if strings.Contains(tg.Name, c.notTarget) {
						t.Errorf("%q must not be a target; got %s", c.notTarget, describe(got))
					}
				}
			}
		})
	}
}

// A time allowed to answer is no answer: the firm has taken no stance.
func TestTimeToRespondIsNoResponse(t *testing.T) {
	cases := []struct{ name, text string }{
		{"has N days to appeal", "Polish chain Groszek Market was fined 31 million zlotys by UOKiK. The chain has 11 days to appeal."},
		{"have until a date to challenge", "Kenya's Competition Authority fined millers Unga Partners and Pembe Flour. The two companies have until March 3 to challenge the decision."},
		{"was given weeks to contest", "Ghana's central bank fined lender Akwaba Savings 2 million cedis. Akwaba Savings was given two weeks to contest the fine."},
		{"can appeal within N days", "Turkey's competition board fined grocer Kiler Market 40 million lira. The company can appeal within 60 days."},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, cl := range x.Claims(Document{Text: c.text}) {
				if cl.Kind == KindResponse {
					t.Errorf("no response wanted; got %s", describe([]Claim{cl}))
				}
			}
		})
	}
	// a stated intention still answers
	got := x.Claims(Document{Text: "Turkey's competition board fined grocer Kiler Market 40 million lira. The company said it would appeal within 30 days."})
	if !hasClaim(got, wantClaim{kind: KindResponse, actor: "Kiler Market", target: "competition board", stance: "resist"}) {
		t.Errorf("'said it would appeal within 30 days' is a response; got %s", describe(got))
	}
}

// Prose around the frames that must stay claim-free.
func TestFrameNegatives(t *testing.T) {
	cases := []struct{ name, text string }{
		{"waving at a firm is no approval", "Regulators waved at Kestrel Motors' stand at the fair."},
		{"signing a letter is no approval", "The ministry signed a letter of intent with the World Bank on Monday."},
		{"snapping a photo is no deal", "Visitors snapped photos of Kestrel Motors' new car at the Oslo show."},
		{"one firm joining a group is no partnership", "Kestrel Motors joined the industry association last year."},
		{"a joint statement of a firm and a ministry", "Kestrel Motors and the transport ministry will jointly host a safety forum."},
		{"a firm sets itself a deadline", "Kestrel Motors set itself a 2030 deadline to sell only electric cars."},
		{"taking responsibility for a product launch", "Kestrel Motors' new chief will take responsibility for the electric car launch."},
		{"a firm's president is no government", "Samsung President Kim Ki-nam ordered a review of the chip unit."},
		{"a militant group banned is no firm", "Kestrel Motors opened a plant in Lahore. In 2013 Pakistan banned the group and took control of its schools."},
		{"a dropped investigation is no probe", "Prosecutors in Sweden have dropped an investigation into Kestrel Motors' former chairman."},
		{"an investigation closed", "Norway's competition authority closed its investigation into Fjordlaks Partners on Friday."},
		{"seeking investors is no challenge", "Kestrel Motors is seeking new investors for its battery unit, the company said."},
		{"a remedy with no authority before is no response", "Kestrel Motors said it had already recalled 3,000 cars with faulty brakes."},
		{"hit with a ball is no fine", "Harbor striker Dale Fenwick hit the post with a free kick in the final minute."},
		{"a country's firm launching a product is no authority", "Poland's Allegro launched a new loyalty programme on Monday."},
		{"fighting fires is no response", "Firefighters fought the blaze at the Kestrel Motors plant for six hours."},
		{"the finance ministry forecasting is no claim", "The finance ministry expects growth of 5% this year."},
		{"a country's product service is no authority", "Kenya's mobile money service M-Pesa approved 3 million new accounts last year."},
		{"dropping a plan is no firm act", "Kestrel Motors dropped its plan to build a plant in Lagos."},
		{"accepting an award from a body is no act on a firm", "Kestrel Motors accepted an award from the Lagos Business Council."},
		{"going to a court hearing is no challenge", "Kestrel Motors' lawyers went to court on Monday to watch the hearing."},
		{"removing a product is no act on a firm", "Kestrel Motors removed the heated seats from its cheapest model."},
		{"considering options without an authority's act", "Kestrel Motors said it was considering its options, including an appeal of the tax ruling by its supplier."},
		{"defending a title is no response", "Harbor Bank Partners will defend its title as the region's best lender at the awards."},
		{"a newspaper reports an outlet's news", "Shares of Harbor Foods rose 4%, Bloomberg News reported."},
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

// A remedy the firm denies having made is no response.
func TestRemedyDeniedIsNoResponse(t *testing.T) {
	x := NewClaimExtractor(nil)
	got := x.Claims(Document{Text: "Kenya's central bank fined lender Mwamba Credit Partners. Mwamba Credit said it had not yet fixed the system."})
	for _, c := range got {
		if c.Kind == KindResponse {
			t.Errorf("no response wanted; got %s", describe(got))
		}
	}
}

// What a suit aims at, a thing's relative clause and a price charged are no
// claims of their own.
func TestNotTheActorsAct(t *testing.T) {
	cases := []struct{ name, text, kind string }{
		{"sued to block: no mandate", "The U.S. Justice Department sued to block UnitedHealth Group's purchase of Amedisys.", KindMandate},
		{"sought to bar: no mandate", "Texas sued Kestrel Motors, seeking to bar the carmaker from selling its vans.", KindMandate},
		{"agreements that required: no mandate", "Japan's Fair Trade Commission issued an order against Google over agreements that required Android phone makers to preinstall its app.", KindMandate},
		{"prices it charges: no probe", "Ofcom ordered BT to cut the wholesale prices it charges rival broadband providers.", KindProbe},
		{"what sellers can charge: no probe", "Germany's Federal Cartel Office ordered Amazon to stop tools that limit what sellers can charge.", KindProbe},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, cl := range x.Claims(Document{Text: c.text}) {
				if cl.Kind == c.kind && (c.kind != KindMandate || cl.Rule != "mandate/issued") {
					t.Errorf("no %s wanted; got %s", c.kind, describe([]Claim{cl}))
				}
			}
		})
	}
}
