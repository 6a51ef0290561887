package extract

import "testing"

// Round 7, tuner A2: recall of approvals, actions, probes, penalties and
// mandates on unseen text. Each table holds self-written passages for one
// idea, told in several wordings, with near-miss negatives.

// An order's object may carry a short form in brackets or an "including"
// list before its "to" + verb; an order to pay (even "to jointly
// disgorge") is a penalty, but a failed lender told to repay its savers is
// an order.
func TestFramesOrderObjectInBrackets(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "court directs utility with short form to pay", text: "The Madras High Court has directed the Tamil Nadu Power Distribution Corporation (TNPDCL) to pay Rs 38 crore with interest to a solar park developer.",
			want: []wantClaim{want(KindPenalty, "Madras High Court", "Tamil Nadu Power Distribution Corporation")}},
		{name: "central bank tells banks including two", text: "The Central Bank of Egypt has told banks, including Banque Misr and Commercial International Bank (CIB), to lift the caps on card spending abroad.",
			want: []wantClaim{want(KindMandate, "Central Bank of Egypt", "Banque Misr"), want(KindMandate, "Central Bank of Egypt", "Commercial International Bank")}},
		{name: "regulator instructs firm with acronym to halt", text: "Brazil's telecoms regulator Anatel instructed Telefonica Brasil (Vivo) to halt the sale of unlicensed handsets.",
			want: []wantClaim{want(KindMandate, "Anatel", "Telefonica Brasil")}},
		{name: "directed to jointly disgorge", text: "The Securities and Exchange Board of India barred Kalyani Stock Brokers Pvt Ltd from the market. The regulator also directed the broker to jointly disgorge illegal gains of Rs 4.3 crore within 45 days.",
			want: []wantClaim{want(KindPenalty, "Securities and Exchange Board of India", "Kalyani Stock Brokers")}},
		{name: "ordered to promptly refund", text: "Turkey's competition authority ordered Ankara Gaz A.S. to promptly refund overcharged customers.",
			want: []wantClaim{want(KindPenalty, "", "Ankara Gaz")}},
		{name: "told to repay depositors is an order", text: "The Central Bank of Sri Lanka cancelled the licence of Kandyan Leasing PLC. The central bank also directed the company to repay all deposits under a supervised scheme.",
			want: []wantClaim{want(KindMandate, "Central Bank of Sri Lanka", "Kandyan Leasing")}},
		{name: "told reporters is no order", text: "The Central Bank of Egypt told reporters, including a Reuters correspondent, that Banque Misr was well capitalised.",
			noKind: []string{KindMandate}},
	})
}

// An approval told with the deal's parties around a long aside, with a
// participle ("approved Yili buying Westland"), as a renewal of a licence,
// or as the authority's clearance a firm received for "its purchase of X".
func TestFramesApprovalWordings(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "cleared under a regulation the acquisition of X by Y", text: "The European Commission has cleared, under the EU Merger Regulation, the acquisition of Danish ferry operator Nordlys Shipping by Germany's Hapag-Lloyd.",
			want: []wantClaim{want(KindApproval, "European Commission", "Nordlys Shipping"), want(KindApproval, "European Commission", "Hapag-Lloyd")}},
		{name: "approved X buying Y", text: "New Zealand's Overseas Investment Office has approved China's Yili buying dairy co-operative Westland Milk Products, clearing the way for the deal.",
			want: []wantClaim{want(KindApproval, "Overseas Investment Office", "Yili"), want(KindApproval, "Overseas Investment Office", "Westland Milk Products"), want(KindAction, "Yili", "Westland Milk Products")}},
		{name: "cleared X acquiring Y", text: "Kenya's competition authority cleared Safaricom acquiring a majority stake in Bonga Pay Ltd.",
			want: []wantClaim{want(KindApproval, "", "Safaricom"), want(KindApproval, "", "Bonga Pay")}},
		{name: "renewed licence", text: "Papua New Guinea's telecommunications regulator NICTA has renewed Digicel PNG's mobile network licence for a further 15 years.",
			want: []wantClaim{want(KindApproval, "NICTA", "Digicel PNG")}},
		{name: "renewed the licence of", text: "The Bank of Ghana renewed the operating licence of Zeepay Ghana Ltd on Monday.",
			want: []wantClaim{want(KindApproval, "Bank of Ghana", "Zeepay Ghana")}},
		{name: "licence renewed passive", text: "Ofcom said the broadcasting licence of Sky Arts had been renewed until 2035.",
			want: []wantClaim{want(KindApproval, "Ofcom", "Sky Arts")}},
		{name: "renewed concerns is no approval", text: "The European Commission renewed its concerns about Hapag-Lloyd's pricing on Tuesday.",
			noKind: []string{KindApproval}},
		{name: "received authority's clearance of its purchase", text: "Helios Towers said on Thursday it had received the COMESA Competition Commission's clearance of its purchase of Ubuntu Towers Malawi.",
			want: []wantClaim{want(KindApproval, "COMESA Competition Commission", "Helios Towers"), want(KindApproval, "COMESA Competition Commission", "Ubuntu Towers Malawi")}},
		{name: "won regulator's approval for its takeover", text: "Vodacom has won the Competition Tribunal's approval for its takeover of Maziv Fibre.",
			want: []wantClaim{want(KindApproval, "Competition Tribunal", "Vodacom"), want(KindApproval, "Competition Tribunal", "Maziv Fibre")}},
	})
}

// A probe told as charges settled or brought, as the authority's own
// investigation named with "its", as an investigation the firm cooperated
// with, or as a complaint referred for prosecution.
func TestFramesProbeWordings(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "agreed to settle SEC charges", text: "Harborview Capital Partners, a Boston-based investment adviser, agreed to pay $4.5 million to settle Securities and Exchange Commission charges that it failed to disclose conflicts of interest.",
			want: []wantClaim{want(KindProbe, "Securities and Exchange Commission", "Harborview Capital Partners")}},
		{name: "settled charges brought by the regulator", text: "Kestrel Securities has settled charges brought by the Financial Industry Regulatory Authority over its handling of customer complaints.",
			want: []wantClaim{want(KindProbe, "Financial Industry Regulatory Authority", "Kestrel Securities")}},
		{name: "headline SEC charges firm", text: "SEC charges Harborview Capital with hiding fee conflicts\nThe Securities and Exchange Commission said on Thursday the adviser had misled clients.",
			want: []wantClaim{want(KindProbe, "SEC", "Harborview Capital")}},
		{name: "its investigation into the breach", text: "The science ministry on Friday held SK Telecom responsible for the hacking attack, announcing the results of its two-month investigation into the breach.",
			want: []wantClaim{want(KindProbe, "science ministry", "SK Telecom")}},
		{name: "co-operated with the regulator's investigation", text: "Ofgem found that Brightwater Energy had wrongly forced customers on to prepayment meters. Brightwater said it had co-operated fully with the regulator's investigation.",
			want: []wantClaim{want(KindProbe, "Ofgem", "Brightwater Energy")}},
		{name: "assisting the authority's inquiry", text: "Nordic Freight AB said it was assisting the Swedish Competition Authority's inquiry and had suspended two managers.",
			want: []wantClaim{want(KindProbe, "Swedish Competition Authority", "Nordic Freight")}},
		{name: "referred complaint for prosecution", text: "The Competition Commission has referred a complaint against Table Bay Poultry to the Competition Tribunal for prosecution, alleging abuse of dominance.",
			want: []wantClaim{want(KindProbe, "Competition Commission", "Table Bay Poultry")}},
		{name: "referred the case against X to prosecutors", text: "Poland's UOKiK referred the case against Vistula Energia to the public prosecutor after finding falsified invoices.",
			want: []wantClaim{want(KindProbe, "UOKiK", "Vistula Energia")}},
		{name: "a firm's own investigation is no probe", text: "Brightwater Energy said its own investigation into the outage had found no fault with its suppliers.",
			noKind: []string{KindProbe}},
	})
}

// Lifting a cap or limit set on a firm is an approval, as lifting a ban is.
func TestFramesLiftCap(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "lifted the asset cap it imposed on", text: "The Federal Reserve lifted the asset cap it imposed on Wells Fargo in 2018, saying the bank had fixed its governance.",
			want: []wantClaim{want(KindApproval, "Federal Reserve", "Wells Fargo")}},
		{name: "lifted the limit on", text: "The Reserve Bank of India lifted the limit on new credit cards issued by HDFC Bank.",
			want: []wantClaim{want(KindApproval, "Reserve Bank of India", "HDFC Bank")}},
		{name: "lifts curbs on", text: "China's central bank lifts curbs on Ant Group's consumer lending unit.",
			want: []wantClaim{want(KindApproval, "", "Ant Group")}},
		{name: "lifted its forecast is no approval", text: "Wells Fargo lifted its profit forecast on Tuesday after the Federal Reserve left rates unchanged.",
			noKind: []string{KindApproval}},
	})
}

// An authority that "will not object to" or "raised no objection to" a
// deal clears it; a sale "to" a buyer and a purchase "from" a seller name
// the deal's other side.
func TestFramesDealSidesAndNoObjection(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "will not object to purchase", text: "Israel's Competition Authority will not object to Osem's purchase of Tnuva's snack business, provided Osem sells two brands.",
			want: []wantClaim{want(KindApproval, "Competition Authority", "Osem"), want(KindApproval, "Competition Authority", "Tnuva")}},
		{name: "raised no objection to the acquisition", text: "The Competition Commission of India raised no objection to the acquisition of Haldiram Snacks by Temasek Holdings.",
			want: []wantClaim{want(KindApproval, "Competition Commission of India", "Haldiram Snacks"), want(KindApproval, "Competition Commission of India", "Temasek Holdings")}},
		{name: "did not oppose merger", text: "The Norwegian Competition Authority did not oppose the merger of Telenor and Ice Communication.",
			want: []wantClaim{want(KindApproval, "Norwegian Competition Authority", "Telenor")}},
		{name: "objected to is no approval", text: "The Competition Commission of India objected to the acquisition of Haldiram Snacks by Temasek Holdings.",
			noKind: []string{KindApproval}},
		{name: "cleared sale of its asset to buyer", text: "Brazil's antitrust watchdog CADE on Wednesday cleared Petrobras' sale of its Bahia refinery to Mubadala Capital without conditions.",
			want: []wantClaim{want(KindApproval, "CADE", "Petrobras"), want(KindApproval, "CADE", "Mubadala Capital")}},
		{name: "approved sale of unit to buyer", text: "The European Commission approved Siemens' sale of its rail signalling unit to Alstom.",
			want: []wantClaim{want(KindApproval, "European Commission", "Siemens"), want(KindApproval, "European Commission", "Alstom")}},
		{name: "blocked purchase of hospitals from rival", text: "South Africa's Competition Tribunal on Wednesday blocked Life Healthcare's proposed purchase of 12 hospitals from rival Mediclinic.",
			want: []wantClaim{want(KindMandate, "Competition Tribunal", "Life Healthcare"), want(KindMandate, "Competition Tribunal", "Mediclinic")}, notTarget: []string{"hospitals"}},
	})
}

// "probe" is the inquiry noun after any adjective reporters put before it,
// and an order's object may carry an appositive holding "that".
func TestFramesProbeAdjectivesAndAppositiveObject(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "in-depth probe into planned purchase", text: "Britain's Competition and Markets Authority has opened an in-depth probe into Vodafone's planned purchase of fibre wholesaler Hexline Networks.",
			want: []wantClaim{want(KindProbe, "Competition and Markets Authority", "Vodafone"), want(KindProbe, "Competition and Markets Authority", "Hexline Networks")}},
		{name: "formal probe", text: "Indonesia's competition commission KPPU launched a formal probe into Grab over driver commissions.",
			want: []wantClaim{want(KindProbe, "KPPU", "Grab")}},
		{name: "fresh antitrust probe", text: "Japan's Fair Trade Commission opened a fresh antitrust probe into Rakuten Group on Monday.",
			want: []wantClaim{want(KindProbe, "Fair Trade Commission", "Rakuten")}},
		{name: "probe as verb stays", text: "Regulators will probe whether Rakuten Group misled sellers.",
			noKind: []string{KindApproval, KindPenalty}},
		{name: "asked firm with that-appositive to submit", text: "The Bangko Sentral ng Pilipinas has asked Maya Bank, the lender that runs the Maya wallet, to submit a full incident report.",
			want: []wantClaim{want(KindMandate, "Bangko Sentral ng Pilipinas", "Maya Bank")}},
		{name: "ordered firm with which-appositive to refund", text: "Nigeria's FCCPC ordered MTN Nigeria, which has 80 million subscribers, to restore the data bundles it cut.",
			want: []wantClaim{want(KindMandate, "FCCPC", "MTN Nigeria")}},
		{name: "told reporters that is no order", text: "The central bank told MTN Nigeria, which had asked for comment, that it was reviewing the case.",
			noKind: []string{KindMandate}},
	})
}

// Firm-to-firm acts told with other verbs: a suit as "dragged/hauled X to
// court", taking "control of" a firm, a firm's app pulled from a store,
// rights licensed to another firm.
func TestFramesFirmActsMoreVerbs(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "dragged rival to court", text: "Airtel Uganda has dragged rival Lyca Mobile Uganda to the Commercial Court in Kampala over unpaid interconnection fees.",
			want: []wantClaim{want(KindAction, "Airtel Uganda", "Lyca Mobile Uganda")}},
		{name: "hauled before the High Court", text: "Safaricom hauled Telkom Kenya before the High Court over a disputed fibre contract.",
			want: []wantClaim{want(KindAction, "Safaricom", "Telkom Kenya")}},
		{name: "regulator dragged firm to tribunal is a probe", text: "The Competition Commission dragged Sasol Chemicals to the Competition Tribunal over excessive pricing.",
			want: []wantClaim{want(KindProbe, "Competition Commission", "Sasol Chemicals")}},
		{name: "dragged its feet is no suit", text: "Safaricom dragged its feet on interoperability with Telkom Kenya for years.",
			noKind: []string{KindAction, KindProbe}},
		{name: "took control of", text: "Reliance Industries took control of Future Retail's stores in a $3.4 billion deal.",
			want: []wantClaim{want(KindAction, "Reliance Industries", "Future Retail")}},
		{name: "took full control of", text: "Mahindra & Mahindra took full control of SsangYong Motor in 2011.",
			want: []wantClaim{want(KindAction, "Mahindra", "SsangYong Motor")}},
		{name: "removed named app from store", text: "Google has since removed the Zaraki Cash app from the Play Store, citing a breach of its policy.",
			want: []wantClaim{want(KindAction, "Google", "Zaraki Cash")}},
		{name: "pulled named app from its store", text: "Apple pulled the Kiwi Loans app from its App Store on Friday.",
			want: []wantClaim{want(KindAction, "Apple", "Kiwi Loans")}},
		{name: "licensed rights to a firm", text: "Hengrui last year licensed the global rights to the drug outside Greater China to Kailera Therapeutics, a U.S. start-up, for $110 million upfront.",
			want: []wantClaim{want(KindAction, "Hengrui", "Kailera Therapeutics")}},
		{name: "licensed its vaccine to", text: "BioNTech licensed its vaccine to Fosun Pharma for sale in China.",
			want: []wantClaim{want(KindAction, "BioNTech", "Fosun Pharma")}},
		{name: "regulator licensed spectrum to firm is an approval", text: "Ofcom licensed the spectrum to Vodafone for 20 years.",
			want: []wantClaim{want(KindApproval, "Ofcom", "Vodafone")}, noKind: []string{KindAction}},
	})
}

// More wordings of the kinds: "stripped X, <long aside>, of its licence";
// renewal nouns; approval nouns a firm won; a class the rules just issued
// bind ("The IRDAI issued new rules ... Insurers must ..."), with a class
// noun opening the sentence.
func TestFramesStripRenewalClassRules(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "strip across a long aside", text: "The Central Bank of Nigeria stripped Heritage Bank, a mid-sized lender with branches in 36 states and Abuja, of its banking licence on Friday.",
			want: []wantClaim{want(KindPenalty, "Central Bank of Nigeria", "Heritage Bank")}},
		{name: "strip of a title is no penalty", text: "The league stripped Galaxy United, the club owned by Orbit Media, of its 2019 title.",
			noKind: []string{KindPenalty}},
		{name: "granted a renewal of licence", text: "The Communications Authority of Kenya granted a renewal of Safaricom's operating licence for ten years.",
			want: []wantClaim{want(KindApproval, "Communications Authority of Kenya", "Safaricom")}},
		{name: "approved the renewal of", text: "The Bank of Ghana approved the renewal of Zeepay Ghana's licence.",
			want: []wantClaim{want(KindApproval, "Bank of Ghana", "Zeepay Ghana")}},
		{name: "received the green light from", text: "Grab received the green light from Singapore's Competition and Consumer Commission to buy Trans-cab.",
			want: []wantClaim{want(KindApproval, "Competition and Consumer Commission", "Grab")}},
		{name: "secured permission from", text: "Starlink secured permission from the Pakistan Telecommunication Authority to operate in the country.",
			want: []wantClaim{want(KindApproval, "Pakistan Telecommunication Authority", "Starlink")}},
		{name: "class opening the sentence after rules issued", text: "The Insurance Regulatory and Development Authority of India issued new rules on Monday. Insurers must settle health claims within three hours of a discharge request.",
			want: []wantClaim{want(KindMandate, "Insurance Regulatory and Development Authority of India", "")}},
		{name: "class after guidelines published", text: "Bank Negara Malaysia published guidelines on buy-now-pay-later schemes on Tuesday. Under them, all providers must check a customer's income before lending.",
			want: []wantClaim{want(KindMandate, "Bank Negara Malaysia", "")}},
		{name: "bare class after rules by named issuer", text: "Under rules issued by the Reserve Bank of India, lenders are required to disclose all fees upfront.",
			want: []wantClaim{want(KindMandate, "Reserve Bank of India", "")}},
		{name: "class must with no rules issued", text: "The Reserve Bank of India fined HDFC Bank Rs 1 crore. Lenders must do more to stop fraud, analysts said.",
			notWant: []wantClaim{want(KindMandate, "Reserve Bank of India", "")}},
		{name: "industry body's advice is no rule", text: "Insurers must adapt to a warmer climate, the industry association said on Monday.",
			noKind: []string{KindMandate}},
	})
}

// An order to pay with a second, bare-verb part ("to compensate subscribers
// and submit an improvement plan") is a penalty and an order.
func TestFramesPayAndBareOrder(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "compensate and submit plan", text: "Taiwan's National Communications Commission fined Chunghwa Telecom NT$2 million. The commission also ordered the carrier to compensate affected subscribers and submit an improvement plan within a month.",
			want: []wantClaim{want(KindPenalty, "National Communications Commission", "Chunghwa Telecom"), want(KindMandate, "National Communications Commission", "Chunghwa Telecom")}},
		{name: "refund and stop", text: "Nigeria's FCCPC ordered MTN Nigeria to refund overcharged subscribers and stop the automatic renewal of data plans.",
			want: []wantClaim{want(KindPenalty, "FCCPC", "MTN Nigeria"), want(KindMandate, "FCCPC", "MTN Nigeria")}},
		{name: "reimburse and publish", text: "The Securities Commission Malaysia directed Kijang Capital to reimburse investors and publish a corrective notice.",
			want: []wantClaim{want(KindPenalty, "Securities Commission Malaysia", "Kijang Capital"), want(KindMandate, "Securities Commission Malaysia", "Kijang Capital")}},
		{name: "pay with interest only", text: "The court ordered Kenya Power to pay 40 million shillings and interest to a contractor.",
			want: []wantClaim{want(KindPenalty, "", "Kenya Power")}, noKind: []string{KindMandate}},
	})
}

// A firm that consented or agreed to an authority's order is bound by it;
// an approval that "came with a condition that X ..." binds X.
func TestFramesConsentedOrderAndApprovalCondition(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "consented to cease-and-desist", text: "Without admitting or denying the findings, Harborview Capital consented to a cease-and-desist order and a censure, the SEC said on Thursday.",
			want: []wantClaim{want(KindMandate, "SEC", "Harborview Capital")}},
		{name: "agreed to an injunction sought by", text: "Northwind Brokers agreed to a permanent injunction sought by the Commodity Futures Trading Commission.",
			want: []wantClaim{want(KindMandate, "Commodity Futures Trading Commission", "Northwind Brokers")}},
		{name: "consents to a consent decree", text: "Meridian Health consented to a decree filed by the Justice Department requiring it to sell two clinics.",
			want: []wantClaim{want(KindMandate, "Justice Department", "Meridian Health")}},
		{name: "agreed to a purchase order is no mandate", text: "Kestrel Airways agreed to an order for 20 Airbus jets, the carrier said.",
			noKind: []string{KindMandate}},
		{name: "approval came with a condition", text: "Helios Towers said it had received the COMESA Competition Commission's clearance of its purchase of Ubuntu Towers Malawi. The approval came with a condition that Helios keep offering space on the masts to all mobile operators.",
			want: []wantClaim{want(KindMandate, "COMESA Competition Commission", "Helios Towers")}},
		{name: "clearance subject to the condition", text: "The Competition Commission of India cleared Adani Ports' purchase of Karaikal Port. The clearance is subject to the condition that Adani Ports keeps tariffs unchanged for three years.",
			want: []wantClaim{want(KindMandate, "Competition Commission of India", "Adani Ports")}},
		{name: "a condition with no approval", text: "Adani Ports said the condition that Karaikal Port keeps its tariffs was a commercial one.",
			noKind: []string{KindMandate}},
	})
}

// An authority's document as the subject of an order ("The order, which
// follows an inspection, also directs the company to ...") is that
// authority's mandate.
func TestFramesDocumentSubjectOrders(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "the order also directs", text: "The Insurance Regulatory and Development Authority of India has imposed a penalty of Rs 2.5 crore on Kaveri General Insurance Co. The order, which follows an inspection of the insurer's books, also directs the company to re-examine all rejected claims within 90 days.",
			want: []wantClaim{want(KindMandate, "Insurance Regulatory and Development Authority of India", "Kaveri General Insurance")}},
		{name: "the decision requires", text: "Brazil's CADE approved the merger of Petro Norte and Gas Sul. The decision requires Petro Norte to sell 40 filling stations in Bahia.",
			want: []wantClaim{want(KindMandate, "CADE", "Petro Norte")}},
		{name: "the ruling orders", text: "The Federal High Court in Lagos ruled against MTN Nigeria on Tuesday. The ruling orders the operator to restore the lines it disconnected.",
			want: []wantClaim{want(KindMandate, "Federal High Court", "MTN Nigeria")}},
		{name: "a firm's own notice is no order", text: "Safaricom said on Monday that its notice to dealers tells them to stop selling unregistered SIM cards.",
			noKind: []string{KindMandate}},
	})
}

// An authority rejecting a firm's request or application denies it an
// approval (negated); "did, however, order" is still an order.
func TestFramesRejectedRequestAndEmphaticOrder(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "did however order", text: "The Bank of Uganda approved the deal. The central bank did, however, order Nile Heritage Bank to raise its paid-up capital to 150 billion shillings.",
			want: []wantClaim{want(KindMandate, "Bank of Uganda", "Nile Heritage Bank")}},
		{name: "will in turn require", text: "Under the plan, the Monetary Authority of Singapore will, in turn, require DBS Bank to hold more capital.",
			want: []wantClaim{want(KindMandate, "Monetary Authority of Singapore", "DBS Bank")}},
		{name: "rejected a request by", text: "The Public Utilities Commission of Sri Lanka on Wednesday rejected a request by the state-owned Ceylon Electricity Board to raise household tariffs by 18%.",
			want: []wantClaim{{kind: KindApproval, actor: "Public Utilities Commission of Sri Lanka", target: "Ceylon Electricity Board", negated: true}}},
		{name: "turned down application", text: "The Reserve Bank of India turned down Paytm Payments Bank's application for a payments licence.",
			want: []wantClaim{{kind: KindApproval, actor: "Reserve Bank of India", target: "Paytm Payments Bank", negated: true}}},
		{name: "refused to approve", text: "The Competition Tribunal refused to approve Vodacom's purchase of Maziv.",
			want: []wantClaim{{kind: KindApproval, actor: "Competition Tribunal", target: "Vodacom", negated: true}}},
		{name: "rejected the application of", text: "Kenya's Communications Authority rejected the application of Jamii Telecom for a spectrum licence.",
			want: []wantClaim{{kind: KindApproval, actor: "Communications Authority", target: "Jamii Telecom", negated: true}}},
		{name: "firm rejecting a request is no approval", text: "Jamii Telecom rejected a request by the Communications Authority to share its towers.",
			noKind: []string{KindApproval}},
		{name: "spokesman turned down a request for comment", text: "The Reserve Bank of India's spokesman turned down a request for comment on Paytm.",
			noKind: []string{KindApproval}},
	})
}

// An asset changing hands between two firms is one firm buying from the
// other: "X's sale of its refinery to Y" (Y acquires from X), "X's
// purchase of 12 hospitals from Y" (X acquires from Y).
func TestFramesAssetDealSides(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "sale of asset to buyer", text: "Brazil's antitrust watchdog CADE on Wednesday cleared Petrobras' sale of its Bahia refinery to Mubadala Capital without conditions.",
			want: []wantClaim{want(KindAction, "Mubadala Capital", "Petrobras")}},
		{name: "sale of unit to buyer closed", text: "Siemens' sale of its rail signalling unit to Alstom closed on Monday.",
			want: []wantClaim{want(KindAction, "Alstom", "Siemens")}},
		{name: "purchase of hospitals from rival", text: "South Africa's Competition Tribunal on Wednesday blocked Life Healthcare's proposed purchase of 12 hospitals from rival Mediclinic.",
			want: []wantClaim{want(KindAction, "Life Healthcare", "Mediclinic")}},
		{name: "acquisition of towers from", text: "Helios Towers' acquisition of 2,000 towers from Airtel Africa was completed in June.",
			want: []wantClaim{want(KindAction, "Helios Towers", "Airtel Africa")}},
		{name: "sale of shares to the public is no deal", text: "Petrobras' sale of new shares to investors raised $2 billion.",
			noKind: []string{KindAction}},
	})
}

// A deadline told from the firm's side ("X has until 14 March to offer
// remedies") is set by the authority that acted on the firm before; "has
// 60 days to pay/appeal" is left alone (the sets disagree on it).
func TestFramesDeadlineFromContext(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "has until after probe", text: "Britain's Competition and Markets Authority has opened an in-depth probe into Vodafone's planned purchase of Hexline Networks. Vodafone has until 14 March to offer remedies.",
			want: []wantClaim{want(KindMandate, "Competition and Markets Authority", "Vodafone")}},
		{name: "has until after a fine", text: "Brazil's ANPD fined Telefonica Brasil 2 million reais over a data leak. Telefonica Brasil has until June 30 to notify every affected customer.",
			want: []wantClaim{want(KindMandate, "ANPD", "Telefonica Brasil")}},
		{name: "has until with no authority before", text: "Helios Towers has until March 31 to complete its purchase of Ubuntu Towers Malawi.",
			noKind: []string{KindMandate}},
		{name: "days to appeal is a right", text: "Saudi Arabia's General Authority for Competition fined Yamama Cement 10 million riyals. Yamama Cement has 60 days to appeal.",
			noKind: []string{KindMandate}},
		{name: "days to close the deal is no deadline set", text: "Helios Towers said it has 90 days to close its purchase of Ubuntu Towers.",
			noKind: []string{KindMandate}},
	})
}

// A grant "to" firms over the whole sentence, unknown names included:
// "granted a licence to Thunes and in-principle approval to two others,
// Kinetic Remit and Halo Wallet".
func TestFramesGrantRecipients(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "licence to one and approval to two others", text: "Singapore's Monetary Authority said on Wednesday it had granted a major payment institution licence to Thunes and in-principle approval to two others, Kinetic Remit and Halo Wallet, allowing them to offer transfers.",
			want: []wantClaim{want(KindApproval, "Monetary Authority", "Thunes"), want(KindApproval, "Monetary Authority", "Kinetic Remit"), want(KindApproval, "Monetary Authority", "Halo Wallet")}},
		{name: "awarded spectrum to unknown name", text: "Nigeria's communications commission awarded 5G spectrum to Mafab on Thursday.",
			want: []wantClaim{want(KindApproval, "", "Mafab")}},
		{name: "granted to a person is no firm", text: "The Bank of Ghana granted a waiver to John Mensah, its former deputy governor.",
			notParty: []string{"John Mensah"}},
	})
}

// Undoing a block or revocation is an approval: "restored access to X",
// "unblocked X", "reinstated the licence of X"; a firm unblocking a rival
// stays an action, restoring power is no approval.
func TestFramesRestoreUnblockReinstate(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "restored access to", text: "Pakistan's telecoms authority said on Saturday it had restored access to Telegram, ending a four-month shutdown.",
			want: []wantClaim{want(KindApproval, "", "Telegram")}},
		{name: "unblocked", text: "Russia's Roskomnadzor unblocked LinkedIn on Monday.",
			want: []wantClaim{want(KindApproval, "Roskomnadzor", "LinkedIn")}},
		{name: "reinstated licence", text: "The Central Bank of Nigeria reinstated the licence of Heritage Bank after a court ruling.",
			want: []wantClaim{want(KindApproval, "Central Bank of Nigeria", "Heritage Bank")}},
		{name: "reinstated X's permit", text: "Indonesia's communications ministry reinstated Steam's operating permit after the company registered locally.",
			want: []wantClaim{want(KindApproval, "", "Steam")}},
		{name: "firm unblocks rival", text: "Meta unblocked Telegram links on Instagram on Tuesday.",
			want: []wantClaim{want(KindAction, "Meta", "Telegram")}, noKind: []string{KindApproval}},
		{name: "restored power is no approval", text: "Kenya Power restored power to Nairobi on Sunday, the Energy and Petroleum Regulatory Authority said.",
			noKind: []string{KindApproval}},
		{name: "reinstated a manager is no approval", text: "The Reserve Bank of India reinstated a deputy governor on Monday.",
			noKind: []string{KindApproval}},
	})
}

// More verbs of the kinds: "withdrew the licence of X" (a revocation),
// "docked X £2 million" (a fine), "sought information from X" (an
// authority examining X).
func TestFramesWithdrawDockSought(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "withdrew the licence of", text: "The Bank of Lithuania withdrew the licence of Gintaras Pay UAB.",
			want: []wantClaim{want(KindPenalty, "Bank of Lithuania", "Gintaras Pay")}},
		{name: "withdrew X's banking licence", text: "The European Central Bank withdrew Sberbank Europe's banking licence in March.",
			want: []wantClaim{want(KindPenalty, "European Central Bank", "Sberbank Europe")}},
		{name: "firm withdrew its appeal", text: "Gintaras Pay withdrew its appeal against the Bank of Lithuania on Monday.",
			noKind: []string{KindPenalty}},
		{name: "docked", text: "Ofcom docked BT £2 million over emergency call failures.",
			want: []wantClaim{want(KindPenalty, "Ofcom", "BT")}},
		{name: "docked points is no fine", text: "The league docked Galaxy United ten points.",
			noKind: []string{KindPenalty}},
		{name: "sought information from", text: "The Competition Commission of India sought information from Raghav Cement about the deal.",
			want: []wantClaim{want(KindProbe, "Competition Commission of India", "Raghav Cement")}},
		{name: "asked for documents from", text: "Brazil's CADE asked for documents from iFood and Rappi on exclusivity clauses.",
			want: []wantClaim{want(KindProbe, "CADE", "iFood")}},
		{name: "firm sought information from regulator", text: "Raghav Cement sought information from the Competition Commission of India about the timetable.",
			noKind: []string{KindProbe}},
	})
}

// An inquiry told without its verb: "placed X under investigation", "An
// inspection had found that the lender failed to ..." (the authority that
// acted on the firm), with the firm's own audit no probe.
func TestFramesPlacedUnderAndFoundThat(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "placed under investigation", text: "China's securities regulator has placed Zhejiang Hengyu Pharmaceutical under investigation for suspected disclosure violations.",
			want: []wantClaim{want(KindProbe, "", "Zhejiang Hengyu Pharmaceutical")}},
		{name: "placed under scrutiny", text: "The Reserve Bank of India placed Kaveri Finserv Pvt Ltd under close scrutiny after the audit.",
			want: []wantClaim{want(KindProbe, "Reserve Bank of India", "Kaveri Finserv")}},
		{name: "inspection had found that the lender", text: "The Bank of Lithuania has fined Revolut Bank UAB 3.5 million euros. An inspection had found that the lender failed to monitor suspicious transactions.",
			want: []wantClaim{want(KindProbe, "Bank of Lithuania", "Revolut Bank")}},
		{name: "audit showed that X", text: "Ghana's Energy Commission suspended the permit of Volta Gas Ltd. An audit showed that Volta Gas had falsified safety records.",
			want: []wantClaim{want(KindProbe, "Energy Commission", "Volta Gas")}},
		{name: "firm's own review found", text: "Revolut said its own review found that the outage had no effect on customer funds.",
			noKind: []string{KindProbe}},
	})
}

// A penalty an authority proposes against a firm is a penalty claim
// (hedged when the proposal is only possible).
func TestFramesProposedPenalty(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "could propose civil penalties against", text: "The Federal Aviation Administration could propose civil penalties against Spirit AeroSystems over lapses in its fuselage production.",
			want: []wantClaim{{kind: KindPenalty, actor: "Federal Aviation Administration", target: "Spirit AeroSystems", certainty: "hedged"}}},
		{name: "proposed a fine on", text: "The FAA proposed a $1.2 million fine on United Airlines for maintenance lapses.",
			want: []wantClaim{want(KindPenalty, "FAA", "United Airlines")}},
		{name: "firm proposing a penalty clause is no penalty", text: "Spirit AeroSystems proposed penalties against suppliers that deliver late, the company said.",
			noKind: []string{KindPenalty}},
	})
}

// An authority that closed its own inquiry in a sentence about a firm had
// examined that firm.
func TestFramesClosedOwnInquiry(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "found no evidence and closed its investigation", text: "Thailand's Trade Competition Commission said it had found no evidence that Charoen Pokphand Group abused its dominance, and closed its investigation.",
			want: []wantClaim{want(KindProbe, "Trade Competition Commission", "Charoen Pokphand Group")}},
		{name: "concluded its probe into", text: "The Hellenic Competition Commission cleared Kyklades Maritime of price fixing and concluded its inquiry on Friday.",
			want: []wantClaim{want(KindProbe, "Hellenic Competition Commission", "Kyklades Maritime")}},
		{name: "firm closed its own investigation", text: "Charoen Pokphand Group closed its investigation into the warehouse fire on Monday.",
			noKind: []string{KindProbe}},
	})
}

// The order a firm appealed is the authority's mandate on that firm.
func TestFramesAppealedOrder(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "appeal against the authority's order", text: "A German court on Wednesday rejected Lufthansa's appeal against the Federal Cartel Office's order to open up its Frankfurt slots to Condor.",
			want: []wantClaim{want(KindMandate, "Federal Cartel Office", "Lufthansa")}},
		{name: "challenge of the regulator's ban", text: "The High Court heard Safaricom's challenge against the Communications Authority's ban on its new tariffs.",
			want: []wantClaim{want(KindMandate, "Communications Authority", "Safaricom")}},
		{name: "appeal against a court's order", text: "Lufthansa's appeal against the Frankfurt court's order was heard on Monday.",
			noKind: []string{KindMandate}},
	})
}

// A case filed against a class whose members follow a dash or colon names
// those firms.
func TestFramesCaseAgainstListedClass(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "accusing three farmers dash list", text: "Chile's National Economic Prosecutor's Office (FNE) has filed a complaint before the competition tribunal accusing three salmon farmers — Salmones Aysén, Patagonia Blue and Acuícola Reloncaví — of agreeing to limit harvests.",
			want: []wantClaim{want(KindProbe, "FNE", "Salmones Aysén"), want(KindProbe, "FNE", "Patagonia Blue"), want(KindProbe, "FNE", "Acuícola Reloncaví")}},
		{name: "against two lenders colon list", text: "The Consumer Financial Protection Bureau filed a lawsuit against two lenders: Kwikpay Ltd and Fulton Trust Bank.",
			want: []wantClaim{want(KindProbe, "Consumer Financial Protection Bureau", "Kwikpay"), want(KindProbe, "Consumer Financial Protection Bureau", "Fulton Trust Bank")}},
	})
}

// A plea to a court with a long name before its "to" is still a request.
func TestFramesLongCourtPlea(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "asking the tribunal with long name to fine", text: "The FNE is asking the Tribunal for the Defense of Free Competition (TDLC) to fine Salmones Aysén up to US$60 million.",
			noKind: []string{KindPenalty}},
	})
}
