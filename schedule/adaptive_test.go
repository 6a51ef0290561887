package schedule

import (
	"testing"
	"time"
)

func TestParseSpec(t *testing.T) {
	t0 := time.Date(2026, 3, 1, 10, 7, 30, 0, time.UTC)
	tests := []struct {
		spec    string
		want    time.Time
		wantErr bool
	}{
		{"@every 250ms", t0.Add(250 * time.Millisecond), false},
		{"@every 2h", t0.Add(2 * time.Hour), false},
		{"*/15 * * * *", time.Date(2026, 3, 1, 10, 15, 0, 0, time.UTC), false},
		{"@hourly", time.Date(2026, 3, 1, 11, 0, 0, 0, time.UTC), false},
		{"@every soon", time.Time{}, true},
		{"@every -1m", time.Time{}, true},
		{"61 * * * *", time.Time{}, true},
	}
	for _, tc := range tests {
		t.Run(tc.spec, func(t *testing.T) {
			s, err := parseSpec(tc.spec)
			if tc.wantErr {
				if err == nil {
					t.Fatalf("parseSpec(%q) accepted a bad spec", tc.spec)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := s.Next(t0); !got.Equal(tc.want) {
				t.Errorf("Next = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestAdaptiveInterval(t *testing.T) {
	type run struct{ failed, changed bool }
	quiet, changed, failed := run{false, false}, run{false, true}, run{true, false}
	tests := []struct {
		name string
		base time.Duration
		runs []run
		want time.Duration
	}{
		{"fresh", time.Hour, nil, time.Hour},
		{"one quiet run doubles", time.Hour, []run{quiet}, 2 * time.Hour},
		{"quiet caps at 8x", time.Minute, []run{quiet, quiet, quiet, quiet, quiet}, 8 * time.Minute},
		{"change resets", time.Minute, []run{quiet, quiet, changed}, time.Minute},
		{"failures back off", time.Minute, []run{failed, failed, failed}, 8 * time.Minute},
		{"backoff after quiet multiplies", time.Minute, []run{quiet, failed}, 4 * time.Minute},
		{"success after failures resets backoff", time.Minute, []run{failed, failed, changed}, time.Minute},
		{"capped at a day", 4 * time.Hour, []run{quiet, quiet, quiet}, 24 * time.Hour},
		{"backoff capped", time.Second, []run{failed, failed, failed, failed, failed, failed, failed, failed, failed}, 64 * time.Second},
	}
	t0 := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := newAdaptive(every(tc.base), 0)
			for _, r := range tc.runs {
				a.observe(r.failed, r.changed)
			}
			if got := a.Interval(t0); got != tc.want {
				t.Errorf("Interval = %v, want %v", got, tc.want)
			}
			if got := a.Next(t0).Sub(t0); got != tc.want {
				t.Errorf("Next - now = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestAdaptiveKeepsCronAlignment(t *testing.T) {
	base, err := parseSpec("*/15 * * * *")
	if err != nil {
		t.Fatal(err)
	}
	a := newAdaptive(base, 0)
	a.observe(false, false) // quiet: every other slot
	t0 := time.Date(2026, 3, 1, 10, 7, 0, 0, time.UTC)
	if got, want := a.Next(t0), time.Date(2026, 3, 1, 10, 30, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("Next = %v, want %v (second quarter-hour slot)", got, want)
	}
}

func TestJitterBounded(t *testing.T) {
	a := newAdaptive(every(time.Minute), 5*time.Second)
	t0 := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	for range 200 {
		d := a.Next(t0).Sub(t0)
		if d < time.Minute || d >= time.Minute+5*time.Second {
			t.Fatalf("Next - now = %v, want within [1m, 1m5s)", d)
		}
	}
}

func TestFormatInterval(t *testing.T) {
	for in, want := range map[time.Duration]string{
		2 * time.Hour: "2h", 90 * time.Minute: "1h30m", 45 * time.Second: "45s", 5 * time.Minute: "5m", 0: "",
	} {
		if got := formatInterval(in); got != want {
			t.Errorf("formatInterval(%v) = %q, want %q", in, got, want)
		}
	}
}

func TestJitterCappedByPeriod(t *testing.T) {
	a := newAdaptive(every(5*time.Second), time.Minute)
	t0 := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	for range 200 {
		if d := a.Next(t0).Sub(t0); d >= 5*time.Second+500*time.Millisecond {
			t.Fatalf("Next - now = %v: a minute of jitter on a 5s schedule, want under 10%% of it", d)
		}
	}
}
