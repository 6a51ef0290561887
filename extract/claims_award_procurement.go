package extract

import "strings"

// An authority that awards a contract, a task order or a tender buys
// goods or services from the firm: procurement, not an approval of what the
// firm may do. Awarding a licence, spectrum or a concession stays an
// approval.

var procurementNouns = toSet(`contract contracts order orders tender tenders subcontract subcontracts deal deals
 work works funding grant grants subsidy subsidies prize prizes bid purchase purchases procurement`)

// awardedPurchase: the award verb at k takes a procurement noun as its
// object within a dozen words ("awarded task orders to", "awarded X a
// $2 billion contract").
func awardedPurchase(toks []token, k int) bool {
	if !strings.HasPrefix(toks[k].low, "award") {
		return false
	}
	for q := k + 1; q < len(toks) && q <= k+12; q++ {
		w := toks[q].low
		if procurementNouns[w] {
			return true
		}
		if w == "licence" || w == "license" || w == "licences" || w == "licenses" || w == "spectrum" || w == "concession" || w == "permit" || w == "." || w == ";" {
			return false
		}
	}
	return false
}
