package extract

import (
	"math"
	"testing"
)

func TestParseAmount(t *testing.T) {
	cases := []struct {
		in   string
		want Amount
		ok   bool
	}{
		{"18.2 billion yuan ($2.8 billion)", Amount{18.2e9, "CNY"}, true},
		{"€4.34bn", Amount{4.34e9, "EUR"}, true},
		{"£1.2bn", Amount{1.2e9, "GBP"}, true},
		{"Rs 1,337.76 crore", Amount{1.33776e10, "INR"}, true},
		{"Rs. 5 lakh", Amount{5e5, "INR"}, true},
		{"₩100 billion", Amount{1e11, "KRW"}, true},
		{"$5 billion", Amount{5e9, "USD"}, true},
		{"US$89 million", Amount{8.9e7, "USD"}, true},
		{"HK$2.5 million", Amount{2.5e6, "HKD"}, true},
		{"S$1 million", Amount{1e6, "SGD"}, true},
		{"A$50m", Amount{5e7, "AUD"}, true},
		{"C$3 billion", Amount{3e9, "CAD"}, true},
		{"RMB 1.5 million", Amount{1.5e6, "CNY"}, true},
		{"500,000 yuan", Amount{5e5, "CNY"}, true},
		{"290 million euros", Amount{2.9e8, "EUR"}, true},
		{"a 14% rise", Amount{}, false},
		{"in 2016", Amount{}, false},
		{"", Amount{}, false},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			got, ok := ParseAmount(c.in)
			if ok != c.ok || got.Currency != c.want.Currency || math.Abs(got.Value-c.want.Value) > 1e-6*math.Max(1, c.want.Value) {
				t.Errorf("ParseAmount(%q) = %+v, %v; want %+v, %v", c.in, got, ok, c.want, c.ok)
			}
		})
	}
}

func FuzzParseAmount(f *testing.F) {
	for _, s := range []string{"€4.34bn", "Rs 1,337.76 crore", "US$89 million", "₩100 billion", "1,2,3", "$", "5bnbn"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, ok := ParseAmount(s)
		if ok && (a.Currency == "" || math.IsNaN(a.Value) || a.Value < 0) {
			t.Errorf("ParseAmount(%q) = %+v", s, a)
		}
	})
}
