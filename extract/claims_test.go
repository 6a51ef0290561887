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
	cases := []struct {
		name string
		text string
		want []wantClaim
	}{
		{"active fine with amount", "The European Commission fined Google €4.34bn for abusing the dominance of Android.",
			[]wantClaim{{kind: KindPenalty, actor: "European Commission", target: "Google", certainty: Asserted, amount: &Amount{4.34e9, "EUR"}}}},
		{"passive fine by", "Vodafone was fined £1.2bn by the Competition and Markets Authority on Monday.",
			[]wantClaim{{kind: KindPenalty, actor: "Competition and Markets Authority", target: "Vodafone", amount: &Amount{1.2e9, "GBP"}}}},
		{"crore amount", "The Competition Commission of India fined Google Rs 1,337.76 crore for anti-competitive practices.",
			[]wantClaim{{kind: KindPenalty, actor: "Competition Commission of India", target: "Google", amount: &Amount{1.33776e10, "INR"}}}},
		{"won amount", "The Korea Fair Trade Commission fined Kakao ₩100 billion over its taxi app.",
			[]wantClaim{{kind: KindPenalty, actor: "Korea Fair Trade Commission", target: "Kakao", amount: &Amount{1e11, "KRW"}}}},
		{"headline-ese", "EU fines Apple over music streaming rules",
			[]wantClaim{{kind: KindPenalty, actor: "EU", target: "Apple"}}},
		{"order to stop: prohibition", "Brazil's antitrust regulator ordered Apple to stop blocking rival payment systems in its App Store.",
			[]wantClaim{{kind: KindMandate, actor: "antitrust regulator", target: "Apple", prohibition: true}}},
		{"target list with including", "The Reserve Bank of India told several lenders, including HDFC Bank and ICICI Bank, to tighten checks on unsecured loans.",
			[]wantClaim{{kind: KindMandate, actor: "Reserve Bank of India", target: "HDFC Bank"}, {kind: KindMandate, actor: "Reserve Bank of India", target: "ICICI Bank"}}},
		{"sector target", "The central bank of Nigeria said all commercial banks must stop charging fees on cash deposits.",
			[]wantClaim{{kind: KindMandate, actor: "central bank", target: "commercial banks", prohibition: true}}},
		{"clause-final sources: reported", "Japan's Fair Trade Commission is investigating Amazon over pricing practices on its marketplace, two people familiar with the matter said.",
			[]wantClaim{{kind: KindProbe, actor: "Fair Trade Commission", target: "Amazon", certainty: Reported}}},
		{"according to reports", "Indonesia's communications ministry has ordered Apple to halt iPhone 16 sales, according to local media reports.",
			[]wantClaim{{kind: KindMandate, actor: "communications ministry", target: "Apple", certainty: Reported}}},
		{"hedge wins", "The Federal Trade Commission may sue Amazon over its Prime cancellation flow, people briefed on the plans said.",
			[]wantClaim{{kind: KindProbe, actor: "Federal Trade Commission", target: "Amazon", certainty: Hedged}}},
		{"denied claim", "The Bundeskartellamt did not order Meta to stop combining user data, a spokesman said.",
			[]wantClaim{{kind: KindMandate, actor: "Bundeskartellamt", target: "Meta", negated: true}}},
		{"approval passive", "Microsoft's takeover of Activision Blizzard was approved by the Competition and Markets Authority.",
			[]wantClaim{{kind: KindApproval, actor: "Competition and Markets Authority", target: "Activision"}}},
		{"probe opened", "Turkey's competition authority opened an investigation into Google over its advertising business.",
			[]wantClaim{{kind: KindProbe, actor: "competition authority", target: "Google"}}},
		{"sue by authority is a probe", "The Department of Justice sued Visa on Tuesday, saying it monopolized debit payments.",
			[]wantClaim{{kind: KindProbe, actor: "Department of Justice", target: "Visa"}}},
		{"firm action", "Epic Games sued Samsung over app store restrictions on its phones.",
			[]wantClaim{{kind: KindAction, actor: "Epic Games", target: "Samsung"}}},
		{"response with reference", "The Dutch competition authority fined Uber 290 million euros. The company said it would appeal the decision.",
			[]wantClaim{{kind: KindPenalty, actor: "competition authority", target: "Uber", amount: &Amount{2.9e8, "EUR"}}, {kind: KindResponse, actor: "Uber", target: "competition authority", stance: "resist"}}},
		{"pronoun resolves to the last authority", "Australia's competition regulator sued Coles. It also ordered Woolworths to refund customers.",
			[]wantClaim{{kind: KindProbe, actor: "competition regulator", target: "Coles"}, {kind: KindPenalty, actor: "competition regulator", target: "Woolworths"}}},
		{"imposed penalty on", "Nigeria's consumer protection regulator imposed a $220 million penalty on Meta for privacy violations.",
			[]wantClaim{{kind: KindPenalty, actor: "consumer protection regulator", target: "Meta", amount: &Amount{2.2e8, "USD"}}}},
		{"proceedings against", "The European Commission has opened formal proceedings against TikTok under the Digital Services Act.",
			[]wantClaim{{kind: KindProbe, actor: "European Commission", target: "TikTok"}}},
		{"executives stand for their firm", "Chinese regulators summoned executives from Didi and Meituan last week, the People's Daily reported.",
			[]wantClaim{{kind: KindMandate, actor: "regulators", target: "Didi", certainty: Reported}}},
		{"ruled liable", "A U.S. judge ruled that Google illegally monopolized online search.",
			[]wantClaim{{kind: KindMandate, actor: "judge", target: "Google"}}},
		{"investigating whether", "The Securities and Exchange Commission is investigating whether Tesla misled investors.",
			[]wantClaim{{kind: KindProbe, actor: "Securities and Exchange Commission", target: "Tesla"}}},
		{"law as actor", "Under the new rules, platforms such as Uber and Deliveroo must treat riders as employees.",
			[]wantClaim{{kind: KindMandate, actor: "new rules", target: "Deliveroo"}}},
		{"case filed by an authority", "The lawsuit, filed by the Department of Justice in 2020, accuses Google of paying for default placement.",
			[]wantClaim{{kind: KindProbe, actor: "Department of Justice", target: "Google"}}},
		{"ordered an inquiry is a probe", "India's antitrust watchdog has ordered a detailed investigation into Amazon and Flipkart.",
			[]wantClaim{{kind: KindProbe, actor: "antitrust watchdog", target: "Flipkart"}}},
		{"deal cleared binds its parties", "Uber agreed to acquire Careem for $3.1 billion. The deal was cleared by Dubai's competition regulator.",
			[]wantClaim{{kind: KindAction, actor: "Uber", target: "Careem"}, {kind: KindApproval, actor: "competition regulator", target: "Careem"}}},
		{"authority blocks, firm fights back", "Russia's communications watchdog Roskomnadzor said it had blocked access to Telegram. Telegram said it would keep fighting the ban.",
			[]wantClaim{{kind: KindMandate, actor: "Roskomnadzor", target: "Telegram", prohibition: true}, {kind: KindResponse, actor: "Telegram", target: "Roskomnadzor", stance: "resist"}}},
		{"the central bank refers back", "Officials at the Bank of Thailand said the central bank was considering fining Krungthai Bank.",
			[]wantClaim{{kind: KindPenalty, actor: "Bank of Thailand", target: "Krungthai Bank", certainty: Hedged}}},
		{"in talks is hedged", "Samsung Electronics is in talks to acquire Nexperia, two people familiar with the matter said.",
			[]wantClaim{{kind: KindAction, actor: "Samsung", target: "Nexperia", certainty: Hedged}}},
		{"ministry name after its country", "Vietnam's Ministry of Information and Communications has asked Netflix to remove a film, state media reported.",
			[]wantClaim{{kind: KindMandate, actor: "Ministry of Information and Communications", target: "Netflix", certainty: Reported}}},
		{"received from an authority", "Tesla said it had received a subpoena from the Securities and Exchange Commission.",
			[]wantClaim{{kind: KindProbe, actor: "Securities and Exchange Commission", target: "Tesla"}}},
		{"imposed restrictions", "The U.S. Commerce Department imposed new restrictions on Huawei and SMIC on Friday.",
			[]wantClaim{{kind: KindMandate, actor: "Commerce Department", target: "SMIC", prohibition: true}}},
		{"lifted a ban", "The Commerce Department lifted its ban on ZTE after the company paid a $1 billion fine.",
			[]wantClaim{{kind: KindApproval, actor: "Commerce Department", target: "ZTE"}}},
		{"refused to approve", "Egypt's competition authority refused to approve Uber's acquisition of Careem.",
			[]wantClaim{{kind: KindApproval, actor: "competition authority", target: "Careem", negated: true}}},
		{"hit with a fine", "Amazon was hit with a €746 million fine by Luxembourg's data protection authority.",
			[]wantClaim{{kind: KindPenalty, actor: "data protection authority", target: "Amazon", amount: &Amount{7.46e8, "EUR"}}}},
		{"quoted firm responds", "The FTC fined Meta $5 billion. \"We will appeal the decision,\" the company said.",
			[]wantClaim{{kind: KindResponse, actor: "Meta", target: "FTC", stance: "resist"}}},
		{"reduced relative passive", "Meta was among eight companies fined by the Turkish Competition Authority last year.",
			[]wantClaim{{kind: KindPenalty, actor: "Turkish Competition Authority", target: "Meta"}}},
		{"paid to settle an authority's charges", "Coinbase agreed to pay $100 million to settle charges brought by New York's financial regulator.",
			[]wantClaim{{kind: KindPenalty, actor: "financial regulator", target: "Coinbase", amount: &Amount{1e8, "USD"}}}},
		{"same-sentence response", "Meta, which was fined 1.2 billion euros by the Irish Data Protection Commission on Monday, said it would appeal.",
			[]wantClaim{{kind: KindPenalty, actor: "Data Protection Commission", target: "Meta", amount: &Amount{1.2e9, "EUR"}}, {kind: KindResponse, actor: "Meta", target: "Data Protection Commission", stance: "resist"}}},
		{"issued a directive", "The Reserve Bank of India issued a directive to Paytm Payments Bank to stop onboarding new customers.",
			[]wantClaim{{kind: KindMandate, actor: "Reserve Bank of India", target: "Paytm"}}},
		{"reportedly scopes over the sentence", "Apple pulled WhatsApp from its App Store in China, reportedly after an order from the Cyberspace Administration of China.",
			[]wantClaim{{kind: KindAction, actor: "Apple", target: "WhatsApp", certainty: Hedged}}},
		{"product maps to owner", "Kenya's central bank approved Safaricom's M-Pesa for overdraft lending.",
			[]wantClaim{{kind: KindApproval, actor: "central bank", target: "Safaricom"}}},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := x.Claims(Document{Text: c.text})
			for _, w := range c.want {
				if !hasClaim(got, w) {
					t.Errorf("missing %+v\n got: %s", w, describe(got))
				}
			}
		})
	}
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
	cases := []struct{ name, text string }{
		{"analyst opinion", "Apple must cut prices in India to win market share, analysts at Jefferies said."},
		{"product news", "Samsung unveiled a foldable phone on Wednesday and received 300,000 pre-orders in a day."},
		{"question", "Will the FTC fine Meta again?"},
		{"request by a third party", "Consumer groups urged the Federal Trade Commission to investigate Microsoft's AI deals."},
		{"person charged", "The Securities and Exchange Commission charged John Smith with insider trading."},
		{"reported speech", "The ministry told reporters that Alibaba had been cooperative."},
		{"a power, not an act", "The committee has broad authority to investigate Huawei's suppliers."},
		{"should be: someone's demand", "Residents insist the company should be compelled by the ministry to repair their homes."},
		{"persons are not targets", "Celebrities such as actress Jane Doe were fined by the Securities and Exchange Commission."},
		{"analysts expect", "Analysts expect regulators to approve the deal by the end of the year."},
		{"conditional", "If only Yahoo had bought Snapchat when it had the chance."},
		{"private settlement", "Apple agreed to pay $490 million to settle a shareholder lawsuit."},
		{"agent is not an authority", "The police said the Louvre Museum was blocked by striking staff on Friday."},
		{"-ing as adjective", "Check out our iPhone buying guide and favorite Android phones."},
		{"prepositional object is no subject", "The agreement with Verizon allows Yahoo to accept a superior offer."},
		{"persons under investigation", "South Korean prosecutors are investigating claims against Yoon and Interior Minister Lee Sang-min."},
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
