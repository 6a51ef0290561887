package extract

import "testing"

// Round-4 frames, each written in several wordings before the rule:
// defending proceedings, weighing legal options, taking a decision to
// court, working with the regulator to resolve its concerns.
func TestClaimFramesRound4Responses(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "defend: both retailers would defend the proceedings",
			text: "The Australian Competition and Consumer Commission has sued Coles and Woolworths in the Federal Court. Both retailers said they would defend the proceedings.",
			want: []wantClaim{{kind: KindResponse, actor: "Coles", target: "Competition and Consumer Commission", stance: "resist"}, {kind: KindResponse, actor: "Woolworths", target: "Competition and Consumer Commission", stance: "resist"}}},
		{name: "defend: the two chains will fight the case",
			text: "Mexico's Cofece sued Walmex and Soriana. The two chains said they would defend the action.",
			want: []wantClaim{{kind: KindResponse, actor: "Walmex", target: "Cofece", stance: "resist"}}},
		{name: "legal options: reviewing the order and would consider its legal options",
			text: "Markets regulator SEBI on Friday fined Adani Enterprises 1 crore rupees for disclosure lapses. Adani Enterprises said it was reviewing the order and would consider its legal options.",
			want: []wantClaim{{kind: KindResponse, actor: "Adani Enterprises", target: "SEBI", stance: "resist"}}},
		{name: "legal options: the broadcaster is exploring legal action",
			text: "Nigeria's FCCPC fined MultiChoice 150 million naira. The broadcaster said it was exploring legal action.",
			want: []wantClaim{{kind: KindResponse, actor: "MultiChoice", target: "FCCPC", stance: "resist"}}},
		{name: "court: would take the decision to the administrative courts",
			text: "Turkey's Competition Board fined Hizli Sepet 182 million lira. Hizli Sepet said it would take the decision to the administrative courts.",
			want: []wantClaim{{kind: KindResponse, actor: "Hizli Sepet", target: "Competition Board", stance: "resist"}}},
		{name: "court: the brewer would take the matter to court",
			text: "Brazil's Cade fined Ambev. The brewer said it would take the matter to court.",
			want: []wantClaim{{kind: KindResponse, actor: "Ambev", target: "Cade", stance: "resist"}}},
		{name: "court: plans to take the ruling to a tribunal",
			text: "Kenya's Competition Authority fined Bidco Africa 10 million shillings. Bidco Africa plans to take the ruling to the Competition Tribunal.",
			want: []wantClaim{{kind: KindResponse, actor: "Bidco Africa", target: "Competition Authority", stance: "resist"}}},
		{name: "resolve: the parent would work with the regulator to resolve its concerns",
			text: "The Reserve Bank of India barred Paytm Payments Bank from accepting fresh deposits. One97 Communications, Paytm's parent, said it would work closely with the regulator to resolve the concerns.",
			want: []wantClaim{{kind: KindResponse, actor: "Paytm", target: "Reserve Bank of India", stance: "comply"}}},
		{name: "resolve: working with the authority to resolve the issues",
			text: "Kenya's Communications Authority fined Safaricom 2 million shillings. Safaricom said it was working with the authority to resolve the issues.",
			want: []wantClaim{{kind: KindResponse, actor: "Safaricom", target: "Communications Authority", stance: "comply"}}},
		{name: "resolve: would resolve the matters the central bank raised",
			text: "The Bank of Ghana suspended the licence of Zeta Pay. The fintech said it would resolve the matters raised by the central bank.",
			want: []wantClaim{{kind: KindResponse, actor: "Zeta Pay", target: "Bank of Ghana", stance: "comply"}}},
	})
}

// Considering a bid or a firm going to court against another firm is no
// answer to an authority.
func TestRound4ResponseNegatives(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "considering a bid", text: "Kestrel Motors said it was considering options for its truck unit.", noKind: []string{KindResponse}},
		{name: "firm takes a rival to court", text: "Google agreed to take Samsung to court over patents.", noKind: []string{KindResponse}},
		{name: "resolve a dispute between firms", text: "Tata Steel and JSW said they would resolve their dispute.", noKind: []string{KindResponse}},
	})
}

// Names and appositions: a brand with a lower-case first letter is a
// name; an authority followed by its description is one authority.
func TestClaimFramesRound4Names(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "inner capital: iFood ordered by an authority described after it",
			text: "Delivery app iFood was ordered by CADE, Brazil's antitrust regulator, to stop signing exclusivity contracts with restaurants.",
			want: []wantClaim{want(KindMandate, "CADE", "iFood")}, check: atMost(1)},
		{name: "inner capital: bKash fined",
			text: "Bangladesh Bank fined bKash 10 million taka.",
			want: []wantClaim{want(KindPenalty, "Bangladesh Bank", "bKash")}, check: atMost(1)},
		{name: "inner capital: eBay fined",
			text: "The European Commission fined eBay over its marketplace rules.",
			want: []wantClaim{want(KindPenalty, "European Commission", "eBay")}, check: atMost(1)},
		{name: "apposition: a formed authority and its description tell a firm",
			text: "Grab was told by the Land Transport Authority, Singapore's transport regulator, to suspend the fare scheme.",
			want: []wantClaim{want(KindMandate, "Land Transport Authority", "Grab")}, check: atMost(1)},
		{name: "apposition: the described agency instructs a bank",
			text: "Kaspi Bank was instructed by the Agency for Regulation, Kazakhstan's financial watchdog, to raise capital.",
			want: []wantClaim{want(KindMandate, "Agency for Regulation", "Kaspi Bank")}, check: atMost(1)},
		{name: "apposition: subject authority with its description fines",
			text: "The Federal Communications Commission, the US telecoms regulator, fined Verizon $50 million.",
			want: []wantClaim{want(KindPenalty, "Federal Communications Commission", "Verizon")}, check: atMost(1)},
	})
}

// Apple's devices are products, never parties.
func TestApplesDevicesAreNoFirms(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "iPhones sold in China", text: "Apple plans to integrate Baidu's models into iPhones sold in China.", notParty: []string{"iPhones"}},
	})
}

// "X, Y's unit": Y only says who owns X; X alone is the party, whether the
// pair is the subject of a passive or the object of an active verb.
func TestOwnerAppositionIsNoParty(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "passive subject, e-commerce unit", text: "Flipkart, Walmart's Indian e-commerce unit, has been asked by the Competition Commission of India to submit details of its agreements within 30 days.", hasTarget: []string{"Flipkart"}, notParty: []string{"Walmart"}},
		{name: "passive subject, digital arm", text: "Jio Platforms, Reliance Industries' digital arm, was ordered by TRAI to refund users.", hasTarget: []string{"Jio Platforms"}, notParty: []string{"Reliance"}},
		{name: "active object, lending subsidiary", text: "The Financial Conduct Authority fined Tesco Bank, Tesco's lending subsidiary, 5 million pounds.", hasTarget: []string{"Tesco Bank"}, notParty: []string{"Tesco"}},
		{name: "second of a list, local unit", text: "Kenya's CAK fined Safaricom and Airtel Kenya, Bharti Airtel's local unit, for price collusion.", hasTarget: []string{"Airtel Kenya"}, notParty: []string{"Bharti Airtel"}},
	})
}

// A firm's former officer barred or fined is a person: no claim on the firm
// (a later act on "the company" still counts).
func TestFormerOfficerIsNoFirm(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "barred a former finance chief, fined the company", text: "Markets regulator SEBI on Friday barred Adani Enterprises' former finance chief from the securities market for two years and fined the company 1 crore rupees.",
			want: []wantClaim{want(KindPenalty, "SEBI", "Adani Enterprises")}, noKind: []string{KindMandate}},
		{name: "banned a former chief executive", text: "Brazil's CVM banned Americanas' former chief executive from running listed companies.", noKind: []string{KindMandate}},
		{name: "banned former traders", text: "The FCA banned Barclays' former traders from the industry.", noKind: []string{KindMandate}},
		{name: "fined a former officer", text: "The SEC fined Kraken's former chief financial officer.", noKind: []string{KindPenalty}},
	})
}

// What an inquiry asks ("whether X penalized ...") is no act of its own;
// the inquiry still is a probe.
func TestWhetherClauseIsNoAct(t *testing.T) {
	onlyProbes := func(t reporter, got []Claim) {
		t.Helper()
		for _, cl := range got {
			if cl.Kind != KindProbe {
				t.Errorf("only the probe wanted; got %s", describe(got))
			}
		}
	}
	expectFrames(t, []frameCase{
		{name: "pricing penalized providers that bought from a rival", text: "The Federal Trade Commission has opened an antitrust inquiry into whether Intel's pricing of server processors penalized cloud providers that bought chips from rival AMD.",
			want: []wantClaim{want(KindProbe, "Federal Trade Commission", "Intel")}, check: onlyProbes},
		{name: "punished suppliers that sold to a rival", text: "The CMA is examining whether Sainsbury's punished suppliers that sold to Aldi.",
			want: []wantClaim{want(KindProbe, "CMA", "Sainsbury")}, check: onlyProbes},
		{name: "acquired a firm to stifle competition", text: "The European Commission is investigating whether Meta acquired Kustomer to stifle competition.",
			want: []wantClaim{want(KindProbe, "European Commission", "Meta")}, check: onlyProbes},
	})
}

// "X rival" names a firm by the rival it has: X is not the party.
func TestRivalOfNameIsNoParty(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "headline: fines Getir rival", text: "Turkish Competition Board fines Getir rival", notParty: []string{"Getir"}},
		{name: "headline: fines Google rival over", text: "EU fines Google rival over data use", notParty: []string{"Google"}},
		{name: "named rival after the describing firm", text: "The CMA fined Tesco rival Sainsbury's.", notParty: []string{"Tesco"}, hasTarget: []string{"Sainsbury's"}},
		{name: "possessive rival", text: "The CMA fined Tesco's rival Sainsbury's.", notParty: []string{"Tesco"}, hasTarget: []string{"Sainsbury's"}},
	})
}

// An authority asking a firm for records or details orders it to hand
// them over; anyone else asking is no claim.
func TestAskedForRecords(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "asked both companies for records", text: "Kenya's Capital Markets Authority said it was looking at the takeover of Rift Valley Breweries by Highveld Beverages. The regulator said it had asked both companies for records of communications with brokers.",
			want: []wantClaim{want(KindMandate, "Capital Markets Authority", "Rift Valley Breweries"), want(KindMandate, "Capital Markets Authority", "Highveld Beverages")}},
		{name: "asked a firm for details", text: "Brazil's ANPD asked Meta for details of its AI training.", want: []wantClaim{want(KindMandate, "ANPD", "Meta")}},
		{name: "has asked for documents", text: "The ministry has asked Grab for documents on its fares.", want: []wantClaim{want(KindMandate, "ministry", "Grab")}},
		{name: "asked for an explanation", text: "Nigeria's NCC asked MTN for an explanation of the outage.", want: []wantClaim{want(KindMandate, "NCC", "MTN")}},
		{name: "analysts asking is no claim", text: "Analysts asked Meta for details of its plans.", none: true},
	})
}

// Trading in a firm's shares examined is a probe of that firm.
func TestProbeOfTradingInShares(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "trading in shares of", text: "Kenya's Capital Markets Authority said on Wednesday it was investigating trading in shares of Rift Valley Breweries ahead of last month's takeover offer.", want: []wantClaim{want(KindProbe, "Capital Markets Authority", "Rift Valley Breweries")}},
		{name: "dealings in the stock of", text: "SEBI is probing dealings in the stock of Zee Entertainment.", want: []wantClaim{want(KindProbe, "SEBI", "Zee Entertainment")}},
		{name: "trading in X shares", text: "The SEC is examining trading in Acme Holdings shares before the deal.", want: []wantClaim{want(KindProbe, "SEC", "Acme Holdings")}},
		{name: "unusual trading in options of", text: "Nigeria's SEC investigated unusual trading in options of Dangote Cement.", want: []wantClaim{want(KindProbe, "SEC", "Dangote Cement")}},
	})
}

// Only authorities impose fines: the unknown acronym after "a fine
// imposed by" is an authority, which the firm answers.
func TestFineImposedByUnknownAcronym(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "challenge in court a fine imposed by", text: "Peruvian mining company Minera Collasuyo said on Friday it would challenge in court a 14 million sol fine imposed by OEFA, the country's environmental enforcement agency, over a tailings spill.", want: []wantClaim{want(KindPenalty, "OEFA", "Minera Collasuyo"), {kind: KindResponse, actor: "Minera Collasuyo", target: "OEFA", stance: "resist"}}},
		{name: "challenge a fine imposed by", text: "Minera Collasuyo said it would challenge a fine imposed by OEFA.", want: []wantClaim{want(KindPenalty, "OEFA", "Minera Collasuyo"), {kind: KindResponse, actor: "Minera Collasuyo", target: "OEFA", stance: "resist"}}},
		{name: "appeal in court a fine imposed by the", text: "Chilean salmon farmer Australis said it would appeal in court a fine imposed by the SMA.", want: []wantClaim{want(KindPenalty, "SMA", "Australis"), {kind: KindResponse, actor: "Australis", target: "SMA", stance: "resist"}}},
		{name: "appeal the sanctions imposed by", text: "Halden Foods will appeal the sanctions imposed by the DCCA.", want: []wantClaim{want(KindPenalty, "DCCA", "Halden Foods"), {kind: KindResponse, actor: "Halden Foods", target: "DCCA", stance: "resist"}}},
	})
}

// Freezing money or accounts holds them pending a case: a mandate (as the
// sets written by others annotate it), not a penalty.
func TestFreezeIsMandate(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "court froze money held by a firm", text: "A commercial court in Lagos has frozen $32 million held by Eko Petroleum in three local banks.", want: []wantClaim{want(KindMandate, "commercial court", "Eko Petroleum")}},
		{name: "the commission froze the firm's accounts", text: "Kente Capital had its licence revoked by Ghana's Securities and Exchange Commission. The commission said it had also frozen the firm's bank accounts pending a forensic audit.", want: []wantClaim{want(KindMandate, "Securities and Exchange Commission", "Kente Capital")}},
		{name: "froze a firm's deposits", text: "India's Enforcement Directorate froze Xiaomi's bank deposits.", want: []wantClaim{want(KindMandate, "Enforcement Directorate", "Xiaomi")}},
		{name: "froze the accounts of", text: "Kenya's Assets Recovery Agency froze the accounts of Zeta Logistics.", want: []wantClaim{want(KindMandate, "Assets Recovery Agency", "Zeta Logistics")}},
	})
}

// Another authority's accusation in a relative clause is a charge of its
// own, and "accuses the firm of" refers back to the firm.
func TestAccusationByAnotherAuthority(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "which accuses the fuel marketer of", text: "A commercial court in Lagos has frozen $32 million held by Eko Petroleum in three local banks, granting an application by the Economic and Financial Crimes Commission, which accuses the fuel marketer of subsidy fraud.", want: []wantClaim{want(KindProbe, "Economic and Financial Crimes Commission", "Eko Petroleum")}},
		{name: "which accuses the company of", text: "The court froze the assets of Zeta Logistics at the request of Kenya's Ethics and Anti-Corruption Commission, which accuses the company of inflating invoices.", want: []wantClaim{want(KindProbe, "Ethics and Anti-Corruption Commission", "Zeta Logistics")}},
		{name: "which accuses a named firm of", text: "A commercial court in Lagos has frozen $32 million held by Eko Petroleum, granting an application by the Economic and Financial Crimes Commission, which accuses Eko Petroleum of subsidy fraud.", want: []wantClaim{want(KindProbe, "Economic and Financial Crimes Commission", "Eko Petroleum")}},
		{name: "accused the firm of, in a sentence of its own", text: "Eko Petroleum lost its licence. The Economic and Financial Crimes Commission accused the firm of subsidy fraud.", want: []wantClaim{want(KindProbe, "Economic and Financial Crimes Commission", "Eko Petroleum")}},
		// the same authority accusing after its own act only restates it
		{name: "restated by the fining authority", text: "Kraken was fined by the SEC, which accused it of operating an unregistered exchange.", noKind: []string{KindProbe}},
	})
}

// Asking to have an act set aside, quashed or annulled resists it; a court
// overturning a fine is no firm's answer.
func TestSetAsideResists(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "seek to have the order set aside", text: "A court in Lagos has frozen $32 million held by Eko Petroleum. Eko Petroleum said it would seek to have the order set aside.", want: []wantClaim{{kind: KindResponse, actor: "Eko Petroleum", target: "court in Lagos", stance: "resist"}}},
		{name: "apply to have the fine quashed", text: "Kenya's Competition Authority fined Bidco Africa. Bidco Africa said it would apply to have the fine quashed.", want: []wantClaim{{kind: KindResponse, actor: "Bidco Africa", target: "Competition Authority", stance: "resist"}}},
		{name: "wants the decision annulled", text: "Kenya's Competition Authority fined Bidco Africa. Bidco Africa wants the decision annulled.", want: []wantClaim{{kind: KindResponse, actor: "Bidco Africa", target: "Competition Authority", stance: "resist"}}},
		{name: "a court overturned the fine", text: "Kenya's Competition Authority fined Bidco Africa 5 million shillings. The High Court overturned the fine in May.", noKind: []string{KindResponse}},
	})
}

// A condition on an approved deal, "on condition that it ...", binds the
// buyer, not the firm named last.
func TestConditionBindsBuyer(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "possessive purchase of a stake in a described firm", text: "Ukraine's Antimonopoly Committee approved Kyiv-based agriholding Dnipro Harvest's purchase of a 51% stake in grain terminal operator Chornomor Port on condition that it keep offering storage to third parties for five years.", want: []wantClaim{want(KindMandate, "Antimonopoly Committee", "Dnipro Harvest")}, notWant: []wantClaim{want(KindMandate, "Antimonopoly Committee", "Chornomor Port")}},
		{name: "cleared an acquisition of a described firm", text: "Kenya's Competition Authority cleared Bidco Africa's acquisition of cooking oil maker Pwani Oil on condition that it retain all staff.", want: []wantClaim{want(KindMandate, "Competition Authority", "Bidco Africa")}, notWant: []wantClaim{want(KindMandate, "Competition Authority", "Pwani Oil")}},
		{name: "on the condition that it", text: "Egypt's competition authority approved Uber's takeover of Careem on the condition that it keeps prices unchanged.", want: []wantClaim{want(KindMandate, "competition authority", "Uber")}, notWant: []wantClaim{want(KindMandate, "competition authority", "Careem")}},
		{name: "purchase by a buyer", text: "The CMA cleared the purchase of Zeta Foods by Halden Group on condition that it sells 40 stores.", want: []wantClaim{want(KindMandate, "CMA", "Halden Group")}, notWant: []wantClaim{want(KindMandate, "CMA", "Zeta Foods")}},
	})
}

// A stake bought in a firm introduced by a long description still names
// the firm for the approval.
func TestStakeInDescribedFirm(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "grain terminal operator", text: "Ukraine's Antimonopoly Committee approved Kyiv-based agriholding Dnipro Harvest's purchase of a 51% stake in grain terminal operator Chornomor Port.", want: []wantClaim{want(KindApproval, "Antimonopoly Committee", "Chornomor Port"), want(KindApproval, "Antimonopoly Committee", "Dnipro Harvest"), want(KindAction, "Dnipro Harvest", "Chornomor Port")}},
		{name: "per cent stake in a payments processor", text: "Kazakhstan's competition agency cleared Halyk Bank's purchase of a 49.9 per cent stake in payments processor Kaspi Pay.", want: []wantClaim{want(KindApproval, "competition agency", "Kaspi Pay"), want(KindApproval, "competition agency", "Halyk Bank"), want(KindAction, "Halyk Bank", "Kaspi Pay")}},
	})
}

// A request for information sent to firms opens an inquiry into them; a
// firm's request or a plain letter is none.
func TestInfoRequestIsProbe(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "formal requests for information to two firms", text: "EU regulators have sent formal requests for information to Allegro and Zalando over how their marketplaces rank third-party sellers.",
			want: []wantClaim{want(KindProbe, "EU regulators", "Allegro"), want(KindProbe, "EU regulators", "Zalando")}},
		{name: "a request for information to one firm", text: "The European Commission sent a request for information to Temu about illegal products.", want: []wantClaim{want(KindProbe, "European Commission", "Temu")}},
		{name: "information requests", text: "Brazil's ANPD has sent information requests to Meta and TikTok.", want: []wantClaim{want(KindProbe, "ANPD", "Meta"), want(KindProbe, "ANPD", "TikTok")}},
		{name: "a firm's request is none", text: "Amazon sent a request for information to its sellers.", none: true},
		{name: "a letter is none", text: "The ministry sent a letter to Grab.", none: true},
	})
}

// Firms combining or partnering, in other words: "agreed to combine their
// networks", "will partner with Abu Dhabi's X" (a place's possessive before
// the partner).
func TestCombineAndPartnerFrames(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "agreed to combine their businesses", text: "Nordic Foods and Baltic Dairy agreed to combine their businesses.", want: []wantClaim{want(KindAction, "Nordic Foods", "Baltic Dairy")}},
		{name: "described firms agreed to combine networks", text: "Warsaw courier firm Paczkomat Plus and Czech logistics group Brnolog agreed on Thursday to combine their parcel-locker networks in Central Europe.", want: []wantClaim{want(KindAction, "Paczkomat Plus", "Brnolog")}},
		{name: "plan to combine tower assets", text: "Safaricom and Airtel Kenya plan to combine their tower assets.", want: []wantClaim{want(KindAction, "Safaricom", "Airtel Kenya")}},
		{name: "partner with a place's firm", text: "The UAE regulator has granted Dubai-based Sahra Networks a licence. Sahra will partner with Abu Dhabi's Khaleej Space to lease capacity on its satellites.", want: []wantClaim{want(KindAction, "Sahra", "Khaleej Space")}},
		{name: "partnered with a country's bank", text: "Zeta Pay has partnered with South Africa's Capitec Bank.", want: []wantClaim{want(KindAction, "Zeta Pay", "Capitec Bank")}},
		{name: "merge with a country's group", text: "Halden Foods will merge with Norway's Fjordlaks Group.", want: []wantClaim{want(KindAction, "Halden Foods", "Fjordlaks Group")}},
		{name: "farmers combine crops", text: "Farmers combine wheat and barley.", none: true},
	})
}

// A deal's price in any currency symbol stands between the buyer's
// possessive and the deal noun as "$" does.
func TestDealPriceInAnyCurrency(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "pounds", text: "The CMA cleared Vodafone's £15 billion merger with Three UK.", want: []wantClaim{want(KindApproval, "CMA", "Vodafone"), want(KindApproval, "CMA", "Three UK")}},
		{name: "euros", text: "The European Commission approved Adevinta's €2 billion purchase of eBay Classifieds.", want: []wantClaim{want(KindApproval, "European Commission", "Adevinta"), want(KindApproval, "European Commission", "eBay Classifieds")}},
		{name: "yen", text: "Japan's Fair Trade Commission cleared Nidec's ¥100 billion purchase of Makino Milling.", want: []wantClaim{want(KindApproval, "Fair Trade Commission", "Nidec"), want(KindApproval, "Fair Trade Commission", "Makino Milling")}},
	})
}

// A firm's own account of having done what was asked (submitted,
// registered, paid, deleted) after an authority acted on it complies; a
// denial of having done it does not.
func TestRemedyDoneComplies(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "submitted its paperwork (one-word name)", text: "Indonesia's communications ministry has threatened to block streaming service NusaFlix unless it registers as an electronic system operator within seven days. NusaFlix said it had submitted its paperwork and expected approval soon.", want: []wantClaim{{kind: KindResponse, actor: "NusaFlix", target: "communications ministry", stance: "comply"}}},
		{name: "has registered", text: "The Bank of Ghana ordered Zeta Pay to register as a payment service provider. Zeta Pay said it has registered with the central bank.", want: []wantClaim{{kind: KindResponse, actor: "Zeta Pay", target: "Bank of Ghana", stance: "comply"}}},
		{name: "had paid the fine", text: "SEBI fined Karvy Stock Broking 1 crore rupees. Karvy Stock Broking said it had paid the fine.", want: []wantClaim{{kind: KindResponse, actor: "Karvy Stock Broking", target: "SEBI", stance: "comply"}}},
		{name: "had deleted the listings", text: "France's DGCCRF ordered Temu to remove unsafe toys. Temu said it had deleted the listings.", want: []wantClaim{{kind: KindResponse, actor: "Temu", target: "DGCCRF", stance: "comply"}}},
		// a denied remedy may only be a negated response
		{name: "had not deleted the listings", text: "France's DGCCRF ordered Temu to remove unsafe toys. Temu said it had not deleted the listings yet.", notWant: []wantClaim{{kind: KindResponse}}},
	})
}
