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
