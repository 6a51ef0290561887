package extract

import "testing"

// Round 6, tuner C: false positives on unseen text. Each table holds
// passages written for one cause of a wrong claim; every one must give no
// claim, or the right one and not the wrong one.

// A sum glued to its currency ("Sh12 million", "Rs7.5bn", "Tk50 crore") is
// money, never a firm.
func TestFramesMoneyIsNoFirm(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "shilling headline", text: "Uganda fuel regulator fines kerosene importer Sh45 million over short measures",
			notParty: []string{"Sh45"}, notTarget: []string{"Sh45"}},
		{name: "rupee glued billions", text: "Competition watchdog fines four fertiliser makers Rs3.2bn for price fixing",
			notTarget: []string{"Rs3"}},
		{name: "taka crore", text: "BTRC fines mobile operator Tk50 crore for call drops",
			notTarget: []string{"Tk50"}},
		{name: "named firm keeps the fine", text: "The Energy Regulatory Commission fined Zawadi Gas Ltd Sh8 million on Monday.",
			want: []wantClaim{want(KindPenalty, "Energy Regulatory Commission", "Zawadi Gas")}, notTarget: []string{"Sh8"}},
		{name: "a firm named with digits stays a firm", text: "The Federal Financial Supervisory Authority fined N26 9.2 million euros on Tuesday.",
			want: []wantClaim{want(KindPenalty, "Federal Financial Supervisory Authority", "N26")}},
	})
}
