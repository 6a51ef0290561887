package extract

import "testing"

// A time allowed to answer is no answer: the firm has taken no stance.
func TestTimeToRespondIsNoResponse(t *testing.T) {
	cases := []struct{ name, text string }{
		{"has N days to appeal", "Polish chain Groszek Market was fined 31 million zlotys by UOKiK. The chain has 11 days to appeal."},
		{"have until a date to challenge", "Kenya's Competition Authority fined millers Unga Partners and Pembe Flour. The two companies have until March 3 to challenge the decision."},
		{"was given weeks to contest", "Ghana's central bank fined lender Akwaba Savings 2 million cedis. Akwaba Savings was given two weeks to contest the fine."},
		{"can appeal within N days", "Turkey's competition board fined grocer Kiler Market 40 million lira. The company can appeal within 60 days."},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, cl := range x.Claims(Document{Text: c.text}) {
				if cl.Kind == KindResponse {
					t.Errorf("no response wanted; got %s", describe([]Claim{cl}))
				}
			}
		})
	}
	// a stated intention still answers
	got := x.Claims(Document{Text: "Turkey's competition board fined grocer Kiler Market 40 million lira. The company said it would appeal within 30 days."})
	if !hasClaim(got, wantClaim{kind: KindResponse, actor: "Kiler Market", target: "competition board", stance: "resist"}) {
		t.Errorf("'said it would appeal within 30 days' is a response; got %s", describe(got))
	}
}

// Prose around the frames that must stay claim-free.
func TestFrameNegatives(t *testing.T) {
	cases := []struct{ name, text string }{
		{"waving at a firm is no approval", "Regulators waved at Kestrel Motors' stand at the fair."},
		{"signing a letter is no approval", "The ministry signed a letter of intent with the World Bank on Monday."},
		{"snapping a photo is no deal", "Visitors snapped photos of Kestrel Motors' new car at the Oslo show."},
		{"one firm joining a group is no partnership", "Kestrel Motors joined the industry association last year."},
		{"a joint statement of a firm and a ministry", "Kestrel Motors and the transport ministry will jointly host a safety forum."},
		{"a firm sets itself a deadline", "Kestrel Motors set itself a 2030 deadline to sell only electric cars."},
		{"taking responsibility for a product launch", "Kestrel Motors' new chief will take responsibility for the electric car launch."},
		{"a firm's president is no government", "Samsung President Kim Ki-nam ordered a review of the chip unit."},
		{"a militant group banned is no firm", "Kestrel Motors opened a plant in Lahore. In 2013 Pakistan banned the group and took control of its schools."},
		{"a dropped investigation is no probe", "Prosecutors in Sweden have dropped an investigation into Kestrel Motors' former chairman."},
		{"seeking investors is no challenge", "Kestrel Motors is seeking new investors for its battery unit, the company said."},
		{"a remedy with no authority before is no response", "Kestrel Motors said it had already recalled 3,000 cars with faulty brakes."},
		{"hit with a ball is no fine", "Harbor striker Dale Fenwick hit the post with a free kick in the final minute."},
		{"a country's firm launching a product is no authority", "Poland's Allegro launched a new loyalty programme on Monday."},
		{"fighting fires is no response", "Firefighters fought the blaze at the Kestrel Motors plant for six hours."},
		{"the finance ministry forecasting is no claim", "The finance ministry expects growth of 5% this year."},
		{"a country's product service is no authority", "Kenya's mobile money service M-Pesa approved 3 million new accounts last year."},
		{"dropping a plan is no firm act", "Kestrel Motors dropped its plan to build a plant in Lagos."},
		{"accepting an award from a body is no act on a firm", "Kestrel Motors accepted an award from the Lagos Business Council."},
		{"going to a court hearing is no challenge", "Kestrel Motors' lawyers went to court on Monday to watch the hearing."},
		{"removing a product is no act on a firm", "Kestrel Motors removed the heated seats from its cheapest model."},
		{"considering options without an authority's act", "Kestrel Motors said it was considering its options, including an appeal of the tax ruling by its supplier."},
		{"defending a title is no response", "Harbor Bank Partners will defend its title as the region's best lender at the awards."},
		{"one firm's agreement with a union", "Kestrel Motors said it had reached a wage agreement with the metalworkers' union."},
		{"reviewing a product is no probe", "Critics review the new Kestrel Motors sedan this week."},
		{"a firm seizing an opportunity is no penalty", "Kestrel Motors seized 5% of the market from rivals within a year."},
		{"a newspaper reports an outlet's news", "Shares of Harbor Foods rose 4%, Bloomberg News reported."},
		{"a plural acronym is a thing, not a firm", "Kestrel Motors blocked rivals' URLs in its app for years."},
		{"SIMs are no firm", "Harbor Telecom cut off SIMs that were never registered."},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := x.Claims(Document{Text: c.text}); len(got) > 0 {
				t.Errorf("want no claims, got %s", describe(got))
			}
		})
	}
}

// A remedy the firm denies having made is no response.
func TestRemedyDeniedIsNoResponse(t *testing.T) {
	x := NewClaimExtractor(nil)
	got := x.Claims(Document{Text: "Kenya's central bank fined lender Mwamba Credit Partners. Mwamba Credit said it had not yet fixed the system."})
	for _, c := range got {
		if c.Kind == KindResponse {
			t.Errorf("no response wanted; got %s", describe(got))
		}
	}
}

// What a suit aims at, a thing's relative clause and a price charged are no
// claims of their own.
func TestNotTheActorsAct(t *testing.T) {
	cases := []struct{ name, text, kind string }{
		{"sued to block: no mandate", "The U.S. Justice Department sued to block UnitedHealth Group's purchase of Amedisys.", KindMandate},
		{"sought to bar: no mandate", "Texas sued Kestrel Motors, seeking to bar the carmaker from selling its vans.", KindMandate},
		{"agreements that required: no mandate", "Japan's Fair Trade Commission issued an order against Google over agreements that required Android phone makers to preinstall its app.", KindMandate},
		{"until it meets the rules: no response", "The Indonesian government has barred Apple from selling the iPhone 16 until it meets local-content rules.", KindResponse},
		{"recommended that the tribunal prohibit: no mandate", "South Africa's Competition Commission recommended that the tribunal prohibit the merger of Vodacom and Maziv.", KindMandate},
		{"sued an authority to shut down: no mandate", "An environmental group repeatedly sued the Trump administration to shut down the Keystone XL pipeline.", KindMandate},
		{"prices it charges: no probe", "Ofcom ordered BT to cut the wholesale prices it charges rival broadband providers.", KindProbe},
		{"what sellers can charge: no probe", "Germany's Federal Cartel Office ordered Amazon to stop tools that limit what sellers can charge.", KindProbe},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, cl := range x.Claims(Document{Text: c.text}) {
				if cl.Kind == c.kind && (c.kind != KindMandate || cl.Rule != "mandate/issued") {
					t.Errorf("no %s wanted; got %s", c.kind, describe([]Claim{cl}))
				}
			}
		})
	}
}
