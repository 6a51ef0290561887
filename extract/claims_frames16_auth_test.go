package extract

import "testing"

// Round 11 (T11A): recall of authority acts across writers. Passages are
// our own; each group mixes name styles, voices and orders, and carries
// near-miss negatives with the same words.

// "hit X with a penalty" keeps its target when the firm carries a trade
// description before it ("slapped crypto ATM operator X with") or an
// appositive after it ("hit X, a small miller in Y, with a fine").
func TestFrames16AuthHitWithDescribed(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "appositive-after-firm", text: "The Kenya Bureau of Standards has hit Mavuno Mills, a small miller based in Nakuru, with a 9 million shilling penalty for mislabelling flour.",
			want: []wantClaim{want(KindPenalty, "Kenya Bureau of Standards", "Mavuno Mills")}, notParty: []string{"Nakuru"}},
		{name: "appositive-longer", text: "Ofgem slapped Brightwire Energy, the supplier that collapsed owing customers £30m last winter, with a £4m fine on Tuesday.",
			want: []wantClaim{want(KindPenalty, "Ofgem", "Brightwire Energy")}},
		{name: "description-with-acronym", text: "Oregon's financial regulator slapped payday app operator QuickLoan Direct with a $250,000 penalty for hidden fees.",
			want: []wantClaim{want(KindPenalty, "financial regulator", "QuickLoan Direct")}},
		{name: "description-two-words", text: "The Competition Commission of India hit ride-hailing platform Zoomcab with a penalty of 12 crore rupees.",
			want: []wantClaim{want(KindPenalty, "Competition Commission of India", "Zoomcab")}},
		{name: "served-with-fine-described", text: "Brazil's consumer agency Senacon served e-commerce marketplace Compra Facil with a fine of 3 million reais.",
			want: []wantClaim{want(KindPenalty, "Senacon", "Compra Facil")}},
		// near misses: hit by events, a firm hitting rivals with price cuts
		{name: "neg-hit-with-price-cuts", text: "Tesco hit rival grocer Asda with a fresh round of price cuts on Monday.",
			noKind: []string{KindPenalty}},
		{name: "neg-storm-hit", text: "A storm hit Coastal Power, the island's only utility, with damage worth $3 million.",
			noKind: []string{KindPenalty}},
	})
}

// A licence noun told before its cancelling verb ("had its registration
// cancelled by", "whose permit was cancelled") is a revocation as much as
// "cancelled the licence of X".
func TestFrames16AuthLicenceCancelledBefore(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "had-its-registration-cancelled-by", text: "Lakeside Institute of Management has had its registration cancelled by the Tertiary Education Quality and Standards Agency after the regulator found students were not attending classes.",
			want: []wantClaim{want(KindPenalty, "Tertiary Education Quality and Standards Agency", "Lakeside Institute of Management")}},
		{name: "had-its-licence-cancelled-by-acronym", text: "Crypto broker Vaultora had its operating licence cancelled by Lithuania's central bank on Friday.",
			want: []wantClaim{want(KindPenalty, "central bank", "Vaultora")}},
		{name: "possessed-permits-were-cancelled-by", text: "Kivu Gold Ltd's mining permits were cancelled by the Ministry of Mines on Monday.",
			want: []wantClaim{want(KindPenalty, "Ministry of Mines", "Kivu Gold")}},
		// near misses: cancelled orders, flights, a firm's own registration of a product
		{name: "neg-order-cancelled", text: "Skyline Airways had its order for ten jets cancelled by the manufacturer.",
			noKind: []string{KindPenalty}},
		{name: "neg-firm-cancelled-event", text: "Harbor Events Ltd cancelled its registration drive for the trade fair.",
			noKind: []string{KindPenalty}},
	})
}

// An act on a counted class of firms reaches the members the writer names
// after "including", "such as" or "among them"; one-word unknown names
// listed so are firms.
func TestFrames16AuthClassMembersNamed(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "authorised-operators-including", text: "Peru's trade ministry has authorised nine more online casino operators to work in the country, including Apuestix and Golazo Bet, the ministry said.",
			want: []wantClaim{want(KindApproval, "trade ministry", "Apuestix"), want(KindApproval, "trade ministry", "Golazo Bet")}},
		{name: "revoked-licences-of-exporters-among-them", text: "The Uganda Coffee Development Authority revoked the licences of eight exporters on Monday, among them Elgon Beans Ltd and Rwenzori Roast.",
			want: []wantClaim{want(KindPenalty, "Uganda Coffee Development Authority", "Elgon Beans"), want(KindPenalty, "Uganda Coffee Development Authority", "Rwenzori Roast")}},
		{name: "ordered-lenders-such-as", text: "Indonesia's OJK ordered several peer-to-peer lenders, such as Danaku and Pinjam Kilat, to cap their interest rates.",
			want: []wantClaim{want(KindMandate, "OJK", "Danaku"), want(KindMandate, "OJK", "Pinjam Kilat")}},
		{name: "probe-into-insurers-including", text: "Kenya's Competition Authority is investigating four motor insurers, including Simba Cover and Jubilant Assurance, over suspected price fixing.",
			want: []wantClaim{want(KindProbe, "Competition Authority", "Simba Cover"), want(KindProbe, "Competition Authority", "Jubilant Assurance")}},
		// near misses: members of another clause, products, persons
		{name: "neg-products-including", text: "The Food Safety Authority banned three imported sweeteners, including aspartame blends sold by Dulcera.",
			notWant: []wantClaim{want(KindMandate, "Food Safety Authority", "Dulcera")}},
		{name: "neg-outlet-after-members", text: "Egypt's Competition Authority fined six steel makers a total of 50 million pounds for fixing prices, including Ezzsteel and Suez Rebar, Daily Nile reported.",
			want: []wantClaim{want(KindPenalty, "Competition Authority", "Ezzsteel")}, notTarget: []string{"Daily Nile"}},
		{name: "neg-persons-including", text: "The Securities Commission barred four brokers, including chief executive Tan Wei Ming, from trading.",
			notParty: []string{"Tan Wei Ming"}},
	})
}

// A body whose name ends in (or opens with) an office word and carries no
// sign of the state ("Office for Students", "Electricity Authority",
// "... Organisation (CDSCO)") is an authority once it fines, bars,
// revokes or directs a party to act: no firm does that.
func TestFrames16AuthActingBody(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "office-for-fined", text: "The Office for Water Standards has fined Riverbend Utilities Ltd £2 million for missing leakage targets.",
			want: []wantClaim{want(KindPenalty, "Office for Water Standards", "Riverbend Utilities")}},
		{name: "electricity-authority-directed", text: "Malawi's Electricity Authority has directed Shire Power Ltd, a small hydro operator, to stop charging reconnection fees to prepaid customers.",
			want: []wantClaim{want(KindMandate, "Electricity Authority", "Shire Power")}},
		{name: "organisation-acronym-ordered", text: "The National Medicines Control Organisation (NMCO) has ordered Zentara Labs to recall two batches of cough syrup.",
			want: []wantClaim{want(KindMandate, "NMCO", "Zentara Labs")}},
		{name: "gaming-board-barred", text: "The Gaming Board barred casino operator Lucky Reef Ltd from taking new players for six months.",
			want: []wantClaim{want(KindMandate, "Gaming Board", "Lucky Reef")}},
		{name: "board-of-revoked", text: "The Board of Pharmacy Standards revoked the licence of Cedar Chemists Ltd on Monday.",
			want: []wantClaim{want(KindPenalty, "Board of Pharmacy Standards", "Cedar Chemists")}},
		// near misses: the same heads buying, ordering goods, or directing films
		{name: "neg-service-ordered-goods", text: "Rapid Courier Service ordered 40 electric vans from Volta Trucks last week.",
			noKind: []string{KindMandate}},
		{name: "neg-supply-board-ordered-goods", text: "The Electricity Supply Board ordered 200 transformers from Siemens Energy.",
			noKind: []string{KindMandate}},
		{name: "neg-unit-directed-film", text: "The Film Unit directed Harbor Lights, a documentary about the port.",
			noKind: []string{KindMandate}},
	})
}

// An approval of a thing ("the nod to public offerings by X", "approved a
// solar project proposed by X", "cleared the application from X") approves
// the thing's owner.
func TestFrames16AuthApprovedThingOwner(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "nod-to-offerings-by", text: "Egypt's Financial Regulatory Authority gave the nod on Monday to public offerings by Nile Cotton Mills and Delta Sugar Co.",
			want: []wantClaim{want(KindApproval, "Financial Regulatory Authority", "Nile Cotton Mills")}},
		{name: "approved-project-proposed-by", text: "Peru's environmental agency Senace approved a copper project proposed by Andes Cobre SAC on Friday.",
			want: []wantClaim{want(KindApproval, "Senace", "Andes Cobre")}},
		{name: "cleared-application-from", text: "The Securities and Exchange Commission of Pakistan cleared the application from Indus Motors Ltd on Thursday.",
			want: []wantClaim{want(KindApproval, "Securities and Exchange Commission of Pakistan", "Indus Motors")}},
		{name: "authorised-rate-increase-of", text: "The Public Utilities Commission authorised a rate increase of 4% for Kauai Water Co, the commission said.",
			want: []wantClaim{want(KindApproval, "Public Utilities Commission", "Kauai Water")}},
		// near misses: approval of a rule by a firm's rival's request, a firm approving
		{name: "neg-firm-board-approved-plan-by", text: "The board of Marlow Foods approved a plan drawn up by consultants from Bain.",
			noKind: []string{KindApproval}},
		{name: "neg-plan-of-a-ministry", text: "The Cabinet approved a spending plan from the Ministry of Transport on Tuesday.",
			none: true},
		{name: "neg-approved-sale-to-buyer-unnamed", text: "The competition regulator approved the sale of a stake by the state pension fund.",
			none: true},
	})
}

// A firm pleading to or denying charges an authority brought is the party
// charged; a firm hauled into court past an appositive is still sued.
func TestFrames16AuthChargedAndHauled(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "pleaded-guilty-charges-brought-by", text: "Seafood exporter Tasman Reef Ltd has pleaded guilty to nine charges brought by the Ministry for Primary Industries of under-reporting its catch.",
			want: []wantClaim{want(KindProbe, "Ministry for Primary Industries", "Tasman Reef")}},
		{name: "denies-charges-filed-by", text: "Quarry operator Granito Norte denies the charges filed by Portugal's environment agency APA over dust emissions.",
			want: []wantClaim{want(KindProbe, "APA", "Granito Norte")}},
		{name: "hauled-list-appositive-into-court", text: "Kenya's Competition Authority has hauled Maziwa Fresh and Nyota Dairies, two Nakuru milk processors, into the High Court over price fixing.",
			want: []wantClaim{want(KindProbe, "Competition Authority", "Maziwa Fresh"), want(KindProbe, "Competition Authority", "Nyota Dairies")}},
		{name: "hauled-single-appositive-before-tribunal", text: "Ofcom hauled Brightline Mobile, a small virtual operator, before the Competition Appeal Tribunal.",
			want: []wantClaim{want(KindProbe, "Ofcom", "Brightline Mobile")}},
		// near misses: hauling goods, a firm's plea with no authority
		{name: "neg-hauled-cargo", text: "Trucker Ruta Sur hauled 40 tonnes of grain, mostly maize, from the port to the court district warehouses.",
			noKind: []string{KindProbe}},
		{name: "neg-pleaded-no-authority", text: "Harbor Freight Ltd pleaded guilty to charges over a warehouse fire, its lawyer said.",
			noKind: []string{KindProbe}},
	})
}

// An authority's second act told on "the <description>" ("ordered the
// publisher to ...", "directed the Delhi-based coaching institute to
// ...", "barred the college from ...") falls on the firm it just acted on,
// whatever the description's noun; people and the public are never it.
func TestFrames16AuthDescribedSecondAct(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "same-sentence-publisher", text: "Japan's consumer agency fined Kumo Games 300 million yen for misleading loot-box odds and ordered the publisher to disclose the real odds.",
			want: []wantClaim{want(KindMandate, "consumer agency", "Kumo Games")}},
		{name: "next-sentence-institute", text: "The Central Consumer Protection Authority has imposed a penalty of ₹5 lakh on Apex Scholars Pvt Ltd over misleading ads. The authority also directed the Jaipur-based coaching institute to withdraw the ads.",
			want: []wantClaim{want(KindMandate, "Central Consumer Protection Authority", "Apex Scholars")}},
		{name: "barred-the-college-from", text: "Ireland's Quality and Qualifications authority QQI fined Liffey Business College Ltd €40,000. QQI also barred the college from enrolling new students.",
			want: []wantClaim{want(KindMandate, "QQI", "Liffey Business College")}},
		{name: "told-the-hospital-group-to", text: "The Care Quality Commission fined Meridian Healthcare Ltd £200,000 and told the hospital group to hire more night staff.",
			want: []wantClaim{want(KindMandate, "Care Quality Commission", "Meridian Healthcare")}},
		// near misses: customers, staff and the public told to act are not the firm
		{name: "neg-customers-told", text: "The Central Bank of Ireland fined Harbour Credit Ltd €1 million and told the affected customers to contact the lender.",
			notWant: []wantClaim{want(KindMandate, "Central Bank of Ireland", "Harbour Credit")}},
		{name: "neg-chief-executive-ordered", text: "The Financial Conduct Authority fined Westgate Brokers Ltd £2 million and ordered the chief executive to step down.",
			notWant: []wantClaim{want(KindMandate, "Financial Conduct Authority", "Westgate Brokers")}},
	})
}

// A college, institute or hospital the text calls private or for-profit is
// a business an authority acts on; one called public, or a research
// institute, stays no party.
func TestFrames16AuthPrivateInstitution(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "private-college-passive-cancel", text: "Lakeview Institute of Commerce, a Melbourne private college with about 900 students, has had its registration cancelled by the Tertiary Education Quality and Standards Agency.",
			want: []wantClaim{want(KindPenalty, "Tertiary Education Quality and Standards Agency", "Lakeview Institute of Commerce")}},
		{name: "for-profit-university-fined", text: "Ohio's attorney general sued Buckeye Online University, a for-profit university, over misleading job-placement figures.",
			want: []wantClaim{want(KindProbe, "attorney general", "Buckeye Online University")}},
		{name: "private-hospital-ordered", text: "The Health Ministry ordered Nairobi West Clinic, a private hospital, to stop charging detention fees.",
			want: []wantClaim{want(KindMandate, "Health Ministry", "Nairobi West Clinic")}},
		// near misses: a public university, a research institute
		{name: "neg-public-university", text: "The ministry fined Aldgate University, a public university in London, over late filings.",
			notWant: []wantClaim{want(KindPenalty, "ministry", "Aldgate University")}},
		{name: "neg-research-institute", text: "The regulator ordered Fjordlab, a research institute in Bergen, to hand over its test data.",
			notWant: []wantClaim{want(KindMandate, "regulator", "Fjordlab")}},
	})
}

// A second participle after "and" ("was fined by X and ordered to ...")
// shares the first's subject and agent; "looking into why both operators'
// links failed" examines the firms the authority just acted on.
func TestFrames16AuthCoordinatedAndLookedInto(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "fined-by-and-ordered-to", text: "Doha money changer Al Noor Exchange was fined 90,000 riyals by the Qatar Central Bank and ordered to replace its compliance officer.",
			want: []wantClaim{want(KindMandate, "Qatar Central Bank", "Al Noor Exchange")}},
		{name: "suspended-by-and-barred-from", text: "Broker Kestrel Markets Ltd was censured by the Financial Conduct Authority and barred from taking on new clients for a year.",
			want: []wantClaim{want(KindMandate, "Financial Conduct Authority", "Kestrel Markets")}},
		{name: "looking-into-why-both-operators", text: "Uganda's communications regulator UCC fined Lyca Mobile Uganda and Smile Telecom 200 million shillings each. The regulator is also looking into why both operators' billing systems failed.",
			want: []wantClaim{want(KindProbe, "UCC", "Lyca Mobile Uganda"), want(KindProbe, "UCC", "Smile Telecom")}},
		// near misses: a firm's own second act, people told to act
		{name: "neg-firm-and-planned", text: "Al Noor Exchange was bought by Gulf Remit last year and planned to open ten branches.",
			noKind: []string{KindMandate}},
		{name: "neg-looking-into-why-customers", text: "The regulator fined Lyca Mobile Uganda. It is also looking into why customers' complaints went unanswered at other networks.",
			notWant: []wantClaim{want(KindProbe, "regulator", "Smile Telecom")}},
	})
}

// A referral to prosecutors, police or a court reaches its firms past
// their descriptions, however long the list.
func TestFrames16AuthReferredDescribedList(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "referred-described-pair-to-prosecutor", text: "Morocco's Competition Council said it had referred flour miller Atlas Minoterie and pasta maker Fes Semoule Co to the public prosecutor over suspected price coordination.",
			want: []wantClaim{want(KindProbe, "Competition Council", "Atlas Minoterie"), want(KindProbe, "Competition Council", "Fes Semoule")}},
		{name: "referred-three-to-police", text: "The Kenya Revenue Authority referred Rift Cement Ltd and Pwani Imports Ltd, two Mombasa traders, to the police for tax fraud.",
			want: []wantClaim{want(KindProbe, "Kenya Revenue Authority", "Rift Cement"), want(KindProbe, "Kenya Revenue Authority", "Pwani Imports")}},
		// near misses: a report referred, a clause between
		{name: "neg-referred-to-earlier-report", text: "The ministry referred to an earlier report by consultants at Deloitte that was sent to the court last year.",
			noKind: []string{KindProbe}},
	})
}
