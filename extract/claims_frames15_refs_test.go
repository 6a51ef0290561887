package extract

import "testing"

// Round-10 reference frames: which firm "the company", "it" or a body's
// members mean when recency alone would pick a bystander. Own wordings,
// several name styles, voices and orders each, with near misses.

// "the company" after an authority's act on one firm and a rival, channel
// or customer named after it: the firm acted on.
func TestFrames15RefsActedOnFirm(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "rival named in the finding",
			text:    "Chile's FNE fined courier Rapidez Sur 900 million pesos for abusing its dominance. The agency found that Rapidez Sur had refused parcels from shops that also used rival Envíos Austral. The FNE ordered the company to stop the practice.",
			want:    []wantClaim{want(KindMandate, "FNE", "Rapidez Sur")},
			notWant: []wantClaim{want(KindMandate, "FNE", "Envíos Austral")}},
		{name: "channel restored under an order",
			text:    "Ofcom ordered cable operator Brightwave Media to carry regional station Dales TV again. The regulator gave the company four weeks to comply.",
			want:    []wantClaim{want(KindMandate, "Ofcom", "Brightwave Media")},
			notWant: []wantClaim{want(KindMandate, "Ofcom", "Dales TV")}},
		{name: "suspended licence then a fine on the company",
			text:    "Ghana's National Petroleum Authority suspended the licence of Akwaba Fuels Ltd after inspectors found diluted petrol at stations along the Accra Highway. The authority also fined the company 2 million cedis.",
			want:    []wantClaim{want(KindPenalty, "National Petroleum Authority", "Akwaba Fuels")},
			notWant: []wantClaim{want(KindPenalty, "National Petroleum Authority", "Accra Highway")}},
		{name: "customer named in passing, passive order",
			text:    "The Securities Commission Malaysia has fined brokerage Kenanga Mutiara Sdn Bhd RM2 million over trades for client Tanjung Harta. The firm was also ordered to review its controls.",
			want:    []wantClaim{want(KindMandate, "Securities Commission", "Kenanga Mutiara")},
			notWant: []wantClaim{want(KindMandate, "Securities Commission", "Tanjung Harta")}},
		{name: "probe then the firm must",
			text:    "Brazil's CADE opened an investigation into ride-hailing app Vaitu for allegedly punishing drivers who also worked for Corrida Já. The company must hand over its driver contracts within 30 days, CADE said.",
			want:    []wantClaim{want(KindMandate, "CADE", "Vaitu")},
			notWant: []wantClaim{want(KindMandate, "CADE", "Corrida Já")}},
		// near misses: the later firm opened its own sentence, or the authority acted on it last
		{name: "near miss: the rival opened the sentence before",
			text:    "Chile's FNE fined courier Rapidez Sur 900 million pesos. Envíos Austral welcomed the decision. The company said it would seek damages.",
			notWant: []wantClaim{want(KindResponse, "Rapidez Sur", "FNE")}},
		{name: "near miss: the authority's last act fell on the other firm",
			text:    "Ofcom fined Brightwave Media 1 million pounds. It also opened an investigation into Dales TV. The regulator ordered the company to hand over its logs.",
			want:    []wantClaim{want(KindMandate, "Ofcom", "Dales TV")},
			notWant: []wantClaim{want(KindMandate, "Ofcom", "Brightwave Media")}},
	})
}

// A name after another firm in the same sentence is that firm's object,
// not the sentence's subject "the firm" later means.
func TestFrames15RefsSubjectSlot(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "one-word subject shut two rivals out",
			text:    "Hungary's GVH fined locker network Boxly 2 billion forints. Boxly shut Futár Express and Csomag Pont out of its lockers, the authority found. The firm must open them to all couriers, the GVH said.",
			want:    []wantClaim{want(KindMandate, "GVH", "Boxly")},
			notWant: []wantClaim{want(KindMandate, "GVH", "Futár Express")}},
		{name: "subject sued a partner",
			text:    "The Competition Commission of India fined Zestro Foods 150 crore rupees. Zestro had cut off Tiffin Wala Kitchens from its app, the commission said. The company must restore the listing within a month.",
			want:    []wantClaim{want(KindMandate, "Competition Commission of India", "Zestro")},
			notWant: []wantClaim{want(KindMandate, "Competition Commission of India", "Tiffin Wala Kitchens")}},
		{name: "near miss: a possessor does not take the subject slot",
			text: "Tencent's Weixin Pay was fined 30 million yuan by the People's Bank of China. Weixin Pay said it would comply.",
			want: []wantClaim{want(KindResponse, "Weixin Pay", "People's Bank of China")}},
	})
}

// "it" in a concession after the speaker's own "it" keeps the speaker;
// "it" as the object of a second act of the same authority is the firm
// its first act fell on.
func TestFrames15RefsPronounRoles(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "although it rejected",
			text:    "The CRTC ordered Vidéotron Plus to restore channel Unis Nord. Vidéotron Plus said it would carry Unis Nord again from Friday, although it rejected the commission's reasoning.",
			want:    []wantClaim{want(KindResponse, "Vidéotron Plus", "CRTC")},
			notWant: []wantClaim{want(KindResponse, "Unis Nord", "CRTC")}},
		{name: "though it disputed",
			text:    "Kenya's Communications Authority ordered Safiri Telecom to reconnect Mtandao Cable. Safiri said it would reconnect Mtandao Cable by Friday, though it disputed the order.",
			want:    []wantClaim{want(KindResponse, "Safiri", "Communications Authority")},
			notWant: []wantClaim{want(KindResponse, "Mtandao Cable", "Communications Authority")}},
		{name: "while it contests",
			text:    "The ACCC ordered Coles Express to stop excluding Foodbank Direct from its car parks. Coles Express said it would let Foodbank Direct back in while it contests the ruling.",
			want:    []wantClaim{want(KindResponse, "Coles Express", "ACCC")},
			notWant: []wantClaim{want(KindResponse, "Foodbank Direct", "ACCC")}},
		{name: "authorised X to take over Y, but ordered it",
			text:    "Poland's UOKiK has authorised food group Mleczna Droga to take over Serowar Mazury, but ordered it to sell two plants, the office said.",
			want:    []wantClaim{want(KindMandate, "UOKiK", "Mleczna Droga")},
			notWant: []wantClaim{want(KindMandate, "UOKiK", "Serowar Mazury")}},
		{name: "cleared X to buy Y and required it",
			text:    "The Australian Competition and Consumer Commission cleared supermarket chain Harvest Lane to buy Bluegum Grocers and required it to sell 12 stores.",
			want:    []wantClaim{want(KindMandate, "Australian Competition and Consumer Commission", "Harvest Lane")},
			notWant: []wantClaim{want(KindMandate, "Australian Competition and Consumer Commission", "Bluegum Grocers")}},
		{name: "fined X for blocking Y and ordered it",
			text:    "Turkey's Competition Board fined Anadolu Kargo 80 million lira for blocking Hızlı Paket from its depots and ordered it to reopen them.",
			want:    []wantClaim{want(KindMandate, "Competition Board", "Anadolu Kargo")},
			notWant: []wantClaim{want(KindMandate, "Competition Board", "Hızlı Paket")}},
		{name: "near miss: because it, no concession",
			text:    "Rogers said it had dropped Télé-Sud because it had breached the carriage contract.",
			noKind:  []string{KindResponse},
			notWant: []wantClaim{want(KindAction, "Télé-Sud", "Rogers")}},
	})
}

// A wire agency in the dateline, a body's members, and a speaker's
// firm after "told ... that": what the reference means.
func TestFrames15RefsSpeakersAndBodies(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "dateline agency is no antecedent",
			text:     "MANILA, March 3 (PinoyWire) - The Bangko Sentral ng Pilipinas fined Pera Padala Inc 5 million pesos for weak customer checks. The remittance company was also directed to hire an external auditor.",
			want:     []wantClaim{want(KindMandate, "Bangko Sentral ng Pilipinas", "Pera Padala")},
			notParty: []string{"PinoyWire"}},
		{name: "dateline agency without a date",
			text:     "LIMA (AndesPress) - Osiptel fined Movilnet Peru 400,000 soles. The operator must restore service in the affected districts.",
			want:     []wantClaim{want(KindMandate, "Osiptel", "Movilnet Peru")},
			notParty: []string{"AndesPress"}},
		{name: "commissioners act for the commission",
			text: "The Ohio Public Utilities Commission fined Buckeye Hearth Gas $800,000 for winter disconnections. Commissioners also ordered the utility to reconnect every household within two days.",
			want: []wantClaim{want(KindMandate, "Ohio Public Utilities Commission", "Buckeye Hearth Gas")}},
		{name: "the commissioners, lower case",
			text: "Kenya's Energy and Petroleum Regulatory Commission fined Jua Power Ltd 3 million shillings. On Friday the commissioners ordered the company to publish its outage records.",
			want: []wantClaim{want(KindMandate, "Energy and Petroleum Regulatory Commission", "Jua Power")}},
		{name: "managing director told the paper that the firm would appeal",
			text: "Zambia's Energy Regulation Board fined Kafue Oil Ltd K500,000. Kafue Oil managing director Chanda Mwale told this newspaper that the firm would appeal against the fine.",
			want: []wantClaim{want(KindResponse, "Kafue Oil", "Energy Regulation Board")}},
		{name: "near miss: commissioners of another body",
			text:    "The Ohio Public Utilities Commission fined Buckeye Hearth Gas $800,000. Commissioners of the county fair board ordered the utility to move its stand.",
			notWant: []wantClaim{want(KindMandate, "Ohio Public Utilities Commission", "Buckeye Hearth Gas")}},
	})
}

// A description later in a sentence that opened with its subject means the
// other firm the sentence named; "its rival" is never the sentence's own
// firm; "her office" is the body the official named before runs.
func TestFrames15RefsSentenceRoles(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "stake in the publisher named before",
			text: "Tencent Holdings became the top shareholder in Shueisha Books after buying a 12% stake in the Tokyo publisher for 40 billion yen, the companies said.",
			want: []wantClaim{want(KindAction, "Tencent", "Shueisha Books")}},
		{name: "takeover of the studio named before",
			text: "Embracer Group has agreed to take over Piranha Bytes, paying 90 million euros for the German studio, the buyer said on Monday.",
			want: []wantClaim{want(KindAction, "Embracer Group", "Piranha Bytes")}},
		{name: "its rival after a court case",
			text: "A Seoul court ordered developer Namu Soft to pay 3 billion won to Gureum Play for copying its puzzle game. Namu said it would appeal. Gureum first sued its rival in 2021.",
			want: []wantClaim{want(KindAction, "Gureum", "Namu Soft")}},
		{name: "its rival, a one-word firm suing",
			text: "Germany's Federal Court of Justice ordered Zalora to stop using the slogan. Otrando had sued its rival over the campaign in 2020.",
			want: []wantClaim{want(KindAction, "Otrando", "Zalora")}},
		{name: "her office is examining",
			text: "New York Attorney General Maria Lopez sued landlord Hudson Crest Properties on Tuesday over unlawful fees. Her office is also investigating Brookline Rentals, a management firm.",
			want: []wantClaim{want(KindProbe, "New York Attorney General", "Brookline Rentals")}},
		{name: "her office ordered, commissioner named before",
			text: "Australia's eSafety Commissioner Julie Inman Grant warned messaging app Chatterly about abuse material last month. On Monday her office ordered Chatterly to remove 300 accounts.",
			want: []wantClaim{want(KindMandate, "eSafety Commissioner", "Chatterly")}},
		{name: "near miss: her company is no authority",
			text:    "Founder Priya Nair said her company Kalpa Foods would not sell to Mandi Fresh. Her office declined to comment.",
			noKind:  []string{KindProbe, KindMandate},
			notWant: []wantClaim{want(KindResponse, "Kalpa Foods", "")}},
	})
}

// ", it added" closing a sentence about a firm in the third person is the
// authority telling it, not that firm.
func TestFrames15RefsClosingSpeaker(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "a third producer is not under investigation, it added",
			text: "Officers of Kenya's competition authority raided two millers, Pembe Flour and Unga Bora, the authority said. A third miller, Jogoo Mills, is not under investigation, it added.",
			want: []wantClaim{denied(KindProbe, "competition authority", "Jogoo Mills")}},
		{name: "under investigation, it said on Tuesday",
			text: "The Turkish Competition Authority fined Marmara Süt 40 million lira. Rival dairy Ege Peynir is also under investigation, it said on Tuesday.",
			want: []wantClaim{want(KindProbe, "Turkish Competition Authority", "Ege Peynir")}},
		{name: "near miss: the firm speaks of itself",
			text:   "The Turkish Competition Authority fined Marmara Süt 40 million lira. Ege Peynir said it is not under investigation.",
			noKind: []string{KindProbe}},
	})
}

// A description that a second act of the same authority takes as its
// object means the firm its first act (or finding) fell on, not the
// last firm named between them.
func TestFrames15RefsSecondActDescription(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "ruled that X breached a deal with Y, ordered the operator",
			text:    "A High Court in Nairobi ruled that Safaricom breached its roaming deal with Airtel Kenya, and ordered the country's largest mobile operator to pay 900 million shillings in damages.",
			want:    []wantClaim{want(KindPenalty, "High Court", "Safaricom")},
			notWant: []wantClaim{want(KindPenalty, "High Court", "Airtel Kenya")}},
		{name: "found that X had shut out Y, ordered the company",
			text:    "The Competition Tribunal found that Sasol Gas had cut supplies to rival Egoli Energy, and ordered the company to resume deliveries within 30 days.",
			want:    []wantClaim{want(KindMandate, "Competition Tribunal", "Sasol Gas")},
			notWant: []wantClaim{want(KindMandate, "Competition Tribunal", "Egoli Energy")}},
		{name: "fined X for copying Y, barred the firm",
			text:    "Japan's Fair Trade Commission fined Hoshino Foods 200 million yen for copying packaging from Tanuki Snacks and barred the firm from selling the range.",
			want:    []wantClaim{want(KindMandate, "Fair Trade Commission", "Hoshino Foods")},
			notWant: []wantClaim{want(KindMandate, "Fair Trade Commission", "Tanuki Snacks")}},
	})
}

// A nationality in a description picks the firm the catalogue places in
// that country, or rules out the firms placed elsewhere.
func TestFrames15RefsNationality(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "the American company after a Korean and a US firm",
			text:    "South Korea's Fair Trade Commission fined Samsung Electronics and Apple over app store terms. The American company said it would appeal.",
			want:    []wantClaim{want(KindResponse, "Apple", "Fair Trade Commission")},
			notWant: []wantClaim{want(KindResponse, "Samsung Electronics", "Fair Trade Commission")}},
		{name: "the US retailer named first",
			text:    "Turkey's competition authority fined Trendyol and Amazon over seller fees. The US retailer said it would contest the fine.",
			want:    []wantClaim{want(KindResponse, "Amazon", "competition authority")},
			notWant: []wantClaim{want(KindResponse, "Trendyol", "competition authority")}},
		{name: "near miss: one firm only, the nationality changes nothing",
			text: "The Competition Commission of India fined Amazon over exclusive launches. The American company said it would appeal.",
			want: []wantClaim{want(KindResponse, "Amazon", "Competition Commission of India")}},
	})
}

// A description whose trade word is a word of one recent firm's name
// ("the water company" and Hartwell Water, "the transport firm" and
// Transportes Rapel) means that firm.
func TestFrames15RefsTradeWord(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "the water company after the complainant",
			text:    "Ofgem fined Lumio Energy after complaints from Hartwell Water. The regulator also ordered the water company to publish its complaint data.",
			want:    []wantClaim{want(KindMandate, "Ofgem", "Hartwell Water")},
			notWant: []wantClaim{want(KindMandate, "Ofgem", "Lumio Energy")}},
		{name: "the transport firm, a plural form in the name",
			text:    "Chile's FNE fined Cementos Andinos and Transportes Rapel over a freight cartel. The transport firm must sell 40 trucks, the agency said.",
			want:    []wantClaim{want(KindMandate, "FNE", "Transportes Rapel")},
			notWant: []wantClaim{want(KindMandate, "FNE", "Cementos Andinos")}},
		{name: "the energy company is the fined one",
			text: "Ofgem fined Lumio Energy after complaints from Hartwell Gas. The regulator also ordered the energy company to publish its complaint data.",
			want: []wantClaim{want(KindMandate, "Ofgem", "Lumio Energy")}},
	})
}
