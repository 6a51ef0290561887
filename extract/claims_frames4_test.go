package extract

import "testing"

// Round-4 frames, each written in several wordings before the rule:
// defending proceedings, weighing legal options, taking a decision to
// court, working with the regulator to resolve its concerns.
func TestClaimFramesRound4Responses(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []wantClaim
	}{
		{"defend: both retailers would defend the proceedings",
			"The Australian Competition and Consumer Commission has sued Coles and Woolworths in the Federal Court. Both retailers said they would defend the proceedings.",
			[]wantClaim{{kind: KindResponse, actor: "Coles", target: "Competition and Consumer Commission", stance: "resist"}, {kind: KindResponse, actor: "Woolworths", target: "Competition and Consumer Commission", stance: "resist"}}},
		{"defend: the two chains will fight the case",
			"Mexico's Cofece sued Walmex and Soriana. The two chains said they would defend the action.",
			[]wantClaim{{kind: KindResponse, actor: "Walmex", target: "Cofece", stance: "resist"}}},
		{"legal options: reviewing the order and would consider its legal options",
			"Markets regulator SEBI on Friday fined Adani Enterprises 1 crore rupees for disclosure lapses. Adani Enterprises said it was reviewing the order and would consider its legal options.",
			[]wantClaim{{kind: KindResponse, actor: "Adani Enterprises", target: "SEBI", stance: "resist"}}},
		{"legal options: the broadcaster is exploring legal action",
			"Nigeria's FCCPC fined MultiChoice 150 million naira. The broadcaster said it was exploring legal action.",
			[]wantClaim{{kind: KindResponse, actor: "MultiChoice", target: "FCCPC", stance: "resist"}}},
		{"court: would take the decision to the administrative courts",
			"Turkey's Competition Board fined Hizli Sepet 182 million lira. Hizli Sepet said it would take the decision to the administrative courts.",
			[]wantClaim{{kind: KindResponse, actor: "Hizli Sepet", target: "Competition Board", stance: "resist"}}},
		{"court: the brewer would take the matter to court",
			"Brazil's Cade fined Ambev. The brewer said it would take the matter to court.",
			[]wantClaim{{kind: KindResponse, actor: "Ambev", target: "Cade", stance: "resist"}}},
		{"court: plans to take the ruling to a tribunal",
			"Kenya's Competition Authority fined Bidco Africa 10 million shillings. Bidco Africa plans to take the ruling to the Competition Tribunal.",
			[]wantClaim{{kind: KindResponse, actor: "Bidco Africa", target: "Competition Authority", stance: "resist"}}},
		{"resolve: the parent would work with the regulator to resolve its concerns",
			"The Reserve Bank of India barred Paytm Payments Bank from accepting fresh deposits. One97 Communications, Paytm's parent, said it would work closely with the regulator to resolve the concerns.",
			[]wantClaim{{kind: KindResponse, actor: "Paytm", target: "Reserve Bank of India", stance: "comply"}}},
		{"resolve: working with the authority to resolve the issues",
			"Kenya's Communications Authority fined Safaricom 2 million shillings. Safaricom said it was working with the authority to resolve the issues.",
			[]wantClaim{{kind: KindResponse, actor: "Safaricom", target: "Communications Authority", stance: "comply"}}},
		{"resolve: would resolve the matters the central bank raised",
			"The Bank of Ghana suspended the licence of Zeta Pay. The fintech said it would resolve the matters raised by the central bank.",
			[]wantClaim{{kind: KindResponse, actor: "Zeta Pay", target: "Bank of Ghana", stance: "comply"}}},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := x.Claims(Document{Text: c.text})
			for _, w := range c.want {
				if !hasClaim(got, w) {
					t.Errorf("missing %+v; got %s", w, describe(got))
				}
			}
		})
	}
}

// Considering a bid or a firm going to court against another firm is no
// answer to an authority.
func TestRound4ResponseNegatives(t *testing.T) {
	cases := []struct{ name, text string }{
		{"considering a bid", "Kestrel Motors said it was considering options for its truck unit."},
		{"firm takes a rival to court", "Google agreed to take Samsung to court over patents."},
		{"resolve a dispute between firms", "Tata Steel and JSW said they would resolve their dispute."},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, cl := range x.Claims(Document{Text: c.text}) {
				if cl.Kind == KindResponse {
					t.Errorf("no response wanted; got %s", describe(x.Claims(Document{Text: c.text})))
				}
			}
		})
	}
}

// Names and appositions: a brand with a lower-case first letter is a
// name; an authority followed by its description is one authority.
func TestClaimFramesRound4Names(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []wantClaim
		max  int // most claims wanted (a description must not act twice)
	}{
		{"inner capital: iFood ordered by an authority described after it",
			"Delivery app iFood was ordered by CADE, Brazil's antitrust regulator, to stop signing exclusivity contracts with restaurants.",
			[]wantClaim{{kind: KindMandate, actor: "CADE", target: "iFood"}}, 1},
		{"inner capital: bKash fined",
			"Bangladesh Bank fined bKash 10 million taka.",
			[]wantClaim{{kind: KindPenalty, actor: "Bangladesh Bank", target: "bKash"}}, 1},
		{"inner capital: eBay fined",
			"The European Commission fined eBay over its marketplace rules.",
			[]wantClaim{{kind: KindPenalty, actor: "European Commission", target: "eBay"}}, 1},
		{"apposition: a formed authority and its description tell a firm",
			"Grab was told by the Land Transport Authority, Singapore's transport regulator, to suspend the fare scheme.",
			[]wantClaim{{kind: KindMandate, actor: "Land Transport Authority", target: "Grab"}}, 1},
		{"apposition: the described agency instructs a bank",
			"Kaspi Bank was instructed by the Agency for Regulation, Kazakhstan's financial watchdog, to raise capital.",
			[]wantClaim{{kind: KindMandate, actor: "Agency for Regulation", target: "Kaspi Bank"}}, 1},
		{"apposition: subject authority with its description fines",
			"The Federal Communications Commission, the US telecoms regulator, fined Verizon $50 million.",
			[]wantClaim{{kind: KindPenalty, actor: "Federal Communications Commission", target: "Verizon"}}, 1},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := x.Claims(Document{Text: c.text})
			for _, w := range c.want {
				if !hasClaim(got, w) {
					t.Errorf("missing %+v; got %s", w, describe(got))
				}
			}
			if len(got) > c.max {
				t.Errorf("want at most %d claims, got %s", c.max, describe(got))
			}
		})
	}
}

// Apple's devices are products, never parties.
func TestApplesDevicesAreNoFirms(t *testing.T) {
	x := NewClaimExtractor(nil)
	for _, c := range x.Claims(Document{Text: "Apple plans to integrate Baidu's models into iPhones sold in China."}) {
		for _, tg := range c.Targets {
			if tg.Name == "iPhones" {
				t.Errorf("iPhones is a product: %s", describe([]Claim{c}))
			}
		}
	}
}

// "X, Y's unit": Y only says who owns X; X alone is the party, whether the
// pair is the subject of a passive or the object of an active verb.
func TestOwnerAppositionIsNoParty(t *testing.T) {
	cases := []struct{ name, text, want, owner string }{
		{"passive subject, e-commerce unit", "Flipkart, Walmart's Indian e-commerce unit, has been asked by the Competition Commission of India to submit details of its agreements within 30 days.", "Flipkart", "Walmart"},
		{"passive subject, digital arm", "Jio Platforms, Reliance Industries' digital arm, was ordered by TRAI to refund users.", "Jio Platforms", "Reliance"},
		{"active object, lending subsidiary", "The Financial Conduct Authority fined Tesco Bank, Tesco's lending subsidiary, 5 million pounds.", "Tesco Bank", "Tesco"},
		{"second of a list, local unit", "Kenya's CAK fined Safaricom and Airtel Kenya, Bharti Airtel's local unit, for price collusion.", "Airtel Kenya", "Bharti Airtel"},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := x.Claims(Document{Text: c.text})
			if len(got) == 0 {
				t.Fatalf("no claims")
			}
			found := false
			for _, cl := range got {
				for _, tg := range cl.Targets {
					if tg.Name == c.owner {
						t.Errorf("owner %s is a target: %s", c.owner, describe(got))
					}
					if tg.Name == c.want {
						found = true
					}
				}
			}
			if !found {
				t.Errorf("missing target %s: %s", c.want, describe(got))
			}
		})
	}
}

// A firm's former officer barred or fined is a person: no claim on the firm
// (a later act on "the company" still counts).
func TestFormerOfficerIsNoFirm(t *testing.T) {
	cases := []struct {
		name, text string
		want       []wantClaim
		notKind    string
	}{
		{"barred a former finance chief, fined the company", "Markets regulator SEBI on Friday barred Adani Enterprises' former finance chief from the securities market for two years and fined the company 1 crore rupees.",
			[]wantClaim{{kind: KindPenalty, actor: "SEBI", target: "Adani Enterprises"}}, KindMandate},
		{"banned a former chief executive", "Brazil's CVM banned Americanas' former chief executive from running listed companies.", nil, KindMandate},
		{"banned former traders", "The FCA banned Barclays' former traders from the industry.", nil, KindMandate},
		{"fined a former officer", "The SEC fined Kraken's former chief financial officer.", nil, KindPenalty},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := x.Claims(Document{Text: c.text})
			for _, w := range c.want {
				if !hasClaim(got, w) {
					t.Errorf("missing %+v; got %s", w, describe(got))
				}
			}
			for _, cl := range got {
				if cl.Kind == c.notKind {
					t.Errorf("no %s on the firm wanted; got %s", c.notKind, describe(got))
				}
			}
		})
	}
}

// What an inquiry asks ("whether X penalized ...") is no act of its own;
// the inquiry still is a probe.
func TestWhetherClauseIsNoAct(t *testing.T) {
	cases := []struct {
		name, text string
		want       wantClaim
	}{
		{"pricing penalized providers that bought from a rival", "The Federal Trade Commission has opened an antitrust inquiry into whether Intel's pricing of server processors penalized cloud providers that bought chips from rival AMD.",
			wantClaim{kind: KindProbe, actor: "Federal Trade Commission", target: "Intel"}},
		{"punished suppliers that sold to a rival", "The CMA is examining whether Sainsbury's punished suppliers that sold to Aldi.",
			wantClaim{kind: KindProbe, actor: "CMA", target: "Sainsbury"}},
		{"acquired a firm to stifle competition", "The European Commission is investigating whether Meta acquired Kustomer to stifle competition.",
			wantClaim{kind: KindProbe, actor: "European Commission", target: "Meta"}},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := x.Claims(Document{Text: c.text})
			if !hasClaim(got, c.want) {
				t.Errorf("missing %+v; got %s", c.want, describe(got))
			}
			for _, cl := range got {
				if cl.Kind != KindProbe {
					t.Errorf("only the probe wanted; got %s", describe(got))
				}
			}
		})
	}
}

// "X rival" names a firm by the rival it has: X is not the party.
func TestRivalOfNameIsNoParty(t *testing.T) {
	cases := []struct{ name, text, notTarget, want string }{
		{"headline: fines Getir rival", "Turkish Competition Board fines Getir rival", "Getir", ""},
		{"headline: fines Google rival over", "EU fines Google rival over data use", "Google", ""},
		{"named rival after the describing firm", "The CMA fined Tesco rival Sainsbury's.", "Tesco", "Sainsbury's"},
		{"possessive rival", "The CMA fined Tesco's rival Sainsbury's.", "Tesco", "Sainsbury's"},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := x.Claims(Document{Text: c.text})
			found := c.want == ""
			for _, cl := range got {
				for _, tg := range cl.Targets {
					if tg.Name == c.notTarget {
						t.Errorf("%s only describes: %s", c.notTarget, describe(got))
					}
					if tg.Name == c.want {
						found = true
					}
				}
			}
			if !found {
				t.Errorf("missing target %s: %s", c.want, describe(got))
			}
		})
	}
}

// An authority asking a firm for records or details orders it to hand
// them over; anyone else asking is no claim.
func TestAskedForRecords(t *testing.T) {
	cases := []struct {
		name, text string
		want       []wantClaim
	}{
		{"asked both companies for records", "Kenya's Capital Markets Authority said it was looking at the takeover of Rift Valley Breweries by Highveld Beverages. The regulator said it had asked both companies for records of communications with brokers.",
			[]wantClaim{{kind: KindMandate, actor: "Capital Markets Authority", target: "Rift Valley Breweries"}, {kind: KindMandate, actor: "Capital Markets Authority", target: "Highveld Beverages"}}},
		{"asked a firm for details", "Brazil's ANPD asked Meta for details of its AI training.", []wantClaim{{kind: KindMandate, actor: "ANPD", target: "Meta"}}},
		{"has asked for documents", "The ministry has asked Grab for documents on its fares.", []wantClaim{{kind: KindMandate, actor: "ministry", target: "Grab"}}},
		{"asked for an explanation", "Nigeria's NCC asked MTN for an explanation of the outage.", []wantClaim{{kind: KindMandate, actor: "NCC", target: "MTN"}}},
		{"analysts asking is no claim", "Analysts asked Meta for details of its plans.", nil},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := x.Claims(Document{Text: c.text})
			for _, w := range c.want {
				if !hasClaim(got, w) {
					t.Errorf("missing %+v; got %s", w, describe(got))
				}
			}
			if c.want == nil && len(got) > 0 {
				t.Errorf("no claims wanted; got %s", describe(got))
			}
		})
	}
}

// Trading in a firm's shares examined is a probe of that firm.
func TestProbeOfTradingInShares(t *testing.T) {
	cases := []struct {
		name, text string
		want       wantClaim
	}{
		{"trading in shares of", "Kenya's Capital Markets Authority said on Wednesday it was investigating trading in shares of Rift Valley Breweries ahead of last month's takeover offer.", wantClaim{kind: KindProbe, actor: "Capital Markets Authority", target: "Rift Valley Breweries"}},
		{"dealings in the stock of", "SEBI is probing dealings in the stock of Zee Entertainment.", wantClaim{kind: KindProbe, actor: "SEBI", target: "Zee Entertainment"}},
		{"trading in X shares", "The SEC is examining trading in Acme Holdings shares before the deal.", wantClaim{kind: KindProbe, actor: "SEC", target: "Acme Holdings"}},
		{"unusual trading in options of", "Nigeria's SEC investigated unusual trading in options of Dangote Cement.", wantClaim{kind: KindProbe, actor: "SEC", target: "Dangote Cement"}},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := x.Claims(Document{Text: c.text}); !hasClaim(got, c.want) {
				t.Errorf("missing %+v; got %s", c.want, describe(got))
			}
		})
	}
}

// Only authorities impose fines: the unknown acronym after "a fine
// imposed by" is an authority, which the firm answers.
func TestFineImposedByUnknownAcronym(t *testing.T) {
	cases := []struct{ name, text, auth, firm string }{
		{"challenge in court a fine imposed by", "Peruvian mining company Minera Collasuyo said on Friday it would challenge in court a 14 million sol fine imposed by OEFA, the country's environmental enforcement agency, over a tailings spill.", "OEFA", "Minera Collasuyo"},
		{"challenge a fine imposed by", "Minera Collasuyo said it would challenge a fine imposed by OEFA.", "OEFA", "Minera Collasuyo"},
		{"appeal in court a fine imposed by the", "Chilean salmon farmer Australis said it would appeal in court a fine imposed by the SMA.", "SMA", "Australis"},
		{"appeal the sanctions imposed by", "Halden Foods will appeal the sanctions imposed by the DCCA.", "DCCA", "Halden Foods"},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := x.Claims(Document{Text: c.text})
			for _, w := range []wantClaim{{kind: KindPenalty, actor: c.auth, target: c.firm}, {kind: KindResponse, actor: c.firm, target: c.auth, stance: "resist"}} {
				if !hasClaim(got, w) {
					t.Errorf("missing %+v; got %s", w, describe(got))
				}
			}
		})
	}
}

// Freezing money or accounts holds them pending a case: a mandate (as the
// sets written by others annotate it), not a penalty.
func TestFreezeIsMandate(t *testing.T) {
	cases := []struct{ name, text, auth, firm string }{
		{"court froze money held by a firm", "A commercial court in Lagos has frozen $32 million held by Eko Petroleum in three local banks.", "commercial court", "Eko Petroleum"},
		{"the commission froze the firm's accounts", "Kente Capital had its licence revoked by Ghana's Securities and Exchange Commission. The commission said it had also frozen the firm's bank accounts pending a forensic audit.", "Securities and Exchange Commission", "Kente Capital"},
		{"froze a firm's deposits", "India's Enforcement Directorate froze Xiaomi's bank deposits.", "Enforcement Directorate", "Xiaomi"},
		{"froze the accounts of", "Kenya's Assets Recovery Agency froze the accounts of Zeta Logistics.", "Assets Recovery Agency", "Zeta Logistics"},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := x.Claims(Document{Text: c.text})
			if !hasClaim(got, wantClaim{kind: KindMandate, actor: c.auth, target: c.firm}) {
				t.Errorf("missing mandate %s -> %s; got %s", c.auth, c.firm, describe(got))
			}
		})
	}
}

// Another authority's accusation in a relative clause is a charge of its
// own, and "accuses the firm of" refers back to the firm.
func TestAccusationByAnotherAuthority(t *testing.T) {
	cases := []struct{ name, text, auth, firm string }{
		{"which accuses the fuel marketer of", "A commercial court in Lagos has frozen $32 million held by Eko Petroleum in three local banks, granting an application by the Economic and Financial Crimes Commission, which accuses the fuel marketer of subsidy fraud.", "Economic and Financial Crimes Commission", "Eko Petroleum"},
		{"which accuses the company of", "The court froze the assets of Zeta Logistics at the request of Kenya's Ethics and Anti-Corruption Commission, which accuses the company of inflating invoices.", "Ethics and Anti-Corruption Commission", "Zeta Logistics"},
		{"which accuses a named firm of", "A commercial court in Lagos has frozen $32 million held by Eko Petroleum, granting an application by the Economic and Financial Crimes Commission, which accuses Eko Petroleum of subsidy fraud.", "Economic and Financial Crimes Commission", "Eko Petroleum"},
		{"accused the firm of, in a sentence of its own", "Eko Petroleum lost its licence. The Economic and Financial Crimes Commission accused the firm of subsidy fraud.", "Economic and Financial Crimes Commission", "Eko Petroleum"},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := x.Claims(Document{Text: c.text})
			if !hasClaim(got, wantClaim{kind: KindProbe, actor: c.auth, target: c.firm}) {
				t.Errorf("missing probe %s -> %s; got %s", c.auth, c.firm, describe(got))
			}
		})
	}
	// the same authority accusing after its own act only restates it
	got := x.Claims(Document{Text: "Kraken was fined by the SEC, which accused it of operating an unregistered exchange."})
	for _, cl := range got {
		if cl.Kind == KindProbe {
			t.Errorf("restated accusation is no probe: %s", describe(got))
		}
	}
}

// Asking to have an act set aside, quashed or annulled resists it; a court
// overturning a fine is no firm's answer.
func TestSetAsideResists(t *testing.T) {
	cases := []struct{ name, text, firm, auth string }{
		{"seek to have the order set aside", "A court in Lagos has frozen $32 million held by Eko Petroleum. Eko Petroleum said it would seek to have the order set aside.", "Eko Petroleum", "court in Lagos"},
		{"apply to have the fine quashed", "Kenya's Competition Authority fined Bidco Africa. Bidco Africa said it would apply to have the fine quashed.", "Bidco Africa", "Competition Authority"},
		{"wants the decision annulled", "Kenya's Competition Authority fined Bidco Africa. Bidco Africa wants the decision annulled.", "Bidco Africa", "Competition Authority"},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := x.Claims(Document{Text: c.text})
			if !hasClaim(got, wantClaim{kind: KindResponse, actor: c.firm, target: c.auth, stance: "resist"}) {
				t.Errorf("missing resist %s -> %s; got %s", c.firm, c.auth, describe(got))
			}
		})
	}
	got := x.Claims(Document{Text: "Kenya's Competition Authority fined Bidco Africa 5 million shillings. The High Court overturned the fine in May."})
	for _, cl := range got {
		if cl.Kind == KindResponse {
			t.Errorf("a court overturning is no response: %s", describe(got))
		}
	}
}

// A condition on an approved deal, "on condition that it ...", binds the
// buyer, not the firm named last.
func TestConditionBindsBuyer(t *testing.T) {
	cases := []struct{ name, text, auth, buyer, bought string }{
		{"possessive purchase of a stake in a described firm", "Ukraine's Antimonopoly Committee approved Kyiv-based agriholding Dnipro Harvest's purchase of a 51% stake in grain terminal operator Chornomor Port on condition that it keep offering storage to third parties for five years.", "Antimonopoly Committee", "Dnipro Harvest", "Chornomor Port"},
		{"cleared an acquisition of a described firm", "Kenya's Competition Authority cleared Bidco Africa's acquisition of cooking oil maker Pwani Oil on condition that it retain all staff.", "Competition Authority", "Bidco Africa", "Pwani Oil"},
		{"on the condition that it", "Egypt's competition authority approved Uber's takeover of Careem on the condition that it keeps prices unchanged.", "competition authority", "Uber", "Careem"},
		{"purchase by a buyer", "The CMA cleared the purchase of Zeta Foods by Halden Group on condition that it sells 40 stores.", "CMA", "Halden Group", "Zeta Foods"},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := x.Claims(Document{Text: c.text})
			if !hasClaim(got, wantClaim{kind: KindMandate, actor: c.auth, target: c.buyer}) {
				t.Errorf("missing mandate %s -> %s; got %s", c.auth, c.buyer, describe(got))
			}
			if hasClaim(got, wantClaim{kind: KindMandate, actor: c.auth, target: c.bought}) {
				t.Errorf("the bought firm is not bound: %s", describe(got))
			}
		})
	}
}

// A stake bought in a firm introduced by a long description still names
// the firm for the approval.
func TestStakeInDescribedFirm(t *testing.T) {
	cases := []struct{ name, text, auth, buyer, bought string }{
		{"grain terminal operator", "Ukraine's Antimonopoly Committee approved Kyiv-based agriholding Dnipro Harvest's purchase of a 51% stake in grain terminal operator Chornomor Port.", "Antimonopoly Committee", "Dnipro Harvest", "Chornomor Port"},
		{"per cent stake in a payments processor", "Kazakhstan's competition agency cleared Halyk Bank's purchase of a 49.9 per cent stake in payments processor Kaspi Pay.", "competition agency", "Halyk Bank", "Kaspi Pay"},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := x.Claims(Document{Text: c.text})
			for _, w := range []wantClaim{{kind: KindApproval, actor: c.auth, target: c.bought}, {kind: KindApproval, actor: c.auth, target: c.buyer}, {kind: KindAction, actor: c.buyer, target: c.bought}} {
				if !hasClaim(got, w) {
					t.Errorf("missing %+v; got %s", w, describe(got))
				}
			}
		})
	}
}

// A request for information sent to firms opens an inquiry into them; a
// firm's request or a plain letter is none.
func TestInfoRequestIsProbe(t *testing.T) {
	cases := []struct {
		name, text string
		want       []wantClaim
	}{
		{"formal requests for information to two firms", "EU regulators have sent formal requests for information to Allegro and Zalando over how their marketplaces rank third-party sellers.",
			[]wantClaim{{kind: KindProbe, actor: "EU regulators", target: "Allegro"}, {kind: KindProbe, actor: "EU regulators", target: "Zalando"}}},
		{"a request for information to one firm", "The European Commission sent a request for information to Temu about illegal products.", []wantClaim{{kind: KindProbe, actor: "European Commission", target: "Temu"}}},
		{"information requests", "Brazil's ANPD has sent information requests to Meta and TikTok.", []wantClaim{{kind: KindProbe, actor: "ANPD", target: "Meta"}, {kind: KindProbe, actor: "ANPD", target: "TikTok"}}},
		{"a firm's request is none", "Amazon sent a request for information to its sellers.", nil},
		{"a letter is none", "The ministry sent a letter to Grab.", nil},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := x.Claims(Document{Text: c.text})
			for _, w := range c.want {
				if !hasClaim(got, w) {
					t.Errorf("missing %+v; got %s", w, describe(got))
				}
			}
			if c.want == nil && len(got) > 0 {
				t.Errorf("no claims wanted; got %s", describe(got))
			}
		})
	}
}

// Firms combining or partnering, in other words: "agreed to combine their
// networks", "will partner with Abu Dhabi's X" (a place's possessive before
// the partner).
func TestCombineAndPartnerFrames(t *testing.T) {
	cases := []struct{ name, text, a, b string }{
		{"agreed to combine their businesses", "Nordic Foods and Baltic Dairy agreed to combine their businesses.", "Nordic Foods", "Baltic Dairy"},
		{"described firms agreed to combine networks", "Warsaw courier firm Paczkomat Plus and Czech logistics group Brnolog agreed on Thursday to combine their parcel-locker networks in Central Europe.", "Paczkomat Plus", "Brnolog"},
		{"plan to combine tower assets", "Safaricom and Airtel Kenya plan to combine their tower assets.", "Safaricom", "Airtel Kenya"},
		{"partner with a place's firm", "The UAE regulator has granted Dubai-based Sahra Networks a licence. Sahra will partner with Abu Dhabi's Khaleej Space to lease capacity on its satellites.", "Sahra", "Khaleej Space"},
		{"partnered with a country's bank", "Zeta Pay has partnered with South Africa's Capitec Bank.", "Zeta Pay", "Capitec Bank"},
		{"merge with a country's group", "Halden Foods will merge with Norway's Fjordlaks Group.", "Halden Foods", "Fjordlaks Group"},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := x.Claims(Document{Text: c.text})
			if !hasClaim(got, wantClaim{kind: KindAction, actor: c.a, target: c.b}) {
				t.Errorf("missing action %s -> %s; got %s", c.a, c.b, describe(got))
			}
		})
	}
	if got := x.Claims(Document{Text: "Farmers combine wheat and barley."}); len(got) > 0 {
		t.Errorf("no claims wanted: %s", describe(got))
	}
}

// A deal's price in any currency symbol stands between the buyer's
// possessive and the deal noun as "$" does.
func TestDealPriceInAnyCurrency(t *testing.T) {
	cases := []struct{ name, text, auth, a, b string }{
		{"pounds", "The CMA cleared Vodafone's £15 billion merger with Three UK.", "CMA", "Vodafone", "Three UK"},
		{"euros", "The European Commission approved Adevinta's €2 billion purchase of eBay Classifieds.", "European Commission", "Adevinta", "eBay Classifieds"},
		{"yen", "Japan's Fair Trade Commission cleared Nidec's ¥100 billion purchase of Makino Milling.", "Fair Trade Commission", "Nidec", "Makino Milling"},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := x.Claims(Document{Text: c.text})
			for _, w := range []wantClaim{{kind: KindApproval, actor: c.auth, target: c.a}, {kind: KindApproval, actor: c.auth, target: c.b}} {
				if !hasClaim(got, w) {
					t.Errorf("missing %+v; got %s", w, describe(got))
				}
			}
		})
	}
}

// A firm's own account of having done what was asked (submitted,
// registered, paid, deleted) after an authority acted on it complies; a
// denial of having done it does not.
func TestRemedyDoneComplies(t *testing.T) {
	cases := []struct{ name, text, firm, auth string }{
		{"submitted its paperwork (one-word name)", "Indonesia's communications ministry has threatened to block streaming service NusaFlix unless it registers as an electronic system operator within seven days. NusaFlix said it had submitted its paperwork and expected approval soon.", "NusaFlix", "communications ministry"},
		{"has registered", "The Bank of Ghana ordered Zeta Pay to register as a payment service provider. Zeta Pay said it has registered with the central bank.", "Zeta Pay", "Bank of Ghana"},
		{"had paid the fine", "SEBI fined Karvy Stock Broking 1 crore rupees. Karvy Stock Broking said it had paid the fine.", "Karvy Stock Broking", "SEBI"},
		{"had deleted the listings", "France's DGCCRF ordered Temu to remove unsafe toys. Temu said it had deleted the listings.", "Temu", "DGCCRF"},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := x.Claims(Document{Text: c.text})
			if !hasClaim(got, wantClaim{kind: KindResponse, actor: c.firm, target: c.auth, stance: "comply"}) {
				t.Errorf("missing comply %s -> %s; got %s", c.firm, c.auth, describe(got))
			}
		})
	}
	got := x.Claims(Document{Text: "France's DGCCRF ordered Temu to remove unsafe toys. Temu said it had not deleted the listings yet."})
	for _, cl := range got {
		if cl.Kind == KindResponse && !cl.Negated {
			t.Errorf("a remedy denied is no compliance: %s", describe(got))
		}
	}
}
