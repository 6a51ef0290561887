package extract

import "testing"

// Round 13 (T13X): parties told across sentences and inside long phrases.
// Passages are our own, with near misses.

// A long authority name in its own language, set in apposition to a
// descriptor and followed by its acronym, is the authority; the firm
// referred to later ("the insurer", "it") is then the firm, not the body.
func TestFrames17PartiesLongForeignAuthority(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "pt-insurance-supervisor-order", text: "LISBON — Portugal's insurance supervisor, the Autoridade de Supervisão de Seguros e Fundos de Pensões (ASF), has fined Companhia Estrela 1.2 million euros over late claim payments. The regulator said the insurer had delayed payouts for months and ordered it to settle every open claim within 30 days.",
			want:     []wantClaim{want(KindPenalty, "Autoridade de Supervisão de Seguros e Fundos de Pensões", "Companhia Estrela"), want(KindMandate, "Autoridade de Supervisão de Seguros e Fundos de Pensões", "Companhia Estrela")},
			notParty: []string{"Portugal"}},
		{name: "es-consumer-body-probe", text: "MADRID — Spain's consumer watchdog, the Dirección General de Consumo y Protección de los Derechos del Usuario (DGCPDU), opened an inquiry into Viajes Solmar. The authority said the agency had charged hidden booking fees and told it to refund affected customers.",
			want: []wantClaim{want(KindProbe, "Dirección General de Consumo", "Viajes Solmar")}},
		{name: "it-energy-regulator", text: "Italy's energy regulator, the Autorità di Regolazione per Energia Reti e Ambiente (ARERA), fined Luce Verde Spa 3 million euros. The regulator also ordered the supplier to publish its tariffs in plain language.",
			want: []wantClaim{want(KindPenalty, "Autorità di Regolazione per Energia Reti e Ambiente", "Luce Verde Spa"), want(KindMandate, "Autorità di Regolazione per Energia Reti e Ambiente", "Luce Verde Spa")}},
		{name: "fr-market-authority", text: "France's market regulator, the Autorité de Régulation des Communications Électroniques et des Postes (Arcep), ordered Telecom Azur to restore wholesale access for rivals.",
			want: []wantClaim{want(KindMandate, "Autorité de Régulation des Communications Électroniques et des Postes", "Telecom Azur")}},
		// near miss: a long firm name after a firm descriptor stays a firm
		{name: "neg-long-firm-name", text: "Brazil's largest lender, the Banco de Desenvolvimento de Minas Gerais e Espírito Santo (BDMGES), said on Monday it would open 40 branches.",
			none: true},
	})
}

// An authority whose name goes on with "for the" ("Commission for the
// Regulation of Utilities") is one authority: its acronym and later
// references are the authority, never a firm.
func TestFrames17PartiesForTheAuthority(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "ie-cru", text: "The Commission for the Regulation of Utilities (CRU) fined Emerald Power 400,000 euros for overbilling.",
			want: []wantClaim{want(KindPenalty, "Commission for the Regulation of Utilities", "Emerald Power")}, notParty: []string{"Regulation of Utilities"}},
		{name: "ua-ncec-acronym-later", text: "KYIV — The National Commission for the State Regulation of Energy and Utilities (NCSREU) ordered Dnipro Gas Supply to publish its full tariffs online. Dnipro Gas Supply said it would comply with the NCSREU's decision.",
			want: []wantClaim{want(KindMandate, "National Commission for the State Regulation of Energy and Utilities", "Dnipro Gas Supply"), want(KindResponse, "Dnipro Gas Supply", "NCSREU")}},
		{name: "cz-office", text: "The Office for the Protection of Competition has opened proceedings against Moravia Pekárny over alleged bid-rigging.",
			want: []wantClaim{want(KindProbe, "Office for the Protection of Competition", "Moravia Pekárny")}},
		{name: "eu-agency", text: "The Agency for the Cooperation of Energy Regulators approved a request by Baltic Gridlink to delay the interconnector.",
			notParty: []string{"Cooperation of Energy Regulators"}},
		// near miss: "for the" after an authority and before a time is no name
		{name: "neg-for-the-first-time", text: "The Competition Commission for the First Quarter report said prices rose.",
			noKind: []string{KindPenalty, KindMandate}},
	})
}

// The members of a list set off after a counted class of firms are firms,
// the last one too when it is a lower-case brand ("three mobile operators,
// Kyivstar, Vodafone Ukraine and lifecell, to keep ...").
func TestFrames17PartiesClassListLowerLast(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "bh-operators-stc", text: "MANAMA — The Telecommunications Regulatory Authority ordered the kingdom's three mobile operators, Batelco, Zain Bahrain and stc, to cut roaming charges by half.",
			want: []wantClaim{want(KindMandate, "Telecommunications Regulatory Authority", "Batelco"), want(KindMandate, "Telecommunications Regulatory Authority", "stc")}},
		{name: "ke-lenders-amount", text: "Kenya's data commissioner fined two digital lenders, Mulla Pride and okash, 4 million shillings each for harassing borrowers.",
			want: []wantClaim{want(KindPenalty, "data commissioner", "okash"), want(KindPenalty, "data commissioner", "Mulla Pride")}},
		{name: "ua-later-comply", text: "KYIV — Ukraine's telecoms regulator told the country's mobile operators, Kyivstar, Vodafone Ukraine and lifecell, to keep base stations running during blackouts. Lifecell said it would comply.",
			want: []wantClaim{want(KindMandate, "telecoms regulator", "lifecell"), want(KindResponse, "Lifecell", "telecoms regulator")}},
		// near misses: a possessive or common word closing the list is no brand
		{name: "neg-its-subsidiary", text: "The regulator ordered the two carriers, Andes Air and its subsidiary, to refund passengers.",
			notParty: []string{"its"}},
		{name: "neg-others", text: "The regulator ordered the country's airlines, Andes Air and others, to publish fares.",
			notParty: []string{"others"}},
	})
}

// A counted class then "among them"/"including" and members that carry a
// description of their own ("among them Jeddah-based budget airline Hijaz
// Air"): the act falls on the named members, also when an amount stands
// between the act and the class.
func TestFrames17PartiesClassMembersDescribed(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "fines-among-them-described", text: "The civil aviation authority has imposed fines totalling 3 million riyals on three carriers, among them Dammam-based budget airline Nakheel Air, for late refunds.",
			want: []wantClaim{want(KindPenalty, "civil aviation authority", "Nakheel Air")}},
		{name: "including-described-two", text: "Ghana's energy regulator fined four fuel distributors, including Tema-based Volta Petroleum and the state-owned Akosombo Oil, for selling below-grade diesel.",
			want: []wantClaim{want(KindPenalty, "energy regulator", "Volta Petroleum"), want(KindPenalty, "energy regulator", "Akosombo Oil")}},
		{name: "ordered-such-as", text: "The Bank of Tanzania ordered several mobile lenders, such as Nairobi-based app lender Pesa Haraka, to stop charging daily penalties.",
			want: []wantClaim{want(KindMandate, "Bank of Tanzania", "Pesa Haraka")}},
		{name: "probe-among-them", text: "Prosecutors opened investigations into five builders, among them family-owned contractor Ferreira Obras, over bid-rigging in road tenders.",
			want: []wantClaim{want(KindProbe, "Prosecutors", "Ferreira Obras")}},
		// near miss: the members are named in another clause, after "while"
		{name: "neg-other-clause", text: "The regulator fined three carriers for late refunds, while Nakheel Air, a Dammam-based budget airline, was cleared.",
			notWant: []wantClaim{want(KindPenalty, "regulator", "Nakheel Air")}},
	})
}

// Two firms in play: "the carrier", "the lender", "the brewer" mean the firm
// acted on, not a bystander whose English name happens to hold the trade
// word, when the firm acted on says it in its own language ("Andes Móvil",
// "Banca Alpina", "Cervecería del Sur").
func TestFrames17PartiesTradeWordForeignName(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "carrier-movil", text: "LIMA — Osiptel has ordered Andes Móvil to stop delaying number transfers to rival Pampa Telecom. The regulator said it had also opened sanctioning proceedings against the carrier.",
			want: []wantClaim{want(KindProbe, "Osiptel", "Andes Móvil")}, notWant: []wantClaim{want(KindProbe, "Osiptel", "Pampa Telecom")}},
		{name: "lender-banca", text: "ROME — The Bank of Italy fined Banca Alpina 3 million euros over loans sold through broker Sud Finance. The central bank also ordered the lender to repay commissions to 4,000 borrowers.",
			notWant: []wantClaim{want(KindMandate, "Bank of Italy", "Sud Finance"), want(KindPenalty, "Bank of Italy", "Sud Finance")}},
		{name: "brewer-cerveceria", text: "Chile's antitrust court fined Cervecería del Sur for refusing to supply distributors of Patagonia Brewing. The brewer said it would appeal the ruling.",
			want: []wantClaim{want(KindResponse, "Cervecería del Sur", "antitrust court")}, notWant: []wantClaim{want(KindResponse, "Patagonia Brewing", "antitrust court")}},
		{name: "insurer-seguradora", text: "SÃO PAULO — Susep fined Seguradora Paulista over late payouts to clients of Atlântico Life Partners. The regulator ordered the insurer to pay all pending claims within 15 days.",
			notWant: []wantClaim{want(KindMandate, "Susep", "Atlântico Life Partners"), want(KindPenalty, "Susep", "Atlântico Life Partners")}},
		// near miss: only one firm, named in English, stays the referent
		{name: "one-firm", text: "Osiptel fined Pampa Telecom for slow number transfers. The carrier said it would appeal.",
			want: []wantClaim{want(KindResponse, "Pampa Telecom", "Osiptel")}},
	})
}

// An authority named earlier is referred to by the last word of its name
// ("the commissioner" for the Office of the Data Protection Commissioner,
// "the ombudsman", "the superintendency"); the act of that sentence is its own.
func TestFrames17PartiesAuthorityByOwnHead(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "ke-commissioner", text: "NAIROBI - The Office of the Data Protection Commissioner has fined Tausi Microfinance Bank 30 million shillings. The commissioner said the bank had failed to encrypt records and ordered it to notify every affected customer.",
			want: []wantClaim{want(KindMandate, "Data Protection Commissioner", "Tausi Microfinance Bank")}},
		{name: "ombudsman", text: "The Financial Services Ombudsman of Malta upheld complaints against Valletta Assurance. The ombudsman ordered the insurer to reopen both claims.",
			want: []wantClaim{want(KindMandate, "Financial Services Ombudsman", "Valletta Assurance")}},
		{name: "superintendency", text: "Chile's Superintendency of Pensions fined AFP Cordillera over late transfers. The superintendency also ordered the fund manager to publish its fees monthly.",
			want: []wantClaim{want(KindMandate, "Superintendency of Pensions", "AFP Cordillera")}},
		{name: "inspectorate", text: "The State Labour Inspectorate fined Baltic Fresh over unpaid overtime. The inspectorate also ordered the retailer to pay its warehouse staff within a month.",
			want: []wantClaim{want(KindPenalty, "State Labour Inspectorate", "Baltic Fresh")}},
		// near miss: no authority named with the word: "the commissioner"
		// alone names nobody the article knows
		{name: "neg-no-antecedent", text: "Tausi Microfinance Bank opened 12 branches. The commissioner of the county fair ordered it to close a stall.",
			noKind: []string{KindMandate}},
	})
}

// An authority's act extended to more firms in a later phrase or sentence:
// "in a ruling that also applies to MTN and Telkom Mobile", "The directive
// also covers Kudira Pay", "The ban applies equally to X and Y".
func TestFrames17PartiesActAlsoApplies(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "fronted-must-ruling-applies", text: "Vodacom must stop charging prepaid customers for expired bundles, the Independent Communications Authority of South Africa said on Wednesday, in a ruling that also applies to MTN and Telkom Mobile.",
			want: []wantClaim{want(KindMandate, "Independent Communications Authority of South Africa", "Vodacom"), want(KindMandate, "Independent Communications Authority of South Africa", "MTN"), want(KindMandate, "Independent Communications Authority of South Africa", "Telkom Mobile")}},
		{name: "directive-also-covers-next-sentence", text: "LAGOS - Nigeria's central bank has ordered fintech firm Zenpay Africa to stop onboarding new customers. The directive, issued last week, also covers Kobo Wallet, a smaller rival.",
			want: []wantClaim{want(KindMandate, "central bank", "Kobo Wallet")}},
		{name: "ban-applies-equally", text: "Hungary's transport ministry barred Balaton Air from flying to Debrecen. The ban, announced on Monday, applies equally to Tisza Air and Puszta Jet, the ministry said.",
			want: []wantClaim{want(KindMandate, "transport ministry", "Tisza Air"), want(KindMandate, "transport ministry", "Puszta Jet")}},
		{name: "fine-also-extends", text: "The Environmental Protection Agency fined Rio Verde Mining $2 million over the spill. The penalty also extends to its drilling contractor Andes Perforaciones.",
			want: []wantClaim{want(KindPenalty, "Environmental Protection Agency", "Andes Perforaciones")}},
		// near misses: no act before; a firm's own remark with the same words
		{name: "neg-no-act", text: "The new tariff also applies to Tisza Air and Puszta Jet, the airport said.",
			noKind: []string{KindMandate, KindPenalty}},
		{name: "neg-firm-remark", text: "Danube Charter said the outage also applies to Tisza Air bookings.",
			none: true},
	})
}

// An act on a class whose firms a later sentence names through the act's
// noun: "opened an inquiry into cement makers ... the inquiry covers Athi
// Cement and Rift Valley Cement".
func TestFrames17PartiesActNounNamesFirms(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "inquiry-covers", text: "Kenya's Competition Authority said it had opened an inquiry into cement makers over price collusion. People familiar with the matter said the inquiry covers Athi Cement and Rift Valley Cement.",
			want: []wantClaim{want(KindProbe, "Competition Authority", "Athi Cement"), want(KindProbe, "Competition Authority", "Rift Valley Cement")}},
		{name: "investigation-targets", text: "The Securities and Exchange Commission has opened an investigation into two crypto lenders. The investigation targets Nimbus Lend and Arcadia Finance, the people said.",
			want: []wantClaim{want(KindProbe, "Securities and Exchange Commission", "Nimbus Lend"), want(KindProbe, "Securities and Exchange Commission", "Arcadia Finance")}},
		{name: "order-concerns", text: "The telecoms regulator ordered two mobile operators to publish coverage maps for rural areas. The order concerns Karoo Telecom and Fynbos Mobile.",
			want: []wantClaim{want(KindMandate, "telecoms regulator", "Karoo Telecom")}},
		// near misses: the noun's verb names no firm, or a firm's own plan
		{name: "neg-covers-period", text: "The regulator opened an inquiry into cement makers. The inquiry covers the years 2019 to 2022 and Nairobi County.",
			notParty: []string{"Nairobi County"}},
		{name: "neg-firm-plan", text: "Athi Cement said its expansion plan covers Rift Valley Cement's old plant.",
			none: true},
	})
}

// "the credit bureau", "the rating agency": a compound naming a kind of
// firm with an authority's head word refers back to the firm acted on.
func TestFrames17PartiesFirmCompoundHead(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "credit-bureau", text: "The Consumer Financial Protection Bureau ordered Equiscore to pay a $5 million penalty over disputed reports. Under the order, the credit bureau must also reopen every dispute it closed since 2022.",
			want: []wantClaim{want(KindMandate, "Consumer Financial Protection Bureau", "Equiscore")}},
		{name: "rating-agency", text: "SEBI barred Crest Ratings from taking new mandates for six months. The rating agency said it would comply with the order.",
			want: []wantClaim{want(KindResponse, "Crest Ratings", "SEBI")}},
		{name: "travel-agency", text: "Kenya's Competition Authority fined Savanna Tours 2 million shillings for misleading adverts. The travel agency said it would appeal.",
			want: []wantClaim{want(KindResponse, "Savanna Tours", "Competition Authority")}},
		// near miss: the bureau of an authority stays the authority's
		{name: "neg-bureau-of", text: "The Consumer Financial Protection Bureau fined Equiscore $5 million. The credit bureau of the agency said the fine was final.",
			notWant: []wantClaim{want(KindResponse, "Equiscore", "Consumer Financial Protection Bureau")}},
	})
}
