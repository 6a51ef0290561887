package web

import (
	"net/url"
	"slices"
)

// state is the search page's whole state, the query string: every link on
// the page is this state with one change, so the back button always works.
type state struct {
	v url.Values
}

func newState(v url.Values) state {
	c := url.Values{}
	for k, vs := range v {
		for _, s := range vs {
			if s != "" {
				c[k] = append(c[k], s)
			}
		}
	}
	return state{v: c}
}

func (s state) clone() url.Values {
	c := make(url.Values, len(s.v))
	for k, vs := range s.v {
		c[k] = slices.Clone(vs)
	}
	return c
}

func (s state) has(key, val string) bool { return slices.Contains(s.v[key], val) }

// href renders values as a link to the search page. A new filter or
// narrower range always restarts at page 1.
func href(v url.Values) string {
	if len(v) == 0 {
		return "/"
	}
	return "/?" + v.Encode()
}

// toggle adds val to the repeated parameter key, or removes it when present.
func (s state) toggle(key, val string) string {
	c := s.clone()
	c.Del("page")
	if s.has(key, val) {
		c[key] = slices.DeleteFunc(c[key], func(x string) bool { return x == val })
		if len(c[key]) == 0 {
			c.Del(key)
		}
	} else {
		c[key] = append(c[key], val)
	}
	return href(c)
}

// without drops a whole parameter.
func (s state) without(keys ...string) string {
	c := s.clone()
	c.Del("page")
	for _, k := range keys {
		c.Del(k)
	}
	return href(c)
}

// with sets single-valued parameters (key, value pairs).
func (s state) with(kv ...string) string {
	c := s.clone()
	c.Del("page")
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] == "" {
			c.Del(kv[i])
		} else {
			c.Set(kv[i], kv[i+1])
		}
	}
	return href(c)
}

// page links to another page of the same search.
func (s state) page(n int) string {
	c := s.clone()
	if n <= 1 {
		c.Del("page")
	} else {
		c.Set("page", itoa(n))
	}
	return href(c)
}

// exportHref links to the export of the same search.
func (s state) exportHref(format string) string {
	c := s.clone()
	c.Del("page")
	c.Del("size")
	c.Set("format", format)
	return "/api/export?" + c.Encode()
}
