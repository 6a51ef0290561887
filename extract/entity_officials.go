package extract

// Cabinet officials named with their office ("Treasurer Jim Chalmers",
// "Commerce Minister Piyush Goyal", "Commerce Secretary Gina Raimondo")
// act for their government the way a president or prime minister does:
// reporters write "Finance Minister X ordered Y to ..." where the ministry
// is meant, so the mention is an authority, not a person (spec: persons are
// never parties, but an official's order is the government's).

// cabinetDomains are the portfolios a minister or secretary holds; a title
// led by one of them is a government office, never a firm's ("Samsung
// Finance Chief" has no such title; "company secretary" has no domain).
var cabinetDomains = toSet(`finance commerce trade economy economic economics industry industries energy
 telecommunications communications telecom transport transportation health interior treasury digital
 information technology agriculture mines mining petroleum oil power environment labour labor
 justice consumer competition investment planning infrastructure budget revenue tourism aviation
 resources home`)

// cabinetTitleLen returns how many tokens at k spell a cabinet title
// ("Treasurer", "Finance Minister", "Commerce Secretary", "Deputy Finance
// Minister"), or 0.
func cabinetTitleLen(toks []token, k, end int) int {
	q := k
	if q < end && (toks[q].low == "deputy" || toks[q].low == "vice") {
		q++
	}
	if q < end && toks[q].low == "treasurer" {
		return q + 1 - k
	}
	if q+1 < end && cabinetDomains[toks[q].low] {
		q++
		if q+1 < end && (toks[q].low == "and" || toks[q].low == "&") && cabinetDomains[toks[q+1].low] {
			q += 2 // "Trade and Industry Minister"
		}
		if q < end && (toks[q].low == "minister" || toks[q].low == "secretary") {
			return q + 1 - k
		}
	}
	return 0
}

// cabinetTitled reports a span that is a cabinet title followed by a
// person's name, optionally led by the country's adjective ("Australian
// Treasurer Jim Chalmers"). A bare title ("the Finance Minister") is left
// to the descriptor rules.
func cabinetTitled(toks []token, k, end int, x *ClaimExtractor) bool {
	if k < end && toks[k].upper && x.cat.countryOf[toks[k].low] != "" {
		k++
	}
	n := cabinetTitleLen(toks, k, end)
	if n == 0 || end-k < n+1 {
		return false
	}
	for q := k + n; q < end; q++ {
		if !toks[q].upper || toks[q].kind != tokWord {
			return false // "Finance Minister's office", "Commerce Secretary 2024"
		}
	}
	return true
}
