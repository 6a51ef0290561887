package extract

import "testing"

// Round 14 (T14R): a firm's answer told in real-world idiom — a plea, a
// reason that is no answer, staff the firm let go — each written in several
// wordings of our own, with near misses that share the trigger words.

func TestFrames18PleadedGuilty(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "pleaded-guilty-court-and-authority",
			text: "Andes Cement Holdings pleaded guilty in a federal court in Miami on Monday and agreed to pay $120 million to the Justice Department to resolve bribery charges.",
			want: []wantClaim{want(KindResponse, "Andes Cement Holdings", "Justice Department")}},
		{name: "will-plead-guilty-settlement-with",
			text: "Meridian Opioids, the maker of a popular painkiller, will plead guilty to two criminal charges as part of a $600 million settlement with the Department of Justice, the department said on Friday.",
			want: []wantClaim{want(KindResponse, "Meridian Opioids", "Department of Justice")}},
		{name: "pleads-guilty-headline-style",
			text: "The Serious Fraud Office charged Norland Shipping with bribery in March. Norland Shipping pleads guilty to three counts.",
			want: []wantClaim{want(KindResponse, "Norland Shipping", "Serious Fraud Office")}},
		{name: "pled-guilty-after-act",
			text: "Singapore's Competition and Consumer Commission fined Lion City Ferries S$3 million last year. Lion City Ferries later pled guilty to the charges in a district court.",
			want: []wantClaim{want(KindResponse, "Lion City Ferries", "Competition and Consumer Commission")}},
		{name: "no-contest-plea",
			text: "Pacific Gas Works pleads no contest to pollution charges brought by the Environmental Protection Agency over a chemical spill.",
			want: []wantClaim{want(KindResponse, "Pacific Gas Works", "Environmental Protection Agency")}},
		{name: "pleaded-not-guilty-resists",
			text: "Prosecutors in Seoul indicted Hanbit Chemicals over a factory explosion. Hanbit Chemicals pleaded not guilty at its first hearing on Tuesday.",
			check: func(t reporter, got []Claim) {
				for _, c := range got {
					if c.Kind == KindResponse && c.Actor.Name == "Hanbit Chemicals" {
						if c.Stance != "resist" {
							t.Errorf("pleaded not guilty should resist, got %s", describe([]Claim{c}))
						}
						return
					}
				}
				t.Errorf("missing response of Hanbit Chemicals; got %s", describe(got))
			}},
		{name: "pleaded-for-more-time-is-no-plea",
			text:    "The Energy Regulatory Commission ordered Volta Grid to cut tariffs. Consumer groups pleaded with the government for more time.",
			notWant: []wantClaim{want(KindResponse, "Volta Grid", "Energy Regulatory Commission")}},
		{name: "pleaded-with-customers",
			text:   "Kestrel Airways pleaded with customers to be patient on Monday after a software fault grounded its fleet.",
			noKind: []string{KindResponse}},
	})
}

func TestFrames18PleaByPerson(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "person-pleads-not-guilty",
			text:   "Police charged Mbeki-Dlamini with fraud last week. Mbeki-Dlamini pleaded not guilty to the charges when she appeared in court on Monday.",
			noKind: []string{KindResponse}},
		{name: "founder-pleads-guilty",
			text:   "The Securities and Exchange Commission charged Arbor Crypto founder Dale Whitcombe. Whitcombe pleaded guilty to wire fraud, his lawyer said.",
			noKind: []string{KindResponse}},
	})
}

// A participle after a comma shares the subject of the clause before it:
// the speaking firm answers even when a court or an authority is the last
// name before the participle.
func TestFrames18ParticipleAnswer(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "contesting-after-court-venue",
			text: "Peru's consumer agency Indecopi fined Andina Seguros 400 UIT for hiding fees. The insurer said it would file a lawsuit before the Lima Superior Court, contesting both the fine and the order.",
			want: []wantClaim{want(KindResponse, "Andina Seguros", "Indecopi")}},
		{name: "rejecting-after-authority-name",
			text: "The Energy Market Authority ordered Baltic Grid Services to refund 12 million euros. Baltic Grid Services said it had written to the Energy Market Authority, rejecting the order as unlawful.",
			want: []wantClaim{want(KindResponse, "Baltic Grid Services", "Energy Market Authority")}},
		{name: "accepting-after-comma",
			text: "Kenya's Communications Authority fined Safiri Telecom 50 million shillings for dropped calls. Safiri Telecom said on Monday it had paid in full, accepting the penalty.",
			want: []wantClaim{want(KindResponse, "Safiri Telecom", "Communications Authority")}},
		{name: "appealing-participle-named-company",
			text: "Poland's competition office UOKiK fined Wisla Foods 30 million zlotys. In a statement, Wisla Foods said it had gone to the competition court in Warsaw, appealing the decision.",
			want: []wantClaim{want(KindResponse, "Wisla Foods", "UOKiK")}},
		{name: "participle-about-a-rival-answers-no-authority",
			text:   "Rhine Logistics sued Danube Freight in a Frankfurt court. Danube Freight said it would defend itself before the court, rejecting Rhine Logistics' claims.",
			noKind: []string{KindResponse}},
		{name: "participle-of-business-news",
			text: "Sahel Cement said on Monday it had raised prices by 5%, citing higher energy costs and accepting lower volumes.",
			none: true},
	})
}

// A firm's defence in a rival's suit answers no authority: the court is
// the venue, an authority that approved the firm acted for it.
func TestFrames18RivalSuitDefence(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "defend-before-court-after-rival-suit",
			text:   "Orbis Chemicals sued Lumen Polymers in a Houston court over a patent. Lumen Polymers said it would fight the lawsuit in court.",
			noKind: []string{KindResponse}},
		{name: "defend-after-suit-with-approval-in-relative",
			text:   "Basel Biologics has sued generics maker Deccan Remedies in federal court, alleging patent infringement. Deccan Remedies, which won approval for the copy from the Food and Drug Administration in May, said it would vigorously defend itself.",
			noKind: []string{KindResponse}},
		{name: "authority-case-still-answered",
			text: "Orbis Chemicals sued Lumen Polymers over a patent last year. On Monday the Environmental Protection Agency fined Lumen Polymers $2 million for a spill. Lumen Polymers said it would appeal the fine.",
			want: []wantClaim{want(KindResponse, "Lumen Polymers", "Environmental Protection Agency")}},
		{name: "authority-suit-is-answered",
			text: "The Federal Trade Commission sued Corvane Health to block its purchase of a rival clinic chain. Corvane Health said it would defend itself in court.",
			want: []wantClaim{want(KindResponse, "Corvane Health", "Federal Trade Commission")}},
	})
}

// What a firm agreed to names its author further on through a participle
// and "by" ("the largest ever imposed by the agency", "sought by").
func TestFrames18AgreedActAuthorLater(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "agreed-to-the-remedies-sought-by",
			text: "Caspian Telecom agreed on Friday to the remedies that had been sought for months by the Competition Protection Commission, including selling its tower unit.",
			want: []wantClaim{want(KindResponse, "Caspian Telecom", "Competition Protection Commission")}},
		{name: "accepted-conditions-demanded-by",
			text: "Andes Telecom said on Monday it accepted the conditions, which were demanded last year by Colombia's Superintendence of Industry and Commerce, for its tower sale.",
			want: []wantClaim{want(KindResponse, "Andes Telecom", "Superintendence of Industry and Commerce")}},
		{name: "would-meet-the-deadline-set-by",
			text: "Lakeside Water said it would meet the deadline, which was set in March by the Drinking Water Inspectorate, for replacing its lead pipes.",
			want: []wantClaim{want(KindResponse, "Lakeside Water", "Drinking Water Inspectorate")}},
		{name: "agreed-a-price-set-by-a-firm",
			text:   "Harbour Foods agreed to the terms of a supply contract, the toughest ever set by its largest customer Metro Cash & Carry.",
			noKind: []string{KindResponse}},
	})
}

// Dismissing people is a firm's act on its staff, not a rejection.
func TestFrames18DismissedStaff(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "dismissed-employees-over-the-matter",
			text:    "Prosecutors in Hsinchu searched the offices of Formosa Wafer Tools as part of a trade secrets probe. Formosa Wafer Tools said in July it had dismissed several employees over the matter.",
			notWant: []wantClaim{want(KindResponse, "Formosa Wafer Tools", "Prosecutors")}},
		{name: "dismissed-two-managers",
			text:   "The Financial Supervisory Service fined Hanul Securities 3 billion won. Hanul Securities dismissed two managers and the head of compliance last week.",
			noKind: []string{KindResponse}},
		{name: "dismissed-the-allegations-still-answers",
			text: "The Financial Supervisory Service fined Hanul Securities 3 billion won. Hanul Securities dismissed the allegations as baseless.",
			want: []wantClaim{want(KindResponse, "Hanul Securities", "Financial Supervisory Service")}},
	})
}
