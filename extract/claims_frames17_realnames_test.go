package extract

import "testing"

// Round 13, real-world names: cabinet officials acting for their
// government, and affiliation adjectives that are never parties.

func TestRealNamesCabinetOfficials(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "treasurer orders divestment", text: "Treasurer Mark Ellery ordered Orchid Minerals Fund to sell its stake in Pilbara Lithium within 90 days, citing the national interest.",
			want: []wantClaim{want(KindMandate, "Mark Ellery", "Orchid Minerals Fund")}},
		{name: "country adjective before treasurer", text: "New Zealand Treasurer Ruth Whitcombe on Friday blocked Harbour Capital's bid for Kiwi Freight Ltd.",
			want: []wantClaim{want(KindMandate, "Ruth Whitcombe", "Harbour Capital")}},
		{name: "commerce minister orders", text: "Commerce Minister Rajiv Menon has ordered Flipkart to stop offering steep discounts on smartphones.",
			want: []wantClaim{want(KindMandate, "Rajiv Menon", "Flipkart")}},
		{name: "commerce secretary bars sales", text: "U.S. Commerce Secretary Dana Holloway told Nvidia to halt shipments of its H20 chips to China.",
			want: []wantClaim{want(KindMandate, "Dana Holloway", "Nvidia")}},
		{name: "economy minister fines", text: "Economy Minister Paulo Ferraz fined Lojas Brisa 2 million reais for misleading price tags.",
			want: []wantClaim{want(KindPenalty, "Paulo Ferraz", "Lojas Brisa")}},
		{name: "trade and industry minister approves", text: "Trade and Industry Minister Ebrahim Patel approved the merger of Sasfin Holdings and Capitec Bank on Monday.",
			want: []wantClaim{want(KindApproval, "Ebrahim Patel", "Sasfin")}},
		// near misses: a firm's officer with a similar title, a bare title
		{name: "company finance chief is no authority", text: "Orion Telecom finance chief Sara Lind told Vantage Networks to expect a revised offer.",
			noKind: []string{KindMandate}},
		{name: "company secretary is no authority", text: "Company Secretary Helen Marsh ordered new stationery for Bexley Foods Ltd.",
			noKind: []string{KindMandate}},
	})
}

func TestRealNamesAffiliationAdjectives(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "country-linked investors", text: "Treasurer Mark Ellery ordered four China-linked investors, including Orchid Minerals Fund, to sell their shares.",
			want: []wantClaim{want(KindMandate, "Mark Ellery", "Orchid Minerals Fund")}, notParty: []string{"China-linked"}},
		{name: "kremlin-backed lender", text: "The central bank fined Kremlin-backed lender Volga Credit Bank 3 million roubles.",
			want: []wantClaim{want(KindPenalty, "central bank", "Volga Credit Bank")}, notParty: []string{"Kremlin-backed"}},
		{name: "dubai-based firm", text: "The regulator ordered Dubai-based Falcon Pay and Riyadh-based Najm Wallet to suspend transfers.",
			want: []wantClaim{want(KindMandate, "regulator", "Falcon Pay")}, notParty: []string{"Dubai-based", "Riyadh-based"}},
		{name: "temasek-controlled", text: "Singapore's competition watchdog cleared Temasek-controlled Harbourline Shipping's purchase of Strait Tankers.",
			notParty: []string{"Temasek-controlled"}},
	})
}

func TestRealNamesOwnerCompany(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "owner's company after the firm", text: "The telecoms regulator declared Movilnet Andina a dominant carrier and ordered Carlos Ruiz's company to share its masts with rivals.",
			want: []wantClaim{want(KindMandate, "telecoms regulator", "Movilnet Andina")}, notParty: []string{"Carlos Ruiz"}},
		{name: "billionaire's conglomerate", text: "The markets regulator fined Orbit Ports Ltd and told billionaire Ravi Kapoor's conglomerate to disclose its offshore shareholders.",
			want: []wantClaim{want(KindMandate, "markets regulator", "Orbit Ports")}, notParty: []string{"Ravi Kapoor"}},
		{name: "founder's carmaker", text: "The safety agency opened a probe into Voltera Motors and ordered Elon Musk's carmaker to recall 40,000 vehicles.",
			want: []wantClaim{want(KindMandate, "safety agency", "Voltera Motors")}, notParty: []string{"Elon Musk"}},
		{name: "tycoon's airline", text: "Kenya's aviation authority grounded two jets of Skyway Air and told Peter Otieno's airline to retrain its pilots.",
			want: []wantClaim{want(KindMandate, "aviation authority", "Skyway Air")}, notParty: []string{"Peter Otieno"}},
		// near misses: no firm named before the owner, or the person is praised
		{name: "no firm before the owner", text: "The regulator praised Jane Doe's company for its work on accessibility.",
			notParty: []string{"Jane Doe"}},
	})
}

func TestRealNamesAuthoritiesInPlaces(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "authorities in two provinces", text: "Land authorities in Henan and Hubei have inspected Lotus Components' factory sites. Lotus Components said it would cooperate with the relevant departments.",
			want:     []wantClaim{want(KindProbe, "authorities in Henan and Hubei", "Lotus Components"), want(KindResponse, "Lotus Components", "authorities in Henan and Hubei")},
			notParty: []string{"Hubei"}},
		{name: "regulators in two cities", text: "Regulators in Shenzhen and Shanghai fined Pearl River Payments 2 million yuan.",
			want: []wantClaim{want(KindPenalty, "Regulators in Shenzhen and Shanghai", "Pearl River Payments")}},
		{name: "officials in a province", text: "Customs officials in Guangdong raided the offices of Delta Freight Co on Tuesday.",
			want: []wantClaim{want(KindProbe, "officials in Guangdong", "Delta Freight")}},
		{name: "authorities in a state", text: "Tax authorities in Maharashtra have fined Sunrise Retail Ltd 40 million rupees for unpaid taxes.",
			want: []wantClaim{want(KindPenalty, "authorities in Maharashtra", "Sunrise Retail")}},
		// near misses: "in" a place that is a firm's site, not the authority's seat
		{name: "firm's plant in a province", text: "Lotus Components opened a plant in Henan and Hubei last year.",
			none: true},
	})
}

func TestRealNamesOfficeInPlaceIsNoAuthority(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "firm's office in a country", text: "Foreign streaming services, including Netflix, must open a representative office in Vietnam under a law passed by the National Assembly.",
			notParty: []string{"office in Vietnam"}},
	})
}

func TestRealNamesFederalDistrictIsAPlace(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "federal district's prosecutors sue", text: "A Brasília court ordered lender Banco Cerrado to pay 5 million reais in damages, in a case brought by the Federal District's public prosecutors.",
			notParty: []string{"Federal District"}, noKind: []string{KindAction}},
		{name: "federal district government", text: "The Federal District government fined bus operator Viação Planalto for cutting routes.",
			noKind: []string{KindAction}},
	})
}

// Real names whose parts are stop words or acronyms ("SK On", "ANJ")
// are only whole through the catalogue.
func TestRealNamesCatalogued(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "stop word inside a battery maker", text: "Korea's antitrust regulator fined SK On 2 billion won for unfair subcontracting.",
			want: []wantClaim{want(KindPenalty, "antitrust regulator", "SK On")}},
		{name: "acronym of the gaming regulator", text: "The ANJ ordered Betclic to stop advertising to minors.",
			want: []wantClaim{want(KindMandate, "ANJ", "Betclic")}},
		{name: "comma-named ministry", text: "Japan's Ministry of Health, Labour and Welfare ordered Kobayashi Pharmaceutical to recall its red yeast supplements.",
			want: []wantClaim{want(KindMandate, "Ministry of Health, Labour and Welfare", "Kobayashi")}, notParty: []string{"Labour", "Welfare"}},
	})
}
