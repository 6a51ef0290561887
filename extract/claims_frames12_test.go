package extract

import "testing"

// Round 7, tuner C2: precision and negation. Each frame is written in
// several wordings of our own, with near misses that must stay silent.

// TestFramesNounActNegated: an act told with a noun is denied when its
// carrying verb is ("did not impose a fine", "has never launched a probe")
// or "no" quantifies it ("no fine was imposed").
func TestFramesNounActNegated(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "did not impose a fine", text: "The Competition Commission did not impose a fine on Vodacom.",
			want: []wantClaim{denied(KindPenalty, "Competition Commission", "Vodacom")}},
		{name: "has not imposed any fine", text: "Kenya's Competition Authority has not imposed any fine on Safaricom, a spokesman said.",
			want: []wantClaim{denied(KindPenalty, "Competition Authority", "Safaricom")}},
		{name: "did not levy an amount", text: "The Securities and Exchange Board of India did not levy a Rs 5 crore penalty on Infosys, contrary to earlier reports.",
			want: []wantClaim{denied(KindPenalty, "Securities and Exchange Board of India", "Infosys")}},
		{name: "no fine was imposed", text: "No fine was imposed on Vodacom Group by the Competition Commission.",
			want: []wantClaim{denied(KindPenalty, "Competition Commission", "Vodacom")}},
		{name: "has not opened an investigation", text: "The SEC has not opened a formal investigation into Tesla.",
			want: []wantClaim{denied(KindProbe, "SEC", "Tesla")}},
		{name: "never launched a probe", text: "Brazil's Cade never launched a probe into Petrobras over the fuel prices.",
			want: []wantClaim{denied(KindProbe, "Cade", "Petrobras")}},
		{name: "had not started an inquiry", text: "The European Commission had not started an inquiry into Nvidia, officials said.",
			want: []wantClaim{denied(KindProbe, "European Commission", "Nvidia")}},
		{name: "positive stays positive", text: "The SEC opened a formal investigation into Tesla.",
			want: []wantClaim{want(KindProbe, "SEC", "Tesla")}},
		{name: "not only ... but also", text: "The regulator not only imposed a fine on Vodacom but also ordered it to refund customers.",
			want: []wantClaim{want(KindPenalty, "regulator", "Vodacom")}},
		{name: "no longer is no denial", text: "The SEC opened an investigation into Tesla, which no longer sells the product.",
			want: []wantClaim{want(KindProbe, "SEC", "Tesla")}},
	})
}

// TestFramesBidRebuffed: a firm that turns away another's bid for it is
// the target of a negated acquisition by the bidder.
func TestFramesBidRebuffed(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "rebuffed an offer from", text: "Snapchat rebuffed a $3 billion takeover offer from Facebook in 2013.",
			want: []wantClaim{denied(KindAction, "Facebook", "Snapchat")}},
		{name: "rejected possessive bid", text: "The board of Anglo American rejected BHP's $39 billion takeover bid.",
			want: []wantClaim{denied(KindAction, "BHP", "Anglo American")}},
		{name: "turned down", text: "Unilever turned down a $143 billion offer from Kraft Heinz.",
			want: []wantClaim{denied(KindAction, "Kraft Heinz", "Unilever")}},
		{name: "spurned an approach by", text: "Yahoo spurned a takeover approach by Microsoft.",
			want: []wantClaim{denied(KindAction, "Microsoft", "Yahoo")}},
		{name: "offer to buy", text: "Grab declined an offer from Uber to buy its Indonesian unit, people familiar said.",
			want: []wantClaim{denied(KindAction, "Uber", "Grab")}},
		{name: "executive of the firm rebuffed", text: "The strategy failed with Snapchat CEO Evan Spiegel, who famously rebuffed a $3 billion takeover offer from Facebook in 2013.",
			want: []wantClaim{denied(KindAction, "Facebook", "Snapchat")}, notParty: []string{"Evan Spiegel", "CEO Evan Spiegel"}},
		{name: "settlement offer is no bid", text: "Safaricom rejected a settlement offer from Airtel Kenya.",
			noKind: []string{KindAction}},
		{name: "job offer is no bid", text: "Alibaba's founder rejected a job offer from Tencent.",
			noKind: []string{KindAction}},
	})
}

// TestFramesUnperformedActs: acts named but not done by anyone — what an
// order makes a firm stop, what a firm waits for, an application — are no
// firm's act or answer.
func TestFramesUnperformedActs(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "requiring to stop accepting", text: "The Financial Markets Authority has issued a direction order to Kowhai Capital Ltd, requiring the fund manager to stop accepting new investors into its Kowhai Property Fund.",
			want: []wantClaim{want(KindMandate, "Financial Markets Authority", "Kowhai Capital")}, noKind: []string{KindAction}},
		{name: "directed to stop accepting from", text: "The central bank directed Paytm Payments Bank to stop accepting deposits from Ant Group.",
			want: []wantClaim{want(KindMandate, "central bank", "Paytm")}, noKind: []string{KindAction}},
		{name: "ordered to cease offering", text: "Bank Indonesia ordered GoTo to cease offering Shopee's wallet in its app.",
			noKind: []string{KindAction}},
		{name: "stopped accepting is an act", text: "Google stopped accepting ads from Binance.",
			want: []wantClaim{want(KindAction, "Google", "Binance")}},
		{name: "waiting for a buyer", text: "Remain Co. will probably just sit there, returning cash to shareholders and waiting for Alibaba to buy it in a tax-free transaction.",
			none: true},
		{name: "hoping for a rival to acquire", text: "Shareholders of Vesta Pharma are hoping for Pfizer to acquire the company.",
			noKind: []string{KindAction}},
		{name: "applied to register", text: "Indonesia's communications ministry may block Temu if it launches without a local partner. Temu's owner, PDD Holdings, has applied to register a local entity three times since 2022.",
			noKind: []string{KindResponse}},
		{name: "applied for a licence", text: "The Central Bank of Kenya ordered M-Kopa to stop lending. M-Kopa has applied for a digital lending licence.",
			noKind: []string{KindResponse}},
	})
}

// TestFramesDemonymIsNoAuthority: a nationality adjective before a plain
// noun is not the authority of a later agentless passive.
func TestFramesDemonymIsNoAuthority(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "Vietnamese numbers", text: "Under Decree 147, platforms operating in the country, including Facebook, must authenticate accounts with Vietnamese mobile phone numbers. Foreign platforms are also required to store user data locally.",
			notParty: []string{"Vietnamese"}},
		{name: "Chinese consumers", text: "Temu sells cheap goods to Chinese consumers. Retailers are required to register with the authorities.",
			notParty: []string{"Chinese"}},
	})
}

// TestFramesNoFirmBound: wordings where an authority's verb binds no firm —
// the authority itself, a bill, a pressure foreseen, an order's content
// read as an answer.
func TestFramesNoFirmBound(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "told to rectify is no answer", text: "The State Administration for Market Regulation fined Dewu 3 million yuan. The platform was told to rectify the problems within a deadline.",
			want: []wantClaim{want(KindPenalty, "State Administration for Market Regulation", "Dewu")}, noKind: []string{KindResponse}},
		{name: "ordered to fix is no answer", text: "Ofcom fined Vodafone £2 million. The operator was ordered to fix its billing systems within six months.",
			noKind: []string{KindResponse}},
		{name: "answer after an order stays", text: "Ofcom ordered Vodafone to fix its billing systems. Vodafone said it would comply with the order.",
			want: []wantClaim{want(KindResponse, "Vodafone", "Ofcom")}},
		{name: "may be forced to pull out", text: "Uber may be forced to pull out of Colombia again after a court in Bogotá agreed to hear a new complaint from taxi operators.",
			noKind: []string{KindMandate}},
		{name: "could be made to sell", text: "Meta could be made to sell Instagram if the lawsuit brought by the Federal Trade Commission succeeds.",
			notWant: []wantClaim{want(KindMandate, "", "Meta")}},
		{name: "forced by a named authority stays", text: "Uber was forced by the Transport Ministry to suspend its service in Bogotá.",
			want: []wantClaim{want(KindMandate, "Transport Ministry", "Uber")}},
		{name: "draft rules would require", text: "Under draft rules circulated by the Federal Communications Commission on Tuesday, Comcast and Charter Communications would be required to display labels listing prices.",
			want: []wantClaim{want(KindMandate, "Federal Communications Commission", "Comcast")}},
		{name: "said it fined X and ordered it", text: "Vietnam's Ministry of Industry and Trade said on Friday it had fined online marketplace Shopee 380 million dong and ordered it to remove 4,000 listings.",
			want: []wantClaim{want(KindMandate, "Ministry of Industry and Trade", "Shopee")}},
		{name: "gatherings may force it", text: "ISLAMABAD - Pakistan's government has warned that several gatherings in the country recently may force it to impose a full lockdown.",
			none: true},
		{name: "said surge could force it", text: "The Reserve Bank of India said the surge in bad loans could force it to tighten lending rules.",
			none: true},
		{name: "demanding it be passed", text: "The Government does not deny that the legislation is flawed, but is demanding it be passed anyway.",
			none: true},
		{name: "insisted the bill be enacted", text: "The ministry insisted that it be enacted before the election, Telstra said.",
			noKind: []string{KindMandate}},
	})
}

// TestFramesRegionAndOwnUnit: a region's adjective is no party; a firm's
// own unit is not the other firm of its act.
func TestFramesRegionAndOwnUnit(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "Middle Eastern payments firm", text: "Stripe announced its first partnership with a Middle Eastern payments firm.",
			notParty: []string{"Middle Eastern"}},
		{name: "Latin American lender", text: "Nubank agreed to acquire a Latin American lender.",
			notParty: []string{"Latin American"}},
		{name: "West African operator", text: "Orange signed a partnership with a West African operator.",
			notParty: []string{"West African"}},
		{name: "own wallet", text: "Zamtel agreed to let Zamtel Kwacha users pay at Shoprite tills.",
			notWant: []wantClaim{want(KindAction, "Zamtel", "Zamtel Kwacha")}},
		{name: "another firm's product stays", text: "Apple agreed to let Spotify Premium users pay through its app store.",
			want: []wantClaim{want(KindAction, "Apple", "Spotify")}},
	})
}

// TestFramesAmongActedAndPlaceDenial: "X was (not) among the companies the
// authority investigated"; a capital standing for its government denies
// an order across auxiliaries ("Beijing has not told banks to").
func TestFramesAmongActedAndPlaceDenial(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "not among those investigated", text: "Kakao Mobility was not among the companies the Korea Fair Trade Commission investigated over taxi dispatch algorithms, a commission official told Yonhap.",
			want: []wantClaim{denied(KindProbe, "Korea Fair Trade Commission", "Kakao Mobility")}},
		{name: "among the firms fined", text: "Safaricom is among the firms that the Communications Authority of Kenya fined last year.",
			want: []wantClaim{want(KindPenalty, "Communications Authority of Kenya", "Safaricom")}},
		{name: "among those cleared, two firms", text: "Grab and Gojek were among the companies the Philippine Competition Commission had cleared.",
			want: []wantClaim{want(KindApproval, "Philippine Competition Commission", "Grab"), want(KindApproval, "Philippine Competition Commission", "Gojek")}},
		{name: "among sponsors is nothing", text: "Nestle was among the companies that sponsored the event.", none: true},
		{name: "among bidders is nothing", text: "Shell was among the bidders, the ministry said.", none: true},
		{name: "Beijing has not told banks", text: "Beijing has not told state-owned banks to stop lending to Evergrande's property units, the banking regulator said on Thursday.",
			want: []wantClaim{denied(KindMandate, "Beijing", "")}},
		{name: "Seoul had already ordered", text: "Seoul had already ordered Coupang to compensate users.",
			check: func(t reporter, got []Claim) {
				for _, c := range got {
					if c.Actor.Name == "Seoul" {
						return
					}
				}
				t.Errorf("want a claim by Seoul, got %s", describe(got))
			}},
		{name: "dateline is no subject", text: "BEIJING, March 14 - Alibaba has agreed to sell its stake in Weibo.",
			notParty: []string{"BEIJING", "Beijing"}},
	})
}

// TestFramesClassWithNamedMembers: a class bound by an act whose members
// the text names has those members as targets, and a counted class whose
// members the article names later adds no claim on no one.
func TestFramesClassWithNamedMembers(t *testing.T) {
	noSectorOnly := func(t reporter, got []Claim) {
		for _, c := range got {
			if onlySectors(c.Targets) {
				t.Errorf("a claim on the class only: %s", describe([]Claim{c}))
			}
		}
	}
	expectFrames(t, []frameCase{
		{name: "fined N makers, including", text: "Saudi Arabia's General Authority for Competition fined four cement makers a total of 10 million riyals for fixing prices, including Yamama Cement and Southern Province Cement, Arab News reported.",
			want: []wantClaim{want(KindPenalty, "General Authority for Competition", "Yamama Cement"), want(KindPenalty, "General Authority for Competition", "Southern Province Cement")}, check: noSectorOnly},
		{name: "a rule aimed at", text: "Argentina's central bank ordered all payment service providers to show customers the interest earned on their wallets, a rule aimed at Mercado Pago and Uala among others.",
			want: []wantClaim{want(KindMandate, "central bank", "Mercado Pago"), want(KindMandate, "central bank", "Uala")}, check: noSectorOnly},
		{name: "such as", text: "The Central Bank of Nigeria barred fintech lenders such as Opay and Palmpay from onboarding new customers.",
			want: []wantClaim{want(KindMandate, "Central Bank of Nigeria", "Opay")}, check: noSectorOnly},
		{name: "class without members stays", text: "The Reserve Bank of India ordered all urban cooperative banks to raise their capital buffers.",
			check: func(t reporter, got []Claim) {
				if len(got) != 1 || len(got[0].Targets) > 0 && !onlySectors(got[0].Targets) {
					t.Errorf("want one claim on the class, got %s", describe(got))
				}
			}},
		{name: "counted class then members", text: "The Competition Commission of Pakistan imposed penalties on five cement manufacturers on Monday. Kohat Cement and Maple Leaf Cement were each fined Rs1 billion by the commission.",
			want: []wantClaim{want(KindPenalty, "Competition Commission of Pakistan", "Kohat Cement")}, check: noSectorOnly},
	})
}

// TestFramesVenueAndRightToAppeal: the court a challenge goes to is a
// venue, the answered authority is the one that acted; a right to appeal
// the article states is no stance.
func TestFramesVenueAndRightToAppeal(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "oppose before the tribunal", text: "South Africa's Competition Commission has recommended that the Competition Tribunal block Telkom's proposed R2.4bn purchase of Octotel. Telkom said it was 'surprised' by the recommendation and would oppose it before the tribunal.",
			want: []wantClaim{want(KindResponse, "Telkom", "Competition Commission")}, notWant: []wantClaim{want(KindResponse, "Telkom", "tribunal")}},
		{name: "challenge at the tribunal", text: "The Competition Authority of Kenya fined Safaricom Sh20 million. Safaricom said it would challenge the fine at the Competition Tribunal.",
			want: []wantClaim{want(KindResponse, "Safaricom", "Competition Authority of Kenya")}},
		{name: "appeal above a court that ruled", text: "The High Court ordered Safaricom to pay Sh1 billion. Safaricom said it would appeal to the Court of Appeal.",
			want: []wantClaim{want(KindResponse, "Safaricom", "High Court")}},
		{name: "may appeal before: a right", text: "Market regulator SEBI has barred Kestrel Capital Advisors from the securities market for two years. The firm may appeal before the Securities Appellate Tribunal.",
			want: []wantClaim{want(KindMandate, "SEBI", "Kestrel")}, noKind: []string{KindResponse}},
		{name: "can appeal within: a right", text: "Ofcom fined BT £5 million. BT can appeal the decision within 28 days.",
			noKind: []string{KindResponse}},
		{name: "said it may appeal stays", text: "SEBI barred Kestrel Capital Advisors from the market. Kestrel said it may appeal before the Securities Appellate Tribunal.",
			want: []wantClaim{want(KindResponse, "Kestrel", "SEBI")}},
	})
}

// TestFramesOwnAuditAndCodes: an audit the firm must complete is its own;
// a molecule's code is no firm; "any agreement" is no deal.
func TestFramesOwnAuditAndCodes(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "until it completes an audit", text: "Bangladesh Bank on Monday barred mobile wallet Nagad from opening new accounts until it completes an independent audit of its agent network.",
			want: []wantClaim{want(KindMandate, "Bangladesh Bank", "Nagad")}, noKind: []string{KindProbe}},
		{name: "must commission a review", text: "The Financial Conduct Authority told Metro Bank to commission an external review of its anti-money-laundering controls.",
			noKind: []string{KindProbe}},
		{name: "will undergo a forensic audit", text: "The Reserve Bank ordered Paytm Payments Bank to undergo a forensic audit of its IT systems.",
			noKind: []string{KindProbe}},
		{name: "authority's own audit stays", text: "The central bank launched an audit of Nagad's agent network.",
			want: []wantClaim{want(KindProbe, "central bank", "Nagad")}},
		{name: "GLP-1 drug", text: "China's National Medical Products Administration has approved Jiangsu Hengrui Pharmaceuticals' oral GLP-1 drug for weight management.",
			want: []wantClaim{want(KindApproval, "National Medical Products Administration", "Hengrui")}, notParty: []string{"GLP-1"}},
		{name: "COVID-19 vaccine", text: "Brazil's Anvisa approved Pfizer's COVID-19 vaccine for children.",
			notParty: []string{"COVID-19"}},
		{name: "denied any agreement", text: "The prosecutor sued Agrosuper and Ariztía for colluding. Agrosuper and Ariztía denied taking part in any agreement.",
			noKind: []string{KindAction}},
	})
}

// TestFramesDeniedOrders: a firm denying it received an order denies the
// authority's order (a negated mandate) and takes no stance.
func TestFramesDeniedOrders(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "denied receiving any order", text: "MTN denied receiving any order from the Nigerian Communications Commission.",
			want: []wantClaim{denied(KindMandate, "Nigerian Communications Commission", "MTN")}, noKind: []string{KindResponse}},
		{name: "denies getting a directive", text: "Glo denies getting a directive from the Central Bank of Nigeria to freeze the accounts.",
			want: []wantClaim{denied(KindMandate, "Central Bank of Nigeria", "Glo")}, noKind: []string{KindResponse},
			notWant: []wantClaim{want(KindMandate, "Central Bank of Nigeria", "Glo")}},
		{name: "received an order stays positive", text: "MTN received an order from the Nigerian Communications Commission to disconnect the lines.",
			want: []wantClaim{want(KindMandate, "Nigerian Communications Commission", "MTN")}},
		{name: "denied the allegations is a stance", text: "MTN denied the allegations by the Nigerian Communications Commission.",
			want: []wantClaim{want(KindResponse, "MTN", "Nigerian Communications Commission")}},
		{name: "received no notice stays silent", text: "Konkan said it had received no notice from the agency.", none: true},
	})
}

// TestFramesDeniedClause: an act told inside what someone denies is
// negated; a denial outside the act's clause leaves it standing.
func TestFramesDeniedClause(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "denied that it had been fined", text: "Glo denied that it had been fined by the Nigerian Communications Commission.",
			want: []wantClaim{denied(KindPenalty, "Nigerian Communications Commission", "Glo")}},
		{name: "denied it was under investigation", text: "Binance denied it was under investigation by the SEC.",
			want: []wantClaim{denied(KindProbe, "SEC", "Binance")}},
		{name: "denies being ordered", text: "Airtel denies being ordered by the regulator to shut down the towers.",
			want: []wantClaim{denied(KindMandate, "regulator", "Airtel")}},
		{name: "authority denied approving", text: "The commission denied that it had approved the merger of MTN and Airtel.",
			want: []wantClaim{denied(KindApproval, "commission", "MTN")}},
		{name: "denial after the act", text: "The Nigerian Communications Commission fined Glo, which denied any wrongdoing.",
			want: []wantClaim{want(KindPenalty, "Nigerian Communications Commission", "Glo")}},
		{name: "denial in another clause", text: "Glo denied the claims, and the Nigerian Communications Commission fined it 5 billion naira on Monday.",
			notWant: []wantClaim{denied(KindPenalty, "", "Glo")}},
	})
}

// TestFramesDenialOfReports: an act a statement contradicts is negated;
// "not under investigation" is a denied probe.
func TestFramesDenialOfReports(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "contradicting a statement that", text: "Botswana's Competition and Consumer Authority has not yet approved Kalahari Cell's takeover of Okavango Net, the regulator said, contradicting a statement by Kalahari Cell's chairman that the deal had been cleared.",
			want:    []wantClaim{denied(KindApproval, "Competition and Consumer Authority", "Kalahari Cell")},
			notWant: []wantClaim{want(KindApproval, "Competition and Consumer Authority", "Kalahari Cell")}},
		{name: "disputing reports that", text: "Kenya's central bank issued a statement on Friday disputing reports that it had fined Equity Bank.",
			notWant: []wantClaim{want(KindPenalty, "", "Equity Bank")}},
		{name: "denied on Monday that", text: "Indonesia's Financial Services Authority denied on Monday that it had instructed Bank Nusa Raya to suspend dividend payments.",
			want: []wantClaim{denied(KindMandate, "Financial Services Authority", "Bank Nusa Raya")}},
		{name: "not under investigation", text: "Rivergate Pharmacy said on Wednesday it was not under investigation by the Drug Enforcement Administration.",
			want: []wantClaim{denied(KindProbe, "Drug Enforcement Administration", "Rivergate")}},
		{name: "under investigation stays", text: "Rivergate Pharmacy said it was under investigation by the Drug Enforcement Administration.",
			want: []wantClaim{want(KindProbe, "Drug Enforcement Administration", "Rivergate")}},
	})
}

// TestFramesBodiesNotFirms: a country's body whose catalogued name runs
// past a descriptor is read whole; a deposit-guarantee fund told to act is
// no firm bound.
func TestFramesBodiesNotFirms(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "Kenya's Office of the Data Protection Commissioner", text: "Kenya's Office of the Data Protection Commissioner fined Whitepath Fintech 5 million shillings.",
			want: []wantClaim{want(KindPenalty, "Office of the Data Protection Commissioner", "Whitepath Fintech")}, notParty: []string{"Kenya's Office"}},
		{name: "descriptor still works", text: "Kenya's competition authority fined Safaricom.",
			want: []wantClaim{want(KindPenalty, "competition authority", "Safaricom")}},
		{name: "Deposit Guarantee Fund", text: "The National Bank of Ukraine revoked the banking licence of Agroprombank and ordered the Deposit Guarantee Fund to begin liquidating the lender.",
			notParty: []string{"Deposit Guarantee Fund"}},
		{name: "Deposit Insurance Corporation", text: "The central bank ordered the Nigeria Deposit Insurance Corporation to take over Heritage Bank.",
			notParty: []string{"Nigeria Deposit Insurance Corporation"}},
	})
}

// TestFramesTitledPersonsAndNoRequirement: a titled person is never a
// target; "no subscription required" demands nothing.
func TestFramesTitledPersonsAndNoRequirement(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "editor-in-chief", text: "The military said Reuters Editor-in-Chief Alessandra Galloni was being investigated.",
			notParty: []string{"Reuters Editor-in-Chief Alessandra Galloni"}},
		{name: "CEO beside the firm", text: "The SEC sued Binance CEO Changpeng Zhao and Binance.",
			want: []wantClaim{want(KindProbe, "SEC", "Binance")}, notParty: []string{"Binance CEO Changpeng Zhao"}},
		{name: "a firm named like a title stays", text: "The FCC fined Chairman Enterprises Ltd.",
			want: []wantClaim{want(KindPenalty, "FCC", "Chairman Enterprises")}},
		{name: "no subscription required", text: "The government has no subscription required for online dating services in the USA.",
			noKind: []string{KindMandate}},
	})
}

// TestFramesDeniedGrants: a grant an authority withholds is a negated
// approval of the firm.
func TestFramesDeniedGrants(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "denied X a licence", text: "The central bank denied Binance a licence.",
			want: []wantClaim{denied(KindApproval, "central bank", "Binance")}},
		{name: "refused X a permit", text: "Nigeria's communications regulator refused Starlink a permit to sell terminals.",
			want: []wantClaim{denied(KindApproval, "regulator", "Starlink")}},
		{name: "refused to license X", text: "The regulator refused to license Starlink.",
			want: []wantClaim{denied(KindApproval, "regulator", "Starlink")}},
		{name: "declined to authorise X", text: "The Bank of Thailand declined to authorise Binance to operate locally.",
			want: []wantClaim{denied(KindApproval, "Bank of Thailand", "Binance")}},
		{name: "denied the claims is no grant", text: "The regulator denied Starlink's claims.", noKind: []string{KindApproval}},
		{name: "a firm denying a firm access is no approval", text: "Safaricom denied Airtel access to its network.", noKind: []string{KindApproval}},
		{name: "granted stays positive", text: "The regulator granted Starlink a licence.",
			want: []wantClaim{want(KindApproval, "regulator", "Starlink")}},
	})
}

// TestFramesNamedUnlicensed: an authority naming or listing a firm as
// unlicensed denies it a grant.
func TestFramesNamedUnlicensed(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "naming as an unlicensed operator", text: "Malaysia's securities commission has not authorised any cryptocurrency exchange apart from the five licensed platforms, it said in an investor alert, naming Bybit as an unlicensed operator and ordering it to shut its website.",
			want: []wantClaim{denied(KindApproval, "securities commission", "Bybit"), want(KindMandate, "securities commission", "Bybit")}},
		{name: "added to the list of unauthorised firms", text: "The Financial Conduct Authority added Binance to its list of unauthorised firms.",
			want: []wantClaim{denied(KindApproval, "Financial Conduct Authority", "Binance")}},
		{name: "listed as an illegal operator", text: "The Securities and Exchange Commission of Nigeria listed Bybit as an illegal operator.",
			want: []wantClaim{denied(KindApproval, "Securities and Exchange Commission", "Bybit")}},
		{name: "named as dominant is no grant", text: "The regulator named Safaricom as a dominant operator.", noKind: []string{KindApproval}},
	})
}

// TestFramesForgoneActs: an act stopped short of, chosen against or
// denied by "neither ... nor" is negated; the act chosen stays.
func TestFramesForgoneActs(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "stopped short of fining", text: "The regulator stopped short of fining Safaricom.",
			want: []wantClaim{denied(KindPenalty, "regulator", "Safaricom")}},
		{name: "instead of fining", text: "The regulator warned Safaricom instead of fining it.",
			notWant: []wantClaim{want(KindPenalty, "regulator", "Safaricom")}},
		{name: "stopping short of ordering", text: "Ofcom fined BT, stopping short of ordering it to sell Openreach.",
			want: []wantClaim{want(KindPenalty, "Ofcom", "BT"), denied(KindMandate, "Ofcom", "BT")}},
		{name: "rather than suspending: the fine stands", text: "The regulator fined Safaricom rather than suspending its licence.",
			want: []wantClaim{want(KindPenalty, "regulator", "Safaricom")}},
		{name: "neither nor", text: "Neither the SEC nor the CFTC has charged Kraken.",
			notWant: []wantClaim{want(KindProbe, "", "Kraken")}},
		{name: "without admitting: the fine stands", text: "The SEC fined Kraken without admitting wrongdoing.",
			want: []wantClaim{want(KindPenalty, "SEC", "Kraken")}},
	})
}

// TestFramesLawAsSubject: a bill or law that requires or bans, with no
// authority named, is the mandate's actor; a court's order or a person's
// plan is not a law.
func TestFramesLawAsSubject(t *testing.T) {
	law := func(name string, hedged bool) func(reporter, []Claim) {
		return func(t reporter, got []Claim) {
			for _, c := range got {
				if c.Kind == KindMandate && c.Actor.Name == name {
					if hedged != (c.Certainty == Hedged) {
						t.Errorf("want hedged=%v: %s", hedged, describe([]Claim{c}))
					}
					return
				}
			}
			t.Errorf("no mandate by %q: %s", name, describe(got))
		}
	}
	expectFrames(t, []frameCase{
		{name: "the Bill would require", text: "The Bill would require telecommunications service providers to store so-called metadata for two years.",
			check: law("Bill", true)},
		{name: "the Data Retention Bill would require", text: "The Data Retention Bill would require internet providers to keep records for two years.",
			check: law("Data Retention Bill", true)},
		{name: "the decree requires named firms", text: "The decree requires Facebook and TikTok to verify users with local phone numbers.",
			want: []wantClaim{want(KindMandate, "decree", "Facebook"), want(KindMandate, "decree", "TikTok")}},
		{name: "the law bans", text: "The Online Safety Act bans social media platforms from showing gambling ads to children.",
			check: law("Online Safety Act", false)},
		{name: "an order is no law here", text: "The order requires Safaricom to pay.",
			notWant: []wantClaim{want(KindMandate, "order", "Safaricom")}},
		{name: "a person's plan is no law", text: "His plan would require banks to hold more capital.", none: true},
	})
}

// TestFramesDescribedFirmByName: "the drugmaker", "the utility", "the
// carmaker" mean the firm whose name says so, not the last firm named (an
// exchange a filing went to, a partner).
func TestFramesDescribedFirmByName(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "the drugmaker after a filing to an exchange", text: "China's securities regulator has placed Zhejiang Hengyu Pharmaceutical under investigation, the company said in a filing to the Shenzhen Stock Exchange. The drugmaker said it would actively cooperate with the China Securities Regulatory Commission.",
			want: []wantClaim{want(KindResponse, "Hengyu", "China Securities Regulatory Commission")}, notWant: []wantClaim{want(KindResponse, "Shenzhen Stock Exchange", "")}},
		{name: "the utility after a lender", text: "The Energy Regulatory Commission fined Kivu Power Company over outages it blamed on a loan dispute with Equity Bank. The utility said it would appeal the fine.",
			want: []wantClaim{want(KindResponse, "Kivu Power", "Energy Regulatory Commission")}},
		{name: "the carmaker after a supplier", text: "Brazil's consumer agency Senacon fined Tupi Motors over faulty airbags bought from Andes Components. The carmaker said it would challenge the fine in court.",
			want: []wantClaim{want(KindResponse, "Tupi Motors", "Senacon")}},
	})
}

// TestFramesDealOwnerIsIt: after "X's tie-up/merger/deal with Y", a
// pronoun means X, the deal's owner, not the partner after "with".
func TestFramesDealOwnerIsIt(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "the carrier's tie-up with Three ... it pledged", text: "The Competition and Markets Authority opened a probe into Vodafone. The regulator cleared the carrier's tie-up with Three last year after it pledged to invest £11bn in its network.",
			notWant: []wantClaim{want(KindResponse, "Three", "")}},
		{name: "Safaricom's deal with Airtel ... it agreed", text: "The Competition Authority of Kenya examined Safaricom's deal with Airtel Kenya after it agreed to share towers.",
			notWant: []wantClaim{want(KindResponse, "Airtel", ""), want(KindAction, "Airtel", "")}},
	})
}
