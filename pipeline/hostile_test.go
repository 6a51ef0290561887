package pipeline

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimwatch/claimwatch/crawler"
	"github.com/claimwatch/claimwatch/index"
	"github.com/claimwatch/claimwatch/sources"
)

// hostileOutlet serves a feed whose items are good reports plus, once
// armed, pages built to hurt a crawler.
type hostileOutlet struct {
	srv   *httptest.Server
	mu    sync.Mutex
	items []string // paths in the feed
	dated map[string]time.Time
	stop  chan struct{}
}

func newHostileOutlet(t *testing.T) *hostileOutlet {
	t.Helper()
	o := &hostileOutlet{dated: map[string]time.Time{}, stop: make(chan struct{})}
	mux := http.NewServeMux()
	o.srv = httptest.NewServer(mux)
	// Closed before the server so handlers that wait give up first.
	t.Cleanup(o.srv.Close)
	t.Cleanup(func() { close(o.stop) })
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		o.mu.Lock()
		defer o.mu.Unlock()
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>`)
		for _, p := range o.items {
			d := o.dated[p]
			if d.IsZero() {
				d = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
			}
			fmt.Fprintf(w, `<item><title>%s</title><link>%s%s</link><pubDate>%s</pubDate></item>`, p, o.srv.URL, p, d.Format(time.RFC1123Z))
		}
		fmt.Fprint(w, `</channel></rss>`)
	})
	good := func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		if o.isGarbage(r.URL.Path) {
			w.Write(garbage(64 << 10))
			return
		}
		w.Write(articleHTML("Report "+r.URL.Path, ""))
	}
	for i := range 3 {
		mux.HandleFunc(fmt.Sprintf("/good/%d", i), good)
	}
	// 50 MB, streamed without a length: only max_body is ever read.
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		io.Copy(w, io.LimitReader(repeatReader("<p>spam spam spam spam</p>\n"), 50<<20))
	})
	mux.HandleFunc("/deep", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<html><body><article>"+strings.Repeat("<div>", 100000)+"deep"+strings.Repeat("</div>", 100000)+"</article></body></html>")
	})
	mux.HandleFunc("/garbage", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(garbage(256 << 10))
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop2", http.StatusFound)
	})
	mux.HandleFunc("/loop2", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	// Slow loris: headers at once, then a byte now and then, never done.
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(http.StatusOK)
		tick := time.NewTicker(50 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-o.stop:
				return
			case <-r.Context().Done():
				return
			case <-tick.C:
				w.Write([]byte("<p>a"))
				w.(http.Flusher).Flush()
			}
		}
	})
	return o
}

func (o *hostileOutlet) list(paths ...string) {
	o.mu.Lock()
	o.items = append(o.items, paths...)
	o.mu.Unlock()
}

// spoil makes path serve garbage from now on, with a newer feed date so the
// crawler fetches it again.
func (o *hostileOutlet) spoil(path string) {
	o.mu.Lock()
	o.dated[path] = time.Now().Add(time.Hour)
	o.mu.Unlock()
}

func (o *hostileOutlet) isGarbage(path string) bool {
	o.mu.Lock()
	defer o.mu.Unlock()
	return !o.dated[path].IsZero()
}

func garbage(n int) []byte {
	r := rand.New(rand.NewPCG(1, 2))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.UintN(256))
	}
	return b
}

type repeatReader string

func (s repeatReader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		n += copy(p[n:], s)
	}
	return n, nil
}

// TestRunSurvivesHostilePages crawls an outlet into a real index, then
// adds a 50 MB page, 100,000 nested divs, binary garbage served as HTML, a
// redirect loop and a slow-loris page, and turns an indexed report into
// garbage: the run ends, counts each failure by kind and keeps every
// article already indexed.
func TestRunSurvivesHostilePages(t *testing.T) {
	o := newHostileOutlet(t)
	o.list("/good/0", "/good/1", "/good/2")
	dir := t.TempDir()
	state, err := crawler.OpenState(filepath.Join(dir, "state.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer state.Close()
	ix, err := index.Open(filepath.Join(dir, "index.bleve"))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	cr := crawler.New(crawler.Options{State: state, Retries: -1, Grace: 200 * time.Millisecond})
	p := New(Options{Crawler: cr, Index: ix, Claims: stubClaims, Runs: state})
	src := sources.Source{Name: "hostile", Outlet: "Hostile", Language: "en", Feeds: []string{o.srv.URL + "/feed.xml"},
		Parallelism: 4, Timeout: time.Second, MaxBody: 2 << 20, MaxPages: 50, AllowPrivate: true}
	ctx := context.Background()

	if st, err := p.Run(ctx, src); err != nil || st.Indexed != 3 {
		t.Fatalf("first run: %+v, %v; want 3 indexed", st, err)
	}
	before, err := ix.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}

	o.list("/huge", "/deep", "/garbage", "/loop", "/slow")
	o.spoil("/good/1")
	st, err := p.Run(ctx, src)
	if err != nil {
		t.Fatalf("second run failed: %v (stats %+v)", err, st)
	}
	// Garbage (new, and the spoiled report) is refused as it is decoded;
	// the deep page is fetched but yields no article.
	want := map[string]int{"too_large": 1, "timeout": 1, "decode": 2, "extract": 1, "network": 1}
	for kind, n := range want {
		if st.Errors[kind] != n {
			t.Errorf("Errors[%s] = %d, want %d (all: %v)", kind, st.Errors[kind], n, st.Errors)
		}
	}
	if st.Indexed != 0 {
		t.Errorf("Indexed = %d, want 0 (nothing usable was new)", st.Indexed)
	}
	after, err := ix.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if after.Articles != before.Articles || after.Claims != before.Claims {
		t.Errorf("index went from %d articles/%d claims to %d/%d; hostile pages must not replace or add any",
			before.Articles, before.Claims, after.Articles, after.Claims)
	}
}
