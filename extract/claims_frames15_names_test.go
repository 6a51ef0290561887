package extract

import "testing"

// Round 10, names the catalogue lacks, across every set. Each table is one
// cause of a party not found or typed wrong, written in several name
// shapes, voices and regions, with near-miss negatives (persons, places,
// products) that share the shape.

// A state's office before its holder's name: the state must be known as a
// place, or "Pennsylvania Attorney General X" reads as one person's name.
func TestFramesNamesStateOffice(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "state attorney general sues", text: "Pennsylvania Attorney General Dana Whitfield sued regional grocer Susquehanna Fresh Markets on Wednesday over shelf prices.",
			want: []wantClaim{want(KindProbe, "Pennsylvania Attorney General", "Susquehanna Fresh Markets")}},
		{name: "two-word state, probe", text: "North Carolina Attorney General Joel Marsh has opened an investigation into payday lender QuickDollar Loans.",
			want: []wantClaim{want(KindProbe, "North Carolina Attorney General", "QuickDollar Loans")}},
		{name: "province's commission orders", text: "The Alberta Utilities Commission ordered Prairie Gas Co-op to stop disconnecting customers during cold snaps.",
			want: []wantClaim{want(KindMandate, "Alberta Utilities Commission", "Prairie Gas Co-op")}},
		{name: "state's regulator fines, passive", text: "Harbour Mutual was fined A$2 million by the Queensland Building and Construction Commission for unlicensed work.",
			want: []wantClaim{want(KindPenalty, "Queensland Building and Construction Commission", "Harbour Mutual")}},
		{name: "state possessive and descriptor", text: "Oregon's utility regulator told Cascade Pacific Power to bury lines in wildfire zones by 2027.",
			want: []wantClaim{want(KindMandate, "utility regulator", "Cascade Pacific Power")}},

		// negatives: a state in a firm's or a person's name
		{name: "neg firm named after a state", text: "Nevada Copper said it had signed a supply deal with Tonopah Freight.",
			noKind: []string{KindProbe, KindPenalty, KindMandate}},
		{name: "neg person from a state", text: "Maryland lawmakers debated a bill on fees, and Senator Ruth Coll said lenders would adapt.",
			none: true},
	})
}

// An office named by its holder ("Data Commissioner", "Traffic
// Commissioner") is the authority; "Commissioner" before a person's name
// still titles a person.
func TestFramesNamesCommissionerOffice(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "country's data commissioner fines", text: "Kenya's data commissioner fined Mkopo Rahisi 4.5 million shillings for sharing borrowers' contacts.",
			want: []wantClaim{want(KindPenalty, "data commissioner", "Mkopo Rahisi")}},
		{name: "capitalized office orders, firm answers", text: "The Data Commissioner has ordered Haraka Loans to stop calling borrowers' relatives. Haraka Loans said it would comply with the commissioner's order.",
			want: []wantClaim{want(KindMandate, "Data Commissioner", "Haraka Loans"), want(KindResponse, "Haraka Loans", "Data Commissioner")}},
		{name: "information commissioner after a country", text: "Britain's Information Commissioner fined Brightwave Media 750,000 pounds over unsolicited texts.",
			want: []wantClaim{want(KindPenalty, "Information Commissioner", "Brightwave Media")}},
		{name: "traffic commissioner revokes", text: "The Traffic Commissioner for Scotland revoked the operating licence of Clyde Valley Coaches Ltd after safety checks.",
			want: []wantClaim{want(KindPenalty, "Traffic Commissioner", "Clyde Valley Coaches")}},
		{name: "privacy commissioner investigates", text: "Canada's privacy commissioner has launched an investigation into Maplewise, the photo-sharing app.",
			want: []wantClaim{want(KindProbe, "privacy commissioner", "Maplewise")}},

		// negatives: a person titled commissioner; a former commissioner
		{name: "neg commissioner is a person's title", text: "Commissioner Vestager said she would meet Nordlicht Energie's chief executive next week.",
			none: true},
		{name: "neg a former commissioner joins a firm", text: "Former commissioner Ana Ruiz joined the board of Nuvem Pagamentos on Monday.",
			none: true},
	})
}

// A one-word name opening what follows a dateline and calling itself
// "it" is a speaking organization, as it is without the dateline.
func TestFramesNamesSpeakerAfterDateline(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "dash dateline, comply", text: "The trade ministry ordered delivery apps to show full prices. RABAT - Glovo said on Sunday it would comply with the ministry's order.",
			want: []wantClaim{want(KindResponse, "Glovo", "trade ministry")}},
		{name: "em dash dateline, appeal", text: "Chile's competition regulator fined Rapiflex over exclusive contracts. SANTIAGO — Rapiflex said it would appeal the regulator's fine.",
			want: []wantClaim{want(KindResponse, "Rapiflex", "competition regulator")}},
		{name: "dateline then name, denies", text: "NAIROBI - Zeta said it had not broken any rules after the Communications Authority fined it 2 million shillings.",
			want: []wantClaim{want(KindPenalty, "Communications Authority", "Zeta")}},

		// negatives: a person after the dateline; an outlet
		{name: "neg person after a dateline", text: "RABAT - Benali said he would comply with the ministry's order.",
			noKind: []string{KindResponse}},
	})
}

// A place of several words made an adjective ("Hong Kong-registered",
// "Abu Dhabi-based") is no name and no person; a person title inside a
// capitalized firm name ("Star", "Man") titles nobody.
func TestFramesNamesPlaceAdjectiveAndTitleWords(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "sanctions on place-based firms", text: "The U.S. Treasury Department imposed sanctions on Dubai-based Gulf Star Ship Management and two Hong Kong-registered firms, Lucky Tide Shipping and Ocean Jade Trading.",
			want:     []wantClaim{want(KindPenalty, "Treasury", "Gulf Star Ship Management")},
			notParty: []string{"Hong Kong", "Hong", "Kong-registered"}},
		{name: "two-word city adjective", text: "The central bank fined Abu Dhabi-based Falcon Crest Exchange 3 million dirhams for weak checks.",
			want: []wantClaim{want(KindPenalty, "central bank", "Falcon Crest Exchange")}, notTarget: []string{"Abu Dhabi"}},
		{name: "title word in a firm's name", text: "Macau's gaming regulator suspended the licence of Lucky Man Gaming for 30 days.",
			want: []wantClaim{want(KindPenalty, "gaming regulator", "Lucky Man Gaming")}},
		{name: "asset manager's name", text: "Brazil's securities regulator CVM fined Horizonte Asset Management 2 million reais.",
			want: []wantClaim{want(KindPenalty, "CVM", "Horizonte Asset Management")}},

		{name: "counted class with a two-word place, members after a comma", text: "The U.S. Treasury Department imposed sanctions on Gulf Star Ship Management and two Hong Kong-registered firms, Lucky Tide Shipping and Ocean Jade Trading.",
			want: []wantClaim{want(KindPenalty, "Treasury", "Lucky Tide Shipping"), want(KindPenalty, "Treasury", "Ocean Jade Trading")}},
		{name: "counted class with a one-word place", text: "The regulator fined two Lagos-based lenders, Kopa Credit and Haraka Loans, for harassing borrowers.",
			want: []wantClaim{want(KindPenalty, "regulator", "Kopa Credit"), want(KindPenalty, "regulator", "Haraka Loans")}},

		// negatives: a person with a title stays a person
		{name: "neg chairman inside a run", text: "Chairman Ricardo Lemos of Horizonte said the CVM had not contacted the firm.",
			notParty: []string{"Chairman Ricardo Lemos"}},
	})
}

// A business descriptor in apposition ("the country's largest online
// travel agency", "advertising agency") names a firm, not an authority.
func TestFramesNamesFirmAgency(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "largest online travel agency", text: "Hungary's competition authority GVH launched proceedings against Magyar Utazas, the country's largest online travel agency, over hotel rankings. Magyar Utazas said it would cooperate with the authority.",
			want: []wantClaim{want(KindProbe, "GVH", "Magyar Utazas"), want(KindResponse, "Magyar Utazas", "GVH")}},
		{name: "advertising agency apposition", text: "Kenya's competition authority fined Savanna Creative, the country's biggest advertising agency, 12 million shillings.",
			want: []wantClaim{want(KindPenalty, "competition authority", "Savanna Creative")}},
		{name: "a ratings agency described", text: "India's markets regulator SEBI has ordered Crisp Ratings, the nation's second-largest credit rating agency, to review its methods.",
			want: []wantClaim{want(KindMandate, "SEBI", "Crisp Ratings")}},

		// negatives: a real agency keeps its authority
		{name: "neg state agency apposition", text: "Zalora was fined by Bapeten, the country's nuclear energy agency, for storing sources badly.",
			want: []wantClaim{want(KindPenalty, "Bapeten", "Zalora")}},
	})
}

// A class noun then a list of lower-case brands: the list names the
// members the act binds ("carriers flynas and flyadeal").
func TestFramesNamesLowerBrandList(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "told carriers two brands", text: "The regulator has told low-cost carriers flynas and flyadeal to open self-service bag drops.",
			want: []wantClaim{want(KindMandate, "regulator", "flynas"), want(KindMandate, "regulator", "flyadeal")}},
		{name: "fined lenders three brands", text: "Kenya's data commissioner fined digital lenders zenka, tala and okash a combined 5 million shillings.",
			want: []wantClaim{want(KindPenalty, "data commissioner", "zenka"), want(KindPenalty, "data commissioner", "okash")}},
		{name: "barred apps", text: "India's central bank barred payment apps paytm and mobikwik from onboarding new users.",
			want: []wantClaim{want(KindMandate, "central bank", "paytm"), want(KindMandate, "central bank", "mobikwik")}},

		// negatives: size words and common words after the class noun
		{name: "neg carriers large and small", text: "The regulator told carriers large and small to cut their fees.",
			notTarget: []string{"large", "small"}},
		{name: "neg lenders old and new", text: "The ministry asked lenders old and new to report their rates.",
			notTarget: []string{"old", "new"}},
	})
}

// "competitor X" calls X a firm as "rival X" does.
func TestFramesNamesCompetitor(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "sued by competitor", text: "Northumbria Fibre is being sued by competitor Tynewire over damage to its ducts.",
			want: []wantClaim{want(KindAction, "Tynewire", "Northumbria Fibre")}},
		{name: "competitor sues", text: "Smaller competitor Kwikpay has sued Ledgerly over its exclusive deals with banks.",
			want: []wantClaim{want(KindAction, "Kwikpay", "Ledgerly")}},
	})
}

// A firm named again by part of its name: its first words though they
// open with a place ("Gulf Star"), an inner word between its place and its
// trade ("Lingxi"), its first word as a possessive before a capitalized word.
func TestFramesNamesShortForms(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "place-led short name answers", text: "The U.S. Treasury Department imposed sanctions on Gulf Star Ship Management. Gulf Star denied the allegations.",
			want: []wantClaim{want(KindResponse, "Gulf Star", "Treasury")}},
		{name: "place-led short name, other region", text: "Kenya's energy regulator fined Rift Valley Power Distributors 5 million shillings. Rift Valley said it would appeal the fine.",
			want: []wantClaim{want(KindResponse, "Rift Valley", "energy regulator")}},
		{name: "inner word short name acts", text: "China's drug regulator approved a therapy developed by Suzhou Lingxi Biotech. Lingxi licensed the rights to Merlion Pharma in January.",
			want: []wantClaim{want(KindAction, "Lingxi", "Merlion Pharma")}},
		{name: "inner word short name answers", text: "The Competition Commission fined Cape Fynbos Foods 20 million rand for price fixing. Fynbos said it would appeal.",
			want: []wantClaim{want(KindResponse, "Fynbos", "Competition Commission")}},
		{name: "possessive short name before a capital", text: "Brazil's Cade fined Paulista Cimentos over a cartel. Paulista's São Paulo plant was not affected, and Paulista said it would appeal the fine.",
			want: []wantClaim{want(KindResponse, "Paulista", "Cade")}},

		// negatives: a place alone after a place-led firm; a trade word alone
		{name: "neg the region alone", text: "The regulator fined Gulf Star Ship Management. Gulf states said they would study the case.",
			notParty: []string{"Gulf"}},
		{name: "neg last word of the name alone", text: "The Competition Commission fined Cape Fynbos Foods 20 million rand. Foods prices rose in the Cape.",
			notParty: []string{"Foods"}},
	})
}

// A central bank named in its own language is the authority, however a
// lender's name ("Banco Tupi") opens the same way.
func TestFramesNamesForeignCentralBank(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "banco central del", text: "The Banco Central del Uruguay barred Plata Oriental from issuing prepaid cards.",
			want: []wantClaim{want(KindMandate, "Banco Central del Uruguay", "Plata Oriental")}},
		{name: "banque centrale de", text: "The Banque Centrale de Tunisie fined Carthage Pay 200,000 dinars for weak controls.",
			want: []wantClaim{want(KindPenalty, "Banque Centrale de Tunisie", "Carthage Pay")}},
		{name: "bank sentral", text: "Bank Sentral Republik Indonesia has revoked the payment licence of Garuda Dompet.",
			want: []wantClaim{want(KindPenalty, "Bank Sentral Republik Indonesia", "Garuda Dompet")}},

		// negatives: a commercial bank whose name starts with "Banco"
		{name: "neg a lender named Banco", text: "The central bank fined Banco Tupi 2 million reais for late reports.",
			want: []wantClaim{want(KindPenalty, "central bank", "Banco Tupi")}},
	})
}

// A firm named again by the first words of a longer unknown name, however
// those words look alone ("Pearl River", "Rift Valley").
func TestFramesNamesLongShortForm(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "geographic-looking short name", text: "China's market regulator fined Pearl River Condiments 2 million yuan. Pearl River said it would fully cooperate with the regulator.",
			want: []wantClaim{want(KindResponse, "Pearl River", "market regulator")}},
		{name: "two words of three", text: "The Competition Authority of Kenya fined Mount Kenya Millers 3 million shillings. Mount Kenya said it would challenge the fine in court.",
			want: []wantClaim{want(KindResponse, "Mount Kenya", "Competition Authority of Kenya")}},

		// negative: the same words naming the place itself
		{name: "neg the river itself", text: "China's market regulator fined Pearl River Condiments 2 million yuan. Floods on the Pearl River delayed shipments.",
			notParty: []string{"Pearl River"}, check: atMost(1)},
	})
}

// A title-like noun before a name that ends like a business ("fund
// manager Kiwi Harbour Investments") describes a firm, not a person; a
// trade noun before a one-word name ("bookseller Empik") calls it a firm.
func TestFramesNamesTradeNounBefore(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "fund manager then a firm", text: "The Financial Markets Authority is investigating fund manager Kiwi Harbour Investments over fees.",
			want: []wantClaim{want(KindProbe, "Financial Markets Authority", "Kiwi Harbour Investments")}},
		{name: "asset manager holdings", text: "Hong Kong's securities regulator banned asset manager Lantau Peak Holdings from taking new clients.",
			want: []wantClaim{want(KindMandate, "securities regulator", "Lantau Peak Holdings")}},
		{name: "bookseller one word", text: "Poland's competition watchdog UOKiK has fined bookseller Czytak 4 million zlotys. Czytak said it would appeal.",
			want: []wantClaim{want(KindPenalty, "UOKiK", "Czytak"), want(KindResponse, "Czytak", "UOKiK")}},
		{name: "bakery one word", text: "Health inspectors ordered bakery Brotzeit to close. Brotzeit said it would comply with the order of the city's food agency.",
			want: []wantClaim{want(KindResponse, "Brotzeit", "")}},

		// negatives: a manager who is a person
		{name: "neg a fund manager who is a person", text: "Fund manager Anna Lindqvist said the regulator's fine on Nordkap Bank was too small.",
			notParty: []string{"Anna Lindqvist"}},
	})
}

// Departments named "<field> <country>" in Canada and Britain are
// authorities; the same shape elsewhere is a firm.
func TestFramesNamesDomainDepartment(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "transport department fines", text: "Transport Canada fined Maple Leaf Air C$120,000 for crew rest violations.",
			want: []wantClaim{want(KindPenalty, "Transport Canada", "Maple Leaf Air")}},
		{name: "food standards orders", text: "Food Standards Scotland ordered Highland Smokehouse Ltd to recall its salmon.",
			want: []wantClaim{want(KindMandate, "Food Standards Scotland", "Highland Smokehouse")}},
		{name: "health department approves a product in brackets", text: "OTTAWA - Halden Pharma said Health Canada has approved Rovexa (tilmarib), the company's weekly injection for psoriasis.",
			want: []wantClaim{want(KindApproval, "Health Canada", "Halden Pharma")}, notTarget: []string{"Rovexa"}},
		{name: "health department passive", text: "Northgate Pharma was ordered by Health Canada to stop selling the syrup.",
			want: []wantClaim{want(KindMandate, "Health Canada", "Northgate Pharma")}},

		// negatives: firms of the same shape
		{name: "neg airline named after a country", text: "Air Canada said it would appeal the fine imposed by the Canadian Transportation Agency.",
			notWant: []wantClaim{want(KindPenalty, "Air Canada", "")}},
		{name: "neg utility named after a country", text: "Energy Australia was fined by the regulator for overcharging.",
			want: []wantClaim{want(KindPenalty, "regulator", "Energy Australia")}},
	})
}

// A one-word name opening a sentence that answers an authority's act by
// name ("Inwi welcomed the ruling") is the answering party; a possessor
// of a challenge or appeal against an act is one too.
func TestFramesNamesAnsweringOneWord(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "welcomed the ruling, saying it", text: "Morocco's telecoms regulator ordered Maroc Fibre and Inwi to share their ducts. Inwi welcomed the ruling, saying it would speed up its own rollout.",
			want: []wantClaim{want(KindResponse, "Inwi", "telecoms regulator")}},
		{name: "rejected the fine after a dateline", text: "Kenya's competition authority fined Bidco and Zawadi Oils 40 million shillings. NAIROBI - Zawadi rejected the fine, saying it had broken no law.",
			want: []wantClaim{want(KindResponse, "Zawadi", "competition authority")}},
		{name: "possessive challenge to the decision", text: "The Competition Appeal Tribunal dismissed Pawcare's challenge to the CMA's decision.",
			want: []wantClaim{want(KindResponse, "Pawcare", "CMA")}},

		// negatives: a common word opening such a sentence; a person's appeal
		{name: "neg common word opens", text: "Parents welcomed the ruling that schools must publish fees.",
			noKind: []string{KindResponse}},
	})
}

// An apposition closed before the verb owns nothing after it ("X, the
// owner of the Zalo app, has partnered with Grab"); a site or portal in
// apposition calls the name before it a firm.
func TestFramesNamesApposedOwnerAndSite(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "owner apposition then a partner", text: "Vietnam's VNG Corp, the owner of the Zalo messaging app, has partnered with Grab to let users book rides.",
			want: []wantClaim{want(KindAction, "VNG", "Grab")}},
		{name: "operator apposition then a rival sued", text: "Dunamu, the operator of the Upbit exchange, has sued Bithaus Labs over copied software.",
			want: []wantClaim{want(KindAction, "Dunamu", "Bithaus Labs")}, notParty: []string{"Upbit"}},
		{name: "site apposition", text: "The Competition Commission fined Soko, the Kenyan e-commerce site, 8 million shillings for fake discounts.",
			want: []wantClaim{want(KindPenalty, "Competition Commission", "Soko")}},

		// negative: the owned thing in the apposition is still no party
		{name: "neg the owned app", text: "Dunamu, the operator of crypto exchange Upbit, was fined by the Financial Intelligence Unit.",
			notParty: []string{"Upbit"}},
	})
}

// A law named with a bracket inside ("Data Protection (Amendment) Act")
// is still the law a "must" stands under when no authority is named.
func TestFramesNamesBracketedLaw(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "amendment act binds a class", text: "Under Kenya's Data Protection (Amendment) Act, which took effect on Monday, digital lenders must obtain borrowers' consent before calling their relatives.",
			want: []wantClaim{want(KindMandate, "Data Protection (Amendment) Act", "")}},
		{name: "act with a year in brackets binds named firms", text: "Under the Payment Systems (2024) Act, Zeta Pay and Kopa Wallet must keep customer funds in trust accounts.",
			want: []wantClaim{want(KindMandate, "Payment Systems (2024) Act", "Zeta Pay"), want(KindMandate, "Payment Systems (2024) Act", "Kopa Wallet")}},

		// negative: a bracketed acronym of a firm is no law
		{name: "neg a bracket after a firm", text: "Under pressure from investors, Nakuru Mills (NML) must cut costs, analysts said.",
			noKind: []string{KindMandate}},
	})
}
