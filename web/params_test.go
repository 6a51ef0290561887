package web

import (
	"errors"
	"net/url"
	"testing"
)

func FuzzParseSearch(f *testing.F) {
	f.Add("q=fine&kind=penalty&since=2021-01-01&page=2&size=50&sort=date")
	f.Add("page=-1&size=99999999999999999999")
	f.Fuzz(func(t *testing.T, raw string) {
		v, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		req, err := parseSearch(v)
		if err != nil {
			var pe *ParamError
			if !errors.As(err, &pe) || pe.Param == "" {
				t.Fatalf("error %v does not name a parameter", err)
			}
			return
		}
		if req.Size < 1 || req.Size > maxSize || req.Query.From < 0 || req.Query.From+req.Size > maxWindow {
			t.Fatalf("accepted out-of-range paging %+v", req)
		}
	})
}

func TestParseFiltersVocabulary(t *testing.T) {
	tests := []struct {
		name      string
		raw       string
		wantKind  string
		wantCert  string
		wantParam string // "" when accepted
	}{
		{"lower case", "kind=penalty&certainty=hedged", "penalty", "hedged", ""},
		{"any case", "kind=Penalty&certainty=REPORTED", "penalty", "reported", ""},
		{"unknown kind", "kind=fine", "", "", "kind"},
		{"unknown certainty", "certainty=sure", "", "", "certainty"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v, _ := url.ParseQuery(tc.raw)
			q, err := ParseFilters(v)
			var pe *ParamError
			if tc.wantParam != "" {
				if !errors.As(err, &pe) || pe.Param != tc.wantParam {
					t.Fatalf("ParseFilters(%s) error %v, want one naming %s", tc.raw, err, tc.wantParam)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(q.Kind) != 1 || q.Kind[0] != tc.wantKind || len(q.Certainty) != 1 || q.Certainty[0] != tc.wantCert {
				t.Errorf("kind %v certainty %v, want %s and %s", q.Kind, q.Certainty, tc.wantKind, tc.wantCert)
			}
		})
	}
}
