package extract

import "testing"

// Round 13 (T13V): the acts of retold real stories in the words reporters
// use for them (payment orders, settlements that end a probe, cases taken
// to a tribunal, vetoes). Passages are our own.

// A payment imposed by an authority is a penalty however the order is told:
// "X must pay <sum> ..., the court ruled", or an order whose object is a long
// list of firms before "to pay".
func TestFramesR13PaymentOrders(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "court ruled firm must pay back taxes and fines", text: "Colombia's Council of State ruled on Friday that Almacenes Vireo must pay about 300 billion pesos in back taxes and fines.",
			want: []wantClaim{want(KindPenalty, "Council of State", "Almacenes Vireo")}, noKind: []string{KindMandate}},
		{name: "must pay penalty regulator said", text: "Korea's Fair Trade Commission said Hanbit Foods must pay 4.2 billion won for rigging bids on school meal contracts.",
			want: []wantClaim{want(KindPenalty, "Fair Trade Commission", "Hanbit Foods")}, noKind: []string{KindMandate}},
		{name: "must refund customers", text: "The Communications Authority ruled that Telkom Kenya must refund 90 million shillings to prepaid customers.",
			want: []wantClaim{want(KindPenalty, "Communications Authority", "Telkom Kenya")}},
		{name: "ordered a long list to pay surcharges", text: "Japan's Fair Trade Commission ordered Hokuriku Cable Works, Tohoku Densen Industries and Shikoku Wire Systems on Friday to pay surcharges totalling 4 billion yen for fixing prices.",
			want: []wantClaim{want(KindPenalty, "Fair Trade Commission", "Hokuriku Cable Works"), want(KindPenalty, "Fair Trade Commission", "Shikoku Wire Systems")}, noKind: []string{KindMandate}},
		{name: "directed four banks in a list to compensate", text: "The Reserve Bank of Malawi directed NBS Bank, FDH Bank, Ecobank Malawi and CDH Investment Bank last week to compensate customers for the duplicate charges.",
			want: []wantClaim{want(KindPenalty, "Reserve Bank of Malawi", "NBS Bank"), want(KindPenalty, "Reserve Bank of Malawi", "CDH Investment Bank")}},
		// near misses: a must with no sum, a must under a licence, an order to do something else
		{name: "must publish is a mandate", text: "The Communications Authority ruled that Telkom Kenya must publish its tariffs online.",
			want: []wantClaim{want(KindMandate, "Communications Authority", "Telkom Kenya")}, noKind: []string{KindPenalty}},
		{name: "ordered a list to stop", text: "Japan's Fair Trade Commission ordered Hokuriku Cable Works, Tohoku Densen Industries and Shikoku Wire Systems on Friday to stop sharing price lists.",
			want: []wantClaim{want(KindMandate, "Fair Trade Commission", "Hokuriku Cable Works")}, noKind: []string{KindPenalty}},
		{name: "a levy by law is no penalty", text: "Slovakia's parliament on Wednesday passed a law requiring large lenders, including Tatra Banka, Slovenska Sporitelna and VUB, to pay an extra 0.4% levy on their assets.",
			noKind: []string{KindPenalty}},
		{name: "barred and then ordered to refund", text: "Nigeria's Securities and Exchange Commission barred Lagos Crest Capital from managing client funds and ordered it to refund 900 million naira to investors.",
			want: []wantClaim{want(KindMandate, "Securities and Exchange Commission", "Lagos Crest Capital"), want(KindPenalty, "Securities and Exchange Commission", "Lagos Crest Capital")}},
		{name: "must pay a supplier is business", text: "Under the contract, Volta Grid must pay Sunfield Power 12 million dollars a year for the electricity.",
			noKind: []string{KindPenalty}},
	})
}

// Paying or forfeiting a sum to end, close or resolve an authority's
// investigation or charges is the authority's penalty, whatever verb ends
// the case.
func TestFramesR13PaidToEnd(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "pay to end an investigation", text: "Andina Petroleo agreed on Monday to pay $210 million to end a U.S. Justice Department investigation into bribes paid in Ecuador.",
			want: []wantClaim{want(KindPenalty, "Justice Department", "Andina Petroleo")}},
		{name: "forfeit resolving a probe", text: "Baltic Nordbank pleaded guilty and agreed to forfeit about $900 million, resolving a Justice Department investigation into payments through its Latvian branch.",
			want: []wantClaim{want(KindPenalty, "Justice Department", "Baltic Nordbank")}},
		{name: "pay to close an inquiry", text: "Meridian Pharma will pay 40 million euros to close an investigation by Italy's competition authority AGCM into its drug prices.",
			want: []wantClaim{want(KindPenalty, "AGCM", "Meridian Pharma")}},
		{name: "pay to conclude charges", text: "Sorrel Mining has agreed to pay A$25 million to conclude charges brought by the Australian Securities and Investments Commission.",
			want: []wantClaim{want(KindPenalty, "Australian Securities and Investments Commission", "Sorrel Mining")}},
		// near misses: paying to end a contract or a firm's dispute is no penalty
		{name: "pay to end a contract", text: "Harbor Foods will pay $30 million to end its supply contract with Granite Farms, the company said.",
			noKind: []string{KindPenalty}},
		{name: "forfeit a deposit in a deal", text: "Crescent Air forfeited a $50 million deposit after walking away from its order with Airbus.",
			noKind: []string{KindPenalty}},
	})
}

// An authority that kills a deal blocks it whatever its verb: "vetoed",
// "scuppered", "torpedoed", "rejected", "turned down" a merger, purchase or
// joint venture binds both parties (a prohibition mandate); the same verbs
// on anything but a deal, or by a firm, are no block.
func TestFramesR13DealKilled(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "vetoed a joint venture", text: "The European Commission vetoed Siemens Mobility's rail joint venture with Alstom on Wednesday, saying it would have raised prices for signalling systems.",
			want: []wantClaim{want(KindMandate, "European Commission", "Alstom")}},
		{name: "rejected a takeover", text: "South Africa's Competition Tribunal rejected Karoo Cement's takeover of Highveld Aggregates on Monday.",
			want: []wantClaim{want(KindMandate, "Competition Tribunal", "Karoo Cement"), want(KindMandate, "Competition Tribunal", "Highveld Aggregates")}},
		{name: "scuppered a merger", text: "Brazil's CADE scuppered the merger of Rota Sul Logistica and Porto Verde Transportes, citing overlaps in port trucking.",
			want: []wantClaim{want(KindMandate, "CADE", "Rota Sul Logistica")}},
		{name: "turned down purchase", text: "The Competition Commission of Pakistan turned down Lucky Foods' purchase of Indus Dairy last week.",
			want: []wantClaim{want(KindMandate, "Competition Commission of Pakistan", "Indus Dairy")}},
		// near misses: a firm rejecting a bid, an authority rejecting an appeal
		{name: "board rejected a bid", text: "Highveld Aggregates rejected Karoo Cement's takeover bid on Monday, saying it undervalued the company.",
			noKind: []string{KindMandate}},
		{name: "authority rejected an appeal", text: "The Competition Tribunal rejected Karoo Cement's appeal against a fine on Monday.",
			noKind: []string{KindMandate}},
	})
}

// A sum paid "to" authorities to settle is a penalty by each of them, with
// the settling words as far off as the sentence runs ("will pay $475 million
// to the Justice Department, the SEC and the FCA, and forgive debt ..., to
// settle ...").
func TestFramesR13PaidToAuthorities(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "three payees far settle", text: "Alpenbank will pay nearly $300 million to the U.S. Justice Department, the Securities and Exchange Commission and Britain's Financial Conduct Authority, and write off $90 million of loans owed by Malawi, to settle bribery allegations tied to a state loan.",
			want: []wantClaim{want(KindPenalty, "Justice Department", "Alpenbank"), want(KindPenalty, "Securities and Exchange Commission", "Alpenbank"), want(KindPenalty, "Financial Conduct Authority", "Alpenbank")}},
		{name: "two payees resolve", text: "Cobre Andino agreed to pay $120 million to the Justice Department and the Securities and Exchange Commission to resolve charges that it bribed officials in Peru.",
			want: []wantClaim{want(KindPenalty, "Justice Department", "Cobre Andino"), want(KindPenalty, "Securities and Exchange Commission", "Cobre Andino")}},
		{name: "payees before a long aside", text: "Hanse Reederei will pay 40 million euros to Germany's Federal Cartel Office and the European Commission, the shipping group said on Monday, to settle allegations that it shared freight rates.",
			want: []wantClaim{want(KindPenalty, "Federal Cartel Office", "Hanse Reederei"), want(KindPenalty, "European Commission", "Hanse Reederei")}},
		// near misses: paying an authority for a licence, paying a firm to settle
		{name: "paid a regulator for spectrum", text: "Safaricom Ethiopia paid $150 million to the Ethiopian Communications Authority for a 5G licence, the company said.",
			noKind: []string{KindPenalty}},
		{name: "paid a rival to settle a suit", text: "Nordlicht Solar will pay $20 million to Sunvale Energy to settle a patent lawsuit, the companies said.",
			noKind: []string{KindPenalty}},
	})
}

// A court or tribunal a firm is referred or brought to is the venue of the
// case, not who acts: in an agentless passive the authority that speaks
// ("the Competition Commission said") referred it.
func TestFramesR13VenueIsNoActor(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "referred to tribunal, commission said", text: "Five poultry producers, among them Karoo Chickens and Vaal Poultry, have been referred to the Competition Tribunal for prosecution over price fixing, the Competition Commission said on Tuesday.",
			want:    []wantClaim{want(KindProbe, "Competition Commission", "Karoo Chickens"), want(KindProbe, "Competition Commission", "Vaal Poultry")},
			notWant: []wantClaim{want(KindProbe, "Competition Tribunal", "Karoo Chickens")}},
		{name: "referred to court, watchdog said", text: "Lakeside Dairies was referred to the Federal Court for prosecution over misleading labels, Australia's consumer watchdog ACCC said.",
			want:    []wantClaim{want(KindProbe, "ACCC", "Lakeside Dairies")},
			notWant: []wantClaim{want(KindProbe, "Federal Court", "Lakeside Dairies")}},
		// near miss: an agent named after "by" still acts, venue or not
		{name: "referred by the commission to the tribunal", text: "Karoo Chickens was referred by the Competition Commission to the Competition Tribunal for prosecution.",
			want: []wantClaim{want(KindProbe, "Competition Commission", "Karoo Chickens")}},
	})
}

// Putting a firm on an authority's entity, sanctions or unreliable-entity
// list is a sanction (penalty), however the listing is worded.
func TestFramesR13ListedAsSanction(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "added to entity list", text: "The U.S. Commerce Department added Shenzhen Lumen Optics to its entity list on Wednesday over sales to the military.",
			want: []wantClaim{want(KindPenalty, "Commerce Department", "Shenzhen Lumen Optics")}},
		{name: "put on unreliable entity list", text: "China's commerce ministry has put Ridgeway Aerospace, a U.S. drone maker, on its unreliable entity list.",
			want: []wantClaim{want(KindPenalty, "commerce ministry", "Ridgeway Aerospace")}},
		{name: "placed on sanctions list", text: "Britain's Foreign Office placed Volga Shipping Lines on its sanctions list on Monday.",
			want: []wantClaim{want(KindPenalty, "Foreign Office", "Volga Shipping Lines")}},
		// near misses: a speech "added", a firm's own list
		{name: "speech added", text: "Tata Motors said sales rose 4% in March, and added that its list of dealers had grown.",
			noKind: []string{KindPenalty}},
		{name: "firm adds product to list", text: "Lidl added Ostrava Dairy's yoghurts to its list of best sellers.",
			noKind: []string{KindPenalty}},
	})
}
