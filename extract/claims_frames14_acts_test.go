package extract

import "testing"

// Round 9 (T9B): authority acts told in forms the rules missed on fresh
// writers' text. Passages are our own; each group has near-miss negatives
// with the same trigger words.

// A condition of a clearance told with its bound firm as the subject of a
// gerund ("subject to X selling ...") or as the object of the approval noun
// ("The approval requires X to ...", "a requirement that X ...") binds that
// firm, as "on condition that X sells" does.
func TestFrames14ApprovalConditionForms(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "subject-to-firm-gerund", text: "The Competition Commission of India approved Tata Steel's purchase of Neelachal Ispat, subject to Tata Steel selling two rolling mills in Odisha within a year.",
			want: []wantClaim{want(KindApproval, "Competition Commission of India", "Neelachal Ispat"), want(KindMandate, "Competition Commission of India", "Tata Steel")}},
		{name: "subject-to-short-name-gerund", text: "Norway's competition authority cleared Fjordline Cargo's acquisition of coastal shipper Vesteraal Frakt on Tuesday, subject to Fjordline divesting its Bergen terminal.",
			want: []wantClaim{want(KindMandate, "competition authority", "Fjordline Cargo")}},
		{name: "subject-to-combined-gerund", text: "Kenya's competition watchdog cleared Savanna Mills' takeover of Rift Grain Ltd, subject to the merged group keeping all 800 workers for two years.",
			want: []wantClaim{want(KindMandate, "competition watchdog", "Savanna Mills")}},
		{name: "approval-requires-object", text: "Bank Indonesia has approved Nusantara Pay's purchase of e-wallet operator DompetKu. The approval requires Nusantara Pay to keep DompetKu's customer data in Indonesia.",
			want: []wantClaim{want(KindMandate, "Bank Indonesia", "Nusantara Pay")}},
		{name: "clearance-obliges-combined", text: "The Federal Cartel Office cleared the merger of Rhein Logistik and Elbe Transport. The clearance obliges the combined company to give rivals access to its depots until 2030.",
			want: []wantClaim{want(KindMandate, "Federal Cartel Office", "Rhein Logistik")}},
		{name: "requirement-that-firm", text: "The Competition Tribunal's approval of Karoo Telecom's bid for Highveld Fibre came with several conditions, including a requirement that Karoo Telecom invest R2 billion in rural towers.",
			want: []wantClaim{want(KindMandate, "Competition Tribunal", "Karoo Telecom")}},
		{name: "requirement-that-short-name", text: "The Competition Tribunal's approval of Karoo Telecom's bid for a stake in Highveld Fibre came with conditions, including a requirement that Karoo spend R2 billion on rural towers.",
			want: []wantClaim{want(KindMandate, "Competition Tribunal", "Karoo Telecom")}},
		// negatives: a condition with no firm bound, or no approval at all
		{name: "neg-subject-to-sale-noun", text: "The Competition Commission of India approved Tata Steel's purchase of Neelachal Ispat, subject to the sale of two rolling mills.",
			noKind: []string{KindMandate}},
		{name: "neg-subject-to-conditions", text: "South Africa's Competition Tribunal approved Umlazi Foods' purchase of 30 stores from Karoo Retail, subject to conditions protecting jobs.",
			noKind: []string{KindMandate}},
		{name: "neg-subject-to-shareholders", text: "Rhein Logistik agreed to buy Elbe Transport for 300 million euros, subject to Elbe shareholders approving the deal in June.",
			noKind: []string{KindMandate}},
		{name: "neg-deal-requires", text: "The deal requires Rhein Logistik to pay 300 million euros in cash, the company said.",
			noKind: []string{KindMandate}},
	})
}

// An authority's own inquiry told after its act on a firm, owned by the
// authority ("Its investigation found ..., the agency said", "The
// regulator's inspection teams found ...", "The commission said its inquiry
// began ...") but naming no firm, is that authority's probe of the firms it
// just acted on. A firm's own review, or an inquiry with no act before it,
// is none.
func TestFrames14OwnedInquiryAfterAct(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "its-investigation-found-agency-said", text: "The Australian Communications and Media Authority fined Dingo Mobile A$2 million over scam calls. Its investigation found that 30,000 scam calls were carried on the network in a month, the authority said.",
			want: []wantClaim{want(KindProbe, "Australian Communications and Media Authority", "Dingo Mobile")}},
		{name: "regulators-inspection-teams-found", text: "Pakistan's Oil and Gas Regulatory Authority (Ogra) imposed fines on Attock Fuels and Hascol Petroleum for failing to keep fuel stocks. The regulator's inspection teams found that outlets of both companies had run dry.",
			want: []wantClaim{want(KindProbe, "Oil and Gas Regulatory Authority", "Attock Fuels"), want(KindProbe, "Oil and Gas Regulatory Authority", "Hascol Petroleum")}},
		{name: "commission-said-its-inquiry-began", text: "The Competition Tribunal ordered Harbour Pipes Ltd to pay a penalty after a case brought by the Competition Commission. The Competition Commission also directed Harbour Pipes Ltd to change its tender rules. The commission said its inquiry began after a complaint from a rival in 2022.",
			want: []wantClaim{want(KindProbe, "Competition Commission", "Harbour Pipes Ltd")}},
		{name: "acronym-possessive-audit-showed", text: "Kenya's Energy and Petroleum Regulatory Authority (EPRA) suspended the licence of Rubis Kenya for 30 days. EPRA's audit showed that the company had sold fuel below the required standard.",
			want: []wantClaim{want(KindProbe, "Energy and Petroleum Regulatory Authority", "Rubis Kenya")}},
		// negatives
		{name: "neg-firm-own-review", text: "The Australian Communications and Media Authority fined Dingo Mobile A$2 million over scam calls. Dingo Mobile said its internal review found that a software fault was to blame.",
			noKind: []string{KindProbe}},
		{name: "neg-no-act-before", text: "Prices of cement rose 20 percent last year. Its investigation found that three makers had raised prices together, the agency said.",
			noKind: []string{KindProbe}},
		{name: "neg-approval-before", text: "The Competition Commission approved Kestrel Foods' purchase of Lark Dairies. Its review found that the deal would not harm competition, the commission said.",
			noKind: []string{KindProbe}},
		{name: "neg-company-said-its", text: "The regulator fined Harbour Pipes Ltd 2 million rand. Harbour Pipes said its audit showed the pipes met the standard.",
			noKind: []string{KindProbe}},
	})
}

// An authority's act named as its decision ("the CMA's decision to block
// X's takeover of Y", "the central bank's decision last year to cap X's
// lending", "the regulator's 2022 ruling to fine X") tells that act on the
// firm, whatever the sentence says of the decision (upheld, overturned,
// followed). A firm's decision, or one binding no firm, is none.
func TestFrames14DecisionToAct(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "upheld-decision-to-ban", text: "The Supreme Court upheld the Civil Aviation Authority's decision to ban Zest Airways from flying domestic routes.",
			want: []wantClaim{want(KindMandate, "Civil Aviation Authority", "Zest Airways")}},
		{name: "decision-to-block-deal-subject", text: "The Competition and Markets Authority's decision to block Pawley Vets' takeover of Kingsford Animal Care was upheld on Friday.",
			want: []wantClaim{want(KindMandate, "Competition and Markets Authority", "Pawley Vets"), want(KindMandate, "Competition and Markets Authority", "Kingsford Animal Care")}},
		{name: "decision-gap-to-cap", text: "The revocation follows the Central Bank of Sri Lanka's decision in May last year to cap Lanka Credit Finance's deposit-taking.",
			want: []wantClaim{want(KindMandate, "Central Bank of Sri Lanka", "Lanka Credit Finance")}},
		{name: "ruling-to-fine", text: "An appeals court on Tuesday overturned the Federal Trade Commission's ruling to fine Hollis Health $4 million.",
			want: []wantClaim{want(KindPenalty, "Federal Trade Commission", "Hollis Health")}},
		// negatives
		{name: "neg-firm-decision", text: "Kestrel Bank's decision to block transfers to crypto exchanges angered customers.",
			noKind: []string{KindMandate}},
		{name: "neg-no-firm-bound", text: "The ministry's decision to ban plastic bags takes effect in June.",
			noKind: []string{KindMandate}},
		{name: "neg-decision-to-approve", text: "The Competition Commission's decision to review the market was welcomed by consumer groups.",
			none: true},
	})
}

// An order told as a thing given ("gave X a formal direction to comply",
// "gave the bank an instruction to halt ...") binds the firm it was given to, as "directed X to" does; a warning
// or a licence given is no order.
func TestFrames14GivenDirection(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "gave-formal-direction", text: "The Australian Communications and Media Authority gave Dingo Mobile a formal direction to comply with the anti-scam rules.",
			want: []wantClaim{want(KindMandate, "Australian Communications and Media Authority", "Dingo Mobile")}},
		{name: "gave-order-to-stop", text: "The Central Bank of Nigeria gave Zenith Pay an order to stop onboarding new customers.",
			want: []wantClaim{want(KindMandate, "Central Bank of Nigeria", "Zenith Pay")}},
		{name: "has-given-directive-passive-time", text: "India's telecom ministry on Monday gave Bharti Airtel and Vodafone Idea a directive to block 40 betting websites.",
			want: []wantClaim{want(KindMandate, "telecom ministry", "Bharti Airtel"), want(KindMandate, "telecom ministry", "Vodafone Idea")}},
		// negatives
		{name: "neg-gave-warning", text: "Ofcom gave Hilltop Telecom a formal warning over its billing errors.",
			noKind: []string{KindMandate}},
		{name: "neg-firm-gave-staff", text: "Kestrel Bank gave its staff an instruction to work from home on Friday.",
			noKind: []string{KindMandate}},
	})
}

// A ban lifted that is told by its relative clause ("lifted the
// restrictions that barred X from onboarding", "lifted a ban which stopped
// X from lending") is lifted on the firm the clause bars (approval), and
// the clause tells the restriction itself (the background mandate, as
// "lifted the cap it imposed on X" does).
func TestFrames14LiftedRelativeBan(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "restrictions-that-barred", text: "The Reserve Bank of India has lifted the restrictions that barred Paytm Payments Bank from onboarding new customers.",
			want: []wantClaim{want(KindApproval, "Reserve Bank of India", "Paytm Payments Bank"), want(KindMandate, "Reserve Bank of India", "Paytm Payments Bank")}},
		{name: "ban-which-stopped", text: "The Central Bank of Kenya lifted a ban which stopped Tala Kenya from lending to new borrowers.",
			want: []wantClaim{want(KindApproval, "Central Bank of Kenya", "Tala Kenya")}},
		{name: "suspension-that-prevented", text: "Pakistan's telecom regulator on Friday lifted a suspension that had prevented Jazz from selling new SIM cards in Punjab.",
			want: []wantClaim{want(KindApproval, "telecom regulator", "Jazz")}},
		// negatives
		{name: "neg-lifted-prices", text: "Strong demand lifted prices that had kept Hollis Foods from expanding.",
			noKind: []string{KindApproval}},
		{name: "neg-no-firm-in-clause", text: "The government lifted a ban that barred exports of onions.",
			noKind: []string{KindApproval}},
	})
}

// A deal an authority blocks or clears told from one side ("blocked its
// tie-up with Y", "blocked X's planned merger with Y") names both sides:
// the possessor (or the firm "its" means) and the partner after "with".
func TestFrames14DealWithOwner(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "its-tie-up-with-rival", text: "Pawley Vets said the Competition and Markets Authority had blocked its tie-up with rival vet chain Kingsford Animal Care.",
			want: []wantClaim{want(KindMandate, "Competition and Markets Authority", "Pawley Vets"), want(KindMandate, "Competition and Markets Authority", "Kingsford Animal Care")}},
		{name: "possessive-tie-up-with", text: "The Competition and Markets Authority blocked Pawley Vets' tie-up with vet chain Kingsford Animal Care.",
			want: []wantClaim{want(KindMandate, "Competition and Markets Authority", "Pawley Vets"), want(KindMandate, "Competition and Markets Authority", "Kingsford Animal Care")}},
		{name: "its-planned-merger-after", text: "Kestrel Airways will appeal after the Federal Cartel Office blocked its planned merger with Lark Air.",
			want: []wantClaim{want(KindMandate, "Federal Cartel Office", "Kestrel Airways"), want(KindMandate, "Federal Cartel Office", "Lark Air")}},
		{name: "cleared-its-venture-with", text: "Sahel Telecom said the competition commission had cleared its joint venture with Atlas Towers.",
			want: []wantClaim{want(KindApproval, "competition commission", "Sahel Telecom"), want(KindApproval, "competition commission", "Atlas Towers")}},
		{name: "challenge-to-decision-to-block-its", text: "A tribunal dismissed Pawley Vets' challenge to the Competition and Markets Authority's decision to block its £900m tie-up with rival Kingsford Animal Care.",
			want: []wantClaim{want(KindMandate, "Competition and Markets Authority", "Pawley Vets"), want(KindMandate, "Competition and Markets Authority", "Kingsford Animal Care")}},
		// negatives
		{name: "neg-firm-blocked-its-deal", text: "Kestrel Airways blocked its own merger talks with Lark Air after a board revolt.",
			noKind: []string{KindMandate}},
	})
}

// A payment under a consent decree or consent order with an authority is
// that authority's penalty, as a payment under a settlement is; one with
// private parties is none.
func TestFrames14PaidUnderConsent(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "consent-decree-with", text: "Dairy maker Tnuva Foods will pay 12 million shekels under a consent decree with Israel's Competition Authority, the authority said.",
			want: []wantClaim{want(KindPenalty, "Competition Authority", "Tnuva Foods")}},
		{name: "consent-agreement-with", text: "Hollis Health agreed to pay $3 million under a consent agreement with the Federal Trade Commission.",
			want: []wantClaim{want(KindPenalty, "Federal Trade Commission", "Hollis Health")}},
		{name: "consent-order-sebi", text: "Pinnacle Broking will pay 4 crore rupees under a consent order with the Securities and Exchange Board of India.",
			want: []wantClaim{want(KindPenalty, "Securities and Exchange Board of India", "Pinnacle Broking")}},
		{name: "neg-consent-decree-private", text: "Kestrel Mining will pay $2 million under a consent decree with a group of landowners.",
			noKind: []string{KindPenalty}},
	})
}

// An inquiry whose object is told after a time phrase ("opened an
// investigation on Wednesday into whether X overcharged", "an inquiry last
// week into X") examines that firm; criminal complaints filed against a
// firm charge it.
func TestFrames14InquiryAfterTime(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "on-weekday-into-whether", text: "Ofcom opened an investigation on Wednesday into whether broadband provider Hyperwave Networks overcharged customers.",
			want: []wantClaim{want(KindProbe, "Ofcom", "Hyperwave Networks")}},
		{name: "last-week-into-name", text: "The CNIL opened an inquiry last week into Kestrel Cloud over its handling of user data.",
			want: []wantClaim{want(KindProbe, "CNIL", "Kestrel Cloud")}},
		{name: "in-month-into-how", text: "Brazil's CADE launched a probe in March into how Rede Vitta prices generic drugs.",
			want: []wantClaim{want(KindProbe, "CADE", "Rede Vitta")}},
		{name: "complaints-against", text: "Thailand's Securities and Exchange Commission filed criminal complaints against developer Siam Riverside Pcl on Monday.",
			want: []wantClaim{want(KindProbe, "Securities and Exchange Commission", "Siam Riverside Pcl")}},
		// negatives
		{name: "neg-time-into-market", text: "Ofcom opened an investigation on Wednesday into the broadband market.",
			noKind: []string{KindProbe}},
		{name: "neg-firm-filed-complaints", text: "Kestrel Cloud filed complaints with customers about late payments on Monday.",
			noKind: []string{KindProbe}},
	})
}

// Proceedings brought by an authority against the firm a court acted on
// are the authority's case (probe), as "a case brought by" is.
func TestFrames14ProceedingsBroughtBy(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "proceedings-brought-by", text: "The Federal Court ordered Sunray Power to pay A$3 million in penalties in proceedings brought by the Australian Competition and Consumer Commission.",
			want: []wantClaim{want(KindProbe, "Australian Competition and Consumer Commission", "Sunray Power")}},
		{name: "proceedings-filed-by", text: "The High Court fined Tui Energy NZ$2 million on Friday in proceedings filed by the Commerce Commission.",
			want: []wantClaim{want(KindProbe, "Commerce Commission", "Tui Energy")}},
		{name: "neg-proceedings-brought-by-firm-unknown", text: "The proceedings were brought by shareholders last year.",
			none: true},
	})
}

// An approval of "the agreement" or "the pact" told after the firms' deal
// (in the same sentence or the one before) approves that deal's sides, as
// "approved the deal" does.
func TestFrames14ApprovedTheAgreement(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "same-sentence-pact", text: "Kestrel Air and Lark Air signed a code-share pact in March, and the Civil Aviation Authority approved the pact on Monday.",
			want: []wantClaim{want(KindApproval, "Civil Aviation Authority", "Kestrel Air"), want(KindApproval, "Civil Aviation Authority", "Lark Air")}},
		{name: "sentence-before", text: "Sahel Telecom and Atlas Mobile signed a tower-sharing agreement in March. The Communications Authority approved the agreement on Monday.",
			want: []wantClaim{want(KindApproval, "Communications Authority", "Sahel Telecom"), want(KindApproval, "Communications Authority", "Atlas Mobile")}},
		{name: "neg-no-deal-before", text: "The Communications Authority approved the agreement on spectrum fees on Monday.",
			noKind: []string{KindApproval}},
	})
}

// Leave granted to a firm to buy another ("granted X permission to buy a
// stake in Y", "granted X approval to acquire Y") clears both
// sides of the deal, as approval won from X to buy Y does; a licence
// granted beside an unrelated purchase clears only the licensee.
func TestFrames14GrantedLeaveToBuy(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "active-granted-permission", text: "The Reserve Bank of India granted HDFC Bank permission to buy a 9.5 per cent stake in IndusInd Bank.",
			want: []wantClaim{want(KindApproval, "Reserve Bank of India", "HDFC Bank"), want(KindApproval, "Reserve Bank of India", "IndusInd Bank")}},
		{name: "neg-licence-then-purchase", text: "The Central Bank of Kenya granted Equity Bank a licence to open branches in Juba. Equity Bank bought Cogebanque last year.",
			notWant: []wantClaim{want(KindApproval, "Central Bank of Kenya", "Cogebanque")}},
	})
}

// An authority's case told as its possession ("The ACCC's case against X
// is continuing", "the SEC's lawsuit against X goes to trial") is its
// probe of X; a firm's or court's case, or one against a person, is none.
func TestFrames14AuthorityCaseAgainst(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "case-continuing", text: "The Australian Competition and Consumer Commission's case against Harbour Power is continuing.",
			want: []wantClaim{want(KindProbe, "Australian Competition and Consumer Commission", "Harbour Power")}},
		{name: "case-appositive", text: "The ACCC's case against a second retailer, Sunray Energy, over similar conduct is continuing.",
			want: []wantClaim{want(KindProbe, "ACCC", "Sunray Energy")}},
		{name: "lawsuit-trial", text: "The Securities and Exchange Commission's civil lawsuit against Kestrel Capital is scheduled for trial in May.",
			want: []wantClaim{want(KindProbe, "Securities and Exchange Commission", "Kestrel Capital")}},
		{name: "complaint-filed", text: "The Federal Trade Commission's complaint against Hollis Health was filed in federal court in March.",
			want: []wantClaim{want(KindProbe, "Federal Trade Commission", "Hollis Health")}},
		// negatives
		{name: "neg-firm-case", text: "Kestrel Capital's lawsuit against Lark Partners is scheduled for trial in May.",
			noKind: []string{KindProbe}},
		{name: "neg-against-person", text: "The Securities and Exchange Commission's case against former chief executive John Harlow is continuing.",
			noKind: []string{KindProbe}},
	})
}

// An order being issued, served or sent ("is considering issuing a
// cease-and-desist order against X", "plans to serve an enforcement notice
// on X") is the authority's order on X, hedged as its verb says; a firm
// issuing bonds or notices is no order.
func TestFrames14IssuingOrder(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "considering-issuing-against", text: "The Japan Fair Trade Commission is considering issuing a cease-and-desist order against Minato Transport, the report said.",
			want: []wantClaim{want(KindMandate, "Japan Fair Trade Commission", "Minato Transport")},
			check: func(t reporter, got []Claim) {
				for _, c := range got {
					if c.Kind == KindMandate && c.Certainty != Hedged {
						t.Errorf("an order being considered is hedged, got %s", c.Certainty)
					}
				}
			}},
		{name: "plans-serving-directive", text: "Ofwat said it was serving a directive on Severn Vale Water to publish its leak data.",
			want: []wantClaim{want(KindMandate, "Ofwat", "Severn Vale Water")}},
		{name: "neg-firm-issuing-notes", text: "Kestrel Bank is considering issuing a notice to bondholders about an early redemption.",
			noKind: []string{KindMandate}},
	})
}
