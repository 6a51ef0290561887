package extract

import "testing"

// Round 11 parties: a place or owner written before a lower-case trade
// description of the firm named next ("Lagos fintech Kudimata") only
// describes that firm; it is never a party itself.
func TestFrames16PartiesPlaceBeforeDescription(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "one-word place, one-word head, object", text: "The Central Bank of Nigeria fined Ibadan fintech Zolapay 40 million naira for weak customer checks.",
			want: []wantClaim{want(KindPenalty, "Central Bank of Nigeria", "Zolapay")}, notParty: []string{"Ibadan"}},
		{name: "two-word place, two-word description, acquisition", text: "Varda Holdings has agreed to buy Port Louis sugar refiner Rosebel Sucre for $80 million, the companies said on Monday.",
			want: []wantClaim{want(KindAction, "Varda Holdings", "Rosebel Sucre")}, notParty: []string{"Port Louis"}},
		{name: "two-word place, industry head, passive", text: "Kuala Lumpur spice grinder Rempah Jaya was fined 200,000 ringgit by the Malaysia Competition Commission on Tuesday.",
			want: []wantClaim{want(KindPenalty, "Malaysia Competition Commission", "Rempah Jaya")}, notParty: []string{"Kuala Lumpur"}},
		{name: "place, edtech head, order", text: "India's consumer protection authority ordered Pune edtech Vidyaroot to refund fees to 3,000 students.",
			want: []wantClaim{want(KindPenalty, "", "Vidyaroot")}, notParty: []string{"Pune"}},
		{name: "place, proptech head, probe", text: "The Competition Commission of South Africa opened an investigation into Durban proptech Kayaspace over listing fees.",
			want: []wantClaim{want(KindProbe, "Competition Commission of South Africa", "Kayaspace")}, notParty: []string{"Durban"}},
		{name: "industry head: coaching institute", text: "The consumer protection authority fined Kota coaching institute Vidyapath 500,000 rupees for misleading ads about exam results.",
			want: []wantClaim{want(KindPenalty, "", "Vidyapath")}, notParty: []string{"Kota"}},
		{name: "industry head: spice blender, passive", text: "Zanzibar spice blender Karafuu Mix was ordered by the Fair Competition Commission to stop selling mislabelled cloves.",
			want: []wantClaim{want(KindMandate, "Fair Competition Commission", "Karafuu Mix")}, notParty: []string{"Zanzibar"}},
		// near misses: a verb or a preposition between the names keeps both parties
		{name: "preposition then rival keeps the plaintiff", text: "Hornsby Steel filed a lawsuit against rival Coriander Metals over a furnace patent on Tuesday.",
			want: []wantClaim{want(KindAction, "Hornsby Steel", "Coriander Metals")}},
		{name: "verb then description keeps the subject", text: "Norvik Foods sued dairy producer Lakeland Creamery over a supply contract.",
			want: []wantClaim{want(KindAction, "Norvik Foods", "Lakeland Creamery")}},
	})
}

// An unknown name after a locative "in" is where something happened; it is
// neither a party nor what "the company" later means.
func TestFrames16PartiesPlaceAfterIn(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "collapse in a suburb, then the company", text: "A warehouse built by Tanuri Builders Ltd collapsed in Ruaka Heights on Monday. The National Construction Authority suspended the company's licence.",
			want: []wantClaim{want(KindPenalty, "National Construction Authority", "Tanuri Builders")}, notParty: []string{"Ruaka Heights"}},
		{name: "plants in a region, then it", text: "The agriculture ministry suspended exports from two plants run by meatpacker Carnes Boreal in Vale Serrano. Carnes Boreal said it would appeal the suspension.",
			want: []wantClaim{want(KindMandate, "", "Carnes Boreal"), want(KindResponse, "Carnes Boreal", "")}, notParty: []string{"Vale Serrano"}},
		{name: "project in the salt flat", text: "The environment agency approved a copper project in the Pampa Colorada proposed by Minera Quilla SA.",
			notParty: []string{"Pampa Colorada"}},
		{name: "raid near a town", text: "Competition inspectors raided the offices of Dairyland Foods Ltd near Kilbeggan on Tuesday, the Competition and Consumer Protection Commission said.",
			want: []wantClaim{want(KindProbe, "Competition and Consumer Protection Commission", "Dairyland Foods")}, notParty: []string{"Kilbeggan"}},
		// near misses: what is held or traded "in" a name is a firm
		{name: "stake in a firm stays a party", text: "The competition commission approved Harlow Capital's purchase of a 40% stake in Brightmoor on Friday.",
			hasTarget: []string{"Brightmoor"}},
	})
}

// "the college", "the institute", "the creamery": a trade noun too plain to
// refer back alone means the firm just named whose own name carries it.
func TestFrames16PartiesNameHeadReference(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "college barred after a fine", text: "The education regulator fined Riverside Business College Ltd 80,000 pounds for recruiting students it could not teach. The regulator also barred the college from enrolling new students until March.",
			want: []wantClaim{want(KindMandate, "", "Riverside Business College")}},
		{name: "institute appeals", text: "The Tertiary Education Quality and Standards Agency cancelled the registration of Kingsford Institute of Design on Monday. The institute said it would appeal to the tribunal.",
			want: []wantClaim{want(KindResponse, "Kingsford Institute of Design", "Tertiary Education Quality and Standards Agency")}},
		{name: "creamery ordered", text: "The Food Safety Authority fined Glenmore Creamery Ltd over listeria in its cheese and ordered the creamery to recall two batches.",
			want: []wantClaim{want(KindMandate, "Food Safety Authority", "Glenmore Creamery")}},
		{name: "clinic complies", text: "The health regulator suspended the licence of Sunrise Dental Clinic Pty Ltd. The clinic said it would comply with the suspension.",
			want: []wantClaim{want(KindResponse, "Sunrise Dental Clinic", "")}},
		// near misses: no firm carries the noun, so "the hospital" stays no party
		{name: "hospital not named as a firm", text: "The Health Ministry fined Medivo Pharma Ltd for selling unregistered drugs. A patient was taken to the hospital after a reaction.",
			want: []wantClaim{want(KindPenalty, "Health Ministry", "Medivo Pharma")}, notParty: []string{"hospital"}},
	})
}

// A name after "its <product noun>" is the firm's product: it neither
// takes the act nor stops "the publisher" meaning the firm.
func TestFrames16PartiesOwnedProduct(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "game then the publisher", text: "The Korea Fair Trade Commission fined Sunfall Studios 2 billion won over loot-box odds in its mobile game Ember Saga, and ordered the publisher to disclose the odds.",
			want: []wantClaim{want(KindMandate, "Korea Fair Trade Commission", "Sunfall Studios")}, notParty: []string{"Ember Saga"}},
		{name: "phone then the maker", text: "The consumer agency fined Orvano Mobile over battery claims for its flagship phone Zeta Max and told the maker to correct its ads.",
			want: []wantClaim{want(KindMandate, "", "Orvano Mobile")}, notParty: []string{"Zeta Max"}},
		{name: "drug then the drugmaker", text: "The health regulator suspended sales of Kelmont Pharma's cough syrup after tests on its children's syrup Tussivex, and ordered the drugmaker to recall all batches.",
			want: []wantClaim{want(KindMandate, "", "Kelmont Pharma")}, notParty: []string{"Tussivex"}},
		// near miss: a firm noun after "its" keeps the name a firm
		{name: "its unit stays a firm", text: "The central bank fined Baltic Holding's unit Nordpay Solutions 300,000 euros, and ordered its subsidiary Lumo Credit to stop lending.",
			hasTarget: []string{"Lumo Credit"}},
	})
}

// A lower-case brand set off by "a/an <description of a firm>" is a name,
// and so is every later use of the word.
func TestFrames16PartiesAppositiveLowerBrand(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "object with apposition, then subject", text: "Japan's Financial Services Agency has ordered zenbit, a Tokyo crypto exchange, to separate client assets by June. zenbit said it would follow the order.",
			want: []wantClaim{want(KindMandate, "Financial Services Agency", "zenbit"), want(KindResponse, "zenbit", "Financial Services Agency")}},
		{name: "fined, an online lender", text: "Kenya's Data Protection Commissioner fined kopaleo, an online lender, 5 million shillings for shaming borrowers.",
			want: []wantClaim{want(KindPenalty, "", "kopaleo")}},
		{name: "passive, hyphened description", text: "The licence of paywise, a Lagos-based payments start-up, was revoked by the Central Bank of Nigeria on Friday.",
			hasTarget: []string{"paywise"}},
		{name: "against, a rival app", text: "Bolt filed a lawsuit against ridelo, a rival ride-hailing app, over its driver contracts.",
			want: []wantClaim{want(KindAction, "Bolt", "ridelo")}},
		// near misses: a common word before such a description stays a word
		{name: "time word before a description", text: "The central bank fined Kestrel Bank last year, a record year for the lender, and nothing in the year since.",
			notParty: []string{"year"}},
		{name: "determiner before the word", text: "The regulator approved the merger, a deal between two lenders, on Monday.",
			notParty: []string{"merger"}},
	})
}

// After a list opener, "A B C and D E PLC" is two firms, though only the
// second carries the legal form.
func TestFrames16PartiesListBeforeLegalForm(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "including, penalty", text: "The Agriculture and Food Authority revoked the export licences of nine packers, including Nandi Hills Coffee and Kericho Blends Ltd, for unpaid levies.",
			hasTarget: []string{"Nandi Hills Coffee", "Kericho Blends Ltd"}},
		{name: "such as, fine", text: "The regulator fined three lenders, such as Harbour Crest Finance and Tamu Credit PLC, for hidden fees.",
			hasTarget: []string{"Harbour Crest Finance", "Tamu Credit PLC"}},
		{name: "between, deal", text: "The commission approved a joint venture between Nordic Timber Holdings and Baltic Pulp AS on Monday.",
			hasTarget: []string{"Nordic Timber Holdings", "Baltic Pulp AS"}},
		// near misses: one word before "and" keeps a firm's own name whole,
		// and so does a utility's "Power and Lighting Company"
		{name: "utility in a list stays one name", text: "The energy regulator fined three distributors, including Kenya Power and Lighting Company, over outages.",
			hasTarget: []string{"Kenya Power and Lighting Company"}},
		{name: "one-word side stays one name", text: "The regulator fined several makers, including Procter and Gamble Co, for misleading labels.",
			hasTarget: []string{"Procter and Gamble Co"}},
	})
}
