package web

import (
	"testing"

	"github.com/claimwatch/claimwatch/extract"
)

func TestFormatAmount(t *testing.T) {
	cases := []struct {
		name string
		in   *extract.Amount
		want string
	}{
		{"billions", &extract.Amount{Value: 18.228e9, Currency: "CNY"}, "CNY 18.23 billion"},
		{"round millions", &extract.Amount{Value: 5e6, Currency: "USD"}, "USD 5 million"},
		{"small", &extract.Amount{Value: 1250.5, Currency: "EUR"}, "EUR 1250.5"},
		{"no currency", &extract.Amount{Value: 2e12}, "2 trillion"},
		{"nil", nil, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := formatAmount(tc.in); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
