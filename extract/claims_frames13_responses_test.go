package extract

import "testing"

// Round-8 (TR) frames: a firm's answers to an authority's act, collected by
// phenomenon over every gold set and rewritten in other words, countries and
// firm kinds; each group has near-miss negatives with the same words.

// Answers told with words the response verbs missed: the British spelling
// of co-operate, a suit or appeal filed against the decision, a higher
// court asked to review it, and a denial of the conduct charged.
func TestFrames13AnswerWording(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "co-operated, British spelling",
			text: "Ofwat fined Severn Mere Water £4 million for missing leakage targets. Severn Mere said it had co-operated fully with the regulator throughout.",
			want: []wantClaim{stance(KindResponse, "Severn Mere", "Ofwat", "comply")}},
		{name: "co-operating with the commission",
			text: "The Competition Commission of Singapore raided the offices of Lumora Logistics in March. Lumora said it was co-operating with the commission.",
			want: []wantClaim{stance(KindResponse, "Lumora", "Competition Commission of Singapore", "comply")}},
		{name: "file a lawsuit against the decision",
			text: "Brazil's Cade fined drugmaker Vitalis Farma 30 million reais for delaying generic rivals. Vitalis Farma said it would file a lawsuit against the decision.",
			want: []wantClaim{stance(KindResponse, "Vitalis Farma", "Cade", "resist")}},
		{name: "filed an administrative suit against the ruling, past",
			text: "Taiwan's Fair Trade Commission fined Jinmao Retail NT$12 million. Jinmao Retail has filed an administrative suit against the ruling, a spokesperson said.",
			want: []wantClaim{stance(KindResponse, "Jinmao Retail", "Fair Trade Commission", "resist")}},
		{name: "ask a higher court to review",
			text: "A federal appeals court upheld an order requiring Corvane Health to divest its clinics in Ohio. Corvane said it would ask the Supreme Court to review the decision.",
			want: []wantClaim{stance(KindResponse, "Corvane", "appeals court", "resist")}},
		{name: "petition the high court to reconsider",
			text: "Kenya's Competition Tribunal ordered Mvuli Bottlers to pay 80 million shillings. Mvuli Bottlers will petition the High Court to reconsider the ruling, its lawyers said.",
			want: []wantClaim{stance(KindResponse, "Mvuli Bottlers", "Competition Tribunal", "resist")}},
		{name: "denied colluding",
			text: "Spain's CNMC opened proceedings against Frutas Levante over price fixing in citrus exports. Frutas Levante denied colluding with rivals.",
			want: []wantClaim{stance(KindResponse, "Frutas Levante", "CNMC", "resist")}},
		{name: "both denied taking part",
			text: "Chile's FNE sued egg producers Granja Austral and Avicola Sureña before the competition court. Both companies denied taking part in any cartel.",
			want: []wantClaim{
				stance(KindResponse, "Granja Austral", "FNE", "resist"),
				stance(KindResponse, "Avicola Sureña", "FNE", "resist")}},
		{name: "has denied misleading customers",
			text: "Australia's ACCC has sued Pellow Energy, alleging it overcharged households. Pellow Energy has denied misleading customers.",
			want: []wantClaim{stance(KindResponse, "Pellow Energy", "ACCC", "resist")}},
		// near misses
		{name: "denied receiving an order is no answer",
			text:   "Nigeria's NCC fined Zuma Telecom 2 billion naira. Zuma Telecom denied receiving any order from the commission.",
			noKind: []string{KindResponse}},
		{name: "denied a rival's bid, no authority",
			text: "Koru Gida denied selling its dairy unit to Anatolia Foods.",
			none: true},
		{name: "filed a lawsuit against a rival is no answer",
			text:   "Ukraine's Antimonopoly Committee fined Nova Poshta 5 million hryvnias. Separately, Nova Poshta filed a lawsuit against Meest Express over trademark use.",
			noKind: []string{KindResponse}},
		{name: "asked a court to review a rival's patent",
			text:   "Samvik Labs asked a federal court to review the patents held by Orlen Bio.",
			noKind: []string{KindResponse}},
	})
}

// The firm that answers is named again in another shape: without a lead
// word of its name, by its one distinctive word, past a relative clause or
// an appositive, or as the "it" of a second that-clause of what it says.
func TestFrames13AnswererNamedAgain(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "lead word dropped before, added after",
			text: "Mexico's antitrust regulator Cofece fined supermarket chain Soriana 93 million pesos. Organización Soriana said it would challenge the ruling in court.",
			want: []wantClaim{stance(KindResponse, "Soriana", "Cofece", "resist")}},
		{name: "one distinctive word of a three-word name",
			text: "Indonesia's KPPU approved Sumber Alfaria Trijaya's purchase of 140 stores from Toko Makmur. Alfaria said it welcomed the ruling and would honour the conditions.",
			want: []wantClaim{stance(KindResponse, "Alfaria", "KPPU", "comply")}},
		{name: "distinctive word, Africa, appeal",
			text: "Tanzania's Fair Competition Commission fined Kilimanjaro Bottling Company 2 billion shillings. Kilimanjaro will appeal, its lawyers said.",
			want: []wantClaim{stance(KindResponse, "Kilimanjaro", "Fair Competition Commission", "resist")}},
		{name: "relative clause between answerer and verb",
			text:    "Papua New Guinea's regulator NICTA renewed Digicel PNG's licence for 15 years. Digicel, which was bought by Australia's Telstra in 2022, welcomed the decision.",
			want:    []wantClaim{stance(KindResponse, "Digicel", "NICTA", "comply")},
			notWant: []wantClaim{want(KindResponse, "Telstra", "NICTA")}},
		{name: "relative clause with who-clause agent, Europe",
			text:    "Italy's AGCM fined Moltiplica Energia 4 million euros. Moltiplica, which is controlled by Spain's Iberlux Group, will contest the fine.",
			want:    []wantClaim{stance(KindResponse, "Moltiplica", "AGCM", "resist")},
			notWant: []wantClaim{want(KindResponse, "Iberlux Group", "AGCM")}},
		{name: "long appositive before said it",
			text:    "Mexico's CNBV imposed fines on Banco Azteca for late reports. Banco Azteca, part of billionaire Ricardo Salinas Pliego's Grupo Salinas, said it would challenge the fines in court.",
			want:    []wantClaim{stance(KindResponse, "Banco Azteca", "CNBV", "resist")},
			notWant: []wantClaim{want(KindResponse, "Grupo Salinas", "CNBV")}},
		{name: "second that-clause of the speaker",
			text:    "Kenya's EPRA directed Rubis Energy and Galana Oil to restock their stations. Galana said supplies had been held up at the Kipevu Oil Terminal but that it would comply with the directive.",
			want:    []wantClaim{stance(KindResponse, "Galana", "EPRA", "comply")},
			notWant: []wantClaim{want(KindResponse, "Kipevu Oil Terminal", "EPRA")}},
		{name: "second that-clause, and that",
			text:    "The Bank of Ghana fined Sika Wallet 3 million cedis. Sika Wallet said the breach had come from its partner Nkoso Payments and that it would pay the fine.",
			want:    []wantClaim{want(KindResponse, "Sika Wallet", "Bank of Ghana")},
			notWant: []wantClaim{want(KindResponse, "Nkoso Payments", "Bank of Ghana")}},
		// near misses
		{name: "a generic word shared is no variant",
			text:    "Ofwat fined Thames Water £10 million. Severn Water said it would appeal its own licence conditions next year.",
			notWant: []wantClaim{want(KindResponse, "Severn Water", "Ofwat")}},
		{name: "another firm's words after but that",
			text:    "The CMA fined Brightline Rail £2 million. Brightline said Orbis Trains had told it the rules were unclear, but that it would comply.",
			notWant: []wantClaim{want(KindResponse, "Orbis Trains", "CMA")}},
	})
}

// What an answer is not aimed at: the court it is filed in, a court that
// only modifies "review", and a deal the firm agreed to.
func TestFrames13AnswerTargetsAndNonAnswers(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "appealed in a federal court",
			text:    "Brazil's health insurance regulator ANS fined insurer Vida Plena Saúde 3.4 million reais. Vida Plena has appealed the decision in a federal court.",
			want:    []wantClaim{want(KindResponse, "Vida Plena", "ANS")},
			notWant: []wantClaim{want(KindResponse, "Vida Plena", "federal court")}},
		{name: "will appeal at the tribunal",
			text:    "South Africa's Competition Commission fined Karoo Cement 140 million rand. Karoo Cement will appeal the ruling at the Competition Appeal Court.",
			want:    []wantClaim{want(KindResponse, "Karoo Cement", "Competition Commission")},
			notWant: []wantClaim{want(KindResponse, "Karoo Cement", "Competition Appeal Court")}},
		{name: "seek a court review",
			text:     "Mexico's telecoms agency ordered Telcel to share 4,000 towers with rivals. Telcel says it will comply but will seek a court review of the pricing formula.",
			want:     []wantClaim{want(KindResponse, "Telcel", "telecoms agency")},
			notParty: []string{"court"}},
		{name: "agreed to buy is a deal, not an answer",
			text:    "The Central Bank of Kenya is expected to approve Jamii Bank's takeover of Pearl Finance. Jamii Bank agreed in July to buy 75% of Pearl Finance for $48 million.",
			notWant: []wantClaim{want(KindResponse, "Jamii Bank", "Central Bank of Kenya")}},
		{name: "agreed to sell after an order is still a deal",
			text:    "Britain's CMA is reviewing Halden Foods' purchase of Morvan Dairy. Halden agreed last week to sell three creameries to Arla.",
			notWant: []wantClaim{want(KindResponse, "Halden", "CMA")}},
		// the answer itself still stands
		{name: "agreed to pay is an answer",
			text: "The US Environmental Protection Agency required Norvik Engines to recall 80,000 trucks. Norvik Engines agreed to pay a $40 million civil penalty.",
			want: []wantClaim{want(KindResponse, "Norvik Engines", "Environmental Protection Agency")}},
	})
}

// A firm's announced change of course "following" or "after" an
// authority's named act answers that act, though no verb of answering is
// used; a result the firm only reports is no answer.
func TestFrames13ChangeFollowingAct(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "following a decision by",
			text: "Apple said on Monday it would let EU users pick rival browsers as default on iPhones, following a decision by the European Commission that found its choice screen breached the law.",
			want: []wantClaim{stance(KindResponse, "Apple", "European Commission", "comply")}},
		{name: "after an order from",
			text: "Rappi said it would stop charging couriers a sign-up fee after an order from Colombia's SIC.",
			want: []wantClaim{stance(KindResponse, "Rappi", "SIC", "comply")}},
		{name: "following the regulator's ruling",
			text: "Bolt will refund riders it overcharged in Nairobi, the company said, following a ruling by the Competition Authority of Kenya.",
			want: []wantClaim{want(KindResponse, "Bolt", "Competition Authority of Kenya")}},
		// near misses
		{name: "a result reported, no change of course",
			text:   "Zenith Bank said its profits fell following a decision by the central bank to cap lending rates.",
			noKind: []string{KindResponse}},
		{name: "would not change",
			text:    "Rappi said it would not change its fees after an order from Colombia's SIC.",
			notWant: []wantClaim{stance(KindResponse, "Rappi", "SIC", "comply")}},
	})
}

// A counted group named back ("the two operators", "both carriers") is the
// joint subject of a deal, as the firms it stands for are.
func TestFrames13GroupSignsDeal(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "the two operators signed the agreement",
			text: "Papua New Guinea's ICCC has authorised Digicel PNG and Telikom PNG to share mobile towers. The two operators signed the tower-sharing agreement in March.",
			want: []wantClaim{want(KindAction, "Digicel PNG", "Telikom PNG")}},
		{name: "both carriers signed a roaming pact",
			text: "Zambia's ZICTA cleared Zamtel and MTN Zambia to pool their rural masts. Both carriers signed a roaming pact last year.",
			want: []wantClaim{want(KindAction, "Zamtel", "MTN Zambia")}},
		// near misses
		{name: "a group with its own partner is no joint deal of the group",
			text: "The two operators signed a deal.",
			none: true},
	})
}

// A firm's account of putting right what an authority faulted, told
// without an answering verb: a changed practice, concessions offered to a
// reviewer, an act done on receiving the order, a firm's own act told with
// the decision it follows; and "the engine maker" for the firm just named.
func TestFrames13RemedyAccounts(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "would change its terms",
			text: "Denmark's consumer authority ordered bike-sharing firm Pedalhus to stop renewing memberships automatically. Pedalhus said it would change its terms by the end of the month.",
			want: []wantClaim{stance(KindResponse, "Pedalhus", "consumer authority", "comply")}},
		{name: "will adjust its fee structure, Latin America",
			text: "Chile's CMF fined payments firm Kuanto 900 million pesos over hidden charges. Kuanto said it will adjust its fees for small merchants.",
			want: []wantClaim{stance(KindResponse, "Kuanto", "CMF", "comply")}},
		{name: "offered to give up slots",
			text: "The European Commission opened an in-depth probe into AeroNord's bid for Baltijas Avio. AeroNord has offered to give up 14 daily slots at Riga airport to win approval.",
			want: []wantClaim{stance(KindResponse, "AeroNord", "European Commission", "comply")}},
		{name: "submitted commitments",
			text: "India's CCI is examining Zestro Foods' purchase of Curry Lane. Zestro submitted commitments to sell two brands, a person familiar with the matter said.",
			want: []wantClaim{want(KindResponse, "Zestro", "CCI")}},
		{name: "within hours of receiving the order",
			text: "The NTC directed PLDT and Globe Telecom to block 38 gambling sites. Globe said it had already blocked the sites within hours of receiving the order.",
			want: []wantClaim{stance(KindResponse, "Globe", "NTC", "comply")}},
		{name: "own act told with the decision it follows",
			text: "Apple said on Monday it would let EU users set rival browsers such as Opera as default on iPhones, following a decision by the European Commission that found its choice screen breached the law.",
			want: []wantClaim{stance(KindResponse, "Apple", "European Commission", "comply")}},
		{name: "the engine maker, same sentence",
			text: "The EPA required Cummins to recall 600,000 engines, and the engine maker agreed to pay a $1.67 billion civil penalty.",
			want: []wantClaim{want(KindResponse, "Cummins", "EPA"), want(KindPenalty, "EPA", "Cummins")}},
		{name: "the tyre maker, next sentence",
			text: "Brazil's Procon fined Pirelli 3 million reais over misleading warranties. The tyre maker said it would contest the fine.",
			want: []wantClaim{stance(KindResponse, "Pirelli", "Procon", "resist")}},
		// near misses
		{name: "would change its chief executive is no remedy",
			text:   "Chile's CMF fined payments firm Kuanto 900 million pesos over hidden charges. Kuanto said it would change its chief executive next year.",
			noKind: []string{KindResponse}},
		{name: "offered to buy is a bid",
			text:    "The CMA is reviewing Halden Foods' purchase of Morvan Dairy. Arla offered to buy Halden for £2 billion.",
			notWant: []wantClaim{want(KindResponse, "Arla", "CMA")}},
		{name: "receiving an award is no answer",
			text:   "Globe Telecom said profits rose after receiving an award for its network.",
			noKind: []string{KindResponse}},
	})
}

// A brand used as a modifier ("Ram pickup engines") is no antecedent of
// "the engine maker": the firm the authority bound is.
func TestFrames13MakerSkipsProductBrand(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "brand before a product noun",
			text:     "The EPA required Cummins to recall 600,000 Ram pickup engines, and the engine maker agreed to pay a $1.67 billion civil penalty.",
			want:     []wantClaim{want(KindResponse, "Cummins", "EPA")},
			notParty: []string{"Ram"}},
	})
}

// Who speaks when the answer comes from a part or a parent of the firm, or
// from a firm whose name ends in an authority's head word: a firm's team
// or department speaks for it; a parent in apposition to "X's parent"
// answers the act on X; "the board" is the electricity board so named.
func TestFrames13SpeakerForTheFirm(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "a firm's named team speaks",
			text:    "India's IT ministry gave Lumio Social 72 hours to remove deepfake videos. Lumio Social's Global Policy team said it had removed the videos and suspended the accounts.",
			want:    []wantClaim{stance(KindResponse, "Lumio Social", "IT ministry", "comply")},
			notWant: []wantClaim{want(KindResponse, "Global Policy", "IT ministry")}},
		{name: "a firm's legal department",
			text: "Brazil's Anatel fined Vivara Telecom 8 million reais. Vivara's Regulatory Affairs department said it would appeal the fine.",
			want: []wantClaim{stance(KindResponse, "Vivara", "Anatel", "resist")}},
		{name: "parent in apposition answers for its unit",
			text: "Kazakhstan's financial regulator suspended the licence of Dala Credit for six months. Dala Credit's parent, Tengri Capital Group, said it disagreed with the findings.",
			want: []wantClaim{stance(KindResponse, "Tengri Capital Group", "financial regulator", "resist")}},
		{name: "owner in apposition, Europe",
			text: "Spain's CNMC fined budget airline Vuelo Sol 2 million euros. Vuelo Sol's owner, Iberis Holdings, said it would appeal.",
			want: []wantClaim{want(KindResponse, "Iberis Holdings", "CNMC")}},
		{name: "the board is the firm so named",
			text:    "Sri Lanka's PUCSL ordered the Ceylon Electricity Board to refund a fuel surcharge. A spokesman said the board would comply with the decision.",
			want:    []wantClaim{want(KindResponse, "Ceylon Electricity Board", "PUCSL")},
			notWant: []wantClaim{want(KindResponse, "PUCSL", "PUCSL")}},
		// near misses
		{name: "the board after a regulator with board in its name",
			text:   "Zambia's Energy Regulation Board fined Copperbelt Power 3 million kwacha. The board said the fine was its largest.",
			noKind: []string{KindResponse}},
		{name: "a parent not in apposition does not answer",
			text:    "Kazakhstan's financial regulator suspended the licence of Dala Credit. Analysts said Tengri Capital Group would appeal.",
			notWant: []wantClaim{want(KindResponse, "Tengri Capital Group", "financial regulator")}},
	})
}

// An officer whose title the firm's name opens speaks for the firm ("Toyota
// Chairman Akio Toyoda ... said the company would"); an act named before a
// reduced relative is what the firm meets ("a condition the bank said it
// would meet").
func TestFrames13OfficerAndFrontedAct(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "firm chairman said the company",
			text: "Japan's transport ministry instructed Hakone Motors to halt shipments of three models. Hakone Motors Chairman Kenji Sato apologised at a press conference and said the company would cooperate fully.",
			want: []wantClaim{stance(KindResponse, "Hakone Motors", "transport ministry", "comply")}},
		{name: "firm chief executive said it",
			text: "Nigeria's FCCPC fined Lagos Breweries 2 billion naira. Lagos Breweries CEO Ada Obi said it would challenge the fine in court.",
			want: []wantClaim{stance(KindResponse, "Lagos Breweries", "FCCPC", "resist")}},
		{name: "a condition the bank said it would meet",
			text: "The Bank of Uganda approved Nile Crest Bank's takeover of Rwenzori Finance but ordered Nile Crest Bank to raise its capital first, a condition the bank said it would meet through a rights issue.",
			want: []wantClaim{want(KindResponse, "Nile Crest Bank", "Bank of Uganda")}},
		{name: "demands which the company said it would fulfil",
			text: "Vietnam's industry ministry ordered Saigon Grains to recall 40 tonnes of rice. The demands, which the company said it would fulfil within a week, follow a food safety scare.",
			want: []wantClaim{want(KindResponse, "Saigon Grains", "industry ministry")}},
		// near misses
		{name: "a reporter's outlet is no speaker for the firm",
			text:   "Nigeria's FCCPC fined Lagos Breweries 2 billion naira. Analyst Ada Obi said the company would struggle to pay.",
			noKind: []string{KindResponse}},
		{name: "met the regulators is no answer",
			text:   "Kenya's central bank fined Jamii Bank 10 million shillings. Jamii Bank said it would meet regulators next week.",
			noKind: []string{KindResponse}},
	})
}

// A review asked "by" a tribunal names who is to look again, not who
// decided: the answer goes to the authority that acted.
func TestFrames13ReviewerIsNoAuthor(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "seek a review of the decision by the tribunal",
			text:    "The ACCC declined to approve Wattle Fuels' purchase of 30 service stations from Outback Petroleum. Wattle said it would seek a review of the decision by the Australian Competition Tribunal.",
			want:    []wantClaim{want(KindResponse, "Wattle", "ACCC")},
			notWant: []wantClaim{want(KindResponse, "Wattle", "Australian Competition Tribunal"), want(KindMandate, "Australian Competition Tribunal", "Wattle")}},
		{name: "apply for reconsideration by the appeals board",
			text:    "Norway's competition authority fined Fjord Dairy 90 million crowns. Fjord Dairy will ask for reconsideration by the Competition Appeals Board, its lawyer said.",
			notWant: []wantClaim{want(KindResponse, "Fjord Dairy", "Competition Appeals Board")}},
		// the author still stands when no review is asked
		{name: "a decision by the tribunal, appealed",
			text: "The Competition Tribunal ordered Karoo Cement to pay 40 million rand. Karoo Cement said it would appeal the decision by the Competition Tribunal.",
			want: []wantClaim{want(KindResponse, "Karoo Cement", "Competition Tribunal")}},
	})
}

// Helping the authority that examines the firm is co-operating with it.
func TestFrames13AssistingTheAuthority(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "assisting the commission",
			text: "South Africa's Competition Commission raided the offices of Karoo Chemicals. Karoo Chemicals confirmed the search and said it was assisting the commission.",
			want: []wantClaim{stance(KindResponse, "Karoo Chemicals", "Competition Commission", "comply")}},
		{name: "helping the regulator",
			text: "Singapore's MAS opened an inquiry into Merlion Pay over failed transfers. Merlion Pay said it was helping the regulator with its review.",
			want: []wantClaim{want(KindResponse, "Merlion Pay", "MAS")}},
		// near misses
		{name: "helping customers is no answer",
			text:   "Britain's CMA fined Harrow Bank £3 million. Harrow Bank said it was helping customers affected by the outage.",
			noKind: []string{KindResponse}},
	})
}

// Challenges in regional usage: "move the high court", "termed the order
// unlawful", "an administrative lawsuit", relief sought "from" a court (the
// venue, not what is answered).
func TestFrames13RegionalChallenges(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "move the high court",
			text:    "Pakistan's CCP fined Lahore Cement 50 million rupees for cartelisation. Lahore Cement said it would move the high court against the order.",
			want:    []wantClaim{stance(KindResponse, "Lahore Cement", "CCP", "resist")},
			notWant: []wantClaim{want(KindResponse, "Lahore Cement", "high court")}},
		{name: "termed the order unlawful",
			text: "Pakistan's Nepra fined Sindh Power 20 million rupees. Sindh Power termed the order unlawful.",
			want: []wantClaim{stance(KindResponse, "Sindh Power", "Nepra", "resist")}},
		{name: "file an administrative lawsuit",
			text: "Korea's KFTC fined Hanul Mart 14 billion won for abusing suppliers. Hanul Mart announced it would file an administrative lawsuit.",
			want: []wantClaim{stance(KindResponse, "Hanul Mart", "KFTC", "resist")}},
		{name: "stay order from the High Court",
			text:    "Bangladesh's BTRC fined Padma Telecom 2 billion taka. Padma Telecom has sought a stay order from the High Court.",
			want:    []wantClaim{want(KindResponse, "Padma Telecom", "BTRC")},
			notWant: []wantClaim{want(KindResponse, "Padma Telecom", "High Court"), want(KindMandate, "High Court", "Padma Telecom")}},
		// near misses
		{name: "moved its headquarters",
			text:   "Pakistan's CCP fined Lahore Cement 50 million rupees. Lahore Cement moved its headquarters to Karachi last year.",
			noKind: []string{KindResponse}},
		{name: "filed a lawsuit against a rival",
			text:   "Korea's KFTC fined Hanul Mart 14 billion won. Hanul Mart filed a lawsuit against Daebak Foods over unpaid invoices.",
			noKind: []string{KindResponse}},
	})
}

// Follow-ups told after the act: "has since cut the fees", "has agreed to
// the changes", "refunds would be completed by March"; a deal's terms
// agreed are no answer.
func TestFrames13FollowUps(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "has since cut the fees",
			text: "Turkey's BTK ordered Anadolu Mobil to cut roaming fees. Anadolu Mobil has since cut the fees by half.",
			want: []wantClaim{stance(KindResponse, "Anadolu Mobil", "BTK", "comply")}},
		{name: "has since removed the listings",
			text: "Vietnam's industry ministry fined Chợ Tốt Plus for selling fake cosmetics. Chợ Tốt Plus has since removed the listings.",
			want: []wantClaim{want(KindResponse, "Chợ Tốt Plus", "industry ministry")}},
		{name: "agreed to the changes",
			text: "Britain's CMA ordered Tixway to change how it shows ticket prices. Tixway has agreed to the changes.",
			want: []wantClaim{stance(KindResponse, "Tixway", "CMA", "comply")}},
		{name: "refunds would be completed",
			text: "Thailand's NBTC ordered Siam Mobile to refund overcharged customers. Siam Mobile said refunds would be completed by March.",
			want: []wantClaim{stance(KindResponse, "Siam Mobile", "NBTC", "comply")}},
		// near misses
		{name: "has since grown",
			text:   "Turkey's BTK fined Anadolu Mobil 10 million lira. Anadolu Mobil has since grown its subscriber base.",
			noKind: []string{KindResponse}},
		{name: "agreed to the merger terms",
			text:   "Britain's CMA is reviewing Halden Foods' purchase of Morvan Dairy. Halden agreed to the merger terms in May.",
			noKind: []string{KindResponse}},
	})
}

// A brand named with its owner ("X, which runs Y") answers the acts on
// its owner.
func TestFrames13BrandAnswersForOwner(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "which runs",
			text: "The Bangko Sentral ng Pilipinas told e-wallet operator Kalye Digital, which runs PisoPay, to stop sending links by text. PisoPay said it would comply.",
			want: []wantClaim{stance(KindResponse, "PisoPay", "Bangko Sentral ng Pilipinas", "comply")}},
		{name: "which operates",
			text: "Kenya's central bank fined Safari Fintech, which operates the Twiga Cash wallet, 5 million shillings. Twiga Cash said it would appeal.",
			want: []wantClaim{want(KindResponse, "Twiga Cash", "central bank")}},
		// near miss: a brand of another owner does not answer
		{name: "brand of a firm not acted on",
			text:   "Kenya's central bank fined Safari Fintech 5 million shillings. Umoja Pay, which runs Twiga Cash, said Twiga Cash would comply with all rules.",
			noKind: []string{KindResponse}},
	})
}
