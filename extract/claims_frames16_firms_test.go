package extract

import "testing"

// Round 11, firm acts across every set. Each table is one linguistic
// cause of missed responses and actions, written in several name styles,
// voices, tenses and regions, with near-miss negatives that share its
// trigger words.

// A firm answering "the <act>" of the article's only authority, where the
// act was told in words no rule reads and the answer names the court or
// tribunal it goes to: the venue is not a second authority.
func TestFramesFirmAnswersLoneAuthorityAtVenue(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "contest at a tribunal", text: "The Ghana Standards Authority has slapped Asante Mills with a heavy sanction over mislabelled rice. The miller said on Monday it would contest the sanction at the Standards Tribunal.",
			want: []wantClaim{want(KindResponse, "Asante Mills", "Ghana Standards Authority")}, notParty: []string{"Standards Tribunal"}},
		{name: "appeal to a tribunal, bare", text: "Kestrel Training, a Perth vocational training provider, has had its accreditation withdrawn by the Australian Skills Quality Authority after an audit. Kestrel Training said it would appeal to the Administrative Review Tribunal.",
			want: []wantClaim{want(KindResponse, "Kestrel Training", "Australian Skills Quality Authority")}, notParty: []string{"Administrative Review Tribunal"}},
		{name: "challenge the direction before a court", text: "The Securities Commission Malaysia issued a direction on Tuesday against Lumen Capital Bhd over its unit-trust sales. Lumen Capital said it would challenge the direction before the High Court.",
			want: []wantClaim{want(KindResponse, "Lumen Capital", "Securities Commission Malaysia")}, notParty: []string{"High Court"}},
		{name: "comply with the instruction", text: "Chile's Financial Market Commission sent an instruction to Andes Seguros about its claims backlog last week. Andes Seguros said it would comply with the instruction.",
			want: []wantClaim{want(KindResponse, "Andes Seguros", "Financial Market Commission")}},
		{name: "fight the suit in court", text: "The Federal Trade Commission's suit over Brightline Fitness's cancellation flow was unsealed on Monday. Brightline Fitness said it would fight the suit in the federal court in Denver.",
			want: []wantClaim{want(KindResponse, "Brightline Fitness", "Federal Trade Commission")}},

		// negatives: two authorities acting, or the act is the court's own
		{name: "neg two authorities", text: "Ofgem and the Competition and Markets Authority both looked at Voltara's tariffs this year. Voltara said it would contest the decision at the Appeals Tribunal.",
			notWant: []wantClaim{want(KindResponse, "Voltara", "Ofgem"), want(KindResponse, "Voltara", "Competition and Markets Authority")}},
		{name: "neg an authority that did not act on it", text: "The Reserve Bank of Fiji published its annual report on Monday. Pacific Mutual said it would appeal the termination of its contract with Coral Insurance at the High Court.",
			notWant: []wantClaim{want(KindResponse, "Pacific Mutual", "Reserve Bank of Fiji")}},
	})
}

// Firms listed as the speakers answer through "they": "A and B said they
// would comply" is each listed firm's answer, also to an act on a class
// of firms they belong to, the act itself left unnamed.
func TestFramesFirmListSpeaksAsThey(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "class order, bare comply", text: "Kenya's Communications Authority told mobile operators to block unregistered SIM cards by Friday. Safaricom and Airtel Kenya said they would comply.",
			want: []wantClaim{want(KindResponse, "Safaricom", "Communications Authority"), want(KindResponse, "Airtel Kenya", "Communications Authority")}},
		{name: "named fine, three speakers", text: "The Competition Commission of Pakistan fined Lucky Cement, Maple Leaf Cement and Bestway Cement for price coordination. Lucky Cement, Maple Leaf Cement and Bestway Cement said they would challenge the penalty.",
			want: []wantClaim{want(KindResponse, "Lucky Cement", "Competition Commission of Pakistan"), want(KindResponse, "Maple Leaf Cement", "Competition Commission of Pakistan"), want(KindResponse, "Bestway Cement", "Competition Commission of Pakistan")}},
		{name: "order then one-word openers", text: "Thailand's telecoms regulator NBTC ordered internet providers to cut access to illegal gambling sites. Truemove and AIS said on Monday they were complying.",
			want: []wantClaim{want(KindResponse, "Truemove", "NBTC"), want(KindResponse, "AIS", "NBTC")}},
		{name: "past tense, statement", text: "Spain's CNMC fined Glovera Foods and Repartos Sur 3 million euros each in March. Glovera Foods and Repartos Sur said in a joint statement that they had appealed.",
			want: []wantClaim{want(KindResponse, "Glovera Foods", "CNMC"), want(KindResponse, "Repartos Sur", "CNMC")}},

		// negatives: the listed firms answer nothing, or persons speak
		{name: "neg a deal between the speakers", text: "Norway's competition authority cleared a pipeline sale last year. Aker Solutions and Subsea7 said they would combine their engineering units.",
			notWant: []wantClaim{want(KindResponse, "Aker Solutions", ""), want(KindResponse, "Subsea7", "")}},
		{name: "neg persons speak", text: "The Federal Trade Commission sued Halvorsen Tools last week. John Smith and Mary Jones said they would comply.",
			notParty: []string{"John Smith", "Mary Jones"}},
	})
}

// A firm's case on another firm told with a case noun and any filing verb
// ("lodged a lawsuit against", "has taken legal action against", "brought
// proceedings against", "initiated court proceedings against", "is filing
// a suit against"): it sues that firm, as "sued" does.
func TestFramesFirmCaseNounAgainstFirm(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "lodged a lawsuit", text: "Kenyan dairy Brookside lodged a lawsuit against rival Githunguri Dairies in Nairobi on Tuesday over a copied label.",
			want: []wantClaim{want(KindAction, "Brookside", "Githunguri Dairies")}},
		{name: "taken legal action", text: "Tata Motors has taken legal action against Mahindra & Mahindra over a battery patent, the carmaker said.",
			want: []wantClaim{want(KindAction, "Tata Motors", "Mahindra")}},
		{name: "brought proceedings in a court", text: "Rakuten brought proceedings against Mercari in the Tokyo District Court, seeking 800 million yen.",
			want: []wantClaim{want(KindAction, "Rakuten", "Mercari")}},
		{name: "initiated court proceedings", text: "Zalando has initiated court proceedings against Otto Group over the design of its shopping app.",
			want: []wantClaim{want(KindAction, "Zalando", "Otto")}},
		{name: "is filing a suit, present", text: "Chilean retailer Falabella is filing a suit against Ripley Corp for poaching its store managers.",
			want: []wantClaim{want(KindAction, "Falabella", "Ripley")}},
		{name: "authority initiated proceedings", text: "Poland's UOKiK initiated proceedings against Allegro over its delivery fees.",
			want: []wantClaim{want(KindProbe, "UOKiK", "Allegro")}},

		// negatives: the same verbs with no case on a firm
		{name: "neg lodged an appeal", text: "Nestlé lodged an appeal on Monday after the tribunal ruled on its factory permit.",
			noKind: []string{KindAction}},
		{name: "neg took action on prices", text: "Unilever took action on prices in March, raising them by 4%.",
			none: true},
		{name: "neg filed a claim with an insurer", text: "Maersk filed a claim with its insurer after the fire.",
			noKind: []string{KindAction}},
	})
}

// A firm yielding to an authority ("bowed to pressure from", "caved in to
// the demands of") complies with it; arbitration filed or launched after
// an authority's act on the firm resists it, as an appeal does.
func TestFramesFirmYieldsOrArbitrates(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "bowed to pressure from", text: "Food-delivery app Talabat bowed to pressure from Kuwait's Ministry of Commerce on Monday and dropped its service fee.",
			want: []wantClaim{stance(KindResponse, "Talabat", "Ministry of Commerce", "comply")}},
		{name: "caved in to demands", text: "Ofcom ordered Vodafone to refund customers overcharged on roaming. Vodafone caved in to the demands of the regulator a week later.",
			want: []wantClaim{stance(KindResponse, "Vodafone", "Ofcom", "comply")}},
		{name: "buckled to the order", text: "The Competition Commission of India ordered Zomato to end exclusive listings. Zomato has buckled to the order, its restaurant partners said.",
			want: []wantClaim{stance(KindResponse, "Zomato", "Competition Commission of India", "comply")}},
		{name: "filed for arbitration", text: "Mali's transitional government revoked the gold permit of Sahel Mining Corp in June. Sahel Mining said it had filed for arbitration at the ICSID.",
			want: []wantClaim{stance(KindResponse, "Sahel Mining", "government", "resist")}},
		{name: "launched arbitration", text: "Tanzania's government cancelled the retention licence of Kibo Minerals. Kibo Minerals launched arbitration proceedings against the government in London.",
			want: []wantClaim{stance(KindResponse, "Kibo Minerals", "government", "resist")}},

		// negatives: yielding to others, bowing out, arbitration between firms
		{name: "neg bowed to pressure from drivers", text: "Bolt bowed to pressure from its drivers and raised fares in Nairobi.",
			none: true},
		{name: "neg bowed out", text: "Sanofi bowed out of the bidding for the vaccine unit.",
			noKind: []string{KindResponse}},
		{name: "neg arbitration between firms, no authority", text: "Petrobras filed for arbitration against Vale over a shared pipeline.",
			noKind: []string{KindResponse}},
	})
}

// A buyer's possessive before a deal noun with the price between
// ("Tasman Health Fund's A$410 million acquisition of WestCare Mutual",
// "Aviva's £3.7 billion takeover of Direct Line"): the buyer acquires,
// told alone or inside an authority's clearance.
func TestFramesFirmPricedPossessiveDeal(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "australian dollars, cleared", text: "The ACCC has cleared Tasman Health Fund's A$410 million acquisition of Perth-based insurer WestCare Mutual.",
			want: []wantClaim{want(KindAction, "Tasman Health Fund", "WestCare Mutual"), want(KindApproval, "ACCC", "Tasman Health Fund")}},
		{name: "pounds, closed", text: "Aviva's £3.7 billion takeover of Direct Line closed on Monday.",
			want: []wantClaim{want(KindAction, "Aviva", "Direct Line")}},
		{name: "word currency", text: "Kenya's competition authority approved Safaricom's 2.1 billion shilling purchase of Jambo Pay on Friday.",
			want: []wantClaim{want(KindAction, "Safaricom", "Jambo Pay")}},
		{name: "new zealand dollars", text: "Fonterra's NZ$95 million acquisition of Tatua Dairy was completed in May.",
			want: []wantClaim{want(KindAction, "Fonterra", "Tatua")}},

		// negatives: a sum that is a fine, a person's possessive
		{name: "neg fine amount before a noun", text: "Telstra's A$50 million penalty over misleading speed claims was upheld by the court.",
			noKind: []string{KindAction}},
		{name: "neg person's purchase", text: "John Smith's $4 million purchase of a beach house in Malibu was reported on Monday.",
			none: true},
	})
}

// An appeal naming what it answers and the court it goes to, after acts of
// two authorities on the firm: the authority whose act is named is
// answered ("appeal the fine" answers the fine's, not a later probe's).
func TestFramesFirmAppealNamedActToVenue(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "fine then probe, appeal the fine", text: "Spain's CNMC fined Energía Norte 2 million euros for misleading bills. The consumer ministry said it had opened a separate inquiry into Energía Norte's call centres. Energía Norte said it would appeal the fine to the National Court.",
			want: []wantClaim{want(KindResponse, "Energía Norte", "CNMC")}, notWant: []wantClaim{want(KindResponse, "Energía Norte", "consumer ministry")}},
		{name: "order then fine, challenge the order", text: "Kenya's Energy and Petroleum Regulatory Authority ordered Rubis Energy to cut pump prices. The Competition Authority of Kenya later fined Rubis Energy for price signalling. Rubis said it would challenge the order at the Energy Tribunal.",
			want: []wantClaim{want(KindResponse, "Rubis", "Energy and Petroleum Regulatory Authority")}},
		{name: "one authority, appeal the penalty", text: "Germany's BaFin fined Solaris Bank 6.5 million euros for weak controls. Solaris said it would appeal the penalty to the Frankfurt administrative court.",
			want: []wantClaim{want(KindResponse, "Solaris", "BaFin")}},

		// negative: nothing named, the latest act on the firm is answered
		{name: "neg bare appeal after two acts", text: "Spain's CNMC fined Energía Norte 2 million euros for misleading bills. The consumer ministry later opened an inquiry into Energía Norte. Energía Norte said it would appeal to the National Court.",
			notWant: []wantClaim{want(KindResponse, "Energía Norte", "National Court")}},
	})
}

// A firm given an acronym in brackets is named by it later ("Siam Digital
// Exchange (SDX) ... SDX rejected the accusations"): the acronym opening a
// sentence is that firm, so its answer is found.
func TestFramesFirmBracketAcronymLater(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "rejects accusations", text: "Thailand's SEC filed a criminal complaint against Chao Phraya Digital Exchange (CPDX) on Monday. CPDX rejected the accusations, saying it held a valid licence.",
			want: []wantClaim{want(KindProbe, "SEC", "Chao Phraya Digital Exchange"), want(KindResponse, "Chao Phraya Digital Exchange", "SEC")}},
		{name: "will appeal the fine", text: "The Central Bank of Nigeria fined Lagos Merchant Microfinance Bank (LMMB) 50 million naira for weak KYC checks. LMMB said it would appeal the fine.",
			want: []wantClaim{want(KindResponse, "Lagos Merchant Microfinance Bank", "Central Bank of Nigeria")}},
		{name: "complies with the order", text: "Chile's CMF ordered Compañía Minera del Norte (CMN) to restate its accounts. CMN said it would comply with the order.",
			want: []wantClaim{want(KindResponse, "Compañía Minera del Norte", "CMF")}},

		// negatives: an authority's acronym stays an authority; a bracketed
		// acronym that is no firm's
		{name: "neg authority acronym", text: "The Energy Regulatory Commission (ERC) fined Meralco 5 million pesos. ERC said the fine was final.",
			notWant: []wantClaim{want(KindResponse, "ERC", "")}},
		{name: "neg product acronym, no authority", text: "Volvo Cars unveiled its Electric Mobility Platform (EMP) in Gothenburg. EMP will underpin five models.",
			none: true},
	})
}
