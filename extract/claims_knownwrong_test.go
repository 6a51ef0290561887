package extract

import "testing"

// Five readings found wrong while documenting the extractor; each table holds
// passages of our own plus near misses that must keep their old reading.

// A negative determiner or conjunction ("Neither", "Either", "Whether")
// opens no name: "Neither the SEC" is the SEC.
func TestKnownWrongNegativeDeterminer(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "neither-nor-probe", text: "Neither the SEC nor the FTC has opened an investigation into Arclight Holdings.",
			want:     []wantClaim{{kind: KindProbe, actor: "Federal Trade Commission", target: "Arclight Holdings", negated: true}},
			notParty: []string{"Neither the SEC"}},
		{name: "neither-nor-fine", text: "Neither Ofcom nor the CMA has fined Brightwave Media.",
			want:     []wantClaim{{kind: KindPenalty, target: "Brightwave Media", negated: true}},
			notParty: []string{"Neither Ofcom"}},
		{name: "either-or", text: "Either the ACCC or the courts will penalise Koala Freight.",
			want:     []wantClaim{{kind: KindPenalty, actor: "Australian Competition and Consumer Commission", target: "Koala Freight"}},
			notParty: []string{"Either the ACCC"}},
		{name: "whether-open-question", text: "Whether the Competition Commission will fine Safari Mills remains unclear.",
			none: true},
		{name: "near-miss-plain-probe", text: "The SEC has opened an investigation into Arclight Holdings.",
			want: []wantClaim{{kind: KindProbe, actor: "Securities and Exchange Commission", target: "Arclight Holdings"}}},
	})
}
