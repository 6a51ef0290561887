package extract

import "testing"

// Round-5 frames, each written in several wordings before the rule.

// "the Budapest grocery chain Tulipán Market": a description in apposition
// to the name after it; the city (or country) it names is never a target.
func TestDescriptionBeforeName(t *testing.T) {
	cases := []struct {
		name, text, auth, firm, notFirm string
		kind                            string
	}{
		{"Budapest grocery chain", "Hungary's competition office approved the purchase of the Budapest grocery chain Tulipán Market by Czech retailer Morava Retail, the office said on its website.", "Hungary's competition office", "Morava Retail", "Hungary", KindApproval},
		{"Warsaw retailer", "Poland's competition office cleared the acquisition of the Warsaw discount retailer Sklepik by German grocer Lindenhof.", "Poland's competition office", "Lindenhof", "Poland", KindApproval},
		{"Lagos lender", "Nigeria's central bank fined the Lagos mortgage lender Abuja Homes Savings 50 million naira.", "Nigeria's central bank", "Abuja Homes Savings", "Nigeria", KindPenalty},
		{"Santiago airline", "Chile's consumer agency sued the Santiago budget airline Cordillera Air over cancelled flights.", "Chile's consumer agency", "Cordillera Air", "Chile", KindProbe},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := x.Claims(Document{Text: c.text})
			if !hasClaim(got, wantClaim{kind: c.kind, actor: c.auth, target: c.firm}) {
				t.Errorf("missing claim %s -> %s; got %s", c.auth, c.firm, describe(got))
			}
			for _, cl := range got {
				for _, e := range cl.Targets {
					if e.Name == c.notFirm {
						t.Errorf("place %s as a target: %s", c.notFirm, describe([]Claim{cl}))
					}
				}
			}
		})
	}
}

// "the utility", "the exchange", "the broadcaster" after an authority acted
// on a firm only guessed from its name mean that firm.
func TestLooseHeadMeansFirmActedOn(t *testing.T) {
	cases := []struct{ name, text, auth, firm string }{
		{"ordered the utility", "Kenya's energy regulator fined Lakeside Power Distribution 3 million shillings. The regulator also ordered the utility to publish outage data.", "Kenya's energy regulator", "Lakeside Power Distribution"},
		{"told the exchange", "Thailand's SEC opened an investigation into Siam Digital Exchange. The regulator told the exchange to suspend new listings.", "SEC", "Siam Digital Exchange"},
		{"required the service", "Brazil's Anatel fined Vivara Streaming 2 million reais. It also required the service to block unlicensed channels.", "Anatel", "Vivara Streaming"},
		{"ordered the broadcaster", "Peru's Indecopi fined Andina Broadcasting. The agency ordered the broadcaster to air corrections.", "agency", "Andina Broadcasting"},
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

// A mandate named as the object a firm answers ("rejected a demand from
// the DPC to suspend ...") binds that firm, whatever the answer.
func TestMandateNamedByItsAnswer(t *testing.T) {
	cases := []struct{ name, text, auth, firm string }{
		{"rejected a demand from", "Meta rejected a demand from Ireland's Data Protection Commission to suspend transfers of European users' data to the United States.", "Data Protection Commission", "Meta"},
		{"challenged an order from", "Vodafone Egypt has challenged an order from the National Telecom Regulatory Authority to refund subscribers.", "National Telecom Regulatory Authority", "Vodafone Egypt"},
		{"comply with a request from", "Grab said it would comply with a request from Singapore's Land Transport Authority to cap surge fares.", "Land Transport Authority", "Grab"},
		{"refused a request from", "Vantera Bank refused a request from the Central Bank of Kenya to freeze the accounts of three clients.", "Central Bank of Kenya", "Vantera Bank"},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := x.Claims(Document{Text: c.text})
			if !hasClaim(got, wantClaim{kind: KindMandate, actor: c.auth, target: c.firm}) {
				t.Errorf("missing mandate %s -> %s; got %s", c.auth, c.firm, describe(got))
			}
			if !hasClaim(got, wantClaim{kind: KindResponse, actor: c.firm, target: c.auth}) {
				t.Errorf("missing response %s -> %s; got %s", c.firm, c.auth, describe(got))
			}
		})
	}
	for _, text := range []string{
		"Airtel Africa received a request for comment from Reuters.",
		"Shopee welcomed a call from the ministry for a fair digital market.",
	} {
		for _, cl := range x.Claims(Document{Text: text}) {
			if cl.Kind == KindMandate {
				t.Errorf("no mandate wanted in %q: %s", text, describe([]Claim{cl}))
			}
		}
	}
}

// "after KPPU ordered it to stop requiring developers to ...": "it" is the
// firm, not the product it owns ("its Play Store"), and what the firm must
// stop doing is no second mandate.
func TestOrderedItToStopPractice(t *testing.T) {
	cases := []struct{ name, text, auth, firm, notTarget string }{
		{"its Play Store", "Google will allow rival payment systems in its Play Store in Indonesia after KPPU ordered it to stop requiring developers to use Google Play Billing.", "KPPU", "Google", "developers"},
		{"its App Store", "Apple will let Dutch dating apps use other payment methods in its App Store after the ACM ordered it to cease requiring app makers to use its billing.", "ACM", "Apple", "app makers"},
		{"its WhatsApp service", "Meta will change its WhatsApp terms in Turkey after the Competition Authority ordered it to stop forcing users to share data with Facebook.", "Competition Authority", "Meta", "users"},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := x.Claims(Document{Text: c.text})
			if !hasClaim(got, wantClaim{kind: KindMandate, actor: c.auth, target: c.firm}) {
				t.Errorf("missing mandate %s -> %s; got %s", c.auth, c.firm, describe(got))
			}
			if hasClaim(got, wantClaim{kind: KindMandate, target: c.notTarget}) {
				t.Errorf("the practice to cease became a mandate on %s: %s", c.notTarget, describe(got))
			}
		})
	}
}

// A firm that changes course "after" an authority bound it answers by
// complying, even without the word; speech, results and resisting verbs
// are no such answer.
func TestCompliesByLaterAct(t *testing.T) {
	cases := []struct{ name, text, auth, firm string }{
		{"will allow after ordered it", "Google will allow rival payment systems in its Play Store in Indonesia after KPPU ordered it to stop requiring developers to use Google Play Billing.", "KPPU", "Google"},
		{"will relabel after", "Orvello Foods will relabel its snacks in Kenya after the Competition Authority of Kenya ordered it to drop health claims.", "Competition Authority of Kenya", "Orvello Foods"},
		{"has begun after a court required", "Uber has begun registering its drivers with the social security system after a Colombian court required it to do so.", "Colombian court", "Uber"},
		{"scrapped after a fine", "Shell scrapped its loyalty surcharge in Nigeria after the Federal Competition and Consumer Protection Commission fined it 2 billion naira.", "Federal Competition and Consumer Protection Commission", "Shell"},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := x.Claims(Document{Text: c.text})
			if !hasClaim(got, wantClaim{kind: KindResponse, actor: c.firm, target: c.auth, stance: "comply"}) {
				t.Errorf("missing comply response %s -> %s; got %s", c.firm, c.auth, describe(got))
			}
		})
	}
	for _, text := range []string{
		"Grab will appeal after Singapore's competition watchdog fined it.",
		"Alibaba's shares fell after China's market regulator fined it.",
		"Tencent said profits rose after the ministry ordered it to cut fees.",
		"Vale will not change its prices after Brazil's CADE ordered it to end exclusive contracts.",
	} {
		for _, cl := range x.Claims(Document{Text: text}) {
			if cl.Kind == KindResponse && cl.Stance == "comply" {
				t.Errorf("no comply response wanted in %q: %s", text, describe([]Claim{cl}))
			}
		}
	}
}

// "the country's competition commission, KPPU," names one actor, not two.
func TestDescriptionThenKnownAuthority(t *testing.T) {
	cases := []struct{ name, text, auth string }{
		{"country's commission, KPPU", "Shopee was fined after the country's competition commission, KPPU, found it had abused its position.", "KPPU"},
		{"antitrust watchdog, the CMA", "Britain said on Monday its antitrust watchdog, the CMA, had fined Kwikfit Holdings over price fixing.", "CMA"},
		{"nation's regulator, SEC", "Siam Digital Exchange was told by the nation's markets regulator, SEC, to suspend new listings.", "SEC"},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := x.Claims(Document{Text: c.text})
			if len(got) == 0 {
				t.Fatalf("no claim in %q", c.text)
			}
			for _, cl := range got {
				if cl.Kind != KindResponse && !nameHas(cl.Actor, c.auth) {
					t.Errorf("actor %q, want %s: %s", cl.Actor.Name, c.auth, describe([]Claim{cl}))
				}
			}
		})
	}
}

// "a court ruling requiring it to ...": the act a firm answers binds it,
// with its author named before it.
func TestRulingRequiringIt(t *testing.T) {
	cases := []struct{ name, text, auth, firm string }{
		{"comply with a court ruling requiring it", "Uber said on Thursday it would comply with a Colombian court ruling requiring it to register its drivers with the national social security system.", "Colombian court", "Uber"},
		{"challenge the regulator's order forcing it", "Vodacom said it would challenge the regulator's order forcing it to cut data prices.", "regulator", "Vodacom"},
		{"appeal a tribunal decision ordering it", "MTN Nigeria Communications Plc will appeal a Nigerian tribunal decision ordering it to refund subscribers.", "tribunal", "MTN Nigeria"},
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
	text := "Jumia welcomed a Kenyan High Court ruling requiring the Communications Authority to review its licence."
	for _, cl := range x.Claims(Document{Text: text}) {
		if cl.Kind == KindMandate {
			t.Errorf("a ruling binding an authority binds no firm: %s", describe([]Claim{cl}))
		}
	}
}

// A single unknown word opening the sentence is a firm when it answers an
// authority and the sentence calls it "it"; people ("Protesters", a
// surname with "his") are not.
func TestUnknownAnswererIsFirm(t *testing.T) {
	cases := []struct{ name, text, auth, firm string }{
		{"will appeal ... ordering it", "Bolt will appeal a Portuguese court decision ordering it to treat couriers as employees.", "Portuguese court", "Bolt"},
		{"rejected ... its prices", "Kravia rejected the competition authority's findings, saying its prices were fair.", "competition authority", "Kravia"},
		{"has contested a notice from", "Zepto has contested a notice from the Maharashtra Food and Drug Administration that suspended its Mumbai warehouse licence.", "Maharashtra Food and Drug Administration", "Zepto"},
		{"challenged a warning from", "Kaspi Bank challenged a warning from Kazakhstan's financial regulator over its lending.", "financial regulator", "Kaspi"},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := x.Claims(Document{Text: c.text})
			if !hasClaim(got, wantClaim{kind: KindResponse, actor: c.firm, target: c.auth, stance: "resist"}) {
				t.Errorf("missing response %s -> %s; got %s", c.firm, c.auth, describe(got))
			}
		})
	}
	for _, text := range []string{
		"Protesters rejected the ministry's plan to raise fuel prices.",
		"Trump denied the Justice Department's claims about his company.",
		"Musk appealed the court ruling, saying it was wrong.",
		"Acme received a notice from the tax office.",
	} {
		if got := x.Claims(Document{Text: text}); len(got) > 0 {
			t.Errorf("no claim wanted in %q: %s", text, describe(got))
		}
	}
}

// "the Istanbul headquarters of tyre maker X": the city places the premises;
// only the firm is searched.
func TestPremisesPlaceIsNoTarget(t *testing.T) {
	cases := []struct{ name, text, auth, firm, place string }{
		{"Istanbul headquarters of", "Officials from Turkey's Competition Authority carried out a dawn raid on the Istanbul headquarters of tyre maker Anadolu Lastik on Tuesday as part of a cartel probe.", "Competition Authority", "Anadolu Lastik", "Istanbul"},
		{"Durban offices of", "Police searched the Durban offices of logistics firm Ubuntu Freight over alleged bribery.", "Police", "Ubuntu Freight", "Durban"},
		{"Monterrey plant of", "Inspectors from the labour ministry raided the Monterrey plant of auto parts maker Fundidora Norte.", "labour ministry", "Fundidora Norte", "Monterrey"},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := x.Claims(Document{Text: c.text})
			if !hasClaim(got, wantClaim{kind: KindProbe, actor: c.auth, target: c.firm}) {
				t.Errorf("missing probe %s -> %s; got %s", c.auth, c.firm, describe(got))
			}
			if hasClaim(got, wantClaim{kind: KindProbe, target: c.place}) {
				t.Errorf("the place %s became a target: %s", c.place, describe(got))
			}
		})
	}
}

// "X must ... under a new directive from Bank Al-Maghrib": the rule's
// issuer is the actor, even with a name that looks like a firm's.
func TestMustUnderRuleFromIssuer(t *testing.T) {
	cases := []struct{ name, text, auth, firm string }{
		{"directive from Bank Al-Maghrib", "All licensed payment operators in Morocco must store transaction data on servers located inside the country from January, under a new directive from Bank Al-Maghrib.", "Bank Al-Maghrib", "payment operators"},
		{"directive from Banco de Mocambique", "Mobile money operators must cap transfer fees at 1% under a directive from Banco de Mocambique.", "Banco de Mocambique", "Mobile money operators"},
		{"rules issued by", "Under rules issued by the Reserve Bank of India, all payment firms must store data locally.", "Reserve Bank of India", "payment firms"},
		{"circular from", "Crypto exchanges in Thailand must verify every customer in person, according to a circular from the SEC.", "SEC", "Crypto exchanges"},
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

// Barring a firm's former staff binds no firm; its present executives
// still stand for it.
func TestFormerStaffBindNoFirm(t *testing.T) {
	x := NewClaimExtractor(nil)
	for _, text := range []string{
		"Brazil's central bank fined Cooperativa Serra Verde 7.5 million reais and barred two of its former directors from managing financial institutions for eight years.",
		"Nigeria's SEC banned three former executives of Sterling Capital from capital markets for life.",
		"Kenya's Capital Markets Authority barred the broker's ex-directors from holding office.",
	} {
		for _, cl := range x.Claims(Document{Text: text}) {
			if cl.Kind == KindMandate {
				t.Errorf("no mandate wanted in %q: %s", text, describe([]Claim{cl}))
			}
		}
	}
	got := x.Claims(Document{Text: "Bangladesh's telecoms ministry summoned the executives of Padma Connect over network outages."})
	if !hasClaim(got, wantClaim{kind: KindMandate, target: "Padma Connect"}) {
		t.Errorf("present executives stand for their firm; got %s", describe(got))
	}
}

// "take X to court": an authority suing a firm is a probe; a firm taking a
// decision to court challenges it.
func TestTakeToCourt(t *testing.T) {
	cases := []struct{ name, text, auth, firm string }{
		{"preparing to take", "The Australian Competition and Consumer Commission is preparing to take Qantara Airways to court over refunds for cancelled flights.", "Australian Competition and Consumer Commission", "Qantara Airways"},
		{"took to court", "The FTC took Meridian Health to court on Monday over misleading ads.", "FTC", "Meridian Health"},
		{"will take to court", "South Africa's Competition Commission will take Karoo Cement to court over price fixing.", "Competition Commission", "Karoo Cement"},
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
	got := x.Claims(Document{Text: "Brazil's CADE fined Vale Logistica. Vale Logistica said it would take the decision to court."})
	if !hasClaim(got, wantClaim{kind: KindResponse, actor: "Vale Logistica", stance: "resist"}) {
		t.Errorf("taking a decision to court is a challenge; got %s", describe(got))
	}
}

// A spot check is an inspection; a firm answering what an authority
// "flagged" or "identified" answers that authority.
func TestSpotCheckAndFlaggedBy(t *testing.T) {
	cases := []struct{ name, text, auth, firm string }{
		{"spot check of its platform", "JD.com pledged to rectify pricing practices flagged by Beijing's market regulator during a spot check of its grocery platform.", "market regulator", "JD.com"},
		{"carried out a spot check", "Vietnam's industry ministry carried out a spot check of Saigon Dairy's factories last week.", "industry ministry", "Saigon Dairy"},
		{"surprise checks on", "Thailand's FDA conducted surprise checks on Bangkok Noodle Co. plants.", "FDA", "Bangkok Noodle"},
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
	got := x.Claims(Document{Text: "Tokopedia rejected the violations listed by the KPPU."})
	if !hasClaim(got, wantClaim{kind: KindResponse, actor: "Tokopedia", target: "KPPU", stance: "resist"}) {
		t.Errorf("missing response to what the KPPU listed; got %s", describe(got))
	}
	got = x.Claims(Document{Text: "JD.com pledged to rectify pricing practices flagged by Beijing's market regulator."})
	if !hasClaim(got, wantClaim{kind: KindResponse, actor: "JD.com", target: "market regulator", stance: "comply"}) {
		t.Errorf("missing comply response to what the regulator flagged; got %s", describe(got))
	}
	if got := x.Claims(Document{Text: "Banks run background checks on new clients, and a check on prices found nothing."}); len(got) > 0 {
		t.Errorf("no claim wanted: %s", describe(got))
	}
}

// "with the Thai QR payment system PromptPay": the acronym describes the
// system; the partner is the name after the description.
func TestModifierAcronymBeforeSystem(t *testing.T) {
	cases := []struct{ name, text, firm, partner, not string }{
		{"QR payment system", "Tencent plans to integrate Weixin Pay with the Thai QR payment system PromptPay, a move that could let Chinese tourists pay at street stalls across Bangkok.", "Tencent", "PromptPay", "QR"},
		{"NFC wallet app", "Visa partnered with the NFC wallet app Kakao Pay.", "Visa", "Kakao Pay", "NFC"},
		{"ATM network", "Mastercard teamed up with the ATM network Bancomat Pay on Monday.", "Mastercard", "Bancomat Pay", "ATM"},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := x.Claims(Document{Text: c.text})
			if !hasClaim(got, wantClaim{kind: KindAction, actor: c.firm, target: c.partner}) {
				t.Errorf("missing action %s -> %s; got %s", c.firm, c.partner, describe(got))
			}
			if hasClaim(got, wantClaim{kind: KindAction, target: c.not}) {
				t.Errorf("the modifier %s became a partner: %s", c.not, describe(got))
			}
		})
	}
}

// Two firms sharing or pooling their assets tie up; sharing information or
// a prize is no tie.
func TestShareTheirAssets(t *testing.T) {
	cases := []struct{ name, text, a, b string }{
		{"agreed to share their networks", "Falabella and Ripley agreed to share their loyalty-points networks in Peru.", "Falabella", "Ripley"},
		{"will pool their ATM networks", "Bancolombia and Davivienda will pool their ATM networks.", "Bancolombia", "Davivienda"},
		{"will share towers", "Vodacom and MTN will share towers in rural areas.", "Vodacom", "MTN"},
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
	for _, text := range []string{
		"Smith and Jones agreed to share the prize.",
		"Regulators said AT&T and Comcast failed to share detailed information in real time.",
		"Grab said it would share details later.",
	} {
		if got := x.Claims(Document{Text: text}); len(got) > 0 {
			t.Errorf("no claim wanted in %q: %s", text, describe(got))
		}
	}
}

// Seas and regions ("Black Sea", "Mekong Delta") and an opening noun with
// "for" ("Approval for Sigma Foods' takeover") are never firms.
func TestRegionsAndOpeningNounsAreNoFirms(t *testing.T) {
	cases := []struct{ name, text, firm, not string }{
		{"Black Sea grain trader", "Ukraine's antimonopoly committee fined Black Sea grain trader Odesa Agro for price fixing.", "Odesa Agro", "Black Sea"},
		{"Mekong Delta rice exporter", "Vietnam's trade ministry fined Mekong Delta rice exporter Cuu Long Foods over false labels.", "Cuu Long Foods", "Mekong Delta"},
		{"Rift Valley tea firm", "Kenya's competition authority fined Rift Valley tea packer Kericho Leaf 5 million shillings.", "Kericho Leaf", "Rift Valley"},
		{"Approval for X's takeover", "Approval for Sigma Foods' takeover of Bimbo Chile came from Chile's FNE on Monday.", "Sigma Foods", "Approval for Sigma Foods"},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := x.Claims(Document{Text: c.text})
			if !hasClaim(got, wantClaim{kind: kindOf(got, c.firm), target: c.firm}) && !hasClaim(got, wantClaim{kind: KindAction, actor: c.firm}) {
				t.Errorf("missing claim on %s; got %s", c.firm, describe(got))
			}
			for _, cl := range got {
				if cl.Actor.Name == c.not {
					t.Errorf("%s acts: %s", c.not, describe([]Claim{cl}))
				}
				for _, e := range cl.Targets {
					if e.Name == c.not {
						t.Errorf("%s is a target: %s", c.not, describe([]Claim{cl}))
					}
				}
			}
		})
	}
}

func kindOf(cs []Claim, target string) string {
	for _, c := range cs {
		for _, t := range c.Targets {
			if t.Name == target {
				return c.Kind
			}
		}
	}
	return "none"
}

// "forced to" is a mandate like "required to", hedged when only possible.
func TestForcedTo(t *testing.T) {
	cases := []struct{ name, text, auth, firm, cert string }{
		{"may be forced after", "Apple may be forced to open its NFC chip to rival wallet apps in Brazil after antitrust regulator CADE signalled it could impose interim measures.", "CADE", "Apple", Hedged},
		{"was forced by", "Apple was forced to open its NFC chip by Brazil's CADE.", "CADE", "Apple", Asserted},
		{"forced active", "Kenya's competition authority forced Safaricom to open its M-Pesa agents to rivals.", "competition authority", "Safaricom", Asserted},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := x.Claims(Document{Text: c.text})
			if !hasClaim(got, wantClaim{kind: KindMandate, actor: c.auth, target: c.firm, certainty: c.cert}) {
				t.Errorf("missing %s mandate %s -> %s; got %s", c.cert, c.auth, c.firm, describe(got))
			}
		})
	}
	if got := x.Claims(Document{Text: "Floods forced Nestle to close its plant in Kerala."}); len(got) > 0 {
		t.Errorf("no authority, no mandate: %s", describe(got))
	}
}

// A firm's lawyers speaking in a legal filing about an authority's act on
// it resist that act; an Attorney General acting is no such speaker.
func TestLawyersFilingResists(t *testing.T) {
	cases := []struct{ name, text, auth, firm string }{
		{"the company's lawyers said in a complaint", "Ukraine's Antimonopoly Committee allegedly fined mobile operator Karpaty Mobile without giving it a chance to respond, the company's lawyers said in a complaint filed with a Kyiv court.", "Antimonopoly Committee", "Karpaty Mobile"},
		{"lawyers for X argued in an appeal", "Kenya's competition authority fined Twiga Foods unlawfully, lawyers for Twiga Foods argued in an appeal filed on Monday.", "competition authority", "Twiga Foods"},
		{"its attorneys wrote in a motion", "The labour ministry ordered Rappi Colombia to hire its couriers, its attorneys wrote in a motion to the court.", "labour ministry", "Rappi Colombia"},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := x.Claims(Document{Text: c.text})
			if !hasClaim(got, wantClaim{kind: KindResponse, actor: c.firm, target: c.auth, stance: "resist"}) {
				t.Errorf("missing resisting response %s -> %s; got %s", c.firm, c.auth, describe(got))
			}
		})
	}
	got := x.Claims(Document{Text: "A judge barred Uber from classifying drivers as contractors in a lawsuit brought by California Attorney General Rob Bonta."})
	for _, cl := range got {
		if cl.Kind == KindResponse {
			t.Errorf("no response wanted: %s", describe([]Claim{cl}))
		}
	}
}

// "suspended its licence": the licence's owner is the firm named before.
func TestSuspendedItsLicence(t *testing.T) {
	cases := []struct{ name, text, auth, firm string }{
		{"notice that suspended its licence", "Zepto has contested a notice from the Maharashtra Food and Drug Administration that suspended its Mumbai warehouse licence.", "Maharashtra Food and Drug Administration", "Zepto"},
		{"had suspended its licence", "Blinkit said the FDA had suspended its warehouse licence.", "FDA", "Blinkit"},
		{"order that revoked its licence", "Swiggy appealed an order by the state regulator that revoked its trade licence.", "state regulator", "Swiggy"},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := x.Claims(Document{Text: c.text})
			if !hasClaim(got, wantClaim{kind: KindPenalty, actor: c.auth, target: c.firm}) {
				t.Errorf("missing penalty %s -> %s; got %s", c.auth, c.firm, describe(got))
			}
		})
	}
	if got := x.Claims(Document{Text: "The central bank revoked its own guidance."}); len(got) > 0 {
		t.Errorf("no claim wanted: %s", describe(got))
	}
}

// A firm's own account of a remedy to what an authority flagged answers
// that authority, even when nothing earlier in the article named it.
func TestRemedyToFlaggedFinding(t *testing.T) {
	cases := []struct{ name, text, auth, firm string }{
		{"removed the listings flagged by", "Lazada said it had removed the listings flagged by Vietnam's trade ministry.", "trade ministry", "Lazada"},
		{"corrected the fares identified by", "Grab said it had corrected the fares identified by Singapore's Land Transport Authority.", "Land Transport Authority", "Grab"},
		{"refunded the charges cited by", "Safaricom said it had refunded the charges cited by the Communications Authority of Kenya.", "Communications Authority", "Safaricom"},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := x.Claims(Document{Text: c.text})
			if !hasClaim(got, wantClaim{kind: KindResponse, actor: c.firm, target: c.auth, stance: "comply"}) {
				t.Errorf("missing comply response %s -> %s; got %s", c.firm, c.auth, describe(got))
			}
		})
	}
	if got := x.Claims(Document{Text: "Shopee said it had removed 2,000 listings."}); len(got) > 0 {
		t.Errorf("no authority, no response: %s", describe(got))
	}
}

// "blocked access to X" binds X.
func TestBlockedAccessTo(t *testing.T) {
	cases := []struct{ name, text, auth, firm string }{
		{"crypto exchange", "Malaysia's MCMC blocked access to crypto exchange Huobi Global.", "MCMC", "Huobi Global"},
		{"possessive website", "Nigeria's NCC blocked access to Binance's website.", "NCC", "Binance"},
		{"the app", "Vietnam's information ministry has blocked access to the Telegram messaging app.", "information ministry", "Telegram"},
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
