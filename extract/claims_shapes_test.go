package extract

import "testing"

// Sentence shapes that writers who never saw the rules use: each group
// varies names, voice and order around one structural cause, with
// near-miss negatives that share the trigger words.

// TestShapesCurrencyPrefix: a currency mark glued before '$' or a sum
// ('HK$4.8 million', 'C$2.2 billion', 'Rs 7.5 crore') is money, never a
// firm, a target or the end of a firm's name.
func TestShapesCurrencyPrefix(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "HK$ passive coordinated", text: "Kestrel Securities was censured and fined HK$4.8 million by the Securities and Futures Commission for weak controls, the regulator said.",
			want: []wantClaim{want(KindPenalty, "Securities and Futures Commission", "Kestrel Securities")}, notParty: []string{"HK"}},
		{name: "C$ possessed takeover passive approval", text: "Brightwater Telecom's C$2.2 billion takeover of Lakeside Cable was cleared on Monday by the Competition Bureau.",
			want: []wantClaim{want(KindApproval, "Competition Bureau", "Brightwater Telecom")}, notParty: []string{"C"}},
		{name: "Rs spaced penalty", text: "SEBI imposed a penalty of Rs 7.5 crore on Narmada Broking on Tuesday.",
			want: []wantClaim{want(KindPenalty, "SEBI", "Narmada Broking")}, notParty: []string{"Rs"}},
		{name: "A$ object", text: "The Australian Competition and Consumer Commission fined Koala Freight A$3 million for cartel conduct.",
			want: []wantClaim{want(KindPenalty, "Australian Competition and Consumer Commission", "Koala Freight")}, notParty: []string{"A"}},
		{name: "NZ$ fine on", text: "Kiwi Dairy Ltd must pay a NZ$2.4 million fine imposed by the Commerce Commission.",
			want: []wantClaim{want(KindPenalty, "Commerce Commission", "Kiwi Dairy")}, notParty: []string{"NZ"}},
		{name: "S$ passive", text: "Lion City Taxi was fined S$1.2 million by the Competition and Consumer Commission of Singapore.",
			want: []wantClaim{want(KindPenalty, "Competition and Consumer Commission of Singapore", "Lion City Taxi")}, notParty: []string{"S"}},
		{name: "R$ active", text: "Brazil's CADE fined Tupi Alimentos R$40 million for price fixing.",
			want: []wantClaim{want(KindPenalty, "CADE", "Tupi Alimentos")}, notParty: []string{"R"}},
		{name: "RM spaced", text: "The Malaysia Competition Commission fined Selangor Freight RM 2.5 million.",
			want: []wantClaim{want(KindPenalty, "Malaysia Competition Commission", "Selangor Freight")}, notParty: []string{"RM"}},
		{name: "Rp spaced", text: "Indonesia's KPPU fined Garuda Logistik Rp 22 billion for bid rigging.",
			want: []wantClaim{want(KindPenalty, "KPPU", "Garuda Logistik")}, notParty: []string{"Rp"}},
		{name: "KSh spaced", text: "The Competition Authority of Kenya fined Simba Mills KSh 15 million.",
			want: []wantClaim{want(KindPenalty, "Competition Authority of Kenya", "Simba Mills")}, notParty: []string{"KSh"}},
		{name: "N glued", text: "Nigeria's FCCPC fined Lagos Bottlers N50 million over unfair pricing.",
			want: []wantClaim{want(KindPenalty, "FCCPC", "Lagos Bottlers")}, notParty: []string{"N"}},
		{name: "naira sign", text: "Nigeria's FCCPC fined Lagos Bottlers ₦50 million over unfair pricing.",
			want: []wantClaim{want(KindPenalty, "FCCPC", "Lagos Bottlers")}, notParty: []string{"₦"}},
		{name: "US$ subject amount", text: "A US$12 million fine was imposed on Andes Copper by Chile's environment regulator SMA.",
			want: []wantClaim{want(KindPenalty, "SMA", "Andes Copper")}, notParty: []string{"US"}},
		{name: "Rs after object name", text: "The Competition Commission of India fined Kaveri Cement Rs 50 crore for cartelisation.",
			want: []wantClaim{want(KindPenalty, "Competition Commission of India", "Kaveri Cement")}, notParty: []string{"Rs", "Kaveri Cement Rs"}},
		{name: "A$ possessed deal passive agent", text: "Outback Rail's A$1.1 billion purchase of Pilbara Ports was approved by the Foreign Investment Review Board.",
			want: []wantClaim{want(KindApproval, "Foreign Investment Review Board", "Outback Rail")}, notParty: []string{"A"}},
		{name: "HK$ deal price", text: "Harbour Ferries agreed to buy Lantau Marine for HK$900 million, the companies said.",
			want: []wantClaim{want(KindAction, "Harbour Ferries", "Lantau Marine")}, notParty: []string{"HK"}},
	})
}

// TestShapesDescribedPassiveAgent: a 'by' agent introduced by a nationality
// and a free descriptor ('by Japanese trading house X', 'by state investor
// X') is X, whatever noun the descriptor ends in.
func TestShapesDescribedPassiveAgent(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "demonym trading house", text: "Yarra Lithium has been acquired by Japanese trading house Sakura Shoji for A$640 million, the companies said.",
			want: []wantClaim{want(KindAction, "Sakura Shoji", "Yarra Lithium")}, notParty: []string{"Japan", "Japanese"}},
		{name: "demonym seafood house taken over", text: "Fjord Salmon was taken over last year by Norwegian seafood house Havbruk Gruppen.",
			want: []wantClaim{want(KindAction, "Havbruk Gruppen", "Fjord Salmon")}},
		{name: "no demonym state investor", text: "Tamarind Telecom was bought by state investor Meranti Capital in a $1.2 billion deal.",
			want: []wantClaim{want(KindAction, "Meranti Capital", "Tamarind Telecom")}},
		{name: "demonym two-word descriptor sued", text: "Kestrel Airways has been sued by British package tour operator Sunway Holidays over unpaid refunds.",
			want: []wantClaim{want(KindAction, "Sunway Holidays", "Kestrel Airways")}},
		{name: "descriptor with the", text: "Lakeview Dairy was purchased by the Dutch farmers' cooperative Melkunie in March.",
			want: []wantClaim{want(KindAction, "Melkunie", "Lakeview Dairy")}},
		{name: "neg: plural people no name", text: "Yarra Lithium was acquired by Japanese investors last year and now sells its ore to Sakura Shoji.",
			notWant: []wantClaim{want(KindAction, "Sakura Shoji", "Yarra Lithium")}},
		{name: "neg: descriptor ends clause", text: "Yarra Lithium was founded by Japanese engineers, Sakura Shoji said.",
			noKind: []string{KindAction}},
	})
}

// TestShapesFirmNounSameSentence: a firm description later in the sentence
// ('the brokerage', 'the insurer') means the unknown name an act just fell
// on, even before anything typed that name a firm.
func TestShapesFirmNounSameSentence(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "fined then barred the brokerage", text: "SEBI fined Narmada Stockbroking Rs 2 crore on Monday and barred the brokerage from taking new clients for a year.",
			want: []wantClaim{want(KindPenalty, "SEBI", "Narmada Stockbroking"), want(KindMandate, "SEBI", "Narmada Stockbroking")}},
		{name: "penalty on then ordered the insurer", text: "The regulator imposed a penalty on Carpathia Asigurari and ordered the insurer to stop selling motor policies.",
			want: []wantClaim{want(KindMandate, "regulator", "Carpathia Asigurari")}},
		{name: "probe into then suspended the lender", text: "The central bank opened an inquiry into Mekong Credit Fund and suspended the lender's licence pending the review.",
			want: []wantClaim{want(KindProbe, "central bank", "Mekong Credit Fund")}},
		{name: "later sentence keeps prior firm", text: "Orion Telecom was fined by the regulator. The communications ministry later barred the operator from selling new plans.",
			want: []wantClaim{want(KindMandate, "communications ministry", "Orion Telecom")}},
		{name: "neg: description with its own name", text: "SEBI fined Narmada Stockbroking Rs 2 crore and barred the brokerage Kaveri Securities from new business.",
			notWant: []wantClaim{want(KindMandate, "SEBI", "Narmada Stockbroking")}},
	})
}

// TestShapesStaffAuthority: an authority told by its staff — place, field,
// plural person noun — acts as that authority.
func TestShapesStaffAuthority(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "demonym competition investigators searched", text: "Dutch competition investigators searched the offices of Hollandse Bouwstoffen and Kanaal Beton on Monday, the companies said.",
			want: []wantClaim{want(KindProbe, "competition investigators", "Hollandse Bouwstoffen"), want(KindProbe, "competition investigators", "Kanaal Beton")}},
		{name: "demonym tax inspectors", text: "Indian tax inspectors searched the premises of Kaveri Textiles in Chennai on Thursday.",
			want: []wantClaim{want(KindProbe, "tax inspectors", "Kaveri Textiles")}},
		{name: "passive by antitrust investigators", text: "The Warsaw offices of Wisla Chemia were raided by Polish antitrust investigators last week.",
			want: []wantClaim{want(KindProbe, "antitrust investigators", "Wisla Chemia")}},
		{name: "customs officers seized", text: "Kenyan customs officers raided the Mombasa warehouse of Simba Distributors Ltd on Friday.",
			want: []wantClaim{want(KindProbe, "customs officers", "Simba Distributors")}},
		{name: "neg: private investigators", text: "Private investigators hired by Kanaal Beton searched the records of Hollandse Bouwstoffen.",
			noKind: []string{KindProbe}},
		{name: "neg: bare nationality investigators found", text: "Dutch investigators found that a faulty valve caused the fire at a plant owned by Kanaal Beton.",
			noKind: []string{KindProbe}},
	})
}

// TestShapesFrontedCataphora: a fronted clause naming its firm only by
// 'it' takes the firm that opens the main clause.
func TestShapesFrontedCataphora(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "days after fined it", text: "Days after the central bank fined it for weak controls, Kestrel Bank replaced its chief executive.",
			want: []wantClaim{want(KindPenalty, "central bank", "Kestrel Bank")}},
		{name: "after ordered it to", text: "After the telecoms regulator ordered it to stop charging roaming fees, Savanna Mobile said it would comply.",
			want: []wantClaim{want(KindMandate, "telecoms regulator", "Savanna Mobile")}},
		{name: "when barred it", text: "When Brazil's CADE barred it from signing exclusive deals with restaurants, Comida Já appealed to a federal court.",
			want: []wantClaim{want(KindMandate, "CADE", "Comida Já")}},
		{name: "although probed it", text: "Although the Competition Commission investigated it twice, Limpopo Cement Ltd has never been fined.",
			want: []wantClaim{want(KindProbe, "Competition Commission", "Limpopo Cement")}},
		{name: "neg: 'it' is the authority itself", text: "After it opened an inquiry in March, the Competition Commission fined Limpopo Cement Ltd.",
			notWant: []wantClaim{want(KindProbe, "Competition Commission", "Limpopo Cement")}},
		{name: "neg: main clause opens with a person", text: "After the regulator fined it, chief executive Anna Berg of Kestrel Bank resigned.",
			notParty: []string{"Anna Berg"}},
	})
}

// TestShapesFindingGroundsAct: a finding told beside the fine or order it
// grounds is no inquiry of its own; a finding alone still is.
func TestShapesFindingGroundsAct(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "found and ordered", text: "The Communications Authority found that Savanna Mobile had breached its licence and ordered it to stop charging the fees.",
			want: []wantClaim{want(KindMandate, "Communications Authority", "Savanna Mobile")}, noKind: []string{KindProbe}},
		{name: "found and fined", text: "The energy regulator found that Baltic Gas Supply had overcharged households and fined the company 2 million euros.",
			want: []wantClaim{want(KindPenalty, "energy regulator", "Baltic Gas Supply")}, noKind: []string{KindProbe}},
		{name: "finding alone stays a probe", text: "The Competition Commission has found that Limpopo Cement Ltd abused its dominance in the province.",
			want: []wantClaim{want(KindProbe, "Competition Commission", "Limpopo Cement")}},
	})
}

// TestShapesGroundsInquiry: an act told 'after a N-month inquiry' also
// tells the acting authority's inquiry into the firm it acted on.
func TestShapesGroundsInquiry(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "fined after a 14-month inquiry", text: "The Bundeskartellamt fined Rheinland Paletten GmbH on Tuesday after a 14-month inquiry.",
			want: []wantClaim{want(KindProbe, "Bundeskartellamt", "Rheinland Paletten"), want(KindPenalty, "Bundeskartellamt", "Rheinland Paletten")}},
		{name: "passive ordered following its investigation", text: "Lusaka Millers was ordered to cut maize meal prices by the Competition and Consumer Protection Commission following its two-year investigation.",
			want: []wantClaim{want(KindProbe, "Competition and Consumer Protection Commission", "Lusaka Millers")}},
		{name: "nominal order after an inquiry", text: "The Bundeskartellamt's order against Rheinland Paletten GmbH, issued after a year-long inquiry, forbids the firm from bundling its services.",
			want: []wantClaim{want(KindProbe, "Bundeskartellamt", "Rheinland Paletten")}},
		{name: "neg: a court's ruling after a review", text: "The Higher Regional Court in Düsseldorf ordered Rheinland Paletten GmbH to pay damages after a two-day review.",
			noKind: []string{KindProbe}},
		{name: "neg: approval after a review", text: "The Competition Bureau approved Prairie Rail's purchase of Lakehead Freight after a six-month review.",
			noKind: []string{KindProbe}},
	})
}
