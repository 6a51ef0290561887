package extract

import "testing"

// Round 10, firm acts across every set. Each table is one linguistic
// cause of missed responses and actions, written in several name styles,
// voices, tenses and regions, with near-miss negatives that share its
// trigger words.

// A firm speaking through a platform or exchange: the medium named between
// the speech verb and "it" is not the one who answers.
func TestFramesFirmSpeaksThroughMedium(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "post on a platform", text: "China's market regulator ordered Meituan and Xiaomi to stop forcing merchants into exclusive deals. Xiaomi said in a post on Weibo that it fully accepted the regulator's decision.",
			want: []wantClaim{want(KindResponse, "Xiaomi", "market regulator")}, notParty: []string{"Weibo"}},
		{name: "statement to an exchange", text: "Brazil's Cade fined Frigorífico Serrano and Carnes Pampa 40 million reais for bid rigging. Frigorífico Serrano said in a statement to B3 on Tuesday that it would appeal the fine.",
			want: []wantClaim{want(KindResponse, "Frigorífico Serrano", "Cade")}, notParty: []string{"B3"}},
		{name: "exchange filing without that", text: "The Capital Markets Authority fined Nile Cement Co and Delta Steel over late disclosures. Nile Cement said in a filing to the Egyptian Exchange it would contest the decision.",
			want: []wantClaim{want(KindResponse, "Nile Cement", "Capital Markets Authority")}, notParty: []string{"Egyptian Exchange"}},
		{name: "described speaker, notice on a bourse", text: "Bank Negara Malaysia has fined Permata Insurance Bhd RM4 million for mis-selling. The insurer said in a notice on Bursa Malaysia that it was reviewing the decision and would comply with it.",
			want: []wantClaim{want(KindResponse, "Permata Insurance", "Bank Negara Malaysia")}, notParty: []string{"Bursa Malaysia"}},
		{name: "message via a messaging app", text: "Russia's communications watchdog Roskomnadzor has ordered Yandex and VK to remove the videos. VK said via a message on Telegram that it would comply with the order.",
			want: []wantClaim{want(KindResponse, "VK", "Roskomnadzor")}, notParty: []string{"Telegram"}},
		{name: "platform before the speaker", text: "India's Competition Commission fined Zestmart and Quikkart for predatory pricing. In a post on LinkedIn, Quikkart said it would challenge the ruling.",
			want: []wantClaim{want(KindResponse, "Quikkart", "Competition Commission")}, notParty: []string{"LinkedIn"}},

		// negatives: the platform is itself the firm answering, or no authority acted
		{name: "neg platform is the one ordered", text: "China's cyberspace regulator ordered Weibo to suspend its trending-topics list for a week. Weibo said in a statement that it would comply with the order.",
			want: []wantClaim{want(KindResponse, "Weibo", "cyberspace regulator")}},
		{name: "neg a deal told in a post", text: "Nio said in a post on Weibo that it would partner with CATL on battery swapping.",
			noKind: []string{KindResponse}, notWant: []wantClaim{want(KindAction, "Weibo", "")}},
		{name: "neg a person speaks", text: "The central bank fined Hanseatic Pay. A spokesman for the central bank said in a post on X that it would publish its reasons.",
			noKind: []string{KindResponse}},
	})
}

// A firm's legal challenge named by its remedy or its court: the remedy's
// name varies by legal system (amparo, writ, claim of illegality), and the
// court a decision is taken to may have a long name.
func TestFramesFirmLegalChallenge(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "seek an amparo", text: "Mexico's telecoms regulator IFT fined Cablevisión del Norte 12 million pesos for throttling rivals. The operator said it would seek an amparo against the fine.",
			want: []wantClaim{stance(KindResponse, "Cablevisión del Norte", "IFT", "resist")}},
		{name: "filed a writ petition", text: "The Competition Commission of India imposed a penalty of Rs 52 crore on cement maker Vindhya Cements. Vindhya Cements has filed a writ petition in the Delhi High Court against the order.",
			want: []wantClaim{stance(KindResponse, "Vindhya Cements", "Competition Commission of India", "resist")}},
		{name: "claim of illegality", text: "Chile's Financial Market Commission fined broker Andes Valores 250 million pesos for late reporting. Andes Valores said it would lodge a claim of illegality with the court of appeals.",
			want: []wantClaim{stance(KindResponse, "Andes Valores", "Financial Market Commission", "resist")}},
		{name: "take to a long-named court", text: "Spain's CNMC fined Energía Levante €3 million for misleading bills. Energía Levante said it would take the decision to the National High Court.",
			want: []wantClaim{stance(KindResponse, "Energía Levante", "CNMC", "resist")}},
		{name: "took the fine to a federal administrative court", text: "Swiss competition authority Comco fined Alpen Logistik AG 8 million francs in May. Alpen Logistik took the fine to the Federal Administrative Court in St Gallen last week.",
			want: []wantClaim{stance(KindResponse, "Alpen Logistik", "Comco", "resist")}},
		{name: "petition for cassation", text: "The Ankara regional court upheld the Competition Authority's fine on Marmara Gıda. Marmara Gıda said it would file for cassation.",
			want: []wantClaim{want(KindResponse, "Marmara Gıda", "")}},

		// negatives: the same remedies sought by no answering firm, or a firm taken to court
		{name: "neg writ against a rival", text: "Vindhya Cements said it had filed a writ petition against Satpura Cement over a supply dispute.",
			noKind: []string{KindResponse}},
		{name: "neg take a rival to a long-named court", text: "Energía Levante said it would take Iberluz Comercial to the National High Court over unpaid fees.",
			noKind: []string{KindResponse}},
		{name: "neg seek an amparo, no act", text: "Human rights groups said they would seek an amparo against the new surveillance law.",
			none: true},
	})
}

// Complying told as progress: the firm is on track, working, racing or
// taking steps to meet the act's deadline or to comply, often after a
// first clause of what it has done already.
func TestFramesFirmComplyingInProgress(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "on track after a done clause", text: "Egypt's civil aviation authority told Nile Air and Cairo Wings to install new baggage scanners before the summer season. Cairo Wings said it had already installed 30 scanners and was on track to meet the deadline.",
			want: []wantClaim{stance(KindResponse, "Cairo Wings", "civil aviation authority", "comply")}},
		{name: "its crews working around the clock", text: "Chile's electricity regulator SEC ordered distributor Enel Distribución Chile to restore power to all homes within 48 hours. Enel Distribución Chile said its crews were working around the clock to meet the deadline.",
			want: []wantClaim{stance(KindResponse, "Enel Distribución Chile", "SEC", "comply")}},
		{name: "on course to comply, described firm", text: "The Reserve Bank of India directed Kaveri Small Finance Bank to close all dormant accounts by June. The lender said it had closed 3,000 accounts so far and was on course to comply with the directive.",
			want: []wantClaim{stance(KindResponse, "Kaveri Small Finance Bank", "Reserve Bank of India", "comply")}},
		{name: "racing to meet, plural firms", text: "Indonesia's communications ministry gave Gojek and Bukalapak until Friday to register their services. Both companies said they had filed most of the documents and were racing to meet the ministry's deadline.",
			want: []wantClaim{want(KindResponse, "Gojek", "communications ministry")}},
		{name: "taking steps to implement", text: "The Central Bank of Nigeria ordered Zenith Pay and Opay Digital to stop onboarding new customers. Opay Digital said it had paused sign-ups on Monday and was taking steps to implement the central bank's instructions.",
			want: []wantClaim{stance(KindResponse, "Opay Digital", "Central Bank of Nigeria", "comply")}},

		// negatives: the same progress words towards a firm's own goals, or with no act answered
		{name: "neg on track to meet a sales target", text: "Cairo Wings said it had added four routes this year and was on track to meet its passenger target.",
			none: true},
		{name: "neg working around the clock to meet demand", text: "Enel Distribución Chile said its crews were working around the clock to meet demand during the heatwave.",
			none: true},
		{name: "neg racing to meet a partner's deadline", text: "Gojek said it had signed most of the contracts and was racing to meet the deadline set in its merger agreement with Tokopedia.",
			noKind: []string{KindResponse}},
	})
}

// The two sides of a merger or partnership are who "they" means next:
// a joint answer of the parties to the authority that acted on their deal.
func TestFramesFirmDealSidesAnswerTogether(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "joint statement after a blocked merger", text: "Kenya's Competition Authority has blocked the proposed merger of dairy processors Brookvale Creameries and Limuru Milk. In a joint statement, they said they would appeal the decision to the Competition Tribunal.",
			want: []wantClaim{stance(KindResponse, "Brookvale Creameries", "Competition Authority", "resist"), stance(KindResponse, "Limuru Milk", "Competition Authority", "resist")}},
		{name: "they accepted conditions of a partnership", text: "The Competition Commission of Singapore cleared the partnership between Lion Freight and Straits Cargo on condition that they keep their rates separate. They said on Friday they accepted the conditions.",
			want: []wantClaim{want(KindResponse, "Lion Freight", "Competition Commission of Singapore")}},
		{name: "they will cooperate after a merger probe", text: "The CMA opened an in-depth investigation into the merger of Harbour Vets and Pennine Animal Care on Monday. They said they would cooperate fully with the authority.",
			want: []wantClaim{want(KindResponse, "Pennine Animal Care", "CMA")}},
		{name: "unknown names, they appeal", text: "Israel's Competition Authority said it had opposed the proposed merger of supermarket chains Shefa Yashar and Kol Tov. In a joint statement, they said they would appeal the decision.",
			want: []wantClaim{want(KindResponse, "Shefa Yashar", "Competition Authority"), want(KindResponse, "Kol Tov", "Competition Authority")}},
		{name: "unknown names, tie-up, they will challenge", text: "Brazil's antitrust regulator Cade rejected the tie-up between airlines Voa Brasil and Azul Sertão on Tuesday. They will challenge the ruling in court, the carriers said.",
			want: []wantClaim{want(KindResponse, "Voa Brasil", "Cade")}},

		// negatives: "they" after a deal no authority acted on, and a deal told by others
		{name: "neg they expect the merger to close", text: "Brookvale Creameries agreed to merge with Limuru Milk in a share swap. They said they expected the deal to close in June.",
			noKind: []string{KindResponse}},
		{name: "neg analysts they", text: "The Competition Authority blocked the merger of Brookvale Creameries and Limuru Milk. Analysts said they had expected the ruling.",
			noKind: []string{KindResponse}},
	})
}

// "the decision" answered when the act was told in words no rule reads:
// the article's only authority made it; with two authorities, none is
// guessed.
func TestFramesFirmAnswersLoneAuthority(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "appeal the decision after an opposed merger", text: "Portugal's Competition Authority said it had opposed the planned combination of bakeries Pão Dourado and Forno Real. Pão Dourado said it would appeal the decision.",
			want: []wantClaim{stance(KindResponse, "Pão Dourado", "Competition Authority", "resist")}},
		{name: "accept the ruling after a refused licence", text: "The Gambling Regulation Authority refused a licence renewal to bookmaker Lucky Strike Bets last month. Lucky Strike Bets said it accepted the ruling and would wind down its shops.",
			want: []wantClaim{stance(KindResponse, "Lucky Strike Bets", "Gambling Regulation Authority", "comply")}},
		{name: "contest the findings after a proposed fine", text: "The Malaysia Competition Commission said it proposes to fine two rice millers, Sawah Emas and Padi Jaya, for agreeing to cap prices. Sawah Emas said it would contest the findings.",
			want: []wantClaim{want(KindResponse, "Sawah Emas", "Malaysia Competition Commission")}},

		// negatives: two authorities in the article, someone else's decision, no authority at all
		{name: "neg two authorities", text: "The Competition Authority and the central bank both commented on the planned combination of Pão Dourado and Forno Real. Pão Dourado said it would appeal the decision.",
			noKind: []string{KindResponse}},
		{name: "neg a bystander welcomes the ruling", text: "Chile's telecoms regulator Subtel ordered Entel Móvil to open its towers to rivals. Cordillera Telecom, one of the rivals that had asked for access, welcomed the ruling.",
			notWant: []wantClaim{want(KindResponse, "Cordillera Telecom", "")}},
		{name: "appeal the decision to a tribunal", text: "Israel's Competition Authority said it had opposed the proposed merger of grocers Shefa Yashar and Kol Tov. Shefa Yashar said it would appeal the decision to the Competition Tribunal.",
			want: []wantClaim{want(KindResponse, "Shefa Yashar", "Competition Authority")}},
		{name: "neg the decision of the board", text: "The Gambling Regulation Authority published its annual report on Monday. Lucky Strike Bets said it accepted the decision of its board to close ten shops.",
			noKind: []string{KindResponse}},
		{name: "neg no authority", text: "Pão Dourado said it would appeal the decision of the arbitration panel in its dispute with Forno Real.",
			noKind: []string{KindResponse}},
	})
}

// A firm's partnership told in passing: in a relative clause, or as the
// means of its business ("sells ... through a distribution partnership
// with Y"), with the partner behind a place or trade description.
func TestFramesFirmPartnershipInPassing(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "relative clause, partner after a city and trade", text: "Prairie Drone Works, which has a delivery partnership with Houston grocery chain Bayou Market, said the ruling was arbitrary.",
			want: []wantClaim{want(KindAction, "Prairie Drone Works", "Bayou Market")}},
		{name: "through a distribution partnership, long subject gap", text: "Marlowe Medical will sell its implantable monitor in Japan and South Korea through a distribution partnership with Osaka-based Kansai Medical Devices signed last year.",
			want: []wantClaim{want(KindAction, "Marlowe Medical", "Kansai Medical Devices")}},
		{name: "via a logistics contract, country adjective", text: "Nordvik Foods ships most of its frozen fish to retailers in Finland and the Baltics via a logistics contract with Swedish trucker Fjäll Frakt.",
			want: []wantClaim{want(KindAction, "Nordvik Foods", "Fjäll Frakt")}},
		{name: "under an agreement, past tense", text: "Sertão Energia sold power from its wind farms in Bahia for a decade under a supply agreement with Recife utility Pernambuco Luz.",
			want: []wantClaim{want(KindAction, "Sertão Energia", "Pernambuco Luz")}},

		// negatives: the partner is a place, a people or a public body
		{name: "neg partnership with a city", text: "Prairie Drone Works, which has a delivery partnership with the city of Houston, said the ruling was arbitrary.",
			noKind: []string{KindAction}},
		{name: "neg through a partnership with local farmers", text: "Nordvik Foods sources most of its fish in Norway and Iceland through a long-running partnership with local fishermen.",
			none: true},
		{name: "neg via a contract with a ministry", text: "Sertão Energia sold power from its wind farms in Bahia for a decade under a supply agreement with the Ministry of Mines and Energy.",
			noKind: []string{KindAction}},
	})
}

// A firm licensing rights to, or from, another firm: a partnership, told
// in several word orders; an authority's licence stays an approval.
func TestFramesFirmLicensingDeal(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "out-licensed rights to a region to a firm", text: "Suzhou-based Lingyun Biotech licensed commercial rights to its lymphoma drug in Southeast Asia to Singapore-based Merlion Pharma in January.",
			want: []wantClaim{want(KindAction, "Lingyun Biotech", "Merlion Pharma")}},
		{name: "one-word licensor, rights outside a region", text: "Qianhai licensed rights to the antibody outside Greater China to U.S. biotech Harrow Therapeutics last year for $85 million upfront.",
			want: []wantClaim{want(KindAction, "Qianhai", "Harrow Therapeutics")}},
		{name: "in-licensed from a firm", text: "Pune drugmaker Sahyadri Pharma has licensed the rights to a diabetes pill from Danish company Fjord Bio for India and Sri Lanka.",
			want: []wantClaim{want(KindAction, "Sahyadri Pharma", "Fjord Bio")}},
		{name: "licensing its technology to a maker", text: "Chipmaker Tamarind Silicon is licensing its modem technology to Brazilian phone maker Positivo Móvel, the companies said.",
			want: []wantClaim{want(KindAction, "Tamarind Silicon", "Positivo Móvel")}},

		// negatives: an authority licenses, a firm is licensed, licensed as an adjective
		{name: "neg regulator licensed a firm", text: "The Central Bank of Kenya licensed digital lender Tala Kenya to take deposits.",
			want: []wantClaim{want(KindApproval, "Central Bank of Kenya", "Tala Kenya")}, noKind: []string{KindAction}},
		{name: "neg licensed by the regulator", text: "Lingyun Biotech was licensed by the National Medical Products Administration to sell the drug to hospitals.",
			noKind: []string{KindAction}},
		{name: "neg licensed bank adjective", text: "Merlion Pharma said its licensed distributors sell the drug to hospitals in Malaysia.",
			none: true},
	})
}

// An authority letting a firm buy another ("authorised X to take over Y",
// "allowed X to acquire Y"): the buyer's act is itself an acquisition.
func TestFramesFirmApprovedToBuy(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "authorised to take over", text: "Romania's Competition Council has authorised dairy group Carpatina Lapte to take over Someș Brânzeturi, a cheese maker in Cluj.",
			want: []wantClaim{want(KindApproval, "Competition Council", "Carpatina Lapte"), want(KindAction, "Carpatina Lapte", "Someș Brânzeturi")}},
		{name: "allowed to acquire", text: "The Competition Authority of Kenya allowed Safaricom to acquire payments startup Bonga Pay on Tuesday.",
			want: []wantClaim{want(KindAction, "Safaricom", "Bonga Pay")}},
		{name: "permitted to take control of", text: "Brazil's Cade permitted Rumo Logística to take control of Ferrovia Centro-Atlântica, subject to conditions.",
			want: []wantClaim{want(KindAction, "Rumo Logística", "Ferrovia Centro-Atlântica")}},
		{name: "cleared to merge with", text: "The Commerce Commission cleared Fonterra Brands to merge with Tatua Dairy, the regulator said.",
			want: []wantClaim{want(KindAction, "Fonterra Brands", "Tatua Dairy")}},

		// negatives: allowed to keep, supply or sell, not to buy
		{name: "neg allowed to keep supplying", text: "The Competition Authority of Kenya allowed Safaricom to keep supplying airtime to Bonga Pay.",
			notWant: []wantClaim{want(KindAction, "Safaricom", "Bonga Pay")}},
		{name: "neg allowed to sell its stake", text: "The regulator allowed Rumo Logística to sell its stake in Ferrovia Centro-Atlântica.",
			notWant: []wantClaim{want(KindAction, "Rumo Logística", "Ferrovia Centro-Atlântica")}},
	})
}

// The answering firm named by its name's last words ("Serra Azul" for
// "Mineração Serra Azul", "Sawit Perkasa" for "PT Kalimantan Sawit
// Perkasa"), or answering with no object at all ("said it was complying",
// "had complied immediately") after the authority's act on it.
func TestFramesFirmBareAnswers(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "short tail name complying", text: "Brazil's National Mining Agency has banned Mineração Vale Verde from using its Itabira dam. Vale Verde said it was complying and had moved families out of the area.",
			want: []wantClaim{stance(KindResponse, "Vale Verde", "National Mining Agency", "comply")}},
		{name: "tail name appeals", text: "The Competition Commission of India fined Grupo Hotelero Sol Caribe 50 crore rupees for price collusion. Sol Caribe said it would appeal.",
			want: []wantClaim{want(KindResponse, "Sol Caribe", "Competition Commission of India")}},
		{name: "had complied immediately, lone authority", text: "Kenya's aviation regulator grounded four aircraft operated by Safari Link Air after a spot check. Safari Link said it had complied immediately and expected the planes back within a week.",
			want: []wantClaim{want(KindResponse, "Safari Link", "aviation regulator")}},
		{name: "disagreed with the allegations, lone authority", text: "Poland's competition watchdog UOKiK has charged bookseller Matras with misleading buyers about delivery times. Matras said it disagreed with the allegations.",
			want: []wantClaim{want(KindResponse, "Matras", "UOKiK")}},

		// negatives: a tail that is only a trade word, a bare answer with no authority
		{name: "neg tail of trade words", text: "The central bank fined Banco Comercial Andino for late reports. Comercial Andino Logistics said it would appeal a tax ruling in Peru.",
			notWant: []wantClaim{want(KindResponse, "Comercial Andino Logistics", "central bank")}},
		{name: "neg pushed back a launch", text: "Bizim Pazar pushed back the opening of its Izmir store, saying builders were late.",
			none: true},
		{name: "neg complying with no authority", text: "Safari Link said it had complied immediately with the airport's new boarding rules for its passengers.",
			noKind: []string{KindResponse}},
	})
}

// An order to restore another firm's access, channel or slots presupposes
// the bound firm cut it off: its act on that firm (block), in several
// word orders; restoring power to customers or a link between two bound
// firms is no act on a third.
func TestFramesFirmOrderedToRestore(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "restore a rival's access", text: "Kenya's Communications Authority has ordered Safaricom to restore rival Airtel Kenya's access to its agent network within seven days.",
			want: []wantClaim{want(KindMandate, "Communications Authority", "Safaricom"), want(KindAction, "Safaricom", "Airtel Kenya")}},
		{name: "reinstate a channel on a tier", text: "A court in Lima ordered cable operator Andina Cable to reinstate news channel Canal Sur on its basic tier.",
			want: []wantClaim{want(KindAction, "Andina Cable", "Canal Sur")}},
		{name: "slots withdrawn from a line, far object", text: "The Ghana Ports and Harbours Authority directed Tema Gateway Terminals to restore within ten days the berthing slots it had withdrawn from Volta Feeder Lines.",
			want: []wantClaim{want(KindAction, "Tema Gateway Terminals", "Volta Feeder Lines")}},
		{name: "reconnect with a rival", text: "Brazil's telecoms regulator Anatel told Oi Fibra to reconnect its network with rival Vero Telecom by Friday.",
			want: []wantClaim{want(KindAction, "Oi Fibra", "Vero Telecom")}},

		// negatives: power restored to customers, a link between the bound firms, subscribers
		{name: "neg restore power to customers", text: "Argentina's power regulator ordered Edelap to restore electricity to all customers within 24 hours.",
			noKind: []string{KindAction}},
		{name: "neg link between the bound firms", text: "Nigeria's communications commission ordered MTN Nigeria and Globacom to restore interconnection between their networks within 72 hours.",
			noKind: []string{KindAction}},
		{name: "neg restore service to subscribers", text: "The regulator ordered Saraband Telecom to restore service to 12,000 rural subscribers it had cut off.",
			noKind: []string{KindAction}},
	})
}

// Complying told by its first steps or its manners, after an authority's
// act on the firm: it has begun or started doing what was asked, it
// apologised, it will follow or observe the requirements.
func TestFramesFirmStartedComplying(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "begun crediting customers", text: "The Pakistan Telecommunication Authority directed Zong and Ufone to refund subscribers charged for unwanted services. Ufone said it had already begun crediting affected customers.",
			want: []wantClaim{stance(KindResponse, "Ufone", "Pakistan Telecommunication Authority", "comply")}},
		{name: "started the registration process", text: "Vietnam's Ministry of Industry and Trade has ordered shopping app Shopii to suspend sales until it registers as an e-commerce provider. Shopii said it had started the registration process.",
			want: []wantClaim{want(KindResponse, "Shopii", "Ministry of Industry and Trade")}},
		{name: "apologised and would submit a plan", text: "Japan's transport ministry has ordered Sakura Air to overhaul its maintenance checks. The carrier apologised and said it would submit a plan by June.",
			want: []wantClaim{want(KindResponse, "Sakura Air", "transport ministry")}},
		{name: "would follow all requirements", text: "China's Ministry of Industry and Information Technology told carmaker Hongqi Motors to stop calling its driver aid autonomous. The automaker said it had renamed the feature and would follow all regulatory requirements.",
			want: []wantClaim{stance(KindResponse, "Hongqi Motors", "Ministry of Industry and Information Technology", "comply")}},
		{name: "will observe the instructions", text: "Ofwat ordered Fenland Water to cut leaks by a fifth. Fenland Water said it would observe the regulator's instructions.",
			want: []wantClaim{want(KindResponse, "Fenland Water", "Ofwat")}},

		// negatives: no authority acted, or it acted on another firm; a firm's own plan
		{name: "neg begun crediting points, no authority", text: "Ufone said it had begun crediting loyalty points to customers who recharge online.",
			none: true},
		{name: "neg apologised to passengers, no authority", text: "Sakura Air apologised to passengers for the delays at Haneda on Friday.",
			none: true},
		{name: "neg another firm was fined", text: "The Pakistan Telecommunication Authority fined Zong for poor service. Ufone said it had begun offering discounts on data bundles.",
			notWant: []wantClaim{want(KindResponse, "Ufone", "")}},
		{name: "neg follow its own roadmap", text: "Hongqi Motors said it would follow its own roadmap for driver aids.",
			none: true},
	})
}

// A passive whose agent is a group named by its leader ("by a consortium
// led by X", "by a fund managed by X"): the leader is the party.
func TestFramesFirmAgentLedBy(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "taken over by a consortium led by", text: "Ofwat fined Severn Dale Water £18 million for sewage spills. Severn Dale Water was taken over in 2023 by a consortium led by Canadian pension fund Maple Infrastructure.",
			want: []wantClaim{want(KindAction, "Maple Infrastructure", "Severn Dale Water")}},
		{name: "bought by a group of investors led by", text: "Lusaka Breweries was bought last year by a group of investors led by Zambezi Capital.",
			want: []wantClaim{want(KindAction, "Zambezi Capital", "Lusaka Breweries")}},
		{name: "acquired by a fund managed by", text: "Pampa Foods was acquired in May by a fund managed by Andes Partners, the company said.",
			want: []wantClaim{want(KindAction, "Andes Partners", "Pampa Foods")}},
		{name: "sued by a coalition led by", text: "Kilima Mobile is being sued by a coalition of smaller operators led by Savanna Tel over interconnection fees.",
			want: []wantClaim{want(KindAction, "Savanna Tel", "Kilima Mobile")}},

		// negatives: a group with no named leader, a person leading
		{name: "neg consortium of local investors", text: "Lusaka Breweries was bought last year by a consortium of local investors.",
			noKind: []string{KindAction}},
		{name: "neg group led by a person", text: "Pampa Foods was acquired in May by a group of investors led by businessman Carlos Ruiz.",
			noKind: []string{KindAction}},
	})
}

// A denial of the facts an authority's case charges, told as a
// that-clause, and a challenge of "the finding" of a proposed decision.
func TestFramesFirmDeniesThatClause(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "denied that the fires started", text: "Indonesia's environment ministry has sued plantation firm PT Borneo Hijau Lestari over peatland fires. The company denied that the fires started on its land.",
			want: []wantClaim{stance(KindResponse, "Borneo Hijau Lestari", "environment ministry", "resist")}},
		{name: "denies that it misled, present", text: "Australia's ACCC has taken energy retailer Coral Power to court over its discount claims. Coral Power denies that its advertising misled customers.",
			want: []wantClaim{want(KindResponse, "Coral Power", "ACCC")}},
		{name: "contest the finding of a proposed fine", text: "The Malaysia Competition Commission said it proposes to fine two rice millers, Padi Mas and Beras Jaya. Padi Mas said it would contest the finding.",
			want: []wantClaim{want(KindResponse, "Padi Mas", "Malaysia Competition Commission")}},

		// negatives: denying a report about itself with no act, denying it received an order
		{name: "neg denied that it plans a sale", text: "Coral Power denied that it was planning to sell its retail arm.",
			none: true},
		{name: "neg denied receiving an order", text: "Australia's ACCC has fined energy retailer Coral Power A$2 million. Its rival Sunlit Energy denied that it had received any notice.",
			notWant: []wantClaim{want(KindResponse, "Sunlit Energy", "")}},
	})
}

// A firm asking a court to review or quash an act challenges the authority
// that took it; the court is only the venue.
func TestFramesFirmAsksCourtToUndo(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "ask an appeals court to review the denial", text: "The U.S. Food and Drug Administration denied marketing applications for nicotine pouches made by Sweden's Nordic Snus AB. Nordic Snus said it would ask a federal appeals court to review the denial.",
			want: []wantClaim{stance(KindResponse, "Nordic Snus", "Food and Drug Administration", "resist")}, notWant: []wantClaim{want(KindResponse, "", "federal appeals court")}},
		{name: "asked the High Court to quash the order", text: "Kenya's Energy and Petroleum Regulatory Authority suspended the licence of fuel dealer Rift Petroleum. Rift Petroleum has asked the High Court to quash the order.",
			want: []wantClaim{want(KindResponse, "Rift Petroleum", "Energy and Petroleum Regulatory Authority")}},

		// negatives: an authority asking a court, a firm asking a court to order a rival
		{name: "neg firm asks court to order a rival", text: "Rift Petroleum asked the High Court to order rival Kisumu Oil to pay its debts.",
			noKind: []string{KindResponse}},
	})
}
