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
