package schedule

import (
	"context"
	"errors"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/claimwatch/claimwatch/crawler"
	"github.com/claimwatch/claimwatch/sources"
)

// fakeRunner records runs; each run calls fn (when set) to decide how long
// it takes and what it returns.
type fakeRunner struct {
	mu      sync.Mutex
	calls   map[string]int
	running map[string]int
	overlap bool // a source ran twice at once
	cur     int
	maxCur  int
	fn      func(ctx context.Context, src sources.Source) (crawler.Stats, error)
}

func newFakeRunner(fn func(ctx context.Context, src sources.Source) (crawler.Stats, error)) *fakeRunner {
	return &fakeRunner{calls: map[string]int{}, running: map[string]int{}, fn: fn}
}

func (r *fakeRunner) Run(ctx context.Context, src sources.Source) (crawler.Stats, error) {
	r.mu.Lock()
	r.calls[src.Name]++
	r.running[src.Name]++
	if r.running[src.Name] > 1 {
		r.overlap = true
	}
	r.cur++
	r.maxCur = max(r.maxCur, r.cur)
	r.mu.Unlock()
	defer func() {
		r.mu.Lock()
		r.running[src.Name]--
		r.cur--
		r.mu.Unlock()
	}()
	if r.fn != nil {
		return r.fn(ctx, src)
	}
	return crawler.Stats{Status: crawler.StatusOK, FeedsChanged: true}, nil
}

func (r *fakeRunner) count(name string) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.calls[name]
}

func cfgOf(spec string, names ...string) *sources.Config {
	cfg := &sources.Config{Path: "sources.toml"}
	for _, n := range names {
		cfg.Sources = append(cfg.Sources, sources.Source{Name: n, Outlet: strings.ToUpper(n), Schedule: spec, Enabled: true})
	}
	return cfg
}

func sleepFor(d time.Duration) func(ctx context.Context, src sources.Source) (crawler.Stats, error) {
	return func(ctx context.Context, src sources.Source) (crawler.Stats, error) {
		select {
		case <-time.After(d):
		case <-ctx.Done():
			return crawler.Stats{}, ctx.Err()
		}
		return crawler.Stats{Status: crawler.StatusOK, FeedsChanged: true}, nil
	}
}

func stopNow(t *testing.T, s *Scheduler) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := s.Stop(ctx); err != nil {
		t.Errorf("Stop: %v", err)
	}
}

func statusOf(s *Scheduler, name string) (SourceStatus, bool) {
	for _, ss := range s.Status().Sources {
		if ss.Name == name {
			return ss, true
		}
	}
	return SourceStatus{}, false
}

// waitUntil polls cond until it holds or a generous deadline passes, so
// tests wait on what happened, not on how long a loaded machine took.
func waitUntil(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestSkipWhileRunning(t *testing.T) {
	t.Parallel()
	release := make(chan struct{})
	r := newFakeRunner(func(ctx context.Context, src sources.Source) (crawler.Stats, error) {
		select {
		case <-release:
		case <-ctx.Done():
			return crawler.Stats{}, ctx.Err()
		}
		return crawler.Stats{Status: crawler.StatusOK, FeedsChanged: true}, nil
	})
	s := New(Options{Runner: r, MaxConcurrent: 4})
	if err := s.Start(context.Background(), cfgOf("@every 50ms", "a")); err != nil {
		t.Fatal(err)
	}
	// The run lasts until released; due times meanwhile are skipped.
	waitUntil(t, "3 skipped due times inside one run", func() bool {
		ss, _ := statusOf(s, "a")
		return ss.Skipped >= 3
	})
	ss, _ := statusOf(s, "a")
	if !ss.Running {
		t.Errorf("Running = false during a run")
	}
	if err := s.RunNow("a"); !errors.Is(err, ErrRunning) {
		t.Errorf("RunNow during a run = %v, want ErrRunning", err)
	}
	close(release)
	stopNow(t, s)
	if r.overlap {
		t.Error("a source ran twice at once")
	}
	if n := r.count("a"); n != 1 {
		t.Errorf("runs = %d, want 1 (the rest were due while running)", n)
	}
}

func TestConcurrencyBound(t *testing.T) {
	t.Parallel()
	r := newFakeRunner(sleepFor(80 * time.Millisecond))
	var qmu sync.Mutex
	maxRunning, maxWaiting := 0, 0
	s := New(Options{Runner: r, MaxConcurrent: 2, OnQueue: func(running, waiting int) {
		qmu.Lock()
		maxRunning, maxWaiting = max(maxRunning, running), max(maxWaiting, waiting)
		qmu.Unlock()
	}})
	if err := s.Start(context.Background(), cfgOf("@every 30ms", "a", "b", "c", "d", "e")); err != nil {
		t.Fatal(err)
	}
	time.Sleep(600 * time.Millisecond)
	stopNow(t, s)
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.maxCur > 2 {
		t.Errorf("%d sources crawled at once, bound is 2", r.maxCur)
	}
	if r.maxCur < 2 {
		t.Errorf("at most %d source crawled at once; the bound of 2 was never used", r.maxCur)
	}
	qmu.Lock()
	if maxRunning != 2 || maxWaiting == 0 {
		t.Errorf("OnQueue saw at most %d running and %d waiting, want 2 and some", maxRunning, maxWaiting)
	}
	qmu.Unlock()
	for _, n := range []string{"a", "b", "c", "d", "e"} {
		if r.calls[n] == 0 {
			t.Errorf("source %s never ran", n)
		}
	}
}

func TestReloadSwapsSources(t *testing.T) {
	t.Parallel()
	release := make(chan struct{})
	r := newFakeRunner(func(ctx context.Context, src sources.Source) (crawler.Stats, error) {
		if src.Name == "a" {
			<-release // a is mid-run when the reload drops it
		}
		return crawler.Stats{Status: crawler.StatusOK, FeedsChanged: true}, nil
	})
	s := New(Options{Runner: r, MaxConcurrent: 4})
	if err := s.Start(context.Background(), cfgOf("@every 40ms", "a", "b")); err != nil {
		t.Fatal(err)
	}
	time.Sleep(150 * time.Millisecond)
	if r.count("a") != 1 || r.count("b") == 0 {
		t.Fatalf("before reload: a ran %d, b ran %d", r.count("a"), r.count("b"))
	}
	s.Reload(cfgOf("@every 40ms", "b", "c"))
	close(release) // the dropped source finishes its pass
	time.Sleep(200 * time.Millisecond)
	stopNow(t, s)
	if n := r.count("a"); n != 1 {
		t.Errorf("a ran %d times, want 1 (dropped by the reload)", n)
	}
	if r.count("c") == 0 {
		t.Error("c, added by the reload, never ran")
	}
	var names []string
	for _, ss := range s.Status().Sources {
		names = append(names, ss.Name)
	}
	if got := strings.Join(names, ","); got != "b,c" {
		t.Errorf("Status sources = %s, want b,c", got)
	}
}

func TestRejectKeepsOldConfig(t *testing.T) {
	t.Parallel()
	r := newFakeRunner(nil)
	s := New(Options{Runner: r})
	if err := s.Start(context.Background(), cfgOf("@every 30ms", "a")); err != nil {
		t.Fatal(err)
	}
	bad := &sources.ValidationError{Problems: []sources.Problem{{File: "sources.toml", Line: 7, Message: "schedule: bad spec"}}}
	s.Reject("sources.toml", bad)
	before := r.count("a")
	time.Sleep(150 * time.Millisecond)
	st := s.Status()
	stopNow(t, s)
	if !strings.Contains(st.ConfigError, "sources.toml:7: schedule: bad spec") {
		t.Errorf("ConfigError = %q, want the FILE:LINE message", st.ConfigError)
	}
	if len(st.Sources) != 1 || st.Sources[0].Name != "a" {
		t.Errorf("sources after reject = %+v, want the old a", st.Sources)
	}
	if r.count("a") <= before {
		t.Error("old source stopped running after a rejected reload")
	}
	// A good reload clears the error.
	s2 := New(Options{Runner: r})
	_ = s2.Start(context.Background(), cfgOf("@every 1h", "a"))
	s2.Reject("sources.toml", bad)
	s2.Reload(cfgOf("@every 1h", "a"))
	if e := s2.Status().ConfigError; e != "" {
		t.Errorf("ConfigError after a good reload = %q, want empty", e)
	}
	stopNow(t, s2)
}

func TestFailuresBackOff(t *testing.T) {
	t.Parallel()
	r := newFakeRunner(func(ctx context.Context, src sources.Source) (crawler.Stats, error) {
		return crawler.Stats{}, errors.New("feed: 404")
	})
	var mu sync.Mutex
	var starts []time.Time
	r.fn = func(ctx context.Context, src sources.Source) (crawler.Stats, error) {
		mu.Lock()
		starts = append(starts, time.Now())
		mu.Unlock()
		return crawler.Stats{}, errors.New("feed: 404")
	}
	s := New(Options{Runner: r})
	if err := s.Start(context.Background(), cfgOf("@every 20ms", "a")); err != nil {
		t.Fatal(err)
	}
	// Due at 0, 20, 60, 140, 300 ms: each wait at least doubles. A loaded
	// machine only makes the gaps longer, so only lower bounds are checked.
	waitUntil(t, "5 failed runs", func() bool { return r.count("a") >= 5 })
	stopNow(t, s)
	ss, _ := statusOf(s, "a")
	n := r.count("a")
	mu.Lock()
	for i := 2; i < len(starts); i++ {
		// Jitter-free backoff: the i-th gap is 20ms << (i-1); allow 10% early.
		if gap, want := starts[i].Sub(starts[i-1]), (20*time.Millisecond<<(i-1))*9/10; gap < want {
			t.Errorf("gap before run %d = %v, want at least %v (exponential backoff)", i+1, gap, want)
		}
	}
	mu.Unlock()
	if ss.ConsecutiveFailures != n {
		t.Errorf("ConsecutiveFailures = %d, want %d", ss.ConsecutiveFailures, n)
	}
	if want := 20 * time.Millisecond << min(n, maxBackoffShift); ss.Interval != want {
		t.Errorf("Interval = %v, want %v", ss.Interval, want)
	}
	if ss.Last == nil || ss.Last.Status != crawler.StatusFailed || ss.Last.LastError != "feed: 404" {
		t.Errorf("Last = %+v, want a failed run with its error", ss.Last)
	}
}

func TestStopWaitsForRunning(t *testing.T) {
	t.Parallel()
	var finished atomic.Bool
	r := newFakeRunner(func(ctx context.Context, src sources.Source) (crawler.Stats, error) {
		time.Sleep(300 * time.Millisecond)
		finished.Store(true)
		return crawler.Stats{Status: crawler.StatusOK}, nil
	})
	s := New(Options{Runner: r})
	if err := s.Start(context.Background(), cfgOf("@every 1h", "a")); err != nil {
		t.Fatal(err)
	}
	time.Sleep(50 * time.Millisecond) // the never-crawled source starts at once
	stopNow(t, s)
	if !finished.Load() {
		t.Error("Stop returned before the running crawl finished")
	}
	if err := s.RunNow("a"); err == nil {
		t.Error("RunNow after Stop started a run")
	}
}

func TestStopDeadlineCancelsRuns(t *testing.T) {
	t.Parallel()
	cancelled := make(chan struct{})
	r := newFakeRunner(func(ctx context.Context, src sources.Source) (crawler.Stats, error) {
		<-ctx.Done()
		close(cancelled)
		return crawler.Stats{}, ctx.Err()
	})
	s := New(Options{Runner: r})
	if err := s.Start(context.Background(), cfgOf("@every 1h", "a")); err != nil {
		t.Fatal(err)
	}
	time.Sleep(50 * time.Millisecond)
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	if err := s.Stop(ctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Stop past its deadline = %v, want DeadlineExceeded", err)
	}
	select {
	case <-cancelled:
	case <-time.After(2 * time.Second):
		t.Error("running crawl's context was not cancelled at the deadline")
	}
}

type fakeState map[string]crawler.Stats

func (f fakeState) LastRun(name string) (crawler.Stats, bool, error) {
	st, ok := f[name]
	return st, ok, nil
}

func TestStartRunsOverdueSourcesOnly(t *testing.T) {
	t.Parallel()
	now := time.Now()
	state := fakeState{
		"fresh":   {Source: "fresh", Status: crawler.StatusOK, End: now.Add(-time.Minute)},
		"overdue": {Source: "overdue", Status: crawler.StatusOK, End: now.Add(-2 * time.Hour)},
	}
	r := newFakeRunner(nil)
	s := New(Options{Runner: r, State: state})
	if err := s.Start(context.Background(), cfgOf("@every 1h", "fresh", "overdue", "never")); err != nil {
		t.Fatal(err)
	}
	time.Sleep(150 * time.Millisecond)
	stopNow(t, s)
	for name, want := range map[string]int{"fresh": 0, "overdue": 1, "never": 1} {
		if got := r.count(name); got != want {
			t.Errorf("%s ran %d times at start, want %d", name, got, want)
		}
	}
	ss, _ := statusOf(s, "fresh")
	if ss.Last == nil || !ss.Last.End.Equal(now.Add(-time.Minute)) {
		t.Errorf("fresh Last = %+v, want the stored last run", ss.Last)
	}
	if ss.IntervalText != "1h" || ss.Next.Before(now.Add(50*time.Minute)) {
		t.Errorf("fresh interval %q next %v, want 1h and about an hour away", ss.IntervalText, ss.Next)
	}
}

func TestRunNow(t *testing.T) {
	t.Parallel()
	r := newFakeRunner(nil)
	s := New(Options{Runner: r, State: fakeState{"a": {End: time.Now()}}})
	cfg := cfgOf("@every 1h", "a", "off")
	cfg.Sources[1].Enabled = false
	if err := s.Start(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		src  string
		want error
	}{
		{"known", "a", nil},
		{"unknown", "zzz", ErrUnknownSource},
		{"disabled", "off", ErrDisabled},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := s.RunNow(tc.src); !errors.Is(err, tc.want) {
				t.Errorf("RunNow(%q) = %v, want %v", tc.src, err, tc.want)
			}
		})
	}
	stopNow(t, s)
	if r.count("a") != 1 || r.count("off") != 0 {
		t.Errorf("runs: a %d off %d, want 1 and 0", r.count("a"), r.count("off"))
	}
	ss, _ := statusOf(s, "off")
	if ss.Enabled || !ss.Next.IsZero() {
		t.Errorf("disabled source status %+v, want not enabled and no next run", ss)
	}
}

func TestBadSpecReported(t *testing.T) {
	t.Parallel()
	s := New(Options{Runner: newFakeRunner(nil)})
	if err := s.Start(context.Background(), cfgOf("every tuesday", "a")); err != nil {
		t.Fatal(err)
	}
	ss, _ := statusOf(s, "a")
	stopNow(t, s)
	if !strings.Contains(ss.Error, "every tuesday") {
		t.Errorf("Error = %q, want the bad spec named", ss.Error)
	}
}

func TestPanickingRunIsAFailure(t *testing.T) {
	t.Parallel()
	r := newFakeRunner(func(ctx context.Context, src sources.Source) (crawler.Stats, error) {
		panic("boom")
	})
	s := New(Options{Runner: r})
	if err := s.Start(context.Background(), cfgOf("@every 1h", "a")); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, "the panicking run to finish", func() bool { ss, _ := statusOf(s, "a"); return ss.Last != nil })
	ss, _ := statusOf(s, "a")
	stopNow(t, s)
	if ss.ConsecutiveFailures != 1 || ss.Running || !strings.Contains(ss.Last.LastError, "panicked: boom") {
		t.Errorf("after a panicking run: %+v, last %+v", ss, ss.Last)
	}
}
