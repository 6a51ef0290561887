package extract

import "testing"

// Round 9, firm acts: a firm's answer told by its attitude to the act
// (satisfied, unhappy), its plea, its work alongside the authority or its
// defence, with no verb of answering; several name styles, regions and
// tenses, and negatives with the same words where no authority acted or
// the words do not answer it.
func TestFramesFirmAttitudes(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "pleased with decision", text: "The Competition Commission of South Africa has approved Umoya Foods' purchase of Karoo Mills. Umoya said it was pleased with the decision.",
			want: []wantClaim{want(KindResponse, "Umoya", "Competition Commission")}},
		{name: "happy with ruling, plural firm", text: "Brazil's antitrust regulator Cade cleared the merger of Ventura Logística and TransSul on Monday. Ventura Logística said it was happy with the ruling and would close the deal in May.",
			want: []wantClaim{want(KindResponse, "Ventura Logística", "Cade")}},
		{name: "satisfied by outcome in past perfect", text: "The Finnish Competition and Consumer Authority on Tuesday closed its investigation into grocer Kesko Retail without a fine. Kesko Retail said it had always been satisfied that the probe would find nothing.",
			want: []wantClaim{want(KindResponse, "Kesko Retail", "Finnish Competition and Consumer Authority")}},
		{name: "not happy resists", text: "Kenya's Communications Authority fined Zuku Networks 40 million shillings for poor service. Zuku said it was not happy with the fine and was studying its options.",
			want: []wantClaim{want(KindResponse, "Zuku", "Communications Authority")}},
		{name: "unhappy with decision", text: "The Office of Fair Trading in Ghana ordered AccraNet Telecom to cut roaming charges. AccraNet Telecom said it was unhappy with the order.",
			want: []wantClaim{want(KindResponse, "AccraNet Telecom", "Office of Fair Trading")}},
		{name: "plead not guilty", text: "Singapore's Competition and Consumer Commission charged two bus operators, Linden Coaches and Merlion Transit, with rigging bids. Linden Coaches said it would plead not guilty.",
			want: []wantClaim{want(KindResponse, "Linden Coaches", "Competition and Consumer Commission")}},
		{name: "pleaded innocent", text: "Prosecutors in Seoul indicted Hanbit Chemical last month over a toxic leak. Hanbit Chemical pleaded innocent at its first hearing on Friday.",
			want: []wantClaim{want(KindResponse, "Hanbit Chemical", "")}},
		{name: "work constructively with the authority", text: "Romania's Competition Council opened an in-depth probe into Dacia Retail's bid for Transilvania Market. Dacia Retail said it would work constructively with the authority.",
			want: []wantClaim{want(KindResponse, "Dacia Retail", "Competition Council")}},
		{name: "working closely with named regulator", text: "The Financial Conduct Authority has launched an investigation into payments firm Thistle Pay over missing client money. Thistle Pay said it was working closely with the FCA to reconcile its accounts.",
			want: []wantClaim{want(KindResponse, "Thistle Pay", "Financial Conduct Authority")}},
		{name: "liaising with investigators", text: "Poland's UOKiK raided the offices of Mazury Dairy on Wednesday. Mazury Dairy said it was liaising with investigators.",
			want: []wantClaim{want(KindResponse, "Mazury Dairy", "UOKiK")}},
		{name: "present its defence", text: "Brazil's Cade is investigating PicPay and Nubank over merchant fees, the agency said. Nubank said it would present its defence in due course.",
			want: []wantClaim{want(KindResponse, "Nubank", "Cade")}},
		{name: "vigorously defend the transaction", text: "The U.S. Federal Trade Commission sued on Tuesday to block Orchid Health's purchase of Cedar Diagnostics. Orchid Health said it would vigorously defend the transaction.",
			want: []wantClaim{want(KindResponse, "Orchid Health", "Federal Trade Commission")}},
		{name: "defend itself in court", text: "India's Competition Commission has ordered an investigation into Zestmart over predatory pricing. Zestmart said it would defend itself in court.",
			want: []wantClaim{want(KindResponse, "Zestmart", "Competition Commission")}},

		// negatives: the same words with no authority's act, or not answering it
		{name: "neg pleased with sales", text: "Umoya Foods said it was pleased with its quarterly sales and would open ten stores.",
			none: true},
		{name: "neg working with a partner firm", text: "Thistle Pay said it was working closely with Barclays on a new card product.",
			noKind: []string{KindResponse}},
		{name: "neg defend a market title", text: "Nubank said it would defend its lead in Brazilian digital banking against new rivals.",
			none: true},
		{name: "neg engaging over a dispute", text: "The Tanzania Communications Regulatory Authority has suspended the licence of Ruvuma Net for unpaid fees. Ruvuma Net said the dispute concerned a billing error and that it was engaging the regulator to resolve it.",
			notWant: []wantClaim{want(KindResponse, "Ruvuma Net", "Tanzania Communications Regulatory Authority")}},
		{name: "neg analyst pleased", text: "The regulator approved the deal on Monday. Analysts said they were pleased with the decision.",
			noKind: []string{KindResponse}},
	})
}

// Round 9: who speaks and what a firm denies. An apposition between the
// firm and its speech verb, a firm's officer speaking of "the company",
// and a denial naming the conduct charged.
func TestFramesFirmSpeakers(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "apposition before said", text: "Brazil's Cade is investigating PicPay and Nubank over merchant fees. Nubank, the digital bank backed by Tencent, said it would present its defence.",
			want: []wantClaim{want(KindResponse, "Nubank", "Cade")}},
		{name: "one-of apposition, said in a statement", text: "Kenya's Capital Markets Authority has opened an inquiry into stockbroker Savanna Securities. Savanna Securities, one of the smaller brokers in Nairobi, said in a statement that it was working with the regulator.",
			want: []wantClaim{want(KindResponse, "Savanna Securities", "Capital Markets Authority")}},
		{name: "a-unit-of apposition", text: "The Competition Commission of India fined Orion Cement 2 billion rupees for cartelisation. Orion Cement, a unit of Orion Group, said it was disappointed with the order.",
			want: []wantClaim{want(KindResponse, "Orion Cement", "Competition Commission of India")}},
		{name: "officer speaks of the company", text: "The Malaysia Competition Commission has proposed fines against Sentosa Tyre and Kuat Rubber for fixing tyre prices. Kuat Rubber managing director Lim Chee Keong said the company would cooperate fully with the commission.",
			want:    []wantClaim{want(KindResponse, "Kuat Rubber", "Malaysia Competition Commission")},
			notWant: []wantClaim{want(KindResponse, "Sentosa Tyre", "")}},
		{name: "officer speaks of the firm, appeal", text: "Ofcom fined BrightWave Telecom and Celtic Mobile for mis-selling. BrightWave chief executive Anna Price said the firm would appeal.",
			want:    []wantClaim{want(KindResponse, "BrightWave", "Ofcom")},
			notWant: []wantClaim{want(KindResponse, "Celtic Mobile", "")}},
		{name: "denied any collusion", text: "Nigeria's Federal Competition and Consumer Protection Commission has opened an investigation into three cement makers, Dangote Cement, BUA Cement and Lafarge Africa. BUA Cement said it had not been contacted by the commission and denied any collusion with its competitors.",
			want: []wantClaim{want(KindResponse, "BUA Cement", "Federal Competition and Consumer Protection Commission")}},
		{name: "denies price-fixing", text: "The Japan Fair Trade Commission raided Minato Transport on suspicion of price-fixing. Minato Transport denies price-fixing.",
			want: []wantClaim{want(KindResponse, "Minato Transport", "Japan Fair Trade Commission")}},
		{name: "denied allegations of bid-rigging", text: "South Korea's Fair Trade Commission fined Hanbit Construction 3 billion won on Monday. Hanbit Construction denied the allegations of bid-rigging.",
			want: []wantClaim{want(KindResponse, "Hanbit Construction", "Fair Trade Commission")}},

		// negatives
		{name: "neg denial with no act", text: "Lintas Nusantara denied any collusion with Kuat Rubber in a statement about its new logistics venture.",
			none: true},
		{name: "neg apposition, product news", text: "Nubank, the digital bank backed by Tencent, said it would open an office in Mexico.",
			none: true},
		{name: "neg analyst speaks of the company", text: "The FTC sued to block Orchid Health's purchase of Cedar Diagnostics. Jefferies analyst Tom Reed said the company would likely walk away.",
			notWant: []wantClaim{want(KindResponse, "Jefferies", "")}},
	})
}

// Round 9: a firm shutting rivals out, told by the phrasal verb with the
// rivals between the verb and "out" (or after "out").
func TestFramesFirmShutOut(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "shut A and B out of", text: "Poland's UOKiK fined Paczka24 for refusing rivals access to its lockers. Paczka24 shut DPD Polska and Orlen Paczka out of its lockers in 2022, the office found.",
			want: []wantClaim{want(KindAction, "Paczka24", "DPD Polska"), want(KindAction, "Paczka24", "Orlen Paczka")}},
		{name: "locked rival out, had", text: "Delta Cargo had locked Nile Freight out of its warehouses since March, the regulator said.",
			want: []wantClaim{want(KindAction, "Delta Cargo", "Nile Freight")}},
		{name: "shut out rivals from", text: "Maersk Line shut out rivals Nile Freight and Delta Cargo from the terminal, the authority said.",
			want: []wantClaim{want(KindAction, "Maersk Line", "Nile Freight"), want(KindAction, "Maersk Line", "Delta Cargo")}},
		{name: "froze out, Ltd names", text: "Kenya Power Ltd froze Umeme Ltd out of the grid tender last year.",
			want: []wantClaim{want(KindAction, "Kenya Power", "Umeme")}},
		{name: "squeezed such-as member out", text: "The Japan Fair Trade Commission said Rakuten Mobile squeezed smaller carriers such as Mineo out of the market.",
			want: []wantClaim{want(KindAction, "Rakuten Mobile", "Mineo")}},

		// negatives: the shut-out firm as subject, an order to stop, no firm shut out
		{name: "neg passive shut out", text: "Huawei was shut out of the 5G auction.",
			noKind: []string{KindAction}},
		{name: "neg frozen out by", text: "Nile Freight said it had been frozen out by Delta Cargo.",
			notWant: []wantClaim{want(KindAction, "Nile Freight", "Delta Cargo")}},
		{name: "neg ordered to stop", text: "The regulator ordered Vodacom to stop shutting Cell C out of its towers.",
			notWant: []wantClaim{want(KindAction, "Vodacom", "Cell C")}},
		{name: "neg own services", text: "Apple kept its own services out of the review.",
			none: true},
	})
}

// Round 9: a firm's suit told only as the bringer of the case a court
// ruled on, in the same sentence or by a definite noun in a later one.
func TestFramesFirmSuitTold(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "after a suit by", text: "The Bombay High Court has barred Kesar Foods from selling tea under the Royal Leaf name after a suit by Tata Consumer Products.",
			want: []wantClaim{want(KindAction, "Tata Consumer Products", "Kesar Foods")}},
		{name: "in a case brought by", text: "A Nairobi court ordered Mawingu Networks to pay 40 million shillings in a case brought by Liquid Telecom.",
			want: []wantClaim{want(KindAction, "Liquid Telecom", "Mawingu Networks")}},
		{name: "filed the suit later", text: "A Lagos court has ordered MTN Nigeria to pay Globacom 3.8 billion naira for throttling calls. Globacom filed the suit two years ago.",
			want: []wantClaim{want(KindAction, "Globacom", "MTN Nigeria")}},
		{name: "relative clause, filed the lawsuit", text: "The Hangzhou Internet Court ordered Bilibili to pay Youku 12 million yuan for pirated clips. Youku, which is owned by Alibaba, filed the lawsuit in 2023.",
			want: []wantClaim{want(KindAction, "Youku", "Bilibili")}},
		{name: "had brought the case", text: "Germany's Federal Court of Justice ordered Otto Versand to stop copying Zalando's slogan. Zalando had brought the case in 2021, the court said.",
			want: []wantClaim{want(KindAction, "Zalando", "Otto Versand")}},

		// negatives: an appeal of an authority's act, a bringer the ruling never named, an authority's suit
		{name: "neg appeal filed", text: "The Competition Commission fined Telkom. Telkom filed the appeal last week.",
			noKind: []string{KindAction}},
		{name: "neg bringer not in ruling", text: "The High Court ordered Acme Ltd to pay damages to Beta Ltd. Gamma Ltd filed the lawsuit in 2020.",
			noKind: []string{KindAction}},
		{name: "neg regulator's case", text: "A Delhi court barred Kesar Foods from selling tea after a suit by the Food Safety and Standards Authority.",
			noKind: []string{KindAction}},
	})
}

// Round 9: a firm named with its legal form first ("PT", "OOO") answers
// as the short name the article uses afterwards.
func TestFramesFirmLegalPrefix(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "PT then short name welcomes", text: "Indonesia's KPPU cleared PT Sumber Makmur Logistik's purchase of rival courier KirimKilat. Sumber Makmur said it welcomed the decision.",
			want: []wantClaim{want(KindResponse, "Sumber Makmur", "KPPU")}},
		{name: "OOO then short name appeals", text: "Russia's Federal Antimonopoly Service fined OOO Volga Taxi 2 million roubles for price gouging. Volga Taxi said it would appeal.",
			want: []wantClaim{want(KindResponse, "Volga Taxi", "Federal Antimonopoly Service")}},
		{name: "neg other firm with the prefix word", text: "Indonesia's KPPU fined PT Sumber Makmur Logistik 5 billion rupiah. Sumber Jaya said it welcomed the new port.",
			notWant: []wantClaim{want(KindResponse, "Sumber Jaya", "")}},
	})
}

// Round 9: a sale of a firm's assets told by the seller ("sell two
// stations in Des Moines to X"): the buyer takes the seller's business,
// and the place the assets stand in is no party.
func TestFramesFirmAssetSale(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "stations in a city to", text: "Bluebird Media may also sell two stations in Des Moines to Hawkeye Broadcasting, a person familiar with the matter said.",
			want: []wantClaim{want(KindAction, "Hawkeye Broadcasting", "Bluebird Media")}, notParty: []string{"Des Moines"}},
		{name: "towers to", text: "Telkom will sell its towers to Helios Towers for 6 billion rand.",
			want: []wantClaim{want(KindAction, "Helios Towers", "Telkom")}},
		{name: "stores in a country to", text: "Shoprite sold its stores in Nigeria to Ketron Investment in 2021.",
			want: []wantClaim{want(KindAction, "Ketron Investment", "Shoprite")}, notParty: []string{"Nigeria"}},
		{name: "refineries in a region, past", text: "Sasol sold two refineries in Mpumalanga to TotalEnergies last year.",
			want: []wantClaim{want(KindAction, "TotalEnergies", "Sasol")}, notParty: []string{"Mpumalanga"}},
		{name: "neg goods sold", text: "The farmer sells wheat to Pioneer Foods every season.",
			none: true},
	})
}

// Round 9: answers by firms the act names without binding them, by a
// group told as "the platforms", and by a firm that has begun doing what
// it was ordered to.
func TestFramesFirmAnswersMore(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "rival named in the act welcomes", text: "Israel's Communications Ministry has instructed Bezeq to let rival internet providers, including Partner and Cellcom, offer services over its network. Cellcom said it welcomed the decision.",
			want: []wantClaim{want(KindResponse, "Cellcom", "Communications Ministry")}},
		{name: "beneficiary supports the order", text: "The Competition Authority of Kenya ordered Safaricom to open its M-Pesa agents to Airtel Money. Airtel Money said it supported the order.",
			want: []wantClaim{want(KindResponse, "Airtel Money", "Competition Authority of Kenya")}},
		{name: "the platforms pledged", text: "The Shanghai market regulator summoned Meituan Youxuan and Duoduo Maicai on Friday and told them to stop selling eggs below cost. The platforms pledged to comply.",
			want: []wantClaim{want(KindResponse, "Meituan Youxuan", "Shanghai market regulator"), want(KindResponse, "Duoduo Maicai", "Shanghai market regulator")}},
		{name: "the lenders said they would appeal", text: "The Central Bank of Nigeria fined Zenith Bank and Access Bank 2 billion naira each. The lenders said they would appeal.",
			want: []wantClaim{want(KindResponse, "Zenith Bank", "Central Bank of Nigeria"), want(KindResponse, "Access Bank", "Central Bank of Nigeria")}},
		{name: "had begun blocking", text: "The Nepal Telecommunications Authority has ordered Nepal Telecom and Ncell to block 312 betting websites within 48 hours. Ncell said it had begun blocking the sites on Sunday evening.",
			want: []wantClaim{want(KindResponse, "Ncell", "Nepal Telecommunications Authority")}},
		{name: "started implementing", text: "Brazil's Anatel ordered Claro Brasil to register all prepaid SIM cards. Claro Brasil said it started implementing the rules last week.",
			want: []wantClaim{want(KindResponse, "Claro Brasil", "Anatel")}},

		// negatives: a firm the act never named, a class sentence with no group, blocking with no order
		{name: "neg unnamed firm welcomes", text: "Israel's Communications Ministry has instructed Bezeq to cut prices. Cellcom said it welcomed the decision.",
			notWant: []wantClaim{want(KindResponse, "Cellcom", "")}},
		{name: "neg the banks of a country", text: "Regulators fined Zenith Bank and Access Bank. The banks of Nigeria are strong.",
			noKind: []string{KindResponse}},
		{name: "neg the lenders must, a remark", text: "The Central Bank of Nigeria licensed Carbon and FairMoney. The lenders must now compete with the big banks, analysts said.",
			noKind: []string{KindMandate, KindResponse}},
		{name: "neg began blocking, no order", text: "Safaricom said it had begun blocking spam messages from unknown senders.",
			none: true},
	})
}

// Round 9: a case filed against a class whose members follow after a
// comma, and the members' answers to it.
func TestFramesFirmClassMembersCase(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "charges against two suppliers, A and B; A pleads", text: "Australia's ACCC has filed cartel charges against two scaffolding suppliers, Southern Cross Scaffolds and Reef Access, the regulator said. Reef Access said it would plead not guilty.",
			want: []wantClaim{want(KindProbe, "ACCC", "Southern Cross Scaffolds"), want(KindProbe, "ACCC", "Reef Access"), want(KindResponse, "Reef Access", "ACCC")}},
		{name: "lawsuit against three lenders, A, B and C", text: "The Consumer Financial Protection Bureau filed a lawsuit against three lenders, Acorn Credit, Birch Loans and Cedar Finance, over hidden fees.",
			want: []wantClaim{want(KindProbe, "Consumer Financial Protection Bureau", "Acorn Credit"), want(KindProbe, "Consumer Financial Protection Bureau", "Cedar Finance")}},
		{name: "neg class with no members", text: "The FTC filed a complaint against two companies, saying they misled users.",
			none: true},
	})
}

// Round 9: an answer to a court's judgment answers the court, not the
// agency that brought the case.
func TestFramesFirmAnswersJudgment(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "disappointed with the judgment", text: "The Competition Tribunal has ordered Harbourside IT Ltd to pay a HK$3 million penalty for rigging bids, in a case brought by the Competition Commission. Harbourside IT said it was disappointed with the judgment.",
			want:    []wantClaim{want(KindResponse, "Harbourside IT", "Competition Tribunal")},
			notWant: []wantClaim{want(KindResponse, "Harbourside IT", "Competition Commission")}},
		{name: "accepted the verdict", text: "The Federal Court fined Coastline Airways A$5 million in a case brought by the ACCC. Coastline Airways said it accepted the verdict.",
			want:    []wantClaim{want(KindResponse, "Coastline Airways", "Federal Court")},
			notWant: []wantClaim{want(KindResponse, "Coastline Airways", "ACCC")}},
		{name: "neg agency's findings still answer both", text: "The Federal Court fined Coastline Airways A$5 million in a case brought by the ACCC. Coastline Airways said it accepted the findings.",
			want: []wantClaim{want(KindResponse, "Coastline Airways", "")}},
	})
}
