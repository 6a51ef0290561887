package extract

import (
	"strconv"
	"strings"
)

// Amounts are read from tokens: an optional currency prefix ("$", "US$",
// "HK$", "€", "Rs", "RMB"), a number with an optional glued or separate
// scale ("4.34bn", "1.2 billion", "1,337.76 crore") and an optional
// currency word after it ("yuan", "euros", "rupees").

var currencySymbols = map[string]string{
	"$": "USD", "€": "EUR", "£": "GBP", "¥": "CNY", "₩": "KRW", "₹": "INR", "₽": "RUB", "₺": "TRY", "₦": "NGN",
	"₱": "PHP", "₫": "VND", "₪": "ILS", "฿": "THB", "R$": "BRL",
}

// prefixes written before "$" ("US$", "HK$") and their currencies.
var dollarPrefixes = map[string]string{
	"us": "USD", "hk": "HKD", "s": "SGD", "a": "AUD", "c": "CAD", "nz": "NZD", "nt": "TWD", "r": "BRL", "mx": "MXN", "au": "AUD", "ca": "CAD", "sg": "SGD",
}

var currencyWords = map[string]string{
	"yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "cny": "CNY", "usd": "USD", "dollars": "USD", "dollar": "USD",
	"euros": "EUR", "euro": "EUR", "eur": "EUR", "pounds": "GBP", "pound": "GBP", "sterling": "GBP", "gbp": "GBP",
	"rupees": "INR", "rupee": "INR", "inr": "INR", "rs": "INR", "won": "KRW", "krw": "KRW", "yen": "JPY", "jpy": "JPY",
	"francs": "CHF", "chf": "CHF", "kronor": "SEK", "sek": "SEK", "kroner": "NOK", "nok": "NOK", "dkk": "DKK",
	"rupiah": "IDR", "idr": "IDR", "ringgit": "MYR", "myr": "MYR", "reais": "BRL", "real": "BRL", "brl": "BRL",
	"rand": "ZAR", "zar": "ZAR", "naira": "NGN", "ngn": "NGN", "lira": "TRY", "try": "TRY", "pesos": "MXN", "mxn": "MXN",
	"baht": "THB", "thb": "THB", "dong": "VND", "rubles": "RUB", "roubles": "RUB", "rub": "RUB", "zloty": "PLN", "pln": "PLN",
	"shekels": "ILS", "dirhams": "AED", "aed": "AED", "riyals": "SAR", "sar": "SAR", "hkd": "HKD", "sgd": "SGD", "aud": "AUD",
	"cad": "CAD", "twd": "TWD", "nzd": "NZD", "kes": "KES", "shillings": "KES", "maloti": "LSL", "cedis": "GHS",
	"egp": "EGP", "pkr": "PKR", "php": "PHP", "pesos-mxn": "MXN", "forint": "HUF", "huf": "HUF", "czk": "CZK", "koruna": "CZK",
}

var scaleWords = map[string]float64{
	"thousand": 1e3, "k": 1e3, "million": 1e6, "millions": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6,
	"billion": 1e9, "billions": 1e9, "bn": 1e9, "b": 1e9, "bln": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12,
	"crore": 1e7, "crores": 1e7, "cr": 1e7, "lakh": 1e5, "lakhs": 1e5, "lac": 1e5,
	"mil": 1e6, "bil": 1e9, // Malaysian style: "RM8.2mil", "RM1.5bil"
}

// findAmount returns the first sum of money in toks[from:], if any.
func findAmount(toks []token, from int) (*Amount, int) {
	for k := from; k < len(toks); k++ {
		if a, ok := amountAt(toks, k); ok {
			return a, k
		}
	}
	return nil, -1
}

// amountAt parses a sum of money starting at token k; past the end there is
// none, so callers may probe the token after a name without a bounds check.
func amountAt(toks []token, k int) (*Amount, bool) {
	if k >= len(toks) {
		return nil, false
	}
	cur := ""
	i := k
	t := toks[i]
	switch {
	case t.kind == tokPunct && currencySymbols[t.text] != "":
		cur = currencySymbols[t.text]
		i++
	case t.kind == tokWord && i+1 < len(toks) && toks[i+1].text == "$" && dollarPrefixes[t.low] != "" && toks[i+1].bstart == t.bend:
		cur = dollarPrefixes[t.low]
		i += 2
	case t.kind == tokWord && (t.low == "rs" || t.low == "inr" || t.low == "rmb" || t.low == "usd" || t.low == "eur" || t.low == "cny" || t.low == "gbp" || t.low == "hkd" || t.low == "r"):
		cur = currencyWords[t.low]
		if t.low == "r" {
			cur = "ZAR"
		}
		i++
		if i < len(toks) && toks[i].text == "." {
			i++
		}
		if t.low == "r" && (i >= len(toks) || toks[i].bstart != t.bend) {
			return nil, false
		}
	}
	if i >= len(toks) || toks[i].kind != tokNum {
		return nil, false
	}
	num, scale, ok := parseNumber(toks[i].text)
	if !ok {
		return nil, false
	}
	i++
	if scale == 1 && i < len(toks) {
		if s, ok := scaleWords[toks[i].low]; ok && (len(toks[i].low) > 1 || toks[i].bstart == toks[i-1].bend) {
			scale = s
			i++
		}
	}
	if cur == "" {
		if i < len(toks) {
			if c, ok := currencyWords[toks[i].low]; ok && toks[i].low != "real" && toks[i].low != "try" && toks[i].low != "won" {
				cur = c
			} else if ok && toks[i].low == "won" && (i+1 >= len(toks) || toks[i+1].kind == tokPunct || toks[i+1].low == "in" || toks[i+1].low == "on" || toks[i+1].low == "for") {
				cur = c
			}
		}
		if cur == "" {
			return nil, false
		}
	}
	return &Amount{Value: roundAmount(num * scale), Currency: cur}, true
}

// parseNumber reads "18.2", "1,337.76", "4.34bn", "95m".
func parseNumber(s string) (float64, float64, bool) {
	scale := 1.0
	j := len(s)
	for j > 0 && (s[j-1] < '0' || s[j-1] > '9') {
		j--
	}
	if j < len(s) {
		suf := strings.ToLower(s[j:])
		sc, ok := scaleWords[suf]
		if !ok {
			return 0, 0, false
		}
		scale = sc
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(s[:j], ",", ""), 64)
	if err != nil {
		return 0, 0, false
	}
	return v, scale, true
}

// roundAmount removes float noise from products like 18.2 * 1e9.
func roundAmount(v float64) float64 {
	if v >= 1 {
		r, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 12, 64), 64)
		if err == nil {
			return r
		}
	}
	return v
}

// ParseAmount parses a sum of money written as in news text ("€4.34bn",
// "Rs 1,337.76 crore", "18.2 billion yuan"); ok is false when s holds none.
func ParseAmount(s string) (Amount, bool) {
	toks := tokenize(s)
	a, _ := findAmount(toks, 0)
	if a == nil {
		return Amount{}, false
	}
	return *a, true
}
