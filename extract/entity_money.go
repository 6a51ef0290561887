package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// gluedCurrencies are the currency marks written glued to a sum, letters
// first ("Sh12 million", "Rs7.5bn", "Tk50 crore", "KSh3bn", "R500m"). Such a
// token is money; capitalized, it would otherwise open or extend a firm's
// name.
var gluedCurrencies = toSet(`sh ksh ush tsh rs inr tk rp rm kes ngn zar php pkr egp ghs ugx tzs usd eur gbp cny rmb
 aed sar jpy krw idr myr thb vnd brl mxn chf sek nok dkk pln huf czk try rub hkd sgd aud cad nzd twd lkr npr bdt mwk zmw
 dh dhs qar omr bhd kwd jod etb`)

// singleLetterCurrencies need a scale to be money: "R500m", "N50bn",
// "K25 million" are sums, "N26" or "K9" alone may be a firm.
var singleLetterCurrencies = toSet(`r n k p e l`)

// shortCurrencies are two-letter Gulf, African and other marks ("SR2
// million", "QR500,000", "KD1.2m", "MK50 million") that could also be a
// model or a code, so they need a scale or a thousands comma to be money.
var shortCurrencies = toSet(`sr qr bd kd ro le br mk zk tl`)

// gluedMoney reports whether toks[k] is a sum with its currency glued in
// front.
func gluedMoney(toks []token, k int) bool {
	t := toks[k]
	if t.kind != tokWord && t.kind != tokNum {
		return false
	}
	s := t.low
	i := 0
	for i < len(s) && s[i] >= 'a' && s[i] <= 'z' {
		i++
	}
	if i == 0 || i == len(s) || s[i] < '0' || s[i] > '9' {
		return false
	}
	cur, rest := s[:i], s[i:]
	// the rest is a number with an optional glued scale ("7.5bn", "12,000")
	j := 0
	for j < len(rest) && (rest[j] >= '0' && rest[j] <= '9' || rest[j] == '.' || rest[j] == ',') {
		j++
	}
	suffix := rest[j:]
	if suffix != "" {
		if _, ok := scaleWords[suffix]; !ok {
			return false
		}
	}
	scaled := suffix != ""
	if !scaled && k+1 < len(toks) {
		_, scaled = scaleWords[toks[k+1].low]
		scaled = scaled && len(toks[k+1].low) > 1
	}
	switch {
	case gluedCurrencies[cur]:
		return true
	case singleLetterCurrencies[cur]:
		return scaled
	case shortCurrencies[cur]:
		return scaled || strings.Contains(rest, ",")
	}
	return false
}

// goodsAfter reports whether the number at q counts goods, not money: a
// plain noun that is no currency or scale follows it ("4,000 tonnes of
// beans", "40 vehicles"), where "3 million euros" or "$2 million" is a sum.
func goodsAfter(toks []token, q int) bool {
	if q >= len(toks) || toks[q].kind != tokNum {
		return false
	}
	if _, ok := amountAt(toks, q); ok {
		return false
	}
	n := q + 1
	if n < len(toks) {
		if _, ok := scaleWords[toks[n].low]; ok && len(toks[n].low) > 1 {
			n++
		}
	}
	if n >= len(toks) || toks[n].kind != tokWord || toks[n].upper {
		return false
	}
	w := toks[n].low
	if _, ok := currencyWords[w]; ok {
		return false
	}
	return !moneyNouns[w] && !capStop[w]
}

// moneyNouns follow a bare number that is still money ("2 million in
// refunds", "1,200 crore worth").
var moneyNouns = toSet(`worth percent per cent crore lakh`)

// spacedCurrencies are currency codes written apart from the sum ("Rs 7.5
// crore", "Rp 22 billion", "KSh 15 million", "RM 2.5 million"); before a
// number they are money, never a name.
var spacedCurrencies = toSet(`rs rp rm ksh ush tsh sh tk inr idr myr kes ngn zar php pkr egp usd eur gbp cny rmb hkd sgd aud
 cad nzd twd jpy krw chf sek nok dkk aed sar qar kd bd sr qr dh dhs`)

// moneyPrefix reports whether toks[k] opens a sum as its currency mark:
// glued to '$' ("HK$4.8 million", "C$2.2 billion", "NZ$", "A$") or a code
// before the number ("Rs 7.5 crore"). Read as a capitalized word it would
// become a firm, or the firm a fine lands on.
func moneyPrefix(toks []token, k int) bool {
	if k+1 >= len(toks) || toks[k].kind != tokWord {
		return false
	}
	n := toks[k+1]
	if n.text == "$" && n.bstart == toks[k].bend {
		_, ok := dollarPrefixes[toks[k].low]
		return ok
	}
	if r, _ := utf8.DecodeRuneInString(n.text); n.bstart == toks[k].bend && len(toks[k].low) <= 3 && r != '$' && unicode.Is(unicode.Sc, r) {
		return true // "GH₵20,000", "TT₵": letters glued to any currency sign mark the sum
	}
	return n.kind == tokNum && spacedCurrencies[toks[k].low] && n.text[0] >= '0' && n.text[0] <= '9'
}
