// Package schedule owns running sources on their schedules for `serve`:
// cron specs with jitter, one run per source at a time, a bound on sources
// crawling at once, adaptive polling, and reloading sources.toml.
package schedule

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/claimwatch/claimwatch/crawler"
	"github.com/claimwatch/claimwatch/sources"
)

// SourceStatus is what the sources page and /api/sources show for one source.
type SourceStatus struct {
	Name                string         `json:"name"`
	Outlet              string         `json:"outlet"`
	Country             string         `json:"country"`
	Schedule            string         `json:"schedule"`
	Enabled             bool           `json:"enabled"`
	Interval            time.Duration  `json:"-"` // current adaptive interval
	IntervalText        string         `json:"interval"`
	Next                time.Time      `json:"next_run"`
	Running             bool           `json:"running"`
	Skipped             int            `json:"skipped_runs"` // due while still running
	ConsecutiveFailures int            `json:"consecutive_failures"`
	Last                *crawler.Stats `json:"last_run,omitempty"`
	// Error is why the source is not scheduled (a schedule spec cron rejects).
	Error string `json:"error,omitempty"`
}

// Status is the scheduler's whole state for display.
type Status struct {
	Sources      []SourceStatus `json:"sources"`
	ConfigPath   string         `json:"config_path"`
	ConfigLoaded time.Time      `json:"config_loaded"`
	ConfigError  string         `json:"config_error,omitempty"` // last rejected reload, FILE:LINE messages
}

// ErrUnknownSource is returned by RunNow for a name not in the config.
var ErrUnknownSource = errors.New("schedule: unknown source")

// ErrRunning is returned by RunNow when the source is already running.
var ErrRunning = errors.New("schedule: source is already running")

// ErrDisabled is returned by RunNow for a disabled source.
var ErrDisabled = errors.New("schedule: source is disabled")

// Runner crawls one source once (pipeline.Pipeline does).
type Runner interface {
	Run(ctx context.Context, src sources.Source) (crawler.Stats, error)
}

// LastRuns reports a source's last finished run from before this process
// started (crawler.State does), so the sources page is not empty after a restart.
type LastRuns interface {
	LastRun(source string) (crawler.Stats, bool, error)
}

// Options configure a Scheduler.
type Options struct {
	Runner Runner
	State  LastRuns // nil: no history before the first run
	// MaxConcurrent bounds sources crawling at once; 0 means 2.
	MaxConcurrent int
	// Jitter is the most a run is delayed at random past its due time.
	Jitter time.Duration
	Logger *slog.Logger // nil: log nothing
	Now    func() time.Time
	// OnQueue, when set, is called whenever the number of sources crawling
	// or waiting for a MaxConcurrent slot changes (serve feeds metrics).
	OnQueue func(running, waiting int)
}
