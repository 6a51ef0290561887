package schedule

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/claimwatch/claimwatch/crawler"
	"github.com/claimwatch/claimwatch/sources"
)

// Scheduler runs each enabled source on its own schedule. Its methods are
// safe for concurrent use.
type Scheduler struct {
	opts Options
	log  *slog.Logger
	cron *cron.Cron
	sem  chan struct{}
	wg   sync.WaitGroup

	mu         sync.Mutex
	started    bool
	stopped    bool
	runCtx     context.Context
	cancelRuns context.CancelFunc
	order      []string
	sources    map[string]*sourceState
	cfgPath    string
	cfgLoaded  time.Time
	cfgError   string
	crawling   int // holding a MaxConcurrent slot
	waiting    int // running but waiting for a slot
}

// sourceState outlives reloads: a source that stays in the file keeps its
// history, adaptive interval and running flag.
type sourceState struct {
	src     sources.Source
	sched   *adaptive
	specErr string
	id      cron.EntryID // 0 when not scheduled
	running bool
	removed bool // dropped by a reload while running
	skipped int
	last    *crawler.Stats
}

// New returns a Scheduler; nothing runs before Start.
func New(opts Options) *Scheduler {
	if opts.MaxConcurrent <= 0 {
		opts.MaxConcurrent = 2
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Scheduler{
		opts:    opts,
		log:     log,
		cron:    cron.New(),
		sem:     make(chan struct{}, opts.MaxConcurrent),
		sources: map[string]*sourceState{},
	}
}

// Start schedules cfg's enabled sources and starts the clock. Sources never
// crawled, or overdue since the last run recorded in State, run right away.
// Runs get ctx's values but not its cancellation: Stop decides how long
// running crawls may take to finish.
func (s *Scheduler) Start(ctx context.Context, cfg *sources.Config) error {
	s.mu.Lock()
	if s.started {
		s.mu.Unlock()
		return errors.New("schedule: already started")
	}
	s.started = true
	s.runCtx, s.cancelRuns = context.WithCancel(context.WithoutCancel(ctx))
	s.apply(cfg)
	s.mu.Unlock()
	s.cron.Start()
	s.log.Info("scheduler started", slog.String("config", cfg.Path), slog.Int("sources", len(cfg.Sources)))
	return nil
}

// Reload replaces the scheduled sources with cfg's. A source that is running
// keeps running to the end of its pass; one that stays keeps its history.
func (s *Scheduler) Reload(cfg *sources.Config) {
	s.mu.Lock()
	if s.stopped {
		s.mu.Unlock()
		return
	}
	s.apply(cfg)
	s.mu.Unlock()
	s.log.Info("sources reloaded", slog.String("config", cfg.Path), slog.Int("sources", len(cfg.Sources)))
}

// Reject records a reload that failed (shown on the health page) while the
// previous configuration keeps running.
func (s *Scheduler) Reject(path string, err error) {
	s.mu.Lock()
	s.cfgError = err.Error()
	s.mu.Unlock()
	s.log.Error("sources reload rejected; keeping the previous configuration",
		slog.String("config", path), slog.String("error", err.Error()))
}

// apply installs cfg; s.mu is held.
func (s *Scheduler) apply(cfg *sources.Config) {
	now := s.opts.Now()
	keep := map[string]bool{}
	s.order = s.order[:0]
	for _, src := range cfg.Sources {
		keep[src.Name] = true
		s.order = append(s.order, src.Name)
		st := s.sources[src.Name]
		if st == nil {
			st = &sourceState{last: s.lastRun(src.Name)}
			s.sources[src.Name] = st
		}
		st.removed = false
		specChanged := st.sched == nil && st.specErr == "" || st.src.Schedule != src.Schedule
		if st.id != 0 && (specChanged || !src.Enabled) {
			s.cron.Remove(st.id)
			st.id = 0
		}
		st.src = src
		if specChanged {
			st.sched, st.specErr = nil, ""
			base, err := parseSpec(src.Schedule)
			if err != nil {
				st.specErr = err.Error()
				s.log.Error("source not scheduled", slog.String("source", src.Name), slog.String("error", err.Error()))
			} else {
				st.sched = newAdaptive(base, s.opts.Jitter)
			}
		}
		if st.sched != nil && src.Enabled && st.id == 0 {
			if st.last == nil || !st.sched.Next(st.last.End).After(now) {
				st.sched.runSoon()
			}
			name := src.Name
			st.id = s.cron.Schedule(st.sched, cron.FuncJob(func() { _ = s.trigger(name) }))
		}
	}
	for name, st := range s.sources {
		if keep[name] {
			continue
		}
		if st.id != 0 {
			s.cron.Remove(st.id)
			st.id = 0
		}
		if st.running {
			st.removed = true
		} else {
			delete(s.sources, name)
		}
	}
	s.cfgPath = cfg.Path
	s.cfgLoaded = now
	s.cfgError = ""
}

func (s *Scheduler) lastRun(name string) *crawler.Stats {
	if s.opts.State == nil {
		return nil
	}
	st, ok, err := s.opts.State.LastRun(name)
	if err != nil {
		s.log.Warn("cannot read last run", slog.String("source", name), slog.String("error", err.Error()))
		return nil
	}
	if !ok {
		return nil
	}
	return &st
}

// RunNow starts a pass over one source at once, outside its schedule. It
// returns without waiting for the pass.
func (s *Scheduler) RunNow(name string) error {
	s.mu.Lock()
	st, ok := s.sources[name]
	if ok && !st.src.Enabled && !st.removed {
		s.mu.Unlock()
		return fmt.Errorf("%w: %s", ErrDisabled, name)
	}
	s.mu.Unlock()
	return s.start(name, true)
}

// trigger is the cron job: run the source, waiting for it to finish.
func (s *Scheduler) trigger(name string) error { return s.start(name, false) }

func (s *Scheduler) start(name string, async bool) error {
	s.mu.Lock()
	st, ok := s.sources[name]
	if !ok || st.removed {
		s.mu.Unlock()
		return fmt.Errorf("%w: %s", ErrUnknownSource, name)
	}
	if s.stopped || !s.started {
		s.mu.Unlock()
		return errors.New("schedule: scheduler is not running")
	}
	if st.running {
		st.skipped++
		s.mu.Unlock()
		s.log.Warn("run skipped: previous run still going", slog.String("source", name))
		return fmt.Errorf("%w: %s", ErrRunning, name)
	}
	st.running = true
	src, ctx := st.src, s.runCtx
	s.wg.Add(1)
	s.mu.Unlock()
	if async {
		go s.run(ctx, st, src)
	} else {
		s.run(ctx, st, src)
	}
	return nil
}

func (s *Scheduler) run(ctx context.Context, st *sourceState, src sources.Source) {
	defer s.wg.Done()
	s.queue(0, +1)
	select {
	case s.sem <- struct{}{}:
		s.queue(+1, -1)
	case <-ctx.Done():
		s.queue(0, -1)
		s.mu.Lock()
		st.running = false
		s.mu.Unlock()
		return
	}
	start := s.opts.Now()
	s.log.Debug("crawl started", slog.String("source", src.Name))
	stats, err := s.runOnce(ctx, src)
	// Counted out before the slot is freed, so the count never exceeds it.
	s.queue(-1, 0)
	<-s.sem

	failed := err != nil || stats.Status == crawler.StatusFailed
	if stats.Source == "" {
		stats.Source = src.Name
	}
	if stats.Start.IsZero() {
		stats.Start = start
	}
	if stats.End.IsZero() {
		stats.End = s.opts.Now()
	}
	if err != nil {
		stats.Status = crawler.StatusFailed
		stats.LastError = err.Error()
	}
	changed := st.sched.observe(failed, stats.FeedsChanged)
	attrs := []any{
		slog.String("source", src.Name), slog.String("status", stats.Status),
		slog.Int("found", stats.Found), slog.Int("fetched", stats.Fetched),
		slog.Int("indexed", stats.Indexed), slog.Int("errors", sumErrors(stats.Errors)),
		slog.Duration("took", stats.End.Sub(stats.Start)),
	}
	if failed {
		s.log.Error("crawl failed", append(attrs, slog.String("error", stats.LastError),
			slog.Int("consecutive_failures", st.sched.consecutiveFailures()))...)
	} else {
		s.log.Debug("crawl finished", attrs...)
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	st.running = false
	st.last = &stats
	if st.removed {
		if s.sources[src.Name] == st {
			delete(s.sources, src.Name)
		}
		return
	}
	// cron computed this entry's next time when it fired; re-adding it makes
	// a new interval count from now.
	if changed && st.id != 0 && !s.stopped {
		s.cron.Remove(st.id)
		name := src.Name
		st.id = s.cron.Schedule(st.sched, cron.FuncJob(func() { _ = s.trigger(name) }))
	}
}

// queue adjusts the crawling and waiting counts and reports them.
func (s *Scheduler) queue(dCrawling, dWaiting int) {
	s.mu.Lock()
	s.crawling += dCrawling
	s.waiting += dWaiting
	c, w := s.crawling, s.waiting
	s.mu.Unlock()
	if s.opts.OnQueue != nil {
		s.opts.OnQueue(c, w)
	}
}

// runOnce runs one pass; a panicking pass fails that run, not serve.
func (s *Scheduler) runOnce(ctx context.Context, src sources.Source) (st crawler.Stats, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("schedule: crawl of %s panicked: %v", src.Name, r)
			s.log.Error("crawl panicked", slog.String("source", src.Name), slog.String("stack", string(debug.Stack())))
		}
	}()
	return s.opts.Runner.Run(ctx, src)
}

func sumErrors(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

// Stop stops scheduling and waits for running passes to finish, up to ctx's
// deadline; past it their context is cancelled and ctx's error returned.
func (s *Scheduler) Stop(ctx context.Context) error {
	s.mu.Lock()
	if s.stopped {
		s.mu.Unlock()
		return nil
	}
	s.stopped = true
	cancel := s.cancelRuns
	s.mu.Unlock()
	s.cron.Stop()
	done := make(chan struct{})
	go func() { s.wg.Wait(); close(done) }()
	select {
	case <-done:
		if cancel != nil {
			cancel()
		}
		s.log.Info("scheduler stopped")
		return nil
	case <-ctx.Done():
		if cancel != nil {
			cancel()
		}
		return fmt.Errorf("schedule: stop: running crawls did not finish in time: %w", ctx.Err())
	}
}

// Status returns the state of every configured source, in file order.
func (s *Scheduler) Status() Status {
	next := map[cron.EntryID]time.Time{}
	for _, e := range s.cron.Entries() {
		next[e.ID] = e.Next
	}
	now := s.opts.Now()
	s.mu.Lock()
	defer s.mu.Unlock()
	out := Status{ConfigPath: s.cfgPath, ConfigLoaded: s.cfgLoaded, ConfigError: s.cfgError}
	for _, name := range s.order {
		st := s.sources[name]
		if st == nil {
			continue
		}
		ss := SourceStatus{
			Name:     st.src.Name,
			Outlet:   st.src.Outlet,
			Country:  st.src.Country,
			Schedule: st.src.Schedule,
			Enabled:  st.src.Enabled,
			Running:  st.running,
			Skipped:  st.skipped,
			Error:    st.specErr,
		}
		if st.sched != nil {
			ss.Interval = st.sched.Interval(now)
			ss.IntervalText = formatInterval(ss.Interval)
			ss.ConsecutiveFailures = st.sched.consecutiveFailures()
		}
		if st.id != 0 {
			ss.Next = next[st.id]
		}
		if st.last != nil {
			l := *st.last
			ss.Last = &l
		}
		out.Sources = append(out.Sources, ss)
	}
	return out
}

// formatInterval drops the zero tails of time.Duration's text ("2h" not "2h0m0s").
func formatInterval(d time.Duration) string {
	if d <= 0 {
		return ""
	}
	t := d.String()
	if strings.HasSuffix(t, "m0s") {
		t = strings.TrimSuffix(t, "0s")
	}
	if strings.HasSuffix(t, "h0m") {
		t = strings.TrimSuffix(t, "0m")
	}
	return t
}
