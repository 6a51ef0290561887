package extract

import "testing"

// Round 13 (T13R): firm responses told the many ways reporters write them,
// and firm statements that answer no authority. Passages are our own.

// A firm pledging to deliver or carry out the very thing asked ("would
// submit the plan", "will meet the deadline"), saying it already complies
// ("was already complying", "already compliant") or offering "full
// cooperation" answers the authority that acted on it.
func TestFramesR13DeliveryResponses(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "submit the plan by deadline", text: "The Securities Commission ordered Lumbini Capital to file a recapitalisation plan within 30 days. Lumbini Capital said it would submit the plan well before the deadline.",
			want: []wantClaim{stance(KindResponse, "Lumbini Capital", "Securities Commission", "comply")}},
		{name: "meet the deadline", text: "Kenya's Energy and Petroleum Regulatory Authority has told Savanna Fuels to install tank gauges at its depots by March. Savanna Fuels said it would meet the deadline.",
			want: []wantClaim{stance(KindResponse, "Savanna Fuels", "Energy and Petroleum Regulatory Authority", "comply")}},
		{name: "carry out the measures", text: "The Korea Fair Trade Commission ordered Hanul Logistics on Monday to end its exclusive contracts with shippers. Hanul Logistics said it would carry out the measures within six months.",
			want: []wantClaim{want(KindResponse, "Hanul Logistics", "Korea Fair Trade Commission")}},
		{name: "apply the new caps", text: "Chile's Subtel ordered Andes Movil to cap roaming charges at 50 pesos a megabyte. Andes Movil said it would apply the new caps from July.",
			want: []wantClaim{stance(KindResponse, "Andes Movil", "Subtel", "comply")}},
		{name: "already complying gerund", text: "The Pakistan Telecommunication Authority directed Zong Telecom to block 40 gambling sites. Zong Telecom said it was already complying with the directive.",
			want: []wantClaim{stance(KindResponse, "Zong Telecom", "Pakistan Telecommunication Authority", "comply")}},
		{name: "already compliant adjective", text: "Brazil's Anatel ordered Vereda Telecom to publish its coverage maps. Vereda Telecom said its maps were already compliant.",
			want: []wantClaim{stance(KindResponse, "Vereda Telecom", "Anatel", "comply")}},
		{name: "extending full cooperation", text: "The Civil Aviation Authority of Nepal grounded two aircraft of Himal Air on Friday. A Himal Air spokesman said the airline was extending full cooperation to the authority.",
			want: []wantClaim{want(KindResponse, "Himal Air", "Civil Aviation Authority of Nepal")}},
		// near misses: the firm's own business with the same verbs
		{name: "submit a bid is no answer", text: "Tallinn Port Logistics said it would submit a bid for the terminal concession next month.",
			noKind: []string{KindResponse}},
		{name: "apply for a licence is no answer", text: "The Central Bank of Kenya fined Tumaini Lending 2 million shillings last year. Tumaini Lending said it would apply for a deposit-taking licence in 2027.",
			noKind: []string{KindResponse}},
		{name: "compliant products no act", text: "Nordic Dairy Group said its new packaging is fully compliant with EU recycling targets.",
			noKind: []string{KindResponse}},
	})
}

// A firm's own business told with a response's words answers no authority,
// and the outlet a firm's director talks to is no firm.
func TestFramesR13BusinessIsNoResponse(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "registered users adjective", text: "The Bank of Tanzania has renewed the licence of Kilimo Pay. Kilimo Pay has about 250,000 registered merchants in Arusha.",
			noKind: []string{KindResponse}},
		{name: "paid subscribers adjective", text: "Ofcom cleared Tidewave Media's purchase of Harbour Radio on Monday. Tidewave Media now has 90,000 paid subscribers.",
			noKind: []string{KindResponse}},
		{name: "already signed contracts", text: "The Electricity Regulatory Authority has licensed Nile Breeze Power to build a 40 MW wind farm. Nile Breeze Power said it had already signed offtake contracts with two cement makers.",
			noKind: []string{KindResponse}},
		{name: "already raised money", text: "Indonesia's OJK granted Nusa Kredit a lending licence in March. Nusa Kredit said it had already raised $30 million from investors.",
			noKind: []string{KindResponse}},
		{name: "pay a price for a stake", text: "Chile's central bank approved Banco Austral's purchase of a stake in Pago Sur. Banco Austral agreed in April to pay 90 billion pesos for the stake.",
			noKind: []string{KindResponse}},
		{name: "agency had requested documents", text: "The Federal Trade Commission opened an inquiry into Brightloop Games last year. It added that the agency had requested documents on loot boxes.",
			noKind: []string{KindResponse}},
		{name: "told to stop accepting deposits", text: "The Bank of Zambia suspended the licence of Kafue Savings. It also directed Kafue Savings to stop accepting new deposits after the lender breached capital rules.",
			noKind: []string{KindResponse}},
		{name: "hours to comply is the order", text: "Peru's Osiptel fined Andina Movil 200,000 soles. The regulator gave the operator 72 hours to comply.",
			noKind: []string{KindResponse}},
		// the same words as an answer still count
		{name: "pay the fine still answers", text: "The Competition Authority of Kenya fined Savanna Dairies 12 million shillings. Savanna Dairies said it would pay the fine.",
			want: []wantClaim{stance(KindResponse, "Savanna Dairies", "Competition Authority of Kenya", "comply")}},
		{name: "already recalled still answers", text: "Brazil's Anvisa ordered Lumiar Farma to recall a batch of eye drops. Lumiar Farma said it had already recalled the batch.",
			want: []wantClaim{stance(KindResponse, "Lumiar Farma", "Anvisa", "comply")}},
	})
}

// "X director Y told RNZ the company ...": the outlet addressed is neither
// the responder nor any party; the director speaks for the firm.
func TestFramesR13ToldOutlet(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "director told RNZ", text: "The Civil Aviation Authority grounded two aircraft of Kea Air Charters on Monday. Kea Air Charters director Hemi Walker told RNZ the company was cooperating fully with the regulator.",
			want: []wantClaim{want(KindResponse, "Kea Air Charters", "Civil Aviation Authority")}, notParty: []string{"RNZ"}},
		{name: "chief executive told Bernama", text: "Bank Negara Malaysia fined Serai Remit 1.2 million ringgit. Serai Remit chief executive Aminah Yusof told Bernama the firm would pay the penalty.",
			want: []wantClaim{want(KindResponse, "Serai Remit", "Bank Negara Malaysia")}, notParty: []string{"Bernama"}},
		{name: "spokesman told NHK on Friday", text: "The Japan Fair Trade Commission raided Sakura Ticketing on Thursday. Sakura Ticketing spokesman Kenji Ito told NHK on Friday the company would cooperate fully with the commission.",
			want: []wantClaim{want(KindResponse, "Sakura Ticketing", "Japan Fair Trade Commission")}, notParty: []string{"NHK"}},
		// an authority telling a firm to act keeps the firm
		{name: "regulator told firm to stop", text: "Ofgem chief executive Jonathan Brearley told Brightwatt Energy to stop back-billing customers.",
			hasTarget: []string{"Brightwatt Energy"}},
	})
}

// Admitting the conduct charged accepts the case; agreeing to pay told with
// a day between, or by the authority speaking before a list of firms,
// answers it.
func TestFramesR13AdmitAndAgreedToPay(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "admitted its involvement", text: "The Competition Commission of Mauritius charged Rivière Sugar Mills with bid rigging in March. Rivière Sugar Mills admitted its involvement in the cartel.",
			want: []wantClaim{stance(KindResponse, "Rivière Sugar Mills", "Competition Commission of Mauritius", "comply")}},
		{name: "admits the charges", text: "Federal prosecutors charged Halcrest Shipping with falsifying ballast-water records. Halcrest Shipping admits the charges, its lawyer said.",
			want: []wantClaim{want(KindResponse, "Halcrest Shipping", "prosecutors")}},
		{name: "admitted to the violations", text: "Ghana's Energy Commission fined Volta Gas 3 million cedis for safety breaches. Volta Gas admitted to the violations and said it had replaced its depot manager.",
			want: []wantClaim{want(KindResponse, "Volta Gas", "Energy Commission")}},
		{name: "agreed on Tuesday to pay", text: "The Securities and Exchange Board of India accused Deccan Brokers of misusing client funds. Deccan Brokers agreed on Tuesday to pay 40 million rupees to settle the case.",
			want: []wantClaim{stance(KindResponse, "Deccan Brokers", "Securities and Exchange Board of India", "comply")}},
		{name: "authority speaks before a list", text: "Kenya's Competition Authority said six cement makers, including Savanna Cement, Athi River Mining and Rift Clinker, had agreed to pay a combined 400 million shillings to settle allegations of price fixing.",
			want: []wantClaim{want(KindResponse, "Savanna Cement", "Competition Authority"), want(KindResponse, "Rift Clinker", "Competition Authority")}},
		// near misses
		{name: "admitted sales slowed", text: "Ofgem fined Brightwatt Energy 2 million pounds in May. Brightwatt Energy admitted that sales had slowed in the second quarter.",
			notWant: []wantClaim{want(KindResponse, "Brightwatt Energy", "Ofgem")}},
		{name: "did not admit wrongdoing", text: "A federal judge in Oregon approved the settlement between Cascade Timber and the state attorney general. Cascade Timber did not admit wrongdoing.",
			notWant: []wantClaim{want(KindResponse, "Cascade Timber", "judge")}},
		{name: "settled without admitting", text: "The Commodity Futures Trading Commission fined Ridgeway Grain $3 million, and the firm settled without admitting wrongdoing.",
			notWant: []wantClaim{stance(KindResponse, "Ridgeway Grain", "Commodity Futures Trading Commission", "comply")}},
	})
}

// Denying reports that an act took place, or decrying a rival's decision,
// answers no authority.
func TestFramesR13NoAuthorityAnswered(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "denied reports it was fined", text: "Tbilisi Telecom denied media reports that it had been fined by the Communications Commission.",
			noKind: []string{KindResponse}},
		{name: "denied reports it was ordered", text: "ACCRA - Volta Cocoa on Monday denied media reports that it had been ordered by the Ministry of Trade and Industry to halt exports of cocoa butter to Europe.",
			noKind: []string{KindResponse}},
		{name: "called rival's decision arbitrary", text: "The central bank has told lenders to tighten fraud checks. Siam Wallet called Krungsri Pay's decision 'arbitrary' and said it was unfair.",
			noKind: []string{KindResponse}},
		{name: "said rival's decision arbitrary", text: "The central bank has told lenders to tighten fraud checks. Siam Wallet said Krungsri Pay's decision was arbitrary.",
			noKind: []string{KindResponse}},
		{name: "rival's decision unjustified", text: "Kenya's Communications Authority fined Safaricom 5 million shillings in June. Telkom Kenya said Safaricom's decision to cut its rates was unjustified.",
			notWant: []wantClaim{want(KindResponse, "Telkom Kenya", "Communications Authority")}},
		// the authority's own act is still answered
		{name: "denied the charges still answers", text: "Uganda's Capital Markets Authority charged Kampala Securities with insider dealing. Kampala Securities denied the charges.",
			want: []wantClaim{stance(KindResponse, "Kampala Securities", "Capital Markets Authority", "resist")}},
		{name: "regulator's decision unjustified", text: "Kenya's Communications Authority fined Telkom Kenya 5 million shillings in June. Telkom Kenya said the regulator's decision was unjustified.",
			want: []wantClaim{stance(KindResponse, "Telkom Kenya", "Communications Authority", "resist")}},
	})
}

// Welcoming the outcome, or calling the authority's charges misdirected or
// inaccurate, takes a stance on the act.
func TestFramesR13OutcomeAndDismissal(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "pleased with the outcome", text: "Namibia's Competition Tribunal approved Etosha Beverages' takeover of Kalahari Juice with job conditions. Etosha Beverages said it was pleased with the outcome.",
			want: []wantClaim{stance(KindResponse, "Etosha Beverages", "Competition Tribunal", "comply")}},
		{name: "pleased to reach a resolution", text: "The Competition Bureau ordered Prairie Rail to give rival shippers access to its Regina yard. Prairie Rail said it was pleased to have reached a resolution with the bureau.",
			want: []wantClaim{stance(KindResponse, "Prairie Rail", "Competition Bureau", "comply")}},
		{name: "charges misdirected", text: "Indonesian prosecutors charged Borneo Timber Holdings with illegal logging on Monday. Borneo Timber Holdings said the charges were misdirected.",
			want: []wantClaim{stance(KindResponse, "Borneo Timber Holdings", "prosecutors", "resist")}},
		{name: "findings inaccurate", text: "Peru's Osiptel fined Andina Movil 300,000 soles for coverage failures. Andina Movil said the regulator's findings were inaccurate.",
			want: []wantClaim{stance(KindResponse, "Andina Movil", "Osiptel", "resist")}},
		// near misses
		{name: "not pleased with the outcome", text: "Namibia's Competition Tribunal blocked Etosha Beverages' takeover of Kalahari Juice. Etosha Beverages said it was not pleased with the outcome.",
			notWant: []wantClaim{stance(KindResponse, "Etosha Beverages", "Competition Tribunal", "comply")}},
		{name: "outcome of a match", text: "Harare Brewing said it was pleased with the outcome of its shareholder vote.",
			noKind: []string{KindResponse}},
	})
}

// Asking for the authority's tests to be done again contests its findings.
func TestFramesR13Retest(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "ask for samples to be retested", text: "The Food Standards Agency ordered Moorland Dairies to recall two batches of cheese after tests found listeria. Moorland Dairies said it would ask for the samples to be retested.",
			want: []wantClaim{stance(KindResponse, "Moorland Dairies", "Food Standards Agency", "resist")}},
		{name: "requested an independent retest", text: "Kenya's Pharmacy and Poisons Board suspended the licence of Rift Pharma over substandard antibiotics. Rift Pharma has requested an independent retest of the batches.",
			want: []wantClaim{stance(KindResponse, "Rift Pharma", "Pharmacy and Poisons Board", "resist")}},
		{name: "sought a re-examination", text: "Vietnam's Ministry of Health fined Saigon Foods 90 million dong over contaminated noodles. Saigon Foods said it had sought a re-examination of the samples.",
			want: []wantClaim{stance(KindResponse, "Saigon Foods", "Ministry of Health", "resist")}},
		// near miss: a firm's own routine testing
		{name: "asked a lab to test", text: "Moorland Dairies said it had asked an outside laboratory to test its new yoghurt line.",
			noKind: []string{KindResponse}},
	})
}

// Putting back what was ordered restored, or completing the registration
// asked for, complies.
func TestFramesR13Reinstated(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "had reinstated the services", text: "The Cyberspace Administration of China told Huayu Video to restore the mini-programs of rival Kuaixin. Huayu Video said in a statement that it had reinstated most of the services.",
			want: []wantClaim{stance(KindResponse, "Huayu Video", "Cyberspace Administration of China", "comply")}},
		{name: "had restored the links", text: "The Nigerian Communications Commission directed Lumo Mobile to restore interconnection with Zenitel within 48 hours. Lumo Mobile said it had restored the links on Friday night.",
			want: []wantClaim{stance(KindResponse, "Lumo Mobile", "Nigerian Communications Commission", "comply")}},
		{name: "to complete the registration", text: "Indonesia's communications ministry blocked access to Nusantara Games after it missed a deadline to register. Nusantara Games said it was working to complete the registration this week.",
			want: []wantClaim{stance(KindResponse, "Nusantara Games", "communications ministry", "comply")}},
		// near miss: service restored after an outage, no authority
		{name: "restored service after outage", text: "Safaricom said it had restored mobile money services after a four-hour outage on Tuesday.",
			noKind: []string{KindResponse}},
	})
}
