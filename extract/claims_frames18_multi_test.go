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
