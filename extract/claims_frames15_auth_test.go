package extract

import "testing"

// Round 10 (T10A): recall of authority acts on text by writers who never
// saw the rules. Passages are our own; each group mixes name styles,
// voices and orders, and carries near-miss negatives with the same words.

// An inspection or audit told only by what it found, with no agent of its
// own, is the inquiry of the authority that acted on the firm: in the same
// sentence ("suspended X's licence after inspectors found ..."), or as the
// speaker of the sentence after its act ("BaFin said an audit had found
// ..."). A firm's own inspectors or auditors examine nobody.
func TestFrames15AuthAgentlessInspection(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "inspectors-found-its-stations-road", text: "NAIROBI - Kenya's Energy and Petroleum Regulatory Authority suspended the licence of Tana Fuels Ltd for 30 days after inspectors found contaminated petrol at three of its stations along the Mombasa Road.",
			want: []wantClaim{want(KindProbe, "Energy and Petroleum Regulatory Authority", "Tana Fuels")}},
		{name: "inspectors-found-that-other-actor-form", text: "Bangladesh's Directorate General of Drug Administration has suspended the manufacturing licence of Meghna Drugs after inspectors found that cough syrup made there was contaminated, the directorate said.",
			want: []wantClaim{want(KindProbe, "Drug Administration", "Meghna Drugs")}},
		{name: "inspectors-had-found-next-sentence", text: "Peru's labour inspectorate SUNAFIL fined logistics firm Andes Carga 400,000 soles on Tuesday. SUNAFIL's chief said inspectors had found the company kept drivers on 16-hour shifts.",
			want: []wantClaim{want(KindProbe, "SUNAFIL", "Andes Carga")}},
		{name: "speaker-said-audit-found", text: "The Danish Financial Supervisory Authority ordered Nordvik Bank to tighten its money-laundering checks. The authority said an audit had found hundreds of alerts nobody had reviewed.",
			want: []wantClaim{want(KindProbe, "Danish Financial Supervisory Authority", "Nordvik Bank")}},
		{name: "speaker-said-that-inspection-showed", text: "Ghana's Food and Drugs Authority has ordered Coastal Biscuits Ltd to shut its Tema factory. The authority said that an inspection showed rodents in the storage area.",
			want: []wantClaim{want(KindProbe, "Food and Drugs Authority", "Coastal Biscuits")}},
		{name: "after-an-audit-found", text: "The Central Bank of Kenya has barred Pesa Haraka Ltd from taking new deposits after an audit found gaps in its customer checks.",
			want: []wantClaim{want(KindProbe, "Central Bank of Kenya", "Pesa Haraka")}},
		{name: "speaker-said-audit-had-been-ordered", text: "Nigeria's Securities and Exchange Commission suspended broker Lekki Capital from trading on Monday. The commission said a forensic audit had been ordered.",
			want: []wantClaim{want(KindProbe, "Securities and Exchange Commission", "Lekki Capital")}},
		{name: "neg-firm-said-audit-launched", text: "Nigeria's Securities and Exchange Commission suspended broker Lekki Capital from trading on Monday. Lekki Capital said an internal audit had been launched.",
			notWant: []wantClaim{want(KindProbe, "Lekki Capital", "")}},
		// negatives: the firm's own inspectors or auditors, findings about no firm
		{name: "neg-firm-said-audit-found", text: "Tana Fuels said an internal audit had found no wrongdoing by its staff.",
			noKind: []string{KindProbe}},
		{name: "neg-firm-own-inspectors", text: "Vantage Foods recalled 2,000 jars of pesto after its own inspectors found glass in one batch.",
			noKind: []string{KindProbe}},
		{name: "neg-inspectors-bridge", text: "Inspectors found the bridge safe to reopen, the transport ministry said on Monday.",
			none: true},
		{name: "neg-firm-speaker-after-authority", text: "The Central Bank of Kenya fined Pesa Haraka Ltd 5 million shillings. Pesa Haraka said an independent audit had found its controls sound.",
			notWant: []wantClaim{want(KindProbe, "Pesa Haraka", "")}},
	})
}

// Conditions that ride on an approval without the word "condition": a
// proviso after the approval ("provided the combined carrier gives up
// slots", "provided it raises its capital"), a requirement the approval
// "came with", "the merged company must ..." after a clearance, and "it"
// ordered in the approval's sentence: each binds the buyer (or the one
// firm approved).
func TestFrames15AuthApprovalConditions(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "proviso-combined-noun", text: "Chile's antitrust agency FNE on Tuesday approved, with conditions, the merger of bus operators Ruta Norte and Transportes Australes, provided the combined operator sells 40 routes in Santiago.",
			want: []wantClaim{want(KindMandate, "FNE", "Ruta Norte")}},
		{name: "proviso-it-single-firm", text: "The Reserve Bank of Malawi has given Chikondi Microfinance a provisional licence to take deposits, provided it raises its paid-up capital to 5 billion kwacha by June.",
			want: []wantClaim{want(KindMandate, "Reserve Bank of Malawi", "Chikondi Microfinance")}},
		{name: "proviso-that-buyer-name", text: "Poland's UOKiK cleared Baltyk Foods' purchase of dairy cooperative Mazury Mleko, provided that Baltyk Foods keeps buying milk from local farmers for five years.",
			want: []wantClaim{want(KindMandate, "UOKiK", "Baltyk Foods")}},
		{name: "approval-came-with-requirement", text: "The Bank of Tanzania's approval of Kilimo Bank's purchase of Pwani Savings came with a requirement that the enlarged bank keep every rural branch open until 2028.",
			want: []wantClaim{want(KindMandate, "Bank of Tanzania", "Kilimo Bank")}},
		{name: "merged-company-must-next-sentence", text: "Brazil's CADE has cleared the merger of drugstore chains Farmacia Uniao and Drogaria Serra. The regulator said the merged company must sell 60 stores in Minas Gerais within a year.",
			want: []wantClaim{want(KindMandate, "CADE", "Farmacia Uniao")}},
		{name: "ordered-it-after-authorising-takeover", text: "Hungary's competition office GVH has authorised grocer Tisza Market to buy Balaton Foods, a regional bakery chain, but ordered it to keep Balaton's shops open for two years.",
			want:    []wantClaim{want(KindMandate, "GVH", "Tisza Market")},
			notWant: []wantClaim{want(KindMandate, "GVH", "Balaton Foods")}},
		// near misses: a firm's own proviso, a requirement of a deal with no
		// approval, a merged firm no authority binds
		{name: "neg-firm-proviso", text: "Ruta Norte said it would buy 200 electric buses next year, provided the government extends its tax credit.",
			noKind: []string{KindMandate}},
		{name: "neg-deal-requirement", text: "Kilimo Bank's offer for Pwani Savings came with a requirement that Pwani's founders keep a 10% stake.",
			noKind: []string{KindMandate}},
		{name: "neg-merged-company-will", text: "Farmacia Uniao agreed to buy Drogaria Serra last year. The merged company must still find a new chief executive, analysts said.",
			noKind: []string{KindMandate}},
	})
}

// Authorities named by a head the rules lacked ("Energy Secretariat") and
// orders told as the documents an authority issues ("issued notices
// requiring A, B and C to explain ...").
func TestFrames15AuthIssuedDocuments(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "secretariat-ordered-including", text: "Mexico's Energy Secretariat ordered fuel importers, including Petrolera del Golfo and Combustibles Norteños, to hold 15 days of stocks.",
			want: []wantClaim{want(KindMandate, "Energy Secretariat", "Petrolera del Golfo"), want(KindMandate, "Energy Secretariat", "Combustibles Norteños")}},
		{name: "secretariat-of-fined", text: "The Secretariat of Commerce fined supermarket chain Mercado Austral 12 million pesos for unmarked prices.",
			want: []wantClaim{want(KindPenalty, "Secretariat of Commerce", "Mercado Austral")}},
		{name: "notices-requiring-list", text: "New Zealand's Commerce Commission has issued notices requiring Kiwi Broadband, Tasman Mobile and Southern Fibre to hand over pricing records within 20 working days.",
			want: []wantClaim{want(KindMandate, "Commerce Commission", "Kiwi Broadband"), want(KindMandate, "Commerce Commission", "Southern Fibre")}},
		{name: "directions-requiring", text: "The Reserve Bank of Fiji sent directions requiring Pacific Coast Bank to stop paying dividends.",
			want: []wantClaim{want(KindMandate, "Reserve Bank of Fiji", "Pacific Coast Bank")}},
		// near misses: a firm's notice, a secretariat of a trade body
		{name: "neg-firm-notice-requiring", text: "Tasman Mobile sent customers a notice requiring them to update their SIM cards.",
			noKind: []string{KindMandate}},
		{name: "neg-lower-secretariat", text: "The summit's secretariat said delegates would meet again in March.",
			none: true},
	})
}

// Deals as the object of an authority act: an inquiry into "X's bid for Y"
// or "a review of X's planned takeover of Y" examines both sides; "the
// acquisition of <country>'s X by Y" names Y as buyer; an authority that
// "opposed the merger of A and B" blocks it (a rival opposing it acts on
// nobody).
func TestFrames15AuthDealObjects(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "investigation-into-possessive-bid", text: "The UK's Competition and Markets Authority opened a phase 2 investigation on Tuesday into Harrow Freight's £900 million bid for rival Solent Logistics.",
			want: []wantClaim{want(KindProbe, "Competition and Markets Authority", "Harrow Freight"), want(KindProbe, "Competition and Markets Authority", "Solent Logistics")}},
		{name: "open-review-of-planned-takeover", text: "Spain's CNMC will open an in-depth review of Iberia Cable's planned takeover of regional operator Fibra Norte, the regulator said.",
			want: []wantClaim{want(KindProbe, "CNMC", "Iberia Cable"), want(KindProbe, "CNMC", "Fibra Norte")}},
		{name: "probe-of-possessive-merger-with", text: "South Africa's Competition Commission is investigating Karoo Mills' merger with Highveld Grain, officials said.",
			want: []wantClaim{want(KindProbe, "Competition Commission", "Karoo Mills")}},
		{name: "acquisition-of-countrys-firm-by", text: "Kenya's Competition Authority approved the acquisition of Uganda's Nile Breweries Ltd by Tanzania-based Kilimanjaro Drinks Holdings on Monday.",
			want: []wantClaim{want(KindApproval, "Competition Authority", "Nile Breweries"), want(KindApproval, "Competition Authority", "Kilimanjaro Drinks")}},
		{name: "authority-opposed-merger", text: "Chile's antitrust prosecutor FNE said it had opposed the planned merger of pharmacy chains Farmacias Sur and Botica Central.",
			want: []wantClaim{want(KindMandate, "FNE", "Farmacias Sur"), want(KindMandate, "FNE", "Botica Central")}},
		{name: "it-would-not-oppose-acquisition", text: "New Zealand's Commerce Commission said it would not oppose Kauri Foods' purchase of Tasman Bakeries.",
			want:   []wantClaim{want(KindApproval, "Commerce Commission", "Kauri Foods"), want(KindApproval, "Commerce Commission", "Tasman Bakeries")},
			noKind: []string{KindMandate}},
		// near misses: a rival opposing a deal, a review of a firm's own
		// plan, a bid noun with no second firm
		{name: "neg-rival-opposed-merger", text: "Rival chain Cruz Verde opposed the merger of Farmacias Sur and Botica Central, saying prices would rise.",
			noKind: []string{KindMandate}},
		{name: "neg-firm-review-of-own-takeover", text: "Harrow Freight said it had begun a review of its own takeover plans after shareholders objected.",
			noKind: []string{KindProbe}},
	})
}

// Members of a counted class named in part or past what the class is of:
// "fines on three suppliers of solvents - A, B and C -", and "A, B and C
// were among those penalised" after "fined five producers".
func TestFrames15AuthClassMembers(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "class-of-phrase-dash-list", text: "Italy's AGCM imposed fines of €40 million on four makers of school backpacks - Zaino Blu, Cartella Srl, Scuola Viva and Orsetto Bags - for fixing prices.",
			want: []wantClaim{want(KindPenalty, "AGCM", "Zaino Blu"), want(KindPenalty, "AGCM", "Orsetto Bags")}},
		{name: "class-of-phrase-colon-list", text: "Brazil's CADE fined two operators of port terminals: Santos Portuaria and Paranagua Cargas.",
			want: []wantClaim{want(KindPenalty, "CADE", "Santos Portuaria"), want(KindPenalty, "CADE", "Paranagua Cargas")}},
		{name: "among-those-fined-next-sentence", text: "Egypt's Competition Authority fined six poultry producers a total of 90 million pounds on Sunday. Delta Poultry, Nile Farms and Cairo Feeds were among those fined.",
			want: []wantClaim{want(KindPenalty, "Competition Authority", "Delta Poultry"), want(KindPenalty, "Competition Authority", "Cairo Feeds")}},
		{name: "included-next-sentence", text: "The Competition Commission of Pakistan fined four sugar producers on Friday. They included Indus Sugar and Ravi Sugar Mills.",
			want: []wantClaim{want(KindPenalty, "Competition Commission of Pakistan", "Indus Sugar")}},
		// near misses: a list that is not the class, a count of things
		{name: "neg-rivals-not-among", text: "Egypt's Competition Authority fined six poultry producers on Sunday. Rivals Delta Poultry and Nile Farms said they were not among them.",
			notWant: []wantClaim{want(KindPenalty, "Competition Authority", "Delta Poultry")}},
	})
}

// Inquiries whose firm is left to the act beside them: "After a two-year
// investigation, X fined A and B" (the inquiry told first) and "an
// inspection of the plant / the company's books" after an act on the
// plant's owner.
func TestFrames15AuthInquiryBesideAct(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "after-investigation-fined", text: "After an 18-month investigation into bread prices, Kenya's Competition Authority fined Jamii Bakers and Unga Foods a combined 300 million shillings.",
			want: []wantClaim{want(KindProbe, "Competition Authority", "Jamii Bakers"), want(KindProbe, "Competition Authority", "Unga Foods")}},
		{name: "following-probe-ordered", text: "Following a lengthy probe, Turkey's competition board ordered Anadolu Gida to end exclusive deals with grocers.",
			want: []wantClaim{want(KindProbe, "competition board", "Anadolu Gida")}},
		{name: "inspection-of-the-plant-next", text: "Vietnam's industry ministry ordered Hoa Phat Steel to halt a furnace after a worker died. The ministry said it had also started an inspection of the plant's safety equipment.",
			want: []wantClaim{want(KindProbe, "industry ministry", "Hoa Phat Steel")}},
		// near misses: an inquiry by someone named, a firm's own act after it
		{name: "neg-after-inquiry-by-court", text: "After an inquiry by a parliamentary committee, Jamii Bakers cut its bread prices.",
			noKind: []string{KindProbe}},
		{name: "neg-after-review-firm-act", text: "After a strategic review, Unga Foods sold its flour unit to Jamii Bakers.",
			noKind: []string{KindProbe}},
	})
}

// Small forms of authority acts writers everywhere use: taking a firm
// described with a hyphenated place ("Perth-based") to court; "told X Co.
// to" with the legal form's full stop; a fine imposed beside another
// measure ("will impose a corrective order and a 2.8 billion won fine on
// X"); "to okay" a deal.
func TestFrames15AuthSmallForms(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "taken-hyphen-based-firm-to-court", text: "New Zealand's Commerce Commission has taken Auckland-based car dealer Harbour Motors to the High Court over misleading finance terms.",
			want: []wantClaim{want(KindProbe, "Commerce Commission", "Harbour Motors")}},
		{name: "told-co-full-stop-to", text: "The Central Bank of Nigeria told Lagos Bureau Co. to close two branches over unreported cash deposits.",
			want: []wantClaim{want(KindMandate, "Central Bank of Nigeria", "Lagos Bureau")}},
		{name: "impose-order-and-fine-on", text: "Japan's Fair Trade Commission will impose a cease-and-desist order and a 900 million yen fine on appliance maker Kansai Denki.",
			want: []wantClaim{want(KindPenalty, "Fair Trade Commission", "Kansai Denki")}},
		{name: "expected-to-okay-merger", text: "Mexico's Cofece is expected to okay the merger of airlines Aero Bajío and Vuela Sur next month, sources said.",
			want: []wantClaim{want(KindApproval, "Cofece", "Aero Bajío")}},
		// near miss: a firm taking a rival to court is a suit, not a probe
		{name: "neg-firm-takes-rival-to-court", text: "Harbour Motors has taken Auckland-based rival Kiwi Cars to the High Court over a trademark.",
			noKind: []string{KindProbe}},
	})
}

// Charges and complaints an authority files: as the second verb of its
// sentence ("has ordered X to stop ... and filed formal charges against
// the company") and past the venue it files with ("filed a criminal
// complaint with the prosecutor's office against X"). A firm filing the
// second verb sues; an authority only named in the object files nothing.
func TestFrames15AuthFiledCharges(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "ordered-and-filed-charges", text: "Brazil's consumer agency Senacon has ordered courier Rapido Andino to stop charging hidden fees and filed formal charges against the company for misleading customers.",
			want: []wantClaim{want(KindProbe, "Senacon", "Rapido Andino")}},
		{name: "complaint-with-venue-against", text: "Vietnam's State Securities Commission has filed a criminal complaint with the Ministry of Public Security's investigation police against Hanoi-listed developer Red River Land JSC over falsified accounts.",
			want: []wantClaim{want(KindProbe, "State Securities Commission", "Red River Land")}},
		// near misses: a firm's second verb, an authority named in the object
		{name: "neg-firm-criticised-authority-and-filed", text: "Rapido Andino criticised Indecopi on Monday for its slow review and filed a lawsuit against rival Courier Sur.",
			notWant: []wantClaim{want(KindProbe, "Indecopi", "Courier Sur")}},
	})
}

// A fine told as not imposed is a negated penalty: "warned X but did not
// impose a fine", "ordered X to ... but imposed no fine", "Y escaped a fine
// after ..." beside the authority's fine on others.
func TestFrames15AuthDeniedFines(t *testing.T) {
	neg := func(actor, target string) wantClaim { return denied(KindPenalty, actor, target) }
	expectFrames(t, []frameCase{
		{name: "warned-but-did-not-impose", text: "Ghana's National Communications Authority warned Volta Telecom over dropped calls but did not impose a fine.",
			want: []wantClaim{neg("National Communications Authority", "Volta Telecom")}},
		{name: "ordered-but-imposed-no-fine", text: "The Danish Competition and Consumer Authority ordered Nordlys Energi to rewrite its contracts but imposed no fine.",
			want: []wantClaim{neg("Competition and Consumer Authority", "Nordlys Energi"), want(KindMandate, "Competition and Consumer Authority", "Nordlys Energi")}},
		{name: "third-firm-escaped-a-fine", text: "Spain's CNMC fined Hormigones Levante and Aridos Turia 12 million euros for sharing tenders. A third firm, Canteras Serra, escaped a fine after reporting the scheme.",
			want: []wantClaim{neg("CNMC", "Canteras Serra")}},
		// near misses: a fine no authority leaves out, a firm's own "no fine"
		{name: "neg-firm-no-fine-print", text: "Volta Telecom said its new plan comes with no fine print and no hidden fees.",
			none: true},
		{name: "neg-player-escaped", text: "Striker Kwame Boateng escaped a fine after the referee's report was withdrawn.",
			noKind: []string{KindPenalty}},
	})
}

// Parties of a state case told apart from the filing verb: "Y was also
// named as a defendant" after an authority's suit, "is (not) pursuing
// charges against X"; a denial is kept, negated.
func TestFrames15AuthCaseParties(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "also-named-as-defendant", text: "The Texas Attorney General sued pharmacy chain Lone Star Drugs on Tuesday. Its distributor, Pecos Medical Supply, was also named as a defendant.",
			want: []wantClaim{want(KindProbe, "Texas Attorney General", "Pecos Medical Supply")}},
		{name: "not-named-as-defendant", text: "The U.S. Department of Justice sued Harbor Freightways over price fixing. Rival Gulf Coast Haulers was not named as a defendant.",
			want: []wantClaim{denied(KindProbe, "Department of Justice", "Gulf Coast Haulers")}},
		{name: "not-pursuing-charges", text: "New Zealand's Serious Fraud Office said it was not pursuing charges against Kauri Capital.",
			want: []wantClaim{denied(KindProbe, "Serious Fraud Office", "Kauri Capital")}},
		// near misses: a firm's suit names a defendant; a firm pursuing a case
		{name: "neg-firm-suit-defendant", text: "Harbor Freightways sued rival Gulf Coast Haulers. Pecos Medical Supply was also named as a defendant.",
			noKind: []string{KindProbe}},
		{name: "neg-firm-pursuing-case", text: "Kauri Capital said it was pursuing a case against Tasman Bank over unpaid fees.",
			noKind: []string{KindProbe}},
	})
}
