package extract

import "testing"

// Round 13, authority acts: which kind an authority's act is and whom it
// falls on, in the shapes unseen writers used (an inquiry ordered from the
// body's own arm, ...). Self-written passages.

// TestFrames17KindsOwnArmProbe: an authority that orders or asks its own
// investigation arm or director general to examine a firm probes the firm;
// it binds no firm to anything.
func TestFrames17KindsOwnArmProbe(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "ordered arm detailed probe list",
			text:   "The Competition Commission of India has ordered its investigation arm to conduct a detailed probe into food-delivery apps Zomato and Swiggy over alleged deep discounting, people familiar with the matter said.",
			want:   []wantClaim{want(KindProbe, "Competition Commission", "Zomato"), want(KindProbe, "Competition Commission", "Swiggy")},
			noKind: []string{KindMandate}},
		{name: "directed director general",
			text:   "Kenya's Competition Authority directed its director general to investigate cement maker Bamburi Cement over suspected price coordination.",
			want:   []wantClaim{want(KindProbe, "Competition Authority", "Bamburi")},
			noKind: []string{KindMandate}},
		{name: "thorough probe ordered",
			text:   "South Korea's Fair Trade Commission ordered a thorough probe into Coupang's supplier terms on Monday.",
			want:   []wantClaim{want(KindProbe, "Fair Trade Commission", "Coupang")},
			noKind: []string{KindMandate}},
		{name: "asked own unit",
			text:   "South Africa's Competition Commission has asked its investigations unit to look into Vodacom's data pricing, a spokesperson said.",
			want:   []wantClaim{want(KindProbe, "Competition Commission", "Vodacom")},
			noKind: []string{KindMandate}},
		{name: "comprehensive probe passive voice",
			text: "A comprehensive probe into Turkcell's roaming charges was launched by Turkey's Competition Authority on Thursday.",
			want: []wantClaim{want(KindProbe, "Competition Authority", "Turkcell")}},
		// near misses: the firm's own staff, a third party's request, a real order
		{name: "firm asks its lawyers",
			text:   "Glencore has asked its investigation team to review contracts signed by a former trader, the company said.",
			noKind: []string{KindProbe, KindMandate}},
		{name: "lawmakers ask regulator",
			text:   "Lawmakers asked the Securities and Exchange Commission to investigate Nikola over its truck claims.",
			noKind: []string{KindProbe}},
		{name: "ordered firm to audit itself",
			text: "The Reserve Bank of India ordered Paytm Payments Bank to conduct a detailed audit of its IT systems.",
			want: []wantClaim{want(KindMandate, "Reserve Bank", "Paytm")}},
	})
}

// TestFrames17KindsClearedOf: clearing a firm of accusations rules a
// sanction out (negated penalty); clearing its deal or letting it act is
// still an approval.
func TestFrames17KindsClearedOf(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "while clearing rival",
			text:   "Colombia's Superintendence of Industry and Commerce fined retailer Falabella 400 million pesos for misleading discounts, while clearing rival Ripley of similar accusations, officials said.",
			want:   []wantClaim{want(KindPenalty, "Superintendence", "Falabella"), denied(KindPenalty, "Superintendence", "Ripley")},
			noKind: []string{KindApproval}},
		{name: "cleared of allegations that",
			text:   "The Competition Authority of Kenya cleared Safaricom of allegations that it abused its dominance in mobile money.",
			want:   []wantClaim{denied(KindPenalty, "Competition Authority", "Safaricom")},
			noKind: []string{KindApproval}},
		{name: "any wrongdoing",
			text:   "Britain's Financial Conduct Authority has cleared Hargreaves Lansdown of any wrongdoing over the suspension of a property fund.",
			want:   []wantClaim{denied(KindPenalty, "Financial Conduct Authority", "Hargreaves Lansdown")},
			noKind: []string{KindApproval}},
		{name: "passive cleared by",
			text:   "Thai Airways was cleared of breaching passenger-rights rules by the Civil Aviation Authority of Thailand on Friday.",
			noKind: []string{KindApproval}},
		// near misses: a cleared deal, a cleared firm allowed to act
		{name: "cleared purchase of",
			text:    "The European Commission cleared Microsoft's purchase of Activision Blizzard on Monday.",
			want:    []wantClaim{want(KindApproval, "European Commission", "Activision")},
			notWant: []wantClaim{denied(KindPenalty, "European Commission", "Microsoft")}},
		{name: "cleared to launch",
			text:   "Brazil's Anatel cleared Starlink to add 4,000 satellites to its network.",
			want:   []wantClaim{want(KindApproval, "Anatel", "Starlink")},
			noKind: []string{KindPenalty}},
	})
}
