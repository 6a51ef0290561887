package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"

	"github.com/claimwatch/claimwatch/crawler"
	"github.com/claimwatch/claimwatch/index"
	"github.com/claimwatch/claimwatch/pipeline"
	"github.com/claimwatch/claimwatch/schedule"
	"github.com/claimwatch/claimwatch/sources"
	"github.com/claimwatch/claimwatch/web"
)

const serveHelp = `usage: claimwatch serve [--sources FILE] [--data DIR] [--addr HOST:PORT] [--max-concurrent N] [--catalog FILE]

Crawls every enabled source on its own schedule (cron spec or @every, with
a little jitter; a quiet source is polled less often, a failing one backs
off) and serves the search page, the JSON API, /healthz and /metrics.

The sources file is reloaded on SIGHUP and when it changes on disk. An
invalid file is rejected: its FILE:LINE problems are logged and shown on
the sources page, and the previous configuration keeps running.

SIGINT or SIGTERM stops scheduling, lets running crawls finish (up to 30s),
stops the web server and closes the index. A second SIGINT or SIGTERM
during that wait exits at once: running crawls are abandoned (logged by
source; what they had indexed stays, the rest is fetched on the next run)
and the index is closed between two writes. DIR is locked: a crawl or a
second serve on it is refused.

exit status: 0 after a clean shutdown; 1 the data dir is in use or the
address cannot be listened on; 2 usage or an invalid sources file; 130
(SIGINT) or 143 (SIGTERM) when a second signal cut the shutdown short.`

func runServe(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet("serve", serveHelp, e.Stderr)
	sourcesPath := fs.String("sources", "sources.toml", "sources file")
	dataPath := fs.String("data", "data", "data directory (index and crawl state)")
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	maxConc := fs.Int("max-concurrent", 2, "sources crawling at once")
	catalog := fs.String("catalog", "", "extra entity catalogue merged over the built-in one")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("unexpected argument %q", fs.Arg(0))
	}
	if *maxConc < 1 {
		return usagef("--max-concurrent must be at least 1, got %d", *maxConc)
	}
	cfg, err := loadSources(*sourcesPath)
	if err != nil {
		return err
	}
	// Listen before the data dir is opened, so a taken port leaves it untouched.
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return withCode(1, fmt.Errorf("listen on %s: %w", *addr, err))
	}
	defer ln.Close()
	dd, err := openDataDir(ctx, e, *dataPath, withCatalog(*catalog))
	if err != nil {
		return err
	}
	err = serveWith(ctx, e, cfg, dd, *addr, func(url string) {
		e.Logger.Info("serving", slog.String("url", url), slog.String("data", *dataPath))
	}, withMaxConcurrent(*maxConc), withListener(ln), withForceSignals(e.notifyStop))
	return closeAfterServe(e, dd, err)
}

// closeAfterServe closes dd after serveWith returned err, and returns the
// command's result.
func closeAfterServe(e *env, dd *dataDir, err error) error {
	var fe *forcedExit
	if errors.As(err, &fe) {
		// Crawls abandoned by the forced exit may still be writing: close
		// between two of their writes, but do not wait on them for long.
		closeBounded(e.Logger, dd, forcedCloseWait)
		return err
	}
	if cerr := dd.Close(); cerr != nil && err == nil {
		err = withCode(1, fmt.Errorf("closing data dir: %w", cerr))
	}
	return err
}

// forcedCloseWait bounds closing the data dir after a second signal. The
// index and state are bbolt-backed and survive a process exit mid-write;
// closing is for tidiness, not safety.
const forcedCloseWait = 5 * time.Second

// closeBounded closes dd, giving up after wait.
func closeBounded(log *slog.Logger, dd *dataDir, wait time.Duration) {
	done := make(chan error, 1)
	go func() { done <- dd.Close() }()
	select {
	case err := <-done:
		if err != nil {
			log.Error("closing data dir after forced exit", slog.String("error", err.Error()))
		}
	case <-time.After(wait):
		log.Error("data dir not closed in time; exiting anyway (its files survive an exit mid-write)",
			slog.Duration("waited", wait))
	}
}

// forcedExit is serveWith's result when a second signal cut the graceful
// shutdown short.
type forcedExit struct{ sig os.Signal }

func (f *forcedExit) Error() string {
	return "second " + f.sig.String() + " during shutdown: exited without waiting"
}

// exitCode follows the shell's 128+signal convention.
func (f *forcedExit) exitCode() int {
	if s, ok := f.sig.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return 1
}

// serveConfig holds serveWith's tunables; tests and the demo shorten them.
type serveConfig struct {
	maxConcurrent int
	jitter        time.Duration
	pollEvery     time.Duration   // sources file mtime poll
	stopGrace     time.Duration   // running crawls may finish within this
	reload        <-chan struct{} // extra reload trigger besides SIGHUP (tests)
	batchSize     int             // pages per index upsert (0: the pipeline's default)
	// force, when set, is called as shutdown begins; a signal on its
	// channel abandons the graceful shutdown.
	force    func() (<-chan os.Signal, func())
	onReload func(err error) // called after each reload attempt (tests)
	ln       net.Listener    // already listening; addr is then unused
}

// withListener serves on ln instead of listening on addr.
func withListener(ln net.Listener) serveOption { return func(c *serveConfig) { c.ln = ln } }

type serveOption func(*serveConfig)

func withMaxConcurrent(n int) serveOption { return func(c *serveConfig) { c.maxConcurrent = n } }

// withJitter sets the scheduler's random delay per run.
func withJitter(d time.Duration) serveOption { return func(c *serveConfig) { c.jitter = d } }

// withPollInterval sets how often the sources file's mtime is checked.
func withPollInterval(d time.Duration) serveOption { return func(c *serveConfig) { c.pollEvery = d } }

// withReloadTrigger reloads the sources file whenever ch receives, as SIGHUP does.
func withReloadTrigger(ch <-chan struct{}) serveOption { return func(c *serveConfig) { c.reload = ch } }

// withReloadHook calls fn after every reload attempt with its error (nil when applied).
func withReloadHook(fn func(error)) serveOption { return func(c *serveConfig) { c.onReload = fn } }

// withBatchSize sets how many pages the pipeline upserts at once (tests
// use 1 to see each page in the index as soon as it is crawled).
func withBatchSize(n int) serveOption { return func(c *serveConfig) { c.batchSize = n } }

// withForceSignals watches for a second signal during the graceful shutdown.
func withForceSignals(notify func() (<-chan os.Signal, func())) serveOption {
	return func(c *serveConfig) { c.force = notify }
}

// withStopGrace bounds how long running crawls may take to finish at shutdown.
func withStopGrace(d time.Duration) serveOption { return func(c *serveConfig) { c.stopGrace = d } }

// serveWith schedules cfg's sources over the opened dd and serves the web UI
// and API on addr until ctx is cancelled; then it shuts down gracefully and
// returns nil. ready, when set, is called with the base URL once the
// listener is up. dd stays open: closing it is the caller's job.
func serveWith(ctx context.Context, e *env, cfg *sources.Config, dd *dataDir, addr string,
	ready func(url string), opts ...serveOption) error {
	sc := serveConfig{maxConcurrent: 2, jitter: 10 * time.Second, pollEvery: 2 * time.Second, stopGrace: 30 * time.Second}
	for _, o := range opts {
		o(&sc)
	}
	log := e.Logger

	ln := sc.ln
	if ln == nil {
		var err error
		ln, err = net.Listen("tcp", addr)
		if err != nil {
			return withCode(1, fmt.Errorf("listen on %s: %w", addr, err))
		}
	}

	metrics := web.NewMetrics(nil)
	// serve's own crawler, so every request's time reaches /metrics.
	cr := crawler.New(crawler.Options{State: dd.State, Logger: log,
		OnFetch: func(source string, d time.Duration, _ error) { metrics.ObserveFetch(source, d) }})
	pl := pipeline.New(pipeline.Options{
		Crawler: cr, Index: dd.Index, Claims: dd.Claims, Logger: log, Runs: dd.State,
		BatchSize: sc.batchSize,
		OnIndexed: func(source string, es []index.Entry) {
			n := 0
			for _, en := range es {
				n += len(en.Claims)
			}
			metrics.AddClaims(source, n)
		},
	})
	live := &liveConfig{cfg: cfg}
	sched := schedule.New(schedule.Options{
		Runner:        observedRunner{pl, metrics},
		State:         dd.State,
		MaxConcurrent: sc.maxConcurrent,
		Jitter:        sc.jitter,
		Logger:        log,
		OnQueue:       metrics.SetQueue,
	})
	srv := web.New(web.Options{
		Index:   dd.Index,
		Status:  sched,
		DryRun:  sourceDryRunner{live, pl},
		Logger:  log,
		Metrics: metrics,
	})
	hs := &http.Server{
		Handler:           srv.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		// Requests must not outlive the shutdown because ctx ended.
		BaseContext: func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}

	if err := sched.Start(ctx, cfg); err != nil {
		ln.Close()
		return withCode(1, err)
	}
	watchCtx, stopWatch := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Add(1)
	// Stamped and subscribed before the listener is announced, so an edit
	// or a SIGHUP right after ready is not missed (nor kills the process).
	stamped := fileStamp(cfg.Path)
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	go func() {
		defer wg.Done()
		watchSources(watchCtx, log, live, sched, sc, stamped, hup)
	}()

	serveErr := make(chan error, 1)
	go func() { serveErr <- hs.Serve(ln) }()
	url := "http://" + ln.Addr().String()
	if ready != nil {
		ready(url)
	}

	var runErr error
	select {
	case <-ctx.Done():
		log.Info("shutting down: stopping the scheduler, letting running crawls finish",
			slog.Duration("grace", sc.stopGrace))
	case err := <-serveErr:
		runErr = withCode(1, fmt.Errorf("web server: %w", err))
		log.Error("web server failed; shutting down", slog.String("error", err.Error()))
	}
	// Armed only now: the first signal already reached ctx, so whatever
	// arrives here is a second one.
	var force <-chan os.Signal
	if sc.force != nil {
		var stopForce func()
		force, stopForce = sc.force()
		defer stopForce()
	}
	graceful := make(chan error, 1)
	go func() {
		stopWatch()
		wg.Wait()
		stopCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), sc.stopGrace)
		defer cancel()
		if err := sched.Stop(stopCtx); err != nil {
			log.Warn("crawls cut short at shutdown", slog.String("error", err.Error()))
		}
		shutCtx, cancel2 := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		defer cancel2()
		if err := hs.Shutdown(shutCtx); err != nil {
			graceful <- withCode(1, fmt.Errorf("web server shutdown: %w", err))
			return
		}
		graceful <- nil
	}()
	select {
	case err := <-graceful:
		if runErr == nil {
			runErr = err
		}
		log.Info("stopped")
		return runErr
	case sig := <-force:
		var running []string
		for _, st := range sched.Status().Sources {
			if st.Running {
				running = append(running, st.Name)
			}
		}
		hs.Close()
		// Pages the crawls already handed over are stored; later ones are
		// refused, so the crawl state marks nothing seen that is not indexed.
		abCtx, abCancel := context.WithTimeout(context.WithoutCancel(ctx), forcedCloseWait)
		stored, abErr := pl.Abandon(abCtx)
		abCancel()
		if abErr != nil {
			log.Error("storing pages of abandoned crawls", slog.String("error", abErr.Error()))
		}
		log.Error("second signal: exiting without waiting",
			slog.String("signal", sig.String()),
			slog.Any("abandoned_crawls", running),
			slog.Int("pages_stored", stored),
			slog.String("abandoned", "running crawls (pages not yet indexed are fetched again next run) and open web requests"))
		fe := &forcedExit{sig: sig}
		return withCode(fe.exitCode(), fe)
	}
}

// watchSources reloads the sources file on SIGHUP, on sc.reload and when
// its modification time or size changes.
func watchSources(ctx context.Context, log *slog.Logger, live *liveConfig, sched *schedule.Scheduler,
	sc serveConfig, last stamp, hup <-chan os.Signal) {
	path := live.get().Path
	tick := time.NewTicker(sc.pollEvery)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-hup:
			log.Info("SIGHUP: reloading sources", slog.String("config", path))
		case <-sc.reload:
		case <-tick.C:
			st := fileStamp(path)
			if st == last {
				continue
			}
			log.Info("sources file changed: reloading", slog.String("config", path))
		}
		last = fileStamp(path)
		err := reloadSources(path, live, sched)
		if sc.onReload != nil {
			sc.onReload(err)
		}
	}
}

// reloadSources applies the file at path, or records why it was rejected
// while the running configuration stays.
func reloadSources(path string, live *liveConfig, sched *schedule.Scheduler) error {
	cfg, err := loadSources(path)
	if err != nil {
		var ee *exitError
		if errors.As(err, &ee) && ee.err != nil {
			err = ee.err
		}
		sched.Reject(path, err)
		return err
	}
	live.set(cfg)
	sched.Reload(cfg)
	return nil
}

// stamp identifies a version of a file cheaply.
type stamp struct {
	mod  time.Time
	size int64
}

func fileStamp(path string) stamp {
	fi, err := os.Stat(path)
	if err != nil {
		return stamp{}
	}
	return stamp{fi.ModTime(), fi.Size()}
}

// liveConfig is the configuration currently applied, for dry runs from the UI.
type liveConfig struct {
	mu  sync.Mutex
	cfg *sources.Config
}

func (l *liveConfig) get() *sources.Config {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.cfg
}

func (l *liveConfig) set(cfg *sources.Config) {
	l.mu.Lock()
	l.cfg = cfg
	l.mu.Unlock()
}

// observedRunner reports every finished run to the metrics.
type observedRunner struct {
	p *pipeline.Pipeline
	m *web.Metrics
}

func (r observedRunner) Run(ctx context.Context, src sources.Source) (crawler.Stats, error) {
	st, err := r.p.Run(ctx, src)
	if st.Source == "" {
		st.Source = src.Name
	}
	if err != nil && st.Status == "" {
		st.Status = crawler.StatusFailed
	}
	r.m.ObserveRun(st)
	return st, err
}

// sourceDryRunner lets the web UI dry-run a configured source.
type sourceDryRunner struct {
	live *liveConfig
	p    *pipeline.Pipeline
}

func (d sourceDryRunner) DryRunSource(ctx context.Context, name string, limit int) ([]pipeline.Preview, error) {
	src, ok := d.live.get().Source(name)
	if !ok {
		return nil, fmt.Errorf("%w: %s", web.ErrUnknownSource, name)
	}
	return d.p.DryRun(ctx, src, limit)
}
