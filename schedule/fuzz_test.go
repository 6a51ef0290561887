package schedule

import (
	"testing"
	"time"
)

// FuzzParseSpec: schedule specs come from an editor's file; parsing must
// never panic, and an accepted spec must yield a future time.
func FuzzParseSpec(f *testing.F) {
	for _, s := range []string{"@every 1h", "@every 250ms", "*/15 * * * *", "@hourly", "CRON_TZ=Europe/London 0 6 * * *", "@every", "", "61 * * * *"} {
		f.Add(s)
	}
	t0 := time.Date(2026, 3, 1, 10, 7, 30, 0, time.UTC)
	f.Fuzz(func(t *testing.T, spec string) {
		s, err := parseSpec(spec)
		if err != nil {
			return
		}
		a := newAdaptive(s, time.Second)
		a.observe(false, false)
		if n := a.Next(t0); !n.IsZero() && !n.After(t0) {
			t.Errorf("parseSpec(%q): Next(%v) = %v, not after now", spec, t0, n)
		}
	})
}
