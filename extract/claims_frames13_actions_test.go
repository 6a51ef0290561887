package extract

import "testing"

// Round 8, tuner TA: firm-to-firm actions. Each frame is written in several
// wordings of our own (other regions, tenses and orders), with near misses
// that share the trigger words and must stay silent.

// TestFramesLetUsersUseFirm: a firm that lets its users (shoppers, riders,
// merchants ...) do something with another firm's service opens its own
// service to that firm; the people in between are no party.
func TestFramesLetUsersUseFirm(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "let shoppers pay with two wallets", text: "Chilean marketplace Tiendazo will let shoppers pay with Mach and Tenpo from March, the company said.",
			want: []wantClaim{want(KindAction, "Tiendazo", "Mach"), want(KindAction, "Tiendazo", "Tenpo")}},
		{name: "lets riders book through", text: "Ghanaian bus operator Volta Coaches now lets riders book seats through the ride-hailing app Yango.",
			want: []wantClaim{want(KindAction, "Volta Coaches", "Yango")}},
		{name: "pronoun actor, such as list", text: "Samsung said it would let European users install rival app stores such as Aptoide and F-Droid on its phones.",
			want: []wantClaim{want(KindAction, "Samsung", "Aptoide"), want(KindAction, "Samsung", "F-Droid")}},
		{name: "allow customers to send money to", text: "Tanzanian wallet HaloPesa will allow customers to send money to Tigo Pesa accounts starting next week.",
			want: []wantClaim{want(KindAction, "HaloPesa", "Tigo Pesa")}},
		{name: "convert points into", text: "Thai airline Siam Sky will also let members convert their miles into Central Points, the carrier said.",
			want: []wantClaim{want(KindAction, "Siam Sky", "Central Points")}},
		{name: "enable merchants to accept", text: "Adyen will enable merchants in Brazil to accept payments via Mercado Pago's QR codes.",
			want: []wantClaim{want(KindAction, "Adyen", "Mercado Pago")}},
		{name: "a name broken up by the tokens, then and", text: "Filipino grocer Puregold will let shoppers pay with Touch 'n Go eWallet and ShopeePay from June.",
			want: []wantClaim{want(KindAction, "Puregold", "ShopeePay")}},
		{name: "no firm named: no claim", text: "Tiendazo will let shoppers pay in six instalments without interest from March.",
			none: true},
		{name: "own wallet is no other firm", text: "Tiendazo will let shoppers pay with its own wallet, TiendaPay, from March.",
			noKind: []string{KindAction}},
		{name: "an authority letting users is no firm act", text: "The Central Bank of Kenya will let customers move money to Airtel Money wallets without fees.",
			noKind: []string{KindAction}},
	})
}

// TestFramesStopAccepting: a firm that stops taking, carrying or supplying
// another firm's service shuts that firm out (a restriction), whether the
// firm is the service's owner (X's), its issuer ("issued by X") or the
// channel it comes through.
func TestFramesStopAccepting(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "stopped accepting vouchers issued by", text: "Lima cinema chain CineSol has stopped accepting gift cards issued by retailer Tiendas Paz, citing unpaid settlements.",
			want: []wantClaim{want(KindAction, "CineSol", "Tiendas Paz")}},
		{name: "no longer accept tickets sold through", text: "Hungarian ferry firm DunaLine said it would no longer accept tickets sold through travel site Utazz on its Danube Express routes.",
			notParty: []string{"Danube Express"},
			want:     []wantClaim{want(KindAction, "DunaLine", "Utazz")}},
		{name: "would not carry a rival's service", text: "Telstra said it would not carry Optus's new emergency messaging service on its network.",
			want: []wantClaim{want(KindAction, "Telstra", "Optus")}},
		{name: "will stop offering a firm's plans", text: "Jumia will stop offering Easybuy's instalment plans at checkout from July, two people familiar with the matter said.",
			want: []wantClaim{certain(KindAction, "Jumia", "Easybuy", Reported)}},
		{name: "stop supplying to a firm's network", text: "Ericsson will stop supplying radio equipment to Orange Belgium's network next year.",
			want: []wantClaim{want(KindAction, "Ericsson", "Orange Belgium")}},
		{name: "ceased processing payments for", text: "Payments processor Paystack ceased processing card payments for betting site Bet9ja last month.",
			want: []wantClaim{want(KindAction, "Paystack", "Bet9ja")}},
		{name: "no firm in the object", text: "Kenyan grocer Naivas stopped accepting cash at two Nairobi stores last month.",
			noKind: []string{KindAction}},
		{name: "ordered to stop is the order's content", text: "The regulator ordered Jumia to stop offering Easybuy's instalment plans at checkout.",
			noKind: []string{KindAction}},
		{name: "did not stop", text: "Jumia did not stop offering Easybuy's instalment plans, the company said.",
			noKind: []string{KindAction}},
	})
}

// TestFramesCutLink: cutting a link, connection or supply with a named firm
// blocks it; lifting one's own block on a firm unblocks it.
func TestFramesCutLink(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "cut the interconnection link with", text: "Malawian operator Airtel Malawi has cut the interconnection link with smaller rival Access Telecom over unpaid fees.",
			want: []wantClaim{want(KindAction, "Airtel Malawi", "Access Telecom")}},
		{name: "severed its connection to", text: "Frankfurt-based Eurex Clearing severed its connection to broker Kestrel Markets on Friday, Reuters reported.",
			want: []wantClaim{certain(KindAction, "Eurex", "Kestrel Markets", Reported)}},
		{name: "suspended access for", text: "Bank Muscat suspended API access for fintech Thawani Pay after a data leak.",
			want: []wantClaim{want(KindAction, "Bank Muscat", "Thawani Pay")}},
		{name: "lifted its block on transfers to", text: "Peruvian lender Banco Andino has lifted its block on transfers to digital wallet Yape, ending a two-week dispute.",
			want: []wantClaim{want(KindAction, "Banco Andino", "Yape")}},
		{name: "cut prices is no block", text: "Airtel Malawi has cut the price of data bundles for customers of Access Telecom who switch.",
			noKind: []string{KindAction}},
		{name: "an authority lifting its ban is no firm act", text: "The Central Bank of Peru lifted its ban on transfers to Yape on Friday.",
			noKind: []string{KindAction}},
	})
}

// TestFramesDealNounParties: a deal told by its noun names its parties by a
// possessive ("X's planned purchase of Y's unit"), by "their" after the two
// firms, by a reference to both ("the two operators signed the
// agreement"), or after "between" even inside a question about its effects.
func TestFramesDealNounParties(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "possessive buyer, proposed, amount, described target", text: "The Competition Tribunal blocked Vantage Fibre's proposed R1.8bn purchase of Durban network operator Kwantu Connect.",
			want: []wantClaim{certain(KindAction, "Vantage Fibre", "Kwantu Connect", Hedged)}},
		{name: "possessive seller after of", text: "Last year the authority cleared Norrland Bank's planned purchase of Fjord Finans' Danish business.",
			want: []wantClaim{certain(KindAction, "Norrland Bank", "Fjord Finans", Hedged)}},
		{name: "reference as buyer", text: "Pinecrest Health said on Friday the Federal Trade Commission had closed its review of the company's $300 million purchase of Lakeside Clinics.",
			want: []wantClaim{want(KindAction, "Pinecrest Health", "Lakeside Clinics")}},
		{name: "plain possessive acquisition", text: "Regulators in Brussels are still examining Tata Steel's acquisition of Thyssenkrupp's European packaging steel unit.",
			want: []wantClaim{want(KindAction, "Tata Steel", "Thyssenkrupp")}},
		{name: "their merger after two firms", text: "Orange Belgium and Telenet must offer capacity to smaller rivals before their planned network merger can close, the regulator said.",
			want: []wantClaim{want(KindAction, "Orange Belgium", "Telenet")}},
		{name: "their combination after an appeal by two", text: "The court dismissed an appeal by Spain's Talgo and Poland's Pesa against the decision to block their combination.",
			want: []wantClaim{want(KindAction, "Talgo", "Pesa")}},
		{name: "the two operators signed the agreement", text: "The regulator allowed Airtel Rwanda and Liquid Telecom to share towers. The two operators signed the agreement in May.",
			want: []wantClaim{want(KindAction, "Airtel Rwanda", "Liquid Telecom")}},
		{name: "between, inside a whether clause", text: "The CMA is examining whether the proposed tie-up between Flybe and Loganair could harm competition on Scottish routes.",
			want: []wantClaim{certain(KindAction, "Flybe", "Loganair", Hedged)}},
		{name: "purchase of goods is no deal", text: "Vantage Fibre's purchase of new cables from suppliers rose 20% last year.",
			noKind: []string{KindAction}},
		{name: "their results are no deal", text: "Orange Belgium and Telenet said their quarterly results beat forecasts.",
			none: true},
		{name: "own shares", text: "Tata Steel's purchase of its own shares was completed in May.",
			noKind: []string{KindAction}},
	})
}

// TestFramesDealNounModifier: a name that only describes the bought firm
// ("Pringles maker Kellanova") is no party of the deal.
func TestFramesDealNounModifier(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "brand maker", text: "Unilever's $2 billion takeover of Marmite maker Bovril Foods was cleared by regulators on Monday.",
			notWant: []wantClaim{want(KindAction, "Unilever", "Marmite")}},
	})
}

// TestFramesJointWork: a firm that develops, builds or runs something
// jointly or together with another firm partners with it.
func TestFramesJointWork(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "jointly develop with", text: "Hyundai Motor said it would jointly develop hydrogen trucks with Cummins for the North American market.",
			want: []wantClaim{want(KindAction, "Hyundai Motor", "Cummins")}},
		{name: "co-develop with", text: "Infineon will co-develop power chips with Delta Electronics at a plant in Taiwan.",
			want: []wantClaim{want(KindAction, "Infineon", "Delta Electronics")}},
		{name: "together with, after another act", text: "Sasol said it would buy a 30% stake in Gasnor Energy and build a green hydrogen plant together with Air Liquide.",
			want: []wantClaim{want(KindAction, "Sasol", "Air Liquide")}},
		{name: "jointly with a person is no tie", text: "Hyundai Motor said it would jointly develop the truck with its engineers in Ulsan.",
			noKind: []string{KindAction}},
	})
}

// TestFramesIntegratedFrom: a firm that builds another firm's service into
// its own acts on that firm, the service named by its maker ("QR payments
// from X", "X's wallet", "models from X").
func TestFramesIntegratedFrom(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "integrated payments from a lender", text: "Jakarta ride-hailing app Maxim has integrated QR payments from Thai lender Kasikornbank into its app, the companies said.",
			want: []wantClaim{want(KindAction, "Maxim", "Kasikornbank")}},
		{name: "combines with models from a list", text: "The new assistant combines Freshworks' platform with language models from Anthropic and Mistral.",
			want: []wantClaim{want(KindAction, "Freshworks", "Anthropic"), want(KindAction, "Freshworks", "Mistral")}},
		{name: "embedded a firm's wallet", text: "Vietnamese marketplace Tiki has embedded MoMo's e-wallet in its checkout.",
			want: []wantClaim{want(KindAction, "Tiki", "MoMo")}},
		{name: "integrated its own service", text: "Maxim has integrated its own payments service into the app.",
			none: true},
		{name: "a product combining a firm's platform", text: "Copilot Studio, which combines Freshworks' platform with models from Cohere, launched in May.",
			want: []wantClaim{want(KindAction, "Freshworks", "Cohere")}},
		{name: "with integrated, an adjective", text: "The Orion board features a quad-core Cortex CPU with integrated Bluetooth and embedded Wi-Fi chips.",
			check: noRule("action/integrate-from")},
	})
}

// TestFramesUnitsSignDeal: two firms' units named by their owners'
// possessives that sign a deal together tie the owners.
func TestFramesUnitsSignDeal(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "cloud unit and digital arm", text: "Tencent's cloud unit and Etisalat's digital arm have signed an agreement to build a data centre in Abu Dhabi.",
			want: []wantClaim{want(KindAction, "Tencent", "Etisalat")}},
		{name: "units formed a venture", text: "Siemens' mobility division and Hitachi's rail unit formed a joint venture to maintain trains in Britain.",
			want: []wantClaim{want(KindAction, "Siemens", "Hitachi")}},
	})
}

// TestFramesPurchaseFromSeller: "completed its purchase of 112 outlets from
// rival X": the subject buys from the seller.
func TestFramesPurchaseFromSeller(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "its purchase of outlets from", text: "Polish grocer Dino Polska completed its purchase of 40 stores from rival Stokrotka on Monday.",
			want: []wantClaim{want(KindAction, "Dino Polska", "Stokrotka")}},
		{name: "their acquisition of plants from", text: "Holcim said it had closed its acquisition of three cement plants from Cementos Argos in Honduras.",
			want: []wantClaim{want(KindAction, "Holcim", "Cementos Argos")}},
		{name: "purchase of goods from suppliers", text: "Dino Polska said its purchase of vegetables from local farmers rose 10%.",
			noKind: []string{KindAction}},
	})
}

// TestFramesCountersue: a firm that countersues answers the firm that sued
// it earlier in the article.
func TestFramesCountersue(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "said it would countersue", text: "Rappi sued rival iFood in a São Paulo court on Monday over exclusive deals with restaurants. iFood called the suit baseless and said it would countersue.",
			want: []wantClaim{want(KindAction, "Rappi", "iFood"), want(KindAction, "iFood", "Rappi")}},
		{name: "filed a countersuit", text: "Lotus Apparel has sued Mekong Textiles for breach of contract. Mekong Textiles filed a countersuit on Friday.",
			want: []wantClaim{want(KindAction, "Mekong Textiles", "Lotus Apparel")}},
	})
}

// TestFramesBuiltInNearMisses: a name that modifies a plain noun ("QR
// payments") and the actor's own products listed after "its" are no
// parties of a tie.
func TestFramesBuiltInNearMisses(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "QR modifies payments", text: "Grab has integrated QR payments from Vietnamese lender Techcombank into its app.",
			want:     []wantClaim{want(KindAction, "Grab", "Techcombank")},
			notParty: []string{"QR"}},
		{name: "its own products listed", text: "Salesforce will also integrate Bloomberg's data feeds into its Slack and Tableau products.",
			want: []wantClaim{want(KindAction, "Salesforce", "Bloomberg")}},
	})
}

// TestFramesExcludedRival: the conduct an authority punishes, probes or
// orders ended names the rival shut out ("fined X for stopping rivals such
// as Y from ..."); the firm acted on it. An accusation or suspicion is
// hedged.
func TestFramesExcludedRival(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "fined for stopping rivals such as", text: "The Competition Commission of India fined Google $160 million for stopping rival app stores such as Aptoide from being preinstalled on Android phones.",
			want: []wantClaim{want(KindAction, "Google", "Aptoide")}},
		{name: "accused of shutting out", text: "The Bundeskartellamt sent objections to Zalando on Monday, accusing it of shutting rival payment providers such as Klarna out of its checkout.",
			want: []wantClaim{certain(KindAction, "Zalando", "Klarna", Hedged)}},
		{name: "ordered to stop restricting sellers from rivals", text: "Turkey's competition board ordered Trendyol to stop restricting merchants from selling on rival marketplaces such as Hepsiburada.",
			want: []wantClaim{want(KindAction, "Trendyol", "Hepsiburada")}},
		{name: "suspicion of pressuring not to work with a rival", text: "Japan's Fair Trade Commission raided Avex on suspicion that it pressured TV stations not to work with rival agency Stardust Promotion.",
			want: []wantClaim{certain(KindAction, "Avex", "Stardust Promotion", Hedged)}},
		{name: "the product compared is no rival", text: "The European Commission fined Microsoft for tying its Teams app to Office, saying rivals could not integrate as smoothly as Teams.",
			notWant: []wantClaim{want(KindAction, "Microsoft", "Teams")}},
		{name: "no authority act: no conduct claim", text: "Analysts said stopping rival app stores such as Aptoide would hurt Google.",
			noKind: []string{KindAction}},
	})
}

// TestFramesOneWordActor: a one-word name that opens a deal, a planned deal
// or a suit is the acting firm even when nothing else calls it a firm; a
// planned deal is hedged.
func TestFramesOneWordActor(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "in advanced talks to acquire a stake in", text: "Dabur is in advanced talks to acquire a majority stake in Pune-based snack maker Chatpata Foods, two people familiar with the matter said.",
			want: []wantClaim{certain(KindAction, "Dabur", "Chatpata Foods", Hedged)}},
		{name: "after an owner's possessive", text: "Naver's Webtoonix is in talks to buy Seoul studio Haneul Pictures, according to people familiar with the discussions.",
			want: []wantClaim{certain(KindAction, "Webtoonix", "Haneul Pictures", Hedged)}},
		{name: "plans to start a code-share with", text: "Jetsmart also plans to start a code-share with Colombia's Avianca on domestic flights from May.",
			want: []wantClaim{certain(KindAction, "Jetsmart", "Avianca", Hedged)}},
		{name: "filed a patent infringement suit against", text: "Lupin has filed a patent infringement suit against Glenmark Pharmaceuticals in the Bombay High Court.",
			want: []wantClaim{want(KindAction, "Lupin", "Glenmark Pharmaceuticals")}},
		{name: "a common word opening a sentence is no firm", text: "Investors are in talks to buy shares in Chatpata Foods, the newspaper said.",
			noKind: []string{KindAction}},
		{name: "a person is no firm", text: "Mr Mehta is in talks to acquire a stake in Chatpata Foods.",
			noKind: []string{KindAction}},
	})
}

// TestFramesCoDefendant: a firm sued together with an authority is sued by
// the suing firm (an action), beside the suit's answer to the authority.
func TestFramesCoDefendant(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "against the regulator and a firm", text: "Safaricom has filed a suit at the High Court in Nairobi against the Communications Authority of Kenya (CA) and Airtel Kenya, seeking to quash the spectrum awarded to Airtel.",
			want: []wantClaim{want(KindAction, "Safaricom", "Airtel Kenya"), want(KindResponse, "Safaricom", "Communications Authority")}},
		{name: "against the ministry only", text: "Safaricom has filed a suit against the Ministry of Information over the new tax.",
			noKind: []string{KindAction}},
	})
}

// noRule is a check that no claim came from the given rule.
func noRule(rule string) func(reporter, []Claim) {
	return func(t reporter, got []Claim) {
		t.Helper()
		for _, c := range got {
			if c.Rule == rule {
				t.Errorf("unwanted %s: %s", rule, describe([]Claim{c}))
			}
		}
	}
}

// TestFramesBegunAndBroughtBy: "has begun blocking" is a block like
// "started blocking"; a suit "brought by" a firm the catalogue lacks is
// that firm's action on the firm the court acts on.
func TestFramesBegunAndBroughtBy(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "has begun blocking links to a rival", text: "Korean messenger Haneul Talk has begun blocking links to rival video app Pado inside chats, the Korea Herald reported.",
			want: []wantClaim{certain(KindAction, "Haneul Talk", "Pado", Reported)}},
		{name: "lawsuit brought by a rival", text: "Orbital Freight must pay $4 million in damages, a court in Texas ruled on Friday in a contract lawsuit brought by rival Lonestar Haulage.",
			want: []wantClaim{want(KindAction, "Lonestar Haulage", "Orbital Freight")}},
		{name: "brought by a person is no firm act", text: "Orbital Freight must pay $4 million, a court ruled in a lawsuit brought by former driver Mr Jake Ellis.",
			noKind: []string{KindAction}},
	})
}
