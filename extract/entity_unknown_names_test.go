package extract

import "testing"

// Unknown one-word and odd-case firm names: lower-case brands told by a
// firm noun before them or by the act that falls on them, one-word names
// opening a sentence that its attribution calls a firm; and the same words
// where they are no firm.
func TestUnknownNamesGrid(t *testing.T) {
	expectFrames(t, []frameCase{
		// lower-case brands after an authority's act on a firm
		{name: "fined lower-case brand then amount", text: "The Federal Trade Commission fined lifewire 3 million dollars for misleading subscribers about renewal fees.",
			want: []wantClaim{want(KindPenalty, "Federal Trade Commission", "lifewire")}},
		{name: "ordered lower-case brand to", text: "Brazil's central bank ordered payments firm pagora to suspend new accounts while it reviews fraud complaints.",
			want: []wantClaim{want(KindMandate, "central bank", "pagora")}},
		// lower-case brands after a firm noun
		{name: "operator lower-case brand partners", text: "MUSCAT - Telecoms operator zeta has partnered with Microsoft to build a cloud data centre in Oman, the companies said.",
			want: []wantClaim{want(KindAction, "zeta", "Microsoft")}},
		{name: "app lower-case brand passive order", text: "Lending app kredo has been ordered by the Reserve Bank of India to stop charging processing fees.",
			want: []wantClaim{want(KindMandate, "Reserve Bank of India", "kredo")}},
		{name: "telco lower-case brand object", text: "The Communications Authority of Kenya fined telco faiba 20 million shillings over dropped calls.",
			want: []wantClaim{want(KindPenalty, "Communications Authority of Kenya", "faiba")}},
		// one-word names the sentence's attribution calls a firm
		{name: "opening name appeal, the company said", text: "NEW DELHI - Jolda will appeal the fine imposed on it by the Competition Commission of India, the ride-hailing company said on Monday.",
			want: []wantClaim{want(KindResponse, "Jolda", "Competition Commission of India")}},
		{name: "opening name challenge, the operator said", text: "WARSAW - Vetra will challenge the order issued by the Office of Competition and Consumer Protection, the mobile operator said on Friday.",
			want: []wantClaim{want(KindResponse, "Vetra", "Office of Competition and Consumer Protection")}},
		{name: "two-letter brand after operator", text: "DUBAI - Telecoms operator du has partnered with Oracle to build a cloud region in Abu Dhabi.",
			want: []wantClaim{want(KindAction, "du", "Oracle")}},
		{name: "neg surname after person title", text: "Chairman Du said the group had partnered with Oracle on cloud services.",
			notParty: []string{"Du"}},
		// one-word names a later firm description speaks for
		{name: "opening name, the operator said", text: "TIRANA - Vexa will appeal the 4 million lek fine imposed on it by the Electronic and Postal Communications Authority, the mobile operator said on Monday.",
			want: []wantClaim{want(KindResponse, "Vexa", "Electronic and Postal Communications Authority")}},
		{name: "opening name, the lender said", text: "Korvo will contest the order from the Central Bank of Nigeria to raise its capital, the lender said in a statement.",
			want: []wantClaim{want(KindResponse, "Korvo", "Central Bank of Nigeria")}},
		{name: "neg opening place, officials said", text: "Lagos will enforce the order from the Central Bank of Nigeria, state officials said.",
			notParty: []string{"Lagos"}},
		// mixed-case brands in an authority's object slot
		{name: "granted mixed-case brand a licence", text: "Egypt's Financial Regulatory Authority granted valU a licence to offer consumer finance.",
			want: []wantClaim{want(KindApproval, "Financial Regulatory Authority", "valU")}},
		{name: "fined mixed-case brand", text: "Romania's consumer protection authority fined eMAG 2 million lei over misleading discounts.",
			want: []wantClaim{want(KindPenalty, "consumer protection authority", "eMAG")}},
		{name: "mixed-case brand listed after a firm", text: "Kenya's Competition Authority has opened an investigation into ride-hailing apps Uber and inDrive over fares.",
			want: []wantClaim{want(KindProbe, "Competition Authority", "inDrive")}},
		{name: "mixed-case brand listed first", text: "The Bangladesh Telecommunication Regulatory Commission ordered bKash and Nagad to cap cash-out fees.",
			want: []wantClaim{want(KindMandate, "Bangladesh Telecommunication Regulatory Commission", "bKash")}},
		{name: "neg mixed-case device listed", text: "The regulator said it was studying Samsung and iPadOS tablets sold in Kenya.",
			notParty: []string{"iPadOS"}},
		{name: "neg mixed-case product", text: "The regulator approved eSIM support for all phones sold in Egypt, officials said.",
			notParty: []string{"eSIM"}},
		// negatives: the same shapes with no firm
		{name: "neg adverb after firm noun", text: "The mobile operator also said it had paid the fine imposed by the Federal Trade Commission.",
			notParty: []string{"also"}},
		{name: "neg adverb after fined", text: "The regulator fined heavily last year, officials said.",
			notParty: []string{"heavily"}},
		{name: "neg opening time of day", text: "Noon is when the Competition Commission of India will rule on the merger, officials said.",
			notParty: []string{"Noon"}},
		{name: "neg opening person said", text: "Maria will appeal the decision of the Competition Commission of India, her lawyer said.",
			notParty: []string{"Maria"}},
		{name: "neg lower-case word after company", text: "The company itself has been ordered by the Reserve Bank of India to stop lending.",
			notParty: []string{"itself"}},
	})
}
