package extract

import "testing"

// Round 10, vocabulary the rules had rarely met: industries most sets skip
// (mining, fisheries, rail, lotteries, water, shipping ...) and the less
// common words reporters use for each kind. Each table is one cause, in
// several name shapes, voices and regions, with near-miss negatives that
// use the same words in a sense that makes no claim.

// A weak head ("Office", "Board", "Council", "Service") names an authority
// when a word of the regulated trade stands in the name ("Office of Rail
// and Road", "Charity Sweepstakes Office").
func TestFramesVocabTradeAuthorityNames(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "office of rail and road fines", text: "The Office of Rail and Road has fined Humber Rail Services £1.1 million for poor passenger information.",
			want: []wantClaim{want(KindPenalty, "Office of Rail and Road", "Humber Rail Services")}},
		{name: "sweepstakes office suspends", text: "The Philippine Charity Sweepstakes Office suspended Mindanao Lotto Ventures Inc on Friday over unpaid shares of revenue.",
			want: []wantClaim{want(KindMandate, "Charity Sweepstakes Office", "Mindanao Lotto Ventures Inc")}},
		{name: "fisheries board orders", text: "The Fisheries Board ordered Atlantic Trawl Holdings to land its catch only at licensed ports.",
			want: []wantClaim{want(KindMandate, "Fisheries Board", "Atlantic Trawl Holdings")}},
		{name: "forestry office probes", text: "Nordic Timber AB is being investigated by the Forestry Office over logging near protected wetlands.",
			want: []wantClaim{want(KindProbe, "Forestry Office", "Nordic Timber AB")}},
		{name: "tobacco board fines, passive", text: "Mashonaland Leaf Ltd was fined $40,000 by the Tobacco Board for selling uncertified bales.",
			want: []wantClaim{want(KindPenalty, "Tobacco Board", "Mashonaland Leaf Ltd")}},

		// negatives: a trade word in a firm's or an association's name
		{name: "neg water board is an operator", text: "The Nakuru Water Board said it would raise tariffs next year.", none: true},
		{name: "neg industry council speaks", text: "The Mining Industry Council said members would meet in May.", none: true},
	})
}

// Intransitive answers: a firm that "hit back", "pushed back", "fell in
// line" or "backed down" after an authority acted on it answers that act.
func TestFramesVocabIdiomAnswers(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "hit back, plain", text: "The Competition Commission fined cement maker Kilimanjaro Cement 3 billion shillings for price fixing. Kilimanjaro Cement hit back on Friday, calling the ruling flawed.",
			want: []wantClaim{stance(KindResponse, "Kilimanjaro Cement", "Competition Commission", "resist")}},
		{name: "both hit back", text: "Chile's antitrust prosecutor sued salmon farmers Austral Salmon and Pacifico Marine for colluding on prices. Both companies hit back, saying prices followed demand.",
			want: []wantClaim{stance(KindResponse, "Austral Salmon", "antitrust prosecutor", "resist"), stance(KindResponse, "Pacifico Marine", "antitrust prosecutor", "resist")}},
		{name: "pushed back with a saying clause", text: "Turkey's Competition Authority opened an inquiry into grocer Anadolu Market. Anadolu pushed back, saying its margins had shrunk.",
			want: []wantClaim{stance(KindResponse, "Anadolu Market", "Competition Authority", "resist")}},
		{name: "pushes back, present", text: "Ofgem has ordered Brightwater Energy to refund customers. Brightwater pushes back hard against the figures.",
			want: []wantClaim{stance(KindResponse, "Brightwater Energy", "Ofgem", "resist")}},
		{name: "fell in line", text: "The central bank directed lenders Umoja Bank and Sahel Credit to cap card fees. Umoja Bank fell in line within days.",
			want: []wantClaim{stance(KindResponse, "Umoja Bank", "central bank", "comply")}},
		{name: "fell into line, reference", text: "Poland's rail regulator ordered PolRail Cargo to publish its access charges. The freight operator quickly fell into line.",
			want: []wantClaim{stance(KindResponse, "PolRail Cargo", "rail regulator", "comply")}},
		{name: "backed down", text: "Kenya's Communications Authority told Safaricom to drop the new bundle fees. Safaricom backed down two days later.",
			want: []wantClaim{stance(KindResponse, "Safaricom", "Communications Authority", "comply")}},

		// negatives: the same words about markets, rivals and prices
		{name: "neg shares hit back", text: "Shares of Kilimanjaro Cement hit back at the highs of May after results.", noKind: []string{KindResponse}},
		{name: "neg prices pushed back", text: "Austral Salmon pushed back the launch of its new plant to 2026.", noKind: []string{KindResponse}},
		{name: "neg fell in line with forecasts", text: "Umoja Bank's profit fell in line with forecasts.", none: true},
		{name: "neg backed down from a bid", text: "Sahel Credit backed down from its bid for Umoja Bank after the price rose.", noKind: []string{KindResponse}},
	})
}

// A counted class with a modifier after it ("three suppliers of industrial
// solvents", "two bureaux de change") then its members after a dash.
func TestFramesVocabClassTailMembers(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "fines on suppliers of solvents", text: "Germany's Federal Cartel Office has imposed fines on three suppliers of industrial solvents - Rheinwerk Chemie, Lahn Solvents and Mosel Chem - for sharing customers.",
			want: []wantClaim{want(KindPenalty, "Federal Cartel Office", "Rheinwerk Chemie"), want(KindPenalty, "Federal Cartel Office", "Lahn Solvents"), want(KindPenalty, "Federal Cartel Office", "Mosel Chem")}},
		{name: "fined operators of ferries", text: "Greece's competition commission fined two operators of island ferries - Aegean Lines and Cyclades Sea Link - for fixing fares.",
			want: []wantClaim{want(KindPenalty, "competition commission", "Aegean Lines"), want(KindPenalty, "competition commission", "Cyclades Sea Link")}},
		{name: "ordered growers in the valley", text: "The water ministry ordered four growers in the Bekaa valley - Cedar Farms and Litani Agro among them - to cap pumping.",
			want: []wantClaim{want(KindMandate, "water ministry", "Cedar Farms")}},
		{name: "bureaux de change blacklisted", text: "The central bank has blacklisted three bureaux de change - Nile Forex, Delta Money and Aswan Exchange - for failing to report large transfers.",
			want: []wantClaim{want(KindPenalty, "central bank", "Nile Forex"), want(KindPenalty, "central bank", "Aswan Exchange")}},

		// negative: a dash after a class that lists places, not firms
		{name: "neg class of regions", text: "Three suppliers of solvents - in Hesse, Bavaria and Saxony - raised prices.", none: true},
	})
}

// The thing an act falls on, named with its owner ("aircraft operated by
// X", "a warehouse belonging to X", "a monitor developed by X"): the owner
// is bound, cleared or examined.
func TestFramesVocabOwnedThing(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "grounded aircraft operated by", text: "India's aviation regulator grounded six turboprop aircraft operated by Deccan Wings on Tuesday after a maintenance audit.",
			want: []wantClaim{want(KindMandate, "aviation regulator", "Deccan Wings")}, notParty: []string{"ATR"}},
		{name: "grounded with a maker's code", text: "The Civil Aviation Authority grounded three ATR aircraft operated by Island Hopper Air.",
			want: []wantClaim{want(KindMandate, "Civil Aviation Authority", "Island Hopper Air")}, notParty: []string{"ATR"}},
		{name: "shut a warehouse belonging to", text: "Romania's consumer authority ANPC shut a cold store belonging to discount chain Dacia Market near Cluj on Friday.",
			want: []wantClaim{want(KindMandate, "ANPC", "Dacia Market")}},
		{name: "approved a monitor developed by", text: "China's drug regulator approved a glucose monitor developed by Hangzhou Meditek, the company said.",
			want: []wantClaim{want(KindApproval, "drug regulator", "Hangzhou Meditek")}},
		{name: "inspected mines run by", text: "Chile's mining regulator Sernageomin inspected two copper mines run by Minera Atacama Sur last week.",
			want: []wantClaim{want(KindProbe, "Sernageomin", "Minera Atacama Sur")}},
		{name: "suspended vessels owned by", text: "The Maritime Authority suspended the licences of four trawlers owned by Pacific Catch Ltd for fishing in a closed zone.",
			want: []wantClaim{want(KindPenalty, "Maritime Authority", "Pacific Catch Ltd")}},

		// negatives: the owner phrase inside a deal, or a firm's own act
		{name: "neg deal noun before by", text: "The commission approved the purchase of a stake held by Pacific Catch Ltd in Island Hopper Air.", notWant: []wantClaim{want(KindApproval, "commission", "Pacific Catch Ltd")}},
		{name: "neg firm grounds its own planes", text: "Island Hopper Air grounded two aircraft operated by its regional unit after a bird strike.", noKind: []string{KindMandate}},
	})
}

// Registering and certifying: an authority that registers a firm (as a
// provider) or certifies its product approves it.
func TestFramesVocabRegisterCertify(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "registered as a provider", text: "Norway's Financial Supervisory Authority has registered Nordlys Krypto AS as a provider of virtual currency exchange services.",
			want: []wantClaim{want(KindApproval, "Financial Supervisory Authority", "Nordlys Krypto")}},
		{name: "registers, present", text: "The Gambling Commission registers Lucky Palm Gaming as an online operator, the regulator said.",
			want: []wantClaim{want(KindApproval, "Gambling Commission", "Lucky Palm Gaming")}},
		{name: "certified a product of", text: "The European Union Aviation Safety Agency certified Vertiko Aero's two-seat electric aircraft on Monday.",
			want: []wantClaim{want(KindApproval, "European Union Aviation Safety Agency", "Vertiko Aero")}},
		{name: "certified a device developed by", text: "China's National Medical Products Administration has certified an insulin pump developed by Suzhou Kangning Medical.",
			want: []wantClaim{want(KindApproval, "National Medical Products Administration", "Suzhou Kangning Medical")}},
		{name: "registered passive", text: "Alpenchain AG was registered by Switzerland's financial regulator as a securities firm.",
			want: []wantClaim{want(KindApproval, "financial regulator", "Alpenchain AG")}},

		// negatives: registering a loss, a case, users; a board certifying its own accounts
		{name: "neg registered a loss", text: "Nordlys Krypto AS registered a loss of 12 million crowns in 2024.", none: true},
		{name: "neg registered users", text: "Lucky Palm Gaming said registered users rose 20% in the quarter.", none: true},
		{name: "neg certified by its own board", text: "Suzhou Kangning Medical's accounts were certified by its own board on Monday.", none: true},
		{name: "neg registered a case", text: "The Enforcement Directorate registered a case against Vertiko Aero over foreign exchange violations.", noKind: []string{KindApproval}},
	})
}

// Less common nouns of a penalty: a "sanction" or a "levy imposed as a
// sanction" on a firm, and revenue "docked from" a firm.
func TestFramesVocabPenaltyNouns(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "financial sanction of N on", text: "The Central Bank of Oman imposed a financial sanction of 90,000 rials on Muscat Exchange House for weak customer checks.",
			want: []wantClaim{want(KindPenalty, "Central Bank of Oman", "Muscat Exchange House")}},
		{name: "administrative sanction on", text: "Peru's environmental regulator OEFA imposed an administrative sanction on Minera Andes Verde over a tailings spill.",
			want: []wantClaim{want(KindPenalty, "OEFA", "Minera Andes Verde")}},
		{name: "levy as a sanction", text: "Senegal's telecoms regulator ARTP has imposed a levy of 2 billion CFA francs on Sahel Mobile as a sanction for missing coverage targets.",
			want: []wantClaim{want(KindPenalty, "ARTP", "Sahel Mobile")}},
		{name: "docked from revenue", text: "Water regulator Ofwat has docked £8 million from Severnside Water's allowed revenue for missing leakage targets.",
			want: []wantClaim{want(KindPenalty, "Ofwat", "Severnside Water")}},

		// negatives: a levy that is a tax, sanctions on a country, points docked
		{name: "neg levy is a tax", text: "The finance ministry imposed a levy on sugary drinks made by Sahel Mobile's rivals.", noKind: []string{KindPenalty}},
		{name: "neg sanction of a country", text: "The United States imposed a sanction on Venezuela's oil sector in 2019.", noKind: []string{KindPenalty}},
	})
}

// A franchise is a licence: suspending or revoking it punishes the holder.
func TestFramesVocabFranchise(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "suspended the lottery franchise of", text: "The Charity Sweepstakes Office suspended the lottery franchise of Leyte Gaming Corp on Monday over unpaid shares.",
			want: []wantClaim{want(KindPenalty, "Charity Sweepstakes Office", "Leyte Gaming Corp")}, noKind: []string{KindMandate}},
		{name: "revoked X's bus franchise", text: "The Land Transportation Franchising and Regulatory Board revoked Metro Star Transit's bus franchise after a fatal crash.",
			want: []wantClaim{want(KindPenalty, "Land Transportation Franchising and Regulatory Board", "Metro Star Transit")}},
		{name: "neg a franchise deal between firms", text: "Jollibee Foods signed a franchise agreement with Leyte Gaming Corp's owners.", noKind: []string{KindPenalty}},
	})
}

// Authorities and firms named in the words of regions the catalogue had
// rarely met: countries (Guinea, Somalia, Trinidad and Tobago ...), a
// comptroller general, the Nordic legal form "AS".
func TestFramesVocabRegionalNames(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "guinea's government revokes", text: "Guinea's military-led government has revoked the mining licence of Boffa Bauxite SA for failing to build a refinery.",
			want: []wantClaim{want(KindPenalty, "government", "Boffa Bauxite SA")}, notParty: []string{"Guinea"}},
		{name: "somalia's ministry suspends", text: "Somalia's fisheries ministry suspended Indian Ocean Catch Ltd on Monday for fishing without a permit.",
			want: []wantClaim{want(KindMandate, "fisheries ministry", "Indian Ocean Catch Ltd")}, notParty: []string{"Somalia"}},
		{name: "trinidad regulator fines", text: "Trinidad and Tobago's energy ministry fined Caroni Gas Ltd for flaring above its limit.",
			want: []wantClaim{want(KindPenalty, "energy ministry", "Caroni Gas Ltd")}, notParty: []string{"Trinidad"}},
		{name: "comptroller general audits", text: "Panama's comptroller general has launched an audit of Colon Port Services SA over unpaid fees.",
			want: []wantClaim{want(KindProbe, "comptroller general", "Colon Port Services SA")}},
		{name: "capitalized comptroller general of", text: "The Comptroller General of Colombia opened an investigation into Aguas del Caribe SA over a failed aqueduct.",
			want: []wantClaim{want(KindProbe, "Comptroller General of Colombia", "Aguas del Caribe SA")}},
		{name: "nordic AS registered", text: "Norway's Financial Supervisory Authority has registered Fjellkrypto AS as a provider of exchange services.",
			want: []wantClaim{want(KindApproval, "Financial Supervisory Authority", "Fjellkrypto AS")}},
		{name: "nordic AS fined", text: "The Norwegian Maritime Authority fined Havbris AS 400,000 crowns for crew safety failures.",
			want: []wantClaim{want(KindPenalty, "Norwegian Maritime Authority", "Havbris AS")}},

		// negatives: the same words as no party
		{name: "neg AS in capitals", text: "The ministry sees THIS AS a test of the new rules.", none: true},
		{name: "neg guinea fowl", text: "Farmers in Guinea said prices of guinea fowl rose.", none: true},
	})
}

// A formal censure or reprimand is a sanction, active or passive.
func TestFramesVocabCensure(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "censured passive", text: "Audit firm Hollis Marsh was censured by the Financial Reporting Council on Thursday over its audit of a collapsed builder.",
			want: []wantClaim{want(KindPenalty, "Financial Reporting Council", "Hollis Marsh")}},
		{name: "reprimanded passive", text: "Kestrel Securities has been reprimanded by the Securities and Futures Commission for lapses in its anti-money laundering controls.",
			want: []wantClaim{want(KindPenalty, "Securities and Futures Commission", "Kestrel Securities")}},
		{name: "censures active present", text: "Singapore's central bank censures Lion City Remit over weak customer checks.",
			want: []wantClaim{want(KindPenalty, "central bank", "Lion City Remit")}},
		{name: "neg a firm reprimands staff", text: "Kestrel Securities reprimanded two junior traders over the error.", none: true},
		{name: "neg lawmakers censure a lobby", text: "Senators censured the tobacco lobby in a resolution.", none: true},
	})
}

// Less common words of deals and answers: an "economic concentration" is
// a merger; a legal form's full stop does not end a list; a firm that
// "apologised" after an act on it complies; a product's maker after
// "developed by" with no comma owns it.
func TestFramesVocabDealsAnswers(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "economic concentration between", text: "Saudi Arabia's General Authority for Competition approved the economic concentration between Qassim Poultry and Red Sea Feeds.",
			want: []wantClaim{want(KindApproval, "General Authority for Competition", "Qassim Poultry"), want(KindApproval, "General Authority for Competition", "Red Sea Feeds"), want(KindAction, "Qassim Poultry", "Red Sea Feeds")}},
		{name: "concentration between, cleared", text: "Colombia's SIC cleared a concentration between Lacteos Andinos and Quesera del Valle.",
			want: []wantClaim{want(KindAction, "Lacteos Andinos", "Quesera del Valle")}},
		{name: "Co. inside a list", text: "The ministry fined Karoo Mining Co. and Lesedi Coal Ltd for dust emissions.",
			want: []wantClaim{want(KindPenalty, "ministry", "Karoo Mining Co"), want(KindPenalty, "ministry", "Lesedi Coal Ltd")}},
		{name: "apologised after an order", text: "Japan's transport ministry ordered Sakura Rail to overhaul its signalling checks. The operator apologised and said it would retrain staff.",
			want: []wantClaim{stance(KindResponse, "Sakura Rail", "transport ministry", "comply")}},
		{name: "therapy developed by, no comma", text: "China's drug regulator granted conditional approval to a gene therapy developed by Hangzhou Genvita for a rare blood disorder.",
			want: []wantClaim{want(KindApproval, "drug regulator", "Hangzhou Genvita")}},

		// negatives: the same words in no claim
		{name: "neg market concentration", text: "Qassim Poultry said market concentration in feed was rising, citing Red Sea Feeds' growth.", none: true},
		{name: "neg apology without an act", text: "Sakura Rail apologised to passengers after a signal failure delayed trains on Monday.", none: true},
		{name: "neg Co. ends the sentence", text: "The ministry fined Karoo Mining Co. Lesedi Coal Ltd said it was not involved.",
			notWant: []wantClaim{want(KindPenalty, "ministry", "Lesedi Coal Ltd")}},
	})
}

// Sealing or padlocking a firm's premises closes them (a prohibition on
// the firm whose premises they are); sealing a win or a deal binds nobody.
func TestFramesVocabSealedPremises(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "sealed outlets of a chain", text: "The Sindh Food Authority sealed four outlets of bakery chain Karachi Crust after inspectors found expired flour.",
			want: []wantClaim{want(KindMandate, "Sindh Food Authority", "Karachi Crust")}},
		{name: "padlocked the offices of", text: "Kenya's revenue authority padlocked the offices of Rift Logistics Ltd over unpaid taxes.",
			want: []wantClaim{want(KindMandate, "revenue authority", "Rift Logistics Ltd")}},
		{name: "sealed a firm's premises", text: "The county government sealed Jamii Bakery's premises on Tuesday over unpaid levies.",
			want: []wantClaim{want(KindMandate, "county government", "Jamii Bakery")}},
		{name: "shut the plant of", text: "Vietnam's environment ministry shut the plant of Mekong Tanning Co for dumping waste into the river.",
			want: []wantClaim{want(KindMandate, "environment ministry", "Mekong Tanning Co")}},

		// negatives: sport and deals
		{name: "neg sealed the title", text: "Enyimba sealed the title with a 2-0 win over Rangers International.", noKind: []string{KindMandate}},
		{name: "neg seal a win", text: "Saka converted the penalty to seal a 2-1 win over Chelsea.", none: true},
		{name: "neg sealed a deal", text: "Karachi Crust sealed a supply deal with Rift Logistics Ltd.", noKind: []string{KindMandate}},
	})
}

// Descriptions of firms in rarely met trades refer back to the firm: "the
// channel" (a broadcaster), "the miller", "the smelter", "the distiller".
func TestFramesVocabTradeDescriptions(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "the channel must air", text: "Poland's broadcasting council fined private broadcaster Polvision 900,000 zlotys over a misleading quiz. The council said the channel would also have to air a correction.",
			want: []wantClaim{want(KindPenalty, "broadcasting council", "Polvision"), want(KindMandate, "broadcasting council", "Polvision")}},
		{name: "the smelter ordered", text: "Zambia's environment agency fined Copperbelt Refining Ltd 2 million kwacha over acid spills and ordered the smelter to line its ponds.",
			want: []wantClaim{want(KindMandate, "environment agency", "Copperbelt Refining Ltd")}},
		{name: "the distiller appeals", text: "India's food regulator suspended the licence of Nilgiri Spirits Ltd. The distiller said it would appeal the order.",
			want: []wantClaim{stance(KindResponse, "Nilgiri Spirits Ltd", "food regulator", "resist")}},
		{name: "the miller complies", text: "Kenya's competition authority ordered Pembe Flour Mills to cut its prices. The miller said it would comply.",
			want: []wantClaim{stance(KindResponse, "Pembe Flour Mills", "competition authority", "comply")}},

		// negatives: a channel that is no broadcaster
		{name: "neg sales channel", text: "Polvision said its online sales channel grew 12% in the quarter.", none: true},
		{name: "neg a Telegram channel", text: "The regulator said the channel on Telegram had 40,000 followers.", none: true},
	})
}

// A restriction put or placed on a trade ("put a moratorium on new
// licences for satellite providers", "placed curbs on lending by
// microlenders") binds the class (or firm) it is for.
func TestFramesVocabMoratorium(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "put a moratorium on licences for a class", text: "The Uganda Communications Commission has put a moratorium on new licences for satellite internet providers, a spokesman said.",
			want: []wantClaim{want(KindMandate, "Uganda Communications Commission", "satellite internet providers")}},
		{name: "placed a moratorium on lending by", text: "Sri Lanka's central bank placed a moratorium on new lending by microfinance lenders until March.",
			want: []wantClaim{want(KindMandate, "central bank", "microfinance lenders")}},
		{name: "imposed a moratorium, named firm", text: "The Nigerian Communications Commission imposed a moratorium on Lagos Fibre Ltd's new connections.",
			want: []wantClaim{want(KindMandate, "Nigerian Communications Commission", "Lagos Fibre Ltd")}},
		{name: "put a cap on fees charged by", text: "Ghana's central bank put a cap on fees charged by mobile money providers on Monday.",
			want: []wantClaim{want(KindMandate, "central bank", "mobile money providers")}},

		// negatives: a fine is imposed, not put; a firm's own pause
		{name: "neg placed a fine", text: "The Nigerian Communications Commission placed a fine on Lagos Fibre Ltd.", noKind: []string{KindMandate}},
		{name: "neg a firm's own moratorium", text: "Lagos Fibre Ltd put a moratorium on hiring for its call centres.", none: true},
	})
}

// A firm that suspends or halts what it supplies another firm ("halted
// deliveries to chain X", "suspended cashless services at X hospital")
// restricts that firm, as "cut off supplies to X" does.
func TestFramesVocabSupplyHalted(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "halted deliveries to a chain", text: "Dairy group Lacteos Norte has halted deliveries to discount chain Ahorro Plus after the two failed to agree on prices.",
			want: []wantClaim{want(KindAction, "Lacteos Norte", "Ahorro Plus")}},
		{name: "suspended services at a hospital", text: "Insurer Umoja Health has suspended cashless services for its members at Nairobi's Lakeview Hospital over inflated bills.",
			want: []wantClaim{want(KindAction, "Umoja Health", "Lakeview Hospital")}},
		{name: "suspends shipments to", text: "Cementos Andinos suspends shipments to Constructora Pacifico over unpaid invoices.",
			want: []wantClaim{want(KindAction, "Cementos Andinos", "Constructora Pacifico")}},
		{name: "halted supplies with a pronoun subject", text: "Nordkem AB said on Monday it had halted supplies to paint maker Baltic Coatings.",
			want: []wantClaim{want(KindAction, "Nordkem AB", "Baltic Coatings")}},

		// negatives: halting its own work, places, an authority's halt
		{name: "neg halted production at its plant", text: "Lacteos Norte halted production at its Santander plant after a fire.", none: true},
		{name: "neg suspended flights to a city", text: "Andes Air suspended flights to Madrid because of the strike.", none: true},
		{name: "neg authority halts sales", text: "The drug regulator halted sales of Corvane Pharma's cough syrup.", noKind: []string{KindAction}},
	})
}
