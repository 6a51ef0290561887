package extract

import (
	"strings"
	"testing"
)

// Each case is a sentence written for this suite (not from the gold sets)
// exercising one pattern; want lists the claims that must be found.
type wantClaim struct {
	kind, actor, target, certainty string
	negated, prohibition           bool
	stance                         string
	amount                         *Amount
}

func hasClaim(cs []Claim, w wantClaim) bool {
	for _, c := range cs {
		if c.Kind != w.kind || !nameHas(c.Actor, w.actor) {
			continue
		}
		okT := w.target == ""
		for _, t := range c.Targets {
			if nameHas(t, w.target) {
				okT = true
			}
		}
		if !okT {
			continue
		}
		if w.certainty != "" && c.Certainty != w.certainty {
			continue
		}
		if c.Negated != w.negated || (w.prohibition && !c.Prohibition) || (w.stance != "" && c.Stance != w.stance) {
			continue
		}
		if w.amount != nil && (c.Amount == nil || *c.Amount != *w.amount) {
			continue
		}
		return true
	}
	return false
}

func nameHas(e Entity, want string) bool {
	w := strings.ToLower(want)
	return strings.Contains(strings.ToLower(e.Name), w) || strings.Contains(strings.ToLower(e.Canonical), w)
}

func TestClaimPatterns(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "active fine with amount", text: "The European Commission fined Google €4.34bn for abusing the dominance of Android.",
			want: []wantClaim{{kind: KindPenalty, actor: "European Commission", target: "Google", certainty: Asserted, amount: &Amount{4.34e9, "EUR"}}}},
		{name: "passive fine by", text: "Vodafone was fined £1.2bn by the Competition and Markets Authority on Monday.",
			want: []wantClaim{{kind: KindPenalty, actor: "Competition and Markets Authority", target: "Vodafone", amount: &Amount{1.2e9, "GBP"}}}},
		{name: "crore amount", text: "The Competition Commission of India fined Google Rs 1,337.76 crore for anti-competitive practices.",
			want: []wantClaim{{kind: KindPenalty, actor: "Competition Commission of India", target: "Google", amount: &Amount{1.33776e10, "INR"}}}},
		{name: "won amount", text: "The Korea Fair Trade Commission fined Kakao ₩100 billion over its taxi app.",
			want: []wantClaim{{kind: KindPenalty, actor: "Korea Fair Trade Commission", target: "Kakao", amount: &Amount{1e11, "KRW"}}}},
		{name: "headline-ese", text: "EU fines Apple over music streaming rules",
			want: []wantClaim{want(KindPenalty, "EU", "Apple")}},
		{name: "order to stop: prohibition", text: "Brazil's antitrust regulator ordered Apple to stop blocking rival payment systems in its App Store.",
			want: []wantClaim{{kind: KindMandate, actor: "antitrust regulator", target: "Apple", prohibition: true}}},
		{name: "target list with including", text: "The Reserve Bank of India told several lenders, including HDFC Bank and ICICI Bank, to tighten checks on unsecured loans.",
			want: []wantClaim{want(KindMandate, "Reserve Bank of India", "HDFC Bank"), want(KindMandate, "Reserve Bank of India", "ICICI Bank")}},
		{name: "sector target", text: "The central bank of Nigeria said all commercial banks must stop charging fees on cash deposits.",
			want: []wantClaim{{kind: KindMandate, actor: "central bank", target: "commercial banks", prohibition: true}}},
		{name: "clause-final sources: reported", text: "Japan's Fair Trade Commission is investigating Amazon over pricing practices on its marketplace, two people familiar with the matter said.",
			want: []wantClaim{{kind: KindProbe, actor: "Fair Trade Commission", target: "Amazon", certainty: Reported}}},
		{name: "according to reports", text: "Indonesia's communications ministry has ordered Apple to halt iPhone 16 sales, according to local media reports.",
			want: []wantClaim{{kind: KindMandate, actor: "communications ministry", target: "Apple", certainty: Reported}}},
		{name: "hedge wins", text: "The Federal Trade Commission may sue Amazon over its Prime cancellation flow, people briefed on the plans said.",
			want: []wantClaim{{kind: KindProbe, actor: "Federal Trade Commission", target: "Amazon", certainty: Hedged}}},
		{name: "denied claim", text: "The Bundeskartellamt did not order Meta to stop combining user data, a spokesman said.",
			want: []wantClaim{{kind: KindMandate, actor: "Bundeskartellamt", target: "Meta", negated: true}}},
		{name: "approval passive", text: "Microsoft's takeover of Activision Blizzard was approved by the Competition and Markets Authority.",
			want: []wantClaim{want(KindApproval, "Competition and Markets Authority", "Activision")}},
		{name: "probe opened", text: "Turkey's competition authority opened an investigation into Google over its advertising business.",
			want: []wantClaim{want(KindProbe, "competition authority", "Google")}},
		{name: "sue by authority is a probe", text: "The Department of Justice sued Visa on Tuesday, saying it monopolized debit payments.",
			want: []wantClaim{want(KindProbe, "Department of Justice", "Visa")}},
		{name: "firm action", text: "Epic Games sued Samsung over app store restrictions on its phones.",
			want: []wantClaim{want(KindAction, "Epic Games", "Samsung")}},
		{name: "response with reference", text: "The Dutch competition authority fined Uber 290 million euros. The company said it would appeal the decision.",
			want: []wantClaim{{kind: KindPenalty, actor: "competition authority", target: "Uber", amount: &Amount{2.9e8, "EUR"}}, {kind: KindResponse, actor: "Uber", target: "competition authority", stance: "resist"}}},
		{name: "pronoun resolves to the last authority", text: "Australia's competition regulator sued Coles. It also ordered Woolworths to refund customers.",
			want: []wantClaim{want(KindProbe, "competition regulator", "Coles"), want(KindPenalty, "competition regulator", "Woolworths")}},
		{name: "imposed penalty on", text: "Nigeria's consumer protection regulator imposed a $220 million penalty on Meta for privacy violations.",
			want: []wantClaim{{kind: KindPenalty, actor: "consumer protection regulator", target: "Meta", amount: &Amount{2.2e8, "USD"}}}},
		{name: "proceedings against", text: "The European Commission has opened formal proceedings against TikTok under the Digital Services Act.",
			want: []wantClaim{want(KindProbe, "European Commission", "TikTok")}},
		{name: "executives stand for their firm", text: "Chinese regulators summoned executives from Didi and Meituan last week, the People's Daily reported.",
			want: []wantClaim{{kind: KindMandate, actor: "regulators", target: "Didi", certainty: Reported}}},
		{name: "ruled liable", text: "A U.S. judge ruled that Google illegally monopolized online search.",
			want: []wantClaim{want(KindMandate, "judge", "Google")}},
		{name: "investigating whether", text: "The Securities and Exchange Commission is investigating whether Tesla misled investors.",
			want: []wantClaim{want(KindProbe, "Securities and Exchange Commission", "Tesla")}},
		{name: "law as actor", text: "Under the new rules, platforms such as Uber and Deliveroo must treat riders as employees.",
			want: []wantClaim{want(KindMandate, "new rules", "Deliveroo")}},
		{name: "case filed by an authority", text: "The lawsuit, filed by the Department of Justice in 2020, accuses Google of paying for default placement.",
			want: []wantClaim{want(KindProbe, "Department of Justice", "Google")}},
		{name: "ordered an inquiry is a probe", text: "India's antitrust watchdog has ordered a detailed investigation into Amazon and Flipkart.",
			want: []wantClaim{want(KindProbe, "antitrust watchdog", "Flipkart")}},
		{name: "deal cleared binds its parties", text: "Uber agreed to acquire Careem for $3.1 billion. The deal was cleared by Dubai's competition regulator.",
			want: []wantClaim{want(KindAction, "Uber", "Careem"), want(KindApproval, "competition regulator", "Careem")}},
		{name: "authority blocks, firm fights back", text: "Russia's communications watchdog Roskomnadzor said it had blocked access to Telegram. Telegram said it would keep fighting the ban.",
			want: []wantClaim{{kind: KindMandate, actor: "Roskomnadzor", target: "Telegram", prohibition: true}, {kind: KindResponse, actor: "Telegram", target: "Roskomnadzor", stance: "resist"}}},
		{name: "the central bank refers back", text: "Officials at the Bank of Thailand said the central bank was considering fining Krungthai Bank.",
			want: []wantClaim{{kind: KindPenalty, actor: "Bank of Thailand", target: "Krungthai Bank", certainty: Hedged}}},
		{name: "in talks is hedged", text: "Samsung Electronics is in talks to acquire Nexperia, two people familiar with the matter said.",
			want: []wantClaim{{kind: KindAction, actor: "Samsung", target: "Nexperia", certainty: Hedged}}},
		{name: "ministry name after its country", text: "Vietnam's Ministry of Information and Communications has asked Netflix to remove a film, state media reported.",
			want: []wantClaim{{kind: KindMandate, actor: "Ministry of Information and Communications", target: "Netflix", certainty: Reported}}},
		{name: "received from an authority", text: "Tesla said it had received a subpoena from the Securities and Exchange Commission.",
			want: []wantClaim{want(KindProbe, "Securities and Exchange Commission", "Tesla")}},
		{name: "imposed restrictions", text: "The U.S. Commerce Department imposed new restrictions on Huawei and SMIC on Friday.",
			want: []wantClaim{{kind: KindMandate, actor: "Commerce Department", target: "SMIC", prohibition: true}}},
		{name: "lifted a ban", text: "The Commerce Department lifted its ban on ZTE after the company paid a $1 billion fine.",
			want: []wantClaim{want(KindApproval, "Commerce Department", "ZTE")}},
		{name: "refused to approve", text: "Egypt's competition authority refused to approve Uber's acquisition of Careem.",
			want: []wantClaim{{kind: KindApproval, actor: "competition authority", target: "Careem", negated: true}}},
		{name: "hit with a fine", text: "Amazon was hit with a €746 million fine by Luxembourg's data protection authority.",
			want: []wantClaim{{kind: KindPenalty, actor: "data protection authority", target: "Amazon", amount: &Amount{7.46e8, "EUR"}}}},
		{name: "quoted firm responds", text: "The FTC fined Meta $5 billion. \"We will appeal the decision,\" the company said.",
			want: []wantClaim{{kind: KindResponse, actor: "Meta", target: "FTC", stance: "resist"}}},
		{name: "reduced relative passive", text: "Meta was among eight companies fined by the Turkish Competition Authority last year.",
			want: []wantClaim{want(KindPenalty, "Turkish Competition Authority", "Meta")}},
		{name: "paid to settle an authority's charges", text: "Coinbase agreed to pay $100 million to settle charges brought by New York's financial regulator.",
			want: []wantClaim{{kind: KindPenalty, actor: "financial regulator", target: "Coinbase", amount: &Amount{1e8, "USD"}}}},
		{name: "same-sentence response", text: "Meta, which was fined 1.2 billion euros by the Irish Data Protection Commission on Monday, said it would appeal.",
			want: []wantClaim{{kind: KindPenalty, actor: "Data Protection Commission", target: "Meta", amount: &Amount{1.2e9, "EUR"}}, {kind: KindResponse, actor: "Meta", target: "Data Protection Commission", stance: "resist"}}},
		{name: "issued a directive", text: "The Reserve Bank of India issued a directive to Paytm Payments Bank to stop onboarding new customers.",
			want: []wantClaim{want(KindMandate, "Reserve Bank of India", "Paytm")}},
		{name: "reportedly scopes over the sentence", text: "Apple pulled WhatsApp from its App Store in China, reportedly after an order from the Cyberspace Administration of China.",
			want: []wantClaim{{kind: KindAction, actor: "Apple", target: "WhatsApp", certainty: Hedged}}},
		{name: "product maps to owner", text: "Kenya's central bank approved Safaricom's M-Pesa for overdraft lending.",
			want: []wantClaim{want(KindApproval, "central bank", "Safaricom")}},
	})
}

func TestHeadlineGivesWayToBody(t *testing.T) {
	doc := Document{Title: "China probes Nvidia over Mellanox deal",
		Text: "China's market regulator has opened an investigation into Nvidia, state broadcaster CCTV reported on Monday."}
	cs := NewClaimExtractor(nil).Claims(doc)
	if len(cs) != 1 || cs[0].Certainty != Reported || cs[0].Field != "" {
		t.Fatalf("want only the body's reported probe, got %s", describe(cs))
	}
}

func describe(cs []Claim) string {
	var b strings.Builder
	for _, c := range cs {
		var ts []string
		for _, t := range c.Targets {
			ts = append(ts, t.Name)
		}
		b.WriteString(c.Kind + " " + c.Actor.Name + " -> [" + strings.Join(ts, ", ") + "] " + c.Certainty + " " + c.Rule)
		if c.Amount != nil {
			b.WriteString(" amount")
		}
		b.WriteString("; ")
	}
	return b.String()
}

func TestNotClaims(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "analyst opinion", text: "Apple must cut prices in India to win market share, analysts at Jefferies said.", none: true},
		{name: "product news", text: "Samsung unveiled a foldable phone on Wednesday and received 300,000 pre-orders in a day.", none: true},
		{name: "question", text: "Will the FTC fine Meta again?", none: true},
		{name: "request by a third party", text: "Consumer groups urged the Federal Trade Commission to investigate Microsoft's AI deals.", none: true},
		{name: "person charged", text: "The Securities and Exchange Commission charged John Smith with insider trading.", none: true},
		{name: "reported speech", text: "The ministry told reporters that Alibaba had been cooperative.", none: true},
		{name: "a power, not an act", text: "The committee has broad authority to investigate Huawei's suppliers.", none: true},
		{name: "should be: someone's demand", text: "Residents insist the company should be compelled by the ministry to repair their homes.", none: true},
		{name: "persons are not targets", text: "Celebrities such as actress Jane Doe were fined by the Securities and Exchange Commission.", none: true},
		{name: "analysts expect", text: "Analysts expect regulators to approve the deal by the end of the year.", none: true},
		{name: "conditional", text: "If only Yahoo had bought Snapchat when it had the chance.", none: true},
		{name: "private settlement", text: "Apple agreed to pay $490 million to settle a shareholder lawsuit.", none: true},
		{name: "agent is not an authority", text: "The police said the Louvre Museum was blocked by striking staff on Friday.", none: true},
		{name: "-ing as adjective", text: "Check out our iPhone buying guide and favorite Android phones.", none: true},
		{name: "prepositional object is no subject", text: "The agreement with Verizon allows Yahoo to accept a superior offer.", none: true},
		{name: "persons under investigation", text: "South Korean prosecutors are investigating claims against Yoon and Interior Minister Lee Sang-min.", none: true},
	})
}
