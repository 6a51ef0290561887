package extract

import "testing"

// Round 13 (T13P): precision and certainty on text by writers who never
// saw the rules. Passages are our own; each group mixes countries, entity
// kinds and orders, with near-miss negatives carrying the same words.

// noNamelessClaim is a check that no claim of kind falls on a class alone
// (every target a sector, or none).
func noNamelessClaim(kind string) func(reporter, []Claim) {
	return func(t reporter, got []Claim) {
		t.Helper()
		for _, c := range got {
			if c.Kind == kind && sectorOnly(c) {
				t.Errorf("a %s on no named firm: %s", kind, describe([]Claim{c}))
			}
		}
	}
}

// hasNamelessClaim is a check that a claim of kind on a class alone stands.
func hasNamelessClaim(kind string) func(reporter, []Claim) {
	return func(t reporter, got []Claim) {
		t.Helper()
		for _, c := range got {
			if c.Kind == kind && sectorOnly(c) {
				return
			}
		}
		t.Errorf("missing a %s on a class; got %s", kind, describe(got))
	}
}

// A headline that tells a class what the body's claim of the same kind and
// actor tells named firms of that class is the same claim with the names
// squeezed out; a class the body never words so stays a claim of its own.
func TestFrames17HeadlineClassRestated(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "country-tells-wallet-firms", text: "Zambia tells mobile wallet firms to cut cash-out fees\nLUSAKA - The Bank of Zambia has instructed Chipata Pay and Luangwa Wallet to cut cash-out fees by half from May 1, the central bank said on Monday.",
			want: []wantClaim{want(KindMandate, "Bank of Zambia", "Chipata Pay")}, check: noNamelessClaim(KindMandate)},
		{name: "country-orders-lenders", text: "Kenya orders digital lenders to scrap hidden fees\nNAIROBI - The Central Bank of Kenya has ordered digital lenders Pesa Haraka and Tala Credit to scrap hidden fees within 30 days, the bank said.",
			want: []wantClaim{want(KindMandate, "Central Bank of Kenya", "Pesa Haraka")}, check: noNamelessClaim(KindMandate)},
		{name: "country-suspends-licences-of-class", text: "Egypt suspends licences of microfinance lenders\nCAIRO - Egypt's Financial Regulatory Authority has suspended the licences of microfinance lenders Nile Credit and Delta Tamweel for three months, the authority said on Sunday.",
			want: []wantClaim{want(KindPenalty, "Financial Regulatory Authority", "Nile Credit")}, check: noNamelessClaim(KindPenalty)},
		{name: "class-word-in-names", text: "Ghana tells mobile money operators to restore cash-out services\nACCRA - The Bank of Ghana has directed Volta Mobile Money and Ashanti Pay to restore cash-out services halted during last week's outage.",
			want: []wantClaim{want(KindMandate, "Bank of Ghana", "Volta Mobile Money")}, check: noNamelessClaim(KindMandate)},
		// near misses: the body words its firms otherwise, or tells no act of that kind
		{name: "neg-class-worded-otherwise", text: "Beijing orders streaming giants to open their platforms\nThe Chinese government has instructed some of its largest internet companies, including Youku and iQiyi, that they must let rival apps share links, according to reports.",
			check: hasNamelessClaim(KindMandate)},
		{name: "neg-body-tells-no-such-act", text: "Indonesia orders ride-hailing firms to cap commissions\nJAKARTA - Gojek said on Monday it was studying the new rules, which take effect in June.",
			check: hasNamelessClaim(KindMandate)},
	})
}

// An act offered as the alternative to a condition ("must keep ..., or the
// ACCC can revoke it") is a consequence held over the firm, not an act;
// nor is a standing power carried by a support verb ("has the power to
// impose penalties on payment firms"). The act itself, told plainly or
// hedged on a named firm, stays.
func TestFrames17ConsequenceNotAct(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "or-can-revoke-it", text: "The Commerce Commission has authorised the codeshare between Air Rarotonga and Kiwi Regional. The two carriers must keep at least 20 weekly flights to Aitutaki, or the commission can revoke it.",
			noKind: []string{KindPenalty}},
		{name: "otherwise-may-suspend", text: "Tanzania's energy regulator EWURA gave Kilimanjaro Gas 14 days to restore supplies to Arusha; otherwise the regulator may suspend its licence.",
			want: []wantClaim{want(KindMandate, "EWURA", "Kilimanjaro Gas")}, noKind: []string{KindPenalty}},
		{name: "or-could-fine-named", text: "Bulgaria's energy regulator ordered Sofia Heating to cut its winter tariffs by March, or it could fine the company up to 5% of its turnover.",
			want: []wantClaim{want(KindMandate, "energy regulator", "Sofia Heating")}, noKind: []string{KindPenalty}},
		{name: "power-to-impose-penalties", text: "Under the new law, the central bank has the power to impose penalties of up to 50 million naira on payment firms that break its rules.",
			none: true},
		{name: "powers-to-levy-fines", text: "The regulator has powers to levy fines on telecom operators that miss coverage targets, the ministry said.",
			none: true},
		// near misses: the act is done, or threatened on a named firm without a condition
		{name: "neg-or-between-acts", text: "The Ofwat regulator fined Wealdmoor Water £3 million and ordered it to repair leaking mains or replace them by 2027.",
			want: []wantClaim{want(KindPenalty, "Ofwat", "Wealdmoor Water")}},
		{name: "neg-could-fine-named-hedged", text: "The Dutch competition authority ACM could fine Lumen Energie for misleading customers, the authority said on Monday.",
			want: []wantClaim{certain(KindPenalty, "ACM", "Lumen Energie", Hedged)}},
		{name: "neg-imposed-penalty-done", text: "The central bank has imposed a penalty of 20 million naira on payment firm Kobo Pay for breaching its rules.",
			want: []wantClaim{want(KindPenalty, "central bank", "Kobo Pay")}},
	})
}

// Whoever learns it, a claim learned or gathered from unnamed people rests
// on them ("Caixin learned from people close to the matter", "the paper
// gathered from two senior officials"), and "one of the officials said"
// is one of people counted, not named. Learning from a party, or an
// official speaking in the authority's own name, stays asserted.
func TestFrames17LearnedFromSources(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "outlet-learned-from-people", text: "Vietnam's Ministry of Industry and Trade has ordered Hoa Sen Steel to halt coil exports to Europe, VnExpress learned from people close to the matter.",
			want: []wantClaim{certain(KindMandate, "Ministry of Industry and Trade", "Hoa Sen Steel", Reported)}},
		{name: "paper-gathered-from-officials", text: "The Kenya Ports Authority has revoked the operating licence of Lamu Marine Services over unpaid fees, the Daily Nation gathered from two senior officials at the authority.",
			want: []wantClaim{certain(KindPenalty, "Kenya Ports Authority", "Lamu Marine Services", Reported)}},
		{name: "learnt-from-sources-lowercase-outlet", text: "Pakistan's competition commission is investigating cement makers Lucky Ridge and Maple Falls over price fixing, this newspaper has learnt from sources.",
			want: []wantClaim{certain(KindProbe, "competition commission", "Lucky Ridge", Reported)}},
		{name: "heard-from-insiders", text: "Indonesia's OJK suspended the business licence of lender Kredit Cepat last week, Kontan heard from insiders at the regulator.",
			want: []wantClaim{certain(KindPenalty, "OJK", "Kredit Cepat", Reported)}},
		{name: "one-of-the-officials", text: "Brazil's aviation regulator ANAC has begun an audit of regional carrier Azul Sertão, two officials said. The regulator has also told the airline to ground three of its turboprops, one of the officials said.",
			want: []wantClaim{certain(KindMandate, "ANAC", "Azul Sertão", Reported)}},
		// near misses: learned from a party, an official speaking for the authority, a gathering
		{name: "neg-learned-from-ministry-statement", text: "The Ministry of Trade has fined Hoa Sen Steel 2 billion dong, the ministry said in a statement on Monday.",
			want: []wantClaim{certain(KindPenalty, "Ministry of Trade", "Hoa Sen Steel", Asserted)}},
		{name: "neg-gathered-crowd", text: "Protesters gathered outside the offices of Lamu Marine Services after the Kenya Ports Authority revoked its operating licence, the authority said.",
			want: []wantClaim{certain(KindPenalty, "Kenya Ports Authority", "Lamu Marine Services", Asserted)}},
		{name: "neg-one-of-its-directors", text: "The Central Bank of Kenya has fined Pesa Haraka 10 million shillings, one of its directors said.",
			want: []wantClaim{certain(KindPenalty, "Central Bank of Kenya", "Pesa Haraka", Asserted)}},
	})
}

// A name between a count and a person noun ("A Lower Hutt man", "two Durban
// traders") only says where the person is from: no party, so a court's fine
// of a person falls on no firm. A firm named before a noun that is no
// person ("a Vodacom shop") is untouched.
func TestFrames17PlaceOfPerson(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "a-town-man-fined-in-court", text: "A Palmerston North man has been fined $6000 in the Manawatu District Court for selling fake vape pens online, the health ministry said.",
			notParty: []string{"Palmerston North"}, noKind: []string{KindPenalty}},
		{name: "two-suburb-men-fined", text: "Two Lower Hutt men were fined $9000 in the Wellington District Court for importing fake cigarettes.",
			notParty: []string{"Lower Hutt"}, noKind: []string{KindPenalty}},
		{name: "two-city-traders", text: "Two Kisumu traders were fined 200,000 shillings each by a magistrate for selling counterfeit fertiliser, the Kenya Bureau of Standards said.",
			notParty: []string{"Kisumu"}},
		{name: "a-city-woman-ordered", text: "An Ipoh woman was ordered by the Sessions Court to pay RM12,000 for running an unlicensed money-lending business.",
			notParty: []string{"Ipoh"}},
		{name: "a-suburb-couple", text: "A Soweto couple has been fined R50,000 in the Johannesburg Magistrate's Court for selling expired food, the National Consumer Commission said.",
			notParty: []string{"Soweto"}},
		// near misses: a firm fined in court; a firm's name before a thing
		{name: "neg-firm-fined-in-court", text: "Vape retailer Cloudhaus Ltd has been fined $60,000 in the Wellington District Court for selling to minors, the health ministry said.",
			want: []wantClaim{want(KindPenalty, "", "Cloudhaus")}},
		{name: "neg-firm-before-thing", text: "The Competition Commission fined Vodacom 2 million rand after a Vodacom shop refused refunds, the commission said.",
			want: []wantClaim{want(KindPenalty, "Competition Commission", "Vodacom")}},
	})
}

// An official publication only carries an act ("published in the Official
// Gazette"): never a party, nor what "the company" means next. A class that
// is registered or licensed with an authority is a standing state, not an
// approval; a named firm or a past licensing stays one.
func TestFrames17PublicationAndState(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "gazette-then-the-company", text: "Chile's electricity regulator SEC fined distributor Luz Austral 900 million pesos over blackouts. In a resolution published in the Official Gazette on Friday, the regulator also ordered the company to compensate affected households.",
			notParty: []string{"Official Gazette"}, want: []wantClaim{want(KindPenalty, "SEC", "Luz Austral")}},
		{name: "boletin-oficial", text: "The decree, printed in the Boletín Oficial on Monday, suspends the licence of bus operator Transportes Cuyo for 60 days, the transport secretariat said.",
			notParty: []string{"Boletín Oficial"}},
		{name: "federal-register-notice", text: "The Federal Trade Commission published the consent order against Crestline Labs in the Federal Register on Tuesday.",
			notParty: []string{"Federal Register"}},
		{name: "lenders-are-registered", text: "Kenya's central bank has fined digital lender Zidi Credit 2 million shillings. More than 80 digital lenders are registered with the central bank.",
			check: noNamelessClaim(KindApproval)},
		{name: "operators-are-now-licensed", text: "The Bank of Zambia said 14 mobile money operators are now licensed by the central bank.",
			noKind: []string{KindApproval}},
		// near misses: a past licensing of a class, a named firm registered
		{name: "neg-licensed-class-past", text: "The central bank licensed 14 mobile money operators last week.",
			check: hasNamelessClaim(KindApproval)},
		{name: "neg-named-firm-registered", text: "Zidi Credit was registered by the Central Bank of Kenya as a digital credit provider on Monday.",
			want: []wantClaim{want(KindApproval, "Central Bank of Kenya", "Zidi Credit")}},
	})
}

// What "could have"/"would have"/"might have" happened is a counterfactual,
// no claim: neither the act nor the approval that would have let it happen.
// "could" alone still hedges an act that may come.
func TestFrames17Counterfactual(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "could-have-allowed-to-cut-off", text: "The market regulator said that without remedies the merger could have allowed Haixin Motors to cut off rivals such as Donghai Auto.",
			noKind: []string{KindAction, KindApproval}},
		{name: "would-have-let-block", text: "Brazil's CADE said the deal would have let Rota Foods block smaller rival Sabor Sul from key supermarkets.",
			noKind: []string{KindAction}},
		{name: "might-have-fined", text: "Analysts said the Danish competition authority might have fined Nordhavn Shipping had the company not settled.",
			noKind: []string{KindPenalty}},
		{name: "could-have-banned", text: "Without the commitments, the Turkish Competition Authority could have banned the tie-up between Ege Tekstil and Marmara Iplik, the authority said.",
			noKind: []string{KindMandate}},
		// near misses: "could" alone, and "have" of a perfect act
		{name: "neg-could-block-hedged", text: "Haixin Motors could block rivals such as Donghai Auto from its charging network, the regulator warned.",
			want: []wantClaim{certain(KindAction, "Haixin Motors", "Donghai Auto", Hedged)}},
		{name: "neg-have-blocked-perfect", text: "Haixin Motors and its partners have blocked rival Donghai Auto from the charging network, the regulator said.",
			want: []wantClaim{want(KindAction, "Haixin Motors", "Donghai Auto")}},
	})
}

// Reports a party or an authority rejects, dismisses or disputes are no
// source of the claim: the denier's own word stands, asserted. Reports
// told as the source stay reported.
func TestFrames17DeniedReportsNoSource(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "regulator-rejecting-local-media-reports", text: "RIGA - Latvia's Financial and Capital Market Commission is not investigating payments firm Daugava Pay, the regulator said on Monday, rejecting local media reports that inspectors had visited its offices.",
			want: []wantClaim{{kind: KindProbe, actor: "Financial and Capital Market Commission", target: "Daugava Pay", negated: true, certainty: Asserted}}},
		{name: "dismissing-weekend-newspaper-reports", text: "The Competition Authority of Kenya has not fined Soko Mart, the authority said, dismissing weekend newspaper reports that claimed a penalty was imposed.",
			want: []wantClaim{{kind: KindPenalty, actor: "Competition Authority of Kenya", target: "Soko Mart", negated: true, certainty: Asserted}}},
		{name: "disputing-press-reports", text: "Chile's CMF has not opened a probe into broker Andes Valores, the regulator said, disputing press reports published on Friday.",
			want: []wantClaim{{kind: KindProbe, actor: "CMF", target: "Andes Valores", negated: true, certainty: Asserted}}},
		// near miss: the reports are the source
		{name: "neg-media-reports-as-source", text: "Latvia's Financial and Capital Market Commission is investigating payments firm Daugava Pay, local media reports said on Monday.",
			want: []wantClaim{certain(KindProbe, "Financial and Capital Market Commission", "Daugava Pay", Reported)}},
	})
}

// An inquiry noun read from context whose own object is something else
// ("during its audit of a listed group") is no inquiry into the firm acted
// on; an object that tells the firm again ("an audit of the supplier's
// plant") keeps it.
func TestFrames17InquiryOfOther(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "auditor-fined-its-audit-of-a-group", text: "Norway's Financial Supervisory Authority has fined audit firm Fjord Revisjon 4 million crowns for failing to challenge impairment charges during its audit of a listed shipping company.",
			want: []wantClaim{want(KindPenalty, "Financial Supervisory Authority", "Fjord Revisjon")}, noKind: []string{KindProbe}},
		{name: "valuer-review-of-a-fund", text: "The Securities Commission Malaysia has fined valuer Tanjung Appraisal 500,000 ringgit over errors in its review of a property trust's assets.",
			noKind: []string{KindProbe}},
		// near misses: the object is the firm told again, or its name
		{name: "neg-audit-of-the-suppliers-plant", text: "The Federal Aviation Administration could fine Wichita Aerostructures over lapses found during a six-week audit of the supplier's Kansas plant.",
			want: []wantClaim{want(KindProbe, "Federal Aviation Administration", "Wichita Aerostructures")}},
	})
}
