package extract

import "testing"

// Round 6 frames (approval, action, probe, penalty, mandate), each written
// in several wordings of our own before the rule, with near-miss negatives.

func TestDescribedNameInListsAndDeals(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "probe list through description", text: "Kenya's competition authority opened an inquiry into Safaricom and a smaller rival, Zuri Mobile, over data bundle prices.",
			want: []wantClaim{want(KindProbe, "competition authority", "Safaricom"), want(KindProbe, "competition authority", "Zuri Mobile")}},
		{name: "fine list through description", text: "The Hungarian Competition Authority fined Tulip Dairy and a regional cheese producer, Alfold Tejipar, for fixing milk prices.",
			want: []wantClaim{want(KindPenalty, "Hungarian Competition Authority", "Tulip Dairy"), want(KindPenalty, "Hungarian Competition Authority", "Alfold Tejipar")}},
		{name: "venture between through description", text: "Malaysia's competition commission cleared a joint venture between grocer Mydin and a Japanese logistics firm, Sagawa Express, on Monday.",
			want: []wantClaim{want(KindApproval, "competition commission", "Mydin"), want(KindApproval, "competition commission", "Sagawa Express")}},
		{name: "acquisition of described firm by buyer", text: "Brazil's CADE approved the acquisition of a Chilean salmon farmer, Austral Pesca, by seafood group Frescatto Alimentos.",
			want: []wantClaim{want(KindApproval, "CADE", "Austral Pesca"), want(KindApproval, "CADE", "Frescatto Alimentos"), want(KindAction, "Frescatto Alimentos", "Austral Pesca")}},
		{name: "merger of an arm with described firm", text: "The Competition Commission of Pakistan has cleared the merger of Engro's fertiliser unit with a smaller producer, Fatima Agri.",
			want: []wantClaim{want(KindApproval, "Competition Commission of Pakistan", "Fatima Agri")}},
		{name: "sale of a business to buyer", text: "Poland's UOKiK approved the sale of the Mlekovita cheese business to Lactalis Polska.",
			want: []wantClaim{want(KindApproval, "UOKiK", "Lactalis Polska"), want(KindAction, "Lactalis Polska", "Mlekovita")}},
		{name: "appositive after subject is no list", text: "Safaricom, a local rival, said on Monday it would cut prices.",
			none: true},
	})
}
