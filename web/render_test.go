package web

import (
	"testing"
	"time"

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
			if got := FormatAmount(tc.in); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestRelative(t *testing.T) {
	now := time.Date(2021, 4, 10, 12, 0, 0, 0, time.UTC)
	cases := []struct {
		name string
		t    time.Time
		want string
	}{
		{"seconds ahead", now.Add(25 * time.Second), "in 25s"},
		{"minutes ago", now.Add(-3*time.Minute - 10*time.Second), "3m10s ago"},
		{"hours", now.Add(5*time.Hour + 20*time.Minute), "in 5h20m"},
		{"days", now.AddDate(0, 0, -9), "9 days ago"},
		{"unknown", time.Time{}, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := relative(now, tc.t); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestTargetNames(t *testing.T) {
	tests := []struct {
		name string
		in   []extract.Entity
		want string
	}{
		{"two mentions of one firm", []extract.Entity{{Name: "Tencent", Canonical: "Tencent Holdings"}, {Name: "Tencent Holdings", Canonical: "Tencent Holdings"}}, "Tencent Holdings"},
		{"different firms kept in order", []extract.Entity{{Name: "Alibaba", Canonical: "Alibaba Group"}, {Name: "Tencent"}}, "Alibaba Group, Tencent"},
		{"none", nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := TargetNames(tc.in); got != tc.want {
				t.Errorf("TargetNames = %q, want %q", got, tc.want)
			}
		})
	}
}
