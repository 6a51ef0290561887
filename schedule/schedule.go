// Package schedule owns running sources on their schedules for `serve`:
// cron specs with jitter, one run per source at a time, a bound on sources
// crawling at once, adaptive polling, and reloading sources.toml.
package schedule

import (
	"time"

	"github.com/claimwatch/claimwatch/crawler"
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
}

// Status is the scheduler's whole state for display.
type Status struct {
	Sources      []SourceStatus `json:"sources"`
	ConfigPath   string         `json:"config_path"`
	ConfigLoaded time.Time      `json:"config_loaded"`
	ConfigError  string         `json:"config_error,omitempty"` // last rejected reload, FILE:LINE messages
}
