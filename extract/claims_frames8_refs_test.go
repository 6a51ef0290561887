package extract

import "testing"

// Round-6 (B) frames: references across sentences, groups and bodies, and
// who speaks (pronouns, quotes, sources, appositions).

// References across sentences: a short form of a firm acted on earlier,
// and a one-word name that speaks of itself as "it".
func TestFrames8References(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "short form before a domain",
			text: "Dutch privacy watchdog Autoriteit Persoonsgegevens fined Booking.com 475,000 euros. Booking said it had accepted the penalty and would not appeal.",
			want: []wantClaim{want(KindResponse, "Booking", "Autoriteit Persoonsgegevens")}},
		{name: "short form of a longer name",
			text: "Chile's Fiscalía Nacional Económica sued Andes Cement Partners for collusion. Andes Cement said it would contest the lawsuit.",
			want: []wantClaim{want(KindResponse, "Andes Cement", "Fiscalía Nacional Económica")}},
		{name: "one-word name speaking of itself",
			text: "Italy's antitrust authority AGCM fined Brembo 3 million euros over brake-pad pricing. Brembo confirmed the fine and said it would appeal against it.",
			want: []wantClaim{want(KindResponse, "Brembo", "AGCM")}},
		{name: "a person speaking is no firm",
			text:     "Italy's antitrust authority AGCM fined Brembo 3 million euros over brake-pad pricing. Rossi said he would appeal.",
			notParty: []string{"Rossi"}},
	})
}

// "X said it ...": the pronoun is the speaker.
func TestFrames8SpeakerPronoun(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "firm said it accepted",
			text:   "New Zealand's Financial Markets Authority fined Kauri Life Ltd NZ$1 million. Kauri Life said it fully accepted the findings of the authority's review.",
			want:   []wantClaim{want(KindResponse, "Kauri Life", "Financial Markets Authority")},
			noKind: []string{KindApproval}},
		{name: "firm said on Monday that it accepted",
			text:   "Chile's CMF fined Banco Austral SA 2 billion pesos. Banco Austral said on Monday that it accepted the penalty.",
			want:   []wantClaim{want(KindResponse, "Banco Austral", "CMF")},
			noKind: []string{KindApproval}},
		{name: "authority said it accepted commitments",
			text:   "The European Commission said it accepted commitments offered by Illumina Inc to resolve its concerns.",
			want:   []wantClaim{want(KindApproval, "European Commission", "Illumina")},
			noKind: []string{KindResponse}},
	})
}

// Counted groups of firms and authorities described as a body, across sentences.
func TestFrames8GroupAndBodyReferences(t *testing.T) {
	named := "Standard Chartered and HSBC were named in the report. "
	expectFrames(t, []frameCase{
		{name: "the two banks", text: named + "Hong Kong's SFC fined the two banks a combined HK$100 million.",
			want: []wantClaim{want(KindPenalty, "SFC", "Standard Chartered"), want(KindPenalty, "SFC", "HSBC")}},
		{name: "both lenders", text: named + "Hong Kong's SFC ordered both lenders to raise their capital buffers.",
			want: []wantClaim{want(KindMandate, "SFC", "Standard Chartered"), want(KindMandate, "SFC", "HSBC")}},
		{name: "the two operators", text: "Vodacom and MTN raised data prices. South Africa's communications regulator ordered the two operators to cut them.",
			want: []wantClaim{want(KindMandate, "regulator", "Vodacom"), want(KindMandate, "regulator", "MTN")}},
		{name: "the antitrust body", text: "Brazil's CADE opened a probe into Mercado Libre last year. On Tuesday the antitrust body fined the e-commerce firm 40 million reais.",
			want: []wantClaim{want(KindPenalty, "CADE", "Mercado Libre")}},
		// near misses
		{name: "count does not match the group", text: named + "Hong Kong's SFC fined the three banks.",
			notWant: []wantClaim{want(KindPenalty, "SFC", "HSBC")}},
		{name: "an industry body is no authority", text: "Kenya's Competition Authority reviewed the cooking gas market. The industry body criticised Rongai Gas Ltd for its prices.",
			notWant: []wantClaim{want(KindPenalty, "Competition Authority", "Rongai Gas")}},
	})
}

// A firm described again in its own sentence, and an undertaking told by
// the authority it was made to.
func TestFrames8SameSentenceDescriptionAndToldUndertaking(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "the company later in the same sentence",
			text: "Kenya's Competition Authority fined Rongai Gas Ltd 12 million shillings and ordered the company to cut prices.",
			want: []wantClaim{want(KindMandate, "Competition Authority", "Rongai Gas")}},
		{name: "authority said the company had agreed to repay",
			text: "New Zealand's Financial Markets Authority has censured life insurer Totara Life for overcharging customers and said the company had agreed to repay NZ$2.1 million.",
			want: []wantClaim{stance(KindResponse, "Totara Life", "Financial Markets Authority", "comply")}},
		{name: "regulator said the firm agreed to refund",
			text: "Kenya's energy regulator said Rongai Gas Ltd had agreed to refund overcharged customers.",
			want: []wantClaim{want(KindResponse, "Rongai Gas", "energy regulator")}},
		// near misses
		{name: "regulator said the firm agreed to buy a rival",
			text:   "Kenya's energy regulator said Rongai Gas Ltd had agreed to buy Kiambu Gas Ltd.",
			noKind: []string{KindResponse}},
		{name: "the company of a possessive is no antecedent",
			text: "Rongai Gas Ltd's chairman said the company of his late father had been sold.",
			none: true},
	})
}

// Two firms answering in two clauses of one sentence.
func TestFrames8SecondClauseSpeaker(t *testing.T) {
	fined := "Kenya's Competition Authority fined Rongai Gas Ltd and Kiambu Gas Ltd 12 million shillings each. "
	expectFrames(t, []frameCase{
		{name: "while", text: fined + "Rongai said it would appeal, while Kiambu said it would pay.",
			want: []wantClaim{stance(KindResponse, "Rongai", "Competition Authority", "resist"), stance(KindResponse, "Kiambu", "Competition Authority", "comply")}},
		{name: "semicolon", text: fined + "Rongai said it would appeal; Kiambu said it had already paid the fine.",
			want: []wantClaim{want(KindResponse, "Rongai", "Competition Authority"), want(KindResponse, "Kiambu", "Competition Authority")}},
		{name: "second clause about something else", text: fined + "Rongai said it would appeal, while Kiambu said it would open two new depots.",
			notWant: []wantClaim{want(KindResponse, "Kiambu", "Competition Authority")}},
	})
}

// "say" attributes as "said" does; outsiders to the parties are sources.
func TestFrames8SayAndOutsiders(t *testing.T) {
	act := "Kenya's Competition Authority fined Rongai Gas Ltd 12 million shillings"
	expectFrames(t, []frameCase{
		{name: "sources say first", text: "Sources say " + act + ".", want: []wantClaim{certain(KindPenalty, "Competition Authority", "Rongai Gas", Reported)}},
		{name: "two sources say last", text: act + ", two sources say.", want: []wantClaim{certain(KindPenalty, "Competition Authority", "Rongai Gas", Reported)}},
		{name: "an industry executive said", text: act + ", an industry executive said.", want: []wantClaim{certain(KindPenalty, "Competition Authority", "Rongai Gas", Reported)}},
		{name: "the company told Reuters", text: act + ", the company told Reuters.", want: []wantClaim{certain(KindPenalty, "Competition Authority", "Rongai Gas", Asserted)}},
		{name: "regulators say stays asserted", text: act + ", regulators say.", want: []wantClaim{certain(KindPenalty, "Competition Authority", "Rongai Gas", Asserted)}},
	})
}

// "the office", "the board": an authority so called, named before.
func TestFrames8AuthorityHeadsAsReferences(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "the office", text: "Poland's competition office UOKiK opened a probe into Allegro in 2022. The office fined the company 200 million zlotys on Monday.",
			want: []wantClaim{want(KindPenalty, "UOKiK", "Allegro")}},
		{name: "the board", text: "Zambia's Energy Regulation Board opened an inquiry into Copperbelt Petroleum Supplies Ltd. The board ordered the company to refund stations.",
			want: []wantClaim{want(KindPenalty, "Energy Regulation Board", "Copperbelt Petroleum")}},
		// near miss: a firm's board
		{name: "the board of a firm", text: "Zambia's Energy Regulation Board met on Monday. Copperbelt Petroleum Supplies Ltd said the board of the company would meet on Friday.",
			noKind: []string{KindPenalty, KindMandate}},
	})
}

// "each" as the subject stands for the group just named.
func TestFrames8EachOfTheGroup(t *testing.T) {
	granted := "The Central Bank of Egypt granted digital banking licences to three lenders - Delta Digital Bank, Sinai NeoBank and Faros Bank. "
	expectFrames(t, []frameCase{
		{name: "each must hold", text: granted + "The central bank said each must hold capital of at least 1.5 billion pounds.",
			want: []wantClaim{want(KindMandate, "Central Bank of Egypt", "Delta Digital Bank"), want(KindMandate, "Central Bank of Egypt", "Faros Bank")}},
		{name: "each of them will have to", text: "Hong Kong's SFC fined Standard Chartered and HSBC on Monday. Each of them must also appoint an independent reviewer.",
			want: []wantClaim{want(KindMandate, "SFC", "HSBC")}},
		// near miss: "each" of a count
		{name: "each year", text: granted + "Each year the central bank publishes a list of licensed lenders.",
			noKind: []string{KindMandate}},
	})
}

// Sources close to a party, and unnamed people telling an outlet.
func TestFrames8SourcesCloseToParties(t *testing.T) {
	fined := "Poland's UOKiK fined Allegro 200 million zlotys on Monday. "
	c := func(cert string) []wantClaim {
		return []wantClaim{{kind: KindResponse, actor: "Allegro", target: "UOKiK", certainty: cert}}
	}
	expectFrames(t, []frameCase{
		{name: "a source close to the company", text: fined + "Allegro will appeal, a source close to the company said.", want: c(Reported)},
		{name: "people told the Financial Times", text: fined + "Allegro will appeal, two people with knowledge of the matter told the Financial Times.", want: c(Reported)},
		{name: "its chief executive told a TV channel", text: fined + "Allegro will appeal, its chief executive told Bloomberg TV.", want: c(Asserted)},
		{name: "the regulator told the firm to", text: "Poland's UOKiK told Allegro to change its fee rules.",
			want: []wantClaim{certain(KindMandate, "UOKiK", "Allegro", Asserted)}},
	})
}

// "all three" / "the three" as the subject stand for the group named.
func TestFrames8AllThree(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "all three must", text: "The Central Bank of Egypt granted licences to Delta Digital Bank, Sinai NeoBank and Faros Bank. All three must hold capital of at least 1.5 billion pounds.",
			want: []wantClaim{want(KindMandate, "Central Bank of Egypt", "Sinai NeoBank")}},
		{name: "count does not match", text: "The Central Bank of Egypt granted licences to Delta Digital Bank, Sinai NeoBank and Faros Bank. All four must hold capital of at least 1.5 billion pounds.",
			notWant: []wantClaim{want(KindMandate, "Central Bank of Egypt", "Sinai NeoBank")}},
	})
}

// Quoted "we" answers spoken by a firm named after the quote.
func TestFrames8QuotedWe(t *testing.T) {
	fined := "Poland's UOKiK fined Allegro 200 million zlotys on Monday. "
	expectFrames(t, []frameCase{
		{name: "said a spokeswoman for the firm, named first",
			text: fined + "\u201cWe disagree with the decision,\u201d said Anna Nowak, a spokeswoman for Allegro.",
			want: []wantClaim{stance(KindResponse, "Allegro", "UOKiK", "resist")}},
		{name: "we respect the decision and will pay",
			text: fined + "\u201cWe respect the regulator's decision and will pay,\u201d Allegro's chief executive said in a statement.",
			want: []wantClaim{stance(KindResponse, "Allegro", "UOKiK", "comply")}},
		{name: "a quote about something else",
			text:   fined + "\u201cWe are proud of our record,\u201d Allegro said.",
			noKind: []string{KindResponse}},
	})
}

// A one-word firm opening a sentence with a relative clause before it speaks.
func TestFrames8OneWordFirmWithRelative(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "which was fined ..., said it would appeal",
			text: "Allegro, which was fined 200 million zlotys by Poland's UOKiK on Monday, said it would appeal.",
			want: []wantClaim{want(KindPenalty, "UOKiK", "Allegro"), stance(KindResponse, "Allegro", "UOKiK", "resist")}},
		{name: "a person with a relative is no firm",
			text:     "Nowak, who was fined by Poland's UOKiK on Monday, said he would appeal.",
			notParty: []string{"Nowak"}},
	})
}

// "Each said it ..." answers for every firm of the group.
func TestFrames8EachSaid(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "each said it would appeal",
			text: "Kenya's Competition Authority fined Rongai Gas Ltd and Kiambu Gas Ltd 12 million shillings each. Each said it would appeal.",
			want: []wantClaim{want(KindResponse, "Rongai Gas", "Competition Authority"), want(KindResponse, "Kiambu Gas", "Competition Authority")}},
	})
}

// A speaker with an apposition: the described firm speaks, and answers for
// the firm its apposition names.
func TestFrames8SpeakerApposition(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "now part of a group",
			text:    "Indonesia's competition watchdog KPPU fined ride-hailing firm Gojek 15 billion rupiah. Gojek, now part of GoTo Group, said it respected the decision.",
			want:    []wantClaim{want(KindResponse, "Gojek", "KPPU")},
			notWant: []wantClaim{want(KindResponse, "GoTo Group", "KPPU")}},
		{name: "the unit named in the parent's apposition answers",
			text: "The Reserve Bank of India barred Paytm Payments Bank from accepting fresh deposits. One97 Communications, Paytm's parent, said it would work closely with the regulator to resolve the concerns.",
			want: []wantClaim{want(KindResponse, "Paytm", "Reserve Bank of India")}},
	})
}
