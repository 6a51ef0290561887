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
