package extract

import "testing"

// Round 7, tuner C2: precision and negation. Each frame is written in
// several wordings of our own, with near misses that must stay silent.

// denied returns the expectation of a negated claim.
func denied(kind, actor, target string) wantClaim {
	w := want(kind, actor, target)
	w.negated = true
	return w
}

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
		{name: "settlement offer is no bid", text: "Safaricom rejected a settlement offer from Airtel Kenya.",
			noKind: []string{KindAction}},
		{name: "job offer is no bid", text: "Alibaba's founder rejected a job offer from Tencent.",
			noKind: []string{KindAction}},
	})
}
