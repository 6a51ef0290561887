package extract

import "testing"

// Round 14 (T14S): who acts when the sentence names the actor vaguely.
// Passages are written for these tests; none is copied from a gold set.

// A generic actor ("regulators", "Chinese authorities", "the government")
// whose act the same sentence attributes to a named authority is that
// authority; a firm, a court or an unnamed body speaking changes nothing.
func TestGenericActorNamedSpeaker(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "plural regulators, trailing said", text: "Canadian transport regulators have opened an investigation into Borealis Air Ltd over missed maintenance checks, Transport Canada said on Friday.",
			want:    []wantClaim{want(KindProbe, "Transport Canada", "Borealis Air")},
			notWant: []wantClaim{want(KindProbe, "regulators", "Borealis Air")}},
		{name: "nationality authorities, according to a statement from", text: "Chinese authorities fined Hengda Dairy Co 4 million yuan for mislabelled infant formula, according to a statement from the State Administration for Market Regulation.",
			want: []wantClaim{want(KindPenalty, "State Administration for Market Regulation", "Hengda Dairy")}},
		{name: "the government, ministry said", text: "The government ordered Kestrel Mining Ltd to halt work at its northern pit, the Ministry of Mines said in a notice.",
			want: []wantClaim{want(KindMandate, "Ministry of Mines", "Kestrel Mining")}},
		{name: "officials, said the agency", text: "Officials have suspended the licence of Volta Freight Inc pending a safety review, said the Federal Motor Carrier Safety Administration.",
			want: []wantClaim{want(KindPenalty, "Federal Motor Carrier Safety Administration", "Volta Freight")}},
		{name: "watchdog, named regulator said", text: "The watchdog has fined Meridian Payments Ltd £3 million over weak fraud controls, the Financial Conduct Authority said.",
			want: []wantClaim{want(KindPenalty, "Financial Conduct Authority", "Meridian Payments")}},
		// near misses: the speaker is a firm, a court, or a kind of body
		{name: "firm speaking keeps the generic actor", text: "Chinese authorities fined Hengda Dairy Co 4 million yuan, Hengda Dairy said.",
			want: []wantClaim{want(KindPenalty, "Chinese authorities", "Hengda Dairy")}, notWant: []wantClaim{want(KindPenalty, "Hengda", "Hengda Dairy")}},
		{name: "court speaking is no actor", text: "Regulators fined Orrin Chemicals Inc $2 million, the Supreme Court said.",
			notWant: []wantClaim{want(KindPenalty, "Supreme Court", "Orrin Chemicals")}},
		{name: "a document naming a kind of body is no speaker", text: "The government has approved the sale of Veltro Robotics SpA to Kaito Machinery Co, according to a cabinet decree published on Friday.",
			want: []wantClaim{want(KindApproval, "government", "Veltro Robotics")}},
	})
}

// "their probe", "the agency's probe": a possessive is never followed by
// the verb "probe", so the noun opens an inquiry like "its probe".
func TestPossessiveProbeNoun(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "their probe of", text: "Safety regulators have widened their probe of Norvik Motors to cover 200,000 more cars.",
			want: []wantClaim{want(KindProbe, "regulators", "Norvik Motors")}},
		{name: "their probe into, named speaker", text: "Investigators have expanded their probe into Castellan Bank, the Securities and Exchange Commission said.",
			want: []wantClaim{want(KindProbe, "Securities and Exchange Commission", "Castellan Bank")}},
		{name: "authority's probe", text: "The Competition Commission's probe of Ubuntu Foods Ltd began in March.",
			want: []wantClaim{want(KindProbe, "Competition Commission", "Ubuntu Foods")}},
		// near miss: the verb after a subject pronoun stays a verb
		{name: "they probe: no possessive", text: "Analysts say they probe quarterly results of Norvik Motors closely.",
			noKind: []string{KindProbe}},
	})
}

// A past form before "shares", "users" or "office" describes the noun: no
// remedy done, so no answer to an earlier act.
func TestParticipleBeforeNounNoRemedy(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "registered shares", text: "The Food and Drug Administration cleared Halvorsen Medical AG's Lumen monitor. Halvorsen Medical registered shares are listed on the SIX Swiss Exchange.",
			noKind: []string{KindResponse}},
		{name: "paid subscribers", text: "The regulator fined Streamly Inc $1 million. Streamly paid subscribers rose 8% in the quarter.",
			noKind: []string{KindResponse}},
		{name: "remedy still counts", text: "The regulator fined Streamly Inc $1 million. Streamly said it had paid the fine.",
			want: []wantClaim{stance(KindResponse, "Streamly", "regulator", "comply")}},
	})
}

// Several inquiries opened at once are told with the plural noun
// ("opened probes into", "begun cybersecurity reviews of", "carried out
// audits of"); the third-person verb after a subject stays a verb, and an
// auditor's own audits are no inquiry.
func TestPluralInquiryNouns(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "opened probes into two firms", text: "The Monopolies Commission said it had opened probes into Dunmore Cement Ltd and Kestrel Aggregates Ltd.",
			want: []wantClaim{want(KindProbe, "Monopolies Commission", "Dunmore Cement"), want(KindProbe, "Monopolies Commission", "Kestrel Aggregates")}},
		{name: "begun security reviews of", text: "The Cyberspace Administration of China has begun cybersecurity reviews of Quanlu Logistics Ltd.",
			want: []wantClaim{want(KindProbe, "Cyberspace Administration of China", "Quanlu Logistics")}},
		{name: "carried out audits of, generic actor with a field word", text: "Tax officials in Sichuan and Yunnan have carried out audits of Meishan Electronics Co, state media said.",
			want: []wantClaim{want(KindProbe, "Tax officials", "Meishan Electronics")}},
		{name: "opening field word keeps the generic actor whole", text: "Antitrust regulators have opened an investigation into Orrin Chemicals Inc.",
			want: []wantClaim{want(KindProbe, "Antitrust regulators", "Orrin Chemicals")}},
		// near misses
		{name: "customers' reviews are no inquiry", text: "Customer reviews of Meishan Electronics Co's new phone were mixed, the company said.",
			noKind: []string{KindProbe}},
		{name: "an auditor's own audits", text: "Harwood & Co was fined £2 million over its audits of Tamsin Homes Ltd, the Financial Reporting Council said.",
			notWant: []wantClaim{want(KindProbe, "Financial Reporting Council", "Tamsin Homes")}},
	})
}

// A settlement whose counterpart is told only by a nationality before the
// case noun ("to settle a Dutch prosecution") is with that country's
// prosecutors; a private case with a foreign firm is no penalty.
func TestSettledNationalProsecution(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "settle a nationality prosecution", text: "Nordhavn Bank agreed on Monday to pay 300 million euros to settle a Danish prosecution over money laundering at its Baltic branch.",
			want: []wantClaim{want(KindPenalty, "Danish prosecutors", "Nordhavn Bank"), want(KindProbe, "Danish prosecutors", "Nordhavn Bank")}},
		{name: "resolve a nationality criminal case", text: "Castell Engineering SA will pay 45 million euros to resolve a French criminal case over bribes paid in Africa.",
			want: []wantClaim{want(KindPenalty, "French prosecutors", "Castell Engineering")}},
		{name: "settle with nationality prosecutors", text: "Vantor Mining AG agreed to pay 20 million francs to settle with Swiss prosecutors over a Congo bribery scheme.",
			want: []wantClaim{want(KindPenalty, "Swiss prosecutors", "Vantor Mining")}},
		// near misses: a private suit, a nationality naming a firm
		{name: "lawsuit with a foreign firm", text: "Castell Engineering SA agreed to pay 45 million euros to settle a lawsuit with French retailer Maison Dufour.",
			noKind: []string{KindPenalty}},
		{name: "a nationality before another noun", text: "Nordhavn Bank agreed to pay 30 million euros to settle a Danish pension fund's claim over losses.",
			noKind: []string{KindPenalty}},
	})
}
