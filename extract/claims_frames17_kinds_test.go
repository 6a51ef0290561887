package extract

import "testing"

// Round 13, authority acts: which kind an authority's act is and whom it
// falls on, in the shapes unseen writers used (an inquiry ordered from the
// body's own arm, ...). Self-written passages.

// TestFrames17KindsOwnArmProbe: an authority that orders or asks its own
// investigation arm or director general to examine a firm probes the firm;
// it binds no firm to anything.
func TestFrames17KindsOwnArmProbe(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "ordered arm detailed probe list",
			text:   "The Competition Commission of India has ordered its investigation arm to conduct a detailed probe into food-delivery apps Zomato and Swiggy over alleged deep discounting, people familiar with the matter said.",
			want:   []wantClaim{want(KindProbe, "Competition Commission", "Zomato"), want(KindProbe, "Competition Commission", "Swiggy")},
			noKind: []string{KindMandate}},
		{name: "directed director general",
			text:   "Kenya's Competition Authority directed its director general to investigate cement maker Bamburi Cement over suspected price coordination.",
			want:   []wantClaim{want(KindProbe, "Competition Authority", "Bamburi")},
			noKind: []string{KindMandate}},
		{name: "thorough probe ordered",
			text:   "South Korea's Fair Trade Commission ordered a thorough probe into Coupang's supplier terms on Monday.",
			want:   []wantClaim{want(KindProbe, "Fair Trade Commission", "Coupang")},
			noKind: []string{KindMandate}},
		{name: "asked own unit",
			text:   "South Africa's Competition Commission has asked its investigations unit to look into Vodacom's data pricing, a spokesperson said.",
			want:   []wantClaim{want(KindProbe, "Competition Commission", "Vodacom")},
			noKind: []string{KindMandate}},
		{name: "comprehensive probe passive voice",
			text: "A comprehensive probe into Turkcell's roaming charges was launched by Turkey's Competition Authority on Thursday.",
			want: []wantClaim{want(KindProbe, "Competition Authority", "Turkcell")}},
		// near misses: the firm's own staff, a third party's request, a real order
		{name: "firm asks its lawyers",
			text:   "Glencore has asked its investigation team to review contracts signed by a former trader, the company said.",
			noKind: []string{KindProbe, KindMandate}},
		{name: "lawmakers ask regulator",
			text:   "Lawmakers asked the Securities and Exchange Commission to investigate Nikola over its truck claims.",
			noKind: []string{KindProbe}},
		{name: "ordered firm to audit itself",
			text: "The Reserve Bank of India ordered Paytm Payments Bank to conduct a detailed audit of its IT systems.",
			want: []wantClaim{want(KindMandate, "Reserve Bank", "Paytm")}},
	})
}

// TestFrames17KindsClearedOf: clearing a firm of accusations rules a
// sanction out (negated penalty); clearing its deal or letting it act is
// still an approval.
func TestFrames17KindsClearedOf(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "while clearing rival",
			text:   "Colombia's Superintendence of Industry and Commerce fined retailer Falabella 400 million pesos for misleading discounts, while clearing rival Ripley of similar accusations, officials said.",
			want:   []wantClaim{want(KindPenalty, "Superintendence", "Falabella"), denied(KindPenalty, "Superintendence", "Ripley")},
			noKind: []string{KindApproval}},
		{name: "cleared of allegations that",
			text:   "The Competition Authority of Kenya cleared Safaricom of allegations that it abused its dominance in mobile money.",
			want:   []wantClaim{denied(KindPenalty, "Competition Authority", "Safaricom")},
			noKind: []string{KindApproval}},
		{name: "any wrongdoing",
			text:   "Britain's Financial Conduct Authority has cleared Hargreaves Lansdown of any wrongdoing over the suspension of a property fund.",
			want:   []wantClaim{denied(KindPenalty, "Financial Conduct Authority", "Hargreaves Lansdown")},
			noKind: []string{KindApproval}},
		{name: "passive cleared by",
			text:   "Thai Airways was cleared of breaching passenger-rights rules by the Civil Aviation Authority of Thailand on Friday.",
			noKind: []string{KindApproval}},
		// near misses: a cleared deal, a cleared firm allowed to act
		{name: "cleared purchase of",
			text:    "The European Commission cleared Microsoft's purchase of Activision Blizzard on Monday.",
			want:    []wantClaim{want(KindApproval, "European Commission", "Activision")},
			notWant: []wantClaim{denied(KindPenalty, "European Commission", "Microsoft")}},
		{name: "cleared to launch",
			text:   "Brazil's Anatel cleared Starlink to add 4,000 satellites to its network.",
			want:   []wantClaim{want(KindApproval, "Anatel", "Starlink")},
			noKind: []string{KindPenalty}},
	})
}

// TestFrames17KindsMergedFirmBound: a clearance's condition on "the
// combined entity" / "the enlarged group" binds the buyer of the deal.
func TestFrames17KindsMergedFirmBound(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "required the combined entity",
			text: "The Competition Commission of India approved Tata Consumer's purchase of Capital Foods on Monday. The commission required the combined entity to keep supplying spices to small grocers on existing terms for three years.",
			want: []wantClaim{want(KindMandate, "Competition Commission", "Tata Consumer")}},
		{name: "on condition that the enlarged group",
			text: "Kenya's competition authority has cleared Bidco Africa's takeover of Kapa Oil Refineries, on condition that the enlarged group keeps selling cooking oil to independent wholesalers at list prices for two years.",
			want: []wantClaim{want(KindMandate, "competition authority", "Bidco")}},
		{name: "ordered the merged company",
			text: "Brazil's CADE approved Magazine Luiza's purchase of Netshoes. It ordered the merged company to sell 12 stores in Sao Paulo.",
			want: []wantClaim{want(KindMandate, "CADE", "Magazine Luiza")}},
		// near miss: a merged firm with no deal told before
		{name: "no deal before",
			text:   "The regulator said it would watch prices closely. It required the combined entity to publish quarterly reports.",
			noKind: []string{KindMandate}},
	})
}

// TestFrames17KindsApprovalNounFrom: an approval told as a noun with its
// giver right after it ("Approval from X for Y's takeover of Z") or named
// later in the sentence approves both sides of the deal.
func TestFrames17KindsApprovalNounFrom(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "approval from X for",
			text: "Approval from the Competition Commission of India for Adani Ports' purchase of Gopalpur Port came on Tuesday, two people familiar with the matter said.",
			want: []wantClaim{want(KindApproval, "Competition Commission", "Adani"), want(KindApproval, "Competition Commission", "Gopalpur")}},
		{name: "clearance by X for",
			text: "Clearance by the European Commission for Vodafone's purchase of Kabel Deutschland was granted in 2013.",
			want: []wantClaim{want(KindApproval, "European Commission", "Vodafone"), want(KindApproval, "European Commission", "Kabel")}},
		{name: "national adjective, authority later",
			text: "Brazilian approval for Magazine Luiza's takeover of Netshoes came on Friday, when CADE said the deal raised no concerns.",
			want: []wantClaim{want(KindApproval, "CADE", "Magazine Luiza"), want(KindApproval, "CADE", "Netshoes")}},
		{name: "after a dateline",
			text: "NAIROBI, May 3 - Approval by the Central Bank of Kenya for Equity Bank's purchase of Spire Bank came on Friday, bankers said.",
			want: []wantClaim{want(KindApproval, "Central Bank of Kenya", "Equity"), want(KindApproval, "Central Bank of Kenya", "Spire")}},
		{name: "strings attached on the combined company",
			text: "Approval from the State Administration for Market Regulation for Zijin Mining's takeover of Tibet Julong came with conditions: the combined company must keep supplying copper to local smelters for five years.",
			want: []wantClaim{want(KindApproval, "State Administration", "Zijin"), want(KindMandate, "State Administration", "Zijin")}},
		// near misses: shareholders are no authority; a plan is no firm
		{name: "shareholders",
			text:   "Approval from shareholders for Unilever's purchase of Dollar Shave Club came on Monday.",
			noKind: []string{KindApproval}},
		{name: "for a plan",
			text:   "Approval for the plan came quickly, analysts said, though the Reserve Bank of India has not commented.",
			noKind: []string{KindApproval}},
		{name: "ministry for women's affairs",
			text:     "The Ministry for Women's Affairs fined Fonterra for discriminatory hiring.",
			notParty: []string{"Ministry"}},
	})
}

// TestFrames17KindsAgentlessShapes: acts told without the authority as the
// verb's subject: "X, <appositive>, is under investigation by Y", "the
// regulator's <sum> fine on X", "revoked licences ... held by X".
func TestFrames17KindsAgentlessShapes(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "under investigation past appositive",
			text: "Orion Freight, a Rotterdam-based container forwarder, is under investigation by the Securities and Exchange Commission over its accounts.",
			want: []wantClaim{want(KindProbe, "Securities and Exchange Commission", "Orion Freight")}},
		{name: "has been under investigation past appositive",
			text: "Kestrel Mining, the country's second-largest gold producer, has been under investigation by Ghana's Minerals Commission since March.",
			want: []wantClaim{want(KindProbe, "Minerals Commission", "Kestrel Mining")}},
		{name: "regulator's sized fine on",
			text: "The Hellenic Competition Commission's 12 million euro ($13 million) fine on dairy group Delta Foods, imposed in May, was upheld on appeal.",
			want: []wantClaim{want(KindPenalty, "Hellenic Competition Commission", "Delta Foods")}},
		{name: "licences held by",
			text: "Zambia's mines ministry has revoked nine copper exploration licences, including two held by Lumwana Resources, for failing to start drilling.",
			want: []wantClaim{want(KindPenalty, "ministry", "Lumwana")}},
		{name: "permits held by list",
			text: "Indonesia's environment ministry suspended the mining permits held by Nusantara Nickel and Halmahera Ore over illegal dumping.",
			want: []wantClaim{want(KindPenalty, "environment ministry", "Nusantara Nickel"), want(KindPenalty, "environment ministry", "Halmahera Ore")}},
		// near misses: a firm's own licence sale; a firm's fine on nobody
		{name: "firm sold licences held by",
			text:   "Vodacom sold spectrum licences held by its Tanzanian unit to Airtel for $40 million.",
			noKind: []string{KindPenalty}},
		{name: "under investigation no authority",
			text:   "Orion Freight, a Rotterdam-based container forwarder, is under investigation, its chief executive said.",
			noKind: []string{KindProbe}},
	})
}

// TestFrames17KindsSanctionObjects: what a ban falls on told through the
// firm's shares.
func TestFrames17KindsSanctionObjects(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "trading ban on shares of",
			text: "The Securities and Exchange Board of India imposed a trading ban on the shares of Gensol Engineering on Monday.",
			want: []wantClaim{want(KindMandate, "Securities and Exchange Board", "Gensol")}},
		{name: "denied trading ban",
			text: "Turkey's Capital Markets Board said it had not imposed a trading ban on shares of Bursa-based textile maker Kordsa Teknik.",
			want: []wantClaim{denied(KindMandate, "Capital Markets Board", "Kordsa")}},
		{name: "ban on trading in shares of",
			text: "The Capital Markets Board imposed a two-week ban on trading in shares of Istanbul-based retailer Bimeks.",
			want: []wantClaim{want(KindMandate, "Capital Markets Board", "Bimeks")}},
		// near miss: a firm buying shares of another is no sanction
		{name: "firm buys shares of",
			text:   "Koc Holding placed an order on shares of Arcelik worth $40 million.",
			noKind: []string{KindMandate, KindPenalty}},
	})
}

// TestFrames17KindsBannedConduct: an order told by the conduct it bans
// binds the firm the same authority just acted on.
func TestFrames17KindsBannedConduct(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "corrective order banning the practice",
			text: "South Korea's Fair Trade Commission fined delivery app Baemin 3 billion won for forcing restaurants to match its prices. The watchdog also issued a corrective order banning the practice.",
			want: []wantClaim{want(KindMandate, "Fair Trade Commission", "Baemin")}},
		{name: "prohibiting such conduct",
			text: "Japan's Fair Trade Commission found that Rakuten had pressured merchants to join its free-shipping scheme. The commission ordered Rakuten to notify merchants and also issued an order prohibiting such conduct.",
			want: []wantClaim{want(KindMandate, "Fair Trade Commission", "Rakuten")}},
		// near miss: no act on a firm before
		{name: "no firm acted on",
			text:   "The watchdog issued an order banning the practice across the sector.",
			noKind: []string{KindMandate}},
	})
}

// TestFrames17KindsIngPronounTo: "-ing it/them to" after a firm is the
// authority's act on it, not an adjective.
func TestFrames17KindsIngPronounTo(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "undertakings requiring it to sell",
			text: "Britain's Competition and Markets Authority said it had accepted undertakings from vet group Medivet requiring it to sell 20 practices in Scotland.",
			want: []wantClaim{want(KindMandate, "Competition and Markets Authority", "Medivet")}},
		{name: "court-enforceable undertakings requiring it",
			text: "New Zealand's Commerce Commission accepted court-enforceable undertakings from Foodstuffs North Island requiring it to sell two supermarkets in Auckland.",
			want: []wantClaim{want(KindMandate, "Commerce Commission", "Foodstuffs")}},
		// near miss: a firm's own deal requiring it to do something binds no one to an authority
		{name: "contract requiring it",
			text:   "Shell signed a contract with Petronas requiring it to deliver cargoes from 2027.",
			noKind: []string{KindMandate}},
	})
}
