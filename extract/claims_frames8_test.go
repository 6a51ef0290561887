package extract

import "testing"

// Round-6 (B) frames: certainty by the spec, responses phrased as remedies,
// reservations or actions, and references across sentences. Each frame is
// written in several wordings, with near misses.

func certain(kind, actor, target, certainty string) wantClaim {
	return wantClaim{kind: kind, actor: actor, target: target, certainty: certainty}
}

func TestFrames8Certainty(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "counted officials are sources",
			text: "Kenya's energy regulator has ordered Savanna Power to restore supply to three counties within 48 hours, two officials at the agency said.",
			want: []wantClaim{certain(KindMandate, "energy regulator", "Savanna Power", Reported)}},
		{name: "several people briefed",
			text: "The Competition Commission of Pakistan fined Indus Cement Ltd 1 billion rupees, several people briefed on the matter said.",
			want: []wantClaim{certain(KindPenalty, "Competition Commission of Pakistan", "Indus Cement", Reported)}},
		{name: "plain officials said stays asserted",
			text: "The Communications Authority fined Telkom Kenya 20 million shillings for dropped calls, officials said.",
			want: []wantClaim{certain(KindPenalty, "Communications Authority", "Telkom Kenya", Asserted)}},
		{name: "a named official of the authority is asserted",
			text: "The Japan Fair Trade Commission ordered Rakuten Group to scrap the clause, a JFTC official told reporters.",
			want: []wantClaim{certain(KindMandate, "Japan Fair Trade Commission", "Rakuten", Asserted)}},
		{name: "state news agency reported",
			text: "Egypt's competition authority opened an investigation into Juhayna Food Industries over milk prices, state news agency MENA reported.",
			want: []wantClaim{certain(KindProbe, "competition authority", "Juhayna", Reported)}},
		{name: "the Interfax news agency reported citing a court statement",
			text: "A Moscow court fined Apple Inc 3 million roubles, the Interfax news agency reported, citing a court statement.",
			want: []wantClaim{certain(KindPenalty, "Moscow court", "Apple", Reported)}},
		{name: "correcting earlier reports is no attribution",
			text: "Peru's consumer agency Indecopi did not fine Saga Falabella over the sale, the agency said on Monday, correcting earlier press reports.",
			want: []wantClaim{{kind: KindPenalty, actor: "Indecopi", target: "Saga Falabella", certainty: Asserted, negated: true}}},
		{name: "contrary to weekend reports",
			text: "Contrary to weekend reports, the Bundeskartellamt has not ordered Lidl to change its supplier terms, an office spokesman said.",
			want: []wantClaim{{kind: KindMandate, actor: "Bundeskartellamt", target: "Lidl", certainty: Asserted, negated: true}}},
		{name: "speaking on condition of anonymity",
			text: "Vietnam Airlines has been ordered to suspend two routes by the Civil Aviation Authority of Vietnam, a company official said, speaking on condition of anonymity.",
			want: []wantClaim{certain(KindMandate, "Civil Aviation Authority of Vietnam", "Vietnam Airlines", Reported)}},
		{name: "asked not to be named",
			text: "The Securities and Exchange Board of India has asked Adani Enterprises to explain the trades, said an official who asked not to be named.",
			want: []wantClaim{certain(KindMandate, "Securities and Exchange Board of India", "Adani", Reported)}},
		{name: "a document seen by a wire rests on the wire",
			text: "Indonesia's trade ministry ordered Shopee to stop selling imported goods below $100, according to a document seen by Reuters.",
			want: []wantClaim{certain(KindMandate, "trade ministry", "Shopee", Reported)}},
		{name: "a notice seen by a wire is the authority's own",
			text: "Flipkart has been asked by the Competition Commission of India to submit its seller agreements within 30 days, according to a notice seen by Reuters.",
			want: []wantClaim{certain(KindMandate, "Competition Commission of India", "Flipkart", Asserted)}},
		{name: "whether to challenge is hedged",
			text: "Spain's government barred BBVA from merging with Banco Sabadell for three years. BBVA said the condition was unprecedented and that it was studying whether to challenge it in court.",
			want: []wantClaim{{kind: KindResponse, actor: "BBVA", target: "Spain", certainty: Hedged}}},
	})
}

func stance(kind, actor, target, st string) wantClaim {
	return wantClaim{kind: kind, actor: actor, target: target, stance: st}
}

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

// References across sentences: a short form of a firm acted on earlier,
// and a one-word name that speaks of itself as "it".
func TestFrames8References(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "short form before a domain",
			text: "Dutch privacy watchdog Autoriteit Persoonsgegevens fined Booking.com 475,000 euros. Booking said it had accepted the penalty and would not appeal.",
			want: []wantClaim{want(KindResponse, "Booking", "Autoriteit Persoonsgegevens")}},
		{name: "short form of a longer name",
			text: "Chile's Fiscalía Nacional Económica sued Andes Cement Partners for collusion. Andes Cement said it would contest the lawsuit.",
			want: []wantClaim{want(KindResponse, "Andes Cement", "Fiscalía Nacional Económica")}},
		{name: "one-word name speaking of itself",
			text: "Italy's antitrust authority AGCM fined Brembo 3 million euros over brake-pad pricing. Brembo confirmed the fine and said it would appeal against it.",
			want: []wantClaim{want(KindResponse, "Brembo", "AGCM")}},
		{name: "a person speaking is no firm",
			text:     "Italy's antitrust authority AGCM fined Brembo 3 million euros over brake-pad pricing. Rossi said he would appeal.",
			notParty: []string{"Rossi"}},
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

// "X said it ...": the pronoun is the speaker.
func TestFrames8SpeakerPronoun(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "firm said it accepted",
			text:   "New Zealand's Financial Markets Authority fined Kauri Life Ltd NZ$1 million. Kauri Life said it fully accepted the findings of the authority's review.",
			want:   []wantClaim{want(KindResponse, "Kauri Life", "Financial Markets Authority")},
			noKind: []string{KindApproval}},
		{name: "firm said on Monday that it accepted",
			text:   "Chile's CMF fined Banco Austral SA 2 billion pesos. Banco Austral said on Monday that it accepted the penalty.",
			want:   []wantClaim{want(KindResponse, "Banco Austral", "CMF")},
			noKind: []string{KindApproval}},
		{name: "authority said it accepted commitments",
			text:   "The European Commission said it accepted commitments offered by Illumina Inc to resolve its concerns.",
			want:   []wantClaim{want(KindApproval, "European Commission", "Illumina")},
			noKind: []string{KindResponse}},
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

// Headlines take the body's certainty; "set to" hedges; clubs and teams
// answering a league are no firms.
func TestFrames8HeadlineAndHedges(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "headline told first takes the body's certainty",
			text: "Prosecutors raid Daehan Webtoon over artist contracts\nSEOUL (Yonhap) -- Prosecutors raided the headquarters of online comics platform Daehan Webtoon on Monday, according to legal sources.",
			want: []wantClaim{certain(KindProbe, "Prosecutors", "Daehan Webtoon", Reported)}},
		{name: "set to order",
			text: "Japan's Financial Services Agency is set to order crypto exchange Kirameki Ltd to overhaul its controls after a hack.",
			want: []wantClaim{certain(KindMandate, "Financial Services Agency", "Kirameki", Hedged)}},
		{name: "headline set to",
			text: "Japan's FSA set to order crypto exchange Kirameki Ltd to overhaul controls after hack",
			want: []wantClaim{certain(KindMandate, "FSA", "Kirameki", Hedged)}},
		{name: "the club will not appeal its player's sanction",
			text:   "Kaizer Chiefs midfielder Sipho Dlamini was fined 50,000 rand by the Premier Soccer League for abusing a referee. The club said it would not appeal the sanction.",
			noKind: []string{KindResponse}},
		{name: "a further appeal with no act on the firm found answers the court below",
			text:    "The fine on Agora Markets SA was upheld by the Administrative Court of Appeal on Tuesday. Agora said it would take the case to the Council of State.",
			notWant: []wantClaim{want(KindResponse, "Agora", "Council of State")}},
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

// Counted groups of firms and authorities described as a body, across sentences.
func TestFrames8GroupAndBodyReferences(t *testing.T) {
	named := "Standard Chartered and HSBC were named in the report. "
	expectFrames(t, []frameCase{
		{name: "the two banks", text: named + "Hong Kong's SFC fined the two banks a combined HK$100 million.",
			want: []wantClaim{want(KindPenalty, "SFC", "Standard Chartered"), want(KindPenalty, "SFC", "HSBC")}},
		{name: "both lenders", text: named + "Hong Kong's SFC ordered both lenders to raise their capital buffers.",
			want: []wantClaim{want(KindMandate, "SFC", "Standard Chartered"), want(KindMandate, "SFC", "HSBC")}},
		{name: "the two operators", text: "Vodacom and MTN raised data prices. South Africa's communications regulator ordered the two operators to cut them.",
			want: []wantClaim{want(KindMandate, "regulator", "Vodacom"), want(KindMandate, "regulator", "MTN")}},
		{name: "the antitrust body", text: "Brazil's CADE opened a probe into Mercado Libre last year. On Tuesday the antitrust body fined the e-commerce firm 40 million reais.",
			want: []wantClaim{want(KindPenalty, "CADE", "Mercado Libre")}},
		// near misses
		{name: "count does not match the group", text: named + "Hong Kong's SFC fined the three banks.",
			notWant: []wantClaim{want(KindPenalty, "SFC", "HSBC")}},
		{name: "an industry body is no authority", text: "Kenya's Competition Authority reviewed the cooking gas market. The industry body criticised Rongai Gas Ltd for its prices.",
			notWant: []wantClaim{want(KindPenalty, "Competition Authority", "Rongai Gas")}},
	})
}

// Headline-ese drops the auxiliary of a passive.
func TestFrames8HeadlinePassives(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "fined by", text: "Pelican Air fined $4.5 million by U.S. transport department over tarmac delays",
			want: []wantClaim{want(KindPenalty, "transport department", "Pelican Air")}},
		{name: "ordered to by a court", text: "Uber ordered to reinstate 200 drivers by Kenyan court",
			want: []wantClaim{want(KindMandate, "Kenyan court", "Uber")}},
		{name: "two firms told to by a watchdog", text: "Apple, Google told to open app stores by Japan watchdog",
			want: []wantClaim{want(KindMandate, "Japan watchdog", "Apple"), want(KindMandate, "Japan watchdog", "Google")}},
		{name: "headline then body", text: "Uber ordered to reinstate 200 drivers by Kenyan court\nNAIROBI - A Kenyan labour court on Monday ordered Uber to reinstate 200 drivers it had deactivated.",
			want: []wantClaim{want(KindMandate, "court", "Uber")}},
		// near misses: an active past in a sentence, a firm acting
		{name: "a firm's own past act in a headline", text: "Grab acquired by nobody: Grab fined drivers for late trips",
			noKind: []string{KindPenalty}},
		{name: "not a headline", text: "Uber ordered new cars for its drivers in Nairobi, the company said.",
			none: true},
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

// Certainty of responses and of rumoured acts.
func TestFrames8ResponseCertainty(t *testing.T) {
	fined := "Poland's UOKiK fined Allegro 200 million zlotys on Monday. "
	c := func(cert string) []wantClaim {
		return []wantClaim{{kind: KindResponse, actor: "Allegro", target: "UOKiK", certainty: cert}}
	}
	expectFrames(t, []frameCase{
		{name: "said it would appeal", text: fined + "Allegro said it would appeal.", want: c(Asserted)},
		{name: "is expected to appeal", text: fined + "Allegro is expected to appeal.", want: c(Hedged)},
		{name: "said it may appeal", text: fined + "Allegro said it may appeal.", want: c(Hedged)},
		{name: "is preparing an appeal", text: fined + "Allegro is preparing an appeal.", want: c(Hedged)},
		{name: "will appeal, people familiar said", text: fined + "Allegro will appeal, people familiar with the matter said.", want: c(Reported)},
		{name: "paid, media reported", text: fined + "Allegro has already paid the fine, Polish media reported.", want: c(Reported)},
		{name: "appealed, a filing showed", text: fined + "Allegro has appealed the decision, a court filing showed.", want: c(Asserted)},
		{name: "is said to have fined", text: "Kenya's Competition Authority is said to have fined Rongai Gas Ltd 12 million shillings.",
			want: []wantClaim{certain(KindPenalty, "Competition Authority", "Rongai Gas", Hedged)}},
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

// A firm described again in its own sentence, and an undertaking told by
// the authority it was made to.
func TestFrames8SameSentenceDescriptionAndToldUndertaking(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "the company later in the same sentence",
			text: "Kenya's Competition Authority fined Rongai Gas Ltd 12 million shillings and ordered the company to cut prices.",
			want: []wantClaim{want(KindMandate, "Competition Authority", "Rongai Gas")}},
		{name: "authority said the company had agreed to repay",
			text: "New Zealand's Financial Markets Authority has censured life insurer Totara Life for overcharging customers and said the company had agreed to repay NZ$2.1 million.",
			want: []wantClaim{stance(KindResponse, "Totara Life", "Financial Markets Authority", "comply")}},
		{name: "regulator said the firm agreed to refund",
			text: "Kenya's energy regulator said Rongai Gas Ltd had agreed to refund overcharged customers.",
			want: []wantClaim{want(KindResponse, "Rongai Gas", "energy regulator")}},
		// near misses
		{name: "regulator said the firm agreed to buy a rival",
			text:   "Kenya's energy regulator said Rongai Gas Ltd had agreed to buy Kiambu Gas Ltd.",
			noKind: []string{KindResponse}},
		{name: "the company of a possessive is no antecedent",
			text: "Rongai Gas Ltd's chairman said the company of his late father had been sold.",
			none: true},
	})
}

// Two firms answering in two clauses of one sentence.
func TestFrames8SecondClauseSpeaker(t *testing.T) {
	fined := "Kenya's Competition Authority fined Rongai Gas Ltd and Kiambu Gas Ltd 12 million shillings each. "
	expectFrames(t, []frameCase{
		{name: "while", text: fined + "Rongai said it would appeal, while Kiambu said it would pay.",
			want: []wantClaim{stance(KindResponse, "Rongai", "Competition Authority", "resist"), stance(KindResponse, "Kiambu", "Competition Authority", "comply")}},
		{name: "semicolon", text: fined + "Rongai said it would appeal; Kiambu said it had already paid the fine.",
			want: []wantClaim{want(KindResponse, "Rongai", "Competition Authority"), want(KindResponse, "Kiambu", "Competition Authority")}},
		{name: "second clause about something else", text: fined + "Rongai said it would appeal, while Kiambu said it would open two new depots.",
			notWant: []wantClaim{want(KindResponse, "Kiambu", "Competition Authority")}},
	})
}

// "say" attributes as "said" does; outsiders to the parties are sources.
func TestFrames8SayAndOutsiders(t *testing.T) {
	act := "Kenya's Competition Authority fined Rongai Gas Ltd 12 million shillings"
	expectFrames(t, []frameCase{
		{name: "sources say first", text: "Sources say " + act + ".", want: []wantClaim{certain(KindPenalty, "Competition Authority", "Rongai Gas", Reported)}},
		{name: "two sources say last", text: act + ", two sources say.", want: []wantClaim{certain(KindPenalty, "Competition Authority", "Rongai Gas", Reported)}},
		{name: "an industry executive said", text: act + ", an industry executive said.", want: []wantClaim{certain(KindPenalty, "Competition Authority", "Rongai Gas", Reported)}},
		{name: "the company told Reuters", text: act + ", the company told Reuters.", want: []wantClaim{certain(KindPenalty, "Competition Authority", "Rongai Gas", Asserted)}},
		{name: "regulators say stays asserted", text: act + ", regulators say.", want: []wantClaim{certain(KindPenalty, "Competition Authority", "Rongai Gas", Asserted)}},
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

// A first-line headline's answer waits for the body to tell the act.
func TestFrames8HeadlineAnswers(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "X to appeal fine", text: "Rongai Gas to appeal Sh12 million competition fine\nNAIROBI - Kenya's Competition Authority fined Rongai Gas Ltd 12 million shillings on Monday for fixing prices.",
			want: []wantClaim{stance(KindResponse, "Rongai Gas", "Competition Authority", "resist")}},
		{name: "X vows to fight", text: "Meta vows to fight Nigerian fine\nLAGOS - Nigeria's FCCPC fined Meta Platforms $220 million for privacy violations.",
			want: []wantClaim{want(KindResponse, "Meta", "FCCPC")}},
		{name: "X says will comply", text: "Grab says it will comply with Vietnam order\nHANOI - Vietnam's Ministry of Industry and Trade ordered Grab Holdings to cut its commission rates.",
			want: []wantClaim{want(KindResponse, "Grab", "Ministry of Industry and Trade")}},
		// near miss: the body tells an act on another firm
		{name: "headline answer, act on someone else", text: "Rongai Gas to appeal fine\nNAIROBI - Kenya's Competition Authority fined Kiambu Gas Ltd 12 million shillings on Monday.",
			notWant: []wantClaim{want(KindResponse, "Rongai Gas", "Competition Authority")}},
	})
}

// Datelines name the city filed from; titles answer the body's acts.
func TestFrames8DatelineAndTitle(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "dateline city is no antecedent of it",
			text: "LAGOS - Nigeria's FCCPC fined Meta Platforms $220 million on Friday. The commission also ordered it to change its data practices.",
			want: []wantClaim{want(KindMandate, "FCCPC", "Meta")}, notParty: []string{"LAGOS"}},
		{name: "dateline with date and agency",
			text:     "ACCRA, March 4 (Reuters) - Ghana's central bank fined Zeepay Ltd 2 million cedis. The bank said it had also ordered the company to suspend new accounts.",
			notParty: []string{"ACCRA"}},
		{name: "capitals opening a sentence are no dateline",
			text: "BYD, the Chinese carmaker, was fined by Brazil's labour ministry on Monday.",
			want: []wantClaim{want(KindPenalty, "labour ministry", "BYD")}},
	})
	x := NewClaimExtractor(nil)
	got := x.Claims(Document{Title: "Meta vows to fight Nigerian fine", Text: "Nigeria's FCCPC fined Meta Platforms $220 million on Friday for privacy violations."})
	if !hasClaim(got, want(KindResponse, "Meta", "FCCPC")) {
		t.Errorf("title answer to the body's fine missing; got %s", describe(got))
	}
}

// "the office", "the board": an authority so called, named before.
func TestFrames8AuthorityHeadsAsReferences(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "the office", text: "Poland's competition office UOKiK opened a probe into Allegro in 2022. The office fined the company 200 million zlotys on Monday.",
			want: []wantClaim{want(KindPenalty, "UOKiK", "Allegro")}},
		{name: "the board", text: "Zambia's Energy Regulation Board opened an inquiry into Copperbelt Petroleum Supplies Ltd. The board ordered the company to refund stations.",
			want: []wantClaim{want(KindPenalty, "Energy Regulation Board", "Copperbelt Petroleum")}},
		// near miss: a firm's board
		{name: "the board of a firm", text: "Zambia's Energy Regulation Board met on Monday. Copperbelt Petroleum Supplies Ltd said the board of the company would meet on Friday.",
			noKind: []string{KindPenalty, KindMandate}},
	})
}

// "each" as the subject stands for the group just named.
func TestFrames8EachOfTheGroup(t *testing.T) {
	granted := "The Central Bank of Egypt granted digital banking licences to three lenders - Delta Digital Bank, Sinai NeoBank and Faros Bank. "
	expectFrames(t, []frameCase{
		{name: "each must hold", text: granted + "The central bank said each must hold capital of at least 1.5 billion pounds.",
			want: []wantClaim{want(KindMandate, "Central Bank of Egypt", "Delta Digital Bank"), want(KindMandate, "Central Bank of Egypt", "Faros Bank")}},
		{name: "each of them will have to", text: "Hong Kong's SFC fined Standard Chartered and HSBC on Monday. Each of them must also appoint an independent reviewer.",
			want: []wantClaim{want(KindMandate, "SFC", "HSBC")}},
		// near miss: "each" of a count
		{name: "each year", text: granted + "Each year the central bank publishes a list of licensed lenders.",
			noKind: []string{KindMandate}},
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

// Sources close to a party, and unnamed people telling an outlet.
func TestFrames8SourcesCloseToParties(t *testing.T) {
	fined := "Poland's UOKiK fined Allegro 200 million zlotys on Monday. "
	c := func(cert string) []wantClaim {
		return []wantClaim{{kind: KindResponse, actor: "Allegro", target: "UOKiK", certainty: cert}}
	}
	expectFrames(t, []frameCase{
		{name: "a source close to the company", text: fined + "Allegro will appeal, a source close to the company said.", want: c(Reported)},
		{name: "people told the Financial Times", text: fined + "Allegro will appeal, two people with knowledge of the matter told the Financial Times.", want: c(Reported)},
		{name: "its chief executive told a TV channel", text: fined + "Allegro will appeal, its chief executive told Bloomberg TV.", want: c(Asserted)},
		{name: "the regulator told the firm to", text: "Poland's UOKiK told Allegro to change its fee rules.",
			want: []wantClaim{certain(KindMandate, "UOKiK", "Allegro", Asserted)}},
	})
}

// "all three" / "the three" as the subject stand for the group named.
func TestFrames8AllThree(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "all three must", text: "The Central Bank of Egypt granted licences to Delta Digital Bank, Sinai NeoBank and Faros Bank. All three must hold capital of at least 1.5 billion pounds.",
			want: []wantClaim{want(KindMandate, "Central Bank of Egypt", "Sinai NeoBank")}},
		{name: "count does not match", text: "The Central Bank of Egypt granted licences to Delta Digital Bank, Sinai NeoBank and Faros Bank. All four must hold capital of at least 1.5 billion pounds.",
			notWant: []wantClaim{want(KindMandate, "Central Bank of Egypt", "Sinai NeoBank")}},
	})
}

// Quoted "we" answers spoken by a firm named after the quote.
func TestFrames8QuotedWe(t *testing.T) {
	fined := "Poland's UOKiK fined Allegro 200 million zlotys on Monday. "
	expectFrames(t, []frameCase{
		{name: "said a spokeswoman for the firm, named first",
			text: fined + "\u201cWe disagree with the decision,\u201d said Anna Nowak, a spokeswoman for Allegro.",
			want: []wantClaim{stance(KindResponse, "Allegro", "UOKiK", "resist")}},
		{name: "we respect the decision and will pay",
			text: fined + "\u201cWe respect the regulator's decision and will pay,\u201d Allegro's chief executive said in a statement.",
			want: []wantClaim{stance(KindResponse, "Allegro", "UOKiK", "comply")}},
		{name: "a quote about something else",
			text:   fined + "\u201cWe are proud of our record,\u201d Allegro said.",
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

// A one-word firm opening a sentence with a relative clause before it speaks.
func TestFrames8OneWordFirmWithRelative(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "which was fined ..., said it would appeal",
			text: "Allegro, which was fined 200 million zlotys by Poland's UOKiK on Monday, said it would appeal.",
			want: []wantClaim{want(KindPenalty, "UOKiK", "Allegro"), stance(KindResponse, "Allegro", "UOKiK", "resist")}},
		{name: "a person with a relative is no firm",
			text:     "Nowak, who was fined by Poland's UOKiK on Monday, said he would appeal.",
			notParty: []string{"Nowak"}},
	})
}

// "Each said it ..." answers for every firm of the group.
func TestFrames8EachSaid(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "each said it would appeal",
			text: "Kenya's Competition Authority fined Rongai Gas Ltd and Kiambu Gas Ltd 12 million shillings each. Each said it would appeal.",
			want: []wantClaim{want(KindResponse, "Rongai Gas", "Competition Authority"), want(KindResponse, "Kiambu Gas", "Competition Authority")}},
	})
}

// A speaker with an apposition: the described firm speaks, and answers for
// the firm its apposition names.
func TestFrames8SpeakerApposition(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "now part of a group",
			text:    "Indonesia's competition watchdog KPPU fined ride-hailing firm Gojek 15 billion rupiah. Gojek, now part of GoTo Group, said it respected the decision.",
			want:    []wantClaim{want(KindResponse, "Gojek", "KPPU")},
			notWant: []wantClaim{want(KindResponse, "GoTo Group", "KPPU")}},
		{name: "the unit named in the parent's apposition answers",
			text: "The Reserve Bank of India barred Paytm Payments Bank from accepting fresh deposits. One97 Communications, Paytm's parent, said it would work closely with the regulator to resolve the concerns.",
			want: []wantClaim{want(KindResponse, "Paytm", "Reserve Bank of India")}},
	})
}
