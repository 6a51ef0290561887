package extract

import (
	"strings"
	"testing"
)

func TestAuthorClean(t *testing.T) {
	tests := []struct {
		name  string
		raw   []string
		split bool
		want  string
	}{
		{"by prefix and and", []string{"By Lee Wong and Sara Ali"}, true, "Lee Wong|Sara Ali"},
		{"german und, comma", []string{"Von Felix Schröder und Jörg Soldwisch, dpa"}, true, "Felix Schröder|Jörg Soldwisch|dpa"},
		{"inverted name kept whole", []string{"Smith, John"}, true, "Smith, John"},
		{"initials in parentheses dropped", []string{"Elena Oberholzer (obe)"}, true, "Elena Oberholzer"},
		{"korean reporter title dropped", []string{"신현주 기자"}, true, "신현주"},
		{"urls and handles dropped", []string{"https://www.facebook.com/x", "@someone", "Ana Ruiz"}, false, "Ana Ruiz"},
		{"duplicates case-insensitive", []string{"Ana Ruiz", "ana ruiz"}, false, "Ana Ruiz"},
		{"numbers only dropped", []string{"105092"}, false, ""},
		{"posted by", []string{"Posted by Android Developers"}, true, "Android Developers"},
		{"counters are not names", []string{"人氣(23925)"}, true, ""},
		{"share buttons dropped", []string{"Twitter Facebook", "Ana Ruiz"}, false, "Ana Ruiz"},
		{"role sentence dropped", []string{"Povilas Aleksandravičius; Mykolo Romerio universiteto Žmogaus ir visuomenės studijų fakulteto profesorius"}, true, "Povilas Aleksandravičius"},
		{"no split keeps conjunction", []string{"Le Figaro et AFP"}, false, "Le Figaro et AFP"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := strings.Join(authorClean(tc.raw, tc.split), "|"); got != tc.want {
				t.Errorf("authorClean(%q) = %q, want %q", tc.raw, got, tc.want)
			}
		})
	}
}

func TestAuthorOrgLike(t *testing.T) {
	sites := titleSiteNames("Lesotho Times", "", "www.lestimes.com")
	if !authorOrgLike([]string{"Lesotho Times"}, sites...) {
		t.Error("site name not recognised as the outlet")
	}
	if authorOrgLike([]string{"Mohloai Mpesi"}, sites...) {
		t.Error("a person taken for the outlet")
	}
}

func TestAuthorOutletNames(t *testing.T) {
	br := titleSiteNames("BR24", "BR24", "www.br.de")
	mdr := append(titleSiteNames("MDR", "MDR", "www.mdr.de"), "mdr.de")
	tests := []struct {
		name   string
		author string
		sites  []string
		org    bool // authorOrgLike: the outlet, a desk or edition of it
		outlet bool // authorIsOutlet: exactly the outlet
	}{
		{"short host label inside a person's name", "Sabrina Gerstmaier", br, false, false},
		{"outlet desk", "BR24 Redaktion", br, true, false},
		{"regional edition", "MDR THÜRINGEN", mdr, true, false},
		{"bare host", "mdr.de", mdr, true, true},
		{"person", "David Straub", mdr, false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := authorOrgLike([]string{tc.author}, tc.sites...); got != tc.org {
				t.Errorf("authorOrgLike(%q) = %v, want %v", tc.author, got, tc.org)
			}
			if got := authorIsOutlet(tc.author, tc.sites...); got != tc.outlet {
				t.Errorf("authorIsOutlet(%q) = %v, want %v", tc.author, got, tc.outlet)
			}
		})
	}
}

func TestAuthorHasFullName(t *testing.T) {
	tests := []struct {
		name  string
		names []string
		want  bool
	}{
		{"given and surname", []string{"Seb Dumitru", "Lille"}, true},
		{"initials", []string{"amw"}, false},
		{"agency code", []string{"APA"}, false},
		{"japanese name", []string{"松岡大地"}, true},
		{"arabic section name", []string{"منوعات"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := authorHasFullName(tc.names); got != tc.want {
				t.Errorf("authorHasFullName(%q) = %v, want %v", tc.names, got, tc.want)
			}
		})
	}
}
