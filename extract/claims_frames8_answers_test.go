package extract

import "testing"

// Round-6 (B) frames: a firm's answers to an authority's act, told as
// remedies, reservations, objections, appeals and promises.

// A firm's remedies, reservations and objections answer the authority that
// acted on it, though no verb of answering (comply, appeal) is used.
func TestFrames8StanceWithoutAnsweringVerb(t *testing.T) {
	fined := "Kenya's Competition Authority fined Savanna Foods 40 million shillings on Tuesday for abusing its dominance in flour. "
	ordered := "Brazil's antitrust regulator CADE ordered iFood to drop exclusivity clauses with restaurants. "
	expectFrames(t, []frameCase{
		{name: "took the order seriously",
			text: "The Japan Fair Trade Commission issued a cease-and-desist order to Hoshino Appliances. Hoshino said it took the order seriously and would strengthen compliance.",
			want: []wantClaim{stance(KindResponse, "Hoshino", "Japan Fair Trade Commission", "comply")}},
		{name: "takes the ruling very seriously, statement first",
			text: fined + "In a statement, Savanna Foods said it takes the ruling very seriously.",
			want: []wantClaim{stance(KindResponse, "Savanna Foods", "Competition Authority", "comply")}},
		{name: "tightened internal controls",
			text: ordered + "iFood said on Monday it had tightened its internal controls.",
			want: []wantClaim{stance(KindResponse, "iFood", "CADE", "comply")}},
		{name: "begun refunding",
			text: "Australia's ACCC sued Telstra Corp over slow internet plans. Telstra said it has begun refunding about 9,000 customers.",
			want: []wantClaim{stance(KindResponse, "Telstra", "ACCC", "comply")}},
		{name: "work with the regulator to address its concerns",
			text: fined + "The company said it would work with the regulator to address its concerns.",
			want: []wantClaim{stance(KindResponse, "Savanna Foods", "Competition Authority", "comply")}},
		{name: "apologised",
			text: "South Korea's Personal Information Protection Commission fined Kakao Corp 15 billion won over a data leak. Kakao said it apologised to users and would overhaul its security systems.",
			want: []wantClaim{stance(KindResponse, "Kakao", "Personal Information Protection Commission", "comply")}},
		{name: "relative clause between firm and speech",
			text: "France's data protection watchdog fined online retailer Cdiscount 1.5 million euros. The company, which has two months to comply with the CNIL's injunction, said it had already changed its banner.",
			want: []wantClaim{stance(KindResponse, "Cdiscount", "CNIL", "comply")}},
		{name: "spokeswoman for the firm",
			text: ordered + "A spokeswoman for iFood said it would remove the clauses from all contracts.",
			want: []wantClaim{stance(KindResponse, "iFood", "CADE", "comply")}},
		{name: "did not agree with the timeline",
			text: "The Communications Authority of Kenya ordered Safaricom to split off M-Pesa by June. Safaricom said it did not agree with the timeline.",
			want: []wantClaim{stance(KindResponse, "Safaricom", "Communications Authority", "resist")}},
		{name: "disappointed by the decision",
			text: fined + "Savanna Foods said it was disappointed by the decision.",
			want: []wantClaim{stance(KindResponse, "Savanna Foods", "Competition Authority", "resist")}},
		{name: "surprised by the move, always responded",
			text: "Vietnam's technology ministry ordered telecom providers to block Telegram Messenger. Telegram said it was surprised by the move and had always responded to legal requests.",
			want: []wantClaim{stance(KindResponse, "Telegram", "ministry", "resist")}},
		{name: "acted lawfully",
			text: "Poland's UOKiK fined Allegro 200 million zlotys. Allegro said it had acted lawfully at all times.",
			want: []wantClaim{stance(KindResponse, "Allegro", "UOKiK", "resist")}},
		{name: "considering its options is hedged",
			text: fined + "Savanna Foods said it regretted the outcome and was considering its options.",
			want: []wantClaim{{kind: KindResponse, actor: "Savanna Foods", target: "Competition Authority", certainty: Hedged}}},
		// near misses
		{name: "only studying the decision takes no stance",
			text:   fined + "Savanna Foods said it was studying the decision.",
			noKind: []string{KindResponse}},
		{name: "disappointed by a rival's decision is no response",
			text:   "Alimentation Couche-Tard withdrew its offer for Seven & i Holdings. Seven & i said it was disappointed by the decision.",
			noKind: []string{KindResponse}},
		{name: "would not refund is no remedy",
			text:   fined + "Savanna Foods said it would not refund distributors.",
			noKind: []string{KindResponse}},
		{name: "seriousness with no authority act",
			text: "Savanna Foods said it took food safety seriously and would strengthen its supplier checks.",
			none: true},
	})
}

// Verbs of answering beyond comply/appeal: heeding, honouring, opposing,
// condemning, refuting; a firm defending a claim.
func TestFrames8AnsweringVerbs(t *testing.T) {
	fined := "Turkey's competition board fined Getir 120 million lira for abusing its position in grocery delivery. "
	expectFrames(t, []frameCase{
		{name: "heeded the order",
			text: "India's telecom department ordered Vodafone Idea to restore service in Manipur. Vodafone Idea said it had heeded the order.",
			want: []wantClaim{stance(KindResponse, "Vodafone Idea", "telecom department", "comply")}},
		{name: "will honour the ruling",
			text: fined + "Getir said it would honour the decision.",
			want: []wantClaim{stance(KindResponse, "Getir", "competition board", "comply")}},
		{name: "adhere to the directive",
			text: "The Reserve Bank of Malawi directed FDH Bank to freeze new lending. FDH Bank said it would adhere to the directive.",
			want: []wantClaim{stance(KindResponse, "FDH Bank", "Reserve Bank of Malawi", "comply")}},
		{name: "condemned the fine",
			text: fined + "Getir condemned the fine as disproportionate.",
			want: []wantClaim{stance(KindResponse, "Getir", "competition board", "resist")}},
		{name: "refuted the findings",
			text: fined + "The company refuted the board's findings.",
			want: []wantClaim{stance(KindResponse, "Getir", "competition board", "resist")}},
		{name: "opposes the ban",
			text: "Nepal's government banned TikTok Ltd nationwide. TikTok said it opposed the ban.",
			want: []wantClaim{stance(KindResponse, "TikTok", "Nepal", "resist")}},
		{name: "defend the claim",
			text: "New Zealand's Financial Markets Authority filed civil proceedings against Kauri Funds Ltd. Kauri Funds said it would defend the claim.",
			want: []wantClaim{stance(KindResponse, "Kauri Funds", "Financial Markets Authority", "resist")}},
		// near misses
		{name: "a politician criticising judges",
			text:   "The Supreme Court ruled against the president. He used his Truth Social platform to criticise the judges and the ruling.",
			noKind: []string{KindResponse}},
		{name: "the authority's chairman rejecting claims",
			text:   "Uzbekistan's Antimonopoly Committee did not order carmaker Samarqand Avto to cut prices, the committee's chairman told reporters, rejecting claims circulating online.",
			noKind: []string{KindResponse}},
		{name: "condemning violence, no authority act",
			text: "Getir condemned the attack on its couriers in Istanbul.",
			none: true},
	})
}

// The answer comes first, the act it answers later in the same sentence.
func TestFrames8AnswerBeforeAct(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "pledged a day after the order",
			text: "Kenyan lender Faraja Bank pledged on Tuesday to comply with new disclosure rules, a week after the Central Bank of Kenya ordered it to publish all loan fees.",
			want: []wantClaim{stance(KindResponse, "Faraja Bank", "Central Bank of Kenya", "comply"), want(KindMandate, "Central Bank of Kenya", "Faraja Bank")}},
		{name: "rectified days after the summons",
			text: "Milk-tea chain Chatime Taiwan said on Friday it had rectified the hygiene lapses, two days after the Taipei health department summoned its managers.",
			want: []wantClaim{want(KindResponse, "Chatime", "health department")}},
		{name: "will appeal the fine the watchdog imposed on it",
			text: "Getir Perakende will appeal, the company said, after Turkey's competition board fined it 120 million lira.",
			want: []wantClaim{want(KindResponse, "Getir", "competition board")}},
		// near miss: the act falls on another firm
		{name: "pledge after an order to a rival",
			text:    "Kenyan lender Faraja Bank pledged on Tuesday to publish all loan fees, a week after the Central Bank of Kenya ordered rival Imara Bank to do so.",
			notWant: []wantClaim{want(KindResponse, "Faraja Bank", "Central Bank of Kenya")}},
	})
}

// The act a response names picks the authority it answers among several.
func TestFrames8AnsweredActPicksAuthority(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "conditions answer the approval, not a later review",
			text:    "Brazil's telecoms regulator Anatel approved Conecta Sul Telecom's purchase of Pampa Telecom with conditions. Competition authority CADE reviewed the deal separately. Conecta Sul said it accepted the conditions.",
			want:    []wantClaim{want(KindResponse, "Conecta Sul", "Anatel")},
			notWant: []wantClaim{want(KindResponse, "Conecta Sul", "CADE")}},
		{name: "the judgment answers the court, not the agency that sued",
			text:    "Tui Power was ordered by the High Court to pay NZ$2.3 million in penalties, in a case brought by the Commerce Commission. The retailer said it accepted the judgment.",
			want:    []wantClaim{want(KindResponse, "Tui Power", "High Court")},
			notWant: []wantClaim{want(KindResponse, "Tui Power", "Commerce Commission")}},
		{name: "the fine answers the penalty",
			text:    "Spain's CNMC fined Naturgy Energy Group SA 6 million euros. Separately, the energy ministry ordered Naturgy to publish its tariffs. Naturgy said it would pay the fine.",
			want:    []wantClaim{want(KindResponse, "Naturgy", "CNMC")},
			notWant: []wantClaim{want(KindResponse, "Naturgy", "energy ministry")}},
		{name: "a decision binding a class, answered by a member",
			text: "Jordan's Telecommunications Regulatory Commission ordered mobile operators to cut roaming charges. The commission also opened an investigation into Zain Jordan. Orange Jordan said it welcomed the decision.",
			want: []wantClaim{want(KindResponse, "Orange", "Telecommunications Regulatory Commission")}},
	})
}

// More remedies and objections, and speakers behind longer phrases.
func TestFrames8MoreStances(t *testing.T) {
	directed := "Zambia's Energy Regulation Board directed Copperbelt Petroleum Supplies to refund 14 million kwacha to filling stations. "
	sued := "New York's attorney general sued remittance app Kwikpay Inc over hidden fees. "
	expectFrames(t, []frameCase{
		{name: "begun processing the refunds",
			text: directed + "Copperbelt Petroleum said it had begun processing the refunds.",
			want: []wantClaim{stance(KindResponse, "Copperbelt Petroleum", "Energy Regulation Board", "comply")}},
		{name: "cooperating fully after a quote",
			text: "The Central Bank of Nigeria ordered Kudipay Ltd to stop onboarding customers. Kudipay said in a statement that it had \"received a communication from our regulator\" and was cooperating fully.",
			want: []wantClaim{stance(KindResponse, "Kudipay", "Central Bank of Nigeria", "comply")}},
		{name: "responded to all queries, speaker behind a relative",
			text: "The Competition Commission of India sought details from Deccan Grey Cements Ltd about the plant sale. Deccan Grey, which is selling the plants to cut debt, said in a filing that it had responded to all queries raised by the regulator.",
			want: []wantClaim{stance(KindResponse, "Deccan Grey", "Competition Commission of India", "comply")}},
		{name: "did not admit wrongdoing but reached the settlement",
			text: "The U.S. Department of Transportation fined Pelican Air $4.5 million over tarmac delays. Pelican did not admit wrongdoing but said it had reached the settlement to avoid the expense of litigation.",
			want: []wantClaim{stance(KindResponse, "Pelican", "Department of Transportation", "comply")}},
		{name: "called the allegations without merit",
			text: sued + "In a statement, Kwikpay called the allegations \"without merit\".",
			want: []wantClaim{stance(KindResponse, "Kwikpay", "attorney general", "resist")}},
		{name: "disappointed that the regulator chose to litigate",
			text: "The Australian Securities and Investments Commission sued Harbourline Super Pty Ltd over junk insurance. Harbourline said it was \"disappointed\" that ASIC had chosen to litigate.",
			want: []wantClaim{stance(KindResponse, "Harbourline", "Australian Securities and Investments Commission", "resist")}},
		{name: "speaker behind ', in which'",
			text:    "Vietnam's Ministry of Industry and Trade fined online marketplace Voso Market 380 million dong. Voso Market, in which South Korea's Hanbit Ventures owns a minority stake, said it had already deleted the listings.",
			want:    []wantClaim{stance(KindResponse, "Voso Market", "Ministry of Industry and Trade", "comply")},
			notWant: []wantClaim{want(KindResponse, "Hanbit Ventures", "Ministry of Industry and Trade")}},
		{name: "rejected the accusation",
			text: "Chile's FNE sued salmon farmer Salmones Aysen SA before the competition tribunal. Salmones Aysen rejected the accusation \"categorically\".",
			want: []wantClaim{stance(KindResponse, "Salmones Aysen", "FNE", "resist")}},
		// near misses
		{name: "processing orders is no remedy",
			text:   directed + "Copperbelt Petroleum said it had begun processing orders from new stations.",
			noKind: []string{KindResponse}},
		{name: "settlement with a rival firm",
			text:   "Kenya Pipeline Company sued Pwani Oil Terminals Ltd over unpaid storage fees. Pwani said it had reached a settlement with Kenya Pipeline Company.",
			noKind: []string{KindResponse}},
		{name: "cooperating fully with no authority act",
			text: "Kudipay Ltd said it was cooperating fully with its banking partners on the new app.",
			none: true},
	})
}

// A firm confirming officials came to its premises tells of the inspection
// by the authority just named; its cooperation answers it.
func TestFrames8PremisesVisited(t *testing.T) {
	raid := "European Commission officials carried out unannounced inspections at several tyre makers in Germany and Italy, the Commission said. "
	expectFrames(t, []frameCase{
		{name: "its offices had been visited",
			text: raid + "Pirelli confirmed that its Milan offices had been visited and said it was cooperating fully.",
			want: []wantClaim{want(KindProbe, "European Commission", "Pirelli"), stance(KindResponse, "Pirelli", "European Commission", "comply")}},
		{name: "officials had visited its headquarters",
			text: "Officials from the Hellenic Competition Commission inspected the offices of two ferry companies on Tuesday. Aegean Blue Lines confirmed that officials had visited its headquarters and said it was cooperating with them.",
			want: []wantClaim{want(KindProbe, "Hellenic Competition Commission", "Aegean Blue Lines"), want(KindResponse, "Aegean Blue Lines", "Hellenic Competition Commission")}},
		{name: "inspectors searched its warehouses",
			text: "India's Enforcement Directorate carried out searches in Mumbai on Thursday. Zephyr Logistics Ltd said inspectors had searched its warehouses and it would cooperate fully.",
			want: []wantClaim{want(KindProbe, "Enforcement Directorate", "Zephyr Logistics")}},
		// near misses
		{name: "its offices were not visited",
			text:    raid + "Continental AG said its offices had not been visited.",
			notWant: []wantClaim{want(KindProbe, "European Commission", "Continental")}},
		{name: "customers visited its stores",
			text:    raid + "Pirelli said customers had visited its stores in record numbers.",
			notWant: []wantClaim{want(KindProbe, "European Commission", "Pirelli")}},
	})
}

// Appeals to the highest administrative courts, and a firm's officer
// speaking of "the company".
func TestFrames8CourtsAndOfficers(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "take the decision to the Conseil d'Etat",
			text: "France's AMF fined broker Valmy Bourse SA 3 million euros. Valmy Bourse said it would take the decision to the Conseil d'État.",
			want: []wantClaim{stance(KindResponse, "Valmy Bourse", "AMF", "resist")}},
		{name: "take the case to the Council of State",
			text: "Greece's competition commission fined Agora Markets SA 8 million euros. Agora said it would take the case to the Council of State.",
			want: []wantClaim{stance(KindResponse, "Agora", "competition commission", "resist")}},
		{name: "officer said the company respects the decision",
			text:    "The Bangladesh Telecommunication Regulatory Commission barred Padma Mobile Ltd from selling new SIM cards. Padma Mobile's chief corporate affairs officer said the company \"respects the decision\" and had already ordered new base stations from Ericsson.",
			want:    []wantClaim{stance(KindResponse, "Padma Mobile", "Bangladesh Telecommunication Regulatory Commission", "comply")},
			notWant: []wantClaim{want(KindResponse, "Ericsson", "")}},
	})
}

// Quotes, weighed challenges, court petitions, dismissals and remedies in
// many wordings, after a fine, an order or an investigation.
func TestFrames8ResponseWordings(t *testing.T) {
	fined := "Poland's UOKiK fined Allegro 200 million zlotys on Monday. "
	ordered := "Poland's UOKiK ordered Allegro to change its fee rules. "
	probed := "Poland's UOKiK opened an investigation into Allegro. "
	r := func(st string) []wantClaim { return []wantClaim{stance(KindResponse, "Allegro", "UOKiK", st)} }
	expectFrames(t, []frameCase{
		{name: "quote opening the next sentence", text: fined + "\"We will challenge this decision,\" Allegro said.", want: r("resist")},
		{name: "quote said by a spokeswoman for the firm", text: fined + "\"We disagree with the regulator's findings and will appeal,\" a spokeswoman for Allegro said.", want: r("resist")},
		{name: "is weighing an appeal", text: fined + "Allegro is weighing an appeal, a spokesman said.",
			want: []wantClaim{{kind: KindResponse, actor: "Allegro", target: "UOKiK", certainty: Hedged}}},
		{name: "not decided whether to appeal", text: ordered + "Allegro said it was reviewing the order and had not decided whether to appeal.",
			want: []wantClaim{{kind: KindResponse, actor: "Allegro", target: "UOKiK", certainty: Hedged}}},
		{name: "ask a court to overturn", text: fined + "Allegro said it would ask a court to overturn the fine.", want: r("resist")},
		{name: "filed a complaint with the court", text: ordered + "Allegro said it had filed a complaint with the administrative court.", want: r("resist")},
		{name: "the fine was unjustified", text: fined + "Allegro said the fine was unjustified.", want: r("resist")},
		{name: "acted in line with the law", text: probed + "Allegro said it was confident it had acted in line with the law.", want: r("resist")},
		{name: "threatened to pull out", text: fined + "Allegro threatened to pull its marketplace out of Poland.", want: r("resist")},
		{name: "would pay", text: fined + "Allegro said it would pay.", want: r("comply")},
		{name: "already changed, it said", text: ordered + "Allegro has already changed the rules, it said.", want: r("comply")},
		{name: "no longer charge", text: ordered + "Allegro said it will no longer charge the fee.", want: r("comply")},
		{name: "required changes", text: ordered + "Allegro said it would make the required changes.", want: r("comply")},
		{name: "information requested", text: probed + "Allegro said it would provide all information requested.", want: r("comply")},
		{name: "suspended a service the same day", text: "The Kenyan government banned Uber from operating at airports. Uber suspended its airport service the same day.",
			want: []wantClaim{want(KindResponse, "Uber", "Kenyan government")}},
		{name: "comply under protest and engage, disagreeing: resist wins", text: "The Communications Authority of Kenya ordered Safaricom to split off M-Pesa by June. The company said it had received the directive and would engage the regulator, adding that it did not agree with the timeline.",
			want: []wantClaim{stance(KindResponse, "Safaricom", "Communications Authority", "resist")}},
		// near misses
		{name: "engaging the regulator over a billing error is no answer", text: "Tanzania's TCRA fined Kilimanjaro Broadband Ltd 20 million shillings. Kilimanjaro Broadband said the dispute concerned a billing error and that it was engaging the regulator to resolve it.",
			notWant: []wantClaim{want(KindResponse, "Kilimanjaro Broadband", "TCRA")}},
		{name: "would pay a dividend", text: fined + "Allegro said it would pay a special dividend in July.", noKind: []string{KindResponse}},
		{name: "threatened by a rival", text: fined + "Allegro said rivals had threatened to undercut its prices.", noKind: []string{KindResponse}},
	})
}

// A firm given time to comply with an authority's act is bound by it.
func TestFrames8TimeToComply(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "relative: two months to comply with the injunction",
			text: "France's data protection watchdog fined online retailer Cdiscount 1.5 million euros. The company, which has two months to comply with the CNIL's injunction, said it had already changed its banner.",
			want: []wantClaim{want(KindMandate, "CNIL", "Cdiscount"), stance(KindResponse, "Cdiscount", "CNIL", "comply")}},
		{name: "given 30 days to comply with the order",
			text: "Rongai Gas Ltd was given 30 days to comply with the Competition Authority's order.",
			want: []wantClaim{want(KindMandate, "Competition Authority", "Rongai Gas")}},
		// near misses: time to appeal binds nothing; no authority's act named
		{name: "30 days to appeal", text: "Rongai Gas Ltd has 30 days to appeal the Competition Authority's decision.",
			noKind: []string{KindMandate, KindResponse}},
		{name: "time to comply with a contract", text: "Rongai Gas Ltd has 30 days to comply with the terms of its supply contract.",
			none: true},
	})
}

// A further appeal answers the court that upheld the act; "after reports
// that" is the occasion, not the source.
func TestFrames8UpheldAndOccasion(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "appeal after the fine was upheld",
			text:    "The Hellenic Competition Commission's EUR 8.6 million fine on supermarket chain Agora Markets SA was upheld by the Administrative Court of Appeal on Tuesday. Agora said it would take the case to the Council of State.",
			want:    []wantClaim{want(KindResponse, "Agora", "Administrative Court of Appeal")},
			notWant: []wantClaim{want(KindResponse, "Agora", "Council of State")}},
		{name: "appeal after the court dismissed the firm's appeal",
			text: "Poland's UOKiK fined Allegro 200 million zlotys in 2022. The Warsaw regional court dismissed Allegro's appeal on Monday. Allegro said it would appeal to the Supreme Court.",
			want: []wantClaim{want(KindResponse, "Allegro", "Warsaw regional court")}},
		{name: "after reports that",
			text: "Brazil's Senate opened a parliamentary inquiry on Wednesday into online betting operator Bet Tropical Ltda, after reports that it had paid influencers to promote casino games.",
			want: []wantClaim{certain(KindProbe, "Senate", "Bet Tropical", Asserted)}},
	})
}

// "Inc." ends a sentence when a subject and its verb follow; a bare
// "would fight" answers the act on the firm.
func TestFrames8SplitAfterCorporateSuffix(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "Inc. then the firm speaks", text: "The U.S. Department of Justice sued Visa Inc. Visa said the suit was meritless.",
			want: []wantClaim{want(KindProbe, "Department of Justice", "Visa"), stance(KindResponse, "Visa", "Department of Justice", "resist")}},
		{name: "Ltd. then the firm plans", text: "Kenya's Competition Authority fined Rongai Gas Ltd. Rongai plans to appeal the decision.",
			want: []wantClaim{want(KindPenalty, "Competition Authority", "Rongai Gas"), want(KindResponse, "Rongai", "Competition Authority")}},
		{name: "would fight", text: "The SEC charged Coinbase Global Inc. with operating an unregistered exchange. Coinbase said it would fight.",
			want: []wantClaim{stance(KindResponse, "Coinbase", "SEC", "resist")}},
		// near miss: a name inside the firm's name after Co.
		{name: "Co. of China stays one sentence", text: "The regulator fined Ping An Insurance (Group) Co. of China Ltd. 1 million yuan.",
			want: []wantClaim{want(KindPenalty, "regulator", "Ping An")}},
		{name: "fight for customers is no answer", text: "The SEC charged Coinbase Global Inc. with fraud. Kraken said it would fight for customers.",
			notWant: []wantClaim{want(KindResponse, "Kraken", "SEC")}},
	})
}

// Appeals told as nouns: the appellant firms resist the authority's act.
func TestFrames8AppealNouns(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "court dismissed an appeal by two firms against the Commission's decision",
			text: "The European Union's General Court dismissed an appeal by Germany's Vossberg Signaltechnik and Italy's Ferrotel against the European Commission's 2023 decision to block their merger.",
			want: []wantClaim{stance(KindResponse, "Vossberg Signaltechnik", "European Commission", "resist"), want(KindResponse, "Ferrotel", "European Commission")}},
		{name: "the firm's appeal against the watchdog's fine",
			text: "Meta Platforms' appeal against the Data Protection Commission's 1.2 billion euro fine will be heard in March.",
			want: []wantClaim{want(KindResponse, "Meta", "Data Protection Commission")}},
		{name: "a challenge by a firm to the regulator's ruling",
			text: "A Nairobi court will hear a challenge by Safaricom Plc to the Communications Authority's ruling next week.",
			want: []wantClaim{want(KindResponse, "Safaricom", "Communications Authority")}},
		{name: "remedy credits after an order",
			text: "Egypt's National Telecom Regulatory Authority ordered Nile Mobile SAE to credit customers with free data. Nile Mobile apologised to customers and said it had started applying the credits.",
			want: []wantClaim{stance(KindResponse, "Nile Mobile", "National Telecom Regulatory Authority", "comply")}},
		// near misses
		{name: "an appeal to a higher court names the venue, not an act",
			text:    "Shares of Vossberg Signaltechnik AG fell after it lodged an appeal to the Court of Justice.",
			notWant: []wantClaim{want(KindResponse, "Vossberg", "Court of Justice")}},
		{name: "an appeal by prosecutors",
			text:   "The appeal by prosecutors against the acquittal of Vossberg's former chief will be heard in May.",
			noKind: []string{KindResponse}},
	})
}

// Answers that name the authority's act in the same sentence, with no
// earlier act in the article.
func TestFrames8AnswerNamesTheAct(t *testing.T) {
	r := func(auth, st string) []wantClaim { return []wantClaim{stance(KindResponse, "Rongai Gas", auth, st)} }
	expectFrames(t, []frameCase{
		{name: "challenged the ban imposed by", text: "Rongai Gas Ltd has challenged the ban imposed by the energy ministry.", want: r("energy ministry", "resist")},
		{name: "complied with a directive from", text: "Rongai Gas Ltd complied with a directive from the Central Bank of Kenya.", want: r("Central Bank of Kenya", "comply")},
		{name: "asked a court to quash the authority's order", text: "Rongai Gas Ltd has asked the High Court to quash the Competition Authority's order.", want: r("Competition Authority", "resist")},
		{name: "lost its appeal against the fine", text: "Rongai Gas Ltd lost its appeal against the Competition Authority's fine.", want: r("Competition Authority", "resist")},
		{name: "bowed to pressure", text: "Rongai Gas Ltd bowed to pressure from the energy regulator and cut prices.", want: r("energy regulator", "comply")},
		{name: "ignored the order", text: "Rongai Gas Ltd ignored the regulator's order.", want: r("regulator", "resist")},
		{name: "settled with the authority", text: "Rongai Gas Ltd has settled with the Competition Authority.", want: r("Competition Authority", "comply")},
		// near misses
		{name: "settled with a rival", text: "Rongai Gas Ltd has settled with Kiambu Gas Ltd.", noKind: []string{KindResponse}},
		{name: "ignored analysts", text: "Rongai Gas Ltd ignored analysts' warnings about its debt.", none: true},
		{name: "asked a court to stop a rival", text: "Rongai Gas Ltd has asked the High Court to stop Kiambu Gas Ltd from using its brand.", noKind: []string{KindResponse}},
	})
}

// A firm acted on earlier that speaks of other business takes no stance.
func TestFrames8OtherBusinessIsNoAnswer(t *testing.T) {
	fined := "Kenya's Competition Authority fined Rongai Gas Ltd 12 million shillings in 2023. "
	expectFrames(t, []frameCase{
		{name: "stopped for its own reason", text: fined + "Rongai said it had stopped selling cylinders in Uganda because of low demand.", noKind: []string{KindResponse}},
		{name: "removing directors", text: fined + "Rongai said it would remove two directors at its annual meeting.", noKind: []string{KindResponse}},
		{name: "a dividend", text: fined + "Rongai said on Monday it would pay a dividend of 2 shillings a share.", noKind: []string{KindResponse}},
		{name: "disappointed with results", text: fined + "Rongai said it was disappointed with its results.", noKind: []string{KindResponse}},
		{name: "but a remedy still answers", text: fined + "Rongai said it had already begun replacing the faulty valves.", want: []wantClaim{want(KindResponse, "Rongai", "Competition Authority")}},
	})
}

// Promises, outbursts and calls for reversal.
func TestFrames8PromisesAndOutbursts(t *testing.T) {
	fined := "Poland's UOKiK fined Allegro 200 million zlotys on Monday. "
	r := func(st string) []wantClaim { return []wantClaim{stance(KindResponse, "Allegro", "UOKiK", st)} }
	expectFrames(t, []frameCase{
		{name: "apologised and pledged to compensate", text: fined + "Allegro apologised and pledged to compensate affected sellers.", want: r("comply")},
		{name: "promised to fix", text: fined + "Allegro promised to fix the problems identified by the regulator.", want: r("comply")},
		{name: "lashed out at the watchdog", text: fined + "Allegro lashed out at the watchdog.", want: r("resist")},
		{name: "called for the decision to be reversed", text: fined + "Allegro called for the decision to be reversed.", want: r("resist")},
		// near misses
		{name: "declined to comment", text: fined + "Allegro declined to comment on the fine.", noKind: []string{KindResponse}},
		{name: "pledged to hire", text: fined + "Allegro pledged to hire 500 engineers in Warsaw.", noKind: []string{KindResponse}},
		{name: "lashed out at a rival", text: "Allegro lashed out at Amazon over delivery times.", none: true},
	})
}

// Lawyers saying "they", working to meet a decision, and "the order" picking
// the authority that ordered among several.
func TestFrames8LawyersAndOrders(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "the firm's lawyers said they would seek to set aside the order",
			text:    "A commercial court in Lagos froze $32 million held by Eko Petroleum Ltd, granting an application by the Economic and Financial Crimes Commission. Eko Petroleum's lawyers said they would seek to have the order set aside.",
			want:    []wantClaim{stance(KindResponse, "Eko Petroleum", "court", "resist")},
			notWant: []wantClaim{want(KindResponse, "Eko Petroleum", "Economic and Financial Crimes Commission")}},
		{name: "work to ensure practices met the decision",
			text: "Ireland's Data Protection Commission fined LinkedIn Ireland 310 million euros and ordered it to bring its processing into compliance. LinkedIn said it believed it had been in compliance with the GDPR but would work to ensure its ad practices met the decision.",
			want: []wantClaim{want(KindResponse, "LinkedIn", "Data Protection Commission")}},
		{name: "lawyers of a person are no firm",
			text:   "A Lagos court froze the assets of businessman John Okafor. His lawyers said they would seek to have the order set aside.",
			noKind: []string{KindResponse}},
	})
}

// "Under a settlement with/announced by <authority>, <firm> will ...".
func TestFrames8SettlementOpener(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "announced by", text: "Under a settlement announced by South Korea's antitrust regulator, Google will give up its exclusive YouTube Music bundling.",
			want: []wantClaim{stance(KindResponse, "Google", "antitrust regulator", "comply")}},
		{name: "agreement with", text: "Under an agreement with the Federal Trade Commission, Zenora Health Inc will stop sharing prescription data.",
			want: []wantClaim{want(KindResponse, "Zenora Health", "Federal Trade Commission")}},
		// near miss: a settlement between firms
		{name: "settlement between firms", text: "Under a settlement with Samsung Electronics, Apple will drop its patent claims.",
			noKind: []string{KindResponse}},
	})
}

// An opener naming the answer ("In response,", "After the ruling,") makes
// the firm's next act its answer.
func TestFrames8AnswerOpeners(t *testing.T) {
	ordered := "Poland's UOKiK ordered Allegro to change its fee rules. "
	expectFrames(t, []frameCase{
		{name: "in response, cut its fees", text: ordered + "In response, Allegro cut its fees by half.",
			want: []wantClaim{stance(KindResponse, "Allegro", "UOKiK", "comply")}},
		{name: "after the ruling, suspended the service", text: ordered + "After the ruling, the company suspended the service.",
			want: []wantClaim{want(KindResponse, "Allegro", "UOKiK")}},
		// near misses
		{name: "in response, did not change", text: ordered + "In response, Allegro did not change anything.", noKind: []string{KindResponse}},
		{name: "after its results, a new phone", text: ordered + "After the results, Allegro launched a new phone.", noKind: []string{KindResponse}},
	})
}

// Among acts of the kind answered, the one told with the thing answered.
func TestFrames8AnsweredThingPicksTheAct(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "conditions of the first of two approvals",
			text:    "Anatel approved Conecta Sul Telecom's takeover of Pampa Telecom with conditions on Thursday. Competition authority CADE had signed off on the deal in August. Conecta Sul said it accepted the conditions.",
			want:    []wantClaim{want(KindResponse, "Conecta Sul", "Anatel")},
			notWant: []wantClaim{want(KindResponse, "Conecta Sul", "CADE")}},
		{name: "the latest act of the kind otherwise",
			text: "Anatel approved Conecta Sul Telecom's takeover of Pampa Telecom on Thursday. Competition authority CADE cleared the deal on Friday. Conecta Sul said it welcomed the approval.",
			want: []wantClaim{want(KindResponse, "Conecta Sul", "CADE")}},
	})
}
