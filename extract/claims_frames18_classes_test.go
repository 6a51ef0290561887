package extract

import "testing"

// Classes, counts and lists of firms (round 14, T14C): listed firms told as
// members of a class an authority acted on, and firms said to face "similar"
// acts to the ones just told.

// "A and B were among N <class> fined by <authority>": the passive relative
// after "among" binds the listed subjects as the act's targets.
func TestFramesAmongPassive(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "fined-by", text: "Zentrix Finance and Pallora Credit were among 12 online lenders fined a combined 4 million rand by the National Credit Regulator for reckless lending, the regulator said.",
			want: []wantClaim{certain(KindPenalty, "National Credit Regulator", "Zentrix", Asserted), want(KindPenalty, "National Credit Regulator", "Pallora")}},
		{name: "investigated-by", text: "Hollow Pine Foods is among the five poultry producers investigated by Brazil's antitrust agency Cade over alleged price fixing.",
			want: []wantClaim{want(KindProbe, "Cade", "Hollow Pine Foods")}},
		{name: "ordered-by", text: "Telkomsel and Indosat were among the operators ordered by the Communications Ministry last week to block the gambling sites.",
			want: []wantClaim{want(KindMandate, "Communications Ministry", "Telkomsel"), want(KindMandate, "Communications Ministry", "Indosat")}},
		{name: "sanctioned-by-past", text: "Last year Norrvik Shipping was among several tanker owners sanctioned by the U.S. Treasury for carrying Iranian oil.",
			want: []wantClaim{want(KindPenalty, "Treasury", "Norrvik Shipping")}},
		{name: "approved-by", text: "Fenwick Biotech was among three drugmakers cleared by the European Commission on Monday to sell the vaccine.",
			want: []wantClaim{want(KindApproval, "European Commission", "Fenwick Biotech")}},
		// near misses: "among" with no act, or an act by no authority
		{name: "neg-among-largest", text: "Zentrix and Pallora are among the largest online lenders in South Africa, according to data compiled by the National Credit Regulator.",
			none: true},
		{name: "neg-among-praised-by-analysts", text: "Hollow Pine Foods was among five producers praised by analysts at Itaú for cutting debt.",
			none: true},
	})
}

// "C and D are expected to face similar penalties": the same authority's act
// of that kind on new firms, hedged when only expected.
func TestFramesSimilarAct(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "expected-similar-penalties", text: "Thailand's Office of Trade Competition Commission fined Siam Fresh Mart 20 million baht for unfair terms imposed on suppliers. Bangkok Grocers and Lanna Retail are expected to face similar penalties, people familiar with the matter said.",
			want: []wantClaim{want(KindPenalty, "Trade Competition Commission", "Siam Fresh Mart"), certain(KindPenalty, "Trade Competition Commission", "Bangkok Grocers", Hedged), certain(KindPenalty, "Trade Competition Commission", "Lanna Retail", Hedged)}},
		{name: "received-similar-fines", text: "The Financial Conduct Authority fined Wexmoor Bank £12 million for weak anti-money-laundering controls. Harrowgate Building Society received a similar fine in March.",
			want: []wantClaim{certain(KindPenalty, "Financial Conduct Authority", "Harrowgate Building Society", Asserted)}},
		{name: "could-face-similar-orders", text: "Kenya's Communications Authority ordered Telkom Kenya to stop charging customers for unused bundles. Airtel Kenya could face a similar order, the authority said.",
			want: []wantClaim{certain(KindMandate, "Communications Authority", "Airtel Kenya", Hedged)}},
		{name: "same-probe", text: "Korea's Fair Trade Commission raided the offices of Coupang over its search rankings. Naver faces the same investigation, an official said.",
			want: []wantClaim{want(KindProbe, "Fair Trade Commission", "Naver")}},
		// near misses: "similar" without an earlier act of that kind, or a
		// similar thing that is no act
		{name: "neg-similar-product", text: "Siam Fresh Mart opened 12 new stores in March. Bangkok Grocers and Lanna Retail are expected to launch similar formats next year.",
			none: true},
		{name: "neg-no-earlier-act", text: "Bangkok Grocers and Lanna Retail are expected to face similar penalties, people familiar with the matter said.",
			none: true},
	})
}

// "A and its wholesale partner B", "A and its long-time rival B": a relation
// noun with modifiers before the next member describes it and keeps the
// list going.
func TestFramesListRelationDescriptor(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "told-wholesale-partner", text: "Ofcom has told broadband provider Harrier Fibre and its wholesale partner Brightline Networks to fix the fault within 14 days.",
			want: []wantClaim{want(KindMandate, "Ofcom", "Harrier Fibre"), want(KindMandate, "Ofcom", "Brightline Networks")}},
		{name: "ordered-longtime-rival", text: "The Competition Authority of Kenya ordered Mwangaza Dairies and its long-time rival Tuzo Milk Processors to stop sharing price lists.",
			want: []wantClaim{want(KindMandate, "Competition Authority", "Mwangaza Dairies"), want(KindMandate, "Competition Authority", "Tuzo Milk Processors")}},
		{name: "fined-distribution-partner", text: "Poland's UOKiK fined cosmetics maker Verana Labs and its exclusive distribution partner Polkos Trading 9 million zlotys for fixing resale prices.",
			want: []wantClaim{want(KindPenalty, "UOKiK", "Verana Labs"), want(KindPenalty, "UOKiK", "Polkos Trading")}},
		{name: "probe-joint-venture-partner", text: "Brazil's Cade is investigating Grupo Sertao and its former joint venture partner Minuano Agro over a swap of customer lists.",
			want: []wantClaim{want(KindProbe, "Cade", "Grupo Sertao"), want(KindProbe, "Cade", "Minuano Agro")}},
		// near miss: a partner that is a person or a place is no member
		{name: "neg-partner-person", text: "Ofcom has told Harrier Fibre and its managing partner James Holt to attend a hearing within 14 days.",
			notParty: []string{"James Holt"}},
	})
}

// An authority's acronym bare between firms of a list is a firm of that
// name (Spain's builder FCC, the carmaker FCA); with "the", or among
// authorities, it stays the authority.
func TestFramesListedAcronymFirm(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "builders-dash-list", text: "The CNMC fined five road builders - Acciona, Sacyr, FCC, Ferrovial and OHLA - 40 million euros for sharing out motorway tenders.",
			want: []wantClaim{want(KindPenalty, "CNMC", "Acciona"), want(KindPenalty, "CNMC", "FCC"), want(KindPenalty, "CNMC", "Ferrovial"), want(KindPenalty, "CNMC", "OHLA")}},
		{name: "carmakers-list", text: "Italy's antitrust authority AGCM opened an investigation into carmakers Renault, FCA and Volkswagen over emissions claims.",
			want: []wantClaim{want(KindProbe, "AGCM", "Renault"), want(KindProbe, "AGCM", "FCA"), want(KindProbe, "AGCM", "Volkswagen")}},
		{name: "response-later", text: "Spain's competition watchdog fined builders Acciona, FCC, Ferrovial and Sacyr 60 million euros for rigging bids. Ferrovial said it would appeal.",
			want: []wantClaim{want(KindPenalty, "competition watchdog", "Ferrovial"), want(KindResponse, "Ferrovial", "")}},
		// near misses: among authorities, or with "the", the acronym acts
		{name: "neg-authorities-list", text: "The merger was cleared by Ofcom, the FCC and the ACCC last year.",
			notWant: []wantClaim{want(KindApproval, "", "FCC")}},
	})
}

// A bare "both" opening a clause is the pair of firms just named.
func TestFramesBareBoth(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "next-sentence-must", text: "Nigeria's Federal Competition and Consumer Protection Commission fined Shoprite and Game Stores 20 million naira each for misleading price tags. Both must now display unit prices on every shelf.",
			want: []wantClaim{want(KindMandate, "Federal Competition and Consumer Protection Commission", "Shoprite"), want(KindMandate, "Federal Competition and Consumer Protection Commission", "Game Stores")}},
		{name: "same-sentence-said-both-must", text: "The Monetary Authority of Singapore reprimanded DBS Bank and UOB over their outage handling, and said both must submit remediation plans within 30 days.",
			want: []wantClaim{want(KindMandate, "Monetary Authority of Singapore", "DBS"), want(KindMandate, "Monetary Authority of Singapore", "UOB")}},
		{name: "both-will-comply", text: "Mexico's Federal Telecommunications Institute ordered Telcel and AT&T Mexico to lower interconnection rates. Both have said they will comply.",
			want: []wantClaim{want(KindResponse, "Telcel", "Federal Telecommunications Institute")}},
		// near misses: "both" as a determiner, or with no pair named
		{name: "neg-determiner", text: "The regulator fined Shoprite 20 million naira. Shoprite said it would contest both the fine and the order.",
			notWant: []wantClaim{want(KindResponse, "Game Stores", "")}},
		{name: "neg-no-pair", text: "The Monetary Authority of Singapore reprimanded DBS Bank over its outage handling. Both must improve, analysts said.",
			notWant: []wantClaim{want(KindMandate, "", "UOB")}},
	})
}

// "has taken A, B, C and D to the Competition Tribunal": a suit whose venue
// follows a long list of firms, and a tribunal or an arbitration as venue.
func TestFramesTakenListToVenue(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "four-firms-tribunal-fronted", text: "After a three-year inquiry into maize meal pricing, the Competition Commission has taken Sasko Mills, Tiger Milling, Kwenda Grain and Umhlanga Foods to the Competition Tribunal.",
			want: []wantClaim{want(KindProbe, "Competition Commission", "Sasko Mills"), want(KindProbe, "Competition Commission", "Umhlanga Foods")}},
		{name: "one-firm-tribunal", text: "Kenya's Competition Authority took Mwangaza Dairies before the Competition Tribunal last week.",
			want: []wantClaim{want(KindProbe, "Competition Authority", "Mwangaza Dairies")}},
		{name: "firms-take-rival-to-arbitration", text: "Petronas Dagangan and Shell Malaysia have taken Velocity Fuels Sdn Bhd, Tanjung Oil Sdn Bhd and Merbok Energy Sdn Bhd to arbitration over unpaid supply invoices.",
			want: []wantClaim{want(KindAction, "Petronas Dagangan", "Merbok Energy")}},
		// near misses: "taken to" something that is no venue
		{name: "neg-taken-to-market", text: "Sasko Mills and Tiger Milling have taken their new maize brands to the Competition Day trade fair in Durban.",
			noKind: []string{KindProbe, KindAction}},
		{name: "neg-taken-to-task", text: "Analysts took Sasko Mills and Tiger Milling to task over thin margins, saying a tribunal ruling was unlikely.",
			noKind: []string{KindProbe}},
	})
}

// "Scania is still under investigation": a listed firm left under an
// inquiry is under the inquiry of the authority that acted before.
func TestFramesUnderInquiry(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "still-under-investigation", text: "The European Commission fined truckmakers Daimler and Volvo for colluding on prices. Scania is still under investigation.",
			want: []wantClaim{want(KindProbe, "European Commission", "Scania")}},
		{name: "remains-under-scrutiny", text: "Indonesia's KPPU fined Grab Indonesia 30 billion rupiah for favouring its partner drivers. Gojek remains under scrutiny, the commission said.",
			want: []wantClaim{want(KindProbe, "KPPU", "Gojek")}},
		{name: "pair-under-review", text: "The Reserve Bank of India barred Paytm Payments Bank from taking new deposits. Airtel Payments Bank and Fino Payments Bank are also under review.",
			want: []wantClaim{want(KindProbe, "Reserve Bank of India", "Airtel Payments Bank"), want(KindProbe, "Reserve Bank of India", "Fino Payments Bank")}},
		// near misses: no authority acted before; the sentence names its own
		{name: "neg-no-authority", text: "Scania is still under investigation.", none: true},
		{name: "neg-under-construction", text: "The European Commission fined Daimler. Scania's new plant is still under construction.",
			notWant: []wantClaim{want(KindProbe, "", "Scania")}},
	})
}
