package sources

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

type wantProblem struct {
	line int
	msg  string // substring of the message
}

func checkProblems(t *testing.T, src string, want []wantProblem) {
	t.Helper()
	got := problems(t, src)
	if len(got) != len(want) {
		t.Fatalf("got %d problems, want %d:\n%s", len(got), len(want), list(got))
	}
	for i, w := range want {
		p := got[i]
		if p.Line != w.line || !strings.Contains(p.Message, w.msg) {
			t.Errorf("problem %d = %s\nwant line %d containing %q", i, p, w.line, w.msg)
		}
		if p.File != "t.toml" {
			t.Errorf("problem %d: File = %q", i, p.File)
		}
		if w.line > 0 && !strings.HasPrefix(p.String(), fmt.Sprintf("t.toml:%d: ", w.line)) {
			t.Errorf("problem %d prints as %q, want FILE:LINE: prefix", i, p.String())
		}
	}
}

func list(ps []Problem) string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(p.String() + "\n")
	}
	return b.String()
}

// Each case's source puts the mistake on a known line; line 1 is the first
// line after the opening backquote's newline.
func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []wantProblem
	}{
		// TOML syntax.
		{"syntax: missing value", "[[source]]\nname = \"a\"\nfeeds = \n", []wantProblem{{3, "TOML syntax"}}},
		{"syntax: unclosed array", "[[source]]\nname = \"a\"\n\nfeeds = [\"https://a.example/f\",\n", []wantProblem{{4, "TOML syntax"}}},
		{"syntax: duplicate key", "[[source]]\nname = \"a\"\nname = \"b\"\n", []wantProblem{{3, "already defined"}}},
		{"syntax: bad escape", "[[source]]\nname = \"a\\q\"\n", []wantProblem{{2, "TOML syntax"}}},

		// Unknown keys, with suggestions.
		{"unknown top-level key", "colour = \"red\"\n" + minimal, []wantProblem{{1, `unknown key "colour" in the top level`}}},
		{"sources instead of source", "[[sources]]\nname = \"a\"\n", []wantProblem{{1, `did you mean "source"?`}}},
		{"single brackets", "[source]\nname = \"a\"\n", []wantProblem{{1, "double brackets"}}},
		{"unknown defaults key", "[defaults]\nuser_agnt = \"x\"\n" + minimal, []wantProblem{{2, `unknown key "user_agnt" in [defaults] (did you mean "user_agent"?)`}}},
		{"source-only key in defaults", "[defaults]\nfeeds = []\n" + minimal, []wantProblem{{2, `unknown key "feeds" in [defaults]`}}},
		{"unknown source key", minimal + "feed = [\"https://a.example/x\"]\n", []wantProblem{{5, `unknown key "feed" in [[source]] (did you mean "feeds"?)`}}},
		{"dashed key", minimal + "max-pages = 3\n", []wantProblem{{5, `did you mean "max_pages"?`}}},
		{"far-off key has no suggestion", minimal + "zzzzzz = 1\n", []wantProblem{{5, `unknown key "zzzzzz" in [[source]]`}}},
		{"unknown selector", minimal + "[source.selectors]\nheadline = \"h1\"\n", []wantProblem{{6, `unknown key "headline" in [source.selectors]`}}},

		// Wrong types.
		{"name not a string", "[[source]]\nname = 7\nfeeds = [\"https://a.example/f\"]\n", []wantProblem{{2, "name: want a string, got integer 7"}}},
		{"delay as integer", minimal + "delay = 5\n", []wantProblem{{5, `delay: want a duration string such as "5s"`}}},
		{"feeds as string", "[[source]]\nname = \"a\"\nfeeds = \"https://a.example/f\"\n", []wantProblem{{3, "feeds: want an array of strings"}}},
		{"feed element not a string", "[[source]]\nname = \"a\"\nfeeds = [\n  \"https://a.example/f\",\n  42,\n]\n", []wantProblem{{5, "feeds[1]: want a string, got integer 42"}}},
		{"enabled as string", minimal + "enabled = \"yes\"\n", []wantProblem{{5, "enabled: want true or false"}}},
		{"parallelism as float", minimal + "parallelism = 1.5\n", []wantProblem{{5, "parallelism: want a whole number"}}},
		{"selectors not a table", minimal + "selectors = \"h1\"\n", []wantProblem{{5, "selectors: want a table"}}},
		{"defaults not a table", "defaults = 3\n" + minimal, []wantProblem{{1, "defaults: want a table"}}},
		{"date value", minimal + "timeout = 2024-01-01\n", []wantProblem{{5, "got date/time"}}},
		{"float for bool", minimal + "enabled = 1.5\n", []wantProblem{{5, "enabled: want true or false, got float 1.5"}}},
		{"bool for string", minimal + "outlet = true\n", []wantProblem{{5, "outlet: want a string, got boolean true"}}},
		{"array for string", minimal + "outlet = [\"a\"]\n", []wantProblem{{5, "outlet: want a string, got array"}}},
		{"table for string", minimal + "outlet = { a = 1 }\n", []wantProblem{{5, "outlet: want a string, got table"}}},
		{"array of tables for string", minimal + "[[source.outlet]]\n", []wantProblem{{5, "outlet: want a string, got array of tables"}}},
		{"source array holding a string", "source = [\"a\"]\n", []wantProblem{{1, "got an array holding string"}}},
		{"source as a string", "source = \"a\"\n", []wantProblem{{1, "source: want [[source]] tables, got string"}}},

		// Names.
		{"missing name", "[[source]]\nfeeds = [\"https://a.example/f\"]\n", []wantProblem{{1, "has no name"}}},
		{"bad name", "[[source]]\nname = \"BBC News\"\nfeeds = [\"https://a.example/f\"]\n", []wantProblem{{2, `name: "BBC News" must be lower-case`}}},
		{"duplicate name", minimal + "\n[[source]]\nname = \"a\"\nfeeds = [\"https://b.example/f\"]\n",
			[]wantProblem{{7, `duplicate source name "a" (first defined at line 3)`}}},

		// URLs and domains.
		{"relative URL", "[[source]]\nname = \"a\"\nfeeds = [\"/rss.xml\"]\n", []wantProblem{{3, `feeds: "/rss.xml" is not an absolute http or https URL`}}},
		{"ftp URL", "[[source]]\nname = \"a\"\nsitemaps = [\"ftp://a.example/s.xml\"]\n", []wantProblem{{3, "sitemaps:"}}},
		{"unparsable URL", "[[source]]\nname = \"a\"\nfeeds = [\"http://a b.example/%zz\"]\n", []wantProblem{{3, "feeds: bad URL"}}},
		{"URL without host", "[[source]]\nname = \"a\"\nfeeds = [\"https:///x\"]\n", []wantProblem{{3, "has no host"}}},
		{"empty URL", "[[source]]\nname = \"a\"\nfeeds = [\"https://a.example/f\", \"\"]\n", []wantProblem{{3, "feeds[1]: empty string"}}},
		{"URL as allowed domain", minimal + "allowed_domains = [\"https://a.example/\"]\n", []wantProblem{{5, "not a URL"}}},
		{"wildcard domain", minimal + "allowed_domains = [\"*.a.example\"]\n", []wantProblem{{5, "write the domain without \"*.\""}}},
		{"bad host", minimal + "allowed_domains = [\"a_b..example\"]\n", []wantProblem{{5, "is not a host name"}}},

		// Nothing to crawl.
		{"nothing to crawl", "[[source]]\nname = \"a\"\ncountry = \"SG\"\n", []wantProblem{{1, `source "a" has nothing to crawl`}}},
		{"empty lists", "[[source]]\nname = \"a\"\nfeeds = []\nsitemaps = []\n", []wantProblem{{1, "nothing to crawl"}}},
		{"start_urls without pattern", "[[source]]\nname = \"a\"\nstart_urls = [\"https://a.example/\"]\n", []wantProblem{{3, "start_urls need an article_pattern"}}},
		{"no sources at all", "[defaults]\ndelay = \"1s\"\n", []wantProblem{{0, "no [[source]] tables"}}},

		// Regexps, cron, selectors.
		{"bad regexp", "[[source]]\nname = \"a\"\nstart_urls = [\"https://a.example/\"]\narticle_pattern = '/news/(\\d+'\n", []wantProblem{{4, "article_pattern: bad Go regexp"}}},
		{"bad cron fields", minimal + "schedule = \"61 * * * *\"\n", []wantProblem{{5, `schedule: bad cron spec "61 * * * *"`}}},
		{"six cron fields", minimal + "schedule = \"0 0 * * * *\"\n", []wantProblem{{5, "schedule: bad cron spec"}}},
		{"bad every", "[defaults]\nschedule = \"@every soon\"\n" + minimal, []wantProblem{{2, "schedule: bad cron spec"}}},
		{"bad descriptor", minimal + "schedule = \"@fortnightly\"\n", []wantProblem{{5, "schedule: bad cron spec"}}},
		{"negative every", minimal + "schedule = \"@every -5m\"\n", []wantProblem{{5, "interval must be at least 1s, got -5m0s"}}},
		{"zero every", minimal + "schedule = \"@every 0s\"\n", []wantProblem{{5, "interval must be at least 1s"}}},
		{"sub-second every", "[defaults]\nschedule = \"@every 1ms\"\n" + minimal, []wantProblem{{2, "interval must be at least 1s"}}},
		{"bad selector", minimal + "[source.selectors]\ntitle = \"h1[\"\n", []wantProblem{{6, `selectors.title: bad CSS selector "h1["`}}},
		{"bad selector pseudo", minimal + "selectors = { body = \"p:nope(1)\" }\n", []wantProblem{{5, "selectors.body: bad CSS selector"}}},

		// Numbers and durations.
		{"zero parallelism", minimal + "parallelism = 0\n", []wantProblem{{5, "parallelism: must be at least 1, got 0"}}},
		{"huge parallelism", minimal + "parallelism = 10000\n", []wantProblem{{5, "parallelism: 10000 requests at once to one host is too many"}}},
		{"negative max_pages", "[defaults]\nmax_pages = -3\n" + minimal, []wantProblem{{2, "max_pages: must be at least 1, got -3"}}},
		{"zero max_body", minimal + "max_body = 0\n", []wantProblem{{5, "max_body: must be at least 1 byte"}}},
		{"bad size unit", minimal + "max_body = \"10 parsecs\"\n", []wantProblem{{5, `max_body: bad size "10 parsecs"`}}},
		{"huge size", minimal + "max_body = \"99999999999GiB\"\n", []wantProblem{{5, "too large"}}},
		{"huge number", minimal + "max_pages = 99999999999\n", []wantProblem{{5, "too large"}}},
		{"zero timeout", minimal + "timeout = \"0s\"\n", []wantProblem{{5, "timeout: must be positive"}}},
		{"negative delay", minimal + "delay = \"-1s\"\n", []wantProblem{{5, "delay: must be positive"}}},
		{"bad duration", minimal + "timeout = \"5 seconds\"\n", []wantProblem{{5, `timeout: bad duration "5 seconds"`}}},
		{"zero delay on public hosts", minimal + "delay = \"0s\"\n", []wantProblem{{5, "delay: 0s is only allowed with allow_private = true"}}},
		{"zero default delay", "[defaults]\ndelay = \"0s\"\n" + minimal, []wantProblem{{2, "delay: 0s is only allowed"}}},
		{"source turns off allow_private under zero delay", "[defaults]\ndelay = \"0s\"\nallow_private = true\n" + minimal + "allow_private = false\n",
			[]wantProblem{{8, "delay: 0s is only allowed"}}},

		// User agent, country, language.
		{"user agent without URL", "[defaults]\nuser_agent = \"claimwatch/0.1\"\n" + minimal, []wantProblem{{2, "user_agent: \"claimwatch/0.1\" must contain a contact URL"}}},
		{"user agent with email only", minimal + "user_agent = \"bot (me@example.com)\"\n", []wantProblem{{5, "must contain a contact URL"}}},
		{"country too long", minimal + "country = \"SGP\"\n", []wantProblem{{5, `country: want an ISO 3166-1 alpha-2 code such as "SG", got "SGP"`}}},
		{"country UK", minimal + "country = \"UK\"\n", []wantProblem{{5, `the United Kingdom is "GB"`}}},
		{"language with region", minimal + "language = \"en-US\"\n", []wantProblem{{5, `language: want an ISO 639-1 code such as "en", got "en-US"`}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkProblems(t, tc.src, tc.want)
		})
	}
}

// A file with many mistakes reports every one, in line order, across
// [defaults] and several sources.
func TestParseReportsAllProblems(t *testing.T) {
	src := `[defaults]
delay = "fast"
user_agnt = "x"

[[source]]
name = "bbc"
feeds = ["https://feeds.bbci.co.uk/news/business/rss.xml"]
country = "uk"
[source.selectors]
title = "h1["

[[source]]
name = "bbc"
start_urls = ["ftp://x"]
schedule = "@every 1q"

[[source]]
name = "ok"
feeds = ["https://ok.example/feed"]
parallelism = -1
`
	checkProblems(t, src, []wantProblem{
		{2, "delay: bad duration"},
		{3, `did you mean "user_agent"?`},
		{8, "United Kingdom"},
		{10, "bad CSS selector"},
		{13, `duplicate source name "bbc" (first defined at line 6)`},
		{14, "not an absolute http or https URL"},
		{14, "start_urls need an article_pattern"},
		{15, "bad cron spec"},
		{20, "parallelism: must be at least 1"},
	})
}

func TestValidationErrorMessage(t *testing.T) {
	_, err := Parse("conf/s.toml", []byte("[[source]]\nname = \"A\"\n"))
	var ve *ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("want *ValidationError, got %v", err)
	}
	msg := err.Error()
	for _, want := range []string{"sources: ", "conf/s.toml:2: name:", "conf/s.toml:1: source \"\" has nothing to crawl"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q does not contain %q", msg, want)
		}
	}
}

func TestClosest(t *testing.T) {
	tests := []struct {
		word string
		want string
	}{
		{"feed", "feeds"},
		{"sitemap", "sitemaps"},
		{"start_url", "start_urls"},
		{"User-Agent", "user_agent"},
		{"maxPages", "max_pages"},
		{"alowed_domains", "allowed_domains"},
		{"nmae", "name"},
		{"url", ""},
		{"zzzzzz", ""},
		{strings.Repeat("x", 500), ""},
	}
	for _, tc := range tests {
		t.Run(tc.word, func(t *testing.T) {
			if got := closest(tc.word, sourceKeys); got != tc.want {
				t.Errorf("closest(%q) = %q, want %q", tc.word, got, tc.want)
			}
		})
	}
}
