package extract

import (
	"strings"
	"testing"
)

// byFallback is a check that some claim came from the fallback, so a case
// keeps testing the fallback even after a frame learns its wording.
func byFallback(t reporter, got []Claim) {
	t.Helper()
	for _, c := range got {
		if strings.HasPrefix(c.Rule, "fallback/") {
			if c.Confidence >= 0.6 {
				t.Errorf("fallback claim with a frame's confidence: %s", describe([]Claim{c}))
			}
			return
		}
	}
	t.Errorf("want a fallback claim, got %s", describe(got))
}

// noFallback is a check that the fallback added nothing (frames may still
// have their say about the passage).
func noFallback(t reporter, got []Claim) {
	t.Helper()
	for _, c := range got {
		if strings.HasPrefix(c.Rule, "fallback/") {
			t.Errorf("unwanted fallback claim: %s", describe([]Claim{c}))
		}
	}
}

func TestClaimFallback(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "censure with a bracketed acronym",
			text: "WELLINGTON - The Financial Markets Authority (FMA) has censured insurer Harbour Life for mis-selling travel cover.",
			want: []wantClaim{want(KindPenalty, "Financial Markets Authority", "Harbour Life")}, check: byFallback},
		// (a frame may take this one over; either way it must be found)
		{name: "licences granted to a listed class",
			text: "The Bank of Ghana granted payment licences on Monday to two startups - Volta Pay Systems and Ashanti Wallet Services - the first in the region.",
			want: []wantClaim{want(KindApproval, "Bank of Ghana", "Volta Pay Systems"), want(KindApproval, "Bank of Ghana", "Ashanti Wallet Services")}},
		{name: "penalty noun imposed on a firm",
			text: "The Insurance Regulatory and Development Authority of India has imposed a penalty of ₹1 crore on Sagar Mutual Insurance Co for delayed payouts, according to an order on its website.",
			want: []wantClaim{want(KindPenalty, "Insurance Regulatory and Development Authority of India", "Sagar Mutual Insurance")}, check: byFallback},
		{name: "coordinated second act, in a sentence with a frame's claim",
			text: "The Reserve Bank of Malawi said on Friday it had fined Chiradzulu Savings Bank 40 million kwacha for weak controls and had ordered its main shareholder, Lusaka-registered Zambezi Capital Group, to sell its stake within six months.",
			want: []wantClaim{want(KindPenalty, "Reserve Bank of Malawi", "Chiradzulu Savings Bank"), want(KindMandate, "Reserve Bank of Malawi", "Zambezi Capital Group")}, check: byFallback},
		{name: "apposition between subject and verb",
			text: "Padang Telecom, the country's third-largest carrier, has appealed the Indonesian Competition Commission's ruling, the company said.",
			want: []wantClaim{want(KindResponse, "Padang Telecom", "Indonesian Competition Commission")}},
	})
}

// The near misses: each has an authority, a strong trigger and a firm, and
// each must stay without a claim (or without the wrong one).
func TestClaimFallbackNearMisses(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "could censure if", text: "The Financial Markets Authority could censure Harbour Life if it finds the cover was mis-sold.", noKind: []string{KindPenalty}},
		{name: "could censure", text: "The Financial Markets Authority could censure Harbour Life, its chief executive told lawmakers.", noKind: []string{KindPenalty}},
		{name: "analysts expect", text: "Analysts expect the Financial Markets Authority to censure Harbour Life this year.", noKind: []string{KindPenalty}},
		{name: "urged to censure", text: "Consumer groups urged the Financial Markets Authority to censure Harbour Life over the cover.", noKind: []string{KindPenalty}},
		{name: "censured former directors", text: "The Financial Markets Authority has censured two former directors of Harbour Life.", noKind: []string{KindPenalty}},
		{name: "censured the firm's chairman", text: "The Financial Markets Authority has censured Harbour Life's chairman.", noKind: []string{KindPenalty}},
		{name: "not censured", text: "The Financial Markets Authority has not censured Harbour Life.",
			notWant: []wantClaim{want(KindPenalty, "Financial Markets Authority", "Harbour Life")}},
		{name: "place modifying the object", text: "Ukraine's central bank censures Lviv lender over reporting lapses", none: true},
		{name: "intransitive probe with an adjunct", text: "A European privacy watchdog is investigating following data breaches at Dell customers' accounts, TechCrunch has learned.", none: true},
		{name: "adjective, not an act", text: "The board features a quad-core ARM CPU with integrated Bluetooth 4.1 and wireless LAN chipsets.", check: noFallback},
		{name: "penalty imposed by someone else", text: "The Insurance Regulatory and Development Authority of India said a penalty of ₹1 crore was imposed by a court on Sagar Mutual Insurance Co.",
			notWant: []wantClaim{want(KindPenalty, "Insurance Regulatory and Development Authority of India", "Sagar Mutual Insurance")}},
		{name: "a power, not an act", text: "The Bank of Ghana has the power to grant payment licences to Volta Pay Systems and Ashanti Wallet Services.", noKind: []string{KindApproval}},
		{name: "question", text: "Will the Bank of Ghana grant payment licences to Volta Pay Systems?", none: true},
	})
}
