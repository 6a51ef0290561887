package crawler

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/claimwatch/claimwatch/sources"
)

// site is an httptest server that records every request it sees.
type site struct {
	*httptest.Server
	mu   sync.Mutex
	hits []hit
	mux  *http.ServeMux
}

type hit struct {
	path string
	at   time.Time
	hdr  http.Header
}

func newSite(t *testing.T) *site {
	t.Helper()
	s := &site{mux: http.NewServeMux()}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits = append(s.hits, hit{path: r.URL.RequestURI(), at: time.Now(), hdr: r.Header.Clone()})
		s.mu.Unlock()
		s.mux.ServeHTTP(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *site) handle(pattern string, h http.HandlerFunc) { s.mux.HandleFunc(pattern, h) }

// page serves body with a content type on an exact path.
func (s *site) page(path, ctype, body string) {
	s.mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != path {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", ctype)
		w.Write([]byte(body))
	})
}

func (s *site) count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, h := range s.hits {
		if h.path == path {
			n++
		}
	}
	return n
}

func (s *site) times(path string) []time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []time.Time
	for _, h := range s.hits {
		if h.path == path || path == "" {
			out = append(out, h.at)
		}
	}
	return out
}

func (s *site) lastHeader(path string) http.Header {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i := len(s.hits) - 1; i >= 0; i-- {
		if s.hits[i].path == path {
			return s.hits[i].hdr
		}
	}
	return nil
}

// testSource is a polite-but-fast source for httptest servers.
func testSource(name string) sources.Source {
	return sources.Source{
		Name:          name,
		Enabled:       true,
		UserAgent:     "claimwatch-test/1.0",
		Delay:         0,
		Parallelism:   2,
		Timeout:       5 * time.Second,
		MaxBody:       1 << 20,
		MaxPages:      50,
		RespectRobots: true,
		AllowPrivate:  true,
	}
}

func openTestState(t *testing.T) *State {
	t.Helper()
	st, err := OpenState(filepath.Join(t.TempDir(), "state.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func testCrawler(t *testing.T, st *State) *Crawler {
	t.Helper()
	return New(Options{State: st, RetryBackoff: 20 * time.Millisecond, Grace: 200 * time.Millisecond})
}

// collect is a Sink that keeps the pages it was given.
type collect struct {
	mu    sync.Mutex
	pages []Page
}

func (c *collect) HandlePage(_ context.Context, p Page) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.pages = append(c.pages, p)
	return nil
}

func (c *collect) urls() map[string]Page {
	c.mu.Lock()
	defer c.mu.Unlock()
	m := map[string]Page{}
	for _, p := range c.pages {
		m[p.URL] = p
	}
	return m
}

func article(title string) string {
	return "<!doctype html><html><head><meta charset=utf-8><title>" + title +
		"</title></head><body><article><h1>" + title + "</h1><p>Body of " + title + ".</p></article></body></html>"
}
