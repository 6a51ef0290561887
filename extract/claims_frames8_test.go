package extract

import "testing"

// Round-6 (B) frames: certainty by the spec, responses phrased as remedies,
// reservations or actions, and references across sentences. Each frame is
// written in several wordings, with near misses.

func TestFrames8Certainty(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "counted officials are sources",
			text: "Kenya's energy regulator has ordered Savanna Power to restore supply to three counties within 48 hours, two officials at the agency said.",
			want: []wantClaim{certain(KindMandate, "energy regulator", "Savanna Power", Reported)}},
		{name: "several people briefed",
			text: "The Competition Commission of Pakistan fined Indus Cement Ltd 1 billion rupees, several people briefed on the matter said.",
			want: []wantClaim{certain(KindPenalty, "Competition Commission of Pakistan", "Indus Cement", Reported)}},
		{name: "plain officials said stays asserted",
			text: "The Communications Authority fined Telkom Kenya 20 million shillings for dropped calls, officials said.",
			want: []wantClaim{certain(KindPenalty, "Communications Authority", "Telkom Kenya", Asserted)}},
		{name: "a named official of the authority is asserted",
			text: "The Japan Fair Trade Commission ordered Rakuten Group to scrap the clause, a JFTC official told reporters.",
			want: []wantClaim{certain(KindMandate, "Japan Fair Trade Commission", "Rakuten", Asserted)}},
		{name: "state news agency reported",
			text: "Egypt's competition authority opened an investigation into Juhayna Food Industries over milk prices, state news agency MENA reported.",
			want: []wantClaim{certain(KindProbe, "competition authority", "Juhayna", Reported)}},
		{name: "the Interfax news agency reported citing a court statement",
			text: "A Moscow court fined Apple Inc 3 million roubles, the Interfax news agency reported, citing a court statement.",
			want: []wantClaim{certain(KindPenalty, "Moscow court", "Apple", Reported)}},
		{name: "correcting earlier reports is no attribution",
			text: "Peru's consumer agency Indecopi did not fine Saga Falabella over the sale, the agency said on Monday, correcting earlier press reports.",
			want: []wantClaim{{kind: KindPenalty, actor: "Indecopi", target: "Saga Falabella", certainty: Asserted, negated: true}}},
		{name: "contrary to weekend reports",
			text: "Contrary to weekend reports, the Bundeskartellamt has not ordered Lidl to change its supplier terms, an office spokesman said.",
			want: []wantClaim{{kind: KindMandate, actor: "Bundeskartellamt", target: "Lidl", certainty: Asserted, negated: true}}},
		{name: "speaking on condition of anonymity",
			text: "Vietnam Airlines has been ordered to suspend two routes by the Civil Aviation Authority of Vietnam, a company official said, speaking on condition of anonymity.",
			want: []wantClaim{certain(KindMandate, "Civil Aviation Authority of Vietnam", "Vietnam Airlines", Reported)}},
		{name: "asked not to be named",
			text: "The Securities and Exchange Board of India has asked Adani Enterprises to explain the trades, said an official who asked not to be named.",
			want: []wantClaim{certain(KindMandate, "Securities and Exchange Board of India", "Adani", Reported)}},
		{name: "a document seen by a wire rests on the wire",
			text: "Indonesia's trade ministry ordered Shopee to stop selling imported goods below $100, according to a document seen by Reuters.",
			want: []wantClaim{certain(KindMandate, "trade ministry", "Shopee", Reported)}},
		{name: "a notice seen by a wire is the authority's own",
			text: "Flipkart has been asked by the Competition Commission of India to submit its seller agreements within 30 days, according to a notice seen by Reuters.",
			want: []wantClaim{certain(KindMandate, "Competition Commission of India", "Flipkart", Asserted)}},
		{name: "whether to challenge is hedged",
			text: "Spain's government barred BBVA from merging with Banco Sabadell for three years. BBVA said the condition was unprecedented and that it was studying whether to challenge it in court.",
			want: []wantClaim{{kind: KindResponse, actor: "BBVA", target: "Spain", certainty: Hedged}}},
	})
}

// Headlines take the body's certainty; "set to" hedges; clubs and teams
// answering a league are no firms.
func TestFrames8HeadlineAndHedges(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "headline told first takes the body's certainty",
			text: "Prosecutors raid Daehan Webtoon over artist contracts\nSEOUL (Yonhap) -- Prosecutors raided the headquarters of online comics platform Daehan Webtoon on Monday, according to legal sources.",
			want: []wantClaim{certain(KindProbe, "Prosecutors", "Daehan Webtoon", Reported)}},
		{name: "set to order",
			text: "Japan's Financial Services Agency is set to order crypto exchange Kirameki Ltd to overhaul its controls after a hack.",
			want: []wantClaim{certain(KindMandate, "Financial Services Agency", "Kirameki", Hedged)}},
		{name: "headline set to",
			text: "Japan's FSA set to order crypto exchange Kirameki Ltd to overhaul controls after hack",
			want: []wantClaim{certain(KindMandate, "FSA", "Kirameki", Hedged)}},
		{name: "the club will not appeal its player's sanction",
			text:   "Kaizer Chiefs midfielder Sipho Dlamini was fined 50,000 rand by the Premier Soccer League for abusing a referee. The club said it would not appeal the sanction.",
			noKind: []string{KindResponse}},
		{name: "a further appeal with no act on the firm found answers the court below",
			text:    "The fine on Agora Markets SA was upheld by the Administrative Court of Appeal on Tuesday. Agora said it would take the case to the Council of State.",
			notWant: []wantClaim{want(KindResponse, "Agora", "Council of State")}},
	})
}

// Headline-ese drops the auxiliary of a passive.
func TestFrames8HeadlinePassives(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "fined by", text: "Pelican Air fined $4.5 million by U.S. transport department over tarmac delays",
			want: []wantClaim{want(KindPenalty, "transport department", "Pelican Air")}},
		{name: "ordered to by a court", text: "Uber ordered to reinstate 200 drivers by Kenyan court",
			want: []wantClaim{want(KindMandate, "Kenyan court", "Uber")}},
		{name: "two firms told to by a watchdog", text: "Apple, Google told to open app stores by Japan watchdog",
			want: []wantClaim{want(KindMandate, "Japan watchdog", "Apple"), want(KindMandate, "Japan watchdog", "Google")}},
		{name: "headline then body", text: "Uber ordered to reinstate 200 drivers by Kenyan court\nNAIROBI - A Kenyan labour court on Monday ordered Uber to reinstate 200 drivers it had deactivated.",
			want: []wantClaim{want(KindMandate, "court", "Uber")}},
		// near misses: an active past in a sentence, a firm acting
		{name: "a firm's own past act in a headline", text: "Grab acquired by nobody: Grab fined drivers for late trips",
			noKind: []string{KindPenalty}},
		{name: "not a headline", text: "Uber ordered new cars for its drivers in Nairobi, the company said.",
			none: true},
	})
}

// Certainty of responses and of rumoured acts.
func TestFrames8ResponseCertainty(t *testing.T) {
	fined := "Poland's UOKiK fined Allegro 200 million zlotys on Monday. "
	c := func(cert string) []wantClaim {
		return []wantClaim{{kind: KindResponse, actor: "Allegro", target: "UOKiK", certainty: cert}}
	}
	expectFrames(t, []frameCase{
		{name: "said it would appeal", text: fined + "Allegro said it would appeal.", want: c(Asserted)},
		{name: "is expected to appeal", text: fined + "Allegro is expected to appeal.", want: c(Hedged)},
		{name: "said it may appeal", text: fined + "Allegro said it may appeal.", want: c(Hedged)},
		{name: "is preparing an appeal", text: fined + "Allegro is preparing an appeal.", want: c(Hedged)},
		{name: "will appeal, people familiar said", text: fined + "Allegro will appeal, people familiar with the matter said.", want: c(Reported)},
		{name: "paid, media reported", text: fined + "Allegro has already paid the fine, Polish media reported.", want: c(Reported)},
		{name: "appealed, a filing showed", text: fined + "Allegro has appealed the decision, a court filing showed.", want: c(Asserted)},
		{name: "is said to have fined", text: "Kenya's Competition Authority is said to have fined Rongai Gas Ltd 12 million shillings.",
			want: []wantClaim{certain(KindPenalty, "Competition Authority", "Rongai Gas", Hedged)}},
	})
}

// A first-line headline's answer waits for the body to tell the act.
func TestFrames8HeadlineAnswers(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "X to appeal fine", text: "Rongai Gas to appeal Sh12 million competition fine\nNAIROBI - Kenya's Competition Authority fined Rongai Gas Ltd 12 million shillings on Monday for fixing prices.",
			want: []wantClaim{stance(KindResponse, "Rongai Gas", "Competition Authority", "resist")}},
		{name: "X vows to fight", text: "Meta vows to fight Nigerian fine\nLAGOS - Nigeria's FCCPC fined Meta Platforms $220 million for privacy violations.",
			want: []wantClaim{want(KindResponse, "Meta", "FCCPC")}},
		{name: "X says will comply", text: "Grab says it will comply with Vietnam order\nHANOI - Vietnam's Ministry of Industry and Trade ordered Grab Holdings to cut its commission rates.",
			want: []wantClaim{want(KindResponse, "Grab", "Ministry of Industry and Trade")}},
		// near miss: the body tells an act on another firm
		{name: "headline answer, act on someone else", text: "Rongai Gas to appeal fine\nNAIROBI - Kenya's Competition Authority fined Kiambu Gas Ltd 12 million shillings on Monday.",
			notWant: []wantClaim{want(KindResponse, "Rongai Gas", "Competition Authority")}},
	})
}

// Datelines name the city filed from; titles answer the body's acts.
func TestFrames8DatelineAndTitle(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "dateline city is no antecedent of it",
			text: "LAGOS - Nigeria's FCCPC fined Meta Platforms $220 million on Friday. The commission also ordered it to change its data practices.",
			want: []wantClaim{want(KindMandate, "FCCPC", "Meta")}, notParty: []string{"LAGOS"}},
		{name: "dateline with date and agency",
			text:     "ACCRA, March 4 (Reuters) - Ghana's central bank fined Zeepay Ltd 2 million cedis. The bank said it had also ordered the company to suspend new accounts.",
			notParty: []string{"ACCRA"}},
		{name: "capitals opening a sentence are no dateline",
			text: "BYD, the Chinese carmaker, was fined by Brazil's labour ministry on Monday.",
			want: []wantClaim{want(KindPenalty, "labour ministry", "BYD")}},
	})
	x := NewClaimExtractor(nil)
	got := x.Claims(Document{Title: "Meta vows to fight Nigerian fine", Text: "Nigeria's FCCPC fined Meta Platforms $220 million on Friday for privacy violations."})
	if !hasClaim(got, want(KindResponse, "Meta", "FCCPC")) {
		t.Errorf("title answer to the body's fine missing; got %s", describe(got))
	}
}
