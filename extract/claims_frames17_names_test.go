package extract

import "testing"

// Session 5: firm names joined by a bare "n" or opened by a Dutch or German
// family particle, and a verb's subject found past an appositive that
// describes it. Passages are our own, with near misses.

func TestFrames17NameParticles(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "bare-n", text: "South Africa's Competition Commission fined Pick n Pay R12 million for collusion.",
			want: []wantClaim{want(KindPenalty, "Competition Commission", "Pick n Pay")}, notParty: []string{"Pick", "Pay"}},
		{name: "bare-n-two-words", text: "Kenya's Competition Authority has opened an investigation into Rock n Roll Foods over supplier payments.",
			want: []wantClaim{want(KindProbe, "Competition Authority", "Rock n Roll Foods")}},
		{name: "van-der", text: "The Dutch competition regulator ACM fined Van der Valk Hotels 2 million euros.",
			want: []wantClaim{want(KindPenalty, "ACM", "Van der Valk Hotels")}, notParty: []string{"Van"}},
		{name: "von-der", text: "Germany's Bundeskartellamt has cleared Von der Linden Logistik's purchase of Hafenkraft GmbH.",
			want: []wantClaim{want(KindApproval, "Bundeskartellamt", "Von der Linden Logistik")}},
		// near misses: a lone "n" that joins nothing, "van" as a vehicle
		{name: "neg-van-vehicle", text: "A delivery van crashed into a Tesco store in Leeds on Monday.",
			noKind: []string{KindPenalty, KindProbe, KindMandate}},
	})
}

func TestFrames17SubjectPastAppositive(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "launched-legal-action", text: "Kasi Kart, a township grocery-delivery app, has launched legal action against Pick n Pay in the Johannesburg High Court.",
			want: []wantClaim{want(KindAction, "Kasi Kart", "Pick n Pay")}, notParty: []string{"Johannesburg High Court"}},
		{name: "filed-complaint", text: "Fernlea, the smaller of the two dairies, has filed a complaint against Anchorvale Milk with the competition authority.",
			want: []wantClaim{want(KindAction, "Fernlea", "Anchorvale Milk")}},
		// near miss: the speaker between commas is attribution, and a participle after it is not the firm's act
		{name: "neg-attribution-then-participle", text: "The Competition Commission did not open a case against Zoomcab and Ridely, the regulator said on Tuesday, dismissing the reports as baseless.",
			noKind: []string{KindResponse}},
	})
}

// A note's label ("EDIT:", "Update:") opening a bracket or a sentence is
// no firm, so a blogger's edit is no firm's act; the sentence after the
// label still reads as news.
func TestFrames17EditorialLabel(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "edit-label-in-bracket", text: "(EDIT: removed the link to Marta's post, because the critics got what they wanted.)",
			none: true},
		{name: "update-label-sentence", text: "UPDATE: removed the link to the original thread at the author's request.",
			none: true},
		{name: "news-after-label", text: "Update: Ofcom fined Brightwave Telecom £3m on Tuesday.",
			want: []wantClaim{want(KindPenalty, "Ofcom", "Brightwave Telecom")}, notParty: []string{"Update"}},
	})
}
