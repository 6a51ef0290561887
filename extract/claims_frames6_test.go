package extract

import "testing"

// Round-5 frames, each written in several wordings before the rule.

// "the Budapest grocery chain Tulipán Market": a description in apposition
// to the name after it; the city (or country) it names is never a target.
func TestDescriptionBeforeName(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "Budapest grocery chain", text: "Hungary's competition office approved the purchase of the Budapest grocery chain Tulipán Market by Czech retailer Morava Retail, the office said on its website.", want: []wantClaim{want(KindApproval, "Hungary's competition office", "Morava Retail")}, notParty: []string{"Hungary"}},
		{name: "Warsaw retailer", text: "Poland's competition office cleared the acquisition of the Warsaw discount retailer Sklepik by German grocer Lindenhof.", want: []wantClaim{want(KindApproval, "Poland's competition office", "Lindenhof")}, notParty: []string{"Poland"}},
		{name: "Lagos lender", text: "Nigeria's central bank fined the Lagos mortgage lender Abuja Homes Savings 50 million naira.", want: []wantClaim{want(KindPenalty, "Nigeria's central bank", "Abuja Homes Savings")}, notParty: []string{"Nigeria"}},
		{name: "Santiago airline", text: "Chile's consumer agency sued the Santiago budget airline Cordillera Air over cancelled flights.", want: []wantClaim{want(KindProbe, "Chile's consumer agency", "Cordillera Air")}, notParty: []string{"Chile"}},
	})
}

// "the utility", "the exchange", "the broadcaster" after an authority acted
// on a firm only guessed from its name mean that firm.
func TestLooseHeadMeansFirmActedOn(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "ordered the utility", text: "Kenya's energy regulator fined Lakeside Power Distribution 3 million shillings. The regulator also ordered the utility to publish outage data.", want: []wantClaim{want(KindMandate, "Kenya's energy regulator", "Lakeside Power Distribution")}},
		{name: "told the exchange", text: "Thailand's SEC opened an investigation into Siam Digital Exchange. The regulator told the exchange to suspend new listings.", want: []wantClaim{want(KindMandate, "SEC", "Siam Digital Exchange")}},
		{name: "required the service", text: "Brazil's Anatel fined Vivara Streaming 2 million reais. It also required the service to block unlicensed channels.", want: []wantClaim{want(KindMandate, "Anatel", "Vivara Streaming")}},
		{name: "ordered the broadcaster", text: "Peru's Indecopi fined Andina Broadcasting. The agency ordered the broadcaster to air corrections.", want: []wantClaim{want(KindMandate, "agency", "Andina Broadcasting")}},
	})
}

// A mandate named as the object a firm answers ("rejected a demand from
// the DPC to suspend ...") binds that firm, whatever the answer.
func TestMandateNamedByItsAnswer(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "rejected a demand from", text: "Meta rejected a demand from Ireland's Data Protection Commission to suspend transfers of European users' data to the United States.", want: []wantClaim{want(KindMandate, "Data Protection Commission", "Meta"), want(KindResponse, "Meta", "Data Protection Commission")}},
		{name: "challenged an order from", text: "Vodafone Egypt has challenged an order from the National Telecom Regulatory Authority to refund subscribers.", want: []wantClaim{want(KindMandate, "National Telecom Regulatory Authority", "Vodafone Egypt"), want(KindResponse, "Vodafone Egypt", "National Telecom Regulatory Authority")}},
		{name: "comply with a request from", text: "Grab said it would comply with a request from Singapore's Land Transport Authority to cap surge fares.", want: []wantClaim{want(KindMandate, "Land Transport Authority", "Grab"), want(KindResponse, "Grab", "Land Transport Authority")}},
		{name: "refused a request from", text: "Vantera Bank refused a request from the Central Bank of Kenya to freeze the accounts of three clients.", want: []wantClaim{want(KindMandate, "Central Bank of Kenya", "Vantera Bank"), want(KindResponse, "Vantera Bank", "Central Bank of Kenya")}},
		{name: "a request for comment from a newsroom", text: "Airtel Africa received a request for comment from Reuters.", noKind: []string{KindMandate}},
		{name: "a call for a fair market", text: "Shopee welcomed a call from the ministry for a fair digital market.", noKind: []string{KindMandate}},
	})
}

// "after KPPU ordered it to stop requiring developers to ...": "it" is the
// firm, not the product it owns ("its Play Store"), and what the firm must
// stop doing is no second mandate.
func TestOrderedItToStopPractice(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "its Play Store", text: "Google will allow rival payment systems in its Play Store in Indonesia after KPPU ordered it to stop requiring developers to use Google Play Billing.", want: []wantClaim{want(KindMandate, "KPPU", "Google")}, notWant: []wantClaim{want(KindMandate, "", "developers")}},
		{name: "its App Store", text: "Apple will let Dutch dating apps use other payment methods in its App Store after the ACM ordered it to cease requiring app makers to use its billing.", want: []wantClaim{want(KindMandate, "ACM", "Apple")}, notWant: []wantClaim{want(KindMandate, "", "app makers")}},
		{name: "its WhatsApp service", text: "Meta will change its WhatsApp terms in Turkey after the Competition Authority ordered it to stop forcing users to share data with Facebook.", want: []wantClaim{want(KindMandate, "Competition Authority", "Meta")}, notWant: []wantClaim{want(KindMandate, "", "users")}},
	})
}

// A firm that changes course "after" an authority bound it answers by
// complying, even without the word; speech, results and resisting verbs
// are no such answer.
func TestCompliesByLaterAct(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "will allow after ordered it", text: "Google will allow rival payment systems in its Play Store in Indonesia after KPPU ordered it to stop requiring developers to use Google Play Billing.", want: []wantClaim{{kind: KindResponse, actor: "Google", target: "KPPU", stance: "comply"}}},
		{name: "will relabel after", text: "Orvello Foods will relabel its snacks in Kenya after the Competition Authority of Kenya ordered it to drop health claims.", want: []wantClaim{{kind: KindResponse, actor: "Orvello Foods", target: "Competition Authority of Kenya", stance: "comply"}}},
		{name: "has begun after a court required", text: "Uber has begun registering its drivers with the social security system after a Colombian court required it to do so.", want: []wantClaim{{kind: KindResponse, actor: "Uber", target: "Colombian court", stance: "comply"}}},
		{name: "scrapped after a fine", text: "Shell scrapped its loyalty surcharge in Nigeria after the Federal Competition and Consumer Protection Commission fined it 2 billion naira.", want: []wantClaim{{kind: KindResponse, actor: "Shell", target: "Federal Competition and Consumer Protection Commission", stance: "comply"}}},
		// no comply response, negated or not
		{name: "will appeal after a fine", text: "Grab will appeal after Singapore's competition watchdog fined it.", notWant: []wantClaim{{kind: KindResponse, stance: "comply"}, {kind: KindResponse, stance: "comply", negated: true}}},
		{name: "shares fell after a fine", text: "Alibaba's shares fell after China's market regulator fined it.", notWant: []wantClaim{{kind: KindResponse, stance: "comply"}, {kind: KindResponse, stance: "comply", negated: true}}},
		{name: "profits rose after an order", text: "Tencent said profits rose after the ministry ordered it to cut fees.", notWant: []wantClaim{{kind: KindResponse, stance: "comply"}, {kind: KindResponse, stance: "comply", negated: true}}},
		{name: "will not change after an order", text: "Vale will not change its prices after Brazil's CADE ordered it to end exclusive contracts.", notWant: []wantClaim{{kind: KindResponse, stance: "comply"}, {kind: KindResponse, stance: "comply", negated: true}}},
	})
}

// "the country's competition commission, KPPU," names one actor, not two.
func TestDescriptionThenKnownAuthority(t *testing.T) {
	actorIs := func(auth string) func(reporter, []Claim) {
		return func(t reporter, got []Claim) {
			t.Helper()
			if len(got) == 0 {
				t.Errorf("no claim")
			}
			for _, cl := range got {
				if cl.Kind != KindResponse && !nameHas(cl.Actor, auth) {
					t.Errorf("actor %q, want %s: %s", cl.Actor.Name, auth, describe([]Claim{cl}))
				}
			}
		}
	}
	expectFrames(t, []frameCase{
		{name: "country's commission, KPPU", text: "Shopee was fined after the country's competition commission, KPPU, found it had abused its position.", check: actorIs("KPPU")},
		{name: "antitrust watchdog, the CMA", text: "Britain said on Monday its antitrust watchdog, the CMA, had fined Kwikfit Holdings over price fixing.", check: actorIs("CMA")},
		{name: "nation's regulator, SEC", text: "Siam Digital Exchange was told by the nation's markets regulator, SEC, to suspend new listings.", check: actorIs("SEC")},
	})
}

// "a court ruling requiring it to ...": the act a firm answers binds it,
// with its author named before it.
func TestRulingRequiringIt(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "comply with a court ruling requiring it", text: "Uber said on Thursday it would comply with a Colombian court ruling requiring it to register its drivers with the national social security system.", want: []wantClaim{want(KindMandate, "Colombian court", "Uber")}},
		{name: "challenge the regulator's order forcing it", text: "Vodacom said it would challenge the regulator's order forcing it to cut data prices.", want: []wantClaim{want(KindMandate, "regulator", "Vodacom")}},
		{name: "appeal a tribunal decision ordering it", text: "MTN Nigeria Communications Plc will appeal a Nigerian tribunal decision ordering it to refund subscribers.", want: []wantClaim{want(KindMandate, "tribunal", "MTN Nigeria")}},
		{name: "a ruling binding an authority binds no firm", text: "Jumia welcomed a Kenyan High Court ruling requiring the Communications Authority to review its licence.", noKind: []string{KindMandate}},
	})
}

// A single unknown word opening the sentence is a firm when it answers an
// authority and the sentence calls it "it"; people ("Protesters", a
// surname with "his") are not.
func TestUnknownAnswererIsFirm(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "will appeal ... ordering it", text: "Bolt will appeal a Portuguese court decision ordering it to treat couriers as employees.", want: []wantClaim{{kind: KindResponse, actor: "Bolt", target: "Portuguese court", stance: "resist"}}},
		{name: "rejected ... its prices", text: "Kravia rejected the competition authority's findings, saying its prices were fair.", want: []wantClaim{{kind: KindResponse, actor: "Kravia", target: "competition authority", stance: "resist"}}},
		{name: "has contested a notice from", text: "Zepto has contested a notice from the Maharashtra Food and Drug Administration that suspended its Mumbai warehouse licence.", want: []wantClaim{{kind: KindResponse, actor: "Zepto", target: "Maharashtra Food and Drug Administration", stance: "resist"}}},
		{name: "challenged a warning from", text: "Kaspi Bank challenged a warning from Kazakhstan's financial regulator over its lending.", want: []wantClaim{{kind: KindResponse, actor: "Kaspi", target: "financial regulator", stance: "resist"}}},
		{name: "protesters", text: "Protesters rejected the ministry's plan to raise fuel prices.", none: true},
		{name: "a surname with his", text: "Trump denied the Justice Department's claims about his company.", none: true},
		{name: "a surname appealing", text: "Musk appealed the court ruling, saying it was wrong.", none: true},
		{name: "a notice received, no answer", text: "Acme received a notice from the tax office.", none: true},
	})
}

// "the Istanbul headquarters of tyre maker X": the city places the premises;
// only the firm is searched.
func TestPremisesPlaceIsNoTarget(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "Istanbul headquarters of", text: "Officials from Turkey's Competition Authority carried out a dawn raid on the Istanbul headquarters of tyre maker Anadolu Lastik on Tuesday as part of a cartel probe.", want: []wantClaim{want(KindProbe, "Competition Authority", "Anadolu Lastik")}, notWant: []wantClaim{want(KindProbe, "", "Istanbul")}},
		{name: "Durban offices of", text: "Police searched the Durban offices of logistics firm Ubuntu Freight over alleged bribery.", want: []wantClaim{want(KindProbe, "Police", "Ubuntu Freight")}, notWant: []wantClaim{want(KindProbe, "", "Durban")}},
		{name: "Monterrey plant of", text: "Inspectors from the labour ministry raided the Monterrey plant of auto parts maker Fundidora Norte.", want: []wantClaim{want(KindProbe, "labour ministry", "Fundidora Norte")}, notWant: []wantClaim{want(KindProbe, "", "Monterrey")}},
	})
}

// "X must ... under a new directive from Bank Al-Maghrib": the rule's
// issuer is the actor, even with a name that looks like a firm's.
func TestMustUnderRuleFromIssuer(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "directive from Bank Al-Maghrib", text: "All licensed payment operators in Morocco must store transaction data on servers located inside the country from January, under a new directive from Bank Al-Maghrib.", want: []wantClaim{want(KindMandate, "Bank Al-Maghrib", "payment operators")}},
		{name: "directive from Banco de Mocambique", text: "Mobile money operators must cap transfer fees at 1% under a directive from Banco de Mocambique.", want: []wantClaim{want(KindMandate, "Banco de Mocambique", "Mobile money operators")}},
		{name: "rules issued by", text: "Under rules issued by the Reserve Bank of India, all payment firms must store data locally.", want: []wantClaim{want(KindMandate, "Reserve Bank of India", "payment firms")}},
		{name: "circular from", text: "Crypto exchanges in Thailand must verify every customer in person, according to a circular from the SEC.", want: []wantClaim{want(KindMandate, "SEC", "Crypto exchanges")}},
	})
}

// Barring a firm's former staff binds no firm; its present executives
// still stand for it.
func TestFormerStaffBindNoFirm(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "barred two of its former directors", text: "Brazil's central bank fined Cooperativa Serra Verde 7.5 million reais and barred two of its former directors from managing financial institutions for eight years.", noKind: []string{KindMandate}},
		{name: "banned former executives of", text: "Nigeria's SEC banned three former executives of Sterling Capital from capital markets for life.", noKind: []string{KindMandate}},
		{name: "barred the broker's ex-directors", text: "Kenya's Capital Markets Authority barred the broker's ex-directors from holding office.", noKind: []string{KindMandate}},
		{name: "summoned the executives of", text: "Bangladesh's telecoms ministry summoned the executives of Padma Connect over network outages.", want: []wantClaim{want(KindMandate, "", "Padma Connect")}},
	})
}

// "take X to court": an authority suing a firm is a probe; a firm taking a
// decision to court challenges it.
func TestTakeToCourt(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "preparing to take", text: "The Australian Competition and Consumer Commission is preparing to take Qantara Airways to court over refunds for cancelled flights.", want: []wantClaim{want(KindProbe, "Australian Competition and Consumer Commission", "Qantara Airways")}},
		{name: "took to court", text: "The FTC took Meridian Health to court on Monday over misleading ads.", want: []wantClaim{want(KindProbe, "FTC", "Meridian Health")}},
		{name: "will take to court", text: "South Africa's Competition Commission will take Karoo Cement to court over price fixing.", want: []wantClaim{want(KindProbe, "Competition Commission", "Karoo Cement")}},
		// a firm taking a decision to court challenges it
		{name: "take the decision to court", text: "Brazil's CADE fined Vale Logistica. Vale Logistica said it would take the decision to court.", want: []wantClaim{{kind: KindResponse, actor: "Vale Logistica", stance: "resist"}}},
	})
}

// A spot check is an inspection; a firm answering what an authority
// "flagged" or "identified" answers that authority.
func TestSpotCheckAndFlaggedBy(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "spot check of its platform", text: "JD.com pledged to rectify pricing practices flagged by Beijing's market regulator during a spot check of its grocery platform.", want: []wantClaim{want(KindProbe, "market regulator", "JD.com")}},
		{name: "carried out a spot check", text: "Vietnam's industry ministry carried out a spot check of Saigon Dairy's factories last week.", want: []wantClaim{want(KindProbe, "industry ministry", "Saigon Dairy")}},
		{name: "surprise checks on", text: "Thailand's FDA conducted surprise checks on Bangkok Noodle Co. plants.", want: []wantClaim{want(KindProbe, "FDA", "Bangkok Noodle")}},
		{name: "rejected the violations listed by", text: "Tokopedia rejected the violations listed by the KPPU.", want: []wantClaim{{kind: KindResponse, actor: "Tokopedia", target: "KPPU", stance: "resist"}}},
		{name: "pledged to rectify practices flagged by", text: "JD.com pledged to rectify pricing practices flagged by Beijing's market regulator.", want: []wantClaim{{kind: KindResponse, actor: "JD.com", target: "market regulator", stance: "comply"}}},
		{name: "background checks", text: "Banks run background checks on new clients, and a check on prices found nothing.", none: true},
	})
}

// "with the Thai QR payment system PromptPay": the acronym describes the
// system; the partner is the name after the description.
func TestModifierAcronymBeforeSystem(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "QR payment system", text: "Tencent plans to integrate Weixin Pay with the Thai QR payment system PromptPay, a move that could let Chinese tourists pay at street stalls across Bangkok.", want: []wantClaim{want(KindAction, "Tencent", "PromptPay")}, notWant: []wantClaim{want(KindAction, "", "QR")}},
		{name: "NFC wallet app", text: "Visa partnered with the NFC wallet app Kakao Pay.", want: []wantClaim{want(KindAction, "Visa", "Kakao Pay")}, notWant: []wantClaim{want(KindAction, "", "NFC")}},
		{name: "ATM network", text: "Mastercard teamed up with the ATM network Bancomat Pay on Monday.", want: []wantClaim{want(KindAction, "Mastercard", "Bancomat Pay")}, notWant: []wantClaim{want(KindAction, "", "ATM")}},
	})
}

// Two firms sharing or pooling their assets tie up; sharing information or
// a prize is no tie.
func TestShareTheirAssets(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "agreed to share their networks", text: "Falabella and Ripley agreed to share their loyalty-points networks in Peru.", want: []wantClaim{want(KindAction, "Falabella", "Ripley")}},
		{name: "will pool their ATM networks", text: "Bancolombia and Davivienda will pool their ATM networks.", want: []wantClaim{want(KindAction, "Bancolombia", "Davivienda")}},
		{name: "will share towers", text: "Vodacom and MTN will share towers in rural areas.", want: []wantClaim{want(KindAction, "Vodacom", "MTN")}},
		{name: "share a prize", text: "Smith and Jones agreed to share the prize.", none: true},
		{name: "failed to share information", text: "Regulators said AT&T and Comcast failed to share detailed information in real time.", none: true},
		{name: "share details", text: "Grab said it would share details later.", none: true},
	})
}

// Seas and regions ("Black Sea", "Mekong Delta") and an opening noun with
// "for" ("Approval for Sigma Foods' takeover") are never firms.
func TestRegionsAndOpeningNounsAreNoFirms(t *testing.T) {
	// the firm is a target of some claim, or acts itself
	claimOn := func(firm string) func(reporter, []Claim) {
		return func(t reporter, got []Claim) {
			t.Helper()
			if !hasClaim(got, wantClaim{kind: kindOf(got, firm), target: firm}) && !hasClaim(got, wantClaim{kind: KindAction, actor: firm}) {
				t.Errorf("missing claim on %s; got %s", firm, describe(got))
			}
		}
	}
	expectFrames(t, []frameCase{
		{name: "Black Sea grain trader", text: "Ukraine's antimonopoly committee fined Black Sea grain trader Odesa Agro for price fixing.", check: claimOn("Odesa Agro"), notParty: []string{"Black Sea"}},
		{name: "Mekong Delta rice exporter", text: "Vietnam's trade ministry fined Mekong Delta rice exporter Cuu Long Foods over false labels.", check: claimOn("Cuu Long Foods"), notParty: []string{"Mekong Delta"}},
		{name: "Rift Valley tea firm", text: "Kenya's competition authority fined Rift Valley tea packer Kericho Leaf 5 million shillings.", check: claimOn("Kericho Leaf"), notParty: []string{"Rift Valley"}},
		{name: "Approval for X's takeover", text: "Approval for Sigma Foods' takeover of Bimbo Chile came from Chile's FNE on Monday.", check: claimOn("Sigma Foods"), notParty: []string{"Approval for Sigma Foods"}},
	})
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
	expectFrames(t, []frameCase{
		{name: "may be forced after", text: "Apple may be forced to open its NFC chip to rival wallet apps in Brazil after antitrust regulator CADE signalled it could impose interim measures.", want: []wantClaim{{kind: KindMandate, actor: "CADE", target: "Apple", certainty: Hedged}}},
		{name: "was forced by", text: "Apple was forced to open its NFC chip by Brazil's CADE.", want: []wantClaim{{kind: KindMandate, actor: "CADE", target: "Apple", certainty: Asserted}}},
		{name: "forced active", text: "Kenya's competition authority forced Safaricom to open its M-Pesa agents to rivals.", want: []wantClaim{{kind: KindMandate, actor: "competition authority", target: "Safaricom", certainty: Asserted}}},
		{name: "floods are no authority", text: "Floods forced Nestle to close its plant in Kerala.", none: true},
	})
}

// A firm's lawyers speaking in a legal filing about an authority's act on
// it resist that act; an Attorney General acting is no such speaker.
func TestLawyersFilingResists(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "the company's lawyers said in a complaint", text: "Ukraine's Antimonopoly Committee allegedly fined mobile operator Karpaty Mobile without giving it a chance to respond, the company's lawyers said in a complaint filed with a Kyiv court.", want: []wantClaim{{kind: KindResponse, actor: "Karpaty Mobile", target: "Antimonopoly Committee", stance: "resist"}}},
		{name: "lawyers for X argued in an appeal", text: "Kenya's competition authority fined Twiga Foods unlawfully, lawyers for Twiga Foods argued in an appeal filed on Monday.", want: []wantClaim{{kind: KindResponse, actor: "Twiga Foods", target: "competition authority", stance: "resist"}}},
		{name: "its attorneys wrote in a motion", text: "The labour ministry ordered Rappi Colombia to hire its couriers, its attorneys wrote in a motion to the court.", want: []wantClaim{{kind: KindResponse, actor: "Rappi Colombia", target: "labour ministry", stance: "resist"}}},
		// an Attorney General acting is no such speaker
		{name: "a lawsuit brought by an attorney general", text: "A judge barred Uber from classifying drivers as contractors in a lawsuit brought by California Attorney General Rob Bonta.", noKind: []string{KindResponse}},
	})
}

// "suspended its licence": the licence's owner is the firm named before.
func TestSuspendedItsLicence(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "notice that suspended its licence", text: "Zepto has contested a notice from the Maharashtra Food and Drug Administration that suspended its Mumbai warehouse licence.", want: []wantClaim{want(KindPenalty, "Maharashtra Food and Drug Administration", "Zepto")}},
		{name: "had suspended its licence", text: "Blinkit said the FDA had suspended its warehouse licence.", want: []wantClaim{want(KindPenalty, "FDA", "Blinkit")}},
		{name: "order that revoked its licence", text: "Swiggy appealed an order by the state regulator that revoked its trade licence.", want: []wantClaim{want(KindPenalty, "state regulator", "Swiggy")}},
		{name: "its own guidance", text: "The central bank revoked its own guidance.", none: true},
	})
}

// A firm's own account of a remedy to what an authority flagged answers
// that authority, even when nothing earlier in the article named it.
func TestRemedyToFlaggedFinding(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "removed the listings flagged by", text: "Lazada said it had removed the listings flagged by Vietnam's trade ministry.", want: []wantClaim{{kind: KindResponse, actor: "Lazada", target: "trade ministry", stance: "comply"}}},
		{name: "corrected the fares identified by", text: "Grab said it had corrected the fares identified by Singapore's Land Transport Authority.", want: []wantClaim{{kind: KindResponse, actor: "Grab", target: "Land Transport Authority", stance: "comply"}}},
		{name: "refunded the charges cited by", text: "Safaricom said it had refunded the charges cited by the Communications Authority of Kenya.", want: []wantClaim{{kind: KindResponse, actor: "Safaricom", target: "Communications Authority", stance: "comply"}}},
		{name: "no authority named", text: "Shopee said it had removed 2,000 listings.", none: true},
	})
}

// "blocked access to X" binds X.
func TestBlockedAccessTo(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "crypto exchange", text: "Malaysia's MCMC blocked access to crypto exchange Huobi Global.", want: []wantClaim{want(KindMandate, "MCMC", "Huobi Global")}},
		{name: "possessive website", text: "Nigeria's NCC blocked access to Binance's website.", want: []wantClaim{want(KindMandate, "NCC", "Binance")}},
		{name: "the app", text: "Vietnam's information ministry has blocked access to the Telegram messaging app.", want: []wantClaim{want(KindMandate, "information ministry", "Telegram")}},
	})
}
