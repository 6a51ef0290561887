package extract

import "testing"

// Several claims in one sentence (round 14): a settlement names the
// authority's charge, the sum and the firm's acceptance at once; a verb
// coordinated with "and" shares the subject of the verb before it.

func TestFramesSettlementCarriesCharge(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "settle charges brought by", text: "Harbourline Freight agreed to pay $12 million to settle charges brought by the Federal Maritime Commission that it overcharged shippers for detention fees.",
			want: []wantClaim{want(KindPenalty, "Federal Maritime Commission", "Harbourline Freight"), want(KindProbe, "Federal Maritime Commission", "Harbourline Freight"), want(KindResponse, "Harbourline Freight", "Federal Maritime Commission")}},
		{name: "resolve an investigation, authority as modifier", text: "Pampas Telecom will pay $4 million to resolve an investigation by the Federal Communications Commission into billing errors, the company said.",
			want: []wantClaim{want(KindPenalty, "Federal Communications Commission", "Pampas Telecom"), want(KindProbe, "Federal Communications Commission", "Pampas Telecom")}},
		{name: "criminal charges, payee authority", text: "Nordvik Shipping has agreed to pay 90 million pounds to Britain's Serious Fraud Office to settle criminal charges over sanctions breaches.",
			want: []wantClaim{want(KindPenalty, "Serious Fraud Office", "Nordvik Shipping"), want(KindProbe, "Serious Fraud Office", "Nordvik Shipping")}},
		{name: "settling a probe, present", text: "Kestrel Air agrees to pay A$5 million to the Australian Competition and Consumer Commission, settling a probe into refund delays.",
			want: []wantClaim{want(KindPenalty, "Australian Competition and Consumer Commission", "Kestrel Air"), want(KindProbe, "Australian Competition and Consumer Commission", "Kestrel Air")}},
		// near misses: the settled thing is no charge by an authority
		{name: "settle a dispute with a rival is no probe", text: "Harbourline Freight agreed to pay $12 million to settle a contract dispute with Baltic Ports, the Federal Maritime Commission said.",
			noKind: []string{KindProbe}},
		{name: "settle allegations stays a settlement only", text: "Verdant Bank agreed to pay $3 million to settle allegations that it mis-sold insurance, Ireland's central bank said.",
			noKind: []string{KindProbe}},
		{name: "class action settlement makes nothing", text: "Orchid Foods agreed to pay $8 million to settle a class action brought by shoppers over mislabelled olive oil.",
			none: true},
	})
}

func TestFramesCoordinatedPayer(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "pleaded guilty and agreed to forfeit", text: "Meridian Bank pleaded guilty on Monday to evading U.S. sanctions and agreed to forfeit about $900 million, resolving a Justice Department investigation.",
			want: []wantClaim{want(KindPenalty, "Justice Department", "Meridian Bank"), want(KindProbe, "Justice Department", "Meridian Bank"), want(KindResponse, "Meridian Bank", "Justice Department")}},
		{name: "admitted and agreed to pay", text: "Cobalt Mining admitted to bribing customs officials and agreed to pay 20 million euros to settle charges by France's financial prosecutor PNF.",
			want: []wantClaim{want(KindPenalty, "PNF", "Cobalt Mining"), want(KindProbe, "PNF", "Cobalt Mining")}},
		{name: "apologised and agreed to pay", text: "Lotus Air apologised to passengers and agreed to pay a 2 million ringgit penalty to settle an inquiry by the Malaysian Aviation Commission.",
			want: []wantClaim{want(KindPenalty, "Malaysian Aviation Commission", "Lotus Air")}},
		// near miss: the firm before "and" is an object, not the subject
		{name: "object before and is no payer", text: "Regulators criticised Meridian Bank and agreed to pay investigators more from the budget, the finance ministry said.",
			noKind: []string{KindPenalty}},
	})
}

func TestFramesEndedInquiryClause(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "accepted commitments, ending an investigation", text: "The European Commission on Thursday accepted commitments offered by Corvina Labs, ending a two-year investigation into its pricing of cancer drugs.",
			want: []wantClaim{want(KindApproval, "European Commission", "Corvina Labs"), want(KindProbe, "European Commission", "Corvina Labs")}},
		{name: "approved a plan, ending an inquiry it opened", text: "South Korea's Fair Trade Commission approved a remedy plan submitted by Hanul Games, concluding an inquiry it began in 2022 into the company's app store fees.",
			want: []wantClaim{want(KindProbe, "Fair Trade Commission", "Hanul Games")}},
		{name: "fined, closing a case", text: "Poland's competition office UOKiK fined Wisla Dairy 12 million zlotys, closing a case over late payments to farmers.",
			want: []wantClaim{want(KindPenalty, "UOKiK", "Wisla Dairy"), want(KindProbe, "UOKiK", "Wisla Dairy")}},
		{name: "ordered, ending long-running proceedings", text: "Brazil's antitrust regulator CADE ordered Rota Sul Logistica to sell two terminals in Santos, ending long-running proceedings against the operator.",
			want: []wantClaim{want(KindMandate, "CADE", "Rota Sul Logistica"), want(KindProbe, "CADE", "Rota Sul Logistica")}},
		// near misses
		{name: "ending a review is the clearance alone", text: "The Competition and Markets Authority cleared Harrow Foods' purchase of Kestrel Bakeries, ending a lengthy review.",
			noKind: []string{KindProbe}},
		{name: "a firm's act ending a dispute makes no probe", text: "Ostrava Steel agreed to supply Brno Rail with wheels for ten years, ending a legal case between the two companies.",
			noKind: []string{KindProbe}},
		{name: "the ended investigation is of another firm", text: "The FCA fined Redbrook Capital £2 million, ending its investigation into Larkspur Wealth as well.",
			notWant: []wantClaim{want(KindProbe, "FCA", "Redbrook Capital")}},
	})
}

func TestFramesFineAccepted(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "two firms agreed to civil penalties imposed by", text: "Tamarind Motors and Orca Trucks have agreed to civil penalties of up to $95 million, the largest ever imposed by the Federal Motor Carrier Safety Administration, for late safety recalls.",
			want: []wantClaim{want(KindPenalty, "Federal Motor Carrier Safety Administration", "Tamarind Motors"), want(KindPenalty, "Federal Motor Carrier Safety Administration", "Orca Trucks"), want(KindResponse, "Orca Trucks", "Federal Motor Carrier Safety Administration")}},
		{name: "accepted a fine from", text: "Lakeside Rail accepted a fine of 3 million euros from Italy's transport regulator ART over late trains.",
			want: []wantClaim{want(KindPenalty, "ART", "Lakeside Rail"), want(KindResponse, "Lakeside Rail", "ART")}},
		{name: "authority first, firm agrees to an administrative penalty", text: "Kenya's Competition Authority said Jua Foods had agreed to an administrative penalty of 20 million shillings for fixing flour prices.",
			want: []wantClaim{want(KindPenalty, "Competition Authority", "Jua Foods"), want(KindResponse, "Jua Foods", "Competition Authority")}},
		{name: "accepts the record fine", text: "Solaria Energia accepts the record fine handed down by Brazil's power regulator Aneel, the utility said.",
			want: []wantClaim{want(KindPenalty, "Aneel", "Solaria Energia")}},
		// near misses
		{name: "refused to accept a fine", text: "Lakeside Rail refused to accept a fine of 3 million euros from Italy's transport regulator ART.",
			notWant: []wantClaim{want(KindResponse, "Lakeside Rail", "ART")}, noKind: []string{}},
		{name: "agreed to a fine with no authority named", text: "Lakeside Rail agreed to a fine of 3 million euros, the company said.",
			noKind: []string{KindPenalty}},
		{name: "agreed to a deal, not a fine", text: "Lakeside Rail agreed to a penalty clause in its contract with Adriatic Freight.",
			noKind: []string{KindPenalty}},
	})
}

func TestFramesCommitmentsMadeBinding(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "possessed commitments made binding, ending an investigation", text: "Corvina Labs will lower the prices of four generic drugs after the European Commission made the Italian drugmaker's commitments legally binding, ending a three-year investigation into its pricing.",
			want: []wantClaim{want(KindMandate, "European Commission", "Corvina Labs"), want(KindProbe, "European Commission", "Corvina Labs")}},
		{name: "commitments offered by, made binding", text: "The Competition Commission of India made commitments offered by Bharat Cabs legally binding on Monday.",
			want: []wantClaim{want(KindMandate, "Competition Commission of India", "Bharat Cabs")}},
		{name: "made binding before the noun", text: "Germany's Federal Cartel Office has made legally binding the undertakings given by Rheinwerk Logistik.",
			want: []wantClaim{want(KindMandate, "Federal Cartel Office", "Rheinwerk Logistik")}},
		{name: "remedies made enforceable", text: "The Competition and Markets Authority made Harrow Foods' remedies enforceable, closing its case into the grocer's supply deals.",
			want: []wantClaim{want(KindMandate, "Competition and Markets Authority", "Harrow Foods"), want(KindProbe, "Competition and Markets Authority", "Harrow Foods")}},
		// near misses
		{name: "a firm making its own pledges binding", text: "Harrow Foods made its pledges to suppliers binding in new contracts.",
			noKind: []string{KindMandate}},
		{name: "binding commitments as a noun phrase only", text: "Rheinwerk Logistik made binding commitments to customers about delivery times.",
			noKind: []string{KindMandate}},
	})
}

func TestFramesPleaCarriesCharge(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "plead guilty to charges as part of a settlement with", text: "Orchard Opioids, the maker of a painkiller, will plead guilty to two federal charges over its marketing as part of a settlement worth $1.2 billion with the Justice Department, the department said.",
			want: []wantClaim{want(KindResponse, "Orchard Opioids", "Justice Department"), want(KindProbe, "Justice Department", "Orchard Opioids"), want(KindPenalty, "Justice Department", "Orchard Opioids")}},
		{name: "pleaded guilty to counts", text: "Marlow Shipping pleaded guilty to four counts of dumping oily waste, the U.S. Environmental Protection Agency said on Friday.",
			want: []wantClaim{want(KindProbe, "Environmental Protection Agency", "Marlow Shipping")}},
		{name: "pleaded not guilty to charges", text: "Kauri Building Supplies pleaded not guilty to six charges laid by New Zealand's Commerce Commission over misleading prices.",
			want: []wantClaim{want(KindProbe, "Commerce Commission", "Kauri Building Supplies")}},
		// near misses
		{name: "plea in a court, no charging authority", text: "Harbour Concrete pleaded guilty to three charges in the Auckland District Court on Monday.",
			noKind: []string{KindProbe, KindPenalty}},
		{name: "plea with customers is no plea to charges", text: "Lotus Air pleaded with passengers for patience, the Civil Aviation Authority said.",
			noKind: []string{KindProbe, KindPenalty}},
	})
}
