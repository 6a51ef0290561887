package extract

import "testing"

// A time allowed to answer is no answer: the firm has taken no stance.
func TestTimeToRespondIsNoResponse(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "has N days to appeal", text: "Polish chain Groszek Market was fined 31 million zlotys by UOKiK. The chain has 11 days to appeal.", noKind: []string{KindResponse}},
		{name: "have until a date to challenge", text: "Kenya's Competition Authority fined millers Unga Partners and Pembe Flour. The two companies have until March 3 to challenge the decision.", noKind: []string{KindResponse}},
		{name: "was given weeks to contest", text: "Ghana's central bank fined lender Akwaba Savings 2 million cedis. Akwaba Savings was given two weeks to contest the fine.", noKind: []string{KindResponse}},
		{name: "can appeal within N days", text: "Turkey's competition board fined grocer Kiler Market 40 million lira. The company can appeal within 60 days.", noKind: []string{KindResponse}},
		// a stated intention still answers
		{name: "said it would appeal within N days",
			text: "Turkey's competition board fined grocer Kiler Market 40 million lira. The company said it would appeal within 30 days.",
			want: []wantClaim{{kind: KindResponse, actor: "Kiler Market", target: "competition board", stance: "resist"}}},
	})
}

// Prose around the frames that must stay claim-free.
func TestFrameNegatives(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "waving at a firm is no approval", text: "Regulators waved at Kestrel Motors' stand at the fair.", none: true},
		{name: "signing a letter is no approval", text: "The ministry signed a letter of intent with the World Bank on Monday.", none: true},
		{name: "snapping a photo is no deal", text: "Visitors snapped photos of Kestrel Motors' new car at the Oslo show.", none: true},
		{name: "one firm joining a group is no partnership", text: "Kestrel Motors joined the industry association last year.", none: true},
		{name: "a joint statement of a firm and a ministry", text: "Kestrel Motors and the transport ministry will jointly host a safety forum.", none: true},
		{name: "a firm sets itself a deadline", text: "Kestrel Motors set itself a 2030 deadline to sell only electric cars.", none: true},
		{name: "taking responsibility for a product launch", text: "Kestrel Motors' new chief will take responsibility for the electric car launch.", none: true},
		{name: "a firm's president is no government", text: "Samsung President Kim Ki-nam ordered a review of the chip unit.", none: true},
		{name: "a militant group banned is no firm", text: "Kestrel Motors opened a plant in Lahore. In 2013 Pakistan banned the group and took control of its schools.", none: true},
		{name: "a dropped investigation is no probe", text: "Prosecutors in Sweden have dropped an investigation into Kestrel Motors' former chairman.", none: true},
		{name: "seeking investors is no challenge", text: "Kestrel Motors is seeking new investors for its battery unit, the company said.", none: true},
		{name: "a remedy with no authority before is no response", text: "Kestrel Motors said it had already recalled 3,000 cars with faulty brakes.", none: true},
		{name: "hit with a ball is no fine", text: "Harbor striker Dale Fenwick hit the post with a free kick in the final minute.", none: true},
		{name: "a country's firm launching a product is no authority", text: "Poland's Allegro launched a new loyalty programme on Monday.", none: true},
		{name: "fighting fires is no response", text: "Firefighters fought the blaze at the Kestrel Motors plant for six hours.", none: true},
		{name: "the finance ministry forecasting is no claim", text: "The finance ministry expects growth of 5% this year.", none: true},
		{name: "a country's product service is no authority", text: "Kenya's mobile money service M-Pesa approved 3 million new accounts last year.", none: true},
		{name: "dropping a plan is no firm act", text: "Kestrel Motors dropped its plan to build a plant in Lagos.", none: true},
		{name: "accepting an award from a body is no act on a firm", text: "Kestrel Motors accepted an award from the Lagos Business Council.", none: true},
		{name: "going to a court hearing is no challenge", text: "Kestrel Motors' lawyers went to court on Monday to watch the hearing.", none: true},
		{name: "removing a product is no act on a firm", text: "Kestrel Motors removed the heated seats from its cheapest model.", none: true},
		{name: "considering options without an authority's act", text: "Kestrel Motors said it was considering its options, including an appeal of the tax ruling by its supplier.", none: true},
		{name: "defending a title is no response", text: "Harbor Bank Partners will defend its title as the region's best lender at the awards.", none: true},
		{name: "one firm's agreement with a union", text: "Kestrel Motors said it had reached a wage agreement with the metalworkers' union.", none: true},
		{name: "reviewing a product is no probe", text: "Critics review the new Kestrel Motors sedan this week.", none: true},
		{name: "a firm seizing an opportunity is no penalty", text: "Kestrel Motors seized 5% of the market from rivals within a year.", none: true},
		{name: "a newspaper reports an outlet's news", text: "Shares of Harbor Foods rose 4%, Bloomberg News reported.", none: true},
		{name: "a plural acronym is a thing, not a firm", text: "Kestrel Motors blocked rivals' URLs in its app for years.", none: true},
		{name: "SIMs are no firm", text: "Harbor Telecom cut off SIMs that were never registered.", none: true},
	})
}

// A remedy the firm denies having made is no response.
func TestRemedyDeniedIsNoResponse(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "had not yet fixed", text: "Kenya's central bank fined lender Mwamba Credit Partners. Mwamba Credit said it had not yet fixed the system.", noKind: []string{KindResponse}},
	})
}

// What a suit aims at, a thing's relative clause and a price charged are no
// claims of their own.
func TestNotTheActorsAct(t *testing.T) {
	// the order an authority issues itself ("issued an order against
	// Google") stays a mandate; only what that order is about must not be one
	noMandate := func(t reporter, got []Claim) {
		t.Helper()
		for _, cl := range got {
			if cl.Kind == KindMandate && cl.Rule != "mandate/issued" {
				t.Errorf("no %s wanted; got %s", KindMandate, describe([]Claim{cl}))
			}
		}
	}
	expectFrames(t, []frameCase{
		{name: "sued to block: no mandate", text: "The U.S. Justice Department sued to block UnitedHealth Group's purchase of Amedisys.", check: noMandate},
		{name: "sought to bar: no mandate", text: "Texas sued Kestrel Motors, seeking to bar the carmaker from selling its vans.", check: noMandate},
		{name: "agreements that required: no mandate", text: "Japan's Fair Trade Commission issued an order against Google over agreements that required Android phone makers to preinstall its app.", check: noMandate},
		{name: "until it meets the rules: no response", text: "The Indonesian government has barred Apple from selling the iPhone 16 until it meets local-content rules.", noKind: []string{KindResponse}},
		{name: "recommended that the tribunal prohibit: no mandate", text: "South Africa's Competition Commission recommended that the tribunal prohibit the merger of Vodacom and Maziv.", check: noMandate},
		{name: "sued an authority to shut down: no mandate", text: "An environmental group repeatedly sued the Trump administration to shut down the Keystone XL pipeline.", check: noMandate},
		{name: "prices it charges: no probe", text: "Ofcom ordered BT to cut the wholesale prices it charges rival broadband providers.", noKind: []string{KindProbe}},
		{name: "what sellers can charge: no probe", text: "Germany's Federal Cartel Office ordered Amazon to stop tools that limit what sellers can charge.", noKind: []string{KindProbe}},
	})
}
