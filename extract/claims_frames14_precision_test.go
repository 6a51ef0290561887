package extract

import "testing"

// Round 9 precision on fresh text: wordings that read like an act on a firm
// and are none, each with positives that must survive the rule.

// TestFramesFreshCeiling: the legal ceiling of a fine a firm "could face"
// is no fine; a fine faced after a finding, or imposed, stays.
func TestFramesFreshCeiling(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "could face percent of turnover", text: "Hungary's competition authority GVH has opened an investigation into Dunakanyar Telecom and Pannon Net over bundled pricing. The companies could face fines of up to 10% of their annual turnover, the authority said.",
			want: []wantClaim{want(KindProbe, "GVH", "Dunakanyar Telecom")}, noKind: []string{KindPenalty}},
		{name: "may face if found guilty", text: "Kenya's competition regulator is investigating Savanna Dairies over milk prices. Savanna Dairies may face penalties of as much as 10 million shillings if found guilty.",
			noKind: []string{KindPenalty}},
		{name: "faces maximum fine under law", text: "The Competition Commission of Pakistan has issued a show-cause notice to Indus Cement. Indus Cement faces a maximum fine of 75 million rupees under the Competition Act, the commission said.",
			noKind: []string{KindPenalty}},
		{name: "would face share of revenue", text: "Brazil's Cade opened a case against Lumiar Pagamentos. Lumiar Pagamentos would face fines of up to 20 percent of its revenue in Brazil.",
			noKind: []string{KindPenalty}},
		{name: "imposed fine stays", text: "Poland's UOKiK fined courier Vistula Express 4 million zlotys for misleading delivery claims.",
			want: []wantClaim{want(KindPenalty, "UOKiK", "Vistula Express")}},
		{name: "fined up to stays", text: "The Bank of Ghana fined Adenta Savings up to 2 million cedis for breaching reserve rules.",
			want: []wantClaim{want(KindPenalty, "Bank of Ghana", "Adenta Savings")}},
	})
}

// TestFramesFreshOrderedChecks: what a firm is told to examine or review it
// checks itself; the order is a mandate, and no one probes. An authority's
// own arm or a police force ordered to investigate still probes.
func TestFramesFreshOrderedChecks(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "exchange directed to examine", text: "Separately, the Securities and Exchange Commission of Pakistan directed the Karachi bourse operator PSX to examine whether any brokers had front-run client orders.",
			noKind: []string{KindProbe}},
		{name: "orders company to review", text: "Chile's Financial Market Commission fined insurer Cordillera Seguros 5,000 UF for late payouts. The commission also ordered the company to review every claim it turned down since 2021.",
			want: []wantClaim{want(KindMandate, "Financial Market Commission", "Cordillera Seguros"), want(KindPenalty, "Financial Market Commission", "Cordillera Seguros")}, noKind: []string{KindProbe}},
		{name: "told lender to audit", text: "Nigeria's central bank told Lagoon Microfinance Bank to audit its loan book and report within 30 days.",
			want: []wantClaim{want(KindMandate, "central bank", "Lagoon Microfinance Bank")}, noKind: []string{KindProbe}},
		{name: "instructed carrier to investigate", text: "Ofcom instructed Brightline Mobile to investigate why emergency calls had failed and to report back by March.",
			want: []wantClaim{want(KindMandate, "Ofcom", "Brightline Mobile")}, noKind: []string{KindProbe}},
		{name: "own arm ordered to probe", text: "The Competition Commission of India has directed its investigation arm to probe whether grocery apps Kiranaa and DailyBasket used predatory pricing.",
			want: []wantClaim{want(KindProbe, "Competition Commission of India", "Kiranaa"), want(KindProbe, "Competition Commission of India", "DailyBasket")}},
		{name: "director general ordered to investigate", text: "In its order, the Competition Commission of Pakistan directed its Director General to investigate Lucky Foods over price fixing.",
			want: []wantClaim{want(KindProbe, "Competition Commission of Pakistan", "Lucky Foods")}},
		{name: "plain inquiry ordered stays", text: "The Japan Fair Trade Commission ordered an investigation into Sakura Logistics over delivery contracts.",
			want: []wantClaim{want(KindProbe, "Japan Fair Trade Commission", "Sakura Logistics")}},
	})
}

// TestFramesFreshOutletSourcing: an outlet closing the sentence with its own
// sourcing (", the Times of Malta has learnt", ", El Tiempo reported") only
// tells the story: never a target, never part of the list before it.
func TestFramesFreshOutletSourcing(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "has learnt after inspection", text: "The Ministry of Finance has ordered Valletta Freight Ltd to halt operations at its port depot after an inspection found irregular releases, the Times of Malta has learnt.",
			want: []wantClaim{want(KindMandate, "Ministry of Finance", "Valletta Freight")}, notParty: []string{"Times of Malta"}},
		{name: "reported after pair", text: "The regulator has also approved the merger of insurers Seguros Andes and Seguros Pacifico, El Tiempo reported on Friday.",
			want: []wantClaim{want(KindApproval, "regulator", "Seguros Andes")}, notParty: []string{"El Tiempo"}},
		{name: "has learned after fine", text: "The Financial Supervisory Commission fined Formosa Securities NT$3 million, the Taipei Times has learned.",
			want: []wantClaim{want(KindPenalty, "Financial Supervisory Commission", "Formosa Securities")}, notParty: []string{"Taipei Times"}},
		{name: "understands", text: "The Overseas Investment Office has approved Kowhai Capital's purchase of Rangitoto Orchards, Stuff understands.",
			want: []wantClaim{want(KindApproval, "Overseas Investment Office", "Kowhai Capital")}, notParty: []string{"Stuff"}},
		{name: "firm learned is no outlet", text: "Kestrel Bank has learned that the central bank fined it 2 million rand, and it will appeal.",
			want: []wantClaim{want(KindPenalty, "central bank", "Kestrel Bank")}},
	})
}

// TestFramesFreshRomanceNames: a Spanish, Portuguese or French firm name
// joined by "del", "de", "da", "dos", "du" is one name, so the firm
// speaking in its own sentence is the one answering, not an earlier firm
// that "it" would otherwise reach; a Malaysian-style glued sum ("RM8.2mil")
// is money, never "the company".
func TestFramesFreshRomanceNames(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "del speaks after list", text: "Mexico's antitrust authority Cofece opened an investigation into flour millers Harinas del Norte and Molinos Azteca. Harinas del Norte said it was cooperating with the authority.",
			want: []wantClaim{want(KindProbe, "Cofece", "Harinas del Norte"), want(KindResponse, "Harinas del Norte", "Cofece")}, notWant: []wantClaim{want(KindResponse, "Molinos Azteca", "Cofece")}},
		{name: "de place name", text: "Peru's Indecopi fined Transportes Rapidos de Arequipa 300,000 soles for overbooking. Transportes Rapidos de Arequipa said it would appeal the fine.",
			want: []wantClaim{want(KindPenalty, "Indecopi", "Transportes Rapidos de Arequipa"), want(KindResponse, "Transportes Rapidos de Arequipa", "Indecopi")}},
		{name: "dos Portuguese", text: "Brazil's Cade is investigating Laticinios dos Campos and Frigorifico Serrano over milk prices. Laticinios dos Campos denied wrongdoing.",
			want: []wantClaim{want(KindProbe, "Cade", "Laticinios dos Campos"), want(KindResponse, "Laticinios dos Campos", "Cade")}},
		{name: "de la", text: "Colombia's SIC ordered Lacteos de la Sabana to withdraw misleading labels. Lacteos de la Sabana said it would comply.",
			want: []wantClaim{want(KindMandate, "SIC", "Lacteos de la Sabana"), want(KindResponse, "Lacteos de la Sabana", "SIC")}},
		{name: "ringgit glued million", text: "The Malaysia Competition Commission proposed fines totalling RM4.5mil on Seri Baja Trading and Teguh Logistics. Teguh Logistics managing director Tan Wei Ming said the company would cooperate fully with the commission.",
			want: []wantClaim{want(KindResponse, "Teguh Logistics", "Malaysia Competition Commission")}, notParty: []string{"RM4.5mil"}},
		{name: "English do is no joiner", text: "Why do Kenyans pay more? The Competition Authority of Kenya fined Savanna Telecom 40 million shillings.",
			want: []wantClaim{want(KindPenalty, "Competition Authority of Kenya", "Savanna Telecom")}},
	})
}

// TestFramesFreshCourtVenue: a court where a case is filed is no party to
// it; what the filing asks is not done; a firm's officer punished is a
// person, not the firm.
func TestFramesFreshCourtVenue(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "person sued firm at court", text: "A Nairobi lawyer has sued Safaricom at the High Court, claiming damages for unsolicited text messages.",
			noKind: []string{KindProbe, KindMandate, KindPenalty}},
		{name: "consumers sued in court", text: "Three shoppers sued retailer Kestrel Mart in the Federal Court in Sydney on Monday over hidden card fees.",
			noKind: []string{KindProbe, KindMandate, KindPenalty}},
		{name: "authority sued at court stays", text: "The Australian Competition and Consumer Commission sued Kestrel Mart in the Federal Court over hidden card fees.",
			want: []wantClaim{want(KindProbe, "Australian Competition and Consumer Commission", "Kestrel Mart")}},
		{name: "application to force", text: "Payfast said it had lodged an urgent application in the Western Cape High Court to compel Cape Grocers to honour their contract.",
			noKind: []string{KindMandate}},
		{name: "petition to stop", text: "Residents filed a petition in the Lahore High Court to stop Indus Chemicals from expanding its plant.",
			noKind: []string{KindMandate}},
		{name: "court granted application stays", text: "The Gauteng High Court granted an application by Zapit to force Ubuntu Stores to honour the contract.",
			want: []wantClaim{want(KindMandate, "Gauteng High Court", "Ubuntu Stores")}},
		{name: "executive fined", text: "Kestrel Steel's chief executive was fined NZ$20,000 by the Wellington District Court for misleading inspectors.",
			notWant: []wantClaim{want(KindPenalty, "Wellington District Court", "Kestrel Steel")}},
		{name: "founder charged", text: "Tarsus Crypto's founder was charged by the Securities and Exchange Commission with fraud.",
			notWant: []wantClaim{want(KindProbe, "Securities and Exchange Commission", "Tarsus Crypto")}},
		{name: "firm fined stays", text: "Kestrel Steel was fined NZ$200,000 by the Wellington District Court for safety failures, its chief executive said.",
			want: []wantClaim{want(KindPenalty, "Wellington District Court", "Kestrel Steel")}},
	})
}

// TestFramesFreshRightToAnswer: time given to appeal or answer is the
// firm's right, not an order; time to pay or comply stays a deadline.
func TestFramesFreshRightToAnswer(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "days to respond", text: "The Civil Aviation Authority of Singapore proposed a penalty of S$200,000 against Lion Gate Air. Lion Gate Air has 21 days to respond.",
			noKind: []string{KindMandate}},
		{name: "weeks to make representations", text: "The Competition Commission of Singapore issued a proposed infringement decision against Merlion Freight. The firm has six weeks to make written representations.",
			noKind: []string{KindMandate}},
		{name: "month to appeal", text: "Ofcom fined Brightline Mobile £2 million. The operator has a month to appeal.",
			want: []wantClaim{want(KindPenalty, "Ofcom", "Brightline Mobile")}, noKind: []string{KindMandate}},
		{name: "days to submit a plan stays", text: "Ofcom found that Brightline Mobile had failed to route emergency calls. Brightline Mobile has 14 days to submit a remediation plan, the regulator said.",
			want: []wantClaim{want(KindMandate, "Ofcom", "Brightline Mobile")}},
		{name: "days to comply stays", text: "The CNIL ordered Galerie Nord to change its cookie banner. The retailer has two months to comply.",
			want: []wantClaim{want(KindMandate, "CNIL", "Galerie Nord")}},
	})
}

// TestFramesFreshToldToShare: what firms are told to do with each other
// ("tells A, B to share towers") binds them; it is no deal between them.
func TestFramesFreshToldToShare(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "headline tells share", text: "Qatar regulator tells Ooredoo, Vodafone Qatar to share towers in new districts",
			notWant: []wantClaim{want(KindAction, "Ooredoo", "Vodafone Qatar")}},
		{name: "tells carriers to pool", text: "Kenya's Communications Authority tells Safaricom and Airtel Kenya to pool spectrum in rural counties.",
			want: []wantClaim{want(KindMandate, "Communications Authority", "Safaricom")}, notWant: []wantClaim{want(KindAction, "Safaricom", "Airtel Kenya")}},
		{name: "agreed to share stays", text: "Ooredoo and Vodafone Qatar agreed to share towers in new districts.",
			want: []wantClaim{want(KindAction, "Ooredoo", "Vodafone Qatar")}},
	})
}

// TestFramesFreshLiftedAndDescribed: a ban lifted is the approval, not a
// ban imposed; a law named by a deal noun is no deal; a region adjective
// before a firm noun is no firm.
func TestFramesFreshLiftedAndDescribed(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "lifted its ban on app", text: "Indonesia's communications ministry lifted its ban on messaging app Kilat on Friday after the company agreed to remove gambling ads.",
			want: []wantClaim{want(KindApproval, "communications ministry", "Kilat")}, noKind: []string{KindMandate}},
		{name: "scrapped restrictions on lender", text: "The Reserve Bank of India scrapped the restrictions on Konkan Finance, allowing it to issue new loans.",
			noKind: []string{KindMandate}},
		{name: "imposed ban stays", text: "Indonesia's communications ministry imposed a ban on messaging app Kilat over gambling ads.",
			want: []wantClaim{want(KindMandate, "communications ministry", "Kilat")}},
		{name: "bring under contracts law", text: "Consumer NZ urged the Reserve Bank of New Zealand to bring lenders such as Humm and Payly under the credit contracts law.",
			noKind: []string{KindAction}},
		{name: "under a supply contract stays", text: "Kestrel Power buys coal from Waratah Mining under a ten-year supply contract.",
			want: []wantClaim{want(KindAction, "Kestrel Power", "Waratah Mining")}},
		{name: "Baltic ferry operator", text: "Brussels clears Nordvik's takeover of Baltic ferry operator",
			notParty: []string{"Baltic"}},
		{name: "Nordic lender", text: "Sweden's Finansinspektionen fined Nordic lender Fjord Kredit 40 million crowns.",
			want: []wantClaim{want(KindPenalty, "Finansinspektionen", "Fjord Kredit")}, notParty: []string{"Nordic"}},
		{name: "Gulf Air stays a name", text: "Bahrain's civil aviation regulator fined Gulf Air 50,000 dinars over delays.",
			want: []wantClaim{want(KindPenalty, "civil aviation regulator", "Gulf Air")}},
	})
}

// TestFramesFreshLiftedImposedTold: the imposing told in a relative clause
// of the lifted ban stays a background restriction beside the approval.
func TestFramesFreshLiftedImposedTold(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "lifted the cap it imposed", text: "The Reserve Bank of India lifted the lending cap it imposed on Konkan Finance in 2022, saying the lender had fixed its controls.",
			want: []wantClaim{want(KindApproval, "Reserve Bank of India", "Konkan Finance"), want(KindMandate, "Reserve Bank of India", "Konkan Finance")}},
	})
}

// TestFramesFreshMustPayFine: a firm that "must pay" a fine or "must
// return" a sum is fined (an order to pay), not bound by a second order.
func TestFramesFreshMustPayFine(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "must pay penalty, regulator said", text: "Thames Reach Water must pay a £9 million penalty for sewage spills, Ofwat said on Monday.",
			want: []wantClaim{want(KindPenalty, "Ofwat", "Thames Reach Water")}, noKind: []string{KindMandate}},
		{name: "must pay fine of", text: "Kestrel Airways must pay a fine of 2 million rand, the Competition Tribunal ruled.",
			want: []wantClaim{want(KindPenalty, "Competition Tribunal", "Kestrel Airways")}, noKind: []string{KindMandate}},
		{name: "must return sum", text: "Ofgem said Lumen Energy must return £3 million to customers it overcharged.",
			want: []wantClaim{want(KindPenalty, "Ofgem", "Lumen Energy")}, noKind: []string{KindMandate}},
		{name: "must stop stays a mandate", text: "Kestrel Airways must stop selling non-refundable vouchers, the Competition Tribunal ruled.",
			want: []wantClaim{want(KindMandate, "Competition Tribunal", "Kestrel Airways")}},
	})
}

// TestFramesFreshMergedFirmBound: a condition on "the combined group" after
// a cleared takeover binds the buyer, not the firm bought; "both firms"
// binds both.
func TestFramesFreshMergedFirmBound(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "combined group", text: "Peru's competition authority approved LatAir's takeover of regional carrier Andes Wings, but required the combined group to give up 12 daily slots at Lima airport.",
			want: []wantClaim{want(KindMandate, "competition authority", "LatAir")}, notWant: []wantClaim{want(KindMandate, "competition authority", "Andes Wings")}},
		{name: "merged company", text: "The Competition Commission of India cleared Shakti Cement's purchase of Deccan Grey Cements, and required the merged company to sell two grinding units.",
			want: []wantClaim{want(KindMandate, "Competition Commission of India", "Shakti Cement")}, notWant: []wantClaim{want(KindMandate, "Competition Commission of India", "Deccan Grey Cements")}},
		{name: "both firms stays both", text: "The Bank of Tanzania authorised a partnership between Vodacom Tanzania and Pemba Bank, and required both firms to keep customer funds in trust accounts.",
			want: []wantClaim{want(KindMandate, "Bank of Tanzania", "Vodacom Tanzania"), want(KindMandate, "Bank of Tanzania", "Pemba Bank")}},
	})
}

// TestFramesFreshSportAward: a referee's award on a pitch is no permit.
func TestFramesFreshSportAward(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "awarded a penalty", text: "Kaizer Chiefs beat Orlando Pirates 1-0 in Soweto. Pirates were awarded a penalty in the 89th minute but Thabo Mokoena's kick hit the post.",
			none: true},
		{name: "awarded a free kick", text: "Al Ahly were awarded a free kick on the edge of the box after a foul by Zamalek's captain.",
			none: true},
		{name: "referee awarded late penalty", text: "The referee awarded Gor Mahia a late penalty, which was converted.",
			none: true},
		{name: "awarded a licence stays", text: "Kenya's Communications Authority awarded Savanna Telecom a 4G licence on Monday.",
			want: []wantClaim{want(KindApproval, "Communications Authority", "Savanna Telecom")}},
	})
}

// TestFramesFreshQuestionedChoice: doubting a firm's choice is criticism;
// questioning its people is an inquiry.
func TestFramesFreshQuestionedChoice(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "questioned use", text: "Members of Congress questioned Boeing's use of outside contractors at a hearing on Tuesday.",
			noKind: []string{KindProbe}},
		{name: "questioned decision", text: "Senators questioned Meridian Bank's decision to close rural branches.",
			noKind: []string{KindProbe}},
		{name: "questioned executives stays", text: "The Securities and Exchange Commission questioned Kestrel Capital's executives over the trades.",
			want: []wantClaim{want(KindProbe, "Securities and Exchange Commission", "Kestrel Capital")}},
	})
}

// TestFramesFreshSuspendedAct: a court suspending another body's order
// binds no firm; suspending a firm's licence or trading still acts on it.
func TestFramesFreshSuspendedAct(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "suspended authority's order", text: "The Sindh High Court suspended the Karachi Food Authority's order sealing two branches of bakery chain Delight Foods, allowing them to reopen.",
			notWant: []wantClaim{want(KindMandate, "Sindh High Court", "Delight Foods")}},
		{name: "stayed the ban", text: "The Delhi High Court stayed the ministry's ban on Zoomkart's express delivery service pending a hearing.",
			notWant: []wantClaim{want(KindMandate, "Delhi High Court", "Zoomkart")}},
		{name: "suspended licence stays", text: "The Bank of Ghana suspended the licence of Adenta Savings for breaching reserve rules.",
			want: []wantClaim{want(KindPenalty, "Bank of Ghana", "Adenta Savings")}},
		{name: "suspended trading stays", text: "The Securities and Exchange Commission of Pakistan suspended trading in Indus Textiles shares.",
			hasTarget: []string{"Indus Textiles"}},
	})
}

// TestFramesFreshRelatedInApposition: "X's delivery partner, Y," names Y
// as the party; X only tells whose partner it is.
func TestFramesFreshRelatedInApposition(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "delivery partner", text: "The commission is also looking into whether Kupang Mart's delivery partner, Sumba Logistics, kept customer data too long.",
			want: []wantClaim{want(KindProbe, "commission", "Sumba Logistics")}, notWant: []wantClaim{want(KindProbe, "commission", "Kupang Mart")}},
		{name: "supplier", text: "Ofgem fined Lumen Energy's meter supplier, Halcyon Metering, £4 million.",
			want: []wantClaim{want(KindPenalty, "Ofgem", "Halcyon Metering")}, notWant: []wantClaim{want(KindPenalty, "Ofgem", "Lumen Energy")}},
		{name: "contractor", text: "Ofcom is investigating Brightline Mobile's network contractor, Pennine Towers, over the outage.",
			want: []wantClaim{want(KindProbe, "Ofcom", "Pennine Towers")}, notWant: []wantClaim{want(KindProbe, "Ofcom", "Brightline Mobile")}},
		{name: "parent answers for unit", text: "Kazakhstan's financial regulator suspended the licence of lender Dala Finance. Dala Finance's parent, Tengri Holdings, said it disagreed with the findings.",
			want: []wantClaim{want(KindResponse, "Tengri Holdings", "financial regulator")}},
		{name: "possessive deal stays", text: "The CMA cleared Kestrel Foods' purchase of Harbour Bakeries.",
			want: []wantClaim{want(KindApproval, "CMA", "Kestrel Foods")}},
	})
}

// TestFramesFreshCountedMembers: a plural name after a head count is
// people, not a firm a contract is signed with.
func TestFramesFreshCountedMembers(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "contract with counted union members", text: "The FedEx contract with some 120,000 Teamsters expires in July.",
			none: true},
		{name: "deal with counted members", text: "Air Canada signed a deal with 10,500 Unifors covering ground crews.",
			noKind: []string{KindAction}},
		{name: "year before a name stays", text: "In 2023 Safaricom signed a roaming deal with Airtel Kenya.",
			want: []wantClaim{want(KindAction, "Safaricom", "Airtel Kenya")}},
		{name: "firm after amount stays", text: "The FTC fined Brightways $250 million and Acme Labs $40 million.",
			want: []wantClaim{want(KindPenalty, "FTC", "Brightways")}},
	})
}
