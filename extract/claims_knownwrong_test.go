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
		{name: "neither-nor-both-probes", text: "Neither the SEC nor the FTC has opened an investigation into Arclight Holdings.",
			want: []wantClaim{{kind: KindProbe, actor: "Securities and Exchange Commission", target: "Arclight Holdings", negated: true}}},
		{name: "neither-possessive-place", text: "Neither Brazil's CADE nor the central bank has opened a probe into Nubank.",
			want: []wantClaim{{kind: KindProbe, actor: "CADE", target: "Nubank", negated: true},
				{kind: KindProbe, actor: "central bank", target: "Nubank", negated: true}},
			notParty: []string{"Brazil"}},
		{name: "neither-nor-verb", text: "Neither Ofcom nor the CMA has fined Brightwave Media.",
			want: []wantClaim{{kind: KindPenalty, actor: "Ofcom", target: "Brightwave Media", negated: true},
				{kind: KindPenalty, actor: "Competition and Markets Authority", target: "Brightwave Media", negated: true}}},
		{name: "near-miss-plain-probe", text: "The SEC has opened an investigation into Arclight Holdings.",
			want: []wantClaim{{kind: KindProbe, actor: "Securities and Exchange Commission", target: "Arclight Holdings"}}},
	})
}

// traceClass is the class Explain gives the mention spelled surface in text,
// or "" when there is none.
func traceClass(x *ClaimExtractor, text, surface string) string {
	for _, st := range x.Explain(Document{Text: text}) {
		for _, e := range st.Entities {
			if e.Text == surface {
				return e.Class
			}
		}
	}
	return ""
}

type classCase struct {
	name, text, surface string
	// want is the class the mention must have; notIn lists classes it must not.
	want  string
	notIn []string
}

func expectClasses(t *testing.T, cases []classCase) {
	t.Helper()
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := traceClass(x, c.text, c.surface)
			if c.want != "" && got != c.want {
				t.Errorf("%q in %q: class %q, want %q", c.surface, c.text, got, c.want)
			}
			for _, n := range c.notIn {
				if got == n {
					t.Errorf("%q in %q: class %q", c.surface, c.text, got)
				}
			}
		})
	}
}

// A sports competition is neither a person, a firm nor an authority.
func TestKnownWrongSportsCompetition(t *testing.T) {
	party := []string{"person", "firm", "authority", "name"}
	expectClasses(t, []classCase{
		{name: "premier-league-subject", text: "The Premier League fined Everton for breaching spending rules.", surface: "Premier League", notIn: party},
		{name: "premier-league-relative", text: "Arsenal, who lead the Premier League, were fined by the FA.", surface: "Premier League", notIn: party},
		{name: "champions-league", text: "Real Madrid won the Champions League in Paris.", surface: "Champions League", notIn: party},
		{name: "super-league", text: "The Super League was backed by Juventus and Barcelona.", surface: "Super League", notIn: party},
		{name: "premier-division", text: "Shamrock Rovers top the Premier Division in Ireland.", surface: "Premier Division", notIn: party},
		{name: "near-miss-antitrust-division", text: "The Antitrust Division sued Google over search.", surface: "Antitrust Division", notIn: []string{"other", ""}},
		{name: "near-miss-premier-leader", text: "Premier Li Qiang ordered Evergrande to repay creditors.", surface: "Premier Li Qiang", want: "authority"},
	})
	expectFrames(t, []frameCase{
		{name: "no-party", text: "Kaizer Chiefs, who play in the Premier Soccer League, were fined by the league's disciplinary committee.",
			notParty: []string{"Premier Soccer League"}},
	})
}

// A surname-like first word does not make a person of a name ending in a
// business word ("Cho Industrial", "Kim Brothers Trading").
func TestKnownWrongSurnameFirm(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "cho-industrial", text: "The competition authority fined Cho Industrial 3 million won.",
			want: []wantClaim{{kind: KindPenalty, actor: "competition authority", target: "Cho Industrial"}}},
		{name: "kim-brothers-trading", text: "The KFTC fined Kim Brothers Trading 200 million won.",
			want: []wantClaim{{kind: KindPenalty, actor: "Korea Fair Trade Commission", target: "Kim Brothers Trading"}}},
		{name: "tan-engineering", text: "Singapore's MAS reprimanded Tan Engineering over its disclosures.",
			want: []wantClaim{{kind: KindPenalty, actor: "Monetary Authority of Singapore", target: "Tan Engineering"}}},
		{name: "park-logistics", text: "Regulators fined Park Logistics for safety breaches.",
			want: []wantClaim{{kind: KindPenalty, target: "Park Logistics"}}},
		{name: "near-miss-person-speaks", text: "Cho Min-ji, a lawyer, said the KFTC fined Hanwha.",
			want: []wantClaim{{kind: KindPenalty, actor: "Korea Fair Trade Commission", target: "Hanwha"}}, notParty: []string{"Cho Min-ji"}},
	})
	expectClasses(t, []classCase{
		{name: "cho-industrial-class", text: "The competition authority fined Cho Industrial 3 million won.", surface: "Cho Industrial", notIn: []string{"person"}},
		{name: "near-miss-person", text: "Park Ji-sung praised Samsung.", surface: "Park Ji-sung", want: "person"},
	})
}

// "to A and to two others, B and C": every firm named after the counted
// others is a target too.
func TestKnownWrongCountedOthers(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "kopano-to-two-others", text: "The central bank granted in-principle approval to Kopano Pay and to two others, Zuri Wallet and Tamu Cash.",
			want: []wantClaim{
				{kind: KindApproval, actor: "central bank", target: "Kopano Pay"},
				{kind: KindApproval, actor: "central bank", target: "Zuri Wallet"},
				{kind: KindApproval, actor: "central bank", target: "Tamu Cash"}}},
		{name: "tanzania-to-three-others", text: "The Bank of Tanzania granted payment licences to Selcom Paytech and to three others, Halotel Pesa, Azam Pay and Nala Money.",
			want: []wantClaim{
				{kind: KindApproval, actor: "Bank of Tanzania", target: "Selcom Paytech"},
				{kind: KindApproval, actor: "Bank of Tanzania", target: "Halotel Pesa"},
				{kind: KindApproval, actor: "Bank of Tanzania", target: "Nala Money"}}},
		{name: "nigeria-two-others", text: "The CBN approved Moniepoint and two others, Kuda and Opay.",
			want: []wantClaim{
				{kind: KindApproval, actor: "Central Bank of Nigeria", target: "Moniepoint"},
				{kind: KindApproval, actor: "Central Bank of Nigeria", target: "Kuda"}}},
		{name: "brazil-two-more", text: "Brazil's central bank authorised Nubank and two more, PicPay and Inter Pay, to operate.",
			want: []wantClaim{
				{kind: KindApproval, target: "Nubank"},
				{kind: KindApproval, target: "PicPay"},
				{kind: KindApproval, target: "Inter Pay"}}},
		{name: "near-miss-others-unnamed", text: "The regulator approved Kopano Pay and two others, the agency said, while Zuri Wallet waits.",
			want:      []wantClaim{{kind: KindApproval, actor: "regulator", target: "Kopano Pay"}},
			notTarget: []string{"Zuri Wallet"}},
	})
}

// "decided against fining X" is a forgone penalty: a negated claim, not none.
func TestKnownWrongDecidedAgainst(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "decided-against-fining", text: "The regulator decided against fining Moyo Telecom.",
			want: []wantClaim{{kind: KindPenalty, actor: "regulator", target: "Moyo Telecom", negated: true}}},
		{name: "opted-against-sanctioning", text: "Kenya's Communications Authority opted against sanctioning Safaricom.",
			want: []wantClaim{{kind: KindPenalty, actor: "Communications Authority", target: "Safaricom", negated: true}}},
		{name: "voted-against-penalising", text: "The KFTC voted against penalising Coupang.",
			want: []wantClaim{{kind: KindPenalty, actor: "Korea Fair Trade Commission", target: "Coupang", negated: true}}},
		{name: "opted-not-to-fine", text: "The regulator opted not to fine Moyo Telecom.",
			want: []wantClaim{{kind: KindPenalty, actor: "regulator", target: "Moyo Telecom", negated: true}}},
		{name: "chose-not-to-penalise", text: "The Bundeskartellamt chose not to penalise Lufthansa Cargo.",
			want: []wantClaim{{kind: KindPenalty, target: "Lufthansa Cargo", negated: true}}},
		{name: "near-miss-argued-against", text: "Consumer groups argued against fining Moyo Telecom.",
			noKind: []string{KindPenalty}},
		{name: "near-miss-decided-to-fine", text: "The regulator decided to fine Moyo Telecom.",
			want:    []wantClaim{{kind: KindPenalty, actor: "regulator", target: "Moyo Telecom"}},
			notWant: []wantClaim{{kind: KindPenalty, target: "Moyo Telecom", negated: true}}},
	})
}
