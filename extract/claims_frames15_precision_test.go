package extract

import "testing"

// Round 10 precision and certainty: each group is one cause seen in several
// writers' texts, told here in other words, voices, orders and countries,
// with near misses that share the trigger words.

// A deal an authority has blocked, or one that is only a bid, has not
// happened: the acquisition is hedged (a block still pending in court or
// only asked for is not a block).
func TestPrec15BlockedDealHedged(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "blocked possessive purchase with price", text: "Britain's Competition and Markets Authority has blocked Harbury Foods' £310m purchase of bakery chain Millstone Loaves, saying shoppers would pay more.",
			want: []wantClaim{certain(KindAction, "Harbury Foods", "Millstone Loaves", Hedged)}},
		{name: "vetoed takeover", text: "Kenya's Competition Authority vetoed Savanna Dairies' takeover of Rift Milk Processors on Tuesday.",
			want: []wantClaim{certain(KindAction, "Savanna Dairies", "Rift Milk Processors", Hedged)}},
		{name: "prohibited acquisition, passive report", text: "The Federal Cartel Office has prohibited Nordwerk Logistik's acquisition of Elbe Kurier, the authority said on Monday.",
			want: []wantClaim{certain(KindAction, "Nordwerk Logistik", "Elbe Kurier", Hedged)}},
		{name: "probe of a bid", text: "The European Commission opened an in-depth investigation into Polish retailer Wisła Markets' €900 million bid for Czech rival Vltava Retail, citing concerns about prices.",
			want: []wantClaim{certain(KindAction, "Wisła Markets", "Vltava Retail", Hedged)}},
		{name: "bid told with its price", text: "Japan's Fair Trade Commission is reviewing Kiso Railways' 120 billion yen bid for bus operator Hida Coach Lines, the commission said.",
			want: []wantClaim{certain(KindAction, "Kiso Railways", "Hida Coach Lines", Hedged)}},
		// near misses: the deal is done; only the probe looks at it
		{name: "probe over a completed acquisition stays asserted", text: "China's market regulator has opened an investigation into Halvorsen Chips over its acquisition of sensor maker Tallow Devices, the regulator said.",
			want: []wantClaim{certain(KindAction, "Halvorsen Chips", "Tallow Devices", Asserted)}},
		{name: "court case to block is not a block", text: "The Justice Department sued to block Ridgeway Health's purchase of home-care provider Elmhurst Nursing, arguing prices would rise.",
			notWant: []wantClaim{certain(KindAction, "Ridgeway Health", "Elmhurst Nursing", Hedged)}},
	})
}

// "for allegedly ...", "over alleged ...": the grounds of an act are hedged,
// the act itself is not.
func TestPrec15AllegedGroundsNotHedged(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "probe for allegedly", text: "Spain's CNMC said on Tuesday it had opened disciplinary proceedings against courier app Rayo Envíos for allegedly misleading couriers about their earnings.",
			want: []wantClaim{certain(KindProbe, "CNMC", "Rayo Envíos", Asserted)}},
		{name: "fine over allegedly", text: "The Competition Commission of India fined cement maker Vindhya Cements 45 crore rupees over allegedly rigging bids for state contracts.",
			want: []wantClaim{certain(KindPenalty, "Competition Commission of India", "Vindhya Cements", Asserted)}},
		{name: "charges with media attribution stay reported", text: "Mexico's Cofece has charged supermarket chain Abarrotes del Norte over allegedly abusive supplier contracts, newspaper El Financiero reported on Monday.",
			want: []wantClaim{certain(KindProbe, "Cofece", "Abarrotes del Norte", Reported)}},
		// near misses: the act itself is in doubt
		{name: "act reportedly done", text: "The Bank of Ghana has reportedly fined Akwaaba Savings for allegedly breaching liquidity rules.",
			want: []wantClaim{certain(KindPenalty, "Bank of Ghana", "Akwaaba Savings", Hedged)}},
		{name: "allegedly before the act", text: "Regulators allegedly fined Tarragona Foods over labelling, a local paper said.",
			want: []wantClaim{certain(KindPenalty, "", "Tarragona Foods", Hedged)}},
	})
}

// A hedge in the main clause does not reach a fact told in a trailing
// ", after ..." clause or an ", adding that ..." clause.
func TestPrec15HedgeStopsAtAfterClause(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "expected order after an inspection", text: "Japan's Financial Services Agency is expected to issue an improvement order to Hokuriku Shinkin Bank next month, after an inspection found that staff sold risky bonds to pensioners, broadcaster NHK reported.",
			want: []wantClaim{certain(KindMandate, "Financial Services Agency", "Hokuriku Shinkin Bank", Hedged), certain(KindProbe, "Financial Services Agency", "Hokuriku Shinkin Bank", Reported)}},
		{name: "poised to order after an investigation", text: "The European Commission is poised to order Quickcart to change how it removes unsafe goods, two people familiar with the matter said, following a year-long investigation that found the marketplace did too little.",
			want: []wantClaim{certain(KindMandate, "European Commission", "Quickcart", Hedged)}},
		{name: "plans to appeal after the fine", text: "Danubia Telecom plans to appeal, after Hungary's competition authority fined the operator 2 billion forints for misleading adverts.",
			want: []wantClaim{certain(KindPenalty, "competition authority", "Danubia Telecom", Asserted), certain(KindResponse, "Danubia Telecom", "", Hedged)}},
		{name: "relative clause hedge", text: "Coastline Broadband, which is separately accused by a rival of damaging its ducts, said it was cooperating fully with Ofcom's investigation.",
			want: []wantClaim{certain(KindResponse, "Coastline Broadband", "Ofcom", Asserted)}},
		// near misses: the hedge governs the trigger itself
		{name: "may fine after review", text: "Norway's competition authority may fine Fjordnett after a review of its pricing, two people with knowledge of the case said.",
			want: []wantClaim{certain(KindPenalty, "competition authority", "Fjordnett", Hedged)}},
	})
}

// Unnamed people speaking to an outlet, an anonymous official, "a source
// at the agency", "bankers at both lenders": the claim rests on sources.
func TestPrec15UnnamedSpeakersReported(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "executives told a newspaper", text: "The Telecommunications Regulatory Authority has instructed Batelco and Zain Bahrain to block unregistered SIM cards by March, three industry executives told the Gulf Daily News.",
			want: []wantClaim{certain(KindMandate, "Telecommunications Regulatory Authority", "Batelco", Reported)}},
		{name: "anonymous official told an outlet", text: "The State Bank of Pakistan has directed Meezan Digital and Sadapay to refund Rs400 million to customers, an official of the central bank, who asked not to be named, told Dawn.",
			want: []wantClaim{certain(KindPenalty, "State Bank of Pakistan", "Meezan Digital", Reported)}},
		{name: "a source at the agency", text: "India's Enforcement Directorate searched the Pune offices of lending app Kuberpay on Thursday, according to a source at the agency.",
			want: []wantClaim{certain(KindProbe, "Enforcement Directorate", "Kuberpay", Reported)}},
		{name: "bankers at both lenders", text: "Banco Andino and Banco del Sur have been told by Peru's banking regulator SBS to stop charging fees on instant transfers, bankers at both lenders said on Monday.",
			want: []wantClaim{certain(KindMandate, "SBS", "Banco Andino", Reported)}},
		{name: "employees at the company said", text: "Vietnam's Ministry of Industry and Trade ordered Sendo Mart to suspend sales of imported cosmetics, employees at the company said.",
			want: []wantClaim{certain(KindMandate, "Ministry of Industry and Trade", "Sendo Mart", Reported)}},
		// near misses: a named or official speaker, an order told to a firm
		{name: "a spokesperson for the regulator", text: "The Telecommunications Regulatory Authority has instructed Batelco to block unregistered SIM cards by March, a spokesperson for the authority told the Gulf Daily News.",
			want: []wantClaim{certain(KindMandate, "Telecommunications Regulatory Authority", "Batelco", Asserted)}},
		{name: "told as an order", text: "The Central Bank of Jordan told Capital Bank and Etihad Bank to stop charging transfer fees, the central bank said on Sunday.",
			want: []wantClaim{certain(KindMandate, "Central Bank of Jordan", "Capital Bank", Asserted)}},
	})
}

// "contradicting reports that ...": reports named as what the speaker
// denies are no attribution of the claim.
func TestPrec15DeniedReportsNotSource(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "contradicting reports", text: "Ofcom has not opened an investigation into broadband firm Wessex Fibre, a spokesperson for the regulator said, contradicting reports on social media.",
			want: []wantClaim{deniedCertain(KindProbe, "Ofcom", "Wessex Fibre", Asserted)}},
		{name: "rebutting reports", text: "The Australian Competition and Consumer Commission has not sued grocer Harvest Lane, the watchdog said on Friday, rebutting reports in a tabloid.",
			want: []wantClaim{deniedCertain(KindProbe, "Australian Competition and Consumer Commission", "Harvest Lane", Asserted)}},
		{name: "the tabloid reported it", text: "The Australian Competition and Consumer Commission has sued grocer Harvest Lane, a tabloid reported on Friday.",
			want: []wantClaim{certain(KindProbe, "Australian Competition and Consumer Commission", "Harvest Lane", Reported)}},
	})
}

// A post on a platform, a statement or filing to an exchange: the place a
// firm speaks is not a party.
func TestPrec15SpeechVenueNotParty(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "post on Weibo", text: "China's industry ministry told carmakers to stop price wars. Geely said in a post on Weibo that it fully supports the ministry's guidance.",
			want: []wantClaim{want(KindResponse, "Geely", "ministry")}, notParty: []string{"Weibo"}},
		{name: "statement to an exchange", text: "Turkey's Competition Authority opened an investigation into dairy maker Sütaş Gıda on Tuesday. Sütaş said in a statement to Borsa Istanbul that it was cooperating with the authority.",
			want: []wantClaim{want(KindResponse, "Sütaş", "Competition Authority")}, notParty: []string{"Borsa Istanbul"}},
		{name: "filing to an exchange", text: "Bank Negara Malaysia fined Tenaga Remit RM2 million for lapses in screening. In a filing to Bursa Malaysia, Tenaga Remit said it would comply with the central bank's requirements.",
			want: []wantClaim{want(KindResponse, "Tenaga Remit", "Bank Negara Malaysia")}, notParty: []string{"Bursa Malaysia"}},
		{name: "LinkedIn post", text: "The Federal Trade Commission sued staffing firm Crewline over its non-compete clauses. Crewline said in a LinkedIn post that it would fight the case.",
			want: []wantClaim{want(KindResponse, "Crewline", "Federal Trade Commission")}, notParty: []string{"LinkedIn"}},
	})
}

// Acts only weighed: a bill that would let an authority act, a fine that
// could follow if a breach is proven, a deadline to decide whether to act.
func TestPrec15HypotheticalActs(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "bill that would let", text: "Brazil's Congress is debating a bill that would let CADE designate large digital platforms and fine them up to 10% of revenue.",
			none: true},
		{name: "draft law that would allow", text: "Parliament is weighing a draft law that would allow the Competition Commission to fine dominant apps for self-preferencing.",
			noKind: []string{KindPenalty, KindMandate}},
		{name: "could be fined if proven", text: "Czech regulator ÚOHS opened proceedings against courier firm Kurýr Rychle. If the breach is proven, the company could be fined up to 10% of its turnover.",
			want: []wantClaim{want(KindProbe, "ÚOHS", "Kurýr Rychle")}, noKind: []string{KindPenalty}},
		{name: "deadline to decide whether to approve", text: "The European Commission opened an investigation into Alpenbahn's purchase of Tirol Cargo. The Commission has until March 3 to decide whether to approve the deal.",
			noKind: []string{KindApproval}},
		// near miss: the fine was imposed
		{name: "fined after a bill", text: "Indonesia's KPPU fined ride-hailing firm Ojek Cepat 20 billion rupiah, weeks after parliament passed a bill that would let the agency act faster.",
			want: []wantClaim{want(KindPenalty, "KPPU", "Ojek Cepat")}},
	})
}

// "licensed" before a noun describes firms ("all licensed lenders"); it
// grants nothing.
func TestPrec15LicensedAdjective(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "all licensed providers", text: "TCRA also directed all licensed online content providers to host their servers inside Tanzania by June.",
			noKind: []string{KindApproval}},
		{name: "licensed lenders", text: "The central bank told all licensed lenders to report cyber incidents within six hours.",
			noKind: []string{KindApproval}},
		// near miss: a licence granted
		{name: "licensed a firm", text: "Qatar Central Bank has licensed digital wallet provider Doha Pay, the central bank said.",
			want: []wantClaim{want(KindApproval, "Qatar Central Bank", "Doha Pay")}},
	})
}

func deniedCertain(kind, actor, target, certainty string) wantClaim {
	w := denied(kind, actor, target)
	w.certainty = certainty
	return w
}

// Near misses of the blocked-deal rule: the block denied, a bid a firm
// makes itself.
func TestPrec15DealNotHalted(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "has not blocked", text: "Indonesia's KPPU has not blocked Nusantara Snacks' purchase of biscuit maker Garuda Biskuit, a spokesman said on Tuesday.",
			want: []wantClaim{certain(KindAction, "Nusantara Snacks", "Garuda Biskuit", Asserted)}},
		{name: "offer made by the firm", text: "Polish lender Wisła Bank has made a 3 billion zloty offer for Czech rival Vltava Banka, it said on Monday.",
			notWant: []wantClaim{certain(KindAction, "Wisła Bank", "Vltava Banka", Hedged)}},
	})
}

// What a firm is accused or suspected of is its conduct: the authority
// neither compels nor requires anything by it.
func TestPrec15AccusedConduct(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "suspecting it of forcing", text: "The Czech Office for the Protection of Competition has opened proceedings against online grocer Rohlik Plus, suspecting it of forcing suppliers to pay listing fees.",
			want: []wantClaim{want(KindProbe, "Office for the Protection of Competition", "Rohlik Plus")}, noKind: []string{KindPenalty, KindMandate}},
		{name: "accused of requiring", text: "Turkey's Competition Board accused Trendyolu of requiring sellers to use its own delivery arm.",
			want: []wantClaim{want(KindProbe, "Competition Board", "Trendyolu")}, noKind: []string{KindMandate}},
		{name: "on suspicion of ordering", text: "Police raided Zeta Foods on suspicion of ordering distributors to fix prices.",
			noKind: []string{KindMandate}},
		{name: "charged with barring", text: "The Competition Commission of India charged Indus Towers of barring rival operators from its sites.",
			noKind: []string{KindMandate}},
		// near misses: the authority's own act after "of"
		{name: "the order itself", text: "The Competition Board ordered Trendyolu to stop requiring sellers to use its own delivery arm.",
			want: []wantClaim{want(KindMandate, "Competition Board", "Trendyolu")}},
		{name: "fined for forcing", text: "The Korea Fair Trade Commission fined Yanolja 5 billion won for forcing motels to pay fees.",
			want: []wantClaim{want(KindPenalty, "Korea Fair Trade Commission", "Yanolja")}},
	})
}

// An outlet's own sourcing ("Stuff understands", "has learnt") makes a
// claim reported; a party that understands or learns does not.
func TestPrec15OutletLearns(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "understands at the end", text: "The Overseas Investment Office has approved Singapore-based Merlion Agri's purchase of Canterbury Dairy Farms, Stuff understands.",
			want: []wantClaim{certain(KindApproval, "Overseas Investment Office", "Merlion Agri", Reported)}},
		{name: "has learnt at the end", text: "The Ministry of Transport has directed Lusaka Cargo Ltd to suspend operations at its dry port for 14 days, the Zambia Daily Mail has learnt.",
			want: []wantClaim{certain(KindMandate, "Ministry of Transport", "Lusaka Cargo Ltd", Reported)}},
		{name: "has learned that up front", text: "The Kyiv Independent has learned that the Antimonopoly Committee of Ukraine fined grocer Silpo Market 40 million hryvnias.",
			want: []wantClaim{certain(KindPenalty, "Antimonopoly Committee of Ukraine", "Silpo Market", Reported)}},
		// near misses: a party understands or learns
		{name: "the regulator has learnt", text: "The Central Bank of Kenya fined Jamii Credit 5 million shillings after it learned that the lender had hidden losses.",
			want: []wantClaim{certain(KindPenalty, "Central Bank of Kenya", "Jamii Credit", Asserted)}},
		{name: "the firm understands the concerns", text: "Ofcom fined Wessex Fibre £2m. Wessex Fibre said it understands the regulator's concerns and would comply.",
			want: []wantClaim{certain(KindPenalty, "Ofcom", "Wessex Fibre", Asserted)}},
	})
}

// Grounds and nouns that only look like sources: "citing failures to
// report", "monthly transaction reports".
func TestPrec15SourceLookalikes(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "citing failures to report", text: "Peru's banking regulator revoked the operating licence of Lima remittance firm Giros Andinos on Thursday, citing repeated failures to report suspicious transfers.",
			want: []wantClaim{certain(KindPenalty, "", "Giros Andinos", Asserted)}},
		{name: "fronted citing failures to report", text: "Citing failures to report large cash deposits, Australia's financial intelligence agency, Austrac, imposed a penalty of A$3 million on Coral Coast Credit Union on Monday.",
			want: []wantClaim{certain(KindPenalty, "Austrac", "Coral Coast Credit Union", Asserted)}},
		{name: "transaction reports", text: "Bahrain's central bank licensed BenefitPay Plus on Monday. BenefitPay Plus must keep customer funds in segregated accounts and submit monthly transaction reports, the central bank said.",
			want: []wantClaim{certain(KindMandate, "central bank", "BenefitPay Plus", Asserted)}},
		// near misses: real sources
		{name: "citing a report", text: "Peru's banking regulator revoked the licence of Giros Andinos, citing a report by local newspaper El Comercio.",
			want: []wantClaim{certain(KindPenalty, "", "Giros Andinos", Reported)}},
		{name: "the paper reports", text: "Bahrain's central bank has fined BenefitPay Plus 50,000 dinars, the newspaper reports.",
			want: []wantClaim{certain(KindPenalty, "central bank", "BenefitPay Plus", Reported)}},
	})
}

// An inquiry announced ahead ("said it would inspect") is hedged; one
// whose finding is told ("after an investigation found") happened.
func TestPrec15InquiryTense(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "would inspect", text: "METI fined Kyoto Cells 20 million yen. METI said it would also inspect the plant of Shenzhen Volta, the supplier of the cells.",
			want: []wantClaim{certain(KindProbe, "METI", "Shenzhen Volta", Hedged)}},
		{name: "would audit", text: "Kenya's Communications Authority said it would audit Safaricom and Airtel Kenya in April.",
			want: []wantClaim{certain(KindProbe, "Communications Authority", "Safaricom", Hedged)}},
		{name: "may fine after an investigation found", text: "Turkey's Competition Board may fine delivery app Getirgel up to 10% of its revenue after an investigation found it had cut couriers' pay, according to a draft decision seen by Dünya newspaper.",
			want: []wantClaim{certain(KindPenalty, "Competition Board", "Getirgel", Hedged), certain(KindProbe, "Competition Board", "Getirgel", Asserted)}},
		{name: "lapses found during an audit", text: "The Federal Aviation Administration could propose penalties against Wichita Aerostructures over lapses found during a six-week audit of its plant, two people familiar with the matter said.",
			want: []wantClaim{certain(KindProbe, "Federal Aviation Administration", "Wichita Aerostructures", Reported)}},
		// near misses: a future act other than an inquiry; a future inquiry
		{name: "would impose a fine", text: "South Korea's Fair Trade Commission said it would impose a fine of 3 billion won on Coupang Eats.",
			want: []wantClaim{certain(KindPenalty, "Fair Trade Commission", "Coupang Eats", Asserted)}},
		{name: "may fine after a review", text: "Norway's competition authority may fine Fjordnett after a review of its prices.",
			want: []wantClaim{certain(KindPenalty, "competition authority", "Fjordnett", Hedged)}},
	})
}

// A fine and a suspension the authority itself imposes in one sentence are
// one sanction (the penalty); an order to suspend stays an order.
func TestPrec15SuspensionBesideFine(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "fined and suspended its business", text: "Japan's Financial Services Agency fined Sakura Securities 500 million yen for lax client checks and suspended its margin-lending business for three months.",
			want: []wantClaim{want(KindPenalty, "Financial Services Agency", "Sakura Securities")}, noKind: []string{KindMandate}},
		{name: "penalty then suspension after attribution", text: "Thailand's SEC imposed a fine of 12 million baht on Krungthep Brokerage, the regulator said on Monday, and suspended the broker's securities-borrowing service for 90 days.",
			want: []wantClaim{want(KindPenalty, "SEC", "Krungthep Brokerage")}, noKind: []string{KindMandate}},
		// near misses: an order to suspend; a suspension without a fine
		{name: "ordered to suspend", text: "The Bank of Ghana fined Adom Savings 2 million cedis and ordered it to suspend new lending for 90 days.",
			want: []wantClaim{want(KindPenalty, "Bank of Ghana", "Adom Savings"), want(KindMandate, "Bank of Ghana", "Adom Savings")}},
		{name: "suspension alone", text: "Bangladesh's drug regulator suspended production at Meghna Pharma's Gazipur plant after inspectors found contaminated syrup.",
			want: []wantClaim{want(KindMandate, "", "Meghna Pharma")}},
	})
}

// "pending the outcome of the probe": the probe told before, not one of
// the firm this sentence binds.
func TestPrec15AwaitedInquiry(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "pending the outcome of the probe", text: "Kenya's Competition Authority opened an investigation into lending app Haraka Loans on Monday. The authority also directed Google to remove the app from its Play Store pending the outcome of the probe.",
			want: []wantClaim{want(KindProbe, "Competition Authority", "Haraka Loans"), want(KindMandate, "", "Google")}, notWant: []wantClaim{want(KindProbe, "", "Google")}},
		{name: "until the investigation ends", text: "Peru's Indecopi opened an investigation into Andes Courier. Indecopi ordered Lima Parcel to keep serving the courier's customers until the investigation ends.",
			notWant: []wantClaim{want(KindProbe, "", "Lima Parcel")}},
		// near misses: an inquiry of the bound firm itself
		{name: "pending an audit of its books", text: "Argentina's CNV froze the client accounts of broker Plata Andina pending an audit of its books.",
			want: []wantClaim{want(KindProbe, "CNV", "Plata Andina")}},
	})
}

// Approvals that grant nothing to a firm: a thing approved ("a fare
// estimate approved by the authority"), an approval only awaited ("until
// it is licensed").
func TestPrec15ApprovalNotGranted(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "fare estimate approved by", text: "Egypt's transport regulator issued a directive requiring ride-hailing apps, including Swvl and Halan Rides, to show a fare estimate approved by the regulator before every trip.",
			noKind: []string{KindApproval}},
		{name: "tariffs approved by", text: "The Energy Regulatory Commission told Meralco to bill customers only at rates approved by the commission.",
			noKind: []string{KindApproval}},
		{name: "until it is licensed", text: "The Uganda Communications Commission told Orbitnet to stop selling its satellite kits in the country until it is licensed.",
			want: []wantClaim{want(KindMandate, "Uganda Communications Commission", "Orbitnet")}, noKind: []string{KindApproval}},
		{name: "unless the authority approves", text: "The Competition Commission ordered Karoo Cement not to close the deal unless the commission approves it.",
			noKind: []string{KindApproval}},
		// near misses: a deal approved by, a firm licensed
		{name: "a deal approved by shareholders beside the clearance", text: "The Competition Commission approved the merger of Karoo Cement and Vaal Aggregates, a deal approved by shareholders in May.",
			want: []wantClaim{want(KindApproval, "Competition Commission", "Karoo Cement")}},
		{name: "a deal already cleared by", text: "Jordan's Petra Logistics completed its purchase of Wadi Haulage, in a deal already approved by the Competition Directorate, the company said.",
			want: []wantClaim{want(KindApproval, "Competition Directorate", "Wadi Haulage")}},
		{name: "licensed, then until", text: "The Uganda Communications Commission has licensed satellite provider Orbitnet, which had stopped selling kits until it was cleared, a commission spokesman said.",
			want: []wantClaim{want(KindApproval, "Uganda Communications Commission", "Orbitnet")}},
	})
}

// A long clause before "said" is not the speaker: "over a quiz show that
// it said misled viewers" keeps the sentence asserted.
func TestPrec15SpeakerOfLongClause(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "it said inside a relative clause", text: "Hungary's media council fined private broadcaster TV Duna 900,000 forints over a late-night game show that it said misled viewers about the odds of winning.",
			want: []wantClaim{certain(KindPenalty, "media council", "TV Duna", Asserted)}},
		// near miss: an outlet speaks at the end
		{name: "the newspaper said", text: "Hungary's media council fined broadcaster TV Duna 900,000 forints over a game show, the newspaper Népszava said.",
			want: []wantClaim{certain(KindPenalty, "media council", "TV Duna", Reported)}},
	})
}

// Asking a court to fine or order binds no firm; a news agency named like
// an authority is no actor.
func TestPrec15AskedCourtAndOutletAgency(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "asking it to fine", text: "Norway's competition authority has sued road builders Fjellvei AS and Nordasfalt AS at the Oslo District Court, asking it to fine the companies 150 million crowns.",
			want: []wantClaim{want(KindProbe, "competition authority", "Fjellvei")}, noKind: []string{KindMandate}},
		{name: "petitioned the tribunal to order", text: "Chile's FNE filed a complaint against salmon farmers Austral Salmones and Patagonia Fish, asking the competition tribunal to order them to end the agreement.",
			noKind: []string{KindMandate}},
		{name: "news agency as the watchdog", text: "Kazakhstan's financial regulator is considering fining crypto exchange Steppe Coin, Kazinform News Agency reported. The watchdog completed an inspection of the exchange in May, the report said.",
			notParty: []string{"Kazinform News Agency"}},
		// near miss: a firm asked to act
		{name: "asked the firm to explain", text: "Kenya's Communications Authority asked Safaricom to explain the outage.",
			want: []wantClaim{want(KindMandate, "Communications Authority", "Safaricom")}},
	})
}

// Words of wish and threat hedge what follows them ("a proposal to
// acquire", "its intention to fine", "threatened to suspend", "plans a
// tie-up", "interest in buying"); a thing already done ("a fine imposed
// by", "pending an audit of its books") is not hedged by the plan about it.
func TestPrec15WishesAndFacts(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "withdrawn its proposal to acquire", text: "Canadian retailer Maple Mart has withdrawn its $4 billion proposal to acquire Japanese grocer Sakura Foods, saying the target had refused to engage.",
			want: []wantClaim{certain(KindAction, "Maple Mart", "Sakura Foods", Hedged)}},
		{name: "notice of its intention to fine", text: "Malaysia's MCMC has served a notice of its intention to fine streaming platform LayarKita RM300,000 for carrying unclassified films, the commission said.",
			want: []wantClaim{certain(KindPenalty, "MCMC", "LayarKita", Hedged)}},
		{name: "threatened to suspend", text: "Kyrgyzstan's communications regulator has threatened to suspend the licence of Tenir Mobile, the operator said.",
			want: []wantClaim{certain(KindPenalty, "regulator", "Tenir Mobile", Hedged)}},
		{name: "plans a codeshare tie-up", text: "Budget carrier Borneo Sky plans a codeshare tie-up with Indonesian airline Garuda Lintas covering 12 routes, its chief executive told reporters.",
			want: []wantClaim{certain(KindAction, "Borneo Sky", "Garuda Lintas", Hedged)}},
		{name: "expressed interest in buying", text: "A larger lender, Visayas Savings Bank, has expressed interest in buying Cebu Rural Bank's branches, two people familiar with the talks said.",
			want: []wantClaim{certain(KindAction, "Visayas Savings Bank", "Cebu Rural Bank", Hedged)}},
		// near misses: the thing itself is done
		{name: "plans to challenge a fine imposed by", text: "Gulf carrier Sahara Wings plans to challenge a 1.5 million dirham fine imposed by the UAE's General Civil Aviation Authority over late refunds, a person close to the airline said.",
			want: []wantClaim{certain(KindPenalty, "General Civil Aviation Authority", "Sahara Wings", Reported)}},
		{name: "pending an audit of its books", text: "Argentina's CNV froze the client accounts of broker Rio Plata Valores pending an audit of its books, two people familiar with the decision said.",
			want: []wantClaim{certain(KindProbe, "CNV", "Rio Plata Valores", Reported)}},
		{name: "threatened to block unless: an ultimatum", text: "Thailand's digital ministry has threatened to block streaming app SiamFlix unless it registers with the regulator within seven days, a ministry official said.",
			want: []wantClaim{certain(KindMandate, "digital ministry", "SiamFlix", Asserted)}},
		{name: "threatened species", text: "Kenya's wildlife regulator fined Rift Safaris 2 million shillings for disturbing threatened species.",
			want: []wantClaim{certain(KindPenalty, "wildlife regulator", "Rift Safaris", Asserted)}},
	})
}

// A sum written with a currency letter ("K750,000", "N5bn") is no firm.
func TestPrec15SumIsNoParty(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "kwacha amount after the company", text: "Zambia's Energy Regulation Board suspended the licence of fuel retailer Luapula Fuels Ltd. The board has also fined the company K500,000.",
			want: []wantClaim{want(KindPenalty, "Energy Regulation Board", "Luapula Fuels")}, notTarget: []string{"K500,000"}},
		{name: "kwacha amount after a name", text: "Malawi's competition commission said on Monday it had fined Shire Millers K40,000,000.",
			notTarget: []string{"K40,000,000"}},
		{name: "naira amount", text: "Nigeria's FCCPC fined Lagos Mart N5bn for price fixing.",
			notParty: []string{"N5bn"}},
		// near miss: a firm name opening with a letter and a digit
		{name: "A1 Bulgaria", text: "Bulgaria's competition commission fined A1 Bulgaria 3 million levs.",
			want: []wantClaim{want(KindPenalty, "competition commission", "A1 Bulgaria")}},
	})
}

// A firm that "could be fined" or "could face fines" if a condition holds
// is threatened, not fined; an authority that "could fine X if" weighs its
// own act (hedged).
func TestPrec15ConditionalThreat(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "could face fines if found guilty", text: "Brazil's Cade opened proceedings against PagaJá and Mercado Rápido. The companies could face fines of up to 20% of their revenue if found guilty.",
			noKind: []string{KindPenalty}},
		{name: "may be ordered to if", text: "Poland's UOKiK opened an inquiry into courier Paczkomat24. If the breach is confirmed, the firm may be ordered to open its lockers to rivals.",
			noKind: []string{KindMandate}},
		// near misses: the authority weighs its own act
		{name: "could fine both companies if", text: "Indonesia's KPPU could fine Ojekita and Garuda Motor if it finds their tie-up breaches the law, a commissioner told reporters.",
			want: []wantClaim{certain(KindPenalty, "KPPU", "Ojekita", Hedged)}},
		{name: "may suspend the licence if", text: "Kenya's Capital Markets Authority may suspend the licence of Mara Heights Securities if the shortfall is not covered within two weeks, one of the people said.",
			want: []wantClaim{certain(KindPenalty, "Capital Markets Authority", "Mara Heights Securities", Hedged)}},
	})
}

// An outlet named "... News" speaks for media.
func TestPrec15NewsOutletName(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "Geo News said", text: "Pakistan's competition watchdog fined Lucky Mart 50 million rupees, Geo News said.",
			want: []wantClaim{certain(KindPenalty, "competition watchdog", "Lucky Mart", Reported)}},
		{name: "according to Sky News", text: "Britain's Ofcom fined broadcaster Thames Vision £1.2m, according to Sky News.",
			want: []wantClaim{certain(KindPenalty, "Ofcom", "Thames Vision", Reported)}},
		// near miss: a firm named News Corp speaks for itself
		{name: "News Corp said", text: "Australia's ACCC fined Harbour Media A$2m, News Corp Australia said on Monday.",
			want: []wantClaim{certain(KindPenalty, "ACCC", "Harbour Media", Asserted)}},
	})
}

// A deal neared is not yet made.
func TestPrec15DealNeared(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "nearing a deal to merge", text: "Grab and Gojek are nearing a deal to merge, sources said.",
			want: []wantClaim{certain(KindAction, "Grab", "Gojek", Hedged)}},
		{name: "close to a deal to buy", text: "Thai retailer Siam Makro is close to a deal to buy Vietnamese grocer Saigon Fresh, two people familiar with the talks said.",
			want: []wantClaim{certain(KindAction, "Siam Makro", "Saigon Fresh", Hedged)}},
		// near miss: the deal closed
		{name: "closed a deal to buy", text: "Thai retailer Siam Makro closed a deal to buy Vietnamese grocer Saigon Fresh, the companies said.",
			notWant: []wantClaim{certain(KindAction, "Siam Makro", "Saigon Fresh", Hedged)}},
	})
}

// Where a firm is registered is no approval.
func TestPrec15RegisteredIn(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "registered in the United States", text: "Arduino LLC sued Arduino SRL in 2015. The company is registered in the United States, and it has continued to design the product line.",
			noKind: []string{KindApproval, KindResponse}},
		{name: "registered in Mauritius", text: "Lumen Pay sued Kopo Wallet in Nairobi. The company is registered in Mauritius, and it runs wallets in Kenya.",
			noKind: []string{KindApproval}},
		{name: "incorporated in the Cayman Islands", text: "Lumen Pay, which is incorporated in the Cayman Islands, runs wallets in Kenya and Uganda.",
			noKind: []string{KindApproval}},
		// near miss: registered by an authority as a provider
		{name: "registered as a provider", text: "Bank of Uganda has registered Lumen Pay as a payment service provider, the central bank said.",
			want: []wantClaim{want(KindApproval, "Bank of Uganda", "Lumen Pay")}},
	})
}

// A person named by the firm they work for is acted on, not the firm.
func TestPrec15PersonBehindFirm(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "fined a former employee", text: "The court fined a former Safaricom employee for fraud.",
			notWant: []wantClaim{want(KindPenalty, "", "Safaricom")}},
		{name: "charged two executives", text: "Munich prosecutors charged two former Wirecard executives with fraud.",
			notWant: []wantClaim{want(KindProbe, "", "Wirecard")}},
		{name: "barred a broker", text: "SEBI barred a Dalal Street Capital broker from the market for a year.",
			notWant: []wantClaim{want(KindMandate, "", "Dalal Street Capital")}},
		// near miss: the firm itself, then its staff
		{name: "fined the firm and its employees", text: "The court fined Safaricom and two of its employees for the data leak.",
			want: []wantClaim{want(KindPenalty, "court", "Safaricom")}},
	})
}

// Goods bought from a supplier are no acquisition of it.
func TestPrec15GoodsBoughtFrom(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "buys handsets from", text: "Safaricom buys handsets from Huawei and Samsung.",
			noKind: []string{KindAction}},
		{name: "bought network capacity wholesale from", text: "Wattle Mobile bought network capacity wholesale from Telstra last year.",
			noKind: []string{KindAction}},
		// near misses: a stake, stores, a firm bought from its owner
		{name: "bought a stake from", text: "Naspers bought a 20% stake in Swiggy from SoftBank.",
			want: []wantClaim{want(KindAction, "Naspers", "")}},
		{name: "buys the stores from", text: "Carrefour buys the Kenyan stores from Nakumatt.",
			want: []wantClaim{want(KindAction, "Carrefour", "Nakumatt")}},
	})
}

// A firm calling a rival's lawsuit baseless answers the rival, not the
// court hearing it.
func TestPrec15AnswerToFirmSuit(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "called the rival's lawsuit baseless", text: "Peruvian fishmeal maker Pesquera Sur has sued rival Austral Harinas before Indecopi's tribunal, accusing it of hoarding fishing quotas. The tribunal ordered Austral Harinas to hand over its quota records. Austral Harinas called the lawsuit baseless.",
			want: []wantClaim{want(KindAction, "Pesquera Sur", "Austral Harinas"), want(KindMandate, "tribunal", "Austral Harinas")}, noKind: []string{KindResponse}},
		// near miss: the answer names the order too
		{name: "called the lawsuit and the order unfair", text: "Peruvian fishmeal maker Pesquera Sur has sued rival Austral Harinas before Indecopi's tribunal. The tribunal ordered Austral Harinas to hand over its quota records. Austral Harinas called the lawsuit baseless and said it would appeal the order.",
			want: []wantClaim{want(KindResponse, "Austral Harinas", "tribunal")}},
	})
}

// A party agreeing to a deal enters it; it answers no authority.
func TestPrec15AgreedToDeal(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "agreed to the deal", text: "Egypt's competition watchdog said on Sunday it had approved Titan Cement's purchase of a 65% stake in Delta Cement, a producer in Upper Egypt. The Greek-Belgian cement maker agreed to the deal in May for 4.1 billion Egyptian pounds.",
			want: []wantClaim{want(KindApproval, "competition watchdog", "Titan Cement")}, noKind: []string{KindResponse}},
		{name: "agreed to the merger", text: "Kenya's Competition Authority approved Bamburi Cement's purchase of Rift Cement. Bamburi agreed to the merger in March.",
			noKind: []string{KindResponse}},
		// near miss: agreeing to an authority's conditions answers it
		{name: "agreed to the conditions", text: "Egypt's competition watchdog approved Titan Cement's purchase of a stake in Delta Cement after Titan agreed to the authority's conditions.",
			want: []wantClaim{want(KindResponse, "Titan", "competition watchdog")}},
	})
}
