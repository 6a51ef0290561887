package extract

import (
	"testing"
	"time"
)

func TestDateParse(t *testing.T) {
	tests := []struct {
		name, in string
		want     string // RFC3339, "" for no date
		hasTime  bool
		hasZone  bool
	}{
		{"rfc3339 with zone", "2024-05-03T15:47:42+02:00", "2024-05-03T15:47:42+02:00", true, true},
		{"fraction and Z", "2024-05-03T15:47:42.389Z", "2024-05-03T15:47:42.389Z", true, true},
		{"space separated, compact zone", "2023-04-28 19:20:36 +0200", "2023-04-28T19:20:36+02:00", true, true},
		{"no zone is UTC wall clock", "2023-04-28T19:20:36", "2023-04-28T19:20:36Z", true, false},
		{"day only", "2021-03-05", "2021-03-05T00:00:00Z", false, false},
		{"rfc1123z", "Tue, 12 Mar 2024 09:30:00 +0800", "2024-03-12T09:30:00+08:00", true, true},
		{"english textual", "March 11, 2020 at 4:14 pm", "2020-03-11T16:14:00Z", true, false},
		{"day first textual", "7 juin 2020", "2020-06-07T00:00:00Z", false, false},
		{"german numeric with time", "28.04.2023 um 16:15", "2023-04-28T16:15:00Z", true, false},
		{"us numeric", "04/28/2023", "2023-04-28T00:00:00Z", false, false},
		{"cjk", "2020年07月03日", "2020-07-03T00:00:00Z", false, false},
		{"korean", "2025년 6월 3일", "2025-06-03T00:00:00Z", false, false},
		{"russian genitive", "14 мая 2025", "2025-05-14T00:00:00Z", false, false},
		{"unix millis", "1700000000000", "2023-11-14T22:13:20Z", true, true},
		{"impossible day", "2023-02-31", "", false, false},
		{"bad zone", "2023-02-01T10:00:00+99:00", "", false, false},
		{"not a date", "yesterday", "", false, false},
		{"two-digit year with clock time", "Do 25.04.24 | 14:07 Uhr", "2024-04-25T14:07:00Z", true, false},
		{"two-digit year alone is no date", "Version 25.04.24", "", false, false},
		{"known zone abbreviation", "Fri Apr 28 19:20:36 CEST 2023", "2023-04-28T19:20:36+02:00", true, true},
		{"unknown zone abbreviation is zone-less", "Fri Apr 28 19:20:36 XYZT 2023", "2023-04-28T19:20:36Z", true, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, ok := dateParse(tc.in)
			if tc.want == "" {
				if ok {
					t.Fatalf("dateParse(%q) = %v, want no date", tc.in, r.t)
				}
				return
			}
			if !ok {
				t.Fatalf("dateParse(%q) found no date, want %s", tc.in, tc.want)
			}
			if got := r.t.Format(time.RFC3339Nano); got != tc.want {
				t.Errorf("dateParse(%q) = %s, want %s", tc.in, got, tc.want)
			}
			if r.hasTime != tc.hasTime || r.hasZone != tc.hasZone {
				t.Errorf("dateParse(%q) hasTime=%v hasZone=%v, want %v %v", tc.in, r.hasTime, r.hasZone, tc.hasTime, tc.hasZone)
			}
		})
	}
}

func TestDateFromURL(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"slashes", "https://ex.com/2019/11/18/story/", "2019-11-18"},
		{"dashes", "https://ex.com/news/2020-06-07-title", "2020-06-07"},
		{"compact", "https://ex.com/a/20200607/title", "2020-06-07"},
		{"host digits ignored", "https://20200607.ex.com/title", ""},
		{"month only", "https://ex.com/2019/11/story", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, ok := dateFromURL(tc.in)
			got := ""
			if ok {
				got = r.t.Format("2006-01-02")
			}
			if got != tc.want {
				t.Errorf("dateFromURL(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestDateGuards(t *testing.T) {
	now := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		t    time.Time
		now  time.Time
		want bool
	}{
		{"before 1990", time.Date(1989, 12, 31, 0, 0, 0, 0, time.UTC), time.Time{}, false},
		{"within a day of now", now.Add(23 * time.Hour), now, true},
		{"more than a day ahead", now.Add(25 * time.Hour), now, false},
		{"future allowed without now", now.AddDate(5, 0, 0), time.Time{}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := datePlausible(tc.t, tc.now); got != tc.want {
				t.Errorf("datePlausible = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestDateWithZoneOf(t *testing.T) {
	tests := []struct {
		name, in string
		others   []string
		want     string
	}{
		{"zone-less takes another field's zone", "2023-04-28T19:20:36", []string{"", "2023-04-28", "2023-04-29T08:00:00+02:00"}, "2023-04-28T19:20:36+02:00"},
		{"utc shown in the zone of the same instant", "2024-04-25T08:21:02Z", []string{"2024-04-25T08:21:10Z", "2024-04-25 04:21:02.000000-0400"}, "2024-04-25T04:21:02-04:00"},
		{"utc kept when no field states the same instant", "2024-04-25T08:21:02Z", []string{"2024-04-24 23:32:45-0400"}, "2024-04-25T08:21:02Z"},
		{"zoned value kept", "2024-04-25T10:21:02+02:00", []string{"2024-04-25 04:21:02-0400"}, "2024-04-25T10:21:02+02:00"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, ok := dateParse(tc.in)
			if !ok {
				t.Fatalf("dateParse(%q) failed", tc.in)
			}
			if got := dateWithZoneOf(r, tc.others).Format(time.RFC3339); got != tc.want {
				t.Errorf("got %s, want %s", got, tc.want)
			}
		})
	}
}

func FuzzDateParse(f *testing.F) {
	for _, s := range []string{"2024-05-03T15:47:42+02:00", "March 11, 2020 at 4:14 pm", "28.04.2023 um 16:15", "2020年07月03日", "1700000000000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, ok := dateParse(s)
		if ok && (r.t.Year() < 1900 || r.t.Year() > 2200) {
			t.Fatalf("dateParse(%q) = %v outside the accepted years", s, r.t)
		}
		_, _ = dateFindFirst(s)
		_, _ = dateFromURL(s)
	})
}
